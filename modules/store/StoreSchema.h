#pragma once

#include "StoreMigration.h"

/// The store module's own tables: the catalogue, QGIS's layer styles, the import log and
/// the table of which module owns which table (ReservedNames). Every other module brings
/// its own steps (SchemaRegistry).
namespace StoreSchema {

/// The store module's steps, in order.
QList<StoreMigration> migrations();
/// The store module's version in this store; 0 for a GeoPackage the console has not
/// prepared (no catalogue yet).
int version(sqlite3 *db);

} // namespace StoreSchema
