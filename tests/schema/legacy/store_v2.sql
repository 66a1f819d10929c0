-- Step 2 of the single-number schema, as modules/store/StoreSchema.cpp had it at commit
-- 22a5475 (before the per-module schema steps), word for word.
INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition)
    VALUES ('Slovenia 1996 / Slovene National Grid', 3794, 'EPSG', 3794, 'PROJCS["Slovenia 1996 / Slovene National Grid",GEOGCS["Slovenia 1996",DATUM["Slovenia_Geodetic_Datum_1996",SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],AUTHORITY["EPSG","6765"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4765"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",15],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",-5000000],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","3794"]]');
CREATE TABLE reports (
    fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    geom POINT,
    source TEXT NOT NULL,
    service_request_id TEXT NOT NULL,
    service_code TEXT, service_name TEXT,
    domain TEXT NOT NULL,
    unknown_category INTEGER NOT NULL DEFAULT 0,
    description TEXT, address TEXT,
    lat REAL, lon REAL,
    location_source TEXT,
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new','acknowledged','assigned','in_progress','resolved','rejected','duplicate')),
    remote_status TEXT,
    duplicate_of INTEGER,
    priority INTEGER NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 4),
    service TEXT, due_at TEXT,
    public_answer TEXT, internal_notes TEXT,
    contact_name TEXT, contact_email TEXT, contact_phone TEXT,
    media_url TEXT,
    requested_at TEXT, updated_at TEXT, local_updated_at TEXT, resolved_at TEXT,
    local_fields TEXT NOT NULL DEFAULT '[]',
    warnings TEXT NOT NULL DEFAULT '[]',
    UNIQUE (source, service_request_id)
);
CREATE INDEX reports_status ON reports (status, priority);
CREATE INDEX reports_requested ON reports (requested_at);
CREATE INDEX reports_local_updated ON reports (local_updated_at);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id)
    VALUES ('reports', 'features', 'reports', 'Citizen damage reports (Open311 GeoReport v2)',
            strftime('%Y-%m-%dT%H:%M:%fZ','now'), 3794);
INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
    VALUES ('reports', 'geom', 'POINT', 3794, 0, 0);
CREATE TABLE IF NOT EXISTS gpkg_extensions (
    table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,
    CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
    VALUES ('reports', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
CREATE VIRTUAL TABLE rtree_reports_geom USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER rtree_reports_geom_insert AFTER INSERT ON reports
    WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
    INSERT OR REPLACE INTO rtree_reports_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER rtree_reports_geom_update1 AFTER UPDATE OF geom ON reports
    WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
    INSERT OR REPLACE INTO rtree_reports_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER rtree_reports_geom_update2 AFTER UPDATE OF geom ON reports
    WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
    DELETE FROM rtree_reports_geom WHERE id = OLD.fid;
END;
CREATE TRIGGER rtree_reports_geom_update3 AFTER UPDATE ON reports
    WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
    DELETE FROM rtree_reports_geom WHERE id = OLD.fid;
    INSERT OR REPLACE INTO rtree_reports_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER rtree_reports_geom_update4 AFTER UPDATE ON reports
    WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
    DELETE FROM rtree_reports_geom WHERE id IN (OLD.fid, NEW.fid);
END;
CREATE TRIGGER rtree_reports_geom_delete AFTER DELETE ON reports
    WHEN old.geom NOT NULL
BEGIN
    DELETE FROM rtree_reports_geom WHERE id = OLD.fid;
END;
CREATE TABLE report_photos (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id INTEGER NOT NULL REFERENCES reports (fid) ON DELETE CASCADE,
    file_name TEXT NOT NULL, mime_type TEXT NOT NULL, size INTEGER NOT NULL,
    data BLOB NOT NULL,
    exif_lat REAL, exif_lon REAL,
    added_at TEXT NOT NULL
);
CREATE INDEX report_photos_report ON report_photos (report_id);
CREATE TABLE report_followers (
    report_id INTEGER NOT NULL REFERENCES reports (fid) ON DELETE CASCADE,
    contact TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (report_id, contact)
);
CREATE TABLE report_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    field TEXT, old_value TEXT, new_value TEXT
);
CREATE INDEX report_history_report ON report_history (report_id, id);
CREATE TRIGGER report_history_no_update BEFORE UPDATE ON report_history
BEGIN
    SELECT RAISE(ABORT, 'report_history is append-only: entries cannot be changed');
END;
CREATE TRIGGER report_history_no_delete BEFORE DELETE ON report_history
BEGIN
    SELECT RAISE(ABORT, 'report_history is append-only: entries cannot be deleted');
END;
CREATE TABLE report_services (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    email TEXT,
    active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO report_services (id, name) VALUES
    ('kp_ptuj', 'Komunalno podjetje Ptuj d.d.'),
    ('js_ptuj', 'Javne službe Ptuj d.o.o.'),
    ('redarstvo', 'Medobčinsko redarstvo'),
    ('civilna_zascita', 'Civilna zaščita MO Ptuj'),
    ('ogjs', 'Oddelek za gospodarske javne službe in investicije'),
    ('prostor', 'Oddelek za prostor, okolje in urejanje'),
    ('komunala_vode', 'Komunalno podjetje Ptuj d.d. – oskrba z vodo');
CREATE TABLE report_categories (
    service_code TEXT PRIMARY KEY NOT NULL,
    domain TEXT,
    name_sl TEXT, name_en TEXT,
    default_service TEXT REFERENCES report_services (id),
    default_priority INTEGER NOT NULL DEFAULT 3,
    due_days INTEGER NOT NULL DEFAULT 14
);
INSERT INTO report_categories (service_code, domain, name_sl, name_en, default_service, default_priority, due_days) VALUES
    ('pothole', 'mobility', 'Udarna jama', 'Pothole', 'js_ptuj', 2, 14),
    ('road_damage', 'mobility', 'Poškodovano cestišče', 'Damaged road surface', 'js_ptuj', 3, 30),
    ('traffic_sign', 'mobility', 'Prometni znak', 'Traffic sign', 'js_ptuj', 2, 7),
    ('street_light', 'energy', 'Javna razsvetljava', 'Street light', 'ogjs', 3, 14),
    ('illegal_dumping', 'environment', 'Divje odlagališče', 'Illegal dumping', 'kp_ptuj', 3, 14),
    ('overflowing_bin', 'environment', 'Poln zabojnik', 'Overflowing bin', 'kp_ptuj', 3, 3),
    ('damaged_bench', 'environment', 'Poškodovana klop', 'Damaged bench', 'js_ptuj', 4, 30),
    ('fallen_tree', 'environment', 'Podrto drevo', 'Fallen tree', 'js_ptuj', 1, 2),
    ('water_leak', 'water', 'Puščanje vode', 'Water leak', 'komunala_vode', 1, 2),
    ('sewer', 'water', 'Kanalizacija', 'Sewer', 'komunala_vode', 2, 7),
    ('flooding', 'protection', 'Poplavljanje', 'Flooding', 'civilna_zascita', 1, 1),
    ('graffiti', 'security', 'Grafiti', 'Graffiti', 'redarstvo', 4, 30),
    ('illegal_parking', 'security', 'Nepravilno parkiranje', 'Illegal parking', 'redarstvo', 3, 2),
    ('playground', 'sport', 'Otroško igrišče', 'Playground', 'js_ptuj', 3, 14);
CREATE TABLE report_reply_templates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    status TEXT,
    text_sl TEXT NOT NULL,
    text_en TEXT
);
INSERT INTO report_reply_templates (name, status, text_sl, text_en) VALUES
    ('Prejeto', 'acknowledged', 'Spoštovani, hvala za prijavo. Zadevo smo prejeli in jo posredovali pristojni službi.', 'Thank you for your report. We have received it and passed it to the responsible service.'),
    ('Odpravljeno', 'resolved', 'Spoštovani, pristojna služba je napako odpravila. Hvala, ker skrbite za Ptuj.', 'The responsible service has fixed the fault. Thank you for caring for Ptuj.'),
    ('Ni v pristojnosti občine', 'rejected', 'Spoštovani, zadeva ni v pristojnosti Mestne občine Ptuj. Obrnite se na upravljavca.', 'This is not the municipality''s responsibility; please contact the operator.'),
    ('Podvojena prijava', 'duplicate', 'Spoštovani, isto težavo je že prijavil drug občan; o rešitvi vas bomo obvestili skupaj.', 'The same problem was already reported; we will inform you together.'),
    ('V načrtu', 'in_progress', 'Spoštovani, popravilo je uvrščeno v načrt del in bo izvedeno v najkrajšem možnem času.', 'The repair is scheduled and will be carried out as soon as possible.');
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change)
    VALUES ('report_history', 'attributes', 'report_history', 'History of the citizen reports (append-only)', strftime('%Y-%m-%dT%H:%M:%fZ','now'));
