#include "ReportSchema.h"

#include "ReservedNames.h"
#include "SchemaRegistry.h"
#include "SpatialIndex.h"
#include "SqliteStatement.h"

using namespace Qt::StringLiterals;

namespace {

// Step 1: citizen damage reports (Open311 GeoReport v2): a GeoPackage point layer in D96/TM
// with its R-tree (the spec's triggers, so QGIS edits keep it current), photos, an
// append-only history, followers, and the configurable categories, services and reply
// templates. Decisions taken in the console are listed in local_fields so a re-import
// does not overwrite them.
constexpr const char *kReportsLayer = R"sql(
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
)sql";

constexpr const char *kReportTables = R"sql(
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
)sql";

bool createReports(sqlite3 *db, QString *errorString)
{
    return sqliteExec(db, kReportsLayer, errorString)
        && SpatialIndex::create(db, u"reports"_s, u"geom"_s, u"fid"_s, errorString)
        && sqliteExec(db, kReportTables, errorString);
}

// Step 2: the report tables are the reports module's own; an import may not replace them.
bool claimTables(sqlite3 *db, QString *errorString)
{
    return ReservedNames::claim(db, ReportSchema::module(),
                                {u"reports"_s, u"report_photos"_s, u"report_followers"_s, u"report_history"_s,
                                 u"report_services"_s, u"report_categories"_s, u"report_reply_templates"_s},
                                errorString);
}

// Step 3: the language a report is answered in (Slovenian unless the citizen wrote in
// another), the language of the answer given, English names of the reply templates, and
// the people who made changes by their display name (history keeps the login).
constexpr const char *kLanguages = R"sql(
ALTER TABLE reports ADD COLUMN language TEXT NOT NULL DEFAULT 'sl';
ALTER TABLE reports ADD COLUMN answer_language TEXT;
ALTER TABLE report_reply_templates ADD COLUMN name_en TEXT;
UPDATE report_reply_templates SET name_en = 'Received' WHERE name = 'Prejeto' AND name_en IS NULL;
UPDATE report_reply_templates SET name_en = 'Fixed' WHERE name = 'Odpravljeno' AND name_en IS NULL;
UPDATE report_reply_templates SET name_en = 'Not the municipality''s responsibility'
    WHERE name = 'Ni v pristojnosti občine' AND name_en IS NULL;
UPDATE report_reply_templates SET name_en = 'Duplicate report' WHERE name = 'Podvojena prijava' AND name_en IS NULL;
UPDATE report_reply_templates SET name_en = 'Scheduled' WHERE name = 'V načrtu' AND name_en IS NULL;
CREATE TABLE report_people (
    who TEXT PRIMARY KEY NOT NULL,
    display_name TEXT NOT NULL,
    seen_at TEXT NOT NULL
);
)sql";

bool addLanguages(sqlite3 *db, QString *errorString)
{
    return sqliteExec(db, kLanguages, errorString)
        && ReservedNames::claim(db, ReportSchema::module(), {u"report_people"_s}, errorString);
}

} // namespace

QString ReportSchema::module()
{
    return u"reports"_s;
}

QList<StoreMigration> ReportSchema::migrations()
{
    // Never edit a released step: append the next one. legacyVersion: the single schema
    // number of older stores that already held the step (2 and 3 of the old StoreSchema).
    return {
        {module(), 1, u"reports layer, photos, followers, history, categories, services, reply templates"_s,
         createReports, 2},
        {module(), 2, u"claim the report tables"_s, claimTables, 3},
        {module(), 3, u"report and answer languages, English template names, people's display names"_s, addLanguages},
    };
}

int ReportSchema::version(sqlite3 *db)
{
    static const QList<StoreMigration> steps = migrations();
    return SchemaRegistry::storedVersion(db, module(), steps);
}
