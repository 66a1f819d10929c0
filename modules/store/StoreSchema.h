#pragma once

#include <QString>

struct sqlite3;

/// The application's own tables in the store and their migrations.
///
/// GeoPackage reserves PRAGMA user_version for its own version (10300, 10400 …), so the
/// application schema version lives in ptuj_meta instead.
namespace StoreSchema {

/// Schema version this build writes.
int currentVersion();
/// Version found in the store; 0 when it has no application tables yet.
int version(sqlite3 *db);
/// Brings the store to currentVersion(); must run inside a transaction.
bool migrate(sqlite3 *db, QString *errorString);

} // namespace StoreSchema
