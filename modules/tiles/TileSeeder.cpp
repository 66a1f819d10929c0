#include "TileSeeder.h"

#include "Basemap.h"
#include "Store.h"
#include "TileStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QImageWriter>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

// The pyramid comes from the tiles module's schema step when the store is opened for
// writing; a program that opened it without that step has nowhere to put the tiles.
bool hasTileTables(sqlite3 *db, QString *errorString)
{
    if (TileStore::hasBasemap(db))
        return true;
    *errorString = QCoreApplication::translate("TileSeeder", "the store has no basemap tile table; open it for writing with a console that has the tiles "
                   "module (it makes the table)");
    return false;
}

} // namespace

qint64 TileSeeder::countTiles(const QRectF &mercator, int minZoom, int maxZoom)
{
    qint64 n = 0;
    for (int z = minZoom; z <= maxZoom; ++z) {
        const QRect r = TileKey::range(mercator, z);
        n += qint64(r.width()) * r.height();
    }
    return n;
}

QByteArray TileSeeder::encodePng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // Opaque RGB (no alpha channel) at zlib's strongest level: tiles are written once.
    QImageWriter writer(&buffer, "png");
    writer.setQuality(0);
    writer.write(image.convertToFormat(QImage::Format_RGB888));
    return bytes;
}

TileSeeder::Result TileSeeder::seed(Store &store, const Options &options)
{
    Result result;
    QElapsedTimer clock;
    clock.start();
    if (options.minZoom < 0 || options.maxZoom > TileStore::kMaxZoom || options.minZoom > options.maxZoom) {
        result.error = QCoreApplication::translate("TileSeeder", "zoom levels must be within 0–%1 and the first not above the last (got %2–%3)")
                           .arg(TileStore::kMaxZoom).arg(options.minZoom).arg(options.maxZoom);
        return result;
    }
    if (!store.isWritable()) {
        result.error = QCoreApplication::translate("TileSeeder", "the store %1 is open read-only; seeding writes tiles into it").arg(store.path());
        return result;
    }
    // Checked before anything is loaded or drawn, and again once the area is known.
    const auto withinBound = [&] {
        if (options.maxTiles <= 0 || result.total <= options.maxTiles)
            return true;
        result.error = QCoreApplication::translate("TileSeeder", "zoom %1-%2 over this area is %3 tiles, more than the %4 drawn without asking; narrow --zoom "
                       "or --bbox, or add --force to draw them all")
                           .arg(options.minZoom)
                           .arg(options.maxZoom)
                           .arg(result.total)
                           .arg(options.maxTiles);
        return false;
    };
    if (options.lonLatBox.isValid()) {
        result.total = countTiles(QRectF(WebMercator::fromLonLat(options.lonLatBox.topLeft()),
                                         WebMercator::fromLonLat(options.lonLatBox.bottomRight())).normalized(),
                                  options.minZoom, options.maxZoom);
        if (!withinBound())
            return result;
    }
    QString error;
    const Basemap::Sources sources = Basemap::Sources::fromRoles(store);
    const auto basemap = Basemap::load(store, &error, sources);
    if (!basemap) {
        result.error = error;
        return result;
    }
    QRectF area;
    if (options.lonLatBox.isValid()) {
        area = QRectF(WebMercator::fromLonLat(options.lonLatBox.topLeft()),
                      WebMercator::fromLonLat(options.lonLatBox.bottomRight())).normalized();
    } else {
        area = basemap->extent();
    }
    if (!area.isValid()) {
        result.error = QCoreApplication::translate("TileSeeder", "the basemap layers have no extent to seed");
        return result;
    }
    result.mercator = area;
    result.total = countTiles(area, options.minZoom, options.maxZoom);
    if (!withinBound())
        return result;

    // Tiles drawn from other layers or roles than today's are dropped, then drawn again.
    const QString signature = Basemap::signature(store, sources);
    const bool stale = TileStore::basemapSignature(store.db()) != signature;
    if (!store.beginWrite(&error) || !hasTileTables(store.db(), &error)
        || (stale && !TileStore::restartBasemap(store.db(), signature, &error))
        || !TileStore::extendBasemapExtent(store.db(), area, &error) || !store.commit(&error)) {
        store.rollback();
        result.error = error;
        return result;
    }

    qint64 done = 0;
    QList<TileKey> batch;
    const auto flush = [&]() -> bool {
        if (batch.isEmpty())
            return true;
        const QList<QByteArray> pngs = QtConcurrent::blockingMapped(batch, [&basemap](const TileKey &key) {
            return encodePng(basemap->renderTile(key));
        });
        if (!store.beginWrite(&error))
            return false;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            if (!TileStore::writeBasemapTile(store.db(), batch.at(i), pngs.at(i), &error)) {
                store.rollback();
                return false;
            }
            result.bytes += pngs.at(i).size();
        }
        if (!store.commit(&error))
            return false;
        result.rendered += batch.size();
        done += batch.size();
        batch.clear();
        if (options.progress)
            options.progress(done, result.total);
        return true;
    };

    for (int z = options.minZoom; z <= options.maxZoom; ++z) {
        const QRect r = TileKey::range(area, z);
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x) {
                if (options.cancel && options.cancel->load()) {
                    result.cancelled = true;
                    result.error = QCoreApplication::translate("TileSeeder", "cancelled; %1 of %2 tiles are in the store, run again to continue")
                                       .arg(done).arg(result.total);
                    result.seconds = clock.elapsed() / 1000.0;
                    return result;
                }
                const TileKey key{z, x, y};
                if (!options.force && TileStore::hasBasemapTile(store.db(), key)) {
                    ++result.skipped;
                    ++done;
                    continue;
                }
                batch.append(key);
                if (batch.size() >= options.batchSize && !flush()) {
                    result.error = explainStoreError(error);
                    return result;
                }
            }
        }
    }
    if (!flush()) {
        result.error = explainStoreError(error);
        return result;
    }
    result.ok = true;
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}
