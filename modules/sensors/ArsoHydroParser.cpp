#include "ArsoHydroParser.h"

#include "NestingDepth.h"
#include "SensorTime.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ArsoHydroParser", text);
}

// The gauges' elements we read; anything else (pretok_znacilni, znacilna_visina_valov …) is
// ARSO's and passes silently.
struct Gauge
{
    QString code;
    QString lon, lat, elevation;
    QHash<QString, QString> fields;
    qint64 line = 0;
};

enum class Number { Missing, Ok, Comma, Bad };

Number readNumber(const QString &text, double *out)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Number::Missing;
    bool ok = false;
    double v = t.toDouble(&ok);
    Number kind = Number::Ok;
    if (!ok && t.count(u',') == 1 && !t.contains(u'.')) {
        v = QString(t).replace(u',', u'.').toDouble(&ok);
        kind = Number::Comma;
    }
    if (!ok || !std::isfinite(v))
        return Number::Bad;
    *out = v;
    return kind;
}

// "YYYY-MM-DD HH:MM" as written by ARSO.
bool civil(const QString &text, int parts[5])
{
    const QByteArray t = text.trimmed().toLatin1();
    const auto p = SensorTime::parseIso(t);
    if (!p || p->hadOffset || t.size() < 16)
        return false;
    parts[0] = t.left(4).toInt();
    parts[1] = t.mid(5, 2).toInt();
    parts[2] = t.mid(8, 2).toInt();
    parts[3] = t.mid(11, 2).toInt();
    parts[4] = t.mid(14, 2).toInt();
    return true;
}

} // namespace

bool ArsoHydroParser::looksLike(const QByteArray &data)
{
    return data.left(4096).contains("<arsopodatki");
}

SensorBatch ArsoHydroParser::parse(const QByteArray &data, const QString &origin)
{
    SensorBatch batch;
    if (const QString deep = NestingDepth::checkXml(data, origin); !deep.isEmpty()) {
        batch.error = deep;
        return batch;
    }
    QXmlStreamReader xml(data);
    // No DTD, no entities beyond XML's own: QXmlStreamReader does not expand external ones.
    if (!xml.readNextStartElement() || xml.name() != u"arsopodatki"_s) {
        batch.error = tr("%1 is not ARSO hydrological data: it does not begin with <arsopodatki>").arg(origin);
        return batch;
    }
    QList<Gauge> gauges;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"postaja"_s) {
            xml.skipCurrentElement();
            continue;
        }
        Gauge g;
        g.line = xml.lineNumber();
        const auto a = xml.attributes();
        g.code = a.value(u"sifra"_s).toString().trimmed();
        g.lon = a.hasAttribute(u"wgs84_dolzina"_s) ? a.value(u"wgs84_dolzina"_s).toString() : a.value(u"ge_dolzina"_s).toString();
        g.lat = a.hasAttribute(u"wgs84_sirina"_s) ? a.value(u"wgs84_sirina"_s).toString() : a.value(u"ge_sirina"_s).toString();
        g.elevation = a.value(u"kota_0"_s).toString();
        while (xml.readNextStartElement()) {
            const QString name = xml.name().toString();
            // Text only: an element with children inside a gauge is not ARSO's and is skipped.
            const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
            if (name.size() <= 64)
                g.fields.insert(name, text.left(1000));
        }
        gauges.append(g);
    }
    if (xml.hasError()) {
        batch.error = tr("%1 is not well-formed XML (line %2: %3); nothing was imported")
                          .arg(origin)
                          .arg(xml.lineNumber())
                          .arg(xml.errorString());
        return batch;
    }

    QSet<QString> seen;
    for (const Gauge &g : std::as_const(gauges)) {
        const QString where = tr("%1, station at line %2").arg(origin).arg(g.line);
        if (g.code.isEmpty() || g.code.size() > 32) {
            batch.rejected.append(tr("%1: no station code (sifra); left out").arg(where));
            continue;
        }
        if (seen.contains(g.code)) {
            batch.rejected.append(tr("%1: station %2 appears twice; the first one is kept").arg(where, g.code));
            continue;
        }
        seen.insert(g.code);

        SensorStationInfo station;
        station.code = g.code;
        station.river = g.fields.value(u"reka"_s).trimmed();
        const QString place = g.fields.value(u"merilno_mesto"_s).trimmed();
        station.name = station.river.isEmpty() ? place : (place.isEmpty() ? station.river : station.river + u" – "_s + place);
        if (station.name.isEmpty())
            station.name = g.fields.value(u"ime_kratko"_s).trimmed();
        if (station.name.isEmpty())
            station.name = tr("ARSO station %1").arg(g.code);
        station.domain = u"protection"_s;
        double lon = 0, lat = 0, z = 0;
        const Number nlon = readNumber(g.lon, &lon), nlat = readNumber(g.lat, &lat);
        if ((nlon == Number::Ok || nlon == Number::Comma) && (nlat == Number::Ok || nlat == Number::Comma)
            && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)
            station.lonLat = QPointF(lon, lat);
        else
            batch.warnings.append(tr("station %1 (%2) has no usable coordinates; it is listed but not drawn on the map")
                                      .arg(g.code, station.name));
        if (const Number n = readNumber(g.elevation, &z); n == Number::Ok || n == Number::Comma)
            station.elevation = z;
        batch.stations.append(station);

        // The reading's time.
        std::optional<qint64> t;
        int parts[5];
        if (const QString cet = g.fields.value(u"datum_cet"_s); !cet.trimmed().isEmpty() && civil(cet, parts)) {
            t = SensorTime::fromCivil(parts[0], parts[1], parts[2], parts[3], parts[4], 0) - 3600;
        } else if (const QString local = g.fields.value(u"datum"_s); civil(local, parts)) {
            bool ambiguous = false, skipped = false;
            t = SensorTime::fromLjubljana(parts[0], parts[1], parts[2], parts[3], parts[4], &ambiguous, &skipped);
            if (ambiguous)
                batch.warnings.append(tr("station %1: %2 occurs twice when summer time ends; read as summer time (UTC+2)")
                                          .arg(g.code, local.trimmed()));
            if (skipped)
                batch.warnings.append(tr("station %1: %2 does not exist when summer time begins; read as winter time (UTC+1)")
                                          .arg(g.code, local.trimmed()));
        }
        if (!t && (g.fields.contains(u"vodostaj"_s) || g.fields.contains(u"pretok"_s)))
            batch.rejected.append(tr("station %1: the time '%2' is not a date and time (YYYY-MM-DD HH:MM); its readings are left out")
                                      .arg(g.code, g.fields.value(u"datum"_s).trimmed()));

        struct Stream
        {
            const char *key, *property, *unit, *name, *levelSuffix;
        };
        static constexpr Stream streams[] = {
            // ARSO's own names; the UI names a datastream by its property in the chosen language.
            {kWaterLevel, "water_level", "cm", "Vodostaj", "vv_vodostaj"},
            {kDischarge, "discharge", "m³/s", "Pretok", "vv_pretok"},
            {kWaterTemperature, "water_temperature", "°C", "Temperatura vode", nullptr},
        };
        for (const Stream &s : streams) {
            const QString key = QLatin1StringView(s.key);
            SensorDatastreamInfo ds;
            ds.stationCode = g.code;
            ds.key = key;
            ds.name = QString::fromUtf8(s.name);
            ds.property = QLatin1StringView(s.property);
            ds.unit = QString::fromUtf8(s.unit);
            ds.intervalSeconds = 1800;
            if (key == QLatin1StringView(kWaterLevel))
                ds.ratePerHour = 20; // cm/h: a Drava flood wave rises faster than this
            if (s.levelSuffix) {
                static constexpr const char *ordinals[] = {"prvi", "drugi", "tretji"};
                for (const char *o : ordinals) {
                    const QString element = QLatin1StringView(o) + u'_' + QLatin1StringView(s.levelSuffix);
                    double v = 0;
                    const Number n = readNumber(g.fields.value(element), &v);
                    if (n == Number::Ok || n == Number::Comma)
                        ds.levels.append({QLatin1StringView(o) + u"_vv"_s, v, false});
                    else if (n == Number::Bad)
                        batch.rejected.append(tr("station %1: %2 '%3' is not a number; that threshold is left out")
                                                  .arg(g.code, element, g.fields.value(element).trimmed()));
                }
            }
            // A gauge that does not measure temperature sends no element: no datastream either.
            if (!g.fields.contains(key) && ds.levels.isEmpty())
                continue;
            batch.datastreams.append(ds);
            if (!t)
                continue;
            double v = 0;
            switch (readNumber(g.fields.value(key), &v)) {
            case Number::Missing:
                break; // no reading this half hour: nothing stored, never a 0
            case Number::Comma:
                batch.warnings.append(tr("station %1: %2 '%3' has a decimal comma; read as %4")
                                          .arg(g.code, key, g.fields.value(key).trimmed())
                                          .arg(v));
                Q_FALLTHROUGH();
            case Number::Ok:
                batch.observations[SensorBatch::streamId(g.code, key)].append({*t, v, {}, 0});
                break;
            case Number::Bad:
                batch.rejected.append(tr("station %1: %2 '%3' is not a number; that reading is left out")
                                          .arg(g.code, key, g.fields.value(key).trimmed().left(40)));
                break;
            }
        }
    }
    return batch;
}
