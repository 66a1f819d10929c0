#include "VectorFileReader.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString geodata(const QString &name)
{
    return QStringLiteral(PTUJ_GEODATA_DIR "/") + name;
}

double ringArea(const GeoRing &ring)
{
    double twice = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        twice += ring[j].x() * ring[i].y() - ring[i].x() * ring[j].y();
    return std::abs(twice) / 2;
}

double polygonArea(const GeoPolygon &polygon)
{
    double area = ringArea(polygon.value(0));
    for (qsizetype i = 1; i < polygon.size(); ++i)
        area -= ringArea(polygon[i]);
    return area;
}

} // namespace

class tst_VectorFileReader : public QObject
{
    Q_OBJECT

private slots:
    // The GURS boundary, projected to D96/TM, has the official area of 66.58 km²
    // (grid scale near Ptuj changes an area by less than 0.01 %).
    void boundaryArea()
    {
        QString error;
        const auto data = VectorFileReader::read(geodata(u"ptuj_obcina_boundary.geojson"_s),
                                                 {.targetCrs = u"EPSG:3794"_s}, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->sourceCrs, u"EPSG:4326"_s);
        QCOMPARE(data->features.size(), 1);
        double area = 0;
        for (const GeoPolygon &p : data->features.first().polygons)
            area += polygonArea(p);
        QVERIFY2(std::abs(area / 1e6 - 66.58) < 0.05, qPrintable(QString::number(area / 1e6)));
        // D96/TM extent of the municipality: roughly E 558–576 km, N 137–152 km.
        QVERIFY(data->extent.left() > 555000 && data->extent.right() < 580000);
        QVERIFY(data->extent.top() > 135000 && data->extent.bottom() < 155000);
    }

    void districtsKeepNamesAndDiacritics()
    {
        QString error;
        const auto data = VectorFileReader::read(geodata(u"ptuj_cetrti_ODO_CM.geojson"_s), {}, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->features.size(), 8);
        QSet<QString> names;
        for (const GeoFeature &f : data->features) {
            QVERIFY(!f.polygons.isEmpty());
            names.insert(f.attributes.value(u"ODO_UIME"_s).toString());
        }
        QVERIFY(names.contains(u"Četrt Center"_s));
        QVERIFY(names.contains(u"Četrt Breg-Turnišče"_s));
        // Longitude first whatever the CRS's axis order says.
        QVERIFY(data->extent.left() > 15.7 && data->extent.right() < 16.0);
        QVERIFY(data->extent.top() > 46.3 && data->extent.bottom() < 46.6);
    }

    void settlementPoints()
    {
        QString error;
        const auto data = VectorFileReader::read(geodata(u"ptuj_naselja_points.geojson"_s), {}, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->features.size(), 10);
        bool found = false;
        for (const GeoFeature &f : data->features) {
            QCOMPARE(f.points.size(), 1);
            if (f.attributes.value(u"NA_UIME"_s).toString() == u"Grajenščak"_s)
                found = true;
        }
        QVERIFY(found);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated GeoJSON")
            << QByteArray("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Po")
            << u"broken.geojson"_s << u"not a vector file GDAL can read"_s;
        QTest::newRow("empty file") << QByteArray() << u"empty.geojson"_s << u"not a vector file GDAL can read"_s;
        QTest::newRow("CSV without CRS") << QByteArray("name,x,y\na,1,2\n") << u"plain.csv"_s
                                         << u"does not say which coordinate reference system"_s;
    }

    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fileName);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QFile file(dir.filePath(fileName));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString error;
        QVERIFY(!VectorFileReader::read(file.fileName(), {}, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void missingFile()
    {
        QString error;
        QVERIFY(!VectorFileReader::read(u"/nonexistent/ptuj.geojson"_s, {}, &error));
        QVERIFY(error.contains(u"does not exist"_s));
    }

    void unknownLayer()
    {
        QString error;
        QVERIFY(!VectorFileReader::read(geodata(u"ptuj_naselja_points.geojson"_s), {.layer = u"roads"_s}, &error));
        QVERIFY(error.contains(u"no layer named roads"_s));
    }

    void cancelled()
    {
        std::atomic_bool cancel = true;
        QString error;
        QVERIFY(!VectorFileReader::read(geodata(u"ptuj_aed_osm.geojson"_s), {.cancel = &cancel}, &error));
        QCOMPARE(error, u"cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(tst_VectorFileReader)
#include "tst_vectorfilereader.moc"
