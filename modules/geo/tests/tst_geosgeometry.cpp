#include "GeosGeometry.h"

#include <QTest>

namespace {

GeoRing square(double x0, double y0, double size)
{
    return {{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}};
}

GeoFeature featureOf(const QList<GeoPolygon> &polygons, const QList<GeoRing> &lines = {}, const QList<QPointF> &points = {})
{
    GeoFeature f;
    f.polygons = polygons;
    f.lines = lines;
    f.points = points;
    return f;
}

} // namespace

class tst_GeosGeometry : public QObject
{
    Q_OBJECT

private slots:
    void area_data()
    {
        QTest::addColumn<QList<GeoPolygon>>("polygons");
        QTest::addColumn<double>("area");
        QTest::newRow("100 m square") << QList<GeoPolygon>{{square(0, 0, 100)}} << 10000.0;
        QTest::newRow("with a 20 m hole") << QList<GeoPolygon>{{square(0, 0, 100), square(40, 40, 20)}} << 9600.0;
        QTest::newRow("two disjoint") << QList<GeoPolygon>{{square(0, 0, 10)}, {square(50, 0, 10)}} << 200.0;
        QTest::newRow("ring without closing point")
            << QList<GeoPolygon>{{GeoRing{{0, 0}, {10, 0}, {10, 10}, {0, 10}}}} << 100.0;
        // A bow tie digitised by hand is repaired, not rejected: two triangles of 25 m².
        QTest::newRow("self-crossing") << QList<GeoPolygon>{{GeoRing{{0, 0}, {10, 10}, {10, 0}, {0, 10}, {0, 0}}}} << 50.0;
        QTest::newRow("empty") << QList<GeoPolygon>{} << 0.0;
    }
    void area()
    {
        QFETCH(QList<GeoPolygon>, polygons);
        QFETCH(double, area);
        const GeosGeometry geos;
        QCOMPARE(geos.area(polygons), area);
    }

    void intersectionArea_data()
    {
        QTest::addColumn<GeoPolygon>("a");
        QTest::addColumn<GeoPolygon>("b");
        QTest::addColumn<double>("area");
        QTest::newRow("overlap 50 × 100") << GeoPolygon{square(0, 0, 100)} << GeoPolygon{square(50, 0, 100)} << 5000.0;
        QTest::newRow("corner 30 × 30") << GeoPolygon{square(0, 0, 100)} << GeoPolygon{square(70, 70, 100)} << 900.0;
        QTest::newRow("inside the hole") << GeoPolygon{square(0, 0, 100), square(40, 40, 20)} << GeoPolygon{square(45, 45, 10)} << 0.0;
        QTest::newRow("disjoint") << GeoPolygon{square(0, 0, 10)} << GeoPolygon{square(20, 0, 10)} << 0.0;
        QTest::newRow("touching edge") << GeoPolygon{square(0, 0, 10)} << GeoPolygon{square(10, 0, 10)} << 0.0;
    }
    void intersectionArea()
    {
        QFETCH(GeoPolygon, a);
        QFETCH(GeoPolygon, b);
        QFETCH(double, area);
        const GeosGeometry geos;
        QCOMPARE(geos.intersectionArea({a}, {b}), area);
        QCOMPARE(geos.intersectionArea({b}, {a}), area);
    }

    void lengthInside()
    {
        const GeosGeometry geos;
        const QList<GeoRing> line{{{-50, 50}, {150, 50}}};
        QCOMPARE(geos.length(line), 200.0);
        QCOMPARE(geos.lengthInside(line, {{square(0, 0, 100)}}), 100.0);
        QCOMPARE(geos.lengthInside(line, {{square(0, 0, 100), square(40, 40, 20)}}), 80.0);
        QCOMPARE(geos.lengthInside(line, {{square(0, 200, 10)}}), 0.0);
    }

    void intersectsAndDistance_data()
    {
        QTest::addColumn<GeoFeature>("a");
        QTest::addColumn<GeoFeature>("b");
        QTest::addColumn<bool>("intersects");
        QTest::addColumn<double>("distance");
        QTest::newRow("disjoint squares 30 m apart")
            << featureOf({{square(0, 0, 10)}}) << featureOf({{square(40, 0, 10)}}) << false << 30.0;
        QTest::newRow("diagonal 3-4-5") << featureOf({{square(0, 0, 10)}}) << featureOf({{square(13, 14, 10)}}) << false << 5.0;
        QTest::newRow("overlapping") << featureOf({{square(0, 0, 10)}}) << featureOf({{square(5, 5, 10)}}) << true << 0.0;
        QTest::newRow("point on the edge") << featureOf({{square(0, 0, 10)}}) << featureOf({}, {}, {{10, 5}}) << true << 0.0;
        QTest::newRow("point in the hole")
            << featureOf({{square(0, 0, 100), square(40, 40, 20)}}) << featureOf({}, {}, {{50, 45}}) << false << 5.0;
        QTest::newRow("line crossing") << featureOf({{square(0, 0, 10)}}) << featureOf({}, {{{-5, 5}, {15, 5}}}) << true << 0.0;
        QTest::newRow("line beside") << featureOf({}, {{{0, 0}, {10, 0}}}) << featureOf({}, {{{0, 7}, {10, 7}}}) << false << 7.0;
    }
    void intersectsAndDistance()
    {
        QFETCH(GeoFeature, a);
        QFETCH(GeoFeature, b);
        QFETCH(bool, intersects);
        QFETCH(double, distance);
        const GeosGeometry geos;
        QCOMPARE(geos.intersects(a, b), intersects);
        QCOMPARE(geos.intersects(b, a), intersects);
        QCOMPARE(geos.distance(a, b), std::optional<double>(distance));
    }

    void distanceWithoutGeometry()
    {
        const GeosGeometry geos;
        QCOMPARE(geos.distance(GeoFeature(), featureOf({{square(0, 0, 1)}})), std::nullopt);
        QVERIFY(!geos.intersects(GeoFeature(), featureOf({{square(0, 0, 1)}})));
    }
};

QTEST_APPLESS_MAIN(tst_GeosGeometry)
#include "tst_geosgeometry.moc"
