#include "StoreSchema.h"

#include "SchemaRegistry.h"
#include "SqliteStatement.h"

using namespace Qt::StringLiterals;

namespace {

// 1: catalogue, QGIS-compatible layer styles, import log.
constexpr const char *kCatalogue = R"sql(
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
)sql";

// 2: which module owns which table (ReservedNames): an import may only create or replace
// user layers, never these. Each module claims its own tables in its own steps.
constexpr const char *kOwnedTables = R"sql(
CREATE TABLE ptuj_owned_tables (
    table_name TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
    owner TEXT NOT NULL
);
INSERT INTO ptuj_owned_tables (table_name, owner) VALUES
    ('ptuj_meta', 'store'), ('ptuj_catalogue', 'store'), ('ptuj_import_log', 'store'),
    ('ptuj_owned_tables', 'store'), ('layer_styles', 'store');
)sql";

// 3: what each layer is for (LayerRoles), so code finds layers by role, not by name; the
// short credit the map and prints show for it. A column already there (a store written by a
// build that had the step under another number) is left as it is.
bool addCatalogueRoles(sqlite3 *db, QString *errorString)
{
    QStringList columns;
    {
        SqliteStatement q(db, "SELECT name FROM pragma_table_info('ptuj_catalogue')");
        while (q.next())
            columns.append(q.text(0));
    }
    if (!columns.contains(u"roles"_s)
        && !sqliteExec(db, "ALTER TABLE ptuj_catalogue ADD COLUMN roles TEXT NOT NULL DEFAULT '[]'", errorString))
        return false;
    if (!columns.contains(u"attribution"_s)
        && !sqliteExec(db, "ALTER TABLE ptuj_catalogue ADD COLUMN attribution TEXT", errorString))
        return false;
    return true;
}

// 4: each layer's style as the console keeps it (Symbology as JSON: single, categorised or
// graduated); layer_styles holds the same for QGIS.
constexpr const char *kSymbology = R"sql(
CREATE TABLE IF NOT EXISTS ptuj_layer_symbology (
    layer TEXT PRIMARY KEY NOT NULL,
    style TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT
);
INSERT OR IGNORE INTO ptuj_owned_tables (table_name, owner) VALUES ('ptuj_layer_symbology', 'store');
)sql";

// 5: how each layer's attributes are shown: aliases in both languages, hidden fields
// (CatalogueEntry::fields as JSON).
bool addCatalogueFields(sqlite3 *db, QString *errorString)
{
    SqliteStatement q(db, "SELECT 1 FROM pragma_table_info('ptuj_catalogue') WHERE name = 'fields'");
    if (q.next())
        return true;
    return sqliteExec(db, "ALTER TABLE ptuj_catalogue ADD COLUMN fields TEXT NOT NULL DEFAULT '[]'", errorString);
}

} // namespace

QList<StoreMigration> StoreSchema::migrations()
{
    const QString module = SchemaRegistry::storeModule();
    // Never edit a released step: append the next one. The last argument is the single
    // schema number of older stores that already held the step.
    return {
        StoreMigration::sql(module, 1, u"catalogue, layer styles and import log"_s, kCatalogue, 1),
        StoreMigration::sql(module, 2, u"the table of the modules' own tables"_s, kOwnedTables, 3),
        StoreMigration{module, 3, u"layer roles and attribution in the catalogue"_s, addCatalogueRoles},
        StoreMigration::sql(module, 4, u"each layer's style (single, categorised, graduated)"_s, kSymbology),
        StoreMigration{module, 5, u"field aliases and hidden fields in the catalogue"_s, addCatalogueFields},
    };
}

int StoreSchema::version(sqlite3 *db)
{
    static const QList<StoreMigration> steps = migrations();
    return SchemaRegistry::storedVersion(db, SchemaRegistry::storeModule(), steps);
}
