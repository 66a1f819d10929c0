#include "ArsoHydroParser.h"
#include "SensorTestUtils.h"
#include "SensorTime.h"

#include <QTest>

using namespace Qt::StringLiterals;
using SensorTestUtils::Gauge;

namespace {

const SensorDatastreamInfo *stream(const SensorBatch &b, const QString &code, const char *key)
{
    for (const auto &d : b.datastreams)
        if (d.stationCode == code && d.key == QLatin1StringView(key))
            return &d;
    return nullptr;
}

QList<SensorObservation> readings(const SensorBatch &b, const QString &code, const char *key)
{
    return b.observations.value(SensorBatch::streamId(code, QLatin1StringView(key)));
}

} // namespace

class tst_ArsoHydroParser : public QObject
{
    Q_OBJECT

private slots:
    void readsGauge()
    {
        Gauge g;
        const SensorBatch b = ArsoHydroParser::parse(SensorTestUtils::arsoXml({g}), u"test.xml"_s);
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        QCOMPARE(b.stations.size(), 1);
        QCOMPARE(b.stations[0].code, u"2110"_s);
        QCOMPARE(b.stations[0].name, u"Drava – Ptuj"_s);
        QCOMPARE(b.stations[0].domain, u"protection"_s);
        QVERIFY(b.stations[0].lonLat);
        QCOMPARE(b.stations[0].lonLat->x(), 15.8724);
        QCOMPARE(*b.stations[0].elevation, 210.5);
        // Winter: 13:30 in Ljubljana is 12:30 UTC.
        const auto level = readings(b, u"2110"_s, ArsoHydroParser::kWaterLevel);
        QCOMPARE(level.size(), 1);
        QCOMPARE(SensorTime::toIso(level[0].t), u"2026-12-04T12:30:00Z"_s);
        QCOMPARE(*level[0].value, 180.0);
        QCOMPARE(*readings(b, u"2110"_s, ArsoHydroParser::kDischarge)[0].value, 420.5);
        // The three high-water discharges are the discharge's levels.
        const SensorDatastreamInfo *q = stream(b, u"2110"_s, ArsoHydroParser::kDischarge);
        QVERIFY(q);
        QCOMPARE(q->unit, u"m³/s"_s);
        QCOMPARE(q->levels, (QList<SensorLevel>{{u"prvi_vv"_s, 1300, false}, {u"drugi_vv"_s, 1580, false}, {u"tretji_vv"_s, 1700, false}}));
        QCOMPARE(q->intervalSeconds, 1800);
        QVERIFY(b.rejected.isEmpty());
    }

    void olderCoordinateNames()
    {
        Gauge g;
        g.wgs84Names = false;
        const SensorBatch b = ArsoHydroParser::parse(SensorTestUtils::arsoXml({g}), u"test.xml"_s);
        QVERIFY(b.stations[0].lonLat);
        QCOMPARE(b.stations[0].lonLat->y(), 46.4172);
    }

    void summerTimeAndDatumCet()
    {
        Gauge summer;
        summer.datum = u"2026-08-14 17:30"_s;
        Gauge both = summer;
        both.code = u"2150"_s;
        both.datumCet = u"2026-08-14 16:30"_s;
        const SensorBatch b = ArsoHydroParser::parse(SensorTestUtils::arsoXml({summer, both}), u"test.xml"_s);
        QCOMPARE(SensorTime::toIso(readings(b, u"2110"_s, ArsoHydroParser::kWaterLevel)[0].t), u"2026-08-14T15:30:00Z"_s);
        QCOMPARE(SensorTime::toIso(readings(b, u"2150"_s, ArsoHydroParser::kWaterLevel)[0].t), u"2026-08-14T15:30:00Z"_s);
    }

    void repeatedHourWarns()
    {
        Gauge g;
        g.datum = u"2026-10-25 02:30"_s;
        const SensorBatch b = ArsoHydroParser::parse(SensorTestUtils::arsoXml({g}), u"test.xml"_s);
        QCOMPARE(readings(b, u"2110"_s, ArsoHydroParser::kWaterLevel).size(), 1);
        QVERIFY(b.warnings.join(u'\n').contains(u"occurs twice"_s));
    }

    // An empty element is a missing value, never 0; a word is left out with its reason.
    void missingAndBadValues()
    {
        Gauge g;
        g.level = u""_s;
        g.discharge = u"n/a"_s;
        g.temperature = QString(); // no element at all
        const SensorBatch b = ArsoHydroParser::parse(SensorTestUtils::arsoXml({g}), u"test.xml"_s);
        QVERIFY(readings(b, u"2110"_s, ArsoHydroParser::kWaterLevel).isEmpty());
        QVERIFY(stream(b, u"2110"_s, ArsoHydroParser::kWaterLevel)); // the datastream is still there
        QVERIFY(readings(b, u"2110"_s, ArsoHydroParser::kDischarge).isEmpty());
        QVERIFY(!stream(b, u"2110"_s, ArsoHydroParser::kWaterTemperature));
        QCOMPARE(b.rejected.size(), 1);
        QVERIFY(b.rejected[0].contains(u"n/a"_s));
    }

    void decimalCommaKeptWithWarning()
    {
        Gauge g;
        g.discharge = u"41,3"_s;
        const SensorBatch b = ArsoHydroParser::parse(SensorTestUtils::arsoXml({g}), u"test.xml"_s);
        QCOMPARE(*readings(b, u"2110"_s, ArsoHydroParser::kDischarge)[0].value, 41.3);
        QVERIFY(b.warnings.join(u'\n').contains(u"decimal comma"_s));
    }

    void stationWithoutCoordinatesIsKept()
    {
        Gauge g;
        g.lon = QString();
        g.lat = QString();
        Gauge bad;
        bad.code = u"2652"_s;
        bad.lon = u"east"_s;
        const SensorBatch b = ArsoHydroParser::parse(SensorTestUtils::arsoXml({g, bad}), u"test.xml"_s);
        QCOMPARE(b.stations.size(), 2);
        QVERIFY(!b.stations[0].lonLat);
        QVERIFY(!b.stations[1].lonLat);
        QCOMPARE(b.warnings.size(), 2);
        QCOMPARE(readings(b, u"2110"_s, ArsoHydroParser::kWaterLevel).size(), 1);
    }

    void unknownElementsAndAttributesPass()
    {
        Gauge g;
        g.extra = u"<znacilna_visina_valov>3</znacilna_visina_valov><nekaj><globoko>1</globoko></nekaj>"_s;
        QByteArray xml = SensorTestUtils::arsoXml({g});
        xml.replace("kota_0=", "novo=\"x\" kota_0=");
        const SensorBatch b = ArsoHydroParser::parse(xml, u"test.xml"_s);
        QVERIFY(b.error.isEmpty());
        QCOMPARE(readings(b, u"2110"_s, ArsoHydroParser::kWaterLevel).size(), 1);
    }

    void badTimeRejectsReadingsOnly()
    {
        Gauge g;
        g.datum = u"včeraj"_s;
        const SensorBatch b = ArsoHydroParser::parse(SensorTestUtils::arsoXml({g}), u"test.xml"_s);
        QCOMPARE(b.stations.size(), 1);
        QCOMPARE(b.observationCount(), 0);
        QCOMPARE(b.rejected.size(), 1);
    }

    void noCodeAndDuplicates()
    {
        Gauge a, b, none;
        none.code = u""_s;
        const SensorBatch r = ArsoHydroParser::parse(SensorTestUtils::arsoXml({a, b, none}), u"test.xml"_s);
        QCOMPARE(r.stations.size(), 1);
        QCOMPARE(r.rejected.size(), 2);
    }

    void notArso_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>503</body></html>");
        QTest::newRow("other xml") << QByteArray("<?xml version=\"1.0\"?><feed/>");
        QTest::newRow("truncated") << SensorTestUtils::arsoXml({Gauge()}).left(300);
        QTest::newRow("deep") << QByteArray("<arsopodatki>") + QByteArray("<a>").repeated(5000) + QByteArray("</a>").repeated(5000)
                                     + "</arsopodatki>";
        QTest::newRow("json") << QByteArray("{\"value\":[]}");
        QTest::newRow("empty") << QByteArray();
    }
    void notArso()
    {
        QFETCH(QByteArray, data);
        const SensorBatch b = ArsoHydroParser::parse(data, u"feed.xml"_s);
        QVERIFY(!b.error.isEmpty());
        QVERIFY(b.error.contains(u"feed.xml"_s));
        QCOMPARE(b.observationCount(), 0);
    }

    // Random corruption never crashes and never yields a 0 where the text had none.
    void fuzz()
    {
        const QByteArray base = SensorTestUtils::arsoXml({Gauge(), Gauge{.code = u"2150"_s}});
        quint32 seed = 12345;
        for (int i = 0; i < 3000; ++i) {
            QByteArray d = base;
            for (int k = 0; k < 1 + i % 7; ++k) {
                seed = seed * 1103515245u + 12345u;
                const int at = int(seed % quint32(d.size()));
                seed = seed * 1103515245u + 12345u;
                switch (seed % 3) {
                case 0: d[at] = char(seed >> 8); break;
                case 1: d.remove(at, int(seed >> 8) % 20); break;
                default: d.insert(at, "<x>"); break;
                }
            }
            const SensorBatch b = ArsoHydroParser::parse(d, u"fuzz.xml"_s);
            for (const auto &list : b.observations)
                for (const SensorObservation &o : list)
                    QVERIFY(o.value && std::isfinite(*o.value));
        }
    }
};

QTEST_APPLESS_MAIN(tst_ArsoHydroParser)
#include "tst_arsohydroparser.moc"
