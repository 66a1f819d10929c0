#pragma once

#include "TileKey.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>

#include <optional>

struct sqlite3;

/// Tiles kept in the store (the GeoPackage), so the map needs no network.
///
/// Two tables, made by the tiles module's schema step (TileSchema) when a store is opened
/// for writing:
///  - `basemap`: the console's own basemap as a standard GeoPackage tile pyramid
///    (gpkg_contents data_type 'tiles', gpkg_tile_matrix_set / gpkg_tile_matrix in
///    EPSG:3857, PNG tiles), so QGIS and GDAL open it as a raster layer too. Seeded
///    tiles are never evicted.
///  - `ptuj_tile_cache`: tiles of a configured online XYZ source, keyed by source, with
///    their size and last use; trimmed least-recently-used first to a size cap.
/// Writers call the methods inside Store::beginWrite()/commit(); readers need no
/// transaction.
namespace TileStore {

constexpr const char *kBasemapTable = "basemap";
/// Zoom levels the basemap's tile matrix describes (the map's 8…19, and more).
constexpr int kMaxZoom = 20;

bool hasBasemap(sqlite3 *db);
std::optional<QByteArray> basemapTile(sqlite3 *db, const TileKey &key);
bool hasBasemapTile(sqlite3 *db, const TileKey &key);
bool writeBasemapTile(sqlite3 *db, const TileKey &key, const QByteArray &png, QString *errorString);
/// Grows gpkg_contents' extent of the basemap to include this Mercator box.
bool extendBasemapExtent(sqlite3 *db, const QRectF &mercator, QString *errorString);
/// Number of basemap tiles per zoom level.
QMap<int, qint64> basemapCounts(sqlite3 *db);
/// What the stored tiles were drawn from (Basemap::signature, kept in ptuj_meta as
/// `tiles.basemap_sources`); empty when unknown.
QString basemapSignature(sqlite3 *db);
/// Deletes every basemap tile and records what the next ones are drawn from: a role or a
/// layer of the basemap changed, so the old tiles show what no longer is.
bool restartBasemap(sqlite3 *db, const QString &signature, QString *errorString);

/// A cached tile of the online source; marks it used now (call inside a write transaction
/// to keep the mark, or pass touch = false).
std::optional<QByteArray> cachedTile(sqlite3 *db, const QString &source, const TileKey &key, bool touch = true);
bool writeCachedTile(sqlite3 *db, const QString &source, const TileKey &key, const QByteArray &data,
                     QString *errorString);
struct CacheUsage
{
    qint64 tiles = 0;
    qint64 bytes = 0;
};
CacheUsage cacheUsage(sqlite3 *db);
/// Deletes least recently used tiles until the cache holds at most maxBytes; returns how
/// many went, or -1 on error.
qint64 trimCache(sqlite3 *db, qint64 maxBytes, QString *errorString);

} // namespace TileStore
