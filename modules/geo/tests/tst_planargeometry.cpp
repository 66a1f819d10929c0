#include "PlanarGeometry.h"

#include <QTest>

using namespace PlanarGeometry;

namespace {

GeoRing square(double x0, double y0, double size)
{
    return {{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}};
}

} // namespace

class tst_PlanarGeometry : public QObject
{
    Q_OBJECT

private slots:
    void polygonContains_data()
    {
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<bool>("inside");
        // A 10 × 10 square with a 4 × 4 hole in its middle.
        QTest::newRow("in the shell") << QPointF(1, 1) << true;
        QTest::newRow("in the hole") << QPointF(5, 5) << false;
        QTest::newRow("outside") << QPointF(11, 5) << false;
        QTest::newRow("left of the shell at hole height") << QPointF(-1, 5) << false;
        QTest::newRow("between hole and shell") << QPointF(8, 5) << true;
        QTest::newRow("on the hole's left edge, just outside it") << QPointF(2.999, 5) << true;
    }
    void polygonContains()
    {
        QFETCH(QPointF, point);
        QFETCH(bool, inside);
        const GeoPolygon polygon{square(0, 0, 10), square(3, 3, 4)};
        QCOMPARE(PlanarGeometry::polygonContains(polygon, point), inside);
        QCOMPARE(PlanarGeometry::ringContains(polygon.first(), point), point.x() >= 0 && point.x() <= 10);
        QCOMPARE(anyPolygonContains({GeoPolygon{square(20, 20, 1)}, polygon}, point), inside);
    }

    void ringWithoutClosingPoint()
    {
        const GeoRing open{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
        QVERIFY(ringContains(open, QPointF(2, 2)));
        QVERIFY(!ringContains(open, QPointF(5, 2)));
        QVERIFY(!ringContains({}, QPointF(0, 0)));
    }

    void segmentDistance_data()
    {
        QTest::addColumn<QPointF>("p");
        QTest::addColumn<QPointF>("a");
        QTest::addColumn<QPointF>("b");
        QTest::addColumn<double>("distance");
        QTest::newRow("above the middle") << QPointF(5, 3) << QPointF(0, 0) << QPointF(10, 0) << 3.0;
        QTest::newRow("beyond b") << QPointF(13, 4) << QPointF(0, 0) << QPointF(10, 0) << 5.0;
        QTest::newRow("before a") << QPointF(-3, -4) << QPointF(0, 0) << QPointF(10, 0) << 5.0;
        QTest::newRow("on the segment") << QPointF(2, 2) << QPointF(0, 0) << QPointF(4, 4) << 0.0;
        QTest::newRow("zero-length segment") << QPointF(3, 4) << QPointF(0, 0) << QPointF(0, 0) << 5.0;
    }
    void segmentDistance()
    {
        QFETCH(QPointF, p);
        QFETCH(QPointF, a);
        QFETCH(QPointF, b);
        QFETCH(double, distance);
        QCOMPARE(PlanarGeometry::segmentDistance(p, a, b), distance);
    }

    void lineDistance()
    {
        QCOMPARE(PlanarGeometry::lineDistance({1, 1}, {{0, 0}, {10, 0}, {10, 10}}), 1.0);
        QCOMPARE(PlanarGeometry::lineDistance({3, 4}, {{0, 0}}), 5.0);
        QVERIFY(qIsInf(PlanarGeometry::lineDistance({3, 4}, {})));
    }

    void localMetres()
    {
        // Ptuj: 0.01° of latitude is 1105.74 m, 0.01° of longitude 1113.2 m × cos(46.42°).
        const LocalMetres metres(QPointF(15.87, 46.42));
        const QPointF east = metres(QPointF(15.88, 46.43));
        QCOMPARE(east.y(), 1105.74);
        QVERIFY(qAbs(east.x() - 1113.2 * std::cos(qDegreesToRadians(46.42))) < 1e-6);
        const QPointF back = metres.toLonLat(east);
        QVERIFY(qAbs(back.x() - 15.88) < 1e-12);
        QVERIFY(qAbs(back.y() - 46.43) < 1e-12);
        QCOMPARE(metres(metres.origin()), QPointF(0, 0));
    }
};

QTEST_APPLESS_MAIN(tst_PlanarGeometry)
#include "tst_planargeometry.moc"
