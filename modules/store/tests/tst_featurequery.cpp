#include "FeatureQuery.h"
#include "Store.h"
#include "StoreTestUtils.h"
#include "VectorImporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_FeatureQuery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase()
    {
        // 100 × 100 points, 12.5 m apart, from 560000/138000 (D96/TM).
        QFile csv(m_dir.filePath(u"grid.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QByteArray rows = "x,y,name\n";
        for (int i = 0; i < 100; ++i)
            for (int j = 0; j < 100; ++j)
                rows += QByteArray::number(560000 + i * 12.5, 'f', 2) + ',' + QByteArray::number(138000 + j * 12.5, 'f', 2) + ",p\n";
        csv.write(rows);
        csv.close();
        QString error;
        m_store = Store::open(m_dir.filePath(u"s.gpkg"_s), Store::Mode::Create, &error);
        QVERIFY(VectorImporter({.source = csv.fileName(), .domain = u"water"_s, .layer = u"grid"_s,
                                .sourceCrs = u"EPSG:3794"_s}).run(*m_store).first().ok);
        QVERIFY(StoreTestUtils::writeVectorFile(m_dir.filePath(u"poly.gpkg"_s), "GPKG", 3794, wkbPolygon,
                                                {{u"POLYGON ((560000 138000, 560100 138000, 560100 138100, 560000 138000))"_s, {{u"name"_s, u"a"_s}}},
                                                 {u"POLYGON ((570000 148000, 570100 148000, 570100 148100, 570000 148000))"_s, {{u"name"_s, u"b"_s}}}}));
        QVERIFY(VectorImporter({.source = m_dir.filePath(u"poly.gpkg"_s), .domain = u"water"_s, .layer = u"poly"_s}).run(*m_store).first().ok);
    }

    void boxInLayerCrs_data()
    {
        QTest::addColumn<QRectF>("box");
        QTest::addColumn<int>("expected");
        // Edges exactly on grid points count as inside.
        QTest::newRow("10x10") << QRectF(QPointF(560000, 138000), QPointF(560112.5, 138112.5)) << 100;
        QTest::newRow("one") << QRectF(QPointF(560010, 138010), QPointF(560015, 138015)) << 1;
        QTest::newRow("none") << QRectF(QPointF(550000, 130000), QPointF(550100, 130100)) << 0;
        QTest::newRow("all") << QRectF(QPointF(559000, 137000), QPointF(562000, 140000)) << 10000;
    }

    void boxInLayerCrs()
    {
        QFETCH(QRectF, box);
        QFETCH(int, expected);
        FeatureQuery q(*m_store);
        const auto r = q.run(u"grid"_s, box, u"EPSG:3794"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.features.size(), expected);
        for (const GeoFeature &f : r.features) {
            QVERIFY(box.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(f.points.first()));
            QCOMPARE(f.attributes.value(u"name"_s).toString(), u"p"_s);
        }
    }

    // A WGS84 box is transformed to the layer CRS, and the answer comes back in WGS84.
    void boxInWgs84()
    {
        FeatureQuery q(*m_store);
        const auto all = q.run(u"grid"_s, QRectF(QPointF(15.0, 45.0), QPointF(17.0, 47.0)));
        QVERIFY2(all.ok, qPrintable(all.error));
        QCOMPARE(all.features.size(), 10000);
        QCOMPARE(all.layerCrs, u"EPSG:3794"_s);
        const QPointF p = all.features.first().points.first();
        QVERIFY(p.x() > 15.7 && p.x() < 15.9 && p.y() > 46.3 && p.y() < 46.5);
        // Repeated queries reuse the prepared statement and transforms.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(q.run(u"grid"_s, QRectF(QPointF(15.0, 45.0), QPointF(17.0, 47.0)), u"EPSG:4326"_s, 10).features.size(), 10);
    }

    void polygonsByBoundingBox()
    {
        FeatureQuery q(*m_store);
        const auto r = q.run(u"poly"_s, QRectF(QPointF(560050, 138050), QPointF(560200, 138200)), u"EPSG:3794"_s);
        QVERIFY(r.ok);
        QCOMPARE(r.features.size(), 1);
        QCOMPARE(r.features.first().attributes.value(u"name"_s).toString(), u"a"_s);
        QCOMPARE(r.features.first().polygons.size(), 1);
        QCOMPARE(r.features.first().polygons.first().first().size(), 4);
    }

    // The GURS boundary, stored in WGS84 and read back in D96/TM, has the official area of
    // 66.58 km² (the grid's scale near Ptuj changes an area by less than 0.01 %).
    void boundaryAreaInD96()
    {
        const QString geojson = QStringLiteral(PTUJ_GEODATA_DIR "/ptuj_obcina_boundary.geojson");
        QVERIFY(VectorImporter({.source = geojson, .domain = u"administration"_s, .layer = u"meja"_s}).run(*m_store).first().ok);
        FeatureQuery q(*m_store);
        const auto r = q.run(u"meja"_s, QRectF(QPointF(500000, 100000), QPointF(600000, 200000)), u"EPSG:3794"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.features.size(), 1);
        const auto ringArea = [](const GeoRing &ring) {
            double twice = 0;
            for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
                twice += ring[j].x() * ring[i].y() - ring[i].x() * ring[j].y();
            return std::abs(twice) / 2;
        };
        double area = 0;
        for (const GeoPolygon &p : r.features.first().polygons) {
            area += ringArea(p.value(0));
            for (qsizetype i = 1; i < p.size(); ++i)
                area -= ringArea(p[i]);
        }
        QVERIFY2(std::abs(area / 1e6 - 66.58) < 0.05, qPrintable(QString::number(area / 1e6)));
    }

    // Large layers load only their label column; the rest is read by fid on demand.
    void attributeSubsetsAndLookups()
    {
        QCOMPARE(m_store->columnsOf(u"grid"_s), (QStringList{u"fid"_s, u"geom"_s, u"name"_s}));
        FeatureQuery q(*m_store);
        q.setAttributeColumns({u"name"_s});
        const auto r = q.run(u"grid"_s, QRectF(QPointF(560000, 138000), QPointF(560012.5, 138012.5)), u"EPSG:3794"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.features.size(), 4);
        QCOMPARE(r.features.first().attributes.keys(), QStringList{u"name"_s});
        const qint64 fid = r.features.first().fid;
        const auto looked = m_store->attributesOf(u"grid"_s, {fid, 999999});
        QCOMPARE(looked.size(), 1);
        QCOMPARE(looked.value(fid).value(u"name"_s).toString(), u"p"_s);
        QVERIFY(!looked.value(fid).contains(u"geom"_s));
    }

    void errors()
    {
        FeatureQuery q(*m_store);
        auto r = q.run(u"missing"_s, QRectF(0, 0, 1, 1));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(u"no layer named missing"_s));
        r = q.run(u"grid"_s, QRectF(0, 0, 1, 1), u"EPSG:999999"_s);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(u"EPSG:999999"_s));
    }
};

QTEST_GUILESS_MAIN(tst_FeatureQuery)
#include "tst_featurequery.moc"
