-- Step 3 of the single-number schema, as modules/store/StoreSchema.cpp had it at commit
-- 22a5475 (before the per-module schema steps), word for word.
CREATE TABLE ptuj_owned_tables (
    table_name TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
    owner TEXT NOT NULL
);
INSERT INTO ptuj_owned_tables (table_name, owner) VALUES
    ('ptuj_meta', 'store'), ('ptuj_catalogue', 'store'), ('ptuj_import_log', 'store'),
    ('ptuj_owned_tables', 'store'), ('layer_styles', 'store'),
    ('reports', 'reports'), ('report_photos', 'reports'), ('report_followers', 'reports'),
    ('report_history', 'reports'), ('report_services', 'reports'), ('report_categories', 'reports'),
    ('report_reply_templates', 'reports');
INSERT OR IGNORE INTO ptuj_owned_tables (table_name, owner)
    SELECT name, 'tiles' FROM sqlite_master WHERE type = 'table' AND name IN ('basemap', 'ptuj_tile_cache');
