#include "SensorTestUtils.h"
#include "SensorTime.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using SensorTestUtils::Gauge;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// The binary, while this process's event loop keeps serving the test endpoints.
Run console(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PTUJ_USER"_s, u"koordinator"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PTUJ_CONSOLE_BINARY), arguments);
    QDeadlineTimer deadline(120000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        p.waitForFinished(10);
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class tst_SensorCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // The coordinator's round trip: gauges in, listed with their levels, a reading that
    // crosses the first high water raises one alarm at its time, acknowledged with a note.
    void gaugeRoundTrip()
    {
        const QString store = m_dir.filePath(u"g.gpkg"_s);
        QVERIFY(SensorTestUtils::newStore(store));
        SensorTestUtils::FixedServer arso;
        QVERIFY(arso.start());
        // Recent readings (ARSO's datum_cet is UTC+1), so no gauge is stale yet.
        const qint64 t0 = QDateTime::currentSecsSinceEpoch() / 1800 * 1800 - 1800, t1 = t0 + 1800;
        const auto cet = [](qint64 t) { return SensorTime::toIso(t + 3600).left(16).replace(u'T', u' '); };
        Gauge g;
        g.datumCet = cet(t0);
        arso.body = SensorTestUtils::arsoXml({g});
        Run r = console({u"sensors"_s, u"import"_s, u"--store"_s, store, u"--url"_s, arso.url().toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject summary = r.json().object();
        QCOMPARE(summary.value(u"imported"_s).toInt(), 3);
        QCOMPARE(summary.value(u"skipped"_s).toInt(), 0);
        QCOMPARE(summary.value(u"rejected"_s).toInt(), 0);

        r = console({u"sensors"_s, u"list"_s, u"--store"_s, store});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = r.json().array();
        QCOMPARE(list.size(), 3);
        QJsonObject discharge;
        for (const QJsonValue &v : list)
            if (v.toObject().value(u"property"_s).toString() == u"discharge"_s)
                discharge = v.toObject();
        QCOMPARE(discharge.value(u"station"_s).toString(), u"Drava – Ptuj"_s);
        QCOMPARE(discharge.value(u"station_code"_s).toString(), u"2110"_s);
        QCOMPARE(discharge.value(u"name"_s).toString(), u"Pretok"_s);
        QCOMPARE(discharge.value(u"unit"_s).toString(), u"m³/s"_s);
        QCOMPARE(discharge.value(u"levels"_s).toObject().value(u"prvi_vv"_s).toDouble(), 1300.0);
        QCOMPARE(discharge.value(u"observations"_s).toInt(), 1);
        QCOMPARE(discharge.value(u"latest"_s).toObject().value(u"time"_s).toString(), SensorTime::toIso(t0));
        QCOMPARE(discharge.value(u"latest"_s).toObject().value(u"value"_s).toDouble(), 420.5);
        const QString id = QString::number(discharge.value(u"id"_s).toInt());

        // Half an hour later the Drava is past the first high water.
        g.datumCet = cet(t1);
        g.discharge = u"1350"_s;
        arso.body = SensorTestUtils::arsoXml({g});
        r = console({u"sensors"_s, u"import"_s, u"--store"_s, store, u"--url"_s, arso.url().toString()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(u"alarms"_s).toObject().value(u"raised"_s).toInt(), 1);
        r = console({u"sensors"_s, u"import"_s, u"--store"_s, store, u"--url"_s, arso.url().toString()});
        QCOMPARE(r.json().object().value(u"skipped"_s).toInt(), 3);
        QCOMPARE(r.json().object().value(u"alarms"_s).toObject().value(u"raised"_s).toInt(), 0);

        r = console({u"sensors"_s, u"alarms"_s, u"--open"_s, u"--store"_s, store});
        QCOMPARE(r.exitCode, 0);
        QJsonArray alarms = r.json().array();
        QCOMPARE(alarms.size(), 1);
        const QJsonObject alarm = alarms[0].toObject();
        QCOMPARE(QString::number(alarm.value(u"datastream"_s).toInt()), id);
        QCOMPARE(alarm.value(u"level"_s).toString(), u"prvi_vv"_s);
        QCOMPARE(alarm.value(u"value"_s).toDouble(), 1350.0);
        QCOMPARE(alarm.value(u"time"_s).toString(), SensorTime::toIso(t1));
        QCOMPARE(alarm.value(u"state"_s).toString(), u"active"_s);

        r = console({u"sensors"_s, u"ack"_s, QString::number(alarm.value(u"id"_s).toInt()), u"--note"_s, u"PGD obveščeni"_s,
                     u"--store"_s, store});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(u"state"_s).toString(), u"acknowledged"_s);
        QCOMPARE(r.json().object().value(u"acknowledged_by"_s).toString(), u"koordinator"_s);
        r = console({u"sensors"_s, u"ack"_s, QString::number(alarm.value(u"id"_s).toInt()), u"--store"_s, store});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"already acknowledged"_s));

        r = console({u"sensors"_s, u"series"_s, u"--datastream"_s, id, u"--store"_s, store});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray obs = r.json().object().value(u"observations"_s).toArray();
        QCOMPARE(obs.size(), 2);
        QCOMPARE(obs[1].toObject().value(u"time"_s).toString(), SensorTime::toIso(t1));
        r = console({u"sensors"_s, u"series"_s, u"--datastream"_s, id, u"--csv"_s, u"--from"_s, SensorTime::toIso(t0 + 60),
                     u"--store"_s, store});
        QCOMPARE(r.out, "time,value\n" + SensorTime::toIso(t1).toLatin1() + ",1350\n");
    }

    void levelsFromTheCommandLine()
    {
        const QString store = m_dir.filePath(u"l.gpkg"_s);
        QVERIFY(SensorTestUtils::newStore(store));
        const QString csv = m_dir.filePath(u"p.csv"_s);
        QVERIFY(write(csv, "station,datastream,time,value,unit,station_name,lon,lat,domain\n"
                           "VOD1,tlak,2026-12-04T10:00:00Z,3.1,bar,Vodohran,15.87,46.42,water\n"
                           "VOD1,tlak,2026-12-04T10:15:00Z,2.4,bar,,,,\n"));
        Run r = console({u"sensors"_s, u"import"_s, u"--store"_s, store, csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = console({u"sensors"_s, u"list"_s, u"--store"_s, store});
        const QString id = QString::number(r.json().array()[0].toObject().value(u"id"_s).toInt());
        r = console({u"sensors"_s, u"levels"_s, u"--datastream"_s, id, u"--set"_s, u"low_warning=2.5,low_alarm=2.0"_s, u"--store"_s, store});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(u"levels"_s).toObject().value(u"low_alarm"_s).toDouble(), 2.0);
        // The stored 2.4 is below the new warning level, but history raises nothing.
        r = console({u"sensors"_s, u"alarms"_s, u"--store"_s, store});
        QCOMPARE(r.json().array().size(), 0);
        QVERIFY(write(csv, "station,datastream,time,value\nVOD1,tlak,2026-12-04T10:30:00Z,1.9\n"));
        r = console({u"sensors"_s, u"import"_s, u"--store"_s, store, csv});
        r = console({u"sensors"_s, u"alarms"_s, u"--store"_s, store});
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array()[0].toObject().value(u"level"_s).toString(), u"low_alarm"_s);

        for (const QStringList &bad : {QStringList{u"levels"_s, u"--datastream"_s, id, u"--set"_s, u"alarm"_s},
                                       QStringList{u"levels"_s, u"--datastream"_s, u"x"_s, u"--set"_s, u"a=1"_s},
                                       QStringList{u"series"_s, u"--datastream"_s, id, u"--from"_s, u"soon"_s},
                                       QStringList{u"import"_s, u"--format"_s, u"xls"_s, csv}, QStringList{u"bogus"_s}}) {
            r = console(QStringList{u"sensors"_s} + bad + QStringList{u"--store"_s, store});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(!r.err.isEmpty());
        }
        r = console({u"sensors"_s, u"levels"_s, u"--datastream"_s, u"999"_s, u"--set"_s, u"a=1"_s, u"--store"_s, store});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_MAIN(tst_SensorCli)
#include "tst_sensorcli.moc"
