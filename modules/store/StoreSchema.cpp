#include "StoreSchema.h"

#include "SqliteStatement.h"

#include <array>

namespace {

// One entry per version; never edit a released step, append a new one.
constexpr std::array kMigrations = {
    // 1: catalogue, QGIS-compatible layer styles, import log.
    R"sql(
CREATE TABLE ptuj_catalogue (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    layer TEXT NOT NULL UNIQUE,
    domain TEXT NOT NULL,
    title_sl TEXT, title_en TEXT,
    description_sl TEXT, description_en TEXT,
    format TEXT, owner TEXT, update_interval TEXT, period_of_use TEXT,
    users TEXT NOT NULL DEFAULT '[]',
    links TEXT NOT NULL DEFAULT '[]',
    source TEXT, licence TEXT, crs TEXT, geometry_type TEXT,
    feature_count INTEGER NOT NULL DEFAULT 0,
    min_x REAL, min_y REAL, max_x REAL, max_y REAL,
    imported_at TEXT,
    illustrative INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS layer_styles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256),
    f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT,
    useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
    update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE TABLE ptuj_import_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    layer TEXT NOT NULL, source TEXT NOT NULL,
    started_at TEXT NOT NULL, finished_at TEXT NOT NULL,
    imported INTEGER NOT NULL, rejected INTEGER NOT NULL, repaired INTEGER NOT NULL,
    report TEXT NOT NULL
);
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change)
    VALUES ('layer_styles', 'attributes', 'layer_styles', 'Layer styles (QGIS)', strftime('%Y-%m-%dT%H:%M:%fZ','now')),
           ('ptuj_catalogue', 'attributes', 'ptuj_catalogue', 'Data and metadata catalogue of the Ptuj Operations Console', strftime('%Y-%m-%dT%H:%M:%fZ','now'));
)sql",
};

} // namespace

int StoreSchema::currentVersion()
{
    return int(kMigrations.size());
}

int StoreSchema::version(sqlite3 *db)
{
    SqliteStatement q(db, "SELECT value FROM ptuj_meta WHERE key = 'schema_version'");
    return q.next() ? int(q.integer(0)) : 0;
}

bool StoreSchema::migrate(sqlite3 *db, QString *errorString)
{
    if (!sqliteExec(db, "CREATE TABLE IF NOT EXISTS ptuj_meta (key TEXT PRIMARY KEY NOT NULL, value)", errorString))
        return false;
    const int from = version(db);
    if (from > currentVersion()) {
        if (errorString)
            *errorString = QStringLiteral("the store was written by a newer version of the console (schema %1, this one "
                                          "knows %2); update the console")
                               .arg(from)
                               .arg(currentVersion());
        return false;
    }
    for (int v = from; v < currentVersion(); ++v) {
        if (!sqliteExec(db, kMigrations[size_t(v)], errorString))
            return false;
    }
    SqliteStatement set(db, "INSERT OR REPLACE INTO ptuj_meta (key, value) VALUES ('schema_version', ?)");
    set.bind(1, currentVersion());
    if (!set.exec()) {
        if (errorString)
            *errorString = set.errorString();
        return false;
    }
    return true;
}
