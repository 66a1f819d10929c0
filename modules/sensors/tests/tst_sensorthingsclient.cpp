#include "SensorQueries.h"
#include "SensorService.h"
#include "SensorTestUtils.h"
#include "SensorTime.h"
#include "Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using SensorTestUtils::count;
using Server = SensorTestUtils::SensorThingsServer;

namespace {

const qint64 kStart = SensorTime::fromCivil(2026, 12, 1, 0, 0, 0);

Server::Stream stream(int id, const QString &property, const QString &unit, int readings, double base, int spacing = 900)
{
    Server::Stream s;
    s.id = id;
    s.name = property;
    s.property = property;
    s.unit = unit;
    s.properties = QJsonObject{{u"interval_seconds"_s, spacing}, {u"levels"_s, QJsonObject{{u"alarm"_s, base + 100}}}};
    for (int i = 0; i < readings; ++i)
        s.observations.append({kStart + i * spacing, base + i % 7});
    return s;
}

} // namespace

class tst_SensorThingsClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Store> store() { return SensorTestUtils::newStore(m_dir.filePath(u"c%1.gpkg"_s.arg(++m_n))); }
    static SensorImportOptions options(qint64 now)
    {
        SensorImportOptions o;
        o.actor = Actor(u"tester"_s, Actor::Origin::CommandLine);
        o.now = now;
        o.timeoutMs = 2000;
        return o;
    }
    static void fill(Server &server, int things, int readings, int spacing = 900)
    {
        for (int t = 1; t <= things; ++t) {
            Server::Thing thing;
            thing.id = t;
            thing.name = u"Senzor %1"_s.arg(t);
            thing.properties = QJsonObject{{u"domain"_s, u"environment"_s}};
            thing.streams = {stream(t * 10 + 1, u"PM10"_s, u"µg/m³"_s, readings, 20, spacing),
                             stream(t * 10 + 2, u"NO2"_s, u"µg/m³"_s, readings, 30, spacing)};
            server.things.append(thing);
        }
    }

private slots:
    // First poll: the structure and the latest readings in one paged request, then only the
    // datastreams with a gap; a second poll asks only for what is newer.
    void incrementalPolls()
    {
        Server server;
        QVERIFY(server.start());
        fill(server, 5, 96); // one day at 15 minutes
        auto s = store();
        SensorService service(*s);
        const qint64 now = kStart + 96 * 900;
        auto summary = service.importUrl(server.baseUrl(), options(now));
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.format, u"sta"_s);
        QCOMPARE(count(*s, "SELECT count(*) FROM sensor_stations"), 5);
        QCOMPARE(count(*s, "SELECT count(*) FROM sensor_datastreams"), 10);
        QCOMPARE(summary.counts.imported, 960);
        // Things in 3 pages (2 per page), then one query per datastream (the store had none).
        const QStringList thingRequests = server.requests.filter(u"/v1.1/Things"_s);
        QCOMPARE(thingRequests.size(), 3);
        QVERIFY(thingRequests[0].contains(u"Observations($orderby=phenomenonTime desc;$top=1)"_s));
        QCOMPARE(server.requests.size(), 3 + 10);

        // One new reading each: only the Things pages, no per-datastream requests.
        for (auto &t : server.things)
            for (auto &st : t.streams)
                st.observations.append({kStart + 96 * 900, 25});
        server.requests.clear();
        summary = service.importUrl(server.baseUrl(), options(now + 900));
        QVERIFY(summary.ok);
        QCOMPARE(summary.counts.imported, 10);
        QCOMPARE(server.requests.size(), 3);

        // A gap of four readings on one datastream: one query for it, filtered after the stored latest.
        for (int i = 97; i <= 100; ++i)
            server.things[0].streams[0].observations.append({kStart + i * 900, 26});
        server.requests.clear();
        summary = service.importUrl(server.baseUrl(), options(now + 5 * 900));
        QVERIFY(summary.ok);
        QCOMPARE(summary.counts.imported, 4);
        QCOMPARE(server.requests.size(), 4);
        QVERIFY(server.requests.last().contains(u"Datastreams(11)/Observations"_s));
        QVERIFY(server.requests.last().contains(u"phenomenonTime gt 2026-12-02T00:00:00Z"_s));
        QCOMPARE(count(*s, "SELECT count(*) FROM sensor_observations"), 974);
        QCOMPARE(count(*s, "SELECT last_ok_at IS NOT NULL AND last_error IS NULL FROM sensor_sources"), 1);
    }

    void observationPagesFollowNextLink()
    {
        Server server;
        QVERIFY(server.start());
        fill(server, 1, 2500, 300); // every 5 minutes: a week is 2,016 readings, three pages of 1000
        auto s = store();
        SensorService service(*s);
        const auto summary = service.importUrl(server.baseUrl(), options(kStart + 2500 * 300));
        QVERIFY2(summary.ok, qPrintable(summary.error));
        // A datastream new to the store is read back a week: readings 485 … 2499 of each.
        QCOMPARE(summary.counts.imported, 2 * 2015);
        QCOMPARE(server.requests.size(), 1 + 2 * 3);
    }

    void hostileAnswers_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message");
        QTest::newRow("500") << int(Server::Mode::Error500) << false << u"500"_s;
        QTest::newRow("html") << int(Server::Mode::Html) << false << u"web page"_s;
        QTest::newRow("not json") << int(Server::Mode::NotJson) << false << u"not JSON"_s;
        // What came before a looping or file: link is kept, and the loop is reported.
        QTest::newRow("loop") << int(Server::Mode::LoopingNextLink) << true << u"loops"_s;
        QTest::newRow("file link") << int(Server::Mode::FileNextLink) << true << u"not an http(s) address"_s;
    }
    void hostileAnswers()
    {
        QFETCH(int, mode);
        QFETCH(bool, ok);
        QFETCH(QString, message);
        Server server;
        QVERIFY(server.start());
        fill(server, 1, 4);
        server.mode = Server::Mode(mode);
        auto s = store();
        SensorService service(*s);
        QVERIFY(service.importData(SensorTestUtils::arsoXml({SensorTestUtils::Gauge()}), u"a.xml"_s, options(kStart)).ok);
        const auto summary = service.importUrl(server.baseUrl(), options(kStart + 4 * 900));
        QCOMPARE(summary.ok, ok);
        const QString all = summary.error + summary.warnings.join(u'\n');
        QVERIFY2(all.contains(message), qPrintable(all));
        QVERIFY(server.requests.filter(u"Things"_s).size() <= 2);
        QCOMPARE(count(*s, "SELECT count(*) FROM sensor_observations WHERE datastream_id IN "
                           "(SELECT id FROM sensor_datastreams WHERE key = 'vodostaj')"), 1);
        if (!ok)
            QCOMPARE(count(*s, "SELECT count(*) FROM sensor_sources WHERE last_error IS NOT NULL"), 1);
    }

    void timeout()
    {
        SensorTestUtils::SilentServer silent;
        QVERIFY(silent.start());
        auto s = store();
        SensorService service(*s);
        SensorImportOptions o = options(kStart);
        o.timeoutMs = 300;
        const auto summary = service.importUrl(silent.url(), o);
        QVERIFY(!summary.ok);
        QVERIFY2(summary.error.contains(u"unchanged"_s), qPrintable(summary.error));
    }

    void refusesOtherSchemes()
    {
        auto s = store();
        SensorService service(*s);
        for (const char *u : {"file:///etc/passwd", "ftp://example.org/x", "data:text/plain,abc"})
            QVERIFY(!service.importUrl(QUrl(QString::fromLatin1(u)), options(kStart)).ok);
    }

    // The ARSO feed at an address: the gauges, then nothing twice, and a failed poll kept on the source.
    void arsoEndpoint()
    {
        SensorTestUtils::FixedServer arso;
        QVERIFY(arso.start());
        arso.body = SensorTestUtils::arsoXml({SensorTestUtils::Gauge()});
        auto s = store();
        SensorService service(*s);
        auto summary = service.importUrl(arso.url(), options(kStart));
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.format, u"arso"_s);
        QCOMPARE(summary.counts.imported, 3);
        QCOMPARE(count(*s, "SELECT poll_seconds FROM sensor_sources"), 1800);
        summary = service.importUrl(arso.url(), options(kStart));
        QCOMPARE(summary.counts.skipped, 3);
        arso.status = 503;
        arso.body = "Service Unavailable";
        summary = service.importUrl(arso.url(), options(kStart));
        QVERIFY(!summary.ok);
        QCOMPARE(count(*s, "SELECT count(*) FROM sensor_observations"), 3);
        QCOMPARE(count(*s, "SELECT last_error IS NOT NULL AND last_ok_at IS NOT NULL FROM sensor_sources"), 1);
    }
};

QTEST_MAIN(tst_SensorThingsClient)
#include "tst_sensorthingsclient.moc"
