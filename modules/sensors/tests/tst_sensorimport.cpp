#include "SensorQueries.h"
#include "SensorService.h"
#include "SensorTestUtils.h"
#include "SensorTime.h"
#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using SensorTestUtils::count;
using SensorTestUtils::Gauge;

class tst_SensorImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Store> store() { return SensorTestUtils::newStore(m_dir.filePath(u"s%1.gpkg"_s.arg(++m_n))); }
    static SensorImportOptions options()
    {
        SensorImportOptions o;
        o.actor = Actor(u"tester"_s, Actor::Origin::CommandLine);
        return o;
    }

private slots:
    void arsoIntoStore()
    {
        auto s = store();
        SensorService service(*s);
        Gauge ptuj, borl;
        borl.code = u"2150"_s;
        borl.place = u"Borl"_s;
        borl.q1 = u"500"_s;
        const auto summary = service.importData(SensorTestUtils::arsoXml({ptuj, borl}), u"a.xml"_s, options());
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.format, u"arso"_s);
        QCOMPARE(summary.counts.imported, 6);
        QCOMPARE(count(*s, "SELECT count(*) FROM sensor_stations WHERE geom IS NOT NULL"), 2);
        QCOMPARE(count(*s, "SELECT count(*) FROM rtree_sensor_stations_geom"), 2);
        const auto list = SensorQueries::datastreams(s->db());
        QCOMPARE(list.size(), 6);
        const auto q = std::find_if(list.cbegin(), list.cend(), [](const auto &d) { return d.stationCode == u"2110"_s && d.key == u"pretok"_s; });
        QVERIFY(q != list.cend());
        QCOMPARE(q->levels.size(), 3);
        QCOMPARE(*q->latestValue, 420.5);
        QCOMPARE(q->observations, 1);
        QCOMPARE(q->toJson().value(u"latest"_s).toObject().value(u"time"_s).toString(), u"2026-12-04T12:30:00Z"_s);
        QCOMPARE(q->toJson().value(u"levels"_s).toObject().value(u"drugi_vv"_s).toDouble(), 1580.0);

        // The same document again: nothing twice.
        const auto again = service.importData(SensorTestUtils::arsoXml({ptuj, borl}), u"a.xml"_s, options());
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.counts.imported, 0);
        QCOMPARE(again.counts.skipped, 6);
        QCOMPARE(count(*s, "SELECT count(*) FROM sensor_observations"), 6);
        QCOMPARE(count(*s, "SELECT sum(observation_count) FROM sensor_datastreams"), 6);
    }

    // A reading without coordinates keeps the location the store already has.
    void locationKept()
    {
        auto s = store();
        SensorService service(*s);
        QVERIFY(service.importData(SensorTestUtils::arsoXml({Gauge()}), u"a.xml"_s, options()).ok);
        Gauge later;
        later.lon = QString();
        later.lat = QString();
        later.datum = u"2026-12-04 14:00"_s;
        const auto summary = service.importData(SensorTestUtils::arsoXml({later}), u"b.xml"_s, options());
        QVERIFY(summary.ok);
        QCOMPARE(summary.warnings.size(), 1);
        QCOMPARE(count(*s, "SELECT count(*) FROM sensor_stations WHERE geom IS NOT NULL"), 1);
        QCOMPARE(count(*s, "SELECT count(*) FROM sensor_observations"), 6);
    }

    void csvWithStationsAndUnknowns()
    {
        auto s = store();
        SensorService service(*s);
        QVERIFY(service.importData(SensorTestUtils::arsoXml({Gauge()}), u"a.xml"_s, options()).ok);
        const QByteArray csv = "station,datastream,time,value,unit,station_name,lon,lat,domain\n"
                               "2110,vodostaj,2026-12-04T12:00:00Z,175,cm,,,,\n"
                               "2110,vodostaj,2026-12-04T12:30:00Z,180,cm,,,,\n" // already stored
                               "2110,vodostaj,not a time,1,cm,,,,\n"
                               "2110,vodostaj,2026-12-04T11:30:00Z,abc,cm,,,,\n"
                               "2110,vodostaj,2026-12-04T11:00:00Z,,cm,,,,\n"
                               "ZRAK1,pm10,2026-12-04T12:00:00+01:00,31.5,µg/m³,Zrak – center,15.8707,46.4199,environment\n"
                               "ZRAK1,pm10,2026-12-04 12:15,33,µg/m³,,,,\n"
                               "NEZNANA,pm10,2026-12-04T12:00:00Z,1,µg/m³,,,,\n";
        const auto summary = service.importData(csv, u"r.csv"_s, options());
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.format, u"csv"_s);
        QCOMPARE(summary.counts.imported, 4); // 175, the empty one, and two PM10
        QCOMPARE(summary.counts.skipped, 1);
        QCOMPARE(summary.rejectedCount, 3);     // bad time, abc, the unknown station
        QVERIFY(summary.rejected.join(u'\n').contains(u"NEZNANA"_s));
        QVERIFY(summary.warnings.join(u'\n').contains(u"read as UTC"_s));
        QCOMPARE(count(*s, "SELECT count(*) FROM sensor_observations WHERE value IS NULL"), 1);
        QCOMPARE(count(*s, "SELECT count(*) FROM sensor_stations WHERE code = 'ZRAK1' AND domain = 'environment'"), 1);
        // A back-filled older reading does not move the latest one.
        QCOMPARE(count(*s, "SELECT latest_value FROM sensor_datastreams WHERE key = 'vodostaj'"), 180);
        QCOMPARE(count(*s, "SELECT t FROM sensor_observations WHERE datastream_id = (SELECT id FROM sensor_datastreams WHERE key='pm10') ORDER BY t LIMIT 1"),
                 SensorTime::parseIso("2026-12-04T11:00:00Z")->seconds);
    }

    void sensorThingsFile()
    {
        auto s = store();
        SensorService service(*s);
        const QJsonObject doc{{u"value"_s, QJsonArray{QJsonObject{
            {u"@iot.id"_s, 7}, {u"name"_s, u"Parkirišče Dijaški dom"_s}, {u"properties"_s, QJsonObject{{u"domain"_s, u"mobility"_s}}},
            {u"Locations"_s, QJsonArray{QJsonObject{{u"location"_s, QJsonObject{{u"type"_s, u"Point"_s}, {u"coordinates"_s, QJsonArray{15.87, 46.42}}}}}}},
            {u"Datastreams"_s, QJsonArray{QJsonObject{
                {u"@iot.id"_s, 70}, {u"name"_s, u"Zasedenost"_s}, {u"unitOfMeasurement"_s, QJsonObject{{u"symbol"_s, u"%"_s}}},
                {u"ObservedProperty"_s, QJsonObject{{u"name"_s, u"parking_occupancy"_s}}},
                {u"properties"_s, QJsonObject{{u"levels"_s, QJsonObject{{u"warning"_s, 85}, {u"alarm"_s, 95}, {u"bad"_s, u"x"_s}}}}},
                {u"Observations"_s, QJsonArray{
                    SensorTestUtils::observation(u"2026-12-04T12:00:00Z"_s, 40),
                    SensorTestUtils::observation(u"2026-12-04T12:00:00Z/2026-12-04T12:15:00Z"_s, 45),
                    SensorTestUtils::observation(u"2026-12-04T12:30:00+01:00"_s, u"sensor fault"_s),
                    SensorTestUtils::observation(u"2026-12-04T12:45:00Z"_s, QJsonValue::Null),
                    QJsonObject{{u"phenomenonTime"_s, u"2026-12-04T13:00:00Z"_s}},
                    QJsonObject{{u"result"_s, 3}},
                    SensorTestUtils::observation(u"2026-12-04T13:15:00"_s, 50)}}}}}}}}};
        const auto summary = service.importData(QJsonDocument(doc).toJson(), u"things.json"_s, options());
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.format, u"sta"_s);
        QCOMPARE(summary.counts.imported, 5);
        QCOMPARE(summary.rejectedCount, 3); // no result, no time, the level that is not a number
        QVERIFY(summary.warnings.join(u'\n').contains(u"no time zone"_s));
        QCOMPARE(count(*s, "SELECT span FROM sensor_observations WHERE span IS NOT NULL"), 900);
        QCOMPARE(count(*s, "SELECT count(*) FROM sensor_observations WHERE text = 'sensor fault'"), 1);
        QCOMPARE(count(*s, "SELECT count(*) FROM sensor_levels"), 2);
        QCOMPARE(count(*s, "SELECT count(*) FROM sensor_stations WHERE code = 'sta-7' AND domain = 'mobility'"), 1);
    }

    // A document the console cannot read changes nothing and says what it is.
    void badInputLeavesStore_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("format");
        QTest::newRow("html as sta") << QByteArray("<!DOCTYPE html><html><body>Not found</body></html>") << u"sta"_s;
        QTest::newRow("broken json") << QByteArray("{\"value\": [ {\"@iot.id\": 1, ") << u"sta"_s;
        QTest::newRow("json array") << QByteArray("[1,2,3]") << u"sta"_s;
        QTest::newRow("csv without header") << QByteArray("1,2,3\n") << u"csv"_s;
        QTest::newRow("unknown") << QByteArray("hello") << QString();
    }
    void badInputLeavesStore()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, format);
        auto s = store();
        SensorService service(*s);
        QVERIFY(service.importData(SensorTestUtils::arsoXml({Gauge()}), u"a.xml"_s, options()).ok);
        SensorImportOptions o = options();
        o.format = format;
        const auto summary = service.importData(data, u"bad"_s, o);
        QVERIFY(!summary.ok);
        QVERIFY(!summary.error.isEmpty());
        QCOMPARE(count(*s, "SELECT count(*) FROM sensor_observations"), 3);
    }

    // A chart's buckets hold the min and max of their readings; a series is the readings in order.
    void seriesAndBuckets()
    {
        auto s = store();
        SensorService service(*s);
        QByteArray csv = "station,datastream,time,value,station_name,lon,lat\n";
        const qint64 start = SensorTime::fromCivil(2026, 1, 1, 0, 0, 0);
        for (int i = 0; i < 400; ++i)
            csv += "B,x," + SensorTime::toIso(start + i * 900).toLatin1() + ',' + QByteArray::number(i % 10 == 3 ? 100 + i : i % 7)
                   + (i == 0 ? ",B,15.87,46.42\n" : ",,,\n");
        QVERIFY(service.importData(csv, u"b.csv"_s, options()).ok);
        const qint64 id = count(*s, "SELECT id FROM sensor_datastreams");
        const auto points = SensorQueries::series(s->db(), id, start + 900, start + 10 * 900);
        QCOMPARE(points.size(), 10);
        QCOMPARE(points.first().t, start + 900);
        const auto buckets = SensorQueries::buckets(s->db(), id, start, start + 400 * 900, 40);
        QCOMPARE(buckets.size(), 40);
        int total = 0;
        for (int b = 0; b < buckets.size(); ++b) {
            total += buckets[b].count;
            QCOMPARE(buckets[b].t, start + b * 10 * 900);
            QCOMPARE(buckets[b].max, double(100 + b * 10 + 3)); // the peak of its ten readings
            double min = 1e9;
            for (int i = b * 10; i < b * 10 + 10; ++i)
                if (i % 10 != 3)
                    min = std::min(min, double(i % 7));
            QCOMPARE(buckets[b].min, min);
        }
        QCOMPARE(total, 400);
        QVERIFY(SensorQueries::buckets(s->db(), id, start, start, 10).isEmpty());
    }

    void fuzzCsv()
    {
        auto s = store();
        SensorService service(*s);
        const QByteArray base = "station,datastream,time,value,unit,station_name,lon,lat\n"
                                "A,pm10,2026-12-04T12:00:00Z,31.5,µg/m³,\"Zrak, \"\"center\"\"\",15.87,46.42\n"
                                "A,pm10,2026-12-04T12:15:00Z,32,µg/m³,,,\n";
        quint32 seed = 99;
        for (int i = 0; i < 500; ++i) {
            QByteArray d = base;
            for (int k = 0; k < 1 + i % 5; ++k) {
                seed = seed * 1664525u + 1013904223u;
                d[int(seed % quint32(d.size()))] = char(seed >> 24);
            }
            const auto before = count(*s, "SELECT count(*) FROM sensor_observations");
            const auto summary = service.importData(d, u"fuzz.csv"_s, options());
            const auto after = count(*s, "SELECT count(*) FROM sensor_observations");
            QVERIFY(summary.ok ? after == before + summary.counts.imported : after == before);
        }
    }
};

QTEST_MAIN(tst_SensorImport)
#include "tst_sensorimport.moc"
