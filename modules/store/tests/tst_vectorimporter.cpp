#include "FeatureQuery.h"
#include "LayerImport.h"
#include "ReportSchema.h"
#include "SchemaRegistry.h"
#include "Store.h"
#include "SqliteStatement.h"
#include "StoreTestUtils.h"
#include "VectorImporter.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using StoreTestUtils::Feature;

namespace {

// Three settlement label points (GURS) in WGS84 and in D96/TM.
const std::vector<Feature> kWgs84Points = {
    {u"POINT (15.8708617 46.4198068)"_s, {{u"name"_s, u"Ptuj"_s}, {u"rank"_s, 1}}},
    {u"POINT (15.9100577 46.4533304)"_s, {{u"name"_s, u"Kicar"_s}, {u"rank"_s, 2}}},
    {u"POINT (15.83066 46.4795759)"_s, {{u"name"_s, u"Grajenščak"_s}, {u"rank"_s, 3}}},
};
const std::vector<Feature> kD96Points = {
    {u"POINT (566941 142604)"_s, {{u"name"_s, u"Ptuj"_s}, {u"rank"_s, 1}}},
    {u"POINT (569911 146364)"_s, {{u"name"_s, u"Kicar"_s}, {u"rank"_s, 2}}},
    {u"POINT (563781 149214)"_s, {{u"name"_s, u"Grajenščak"_s}, {u"rank"_s, 3}}},
};

QList<ImportReport> import(Store &store, const ImportOptions &options)
{
    return VectorImporter(options).run(store);
}

// All features of a layer, with attributes, through the store's R-tree.
QList<GeoFeature> allFeatures(Store &store, const QString &layer, const QString &crs)
{
    FeatureQuery q(store);
    const QRectF everything = crs == u"EPSG:4326"_s ? QRectF(QPointF(13, 45), QPointF(17, 47.5))
                                                     : QRectF(QPointF(300000, 0), QPointF(700000, 250000));
    return q.run(layer, everything, crs).features;
}

QStringList names(const QList<GeoFeature> &features)
{
    QStringList out;
    for (const GeoFeature &f : features)
        // KML calls its name field "Name".
        out.append(f.attributes.value(f.attributes.contains(u"Name"_s) ? u"Name"_s : u"name"_s).toString());
    out.sort();
    return out;
}

} // namespace

class tst_VectorImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The stores of these tests have the reports' tables too, as the console's do.
        QVERIFY(SchemaRegistry::global().add(ReportSchema::migrations()));
    }

    void formats_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<int>("epsg");
        QTest::addColumn<QStringList>("layerOptions");
        QTest::addColumn<QString>("expectedCrs");
        QTest::newRow("GeoJSON") << u"points.geojson"_s << u"GeoJSON"_s << 4326 << QStringList() << u"EPSG:4326"_s;
        QTest::newRow("GeoPackage") << u"points.gpkg"_s << u"GPKG"_s << 3794 << QStringList() << u"EPSG:3794"_s;
        QTest::newRow("Shapefile UTF-8") << u"points.shp"_s << u"ESRI Shapefile"_s << 3794
                                         << QStringList{u"ENCODING=UTF-8"_s} << u"EPSG:3794"_s;
        QTest::newRow("Shapefile CP1250") << u"points.shp"_s << u"ESRI Shapefile"_s << 3794
                                          << QStringList{u"ENCODING=CP1250"_s} << u"EPSG:3794"_s;
        QTest::newRow("KML") << u"points.kml"_s << u"KML"_s << 4326 << QStringList() << u"EPSG:4326"_s;
        QTest::newRow("KMZ") << u"points.kmz"_s << u"LIBKML"_s << 4326 << QStringList() << u"EPSG:4326"_s;
        QTest::newRow("GML") << u"points.gml"_s << u"GML"_s << 3794 << QStringList() << u"EPSG:3794"_s;
        QTest::newRow("FlatGeobuf") << u"points.fgb"_s << u"FlatGeobuf"_s << 3794 << QStringList() << u"EPSG:3794"_s;
    }

    void formats()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, driver);
        QFETCH(int, epsg);
        QFETCH(QStringList, layerOptions);
        QFETCH(QString, expectedCrs);
        QTemporaryDir dir;
        const QString file = dir.filePath(fileName);
        QVERIFY(StoreTestUtils::writeVectorFile(file, driver.toUtf8().constData(), epsg, wkbPoint,
                                                epsg == 4326 ? kWgs84Points : kD96Points, layerOptions, u"naselja"_s));
        QString error;
        auto store = Store::open(dir.filePath(u"store.gpkg"_s), Store::Mode::Create, &error);
        QVERIFY2(store, qPrintable(error));
        const auto reports = import(*store, {.source = file, .domain = u"administration"_s, .layer = u"naselja"_s});
        QCOMPARE(reports.size(), 1);
        QVERIFY2(reports.first().ok, qPrintable(reports.first().error));
        QCOMPARE(reports.first().imported, 3);
        QCOMPARE(reports.first().rejected, 0);
        QCOMPARE(reports.first().crs, expectedCrs);
        const auto features = allFeatures(*store, u"naselja"_s, expectedCrs);
        QCOMPARE(names(features), (QStringList{u"Grajenščak"_s, u"Kicar"_s, u"Ptuj"_s}));
        const auto entry = store->catalogueEntry(u"naselja"_s);
        QVERIFY(entry);
        QCOMPARE(entry->featureCount, 3);
        QCOMPARE(entry->domain, u"administration"_s);
        QCOMPARE(entry->crs, expectedCrs);
    }

    void csv_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("x/y") << QByteArray("name,x,y\nPtuj,566941,142604\nKicar,569911,146364\nGrajenščak,563781,149214\n");
        QTest::newRow("easting/northing") << QByteArray("easting;northing;name\n566941;142604;Ptuj\n569911;146364;Kicar\n"
                                                        "563781;149214;Grajenščak\n");
        QTest::newRow("WKT") << QByteArray("wkt,name\n\"POINT (566941 142604)\",Ptuj\n\"POINT (569911 146364)\",Kicar\n"
                                           "\"POINT (563781 149214)\",Grajenščak\n");
    }

    void csv()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"naselja.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString error;
        auto store = Store::open(dir.filePath(u"store.gpkg"_s), Store::Mode::Create, &error);
        const auto reports = import(*store, {.source = file.fileName(), .domain = u"administration"_s,
                                             .sourceCrs = u"EPSG:3794"_s});
        QVERIFY2(reports.first().ok, qPrintable(reports.first().error));
        QCOMPARE(reports.first().layer, u"naselja"_s);
        QCOMPARE(reports.first().imported, 3);
        QCOMPARE(names(allFeatures(*store, u"naselja"_s, u"EPSG:3794"_s)),
                 (QStringList{u"Grajenščak"_s, u"Kicar"_s, u"Ptuj"_s}));
    }

    void geopackageWithSeveralLayers()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"two.gpkg"_s);
        QVERIFY(StoreTestUtils::writeVectorFile(file, "GPKG", 3794, wkbPoint, kD96Points, {}, u"tocke"_s));
        QVERIFY(StoreTestUtils::writeVectorFile(file, "GPKG", 3794, wkbPolygon,
                                                {{u"POLYGON ((566000 142000, 567000 142000, 567000 143000, 566000 142000))"_s,
                                                  {{u"name"_s, u"trikotnik"_s}}}},
                                                {}, u"obmocja"_s, true));
        QString error;
        auto store = Store::open(dir.filePath(u"store.gpkg"_s), Store::Mode::Create, &error);
        const auto reports = import(*store, {.source = file, .domain = u"environment"_s});
        QCOMPARE(reports.size(), 2);
        QVERIFY(reports[0].ok && reports[1].ok);
        // Every store also holds the citizen reports' point layer (the reports' schema step 1).
        QCOMPARE(store->layerNames(), (QStringList{u"obmocja"_s, u"reports"_s, u"tocke"_s}));
        QCOMPARE(store->catalogueEntry(u"obmocja"_s)->geometryType, u"Multi Polygon"_s);

        // One of them only, under another name.
        const auto one = import(*store, {.source = file, .domain = u"environment"_s, .layer = u"samo_tocke"_s,
                                         .sourceLayer = u"tocke"_s});
        QVERIFY2(one.first().ok, qPrintable(one.first().error));
        QCOMPARE(one.first().imported, 3);
        // --layer with several source layers is ambiguous.
        const auto ambiguous = import(*store, {.source = file, .domain = u"environment"_s, .layer = u"x"_s});
        QVERIFY(!ambiguous.first().ok);
        QVERIFY(ambiguous.first().error.contains(u"--source-layer"_s));
    }

    // D48/GK → D96/TM with PROJ's best available operation. Control: the EPSG regional
    // transformation for Maribor and Ptuj, "D48/GK to D96/TM (22)" (EPSG:3959, stated
    // accuracy 0.2 m), maps 568000 / 142000 to 567631.063 / 142483.858. A datum-less
    // conversion would be hundreds of metres off.
    void d48IsConvertedToD96()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"d48.shp"_s);
        QVERIFY(StoreTestUtils::writeVectorFile(file, "ESRI Shapefile", 3912, wkbPoint,
                                                {{u"POINT (568000 142000)"_s, {{u"name"_s, u"kontrolna"_s}}}}));
        QString error;
        auto store = Store::open(dir.filePath(u"store.gpkg"_s), Store::Mode::Create, &error);
        const auto reports = import(*store, {.source = file, .domain = u"administration"_s, .layer = u"d48"_s});
        QVERIFY2(reports.first().ok, qPrintable(reports.first().error));
        QCOMPARE(reports.first().sourceCrs, u"EPSG:3912"_s);
        QCOMPARE(reports.first().crs, u"EPSG:3794"_s);
        QVERIFY2(reports.first().transformation.contains(u"D48/GK to D96/TM"_s)
                     || reports.first().transformation.contains(u"Slovenia 1996"_s),
                 qPrintable(reports.first().transformation));
        const auto features = allFeatures(*store, u"d48"_s, u"EPSG:3794"_s);
        QCOMPARE(features.size(), 1);
        const QPointF p = features.first().points.first();
        QVERIFY2(std::abs(p.x() - 567631.063) < 0.2 && std::abs(p.y() - 142483.858) < 0.2,
                 qPrintable(u"%1 %2"_s.arg(p.x(), 0, 'f', 3).arg(p.y(), 0, 'f', 3)));
    }

    // A surveyor's Shapefile: D48/GK parcels with CP1250 text. The simple parcel passes the
    // quick ring check, the bow-tie still goes to GEOS and is repaired with its reason; the
    // letters and the D96/TM coordinates are right (control point as in d48IsConvertedToD96).
    void d48Cp1250ParcelsKeepLettersAndRepairs()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"parcele.shp"_s);
        QVERIFY(StoreTestUtils::writeVectorFile(
            file, "ESRI Shapefile", 3912, wkbPolygon,
            {{u"POLYGON ((568000 142000,568010 142000,568012 142008,568003 142011,568000 142000))"_s,
              {{u"owner"_s, u"Čeh Žiga"_s}, {u"locality"_s, u"Žabjak"_s}}},
             {u"POLYGON ((568100 142100,568110 142110,568110 142100,568100 142110,568100 142100))"_s,
              {{u"owner"_s, u"Šalamun"_s}, {u"locality"_s, u"Štuki"_s}}}},
            {u"ENCODING=CP1250"_s}));
        QString error;
        auto store = Store::open(dir.filePath(u"store.gpkg"_s), Store::Mode::Create, &error);
        QVERIFY2(store, qPrintable(error));
        const auto reports = import(*store, {.source = file, .domain = u"agriculture"_s, .layer = u"parcele"_s});
        QVERIFY2(reports.first().ok, qPrintable(reports.first().error));
        QCOMPARE(reports.first().crs, u"EPSG:3794"_s);
        QCOMPARE(reports.first().imported, 2);
        QCOMPARE(reports.first().rejected, 0);
        QCOMPARE(reports.first().repaired, 1);
        QVERIFY2(reports.first().repairs.first().reason.contains(u"make-valid"_s),
                 qPrintable(reports.first().repairs.first().reason));
        const auto features = allFeatures(*store, u"parcele"_s, u"EPSG:3794"_s);
        QCOMPARE(features.size(), 2);
        QStringList text;
        for (const GeoFeature &f : features)
            text.append(f.attributes.value(u"owner"_s).toString() + u'/' + f.attributes.value(u"locality"_s).toString());
        text.sort();
        QCOMPARE(text, (QStringList{u"Čeh Žiga/Žabjak"_s, u"Šalamun/Štuki"_s}));
        const GeoFeature &parcel = features.first().attributes.value(u"locality"_s) == u"Žabjak"_s ? features.first()
                                                                                                  : features.last();
        const QRectF box = *parcel.bounds();
        QVERIFY2(std::abs(box.left() - 567631.063) < 0.2 && std::abs(box.top() - 142483.858) < 0.2,
                 qPrintable(u"%1 %2"_s.arg(box.left(), 0, 'f', 3).arg(box.top(), 0, 'f', 3)));
    }

    void otherCrsIsKept()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"utm.gpkg"_s);
        // ETRS89 / UTM 33N: not D48, so it stays as it is.
        QVERIFY(StoreTestUtils::writeVectorFile(file, "GPKG", 25833, wkbPoint, {{u"POINT (567000 5142000)"_s, {{u"name"_s, u"x"_s}}}}));
        QString error;
        auto store = Store::open(dir.filePath(u"store.gpkg"_s), Store::Mode::Create, &error);
        const auto reports = import(*store, {.source = file, .domain = u"administration"_s});
        QVERIFY2(reports.first().ok, qPrintable(reports.first().error));
        QCOMPARE(reports.first().crs, u"EPSG:25833"_s);
        QVERIFY(reports.first().transformation.isEmpty());
        // A wrong --source-crs (here: WGS84 for metres) puts the data outside Slovenia: warned.
        const auto wrong = import(*store, {.source = file, .domain = u"administration"_s, .layer = u"wrong"_s,
                                           .sourceCrs = u"EPSG:3857"_s});
        QVERIFY(wrong.first().ok);
        QCOMPARE(wrong.first().outsideSlovenia, 1);
        QVERIFY(wrong.first().warnings.join(u' ').contains(u"outside Slovenia"_s));
    }

    void geometriesAreCheckedAndRepaired()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"polygons.gpkg"_s);
        QVERIFY(StoreTestUtils::writeVectorFile(
            file, "GPKG", 3794, wkbPolygon,
            {
                {u"POLYGON ((566000 142000, 567000 142000, 567000 143000, 566000 143000, 566000 142000))"_s, {{u"name"_s, u"kvadrat"_s}}},
                // A bow-tie: self-intersecting, make-valid splits it into two triangles.
                {u"POLYGON ((566000 142000, 567000 143000, 567000 142000, 566000 143000, 566000 142000))"_s, {{u"name"_s, u"metulj"_s}}},
                {QString(), {{u"name"_s, u"brez geometrije"_s}}},
                {u"POLYGON EMPTY"_s, {{u"name"_s, u"prazen"_s}}},
            }));
        QString error;
        auto store = Store::open(dir.filePath(u"store.gpkg"_s), Store::Mode::Create, &error);
        const auto reports = import(*store, {.source = file, .domain = u"environment"_s, .layer = u"p"_s});
        const ImportReport &r = reports.first();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.imported, 4);
        QCOMPARE(r.repaired, 1);
        QCOMPARE(r.repairs.first().reason, u"invalid polygon (self-intersection or bad ring) repaired with make-valid"_s);
        QCOMPARE(r.emptyGeometry, 2);
        QCOMPARE(r.rejected, 0);
        QVERIFY(r.warnings.join(u' ').contains(u"have no geometry"_s));
    }

    void brokenLinesAreRejectedWithAReason()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"lines.gpkg"_s);
        QVERIFY(StoreTestUtils::writeVectorFile(file, "GPKG", 3794, wkbLineString,
                                                {
                                                    {u"LINESTRING (566000 142000, 567000 143000)"_s, {{u"name"_s, u"cesta"_s}}},
                                                    {u"LINESTRING (566000 142000, 566000 142000)"_s, {{u"name"_s, u"tocka"_s}}},
                                                }));
        QString error;
        auto store = Store::open(dir.filePath(u"store.gpkg"_s), Store::Mode::Create, &error);
        const ImportReport r = import(*store, {.source = file, .domain = u"mobility"_s}).first();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.rejects.first().sourceFid, 2);
        QVERIFY(r.rejects.first().reason.contains(u"fewer than two distinct points"_s));
    }

    void attributeTypesArePreserved()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"types.gpkg"_s);
        QVERIFY(StoreTestUtils::writeVectorFile(file, "GPKG", 3794, wkbPoint,
                                                {{u"POINT (566941 142604)"_s,
                                                  {{u"name"_s, u"Šolska ulica – Ž"_s}, {u"count"_s, 42},
                                                   {u"big"_s, qint64(1) << 40}, {u"level"_s, 2.5},
                                                   {u"since"_s, QDate(2023, 5, 17)}}}}));
        QString error;
        auto store = Store::open(dir.filePath(u"store.gpkg"_s), Store::Mode::Create, &error);
        QVERIFY(import(*store, {.source = file, .domain = u"water"_s, .layer = u"t"_s}).first().ok);
        const auto f = allFeatures(*store, u"t"_s, u"EPSG:3794"_s).value(0);
        QCOMPARE(f.attributes.value(u"name"_s).toString(), u"Šolska ulica – Ž"_s);
        QCOMPARE(f.attributes.value(u"count"_s).toLongLong(), 42);
        QCOMPARE(f.attributes.value(u"big"_s).toLongLong(), qint64(1) << 40);
        QCOMPARE(f.attributes.value(u"level"_s).toDouble(), 2.5);
        QCOMPARE(f.attributes.value(u"since"_s).toString(), u"2023-05-17"_s);
    }

    void catalogueAndStyleAreWritten()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"points.geojson"_s);
        QVERIFY(StoreTestUtils::writeVectorFile(file, "GeoJSON", 4326, wkbPoint, kWgs84Points));
        QString error;
        auto store = Store::open(dir.filePath(u"store.gpkg"_s), Store::Mode::Create, &error);
        const QJsonObject metadata{{u"title_sl"_s, u"Naselja"_s}, {u"title_en"_s, u"Settlements"_s},
                                   {u"owner"_s, u"GURS"_s}, {u"licence"_s, u"CC BY 4.0"_s},
                                   {u"users"_s, QJsonArray{u"Civilna zaščita"_s}}};
        QVERIFY(import(*store, {.source = file, .domain = u"protection"_s, .layer = u"naselja"_s, .metadata = metadata}).first().ok);
        const auto e = store->catalogueEntry(u"naselja"_s);
        QCOMPARE(e->titleSl, u"Naselja"_s);
        QCOMPARE(e->titleEn, u"Settlements"_s);
        QCOMPARE(e->owner, u"GURS"_s);
        QCOMPARE(e->users, QStringList{u"Civilna zaščita"_s});
        QCOMPARE(e->format, u"GeoJSON"_s);
        QVERIFY(e->extent.contains(QPointF(15.87, 46.43)));
        QVERIFY(e->importedAt.isValid());

        // The style QGIS reads: the protection domain's colour, in both QML and SLD.
        const QByteArray hash = StoreTestUtils::contentHash(store->path());
        QVERIFY(!hash.isEmpty());
        GDALDataset *ds = store->dataset();
        OGRLayer *styles = ds->ExecuteSQL("SELECT styleQML, styleSLD, useAsDefault FROM layer_styles WHERE f_table_name = 'naselja'", nullptr, nullptr);
        QVERIFY(styles);
        std::unique_ptr<OGRFeature> row(styles->GetNextFeature());
        QVERIFY(row);
        QVERIFY(QString::fromUtf8(row->GetFieldAsString(0)).contains(u"SimpleMarker"_s));
        QVERIFY(QString::fromUtf8(row->GetFieldAsString(1)).contains(u"#d35400"_s));
        QCOMPARE(row->GetFieldAsInteger(2), 1);
        ds->ReleaseResultSet(styles);

        // Editing the catalogue; unknown fields are refused with the list of known ones.
        QVERIFY2(store->updateCatalogue(u"naselja"_s, {{u"update_interval"_s, u"letno"_s}}, &error), qPrintable(error));
        QCOMPARE(store->catalogueEntry(u"naselja"_s)->updateInterval, u"letno"_s);
        QVERIFY(!store->updateCatalogue(u"naselja"_s, {{u"colour"_s, u"red"_s}}, &error));
        QVERIFY(error.contains(u"editable fields"_s));
    }

    void importLogRecordsWhenTheImportStarted()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"points.geojson"_s);
        QVERIFY(StoreTestUtils::writeVectorFile(file, "GeoJSON", 4326, wkbPoint, kWgs84Points));
        QString error;
        auto store = Store::open(dir.filePath(u"store.gpkg"_s), Store::Mode::Create, &error);
        QVERIFY2(store, qPrintable(error));
        // A moment taken while the import runs: the start must lie before it and the end
        // after it. The short sleep only keeps that moment apart from the end on a
        // millisecond clock; nothing here measures how long the import takes.
        QDateTime during;
        VectorImporter importer({.source = file, .domain = u"protection"_s, .layer = u"naselja"_s});
        importer.setProgress([&during](qint64, qint64) {
            if (!during.isValid()) {
                during = QDateTime::currentDateTimeUtc();
                QTest::qSleep(5);
            }
        });
        QVERIFY(importer.run(*store).first().ok);
        QVERIFY(during.isValid());
        SqliteStatement q(store->db(), "SELECT started_at, finished_at FROM ptuj_import_log WHERE layer = 'naselja'");
        QVERIFY(q.next());
        const QDateTime started = QDateTime::fromString(q.text(0), Qt::ISODateWithMs);
        const QDateTime finished = QDateTime::fromString(q.text(1), Qt::ISODateWithMs);
        QVERIFY(started.isValid() && finished.isValid());
        QVERIFY2(started <= during, qPrintable(q.text(0)));
        QVERIFY2(during < finished, qPrintable(q.text(1)));
    }

    void replaceIsAtomic()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"points.geojson"_s);
        QVERIFY(StoreTestUtils::writeVectorFile(file, "GeoJSON", 4326, wkbPoint, kWgs84Points));
        QString error;
        auto store = Store::open(dir.filePath(u"store.gpkg"_s), Store::Mode::Create, &error);
        QVERIFY(import(*store, {.source = file, .domain = u"water"_s, .layer = u"a"_s}).first().ok);
        const auto again = import(*store, {.source = file, .domain = u"water"_s, .layer = u"a"_s});
        QVERIFY(!again.first().ok);
        QVERIFY(again.first().error.contains(u"--replace"_s));
        const auto replaced = import(*store, {.source = file, .domain = u"energy"_s, .layer = u"a"_s, .replace = true});
        QVERIFY2(replaced.first().ok, qPrintable(replaced.first().error));
        QCOMPARE(store->catalogueEntry(u"a"_s)->domain, u"energy"_s);
        QCOMPARE(allFeatures(*store, u"a"_s, u"EPSG:4326"_s).size(), 3);
    }

    // An import writes with the rollback journal when it has the store to itself and leaves
    // it in WAL mode; while another connection (the map) reads, it stays in WAL and does not
    // wait for that reader.
    void importJournalModeFollowsTheReaders()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"points.geojson"_s);
        QVERIFY(StoreTestUtils::writeVectorFile(file, "GeoJSON", 4326, wkbPoint, kWgs84Points));
        const QString path = dir.filePath(u"store.gpkg"_s);
        QString error;
        auto store = Store::open(path, Store::Mode::Create, &error);
        QVERIFY2(store, qPrintable(error));
        const auto journalMode = [&] {
            SqliteStatement q(store->db(), "PRAGMA journal_mode");
            return q.next() ? q.text(0) : QString();
        };
        QCOMPARE(journalMode(), u"wal"_s);
        QVERIFY(import(*store, {.source = file, .domain = u"water"_s, .layer = u"alone"_s}).first().ok);
        QCOMPARE(journalMode(), u"wal"_s);

        auto reader = Store::open(path, Store::Mode::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(allFeatures(*reader, u"alone"_s, u"EPSG:4326"_s).size(), 3);
        const auto shared = import(*store, {.source = file, .domain = u"water"_s, .layer = u"shared"_s});
        QVERIFY2(shared.first().ok, qPrintable(shared.first().error));
        QCOMPARE(journalMode(), u"wal"_s);
        QCOMPARE(allFeatures(*reader, u"shared"_s, u"EPSG:4326"_s).size(), 3);
        QVERIFY(!QFileInfo::exists(path + u"-journal"_s));
    }

    // The D96/TM box behind the "outside Slovenia" hint is a constant; it must be PROJ's.
    void sloveniaBoxInD96IsProjs()
    {
        OGRSpatialReference d96;
        d96.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        QCOMPARE(d96.importFromEPSG(3794), OGRERR_NONE);
        const OGREnvelope constant = LayerImport::sloveniaBoxIn(d96, u"EPSG:3794"_s);
        const OGREnvelope proj = LayerImport::sloveniaBoxIn(d96, QString()); // no code: asks PROJ
        QVERIFY(proj.IsInit());
        QVERIFY2(constant.Contains(proj), "the constant box must hold PROJ's");
        QVERIFY(std::abs(constant.MinX - proj.MinX) < 1 && std::abs(constant.MinY - proj.MinY) < 1);
        QVERIFY(std::abs(constant.MaxX - proj.MaxX) < 1 && std::abs(constant.MaxY - proj.MaxY) < 1);
    }

    void sanitizeLayerName_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("diacritics") << u"Čistilne naprave – Ptuj"_s << u"cistilne_naprave_ptuj"_s;
        QTest::newRow("đ") << u"Đurđevac"_s << u"durdevac"_s;
        QTest::newRow("digit first") << u"2024 poplave"_s << u"layer_2024_poplave"_s;
        QTest::newRow("symbols only") << u"***"_s << u"layer_"_s;
    }

    void sanitizeLayerName()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(VectorImporter::sanitizeLayerName(in), out);
    }
};

QTEST_GUILESS_MAIN(tst_VectorImporter)
#include "tst_vectorimporter.moc"
