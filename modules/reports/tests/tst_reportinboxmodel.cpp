#include "LayerRoles.h"
#include "ReportInboxModel.h"
#include "ReportQueries.h"
#include "ReportService.h"
#include "ReportTestUtils.h"
#include "Store.h"
#include "VectorImporter.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ReportTestUtils;

namespace {

// Reports around a base point in D96/TM: offsets in metres east.
constexpr double kBaseX = 568500, kBaseY = 141500;

QList<QJsonObject> fixture()
{
    QList<QJsonObject> out;
    const auto at = [&](const QString &id, const QString &code, double dx, const QString &requested, const QString &text) {
        QJsonObject o = requestAt(id, code, {kBaseX + dx, kBaseY}, requested);
        o.insert(u"description"_s, text);
        out.append(o);
    };
    at(u"p0"_s, u"pothole"_s, 0, u"2026-11-18T08:00:00Z"_s, u"Globoka jama na Čučkovi ulici"_s);
    at(u"p30"_s, u"pothole"_s, 30, u"2026-10-01T08:00:00Z"_s, u"Jama pri avtobusni postaji"_s);
    at(u"p45"_s, u"pothole"_s, 45, u"2026-09-01T08:00:00Z"_s, u"Razpoka in jama"_s);
    at(u"p70"_s, u"pothole"_s, 70, u"2026-08-01T08:00:00Z"_s, u"Jama daleč stran"_s);
    at(u"l10"_s, u"street_light"_s, 10, u"2026-11-01T08:00:00Z"_s, u"Luč ne sveti"_s);
    at(u"w2k"_s, u"water_leak"_s, 2000, u"2026-11-19T08:00:00Z"_s, u"Puščanje vode v Spuhlji"_s);
    return out;
}

} // namespace

class tst_ReportInboxModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsOnAWorkerAndReportsErrors();
    void filters_data();
    void filters();
    void polygonInBothCrs();
    void sortOrders();
    void duplicateCandidatesWithDistances();
    void statisticsAndGrid();
    void nearestAssets();

private:
    QStringList ids(const ReportInboxModel &model) const;
    QTemporaryDir m_dir;
    QString m_path;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::UTC);
};

void tst_ReportInboxModel::initTestCase()
{
    m_path = m_dir.filePath(u"inbox.gpkg"_s);
    auto store = newStore(m_path);
    QVERIFY(store);
    const QString file = m_dir.filePath(u"requests.json"_s);
    QVERIFY(writeFile(file, toJson(fixture())));
    ReportService service(*store);
    service.setClock(m_now);
    const ReportImportSummary s = service.importFile(file, {});
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.imported, 6);
    QString error;
    const qint64 p45 = service.reportBySourceId(u"izboljsajmo-ptuj"_s, u"p45"_s)->id;
    QVERIFY(service.resolve(p45, u"Urejeno."_s, Actor(u"ana"_s, Actor::Origin::CommandLine), &error));
    const qint64 l10 = service.reportBySourceId(u"izboljsajmo-ptuj"_s, u"l10"_s)->id;
    QVERIFY(service.assign(l10, u"kp_ptuj"_s, Actor(u"ana"_s, Actor::Origin::CommandLine), &error));
}

QStringList tst_ReportInboxModel::ids(const ReportInboxModel &model) const
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.data(model.index(row), ReportInboxModel::ServiceRequestIdRole).toString());
    return out;
}

void tst_ReportInboxModel::loadsOnAWorkerAndReportsErrors()
{
    ReportInboxModel model;
    QCOMPARE(model.status(), ReportInboxModel::Null);
    QSignalSpy status(&model, &ReportInboxModel::statusChanged);
    model.setStorePath(m_dir.filePath(u"missing.gpkg"_s));
    QCOMPARE(model.status(), ReportInboxModel::Loading);
    QTRY_COMPARE(model.status(), ReportInboxModel::Error);
    QVERIFY2(model.errorString().contains(u"does not exist"_s), qPrintable(model.errorString()));
    model.setStorePath(m_path);
    model.reload();  // a second request while loading runs once more afterwards
    QTRY_COMPARE(model.status(), ReportInboxModel::Ready);
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(model.errorString().isEmpty());
    QVERIFY(status.count() >= 4);
}

void tst_ReportInboxModel::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QStringList>("expected");  // in the default order: priority, then oldest
    QTest::newRow("none") << QString() << QVariant() << QStringList{u"w2k"_s, u"p70"_s, u"p45"_s, u"p30"_s, u"p0"_s, u"l10"_s};
    QTest::newRow("status") << u"statuses"_s << QVariant(QStringList{u"new"_s}) << QStringList{u"w2k"_s, u"p70"_s, u"p30"_s, u"p0"_s};
    QTest::newRow("domain") << u"domain"_s << QVariant(u"water"_s) << QStringList{u"w2k"_s};
    QTest::newRow("category") << u"category"_s << QVariant(u"street_light"_s) << QStringList{u"l10"_s};
    QTest::newRow("service") << u"service"_s << QVariant(u"kp_ptuj"_s) << QStringList{u"l10"_s};
    QTest::newRow("age") << u"maxAgeDays"_s << QVariant(30) << QStringList{u"w2k"_s, u"p0"_s, u"l10"_s};
    // Due after 14 days (pothole, street light) or 2 (water leak): p70, p30 and l10 are
    // overdue; p45 would be but is resolved.
    QTest::newRow("overdue") << u"overdueOnly"_s << QVariant(true) << QStringList{u"p70"_s, u"p30"_s, u"l10"_s};
    QTest::newRow("text without diacritics") << u"text"_s << QVariant(u"cuckovi"_s) << QStringList{u"p0"_s};
    QTest::newRow("text case") << u"text"_s << QVariant(u"LUC NE"_s) << QStringList{u"l10"_s};
}

void tst_ReportInboxModel::filters()
{
    QFETCH(QString, filter);
    QFETCH(QVariant, value);
    QFETCH(QStringList, expected);
    ReportInboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReferenceTime(m_now);
    model.setStorePath(m_path);
    QTRY_COMPARE(model.status(), ReportInboxModel::Ready);
    QCOMPARE(model.totalCount(), 6);
    if (!filter.isEmpty())
        QVERIFY(model.setProperty(filter.toLatin1().constData(), value));
    QCOMPARE(ids(model), expected);
    QCOMPARE(model.property("count").toInt(), expected.size());
}

void tst_ReportInboxModel::polygonInBothCrs()
{
    ReportInboxModel model;
    model.setReferenceTime(m_now);
    model.setStorePath(m_path);
    QTRY_COMPARE(model.status(), ReportInboxModel::Ready);
    // A box from 20 m west to 50 m east of the base point: p0, l10, p30, p45.
    const QList<QPointF> d96 = {{kBaseX - 20, kBaseY - 20}, {kBaseX + 50, kBaseY - 20}, {kBaseX + 50, kBaseY + 20},
                                {kBaseX - 20, kBaseY + 20}};
    QVariantList points;
    for (const QPointF &p : d96)
        points.append(QVariantMap{{u"x"_s, p.x()}, {u"y"_s, p.y()}});
    model.setPolygonCrs(u"EPSG:3794"_s);
    model.setPolygon(points);
    QCOMPARE(ids(model), (QStringList{u"p45"_s, u"p30"_s, u"p0"_s, u"l10"_s}));
    QVariantList lonLat;
    for (const QPointF &p : d96) {
        const QPointF ll = lonLatOf(p);
        lonLat.append(QVariantMap{{u"longitude"_s, ll.x()}, {u"latitude"_s, ll.y()}});
    }
    model.setPolygonCrs(u"EPSG:4326"_s);
    model.setPolygon(lonLat);
    QCOMPARE(ids(model), (QStringList{u"p45"_s, u"p30"_s, u"p0"_s, u"l10"_s}));
    model.setPolygon({});
    QCOMPARE(model.rowCount(), 6);
}

void tst_ReportInboxModel::sortOrders()
{
    ReportInboxModel model;
    model.setReferenceTime(m_now);
    model.setStorePath(m_path);
    QTRY_COMPARE(model.status(), ReportInboxModel::Ready);
    model.setSortOrder(ReportInboxModel::NewestFirst);
    QCOMPARE(ids(model), (QStringList{u"w2k"_s, u"p0"_s, u"l10"_s, u"p30"_s, u"p45"_s, u"p70"_s}));
    model.setSortOrder(ReportInboxModel::OldestFirst);
    QCOMPARE(ids(model).first(), u"p70"_s);
    const QVariantMap row = model.get(0);
    QCOMPARE(row.value(u"serviceRequestId"_s).toString(), u"p70"_s);
    QCOMPARE(row.value(u"overdue"_s).toBool(), true);
    QCOMPARE(row.value(u"ageDays"_s).toInt(), 111);
    QCOMPARE(row.value(u"maskedContact"_s).toString(), u"j***@e***.si"_s);
    QCOMPARE(model.rowOf(model.idAt(3)), 3);
}

void tst_ReportInboxModel::duplicateCandidatesWithDistances()
{
    QString error;
    auto store = Store::open(m_path, Store::Mode::ReadOnly, &error);
    QVERIFY2(store, qPrintable(error));
    ReportService service(*store);
    ReportQueries queries(*store);
    const qint64 p0 = service.reportBySourceId(u"izboljsajmo-ptuj"_s, u"p0"_s)->id;
    const QList<DuplicateCandidate> near = queries.duplicateCandidates(p0);
    // p30 and p45 (resolved, still offered) within 50 m; the street light at 10 m is another category.
    QCOMPARE(near.size(), 2);
    QCOMPARE(near[0].serviceRequestId, u"p30"_s);
    QVERIFY2(qAbs(near[0].distanceMetres - 30) < 0.01, qPrintable(QString::number(near[0].distanceMetres)));
    QCOMPARE(near[1].serviceRequestId, u"p45"_s);
    QVERIFY(qAbs(near[1].distanceMetres - 45) < 0.01);
    QCOMPARE(queries.duplicateCandidates(p0, 100).size(), 3);
    QCOMPARE(queries.duplicateCandidates(p0, 20).size(), 0);
}

void tst_ReportInboxModel::statisticsAndGrid()
{
    QString error;
    auto store = Store::open(m_path, Store::Mode::ReadOnly, &error);
    QVERIFY(store);
    ReportQueries queries(*store);
    const ReportStatistics s = queries.statistics(m_now);
    QCOMPARE(s.total, 6);
    QCOMPARE(s.open, 5);
    QCOMPARE(s.openByDomain.value(u"mobility"_s), 3);
    QCOMPARE(s.openByDomain.value(u"energy"_s), 1);
    QCOMPARE(s.openByService.value(u"Komunalno podjetje Ptuj d.d."_s), 1);
    QCOMPARE(s.overdue, 3);
    QCOMPARE(s.resolvedCount, 1);
    // p45: requested 2026-09-01 08:00, resolved 2026-11-20 12:00.
    QVERIFY(qAbs(s.medianHoursToResolve - (80 * 24 + 4)) < 0.01);

    const QList<ReportGridCell> cells = queries.grid(1000);
    int total = 0;
    for (const ReportGridCell &c : cells)
        total += c.count;
    QCOMPARE(total, 6);
    QCOMPARE(cells.size(), 2);  // the base cell and the water leak 2 km east
    QCOMPARE(queries.grid(1000, {u"resolved"_s}).size(), 1);

    // The model's grid follows its filters.
    ReportInboxModel model;
    model.setReferenceTime(m_now);
    QVERIFY(model.load(*store));
    QCOMPARE(model.grid(1000).size(), 2);
    model.setCategory(u"pothole"_s);
    const QVariantList potholes = model.gridCells(1000);
    QCOMPARE(potholes.size(), 1);
    QCOMPARE(potholes.first().toMap().value(u"count"_s).toInt(), 4);
    QCOMPARE(potholes.first().toMap().value(u"open"_s).toInt(), 3);
    // The cell sits on its reports' mean position, inside the 1 km cell.
    const double x = potholes.first().toMap().value(u"x"_s).toDouble();
    QVERIFY2(x >= 568000.0 && x < 569000.0, qPrintable(QString::number(x)));
    QVERIFY(potholes.first().toMap().value(u"meanAgeDays"_s).toDouble() > 0);
    QVERIFY(qAbs(potholes.first().toMap().value(u"latitude"_s).toDouble() - 46.41) < 0.05);
    QCOMPARE(queries.replyTemplates().size(), 5);
    QVERIFY(queries.services().size() >= 5);
}

void tst_ReportInboxModel::nearestAssets()
{
    const QString dir = m_dir.filePath(u"assets"_s);
    QVERIFY(QDir().mkpath(dir));
    // A road 20 m north of p0 running east–west, two lamps 12 m and 60 m east of it.
    const QString roads = dir + u"/roads.geojson"_s;
    QVERIFY(writeFile(roads, geoJson({{{kBaseX - 500, kBaseY + 20}, {kBaseX + 500, kBaseY + 20}}}, {u"Ormoška cesta"_s})));
    const QString lamps = dir + u"/public_lighting.geojson"_s;
    QVERIFY(writeFile(lamps, geoJson({{{kBaseX + 12, kBaseY}}, {{kBaseX - 60, kBaseY}}}, {u"JR-0001"_s, u"JR-0002"_s})));
    QString error;
    {
        auto store = Store::open(m_path, Store::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        // Found by role, whatever the layers are called; a layer without an asset role is not searched.
        const struct { QString file, layer, role; } layers[] = {
            {roads, u"ceste_obcinske"_s, LayerRoles::Roads},
            {lamps, u"svetilke_jr"_s, LayerRoles::StreetLights},
            {lamps, u"public_lighting"_s, QString()},
        };
        for (const auto &l : layers) {
            QJsonObject metadata;
            if (!l.role.isEmpty())
                metadata.insert(u"roles"_s, QJsonArray{l.role});
            const auto reports = VectorImporter({.source = l.file, .domain = u"mobility"_s, .layer = l.layer,
                                                 .metadata = metadata}).run(*store);
            QVERIFY2(reports.size() == 1 && reports.first().ok, qPrintable(reports.first().error));
        }
    }
    auto store = Store::open(m_path, Store::Mode::ReadOnly, &error);
    QVERIFY(store);
    const qint64 p0 = ReportService(*store).reportBySourceId(u"izboljsajmo-ptuj"_s, u"p0"_s)->id;
    const QList<NearestAsset> assets = ReportQueries(*store).nearestAssets(p0);
    QCOMPARE(assets.size(), 2);  // no water mains or waste layer in this store
    QCOMPARE(assets[0].layer, u"svetilke_jr"_s);
    QCOMPARE(assets[0].name, u"JR-0001"_s);
    QVERIFY2(qAbs(assets[0].distanceMetres - 12) < 0.05, qPrintable(QString::number(assets[0].distanceMetres)));
    QCOMPARE(assets[1].layer, u"ceste_obcinske"_s);
    QCOMPARE(assets[1].name, u"Ormoška cesta"_s);
    QVERIFY2(qAbs(assets[1].distanceMetres - 20) < 0.05, qPrintable(QString::number(assets[1].distanceMetres)));
}

QTEST_GUILESS_MAIN(tst_ReportInboxModel)
#include "tst_reportinboxmodel.moc"
