#include "TileStore.h"

#include "SqliteStatement.h"

#include <QCoreApplication>

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

} // namespace

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
        return fail(errorString, QCoreApplication::translate("TileStore", "tile %1/%2/%3 is outside the basemap's tile matrix").arg(key.z).arg(key.x).arg(key.y));
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

QString TileStore::basemapSignature(sqlite3 *db)
{
    SqliteStatement q(db, "SELECT value FROM ptuj_meta WHERE key = 'tiles.basemap_sources'");
    return q.next() ? q.text(0) : QString();
}

bool TileStore::restartBasemap(sqlite3 *db, const QString &signature, QString *errorString)
{
    if (hasBasemap(db)) {
        SqliteStatement del(db, "DELETE FROM basemap");
        if (!del.exec())
            return fail(errorString, del.errorString());
    }
    SqliteStatement q(db, "INSERT OR REPLACE INTO ptuj_meta (key, value) VALUES ('tiles.basemap_sources', ?)");
    q.bind(1, signature);
    if (!q.exec())
        return fail(errorString, q.errorString());
    return true;
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
