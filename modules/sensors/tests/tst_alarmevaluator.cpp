#include "AlarmEvaluator.h"
#include "SensorQueries.h"
#include "SensorService.h"
#include "SensorTestUtils.h"
#include "SensorTime.h"
#include "Store.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using SensorTestUtils::count;

namespace {

// CSV rows of one datastream "G/q" at station G from (minute offset, value) pairs after 2026-12-04 00:00 UTC.
QByteArray rows(const QList<QPair<int, double>> &values)
{
    QByteArray csv = "station,datastream,time,value,station_name,lon,lat,domain\n";
    for (const auto &[minute, v] : values)
        csv += "G,q," + SensorTime::toIso(SensorTime::fromCivil(2026, 12, 4, 0, 0, 0) + minute * 60).toLatin1() + ','
               + QByteArray::number(v) + ",Gauge,15.87,46.42,protection\n";
    return csv;
}

} // namespace

class tst_AlarmEvaluator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SensorService> m_service;
    qint64 m_ds = 0;

    SensorImportOptions options() const
    {
        SensorImportOptions o;
        o.actor = Actor(u"tester"_s, Actor::Origin::CommandLine);
        return o;
    }
    SensorImportSummary feed(const QList<QPair<int, double>> &values)
    {
        return m_service->importData(rows(values), u"feed.csv"_s, options());
    }
    QList<SensorQueries::Alarm> alarms() const { return SensorQueries::alarms(m_store->db(), false); }

private slots:
    void init()
    {
        m_store = SensorTestUtils::newStore(m_dir.filePath(u"a%1.gpkg"_s.arg(++m_n)));
        m_service = std::make_unique<SensorService>(*m_store);
        QVERIFY(feed({{0, 100}}).ok);
        m_ds = count(*m_store, "SELECT id FROM sensor_datastreams");
        QString error;
        QVERIFY2(m_service->setLevels(m_ds, {{u"prvi_vv"_s, 1300, false}, {u"drugi_vv"_s, 1580, false}, {u"tretji_vv"_s, 1700, false}},
                                      std::nullopt, Actor(u"tester"_s, Actor::Origin::CommandLine), &error),
                 qPrintable(error));
    }
    void cleanup()
    {
        m_service.reset();
        m_store.reset();
    }

    // A crossing raises one alarm at the reading's time; the same data again raises nothing.
    void raisesOnceAtReadingTime()
    {
        const auto s = feed({{30, 900}, {60, 1320}, {90, 1350}});
        QVERIFY(s.ok);
        QCOMPARE(s.counts.alarmsRaised, 1);
        auto list = alarms();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].level, u"prvi_vv"_s);
        QCOMPARE(*list[0].value, 1320.0);
        QCOMPARE(SensorTime::toIso(list[0].t), u"2026-12-04T01:00:00Z"_s);
        QCOMPARE(list[0].state(), u"active"_s);
        QCOMPARE(feed({{30, 900}, {60, 1320}, {90, 1350}}).counts.alarmsRaised, 0);
        QCOMPARE(alarms().size(), 1);
    }

    void escalatesAndClearsWithHysteresis()
    {
        QVERIFY(feed({{30, 1310}, {60, 1600}, {90, 1720}}).ok);
        auto list = alarms();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].level, u"tretji_vv"_s);
        QCOMPARE(*list[0].value, 1720.0);
        QCOMPARE(list[0].events.size(), 3); // raised, escalated, escalated
        // 1290 is below 1300 but within the 2 % margin (26): still on.
        QVERIFY(feed({{120, 1290}}).ok);
        QVERIFY(!alarms()[0].clearedT);
        QCOMPARE(feed({{150, 1250}}).counts.alarmsCleared, 1);
        list = alarms();
        QCOMPARE(list[0].state(), u"cleared"_s);
        QCOMPARE(SensorTime::toIso(*list[0].clearedT), u"2026-12-04T02:30:00Z"_s);
        // Rising again is a new alarm.
        QCOMPARE(feed({{180, 1400}}).counts.alarmsRaised, 1);
        QCOMPARE(alarms().size(), 2);
    }

    // Readings older than the last one judged (a back-fill) raise nothing.
    void backfillRaisesNothing()
    {
        QVERIFY(feed({{120, 500}}).ok);
        QCOMPARE(feed({{60, 1800}}).counts.alarmsRaised, 0);
        QVERIFY(alarms().isEmpty());
    }

    void rateOfRise()
    {
        QString error;
        QVERIFY(m_service->setLevels(m_ds, {}, std::nullopt, Actor(u"t"_s, Actor::Origin::CommandLine), &error));
        sqlite3_exec(m_store->db(), "UPDATE sensor_datastreams SET rate_per_hour = 20", nullptr, nullptr, nullptr);
        // +5 in 30 min is 10/h; +15 in 30 min is 30/h.
        QCOMPARE(feed({{30, 105}}).counts.alarmsRaised, 0);
        QCOMPARE(feed({{60, 120}}).counts.alarmsRaised, 1);
        QCOMPARE(alarms()[0].kind, u"rate"_s);
        QCOMPARE(feed({{90, 121}}).counts.alarmsCleared, 1);
    }

    void lowLimit()
    {
        QString error;
        QVERIFY(m_service->setLevels(m_ds, {{u"low_warning"_s, 3.0, true}, {u"low_alarm"_s, 2.0, true}}, 0.1,
                                     Actor(u"t"_s, Actor::Origin::CommandLine), &error));
        QVERIFY(feed({{30, 3.5}, {60, 2.9}, {90, 1.8}}).ok);
        auto list = alarms();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].kind, u"low"_s);
        QCOMPARE(list[0].level, u"low_alarm"_s);
        QCOMPARE(feed({{120, 3.05}}).counts.alarmsCleared, 0); // within the 0.1 margin
        QCOMPARE(feed({{150, 3.2}}).counts.alarmsCleared, 1);
    }

    // Setting levels does not judge the history already stored.
    void levelsDoNotRaiseForHistory()
    {
        QVERIFY(feed({{30, 1000}, {60, 1100}}).ok);
        QString error;
        QVERIFY(m_service->setLevels(m_ds, {{u"alarm"_s, 1050, false}}, std::nullopt, Actor(u"t"_s, Actor::Origin::CommandLine), &error));
        QVERIFY(alarms().isEmpty());
        QCOMPARE(feed({{90, 1060}}).counts.alarmsRaised, 1);
    }

    void acknowledge()
    {
        QVERIFY(feed({{30, 1400}}).ok);
        const qint64 id = alarms()[0].id;
        QString error;
        QVERIFY(m_service->acknowledge(id, u"Poklicali PGD Ptuj"_s, Actor(u"koordinator"_s, Actor::Origin::CommandLine), &error));
        auto a = alarms()[0];
        QCOMPARE(a.state(), u"acknowledged"_s);
        QCOMPARE(a.acknowledgedBy, u"koordinator"_s);
        QCOMPARE(a.events.last().event, u"acknowledged"_s);
        QVERIFY(!m_service->acknowledge(id, {}, Actor(u"x"_s, Actor::Origin::CommandLine), &error));
        QVERIFY(error.contains(u"koordinator"_s));
        QVERIFY(!m_service->acknowledge(999, {}, Actor(u"x"_s, Actor::Origin::CommandLine), &error));
        QVERIFY(SensorQueries::alarms(m_store->db(), true).size() == 1); // still active
        QVERIFY(feed({{60, 1000}}).ok);
        QCOMPARE(alarms()[0].state(), u"closed"_s);
        QVERIFY(SensorQueries::alarms(m_store->db(), true).isEmpty());
        // The events cannot be rewritten.
        QVERIFY(sqlite3_exec(m_store->db(), "DELETE FROM sensor_alarm_events", nullptr, nullptr, nullptr) != SQLITE_OK);
    }

    void staleData()
    {
        sqlite3_exec(m_store->db(), "UPDATE sensor_datastreams SET interval_seconds = 900", nullptr, nullptr, nullptr);
        AlarmEvaluator stale(m_store->db());
        QString error;
        const qint64 start = SensorTime::fromCivil(2026, 12, 4, 0, 0, 0);
        QVERIFY(stale.checkStale(start + 2 * 900, &error));
        QCOMPARE(stale.raised(), 0);
        QVERIFY(stale.checkStale(start + 4 * 900, &error));
        QCOMPARE(stale.raised(), 1);
        QVERIFY(stale.checkStale(start + 8 * 900, &error));
        QCOMPARE(stale.raised(), 1); // once
        auto a = alarms()[0];
        QCOMPARE(a.kind, u"stale"_s);
        QCOMPARE(a.t, start + 3 * 900);
        QCOMPARE(feed({{200, 10}}).counts.alarmsCleared, 1);
    }
};

QTEST_MAIN(tst_AlarmEvaluator)
#include "tst_alarmevaluator.moc"
