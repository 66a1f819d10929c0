#include "GeometryCheck.h"

#include <QTest>

#include <ogr_geometry.h>

using namespace Qt::StringLiterals;
using GeometryCheck::Verdict;

namespace {

std::unique_ptr<OGRGeometry> fromWkt(const char *wkt)
{
    OGRGeometry *g = nullptr;
    if (OGRGeometryFactory::createFromWkt(wkt, nullptr, &g) != OGRERR_NONE)
        return nullptr;
    return std::unique_ptr<OGRGeometry>(g);
}

} // namespace

/// What the importer's geometry check keeps, repairs and rejects, layer type by layer type.
class TestGeometryCheck : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data()
    {
        QTest::addColumn<QByteArray>("wkt");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("keptType"); // flat type after the check, when kept

        const int ok = int(Verdict::Ok), rejected = int(Verdict::Rejected), repaired = int(Verdict::Repaired);
        QTest::newRow("point in point layer") << "POINT (1 2)"_ba << int(wkbPoint) << ok << int(wkbPoint);
        QTest::newRow("one-point multipoint to point") << "MULTIPOINT ((1 2))"_ba << int(wkbPoint) << ok << int(wkbPoint);
        // forceTo cannot make one point of two; it used to hand the MultiPoint back and the check kept it.
        QTest::newRow("two points in a point layer") << "MULTIPOINT ((1 2),(3 4))"_ba << int(wkbPoint) << rejected << 0;
        // Found by fuzz_gdal_geojson: a collection counted as a point whatever its parts were.
        QTest::newRow("collection of point and line in point layer")
            << "GEOMETRYCOLLECTION Z (POINT Z (1 2 0),LINESTRING Z (0 0 0,1 1 0))"_ba << int(wkbPoint25D) << rejected << 0;
        QTest::newRow("collection of point and line in multipoint layer")
            << "GEOMETRYCOLLECTION (POINT (1 2),LINESTRING (0 0,1 1))"_ba << int(wkbMultiPoint) << rejected << 0;
        QTest::newRow("collection of lines in line layer")
            << "GEOMETRYCOLLECTION (LINESTRING (0 0,1 1),LINESTRING (2 2,3 3))"_ba << int(wkbMultiLineString) << ok
            << int(wkbMultiLineString);
        QTest::newRow("collection of points in multipoint layer")
            << "GEOMETRYCOLLECTION (POINT (0 0),POINT (2 2))"_ba << int(wkbMultiPoint) << ok << int(wkbMultiPoint);
        QTest::newRow("collection of a polygon in polygon layer")
            << "GEOMETRYCOLLECTION (POLYGON ((0 0,1 0,1 1,0 1,0 0)))"_ba << int(wkbMultiPolygon) << ok << int(wkbMultiPolygon);
        QTest::newRow("collection of zero-length lines") << "GEOMETRYCOLLECTION (LINESTRING (1 1,1 1))"_ba
                                                         << int(wkbMultiLineString) << rejected << 0;
        QTest::newRow("mixed collection in a GEOMETRY layer")
            << "GEOMETRYCOLLECTION (POINT (1 2),LINESTRING (0 0,1 1))"_ba << int(wkbUnknown) << ok << int(wkbGeometryCollection);
        QTest::newRow("bow-tie repaired") << "POLYGON ((0 0,2 2,2 0,0 2,0 0))"_ba << int(wkbMultiPolygon) << repaired
                                          << int(wkbMultiPolygon);
        QTest::newRow("line in polygon layer") << "LINESTRING (0 0,1 1)"_ba << int(wkbMultiPolygon) << rejected << 0;
    }

    void verdicts()
    {
        QFETCH(QByteArray, wkt);
        QFETCH(int, target);
        QFETCH(int, verdict);
        QFETCH(int, keptType);
        auto geometry = fromWkt(wkt.constData());
        QVERIFY2(geometry, wkt.constData());
        const auto result = GeometryCheck::checkAndRepair(geometry, OGRwkbGeometryType(target));
        QCOMPARE(int(result.verdict), verdict);
        if (verdict == int(Verdict::Rejected)) {
            QVERIFY2(!result.reason.isEmpty(), "a rejection says why");
            return;
        }
        QVERIFY(geometry);
        QCOMPARE(int(wkbFlatten(geometry->getGeometryType())), keptType);
    }

    // Simple rings skip GEOS (GeometryCheck's quick ring check); every other polygon is still
    // judged by GEOS. The verdict must be GEOS's in both cases, on the rings at the edge too.
    void polygonVerdictIsGeos_data()
    {
        QTest::addColumn<QByteArray>("wkt");
        QTest::addColumn<bool>("valid");
        QTest::newRow("square") << "POLYGON ((0 0,1 0,1 1,0 1,0 0))"_ba << true;
        QTest::newRow("triangle, clockwise") << "POLYGON ((0 0,0 1,1 0,0 0))"_ba << true;
        QTest::newRow("parcel in D96/TM") << "POLYGON ((572772.54 145459.83,572768.66 145453.86,572765.68 145446.0,"
                                             "572757.93 145449.86,572750.87 145450.03,572749.03 145456.8,572748.66 145462.97,"
                                             "572750.65 145469.88,572757.86 145470.31,572764.27 145470.57,572766.9 145464.67,"
                                             "572772.54 145459.83))"_ba
                                          << true;
        QTest::newRow("one-part multipolygon") << "MULTIPOLYGON (((0 0,1 0,1 1,0 1,0 0)))"_ba << true;
        QTest::newRow("repeated point") << "POLYGON ((0 0,1 0,1 0,1 1,0 1,0 0))"_ba << true;
        QTest::newRow("three points in a line on an edge") << "POLYGON ((0 0,1 0,2 0,2 2,0 2,0 0))"_ba << true;
        QTest::newRow("with a hole") << "POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))"_ba << true;
        QTest::newRow("bow-tie") << "POLYGON ((0 0,2 2,2 0,0 2,0 0))"_ba << false;
        QTest::newRow("vertex on another edge") << "POLYGON ((0 0,4 0,4 4,2 0,0 4,0 0))"_ba << false;
        QTest::newRow("ring touching itself at a vertex") << "POLYGON ((0 0,4 0,2 2,4 4,0 4,2 2,0 0))"_ba << false;
        QTest::newRow("spike back along an edge") << "POLYGON ((0 0,2 0,1 0,1 1,0 1,0 0))"_ba << false;
        QTest::newRow("no area") << "POLYGON ((0 0,1 1,2 2,0 0))"_ba << false;
        QTest::newRow("crossing near the end") << "POLYGON ((0 0,3 0,3 3,1 3,1 -1,0 -1,0 0))"_ba << false;
        QTest::newRow("two overlapping parts") << "MULTIPOLYGON (((0 0,2 0,2 2,0 2,0 0)),((1 1,3 1,3 3,1 3,1 1)))"_ba << false;
        QTest::newRow("hole outside the shell") << "POLYGON ((0 0,1 0,1 1,0 1,0 0),(5 5,5 6,6 6,6 5,5 5))"_ba << false;
    }

    void polygonVerdictIsGeos()
    {
        QFETCH(QByteArray, wkt);
        QFETCH(bool, valid);
        auto geometry = fromWkt(wkt.constData());
        QVERIFY2(geometry, wkt.constData());
        QCOMPARE(bool(geometry->IsValid()), valid); // the row says what GEOS says
        const auto result = GeometryCheck::checkAndRepair(geometry, wkbMultiPolygon);
        if (valid) {
            QCOMPARE(result.verdict, Verdict::Ok);
            return;
        }
        QVERIFY2(result.verdict == Verdict::Repaired || result.verdict == Verdict::Rejected, qPrintable(result.reason));
        QVERIFY2(!result.reason.isEmpty(), "a repair or a rejection says why");
        if (result.verdict == Verdict::Repaired)
            QVERIFY(geometry && geometry->IsValid());
    }

    void mixedCollectionReasonNamesBoth()
    {
        auto geometry = fromWkt("GEOMETRYCOLLECTION (POINT (1 2),LINESTRING (0 0,1 1))");
        const auto result = GeometryCheck::checkAndRepair(geometry, wkbPoint);
        QCOMPARE(result.verdict, Verdict::Rejected);
        QVERIFY2(result.reason.contains(u"Geometry Collection"_s) && result.reason.contains(u"Point"_s),
                 qPrintable(result.reason));
    }
};

QTEST_APPLESS_MAIN(TestGeometryCheck)
#include "tst_geometrycheck.moc"
