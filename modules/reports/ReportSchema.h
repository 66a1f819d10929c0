#pragma once

#include "StoreMigration.h"

struct sqlite3;

/// The citizen reports' tables in the store, as steps of the store's schema
/// (SchemaRegistry): the `reports` point layer with its R-tree, photos, followers, the
/// append-only history, and the categories, services and reply templates with their
/// Slovenian seed rows.
namespace ReportSchema {

/// The module name the steps are kept under (ptuj_meta `schema.reports`).
QString module();
/// The reports module's steps, in order.
QList<StoreMigration> migrations();
/// The reports module's version in this store; 0 when it has no report tables yet.
int version(sqlite3 *db);

} // namespace ReportSchema
