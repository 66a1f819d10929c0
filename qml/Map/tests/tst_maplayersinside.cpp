#include "MapLayers.h"
#include "Store.h"
#include "VectorImporter.h"

#include <QFile>
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

    void nothingInAnEmptyCorner()
    {
        QCOMPARE(namesInside(area(400, 400, 500, 500)), QStringList());
        QCOMPARE(namesInside(area(0, 0, 1, 1).mid(0, 2)), QStringList());   // not an area
    }
};

QTEST_MAIN(tst_MapLayersInside)
#include "tst_maplayersinside.moc"
