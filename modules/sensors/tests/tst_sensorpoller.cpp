#include "SensorPoller.h"
#include "SensorService.h"
#include "SensorTestUtils.h"
#include "SensorTime.h"
#include "Store.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using SensorTestUtils::count;
using SensorTestUtils::Gauge;

namespace {

// A gauge reading of now (ARSO's datum_cet is UTC+1), so nothing is stale.
QByteArray feed(qint64 t, const QString &discharge)
{
    Gauge g;
    g.datumCet = SensorTime::toIso(t + 3600).left(16).replace(u'T', u' ');
    g.discharge = discharge;
    return SensorTestUtils::arsoXml({g});
}

} // namespace

class tst_SensorPoller : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // The poller picks up a source once it is due, writes only what is new, and a failed poll
    // keeps the stored readings and logs the error on the source.
    void pollsOnScheduleAndSurvivesFailure()
    {
        SensorTestUtils::FixedServer arso;
        QVERIFY(arso.start());
        const qint64 t0 = QDateTime::currentSecsSinceEpoch() / 1800 * 1800 - 1800;
        arso.body = feed(t0, u"420"_s);
        const QString path = m_dir.filePath(u"p.gpkg"_s);
        {
            auto store = SensorTestUtils::newStore(path);
            SensorImportOptions o;
            o.actor = Actor(u"tester"_s, Actor::Origin::CommandLine);
            QVERIFY(SensorService(*store).importUrl(arso.url(), o).ok);
            // Due again in one second instead of half an hour.
            QCOMPARE(sqlite3_exec(store->db(), "UPDATE sensor_sources SET poll_seconds = 1", nullptr, nullptr, nullptr), SQLITE_OK);
        }
        arso.body = feed(t0 + 1800, u"1350"_s);
        SensorPoller poller(path, Actor(u"poller"_s, Actor::Origin::System));
        poller.setCheckInterval(200);
        QSignalSpy polled(&poller, &SensorPoller::polled);
        QSignalSpy failed(&poller, &SensorPoller::failed);
        poller.start();
        QVERIFY(polled.wait(10000));
        QCOMPARE(polled.first().at(1).toInt(), 3); // the new half hour
        QCOMPARE(polled.first().at(2).toInt(), 1); // past the first high water

        arso.status = 503;
        arso.body = "Service Unavailable";
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().at(1).toString().contains(u"503"_s));
        poller.stop();
        QVERIFY(!poller.isRunning());

        auto store = Store::open(path, Store::Mode::ReadOnly, nullptr);
        QVERIFY(store);
        QCOMPARE(count(*store, "SELECT count(*) FROM sensor_observations"), 6);
        QCOMPARE(count(*store, "SELECT count(*) FROM sensor_alarms"), 1);
        QCOMPARE(count(*store, "SELECT last_error IS NOT NULL FROM sensor_sources"), 1);
    }

    void pollNowIgnoresSchedule()
    {
        SensorTestUtils::FixedServer arso;
        QVERIFY(arso.start());
        const qint64 t0 = QDateTime::currentSecsSinceEpoch() / 1800 * 1800 - 1800;
        arso.body = feed(t0, u"420"_s);
        const QString path = m_dir.filePath(u"n.gpkg"_s);
        {
            auto store = SensorTestUtils::newStore(path);
            SensorImportOptions o;
            o.actor = Actor(u"tester"_s, Actor::Origin::CommandLine);
            QVERIFY(SensorService(*store).importUrl(arso.url(), o).ok); // next due in 30 minutes
        }
        SensorPoller poller(path, Actor(u"poller"_s, Actor::Origin::System));
        QSignalSpy rounds(&poller, &SensorPoller::roundFinished);
        QSignalSpy polled(&poller, &SensorPoller::polled);
        poller.start();
        QVERIFY(rounds.wait(10000));
        QCOMPARE(polled.size(), 0); // not due
        const int hits = arso.hits;
        poller.pollNow();
        QVERIFY(polled.wait(10000));
        QCOMPARE(arso.hits, hits + 1);
        QCOMPARE(polled.first().at(1).toInt(), 0); // nothing new: skipped, not written twice
        poller.stop();
    }
};

QTEST_MAIN(tst_SensorPoller)
#include "tst_sensorpoller.moc"
