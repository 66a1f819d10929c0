#include "SensorTime.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

class tst_SensorTime : public QObject
{
    Q_OBJECT

private slots:
    void parseIso_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("utc");
        QTest::addColumn<bool>("offset");
        QTest::newRow("Z") << QByteArray("2026-12-04T13:30:00Z") << true << "2026-12-04T13:30:00Z" << true;
        QTest::newRow("fraction") << QByteArray("2026-12-04T13:30:00.123Z") << true << "2026-12-04T13:30:00Z" << true;
        QTest::newRow("+01:00") << QByteArray("2026-12-04T13:30:00+01:00") << true << "2026-12-04T12:30:00Z" << true;
        QTest::newRow("+0200") << QByteArray("2026-07-04T13:30+0200") << true << "2026-07-04T11:30:00Z" << true;
        QTest::newRow("-05:30") << QByteArray("2026-01-01T00:00:00-05:30") << true << "2026-01-01T05:30:00Z" << true;
        QTest::newRow("no zone") << QByteArray("2026-12-04 13:30") << true << "2026-12-04T13:30:00Z" << false;
        QTest::newRow("date") << QByteArray("2026-02-28") << true << "2026-02-28T00:00:00Z" << false;
        QTest::newRow("leap day") << QByteArray("2028-02-29T12:00:00Z") << true << "2028-02-29T12:00:00Z" << true;
        QTest::newRow("not leap") << QByteArray("2026-02-29T12:00:00Z") << false << "" << false;
        QTest::newRow("month 13") << QByteArray("2026-13-01T00:00:00Z") << false << "" << false;
        QTest::newRow("hour 24") << QByteArray("2026-12-04T24:00:00Z") << false << "" << false;
        QTest::newRow("junk after") << QByteArray("2026-12-04T13:30:00Zjunk") << false << "" << false;
        QTest::newRow("words") << QByteArray("yesterday") << false << "" << false;
        QTest::newRow("empty") << QByteArray("") << false << "" << false;
        QTest::newRow("offset 15h") << QByteArray("2026-12-04T13:30:00+15:00") << false << "" << false;
    }
    void parseIso()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(QString, utc);
        QFETCH(bool, offset);
        const auto p = SensorTime::parseIso(text);
        QCOMPARE(p.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(SensorTime::toIso(p->seconds), utc);
        QCOMPARE(p->hadOffset, offset);
    }

    // Agrees with QDateTime over many instants (and so with Qt's calendar).
    void agreesWithQt()
    {
        for (qint64 s = -86400LL * 400; s < 86400LL * 365 * 80; s += 86400LL * 7 + 3671) {
            const QString qt = QDateTime::fromSecsSinceEpoch(s, QTimeZone::UTC).toString(Qt::ISODate);
            QCOMPARE(SensorTime::toIso(s), qt);
            QCOMPARE(SensorTime::parseIso(qt.toLatin1())->seconds, s);
        }
    }

    void ljubljana_data()
    {
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("hour");
        QTest::addColumn<QString>("utc");
        QTest::addColumn<bool>("ambiguous");
        QTest::addColumn<bool>("skipped");
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        QTest::newRow("winter") << 12 << 4 << 13 << "2026-12-04T12:00:00Z" << false << false;
        QTest::newRow("summer") << 8 << 14 << 17 << "2026-08-14T15:00:00Z" << false << false;
        QTest::newRow("before spring") << 3 << 29 << 1 << "2026-03-29T00:00:00Z" << false << false;
        QTest::newRow("skipped hour") << 3 << 29 << 2 << "2026-03-29T01:00:00Z" << false << true;
        QTest::newRow("after spring") << 3 << 29 << 3 << "2026-03-29T01:00:00Z" << false << false;
        QTest::newRow("repeated hour") << 10 << 25 << 2 << "2026-10-25T00:00:00Z" << true << false;
        QTest::newRow("after autumn") << 10 << 25 << 3 << "2026-10-25T02:00:00Z" << false << false;
    }
    void ljubljana()
    {
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(int, hour);
        QFETCH(QString, utc);
        QFETCH(bool, ambiguous);
        QFETCH(bool, skipped);
        bool a = false, s = false;
        QCOMPARE(SensorTime::toIso(SensorTime::fromLjubljana(2026, month, day, hour, 0, &a, &s)), utc);
        QCOMPARE(a, ambiguous);
        QCOMPARE(s, skipped);
    }

    // The EU rule matches the system's zone database where it has Europe/Ljubljana.
    void summerTimeMatchesZoneDatabase()
    {
        const QTimeZone zone("Europe/Ljubljana");
        if (!zone.isValid())
            QSKIP("no zone database here");
        for (qint64 s = 946684800; s < 946684800 + 86400LL * 365 * 30; s += 3600 * 5 + 17)
            QCOMPARE(SensorTime::isSummerTime(s), zone.isDaylightTime(QDateTime::fromSecsSinceEpoch(s, QTimeZone::UTC)));
    }
};

QTEST_APPLESS_MAIN(tst_SensorTime)
#include "tst_sensortime.moc"
