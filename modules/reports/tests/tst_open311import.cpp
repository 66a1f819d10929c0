#include "ExifLocation.h"
#include "Open311Parser.h"
#include "ReportService.h"
#include "ReportTestUtils.h"
#include "SqliteStatement.h"
#include "Store.h"
#include "StoreTestUtils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ReportTestUtils;

namespace {

QList<QJsonObject> pagedRequests(int n)
{
    QList<QJsonObject> out;
    for (int i = 1; i <= n; ++i) {
        const QString t = u"2026-10-%1T08:00:00Z"_s.arg(i, 2, 10, QChar(u'0'));
        out.append(request(u"r%1"_s.arg(i), i % 2 ? u"pothole"_s : u"street_light"_s,
                           QString::number(46.41 + i * 0.0003, 'f', 6), QString::number(15.86 + i * 0.0003, 'f', 6),
                           t, t));
    }
    return out;
}

int countRows(Store &store, const char *sql)
{
    SqliteStatement q(store.db(), sql);
    return q.next() ? int(q.integer(0)) : -1;
}

} // namespace

class tst_Open311Import : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTripThroughEndpoint();
    void dateWindowsAndPaging();
    void endpointFailuresLeaveStoreUnchanged_data();
    void endpointFailuresLeaveStoreUnchanged();
    void malformedFilesLeaveStoreUnchanged_data();
    void malformedFilesLeaveStoreUnchanged();
    void entriesRejectedOrKeptWithReasons();
    void xmlAndCsv();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_Open311Import::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"%1.gpkg"_s.arg(QString::fromLatin1(QTest::currentTestFunction())) + QString::fromLatin1(QTest::currentDataTag()));
}

void tst_Open311Import::roundTripThroughEndpoint()
{
    Open311TestServer server;
    server.requests = pagedRequests(25);
    QVERIFY(server.start());
    auto store = newStore(m_path);
    QVERIFY(store);
    ReportService service(*store);
    service.setClock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::UTC));

    Open311Client::Options fetch;
    fetch.pageSize = 10;
    fetch.timeoutMs = 10000;
    ReportImportOptions options;
    options.actor = Actor(u"uvoz"_s, Actor::Origin::CommandLine);
    const ReportImportSummary first = service.importEndpoint(server.baseUrl(), fetch, options);
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.imported, 25);
    QCOMPARE(first.rejected, 0);
    QCOMPARE(first.services, 3);
    QCOMPARE(server.hits, 1 + 3);  // services + pages of 10, 10, 5
    QCOMPARE(countRows(*store, "SELECT count(*) FROM reports"), 25);
    QCOMPARE(countRows(*store, "SELECT count(*) FROM rtree_reports_geom"), 25);
    // The import writes the index itself but leaves the spec's six triggers in place for other editors.
    QCOMPARE(countRows(*store, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_reports_geom_%'"), 6);
    QCOMPARE(countRows(*store, "SELECT count(*) FROM report_history WHERE action = 'import' AND who = 'uvoz'"), 25);

    // The clerk decides on two reports.
    const auto r1 = service.reportBySourceId(options.source, u"r1"_s);
    const auto r2 = service.reportBySourceId(options.source, u"r2"_s);
    QVERIFY(r1 && r2);
    QString error;
    QVERIFY2(service.resolve(r1->id, u"Jama je zakrpana."_s, Actor(u"ana"_s, Actor::Origin::CommandLine), &error), qPrintable(error));
    QVERIFY2(service.assign(r2->id, u"ogjs"_s, Actor(u"ana"_s, Actor::Origin::CommandLine), &error), qPrintable(error));
    QVERIFY2(service.setPriority(r2->id, 1, Actor(u"ana"_s, Actor::Origin::CommandLine), &error), qPrintable(error));

    // The same data again: nothing changes, the decisions stay.
    const ReportImportSummary again = service.importEndpoint(server.baseUrl(), fetch, options);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 25);
    QCOMPARE(countRows(*store, "SELECT count(*) FROM reports"), 25);
    QCOMPARE(service.report(r1->id)->status, u"resolved"_s);

    // Newer remote data: remote fields update, local decisions are kept and listed.
    server.requests[0].insert(u"description"_s, u"Jama je še večja"_s);
    server.requests[0].insert(u"updated_datetime"_s, u"2026-11-10T08:00:00Z"_s);
    server.requests[1].insert(u"status"_s, u"closed"_s);
    server.requests[1].insert(u"status_notes"_s, u"Zaprto na portalu"_s);
    server.requests[1].insert(u"updated_datetime"_s, u"2026-11-10T08:00:00Z"_s);
    const ReportImportSummary third = service.importEndpoint(server.baseUrl(), fetch, options);
    QVERIFY2(third.ok, qPrintable(third.error));
    QCOMPARE(third.updated, 2);
    QCOMPARE(third.unchanged, 23);
    const auto r1After = service.report(r1->id);
    QCOMPARE(r1After->description, u"Jama je še večja"_s);
    QCOMPARE(r1After->status, u"resolved"_s);
    QCOMPARE(r1After->publicAnswer, u"Jama je zakrpana."_s);
    const auto r2After = service.report(r2->id);
    QCOMPARE(r2After->status, u"assigned"_s);
    QCOMPARE(r2After->priority, 1);
    QCOMPARE(r2After->service, u"ogjs"_s);
    bool statusKept = false;
    for (const QJsonValue &v : third.keptLocal) {
        const QJsonObject o = v.toObject();
        if (o.value(u"service_request_id"_s) == u"r2"_s && o.value(u"field"_s) == u"status"_s)
            statusKept = o.value(u"local"_s) == u"assigned"_s && o.value(u"remote"_s) == u"closed"_s;
    }
    QVERIFY2(statusKept, QJsonDocument(third.keptLocal).toJson().constData());

    // Export: the two local decisions, as Open311.
    const QJsonArray exported = service.exportOpen311(QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC));
    QCOMPARE(exported.size(), 2);
    const QJsonObject e1 = exported.at(0).toObject();
    QCOMPARE(e1.value(u"service_request_id"_s).toString(), u"r1"_s);
    QCOMPARE(e1.value(u"status"_s).toString(), u"closed"_s);
    QCOMPARE(e1.value(u"status_notes"_s).toString(), u"Jama je zakrpana."_s);
    QCOMPARE(e1.value(u"updated_datetime"_s).toString(), u"2026-11-20T09:00:00Z"_s);
    QCOMPARE(e1.value(u"ptuj_status"_s).toString(), u"resolved"_s);
    const QJsonObject e2 = exported.at(1).toObject();
    QCOMPARE(e2.value(u"service_request_id"_s).toString(), u"r2"_s);
    QCOMPARE(e2.value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(e2.value(u"agency_responsible"_s).toString(), u"Oddelek za gospodarske javne službe in investicije"_s);
    QCOMPARE(service.exportOpen311(QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::UTC)).size(), 0);
}

void tst_Open311Import::dateWindowsAndPaging()
{
    Open311TestServer server;
    server.requests = pagedRequests(20);
    QVERIFY(server.start());
    auto store = newStore(m_path);
    ReportService service(*store);
    Open311Client::Options fetch;
    fetch.pageSize = 4;
    fetch.windowDays = 7;
    fetch.withServices = false;
    fetch.startDate = QDateTime(QDate(2026, 10, 5), QTime(0, 0), QTimeZone::UTC);
    fetch.endDate = QDateTime(QDate(2026, 10, 15), QTime(0, 0), QTimeZone::UTC);
    const ReportImportSummary s = service.importEndpoint(server.baseUrl(), fetch, {});
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.imported, 10);  // updated on the 5th … 14th
    // Two windows (5–12, 12–15): 7 reports = pages 4 + 3, then 3 reports = one short page.
    QCOMPARE(server.hits, 3);
    QVERIFY(server.queries.first().contains(u"start_date=2026-10-05T00:00:00Z"_s));
    QVERIFY(server.queries.first().contains(u"page_size=4"_s));
}

void tst_Open311Import::endpointFailuresLeaveStoreUnchanged_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("message");
    QTest::newRow("http 500") << int(Open311TestServer::Mode::Error500) << u"answered HTTP 500"_s;
    QTest::newRow("html") << int(Open311TestServer::Mode::Html) << u"HTML page instead of Open311 data"_s;
    QTest::newRow("malformed json") << int(Open311TestServer::Mode::MalformedJson) << u"is not valid JSON"_s;
    QTest::newRow("timeout") << -1 << u"did not answer within 0.3 s"_s;
}

void tst_Open311Import::endpointFailuresLeaveStoreUnchanged()
{
    QFETCH(int, mode);
    QFETCH(QString, message);
    auto store = newStore(m_path);
    ReportService service(*store);
    QVERIFY(service.importFile([&] {
        const QString f = m_dir.filePath(u"seed.json"_s);
        writeFile(f, toJson(pagedRequests(3)));
        return f;
    }(), {}).ok);
    const QByteArray before = StoreTestUtils::contentHash(m_path);

    Open311TestServer server;
    SilentServer silent;
    QUrl url;
    if (mode < 0) {
        QVERIFY(silent.start());
        url = silent.baseUrl();
    } else {
        server.mode = Open311TestServer::Mode(mode);
        server.requests = pagedRequests(5);
        QVERIFY(server.start());
        url = server.baseUrl();
    }
    Open311Client::Options fetch;
    // Short only for the server that never answers, so a busy machine cannot turn the
    // other cases into timeouts.
    fetch.timeoutMs = mode < 0 ? 300 : 30000;
    const ReportImportSummary s = service.importEndpoint(url, fetch, {});
    QVERIFY(!s.ok);
    QVERIFY2(s.error.contains(message), qPrintable(s.error));
    QCOMPARE(s.imported, 0);
    QCOMPARE(StoreTestUtils::contentHash(m_path), before);
}

void tst_Open311Import::malformedFilesLeaveStoreUnchanged_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("json") << u"bad.json"_s << malformedJson() << u"is not valid JSON"_s;
    QTest::newRow("xml") << u"bad.xml"_s << malformedXml() << u"is not valid XML"_s;
    QTest::newRow("html") << u"page.json"_s << htmlPage() << u"HTML page"_s;
}

void tst_Open311Import::malformedFilesLeaveStoreUnchanged()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    auto store = newStore(m_path);
    ReportService service(*store);
    const QString seed = m_dir.filePath(u"seed.json"_s);
    QVERIFY(writeFile(seed, toJson(pagedRequests(3))));
    QVERIFY(service.importFile(seed, {}).ok);
    const QByteArray before = StoreTestUtils::contentHash(m_path);
    const QString path = m_dir.filePath(fileName);
    QVERIFY(writeFile(path, content));
    const ReportImportSummary s = service.importFile(path, {});
    QVERIFY(!s.ok);
    QVERIFY2(s.error.contains(message), qPrintable(s.error));
    QVERIFY2(s.error.contains(fileName), qPrintable(s.error));
    QCOMPARE(StoreTestUtils::contentHash(m_path), before);
}

void tst_Open311Import::entriesRejectedOrKeptWithReasons()
{
    auto store = newStore(m_path);
    ReportService service(*store);
    const QString t = u"2026-10-01T08:00:00Z"_s;
    QVERIFY(writeFile(m_dir.filePath(u"exif.jpg"_s), ExifLocation::minimalJpegWithGps(15.8705, 46.4195)));
    QList<QJsonObject> entries = {
        request(u"ok"_s, u"pothole"_s, u"46.42"_s, u"15.87"_s, t, t),
        request(u"nowhere"_s, u"pothole"_s, QString(), QString(), t, t),
        request(u"vienna"_s, u"pothole"_s, u"48.2"_s, u"16.37"_s, t, t),
        request(u"swapped"_s, u"pothole"_s, u"15.87"_s, u"46.42"_s, t, t),
        request(u"broken"_s, u"pothole"_s, u"abc"_s, u"15.87"_s, t, t),
        request(u"bees"_s, u"beehive"_s, u"46.421"_s, u"15.871"_s, t, t),
        request(u"twice"_s, u"pothole"_s, u"46.43"_s, u"15.88"_s, t, t, u"open"_s, u"prvi vnos"_s),
        request(u"twice"_s, u"pothole"_s, u"46.43"_s, u"15.88"_s, t, t, u"open"_s, u"drugi vnos"_s),
        request(u"nophoto"_s, u"graffiti"_s, u"46.422"_s, u"15.872"_s, t, t),
        request(u"fromphoto"_s, u"fallen_tree"_s, QString(), QString(), t, t),
    };
    entries[8].insert(u"media_url"_s, u"photos/missing.jpg"_s);
    entries[9].insert(u"media_url"_s, u"exif.jpg"_s);
    const QString path = m_dir.filePath(u"batch.json"_s);
    QVERIFY(writeFile(path, toJson(entries)));
    const ReportImportSummary s = service.importFile(path, {});
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.received, 10);
    QCOMPARE(s.imported, 5);  // ok, bees, twice (last), nophoto, fromphoto
    QCOMPARE(s.rejected, 5);
    QCOMPARE(s.keptWithWarning, 3);

    QHash<QString, QString> reasons;
    for (const QJsonValue &v : s.rejections)
        reasons.insert(v[u"service_request_id"_s].toString(), v[u"reason"_s].toString());
    QVERIFY2(reasons.value(u"nowhere"_s).startsWith(u"no location"_s), qPrintable(reasons.value(u"nowhere"_s)));
    QVERIFY2(reasons.value(u"vienna"_s).contains(u"outside Slovenia"_s), qPrintable(reasons.value(u"vienna"_s)));
    QVERIFY(reasons.value(u"vienna"_s).contains(u"13.3–16.7° E"_s));
    QVERIFY2(reasons.value(u"swapped"_s).contains(u"look swapped"_s), qPrintable(reasons.value(u"swapped"_s)));
    QVERIFY2(reasons.value(u"broken"_s).startsWith(u"broken coordinates"_s), qPrintable(reasons.value(u"broken"_s)));
    QVERIFY2(reasons.value(u"twice"_s).contains(u"the last one (entry 7) is kept"_s), qPrintable(reasons.value(u"twice"_s)));

    const auto bees = service.reportBySourceId(u"izboljsajmo-ptuj"_s, u"bees"_s);
    QVERIFY(bees);
    QVERIFY(bees->unknownCategory);
    QCOMPARE(bees->domain, u"administration"_s);
    QVERIFY(bees->warnings.first().contains(u"unknown service_code 'beehive'"_s));
    QCOMPARE(service.reportBySourceId(u"izboljsajmo-ptuj"_s, u"twice"_s)->description, u"drugi vnos"_s);
    const auto nophoto = service.reportBySourceId(u"izboljsajmo-ptuj"_s, u"nophoto"_s);
    QVERIFY(nophoto->warnings.first().contains(u"photos/missing.jpg not found"_s));
    const auto fromPhoto = service.reportBySourceId(u"izboljsajmo-ptuj"_s, u"fromphoto"_s);
    QCOMPARE(fromPhoto->locationSource, u"exif"_s);
    QVERIFY(qAbs(*fromPhoto->lat - 46.4195) < 1e-6);
    QVERIFY(qAbs(*fromPhoto->lon - 15.8705) < 1e-6);
    SqliteStatement photo(store->db(), "SELECT mime_type, size, length(data) FROM report_photos WHERE report_id = ?");
    photo.bind(1, fromPhoto->id);
    QVERIFY(photo.next());
    QCOMPARE(photo.text(0), u"image/jpeg"_s);
    QCOMPARE(photo.integer(1), photo.integer(2));
}

void tst_Open311Import::xmlAndCsv()
{
    auto store = newStore(m_path);
    ReportService service(*store);
    const auto xml = Open311::parseRequests(requestsXml(), Open311::Format::Auto, u"test.xml"_s);
    QVERIFY2(xml.ok, qPrintable(xml.error));
    QCOMPARE(xml.items.size(), 2);
    QCOMPARE(xml.items[1].statusNotes, u"Popravljeno."_s);
    QCOMPARE(xml.items[0].lon, u"15.8700"_s);
    const QString xmlPath = m_dir.filePath(u"requests.xml"_s);
    QVERIFY(writeFile(xmlPath, requestsXml()));
    const ReportImportSummary s = service.importFile(xmlPath, {});
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.imported, 2);
    const auto x2 = service.reportBySourceId(u"izboljsajmo-ptuj"_s, u"x2"_s);
    QCOMPARE(x2->status, u"resolved"_s);
    QCOMPARE(x2->domain, u"security"_s);
    QCOMPARE(x2->requestedAt, QDateTime(QDate(2026, 9, 2), QTime(8, 0), QTimeZone::UTC));

    const QString csvPath = m_dir.filePath(u"requests.csv"_s);
    QVERIFY(writeFile(csvPath, requestsCsv()));
    ReportImportOptions options;
    options.source = u"csv-test"_s;
    const ReportImportSummary c = service.importFile(csvPath, options);
    QVERIFY2(c.ok, qPrintable(c.error));
    QCOMPARE(c.imported, 2);
    QCOMPARE(service.reportBySourceId(u"csv-test"_s, u"c1"_s)->description, u"Voda teče po cesti, pri hišni št. 5"_s);
    QCOMPARE(service.reportBySourceId(u"csv-test"_s, u"c1"_s)->domain, u"water"_s);
}

QTEST_GUILESS_MAIN(tst_Open311Import)
#include "tst_open311import.moc"
