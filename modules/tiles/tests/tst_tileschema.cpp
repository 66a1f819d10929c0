#include "ReservedNames.h"
#include "SchemaRegistry.h"
#include "SqliteStatement.h"
#include "Store.h"
#include "TileSchema.h"
#include "TileStore.h"
#include "VectorImporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

SchemaRegistry withTiles()
{
    SchemaRegistry schema;
    schema.add(TileSchema::migrations());
    return schema;
}

QString scalar(const Store &store, const char *sql)
{
    SqliteStatement q(store.db(), sql);
    return q.next() ? q.text(0) : u"(none)"_s;
}

} // namespace

class tst_TileSchema : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void newStoreHasAnEmptyPyramidAndCache()
    {
        QString error;
        auto store = Store::open(m_dir.filePath(u"new.gpkg"_s), Store::Mode::Create, withTiles(), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(TileSchema::version(store->db()), 1);
        QVERIFY(TileStore::hasBasemap(store->db()));
        QVERIFY(TileStore::basemapCounts(store->db()).isEmpty());
        QCOMPARE(TileStore::cacheUsage(store->db()).tiles, 0);
        // A standard GeoPackage tile pyramid in Web Mercator, zoom 0 to kMaxZoom.
        QCOMPARE(scalar(*store, "SELECT data_type || ' ' || srs_id FROM gpkg_contents WHERE table_name = 'basemap'"),
                 u"tiles 3857"_s);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM gpkg_tile_matrix WHERE table_name = 'basemap'"),
                 QString::number(TileStore::kMaxZoom + 1));
        QCOMPARE(scalar(*store, "SELECT organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = 3857"), u"3857"_s);
        for (const QString &table : {u"basemap"_s, u"ptuj_tile_cache"_s})
            QCOMPARE(ReservedNames::ownerOf(store->db(), table), u"tiles"_s);
        // Tiles go in without any further preparation.
        QVERIFY(store->beginWrite(&error));
        QVERIFY2(TileStore::writeBasemapTile(store->db(), {10, 557, 360}, "png", &error), qPrintable(error));
        QVERIFY2(TileStore::writeCachedTile(store->db(), u"src"_s, {10, 557, 360}, "png", &error), qPrintable(error));
        QVERIFY(store->commit(&error));
        QCOMPARE(TileStore::basemapCounts(store->db()).value(10), 1);
    }

    void tablesMadeOnTheSideAreAdopted()
    {
        // Older builds made the tables when the store was first seeded or cached: the step
        // finds them, keeps their tiles and only claims them.
        const QString path = m_dir.filePath(u"adopted.gpkg"_s);
        QString error;
        {
            auto store = Store::open(path, Store::Mode::Create, withTiles(), &error);
            QVERIFY(store);
            QVERIFY(store->beginWrite(&error));
            QVERIFY(TileStore::writeBasemapTile(store->db(), {11, 1114, 720}, "tile", &error));
            QVERIFY(TileStore::writeCachedTile(store->db(), u"src"_s, {12, 2229, 1438}, "cached", &error));
            QVERIFY(sqliteExec(store->db(), "DELETE FROM ptuj_meta WHERE key = 'schema.tiles'; "
                                            "DELETE FROM ptuj_owned_tables WHERE owner = 'tiles'"));
            QVERIFY(store->commit(&error));
        }
        auto store = Store::open(path, Store::Mode::ReadWrite, withTiles(), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(TileSchema::version(store->db()), 1);
        QCOMPARE(TileStore::basemapCounts(store->db()).value(11), 1);
        QCOMPARE(TileStore::cachedTile(store->db(), u"src"_s, {12, 2229, 1438}, false).value_or(QByteArray()), QByteArray("cached"));
        QCOMPARE(scalar(*store, "SELECT count(*) FROM gpkg_tile_matrix WHERE table_name = 'basemap'"),
                 QString::number(TileStore::kMaxZoom + 1));
        QCOMPARE(ReservedNames::ownerOf(store->db(), u"basemap"_s), u"tiles"_s);
    }

    void aLayerNamedBasemapIsLeftAlone()
    {
        // Before the tiles claimed their names up front, an import could take "basemap".
        const QString path = m_dir.filePath(u"layer.gpkg"_s);
        const QString geojson = m_dir.filePath(u"basemap.geojson"_s);
        {
            QFile f(geojson);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a"},)"
                    R"("geometry":{"type":"Point","coordinates":[15.87,46.42]}}]})");
        }
        QString error;
        {
            auto store = Store::open(path, Store::Mode::Create, SchemaRegistry(), &error);
            QVERIFY(store);
            const auto reports = VectorImporter({.source = geojson, .domain = u"administration"_s, .layer = u"basemap"_s})
                                     .run(*store);
            QVERIFY2(reports.first().ok, qPrintable(reports.first().error));
        }
        auto store = Store::open(path, Store::Mode::ReadWrite, withTiles(), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(scalar(*store, "SELECT data_type FROM gpkg_contents WHERE table_name = 'basemap'"), u"features"_s);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM basemap"), u"1"_s);
        QVERIFY(ReservedNames::ownerOf(store->db(), u"basemap"_s).isEmpty());
        QCOMPARE(ReservedNames::ownerOf(store->db(), u"ptuj_tile_cache"_s), u"tiles"_s);
    }
};

QTEST_GUILESS_MAIN(tst_TileSchema)
#include "tst_tileschema.moc"
