-- Step 1 of the single-number schema, as modules/store/StoreSchema.cpp had it at commit
-- 22a5475 (before the per-module schema steps), word for word.
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
