#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

/// Which table names an import may create or replace. The store's layers share one SQLite
/// file with the GeoPackage's own tables, the spatial indexes and the tables of every
/// module (reports, tiles …); an import that replaced one of those would destroy it, so
/// only user layers may be written. Each module claims its tables in the store
/// (ptuj_owned_tables, written by its migration), so the check works for any store,
/// whichever build wrote it.
namespace ReservedNames {

/// Name prefixes no layer may use, with what they belong to.
struct Prefix
{
    const char *prefix;
    const char *owner;
};
const QList<Prefix> &prefixes();

/// Why an import may not write a layer named `name` into the store; empty when it may.
/// Checked whatever the name's source (--layer, the file's own layer name).
QString whyNot(sqlite3 *db, const QString &name);

/// Records that `owner` (a module) owns these tables; call inside the module's migration.
bool claim(sqlite3 *db, const QString &owner, const QStringList &tables, QString *errorString);

/// The module that owns `table`, or empty.
QString ownerOf(sqlite3 *db, const QString &table);

} // namespace ReservedNames
