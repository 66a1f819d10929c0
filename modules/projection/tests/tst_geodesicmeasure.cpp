#include "GeodesicMeasure.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_GeodesicMeasure : public QObject
{
    Q_OBJECT

private slots:
    void lengths_data()
    {
        QTest::addColumn<QList<QPointF>>("points");
        QTest::addColumn<double>("metres");
        QTest::addColumn<double>("tolerance");
        // One degree of latitude around 46° N: the meridian radius of curvature there,
        // a(1−e²)/(1−e²sin²46°)^1.5 = 6,368,510 m, gives 111,152 m per degree.
        QTest::newRow("1° of meridian") << QList<QPointF>{{15.87, 45.5}, {15.87, 46.5}} << 111151.5 << 2.0;
        // Ptuj and Kicar GURS label points are 4,791.5 m apart on the D96/TM grid
        // (Δe 2,970 m, Δn 3,760 m); the grid scale there, 0.9999575, makes 4,791.7 m on
        // the ellipsoid.
        QTest::newRow("Ptuj–Kicar") << QList<QPointF>{{15.8708617, 46.4198068}, {15.9100577, 46.4533304}} << 4791.7 << 0.5;
        QTest::newRow("one point") << QList<QPointF>{{15.87, 46.42}} << 0.0 << 0.0;
        QTest::newRow("there and back") << QList<QPointF>{{15.87, 46.42}, {15.88, 46.42}, {15.87, 46.42}}
                                        << 2 * 768.8 << 1.0; // 0.01° of the 46.42° parallel: N·cosφ·Δλ = 768.9 m
    }

    void lengths()
    {
        QFETCH(QList<QPointF>, points);
        QFETCH(double, metres);
        QFETCH(double, tolerance);
        const double l = GeodesicMeasure::length(points);
        QVERIFY2(std::abs(l - metres) <= tolerance, qPrintable(QString::number(l, 'f', 2)));
    }

    // The GURS boundary's ellipsoidal area equals the official 66.58 km² of the municipality.
    void municipalityArea()
    {
        QFile f(QStringLiteral(PTUJ_GEODATA_DIR "/ptuj_obcina_boundary.geojson"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject geometry = QJsonDocument::fromJson(f.readAll())[u"features"]
                                         .toArray().first()[u"geometry"].toObject();
        QJsonArray rings = geometry[u"coordinates"].toArray();
        if (geometry[u"type"].toString() == QLatin1String("MultiPolygon"))
            rings = rings.first().toArray();
        QList<QPointF> outer;
        for (const QJsonValue &v : rings.first().toArray())
            outer.append(QPointF(v[0].toDouble(), v[1].toDouble()));
        const double km2 = GeodesicMeasure::area(outer) / 1e6;
        QVERIFY2(std::abs(km2 - 66.58) < 0.02, qPrintable(QString::number(km2, 'f', 3)));
        QVERIFY(GeodesicMeasure::perimeter(outer) > 40000);
    }

    void degenerate()
    {
        QCOMPARE(GeodesicMeasure::area({}), 0.0);
        QCOMPARE(GeodesicMeasure::area({{15, 46}, {15.1, 46}}), 0.0);
        QCOMPARE(GeodesicMeasure::length({}), 0.0);
    }
};

QTEST_GUILESS_MAIN(tst_GeodesicMeasure)
#include "tst_geodesicmeasure.moc"
