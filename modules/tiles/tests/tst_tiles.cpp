#include "Basemap.h"
#include "LayerRoles.h"
#include "SchemaRegistry.h"
#include "Store.h"
#include "StoreTestUtils.h"
#include "TileLoader.h"
#include "TileSchema.h"
#include "TileSeeder.h"
#include "TileStore.h"
#include "VectorImporter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QPainter>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gdal.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The slippy-map formula of the OpenStreetMap wiki, written independently of WebMercator.
TileKey tileOf(double lon, double lat, int z)
{
    const double n = std::pow(2.0, z);
    const double latRad = lat * M_PI / 180;
    return {z, int(std::floor((lon + 180) / 360 * n)),
            int(std::floor((1 - std::asinh(std::tan(latRad)) / M_PI) / 2 * n))};
}

QByteArray pngOf(const QColor &color)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class tst_Tiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_seeded;

    // A store with the real GURS boundary, districts and settlements.
    QString makeStore(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        auto store = Store::open(path, Store::Mode::Create, &error);
        if (!store)
            return {};
        const QString geodata = QStringLiteral(PTUJ_GEODATA_DIR);
        // The roles the sample manifest gives them: the basemap finds its layers by role.
        const struct { const char *file; const char *layer; QString role; } layers[] = {
            {"ptuj_obcina_boundary.geojson", "obcina_meja", LayerRoles::MunicipalBoundary},
            {"ptuj_cetrti_ODO_CM.geojson", "cetrti", LayerRoles::Districts},
            {"ptuj_naselja_points.geojson", "naselja", LayerRoles::Settlements},
        };
        for (const auto &l : layers) {
            const auto reports = VectorImporter({.source = geodata + u'/' + QLatin1StringView(l.file),
                                                 .domain = u"administration"_s, .layer = QString::fromLatin1(l.layer),
                                                 .metadata = QJsonObject{{u"roles"_s, QJsonArray{l.role}}}})
                                     .run(*store);
            if (reports.isEmpty() || !reports.first().ok)
                return {};
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The tile tables come with every store, as in the console.
        QVERIFY(SchemaRegistry::global().add(TileSchema::migrations()));
        m_seeded = makeStore(u"seeded.gpkg"_s);
        QVERIFY(!m_seeded.isEmpty());
    }

    void tileNumbering()
    {
        // Ptuj's town hall (Mestni trg 1) at several zooms, against the OSM wiki formula.
        const QPointF townHall(15.8706, 46.4199);
        for (int z : {0, 8, 12, 15, 17, 19}) {
            const TileKey expected = tileOf(townHall.x(), townHall.y(), z);
            const QRect r = TileKey::range(QRectF(WebMercator::fromLonLat(townHall), QSizeF(0.001, 0.001)), z);
            QCOMPARE(r.topLeft(), QPoint(expected.x, expected.y));
            QVERIFY(expected.bounds().contains(WebMercator::fromLonLat(townHall)));
        }
        QCOMPARE(TileKey({0, 0, 0}).bounds().width(), 2 * TileKey::kWorldHalf);
        QCOMPARE(TileKey({1, 1, 0}).bounds().left(), 0.0);
        QVERIFY(TileKey({1, 1, 0}).bounds().top() >= 0); // row 0 is the northern half
        QCOMPARE(TileKey({17, 70000, 46000}).parent(), TileKey({16, 35000, 23000}));
        QVERIFY(!TileKey({3, 8, 0}).isValid());
    }

    void seedWritesAGeoPackageTilePyramid()
    {
        QString error;
        auto store = Store::open(m_seeded, Store::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        qint64 lastDone = 0;
        const auto r = TileSeeder::seed(*store, {.minZoom = 10, .maxZoom = 13,
                                                 .progress = [&](qint64 done, qint64) { lastDone = done; }});
        QVERIFY2(r.ok, qPrintable(r.error));
        const auto basemap = Basemap::load(*store, &error);
        QVERIFY(basemap);
        QCOMPARE(r.total, TileSeeder::countTiles(basemap->extent(), 10, 13));
        QCOMPARE(r.rendered, r.total);
        QCOMPARE(lastDone, r.total);
        const auto counts = TileStore::basemapCounts(store->db());
        QCOMPARE(counts.keys(), QList<int>({10, 11, 12, 13}));
        // The municipality (about 10 × 12 km) fits in one or two z10 tiles.
        QVERIFY(counts.value(10) >= 1 && counts.value(10) <= 4);

        // The tile over the town hall is land of the municipality, not the outside colour.
        const TileKey center = tileOf(15.8706, 46.4199, 13);
        const auto png = TileStore::basemapTile(store->db(), center);
        QVERIFY(png.has_value());
        const QImage image = QImage::fromData(*png);
        QCOMPARE(image.size(), QSize(256, 256));
        const QImage outside = basemap->renderTile(tileOf(16.5, 46.9, 13));
        QVERIFY(image.pixelColor(128, 128) != outside.pixelColor(128, 128));

        // Running again draws nothing: every tile is there.
        const auto again = TileSeeder::seed(*store, {.minZoom = 10, .maxZoom = 13});
        QVERIFY(again.ok);
        QCOMPARE(again.rendered, 0);
        QCOMPARE(again.skipped, r.total);
        store.reset();

        // GDAL reads the pyramid as a raster: the standard tables are right.
        GDALAllRegister();
        const QByteArray open = "GPKG:" + m_seeded.toUtf8() + ":basemap";
        GDALDatasetH ds = GDALOpen(open.constData(), GA_ReadOnly);
        QVERIFY2(ds, CPLGetLastErrorMsg());
        QVERIFY(GDALGetRasterXSize(ds) > 0);
        QVERIFY(GDALGetRasterCount(ds) >= 3);
        const char *srs = GDALGetProjectionRef(ds);
        QVERIFY(QByteArray(srs).contains("Pseudo-Mercator") || QByteArray(srs).contains("3857"));
        GDALClose(ds);
        QCOMPARE(StoreTestUtils::integrityCheck(m_seeded), u"ok"_s);
    }

    void cancelledSeedKeepsFinishedBatchesAndResumes()
    {
        const QString path = makeStore(u"cancel.gpkg"_s);
        QVERIFY(!path.isEmpty());
        QString error;
        auto store = Store::open(path, Store::Mode::ReadWrite, &error);
        QVERIFY(store);
        std::atomic_bool cancel = false;
        const auto first = TileSeeder::seed(*store, {.minZoom = 12, .maxZoom = 14, .batchSize = 8, .cancel = &cancel,
                                                     .progress = [&](qint64 done, qint64) { if (done >= 16) cancel = true; }});
        QVERIFY(!first.ok);
        QVERIFY(first.cancelled);
        QVERIFY(first.error.contains(u"run again"_s));
        qint64 stored = 0;
        for (qint64 n : TileStore::basemapCounts(store->db()))
            stored += n;
        QCOMPARE(stored, first.rendered);
        QVERIFY(stored >= 16 && stored < first.total);
        const auto second = TileSeeder::seed(*store, {.minZoom = 12, .maxZoom = 14});
        QVERIFY(second.ok);
        QCOMPARE(second.skipped, stored);
        QCOMPARE(second.rendered + second.skipped, second.total);
        store.reset();
        QCOMPARE(StoreTestUtils::integrityCheck(path), u"ok"_s);
    }

    void badSeedRequests()
    {
        QString error;
        auto store = Store::open(m_seeded, Store::Mode::ReadWrite, &error);
        QVERIFY(store);
        auto r = TileSeeder::seed(*store, {.minZoom = 15, .maxZoom = 12});
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(u"zoom"_s));
        r = TileSeeder::seed(*store, {.minZoom = 10, .maxZoom = 30});
        QVERIFY(!r.ok);
        store.reset();

        // A store without any basemap layer says which roles it looked for.
        const QString empty = m_dir.filePath(u"empty.gpkg"_s);
        auto bare = Store::open(empty, Store::Mode::Create, &error);
        QVERIFY(bare);
        const QByteArray before = StoreTestUtils::contentHash(empty);
        r = TileSeeder::seed(*bare, {.minZoom = 10, .maxZoom = 11});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"municipal_boundary"_s), qPrintable(r.error));
        bare.reset();
        QCOMPARE(StoreTestUtils::contentHash(empty), before);

        auto readOnly = Store::open(m_seeded, Store::Mode::ReadOnly, &error);
        r = TileSeeder::seed(*readOnly, {.minZoom = 10, .maxZoom = 10});
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(u"read-only"_s));
    }

    // The municipality imports its boundary under its own name: the basemap uses it once the
    // catalogue gives it the role, and tiles drawn before a role changed are drawn again.
    void basemapFindsItsLayersByRole()
    {
        const QString path = m_dir.filePath(u"renamed.gpkg"_s);
        QString error;
        auto store = Store::open(path, Store::Mode::Create, &error);
        QVERIFY2(store, qPrintable(error));
        const QString geodata = QStringLiteral(PTUJ_GEODATA_DIR);
        auto reports = VectorImporter({.source = geodata + u"/ptuj_obcina_boundary.geojson"_s,
                                       .domain = u"administration"_s, .layer = u"meja_mop"_s}).run(*store);
        QVERIFY(!reports.isEmpty() && reports.first().ok);
        QVERIFY(!Basemap::load(*store, &error));
        QVERIFY2(error.contains(LayerRoles::MunicipalBoundary), qPrintable(error));

        QVERIFY2(store->updateCatalogue(u"meja_mop"_s, {{u"roles"_s, QJsonArray{LayerRoles::MunicipalBoundary}}}, &error),
                 qPrintable(error));
        QCOMPARE(store->layersWithRole(LayerRoles::MunicipalBoundary), QStringList{u"meja_mop"_s});
        const auto basemap = Basemap::load(*store, &error);
        QVERIFY2(basemap, qPrintable(error));
        QCOMPARE(basemap->layers(), QStringList{u"meja_mop"_s});
        // The town hall lies inside the boundary: its tile is the municipality's, not outside.
        const QImage inside = basemap->renderTile(tileOf(15.8706, 46.4199, 13));
        const QImage outside = basemap->renderTile(tileOf(16.5, 46.9, 13));
        QVERIFY(inside.pixelColor(128, 128) != outside.pixelColor(128, 128));

        // An unknown role is refused with the list; nothing changes.
        QVERIFY(!store->updateCatalogue(u"meja_mop"_s, {{u"roles"_s, QJsonArray{u"boundary"_s}}}, &error));
        QVERIFY2(error.contains(u"unknown role boundary"_s) && error.contains(LayerRoles::Districts), qPrintable(error));
        QCOMPARE(store->catalogueEntry(u"meja_mop"_s)->roles, QStringList{LayerRoles::MunicipalBoundary});

        auto r = TileSeeder::seed(*store, {.minZoom = 10, .maxZoom = 11});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rendered, r.total);
        QCOMPARE(TileStore::basemapSignature(store->db()),
                 Basemap::signature(*store, Basemap::Sources::fromRoles(*store)));
        r = TileSeeder::seed(*store, {.minZoom = 10, .maxZoom = 11});
        QCOMPARE(r.rendered, 0);

        // The districts join the basemap: every stored tile is out of date and drawn again.
        reports = VectorImporter({.source = geodata + u"/ptuj_cetrti_ODO_CM.geojson"_s, .domain = u"administration"_s,
                                  .layer = u"cetrtne_skupnosti"_s,
                                  .metadata = QJsonObject{{u"roles"_s, QJsonArray{LayerRoles::Districts}}}})
                      .run(*store);
        QVERIFY(!reports.isEmpty() && reports.first().ok);
        r = TileSeeder::seed(*store, {.minZoom = 10, .maxZoom = 11});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.skipped, 0);
        QCOMPARE(r.rendered, r.total);

        // A replaced layer keeps its role when the new import does not name one.
        reports = VectorImporter({.source = geodata + u"/ptuj_obcina_boundary.geojson"_s, .domain = u"administration"_s,
                                  .layer = u"meja_mop"_s, .replace = true}).run(*store);
        QVERIFY(!reports.isEmpty() && reports.first().ok);
        QCOMPARE(store->catalogueEntry(u"meja_mop"_s)->roles, QStringList{LayerRoles::MunicipalBoundary});
    }

    // A stored pyramid that predates a role change is never shown: the loader drops it and
    // draws again, or, when it cannot write (another writer holds the store), draws every
    // tile from the layers without reading the old ones.
    void loaderDoesNotShowOutOfDateTiles()
    {
        const QString path = m_dir.filePath(u"stale.gpkg"_s);
        QVERIFY(QFile::copy(m_seeded, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const TileKey key = tileOf(15.8706, 46.4199, 12);
        QString error;
        auto store = Store::open(path, Store::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(TileSeeder::seed(*store, {.minZoom = 12, .maxZoom = 12}).ok);
        // A tile of one flat colour stands for the old drawing; then the districts lose their role.
        QVERIFY(store->beginWrite(&error));
        QVERIFY(TileStore::writeBasemapTile(store->db(), key, pngOf(Qt::magenta), &error));
        QVERIFY(store->commit(&error));
        QVERIFY2(store->updateCatalogue(u"cetrti"_s, {{u"roles"_s, QJsonArray{}}}, &error), qPrintable(error));

        {
            QVERIFY(store->beginWrite(&error)); // another writer: the loader cannot drop the old tiles
            TileLoader loader({.storePath = path});
            QSignalSpy loaded(&loader, &TileLoader::loaded);
            loader.request({key});
            QVERIFY(loaded.wait(15000));
            QVERIFY(loaded.first().at(1).value<QImage>().pixelColor(128, 128) != QColor(Qt::magenta));
            store->rollback();
        }
        QVERIFY(TileStore::basemapTile(store->db(), key).has_value()); // still there, not shown
        {
            TileLoader loader({.storePath = path});
            QSignalSpy loaded(&loader, &TileLoader::loaded);
            loader.request({key});
            QVERIFY(loaded.wait(15000));
            QVERIFY(loaded.first().at(1).value<QImage>().pixelColor(128, 128) != QColor(Qt::magenta));
        }
        // The writable loader started a new pyramid: the tile it drew replaced the old one.
        const auto png = TileStore::basemapTile(store->db(), key);
        QVERIFY(png.has_value());
        QVERIFY(QImage::fromData(*png).pixelColor(128, 128) != QColor(Qt::magenta));
        QCOMPARE(TileStore::basemapSignature(store->db()), Basemap::signature(*store, Basemap::Sources::fromRoles(*store)));
    }

    void namesArePlacedWithoutOverlap()
    {
        QString error;
        auto store = Store::open(m_seeded, Store::Mode::ReadOnly, &error);
        Basemap::Sources sources = Basemap::Sources::fromRoles(*store);
        sources.places = store->layersWithRole(LayerRoles::Settlements);
        const auto basemap = Basemap::load(*store, &error, sources);
        QVERIFY(basemap);
        QVERIFY(basemap->layers().contains(u"cetrti"_s));
        // Settlement names from zoom 11, district names join from 14; never overlapping.
        QVERIFY(basemap->placedLabels(10).isEmpty());
        for (int z : {11, 12, 14, 16}) {
            const auto labels = basemap->placedLabels(z);
            QVERIFY2(labels.size() >= 3, qPrintable(QString::number(z)));
            for (qsizetype i = 0; i < labels.size(); ++i)
                for (qsizetype j = i + 1; j < labels.size(); ++j)
                    QVERIFY2(!labels[i].second.intersects(labels[j].second),
                             qPrintable(labels[i].first + u" / "_s + labels[j].first));
        }
        // The town's name wins where names compete, and more names fit closer in.
        QCOMPARE(basemap->placedLabels(11).first().first, u"Ptuj"_s);
        QVERIFY(basemap->placedLabels(16).size() > basemap->placedLabels(11).size());

        // A name across a tile edge continues on the neighbour: find one and compare the
        // pixels on both sides of the edge.
        for (const auto &[text, box] : basemap->placedLabels(14)) {
            const int edge = (int(box.right()) / 256) * 256;
            if (edge <= box.left() + 4 || edge >= box.right() - 4 || int(box.top()) / 256 != int(box.bottom()) / 256)
                continue;
            const int row = int(box.center().y()) / 256;
            const QImage left = basemap->renderTile({14, edge / 256 - 1, row});
            const QImage right = basemap->renderTile({14, edge / 256, row});
            int darkLeft = 0, darkRight = 0;
            // Both sides carry ink near the edge: a name cut off at the tile edge leaves one
            // side blank (a gap between two letters is narrower than the 6 columns looked at).
            for (int y = int(box.top()) % 256; y < int(box.bottom()) % 256 && y < 256; ++y) {
                for (int dx = 0; dx < 6; ++dx) {
                    darkLeft += qGray(left.pixel(255 - dx, y)) < 160;
                    darkRight += qGray(right.pixel(dx, y)) < 160;
                }
            }
            QVERIFY2(darkLeft > 0 && darkRight > 0,
                     qPrintable(text + u": %1 dark pixels left of the edge, %2 right"_s.arg(darkLeft).arg(darkRight)));
            return;
        }
        QSKIP("no name crosses a tile edge at zoom 14 in this data");
    }

    void cacheTrimsLeastRecentlyUsed()
    {
        const QString path = m_dir.filePath(u"cache.gpkg"_s);
        QString error;
        auto store = Store::open(path, Store::Mode::Create, &error);
        QVERIFY(store);
        QVERIFY(store->beginWrite(&error) && TileSchema::version(store->db()) == 1);
        const QByteArray tile(1000, 'x');
        for (int i = 0; i < 10; ++i)
            QVERIFY(TileStore::writeCachedTile(store->db(), u"src"_s, {5, i, 0}, tile, &error));
        // Use the three oldest again: they become the newest.
        for (int i = 0; i < 3; ++i)
            QVERIFY(TileStore::cachedTile(store->db(), u"src"_s, {5, i, 0}).has_value());
        QCOMPARE(TileStore::cacheUsage(store->db()).bytes, 10000);
        QCOMPARE(TileStore::trimCache(store->db(), 5000, &error), 5);
        QVERIFY(store->commit(&error));
        QCOMPARE(TileStore::cacheUsage(store->db()).tiles, 5);
        for (int i = 0; i < 3; ++i)
            QVERIFY(TileStore::cachedTile(store->db(), u"src"_s, {5, i, 0}, false).has_value());
        for (int i = 3; i < 8; ++i)
            QVERIFY(!TileStore::cachedTile(store->db(), u"src"_s, {5, i, 0}, false).has_value());
        QVERIFY(TileStore::cachedTile(store->db(), u"src"_s, {5, 9, 0}, false).has_value());
        QCOMPARE(TileStore::trimCache(store->db(), 1 << 20, &error), 0);
    }

    void loaderDrawsMissingTilesAndKeepsThem()
    {
        const QString path = makeStore(u"lazy.gpkg"_s);
        TileLoader loader({.storePath = path});
        QSignalSpy loaded(&loader, &TileLoader::loaded);
        const TileKey key = tileOf(15.8706, 46.4199, 16);
        loader.request({key});
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().at(0).value<TileKey>(), key);
        QCOMPARE(loaded.first().at(1).value<QImage>().size(), QSize(256, 256));
        QString error;
        auto store = Store::open(path, Store::Mode::ReadOnly, &error);
        QVERIFY(TileStore::basemapTile(store->db(), key).has_value());
    }

    void onlineSourceIsCachedAndWorksOffline()
    {
        QHttpServer server;
        int requests = 0;
        server.route(u"/tiles/<arg>/<arg>/<arg>.png"_s, [&requests](int z, int x, int y) {
            ++requests;
            if (z == 18)
                return QHttpServerResponse(QByteArray("<html>busy</html>"), QHttpServerResponse::StatusCode::Ok);
            if (z == 19)
                return QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError);
            return QHttpServerResponse("image/png", pngOf(QColor(x % 256, y % 256, z * 10)));
        });
        auto tcp = std::make_unique<QTcpServer>();
        QVERIFY(tcp->listen(QHostAddress::LocalHost, 0) && server.bind(tcp.get()));
        const quint16 port = tcp.release()->serverPort();
        const QString url = u"http://127.0.0.1:%1/tiles/{z}/{x}/{y}.png?key=secret"_s.arg(port);
        QCOMPARE(TileLoader::sourceKey(url), u"http://127.0.0.1:%1/tiles/{z}/{x}/{y}.png"_s.arg(port));

        const QString path = m_dir.filePath(u"online.gpkg"_s);
        QString error;
        QVERIFY(Store::open(path, Store::Mode::Create, &error));
        {
            TileLoader loader({.storePath = path, .urlTemplate = url, .timeoutMs = 3000});
            QSignalSpy loaded(&loader, &TileLoader::loaded);
            QSignalSpy failed(&loader, &TileLoader::failed);
            loader.request({{12, 2229, 1438}, {12, 2230, 1438}, {18, 1, 1}, {19, 1, 1}});
            QTRY_COMPARE_WITH_TIMEOUT(loaded.size() + failed.size(), 4, 10000);
            QCOMPARE(loaded.size(), 2);
            QCOMPARE(failed.size(), 2);
            QStringList reasons;
            for (const auto &f : failed)
                reasons << f.at(1).toString();
            reasons.sort();
            QVERIFY2(reasons.join(u'|').contains(u"not an image"_s), qPrintable(reasons.join(u'|')));
            QCOMPARE(requests, 4);
        }
        auto store = Store::open(path, Store::Mode::ReadOnly, &error);
        QCOMPARE(TileStore::cacheUsage(store->db()).tiles, 2);
        store.reset();

        // The server goes away: cached tiles still come, the rest fail with a reason.
        server.disconnect();
        const QString offlineUrl = u"http://127.0.0.1:1/tiles/{z}/{x}/{y}.png"_s;
        QVERIFY(Store::open(path, Store::Mode::ReadWrite, &error));
        {
            // Same source key as before (the query is not part of it), different port: use the
            // original template so the cache matches, with the server closed.
            TileLoader loader({.storePath = path, .urlTemplate = url, .timeoutMs = 2000});
            QSignalSpy loaded(&loader, &TileLoader::loaded);
            const int before = requests;
            loader.request({{12, 2229, 1438}});
            QVERIFY(loaded.wait(5000));
            QCOMPARE(requests, before); // from the cache, no request
        }
        {
            TileLoader loader({.storePath = path, .urlTemplate = offlineUrl, .timeoutMs = 2000});
            QSignalSpy failed(&loader, &TileLoader::failed);
            loader.request({{12, 2229, 1438}});
            QVERIFY(failed.wait(5000));
            QVERIFY(!failed.first().at(1).toString().isEmpty());
        }
    }
};

QTEST_MAIN(tst_Tiles)
#include "tst_tiles.moc"
