#include "TileSchema.h"

#include "ReservedNames.h"
#include "SchemaRegistry.h"
#include "SqliteStatement.h"
#include "TileKey.h"
#include "TileStore.h"

#include <ogr_spatialref.h>

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

bool fail(QString *errorString, const QString &message)
{
    if (errorString)
        *errorString = message;
    return false;
}

// EPSG:3857 in gpkg_spatial_ref_sys, with GDAL's definition, when the store lacks it.
bool ensureWebMercatorSrs(sqlite3 *db, QString *errorString)
{
    SqliteStatement has(db, "SELECT 1 FROM gpkg_spatial_ref_sys WHERE srs_id = 3857");
    if (has.next())
        return true;
    OGRSpatialReference srs;
    if (srs.importFromEPSG(3857) != OGRERR_NONE)
        return fail(errorString, QCoreApplication::translate("TileSchema", "PROJ does not know EPSG:3857 (is proj-data installed?)"));
    char *wkt = nullptr;
    srs.exportToWkt(&wkt);
    const QString definition = QString::fromUtf8(wkt);
    CPLFree(wkt);
    SqliteStatement insert(db, "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
                               "organization_coordsys_id, definition, description) "
                               "VALUES ('WGS 84 / Pseudo-Mercator', 3857, 'EPSG', 3857, ?, 'Web Mercator')");
    insert.bind(1, definition);
    if (!insert.exec())
        return fail(errorString, insert.errorString());
    return true;
}

bool createBasemap(sqlite3 *db, QString *errorString)
{
    if (!ensureWebMercatorSrs(db, errorString))
        return false;
    // The GeoPackage 1.2+ definitions of the tile matrix tables.
    if (!sqliteExec(db,
                    "CREATE TABLE IF NOT EXISTS gpkg_tile_matrix_set ("
                    " table_name TEXT NOT NULL PRIMARY KEY, srs_id INTEGER NOT NULL,"
                    " min_x DOUBLE NOT NULL, min_y DOUBLE NOT NULL, max_x DOUBLE NOT NULL, max_y DOUBLE NOT NULL,"
                    " CONSTRAINT fk_gtms_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
                    " CONSTRAINT fk_gtms_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))",
                    errorString)
        || !sqliteExec(db,
                       "CREATE TABLE IF NOT EXISTS gpkg_tile_matrix ("
                       " table_name TEXT NOT NULL, zoom_level INTEGER NOT NULL,"
                       " matrix_width INTEGER NOT NULL, matrix_height INTEGER NOT NULL,"
                       " tile_width INTEGER NOT NULL, tile_height INTEGER NOT NULL,"
                       " pixel_x_size DOUBLE NOT NULL, pixel_y_size DOUBLE NOT NULL,"
                       " CONSTRAINT pk_ttm PRIMARY KEY (table_name, zoom_level),"
                       " CONSTRAINT fk_tmm_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name))",
                       errorString)
        || !sqliteExec(db,
                       "CREATE TABLE basemap ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " zoom_level INTEGER NOT NULL, tile_column INTEGER NOT NULL, tile_row INTEGER NOT NULL,"
                       " tile_data BLOB NOT NULL,"
                       " UNIQUE (zoom_level, tile_column, tile_row))",
                       errorString))
        return false;
    // The extent starts empty (the municipality's box once seeded); the matrix set is the
    // whole Web Mercator square, as in GoogleMapsCompatible.
    SqliteStatement contents(db, "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                                 "last_change, srs_id) VALUES ('basemap', 'tiles', 'basemap', ?, "
                                 "strftime('%Y-%m-%dT%H:%M:%fZ','now'), 3857)");
    contents.bind(1, u"Basemap of the Ptuj Operations Console, drawn from the store's own layers"_s);
    if (!contents.exec())
        return fail(errorString, contents.errorString());
    SqliteStatement set(db, "INSERT INTO gpkg_tile_matrix_set VALUES ('basemap', 3857, ?, ?, ?, ?)");
    set.bind(1, -TileKey::kWorldHalf).bind(2, -TileKey::kWorldHalf).bind(3, TileKey::kWorldHalf).bind(4, TileKey::kWorldHalf);
    if (!set.exec())
        return fail(errorString, set.errorString());
    SqliteStatement matrix(db, "INSERT INTO gpkg_tile_matrix VALUES ('basemap', ?, ?, ?, 256, 256, ?, ?)");
    for (int z = 0; z <= TileStore::kMaxZoom; ++z) {
        const double resolution = TileKey{z, 0, 0}.resolution();
        matrix.reset();
        matrix.bind(1, z).bind(2, 1 << z).bind(3, 1 << z).bind(4, resolution).bind(5, resolution);
        if (!matrix.exec())
            return fail(errorString, matrix.errorString());
    }
    return true;
}

bool createCache(sqlite3 *db, QString *errorString)
{
    // last_used is a use counter, not a clock: least recently used is well defined even
    // for tiles fetched within the same millisecond.
    return sqliteExec(db,
                      "CREATE TABLE IF NOT EXISTS ptuj_tile_cache ("
                      " source TEXT NOT NULL, z INTEGER NOT NULL, x INTEGER NOT NULL, y INTEGER NOT NULL,"
                      " data BLOB NOT NULL, bytes INTEGER NOT NULL,"
                      " fetched_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
                      " last_used INTEGER NOT NULL,"
                      " PRIMARY KEY (source, z, x, y))",
                      errorString)
        && sqliteExec(db, "CREATE INDEX IF NOT EXISTS ptuj_tile_cache_lru ON ptuj_tile_cache (last_used)", errorString);
}

// Step 1: the tile pyramid and the cache. Stores from before the tiles had a schema step
// made them when first seeded or cached, so each is made only when missing, and a
// `basemap` that is not a tile pyramid (a layer someone imported under that name) is left
// as it is.
bool createTileTables(sqlite3 *db, QString *errorString)
{
    std::optional<QString> existing;
    {
        SqliteStatement q(db, "SELECT (SELECT data_type FROM gpkg_contents WHERE table_name = 'basemap') "
                              "FROM sqlite_master WHERE type = 'table' AND name = 'basemap'");
        if (q.next())
            existing = q.text(0);
    }
    QStringList owned{u"ptuj_tile_cache"_s};
    if (!existing) {
        if (!createBasemap(db, errorString))
            return false;
        owned.prepend(u"basemap"_s);
    } else if (*existing == u"tiles"_s) {
        owned.prepend(u"basemap"_s);
    }
    return createCache(db, errorString) && ReservedNames::claim(db, TileSchema::module(), owned, errorString);
}

} // namespace

QString TileSchema::module()
{
    return u"tiles"_s;
}

QList<StoreMigration> TileSchema::migrations()
{
    // Never edit a released step: append the next one. No store of the single schema
    // number held these tables for sure, so no step has a legacy version.
    return {
        {module(), 1, u"basemap tile pyramid and online tile cache"_s, createTileTables, 0},
    };
}

int TileSchema::version(sqlite3 *db)
{
    static const QList<StoreMigration> steps = migrations();
    return SchemaRegistry::storedVersion(db, module(), steps);
}
