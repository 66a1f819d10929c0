#include "FeatureListExport.h"
#include "MapLayers.h"
#include "Store.h"
#include "VectorImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QGeoCoordinate>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// What lies inside an area (MapLayers::inside): points that lie in it, lines with any
// stretch in it, areas with at least half their area in it — measured with GEOS, not by
// counting outline vertices, so a shape's vertex density cannot change the answer.
class tst_MapLayersInside : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MapLayers m_layers;

    // Degrees from a corner near Ptuj, in units of 0.001°.
    static QString at(double x, double y)
    {
        return u"[%1, %2]"_s.arg(15.86 + x / 1000, 0, 'f', 6).arg(46.41 + y / 1000, 0, 'f', 6);
    }
    static QString ring(const QList<QPointF> &points)
    {
        QStringList out;
        for (const QPointF &p : points)
            out << at(p.x(), p.y());
        out << at(points.first().x(), points.first().y());
        return u"[["_s + out.join(u", "_s) + u"]]"_s;
    }
    static QString feature(const QString &name, const QString &type, const QString &coordinates)
    {
        return uR"({"type": "Feature", "properties": {"name": "%1"}, "geometry": {"type": "%2", "coordinates": %3}})"_s
            .arg(name, type, coordinates);
    }
    static QVariantList area(double x0, double y0, double x1, double y1)
    {
        QVariantList out;
        for (const QPointF &p : {QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1)})
            out << QVariant::fromValue(QGeoCoordinate(46.41 + p.y() / 1000, 15.86 + p.x() / 1000));
        return out;
    }
    QStringList namesInside(const QVariantList &polygon) const
    {
        QStringList names;
        for (const QVariant &hit : m_layers.inside(polygon))
            names << hit.toMap().value(u"label"_s).toString();
        names.sort();
        return names;
    }

private slots:
    void initTestCase()
    {
        // The query area below is the square 0–100 × 0–100.
        QList<QPointF> mostlyIn = {{10, 10}, {90, 10}, {90, 120}};
        for (int i = 1; i < 12; ++i)   // a dense outline where it leaves the square
            mostlyIn << QPointF(90 - i * 80.0 / 12, 120);
        mostlyIn << QPointF(10, 120);
        QList<QPointF> mostlyOut = {{80, 10}, {300, 10}, {300, 90}, {80, 90}};
        for (int i = 1; i < 12; ++i)   // a dense outline along the side that lies inside
            mostlyOut << QPointF(80, 90 - i * 80.0 / 12);
        const QString polygons = u"{\"type\": \"FeatureCollection\", \"features\": ["_s
            + feature(u"mostly_in"_s, u"Polygon"_s, ring(mostlyIn)) + u", "_s
            + feature(u"mostly_out"_s, u"Polygon"_s, ring(mostlyOut)) + u"]}"_s;
        const QString roads = u"{\"type\": \"FeatureCollection\", \"features\": ["_s
            + feature(u"crossing_road"_s, u"LineString"_s, u"["_s + at(-50, 50) + u", "_s + at(150, 50) + u"]"_s) + u", "_s
            + feature(u"road_outside"_s, u"LineString"_s, u"["_s + at(-50, 150) + u", "_s + at(150, 150) + u"]"_s) + u"]}"_s;
        const QString schools = u"{\"type\": \"FeatureCollection\", \"features\": ["_s
            + feature(u"school_inside"_s, u"Point"_s, at(50, 50)) + u", "_s
            + feature(u"school_outside"_s, u"Point"_s, at(150, 50)) + u"]}"_s;
        const QList<std::pair<QString, QString>> files = {{u"areas"_s, polygons}, {u"roads"_s, roads}, {u"schools"_s, schools}};
        for (const auto &[name, text] : files) {
            QFile f(m_dir.filePath(name + u".geojson"_s));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        QString error;
        auto store = Store::open(m_dir.filePath(u"s.gpkg"_s), Store::Mode::Create, &error);
        QVERIFY2(store, qPrintable(error));
        for (const auto &[name, text] : files) {
            const auto results = VectorImporter({.source = m_dir.filePath(name + u".geojson"_s), .domain = u"water"_s,
                                                 .layer = name}).run(*store);
            QVERIFY(!results.isEmpty() && results.first().ok);
        }
        store.reset();

        QSignalSpy status(&m_layers, &MapLayers::statusChanged);
        m_layers.setStorePath(m_dir.filePath(u"s.gpkg"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_layers.status() == MapLayers::Ready || m_layers.status() == MapLayers::Error, 20000);
        QCOMPARE(m_layers.status(), MapLayers::Ready);
    }

    void byAreaNotByVertices()
    {
        // mostly_in has 82 % of its area in the square but most outline vertices outside;
        // mostly_out has most vertices in the square but 9 % of its area.
        QCOMPARE(namesInside(area(0, 0, 100, 100)),
                 (QStringList{u"crossing_road"_s, u"mostly_in"_s, u"school_inside"_s}));
    }

    void halfTheAreaIsEnough()
    {
        // 0–100 × 0–65 holds exactly half of mostly_in (10–90 × 10–120: 55 of 110 units high).
        QVERIFY(namesInside(area(0, 0, 100, 65.001)).contains(u"mostly_in"_s));
        QVERIFY(!namesInside(area(0, 0, 100, 60)).contains(u"mostly_in"_s));
    }

    void aDistanceBandAddsWhatIsNearWithItsDistance()
    {
        // school_outside stands at x = 150: 0.0005° of longitude (about 38 m) east of this area.
        const QVariantList polygon = area(0, 0, 149.5, 100);
        QVERIFY(!namesInside(polygon).contains(u"school_outside"_s));
        QVERIFY(!m_layers.inside(polygon, 25).isEmpty());
        for (const QVariant &hit : m_layers.inside(polygon, 25))
            QVERIFY(hit.toMap().value(u"label"_s) != u"school_outside"_s);

        const QVariantList near = m_layers.inside(polygon, 50);
        QStringList order;
        double distance = -1;
        for (const QVariant &v : near) {
            const QVariantMap hit = v.toMap();
            order << hit.value(u"label"_s).toString();
            if (hit.value(u"label"_s) == u"school_outside"_s) {
                distance = hit.value(u"distance"_s).toDouble();
                QVERIFY(hit.value(u"near"_s).toBool());
            } else {
                QCOMPARE(hit.value(u"distance"_s).toDouble(), 0.0);
            }
        }
        QVERIFY2(distance > 33 && distance < 43, qPrintable(QString::number(distance)));
        // Points first, inside before near; the road that crosses stays a line after them.
        QCOMPARE(order.mid(0, 2), (QStringList{u"school_inside"_s, u"school_outside"_s}));
        QVERIFY(order.contains(u"crossing_road"_s));
        // The road 50 units north (about 5.5 km) is not near.
        QVERIFY(!order.contains(u"road_outside"_s));
    }

    void aBandCountsAreasWithMostOfTheirAreaWithinIt()
    {
        // 0–100 × 0–64 holds 49 % of mostly_in; grown by 200 m (1.8 units north) over half.
        const QVariantList polygon = area(0, 0, 100, 64);
        QVERIFY(!namesInside(polygon).contains(u"mostly_in"_s));
        bool found = false;
        for (const QVariant &v : m_layers.inside(polygon, 200)) {
            const QVariantMap hit = v.toMap();
            if (hit.value(u"label"_s) == u"mostly_in"_s) {
                found = true;
                QVERIFY(hit.value(u"near"_s).toBool());
                QCOMPARE(hit.value(u"distance"_s).toDouble(), 0.0);   // it overlaps the area
            }
        }
        QVERIFY(found);
        // A band wider than the cap is taken as the cap, a nonsense band as none.
        QCOMPARE(m_layers.inside(polygon, qQNaN()).size(), m_layers.inside(polygon).size());
    }

    void theListSavesAsCsvAndGeoJson()
    {
        const QVariantList hits = m_layers.inside(area(0, 0, 149.5, 100), 50);
        const QList<FeatureListExport::Row> rows = FeatureListExport::rowsOf(m_layers, hits);
        QCOMPARE(rows.size(), hits.size());

        QString error;
        const QString csvPath = m_dir.filePath(u"list.csv"_s);
        QVERIFY2(FeatureListExport::write(csvPath, FeatureListExport::Format::Csv, rows, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), hits.size() + 1);
        QVERIFY(lines.first().startsWith(u"layer,layer_title_sl,layer_title_en,fid,name,distance_m,lon,lat,name"_s));
        bool sawNear = false;
        for (const QString &line : lines.mid(1)) {
            const QStringList cells = line.split(u',');
            if (cells.value(4) == u"school_outside"_s) {
                sawNear = true;
                QVERIFY(cells.value(5).toDouble() > 33);
                QCOMPARE(cells.value(6).toDouble(), 15.86 + 0.150);
            }
        }
        QVERIFY(sawNear);

        const QString jsonPath = m_dir.filePath(u"list.geojson"_s);
        QVERIFY2(FeatureListExport::write(jsonPath, FeatureListExport::Format::GeoJson, rows, &error), qPrintable(error));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray features = QJsonDocument::fromJson(json.readAll()).object().value(u"features"_s).toArray();
        QCOMPARE(features.size(), hits.size());
        QStringList types;
        for (const QJsonValue &f : features)
            types << f.toObject().value(u"geometry"_s).toObject().value(u"type"_s).toString();
        QVERIFY(types.contains(u"Point"_s));
        QVERIFY(types.contains(u"LineString"_s));
    }

    void aSavedListNeitherRunsFormulasNorReportsAFailedWriteAsDone()
    {
        FeatureListExport::Row row;
        row.layer = u"reports"_s;
        row.label = u"=HYPERLINK(\"http://x\",\"klik\")"_s;
        row.fields = {{u"note"_s, u"Opomba"_s, u"Note"_s, u"+1 the pothole, \"big\""_s}, {u"depth"_s, {}, {}, u"-5"_s}};
        const QString csv = QString::fromUtf8(FeatureListExport::toCsv({row}).mid(3));
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).contains(u"\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\""_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(u"\"'+1 the pothole, \"\"big\"\"\""_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).endsWith(u",-5"_s), qPrintable(lines.at(1)));   // a number stays a number

        QString error;
        const QString nowhere = m_dir.filePath(u"no/such/folder/list.csv"_s);
        QVERIFY(!FeatureListExport::write(nowhere, FeatureListExport::Format::Csv, {row}, &error));
        QVERIFY(error.contains(u"no/such/folder"_s));
        QVERIFY(!QFile::exists(nowhere));
    }

    void nothingInAnEmptyCorner()
    {
        QCOMPARE(namesInside(area(400, 400, 500, 500)), QStringList());
        QCOMPARE(namesInside(area(0, 0, 1, 1).mid(0, 2)), QStringList());   // not an area
    }
};

QTEST_MAIN(tst_MapLayersInside)
#include "tst_maplayersinside.moc"
