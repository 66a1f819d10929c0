#include "SensorSchema.h"

#include "ReservedNames.h"
#include "SchemaRegistry.h"
#include "SpatialIndex.h"
#include "SqliteStatement.h"

using namespace Qt::StringLiterals;

namespace {

// Step 1. Observations are the bulk (a year of 50 datastreams at 15 minutes is 1.75M rows):
// one WITHOUT ROWID row of (datastream, time, value) keyed on the pair, so a time-range or
// latest-value read is a range scan of the key and a row costs about 20 bytes. Times are
// whole seconds since 1970 in UTC: `t` is when the value holds (the end of an interval),
// `span` the interval's length in seconds for a value over an interval (NULL for an
// instant). `value` is the number, `text` a result that is not a number; both NULL for a
// result the source sent as null. The latest value and the count live on the datastream,
// kept by the writer, so the Sensors page never scans observations.
constexpr const char *kTables = R"sql(
INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition)
    VALUES ('Slovenia 1996 / Slovene National Grid', 3794, 'EPSG', 3794, 'PROJCS["Slovenia 1996 / Slovene National Grid",GEOGCS["Slovenia 1996",DATUM["Slovenia_Geodetic_Datum_1996",SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],AUTHORITY["EPSG","6765"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4765"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",15],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",-5000000],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","3794"]]');
CREATE TABLE sensor_sources (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('sta','arso','csv')),
    location TEXT NOT NULL,
    name TEXT,
    poll_seconds INTEGER,
    last_poll_at TEXT, last_ok_at TEXT, last_error TEXT,
    UNIQUE (kind, location)
);
CREATE TABLE sensor_stations (
    fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    geom POINT,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    river TEXT,
    domain TEXT NOT NULL,
    elevation_m REAL,
    source_id INTEGER REFERENCES sensor_sources (id),
    illustrative INTEGER NOT NULL DEFAULT 0,
    location_note TEXT,
    updated_at TEXT NOT NULL
);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id)
    VALUES ('sensor_stations', 'features', 'sensor_stations', 'Sensor stations and river gauges',
            strftime('%Y-%m-%dT%H:%M:%fZ','now'), 3794);
INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
    VALUES ('sensor_stations', 'geom', 'POINT', 3794, 0, 0);
CREATE TABLE sensor_datastreams (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    station_id INTEGER NOT NULL REFERENCES sensor_stations (fid),
    source_id INTEGER REFERENCES sensor_sources (id),
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    property TEXT NOT NULL,
    unit TEXT,
    interval_seconds INTEGER,
    hysteresis REAL,
    rate_per_hour REAL,
    remote_ref TEXT,
    latest_t INTEGER, latest_value REAL, latest_text TEXT,
    observation_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE (station_id, key)
);
CREATE TABLE sensor_levels (
    datastream_id INTEGER NOT NULL REFERENCES sensor_datastreams (id),
    name TEXT NOT NULL,
    value REAL NOT NULL,
    low INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL CHECK (origin IN ('source','user')),
    PRIMARY KEY (datastream_id, name)
);
CREATE TABLE sensor_observations (
    datastream_id INTEGER NOT NULL,
    t INTEGER NOT NULL,
    value REAL,
    span INTEGER,
    text TEXT,
    PRIMARY KEY (datastream_id, t)
) WITHOUT ROWID;
CREATE TABLE sensor_alarm_state (
    datastream_id INTEGER PRIMARY KEY,
    last_t INTEGER, last_value REAL,
    high INTEGER NOT NULL DEFAULT 0,
    low INTEGER NOT NULL DEFAULT 0,
    high_alarm INTEGER, low_alarm INTEGER, rate_alarm INTEGER, stale_alarm INTEGER
);
CREATE TABLE sensor_alarms (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    datastream_id INTEGER NOT NULL REFERENCES sensor_datastreams (id),
    kind TEXT NOT NULL CHECK (kind IN ('high','low','rate','stale')),
    level TEXT NOT NULL,
    level_value REAL,
    value REAL,
    t INTEGER NOT NULL,
    raised_t INTEGER NOT NULL,
    cleared_t INTEGER,
    acknowledged_at TEXT, acknowledged_by TEXT, note TEXT
);
CREATE INDEX sensor_alarms_open ON sensor_alarms (acknowledged_at, cleared_t);
CREATE TABLE sensor_alarm_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    alarm_id INTEGER NOT NULL REFERENCES sensor_alarms (id),
    event TEXT NOT NULL CHECK (event IN ('raised','escalated','cleared','acknowledged')),
    level TEXT, value REAL, t INTEGER,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    note TEXT
);
CREATE INDEX sensor_alarm_events_alarm ON sensor_alarm_events (alarm_id, id);
CREATE TRIGGER sensor_alarm_events_no_update BEFORE UPDATE ON sensor_alarm_events
BEGIN
    SELECT RAISE(ABORT, 'sensor_alarm_events is append-only: events cannot be changed');
END;
CREATE TRIGGER sensor_alarm_events_no_delete BEFORE DELETE ON sensor_alarm_events
BEGIN
    SELECT RAISE(ABORT, 'sensor_alarm_events is append-only: events cannot be deleted');
END;
)sql";

bool createSensors(sqlite3 *db, QString *errorString)
{
    return sqliteExec(db, kTables, errorString)
        && SpatialIndex::create(db, u"sensor_stations"_s, u"geom"_s, u"fid"_s, errorString)
        && ReservedNames::claim(db, SensorSchema::module(),
                                {u"sensor_sources"_s, u"sensor_stations"_s, u"sensor_datastreams"_s, u"sensor_levels"_s,
                                 u"sensor_observations"_s, u"sensor_alarm_state"_s, u"sensor_alarms"_s,
                                 u"sensor_alarm_events"_s},
                                errorString);
}

} // namespace

QString SensorSchema::module()
{
    return u"sensors"_s;
}

QList<StoreMigration> SensorSchema::migrations()
{
    // Never edit a released step: append the next one.
    return {
        {module(), 1, u"sensor sources, stations layer, datastreams, levels, observations, alarms"_s, createSensors},
    };
}

int SensorSchema::version(sqlite3 *db)
{
    static const QList<StoreMigration> steps = migrations();
    return SchemaRegistry::storedVersion(db, module(), steps);
}
