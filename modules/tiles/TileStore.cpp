#include "TileStore.h"

#include "ReservedNames.h"
#include "SqliteStatement.h"

#include <ogr_spatialref.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool fail(QString *errorString, const QString &message)
{
    if (errorString)
        *errorString = message;
    return false;
}

bool tableExists(sqlite3 *db, const char *name)
{
    SqliteStatement q(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    q.bind(1, QString::fromLatin1(name));
    return q.next();
}

// EPSG:3857 in gpkg_spatial_ref_sys, with GDAL's definition, when the store lacks it.
bool ensureWebMercatorSrs(sqlite3 *db, QString *errorString)
{
    SqliteStatement has(db, "SELECT 1 FROM gpkg_spatial_ref_sys WHERE srs_id = 3857");
    if (has.next())
        return true;
    OGRSpatialReference srs;
    if (srs.importFromEPSG(3857) != OGRERR_NONE)
        return fail(errorString, u"PROJ does not know EPSG:3857 (is proj-data installed?)"_s);
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

} // namespace

bool TileStore::ensureBasemap(sqlite3 *db, QString *errorString)
{
    if (hasBasemap(db))
        return true;
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
    if (!ReservedNames::claim(db, u"tiles"_s, {u"basemap"_s}, errorString))
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
    for (int z = 0; z <= kMaxZoom; ++z) {
        const double resolution = TileKey{z, 0, 0}.resolution();
        matrix.reset();
        matrix.bind(1, z).bind(2, 1 << z).bind(3, 1 << z).bind(4, resolution).bind(5, resolution);
        if (!matrix.exec())
            return fail(errorString, matrix.errorString());
    }
    return true;
}

bool TileStore::hasBasemap(sqlite3 *db)
{
    return tableExists(db, kBasemapTable);
}

std::optional<QByteArray> TileStore::basemapTile(sqlite3 *db, const TileKey &key)
{
    if (!hasBasemap(db))
        return std::nullopt;
    SqliteStatement q(db, "SELECT tile_data FROM basemap WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    q.bind(1, key.z).bind(2, key.x).bind(3, key.y);
    if (!q.next())
        return std::nullopt;
    return q.blob(0).toByteArray();
}

bool TileStore::hasBasemapTile(sqlite3 *db, const TileKey &key)
{
    SqliteStatement q(db, "SELECT 1 FROM basemap WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    q.bind(1, key.z).bind(2, key.x).bind(3, key.y);
    return q.next();
}

bool TileStore::writeBasemapTile(sqlite3 *db, const TileKey &key, const QByteArray &png, QString *errorString)
{
    if (!key.isValid() || key.z > kMaxZoom)
        return fail(errorString, u"tile %1/%2/%3 is outside the basemap's tile matrix"_s.arg(key.z).arg(key.x).arg(key.y));
    SqliteStatement q(db, "INSERT OR REPLACE INTO basemap (zoom_level, tile_column, tile_row, tile_data) "
                          "VALUES (?, ?, ?, ?)");
    q.bind(1, key.z).bind(2, key.x).bind(3, key.y).bind(4, png);
    if (!q.exec())
        return fail(errorString, q.errorString());
    return true;
}

bool TileStore::extendBasemapExtent(sqlite3 *db, const QRectF &m, QString *errorString)
{
    SqliteStatement q(db, "UPDATE gpkg_contents SET min_x = min(coalesce(min_x, ?1), ?1), "
                          "min_y = min(coalesce(min_y, ?2), ?2), max_x = max(coalesce(max_x, ?3), ?3), "
                          "max_y = max(coalesce(max_y, ?4), ?4), last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                          "WHERE table_name = 'basemap'");
    q.bind(1, m.left()).bind(2, m.top()).bind(3, m.right()).bind(4, m.bottom());
    if (!q.exec())
        return fail(errorString, q.errorString());
    return true;
}

QMap<int, qint64> TileStore::basemapCounts(sqlite3 *db)
{
    QMap<int, qint64> counts;
    if (!hasBasemap(db))
        return counts;
    SqliteStatement q(db, "SELECT zoom_level, count(*) FROM basemap GROUP BY zoom_level");
    while (q.next())
        counts.insert(int(q.integer(0)), q.integer(1));
    return counts;
}

bool TileStore::ensureCache(sqlite3 *db, QString *errorString)
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

std::optional<QByteArray> TileStore::cachedTile(sqlite3 *db, const QString &source, const TileKey &key, bool touch)
{
    if (!tableExists(db, "ptuj_tile_cache"))
        return std::nullopt;
    SqliteStatement q(db, "SELECT data FROM ptuj_tile_cache WHERE source = ? AND z = ? AND x = ? AND y = ?");
    q.bind(1, source).bind(2, key.z).bind(3, key.x).bind(4, key.y);
    if (!q.next())
        return std::nullopt;
    QByteArray data = q.blob(0).toByteArray();
    if (touch) {
        // Best effort: a read-only store still serves the tile, it just cannot keep the mark.
        SqliteStatement mark(db, "UPDATE ptuj_tile_cache SET last_used = "
                                 "(SELECT coalesce(max(last_used), 0) + 1 FROM ptuj_tile_cache) "
                                 "WHERE source = ? AND z = ? AND x = ? AND y = ?");
        mark.bind(1, source).bind(2, key.z).bind(3, key.x).bind(4, key.y);
        mark.exec();
    }
    return data;
}

bool TileStore::writeCachedTile(sqlite3 *db, const QString &source, const TileKey &key, const QByteArray &data,
                                QString *errorString)
{
    SqliteStatement q(db, "INSERT OR REPLACE INTO ptuj_tile_cache (source, z, x, y, data, bytes, last_used) "
                          "VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(last_used), 0) + 1 FROM ptuj_tile_cache))");
    q.bind(1, source).bind(2, key.z).bind(3, key.x).bind(4, key.y).bind(5, data).bind(6, data.size());
    if (!q.exec())
        return fail(errorString, q.errorString());
    return true;
}

TileStore::CacheUsage TileStore::cacheUsage(sqlite3 *db)
{
    if (!tableExists(db, "ptuj_tile_cache"))
        return {};
    SqliteStatement q(db, "SELECT count(*), coalesce(sum(bytes), 0) FROM ptuj_tile_cache");
    if (!q.next())
        return {};
    return {q.integer(0), q.integer(1)};
}

qint64 TileStore::trimCache(sqlite3 *db, qint64 maxBytes, QString *errorString)
{
    CacheUsage usage = cacheUsage(db);
    if (usage.bytes <= maxBytes)
        return 0;
    // Walk from the least recently used tile and find where the remainder fits.
    SqliteStatement q(db, "SELECT last_used, bytes FROM ptuj_tile_cache ORDER BY last_used");
    qint64 excess = usage.bytes - maxBytes;
    qint64 cutoff = -1;
    while (excess > 0 && q.next()) {
        cutoff = q.integer(0);
        excess -= q.integer(1);
    }
    SqliteStatement del(db, "DELETE FROM ptuj_tile_cache WHERE last_used <= ?");
    del.bind(1, cutoff);
    if (!del.exec()) {
        fail(errorString, del.errorString());
        return -1;
    }
    return usage.tiles - cacheUsage(db).tiles;
}
