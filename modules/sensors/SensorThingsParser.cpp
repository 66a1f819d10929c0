#include "SensorThingsParser.h"

#include "DomainRegistry.h"
#include "NestingDepth.h"
#include "SensorTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SensorThingsParser", text);
}

// The answer as a JSON object, or why it is not one (an HTML error page, a truncated body).
std::optional<QJsonObject> document(const QByteArray &data, const QString &origin, QString *error)
{
    if (const QString deep = NestingDepth::checkJson(data, origin); !deep.isEmpty()) {
        *error = deep;
        return std::nullopt;
    }
    const QByteArray head = data.left(512).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
        *error = tr("%1 answered with a web page, not SensorThings JSON; check the address (it should end in /v1.1)").arg(origin);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? tr("%1 is not JSON (%2 at byte %3)").arg(origin, parseError.errorString()).arg(parseError.offset)
                     : tr("%1 is JSON but not a SensorThings collection (no object with \"value\")").arg(origin);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (!o.value(u"value"_s).isArray()) {
        *error = tr("%1 is JSON but not a SensorThings collection (no \"value\" list)").arg(origin);
        return std::nullopt;
    }
    return o;
}

std::optional<qint64> instant(const QString &text, bool *hadOffset)
{
    const auto p = SensorTime::parseIso(text.toLatin1());
    if (!p)
        return std::nullopt;
    *hadOffset = p->hadOffset;
    return p->seconds;
}

QString domainFor(const QString &given, const QString &property)
{
    if (!given.isEmpty() && DomainRegistry::find(given))
        return given;
    const QString p = property.toLower();
    if (p.contains(u"pm") || p.contains(u"no2") || p.contains(u"ozone") || p.contains(u"air"))
        return u"environment"_s;
    if (p.contains(u"traffic") || p.contains(u"vehicle") || p.contains(u"parking"))
        return u"mobility"_s;
    if (p.contains(u"pressure") || p.contains(u"flow") || p.contains(u"water"))
        return u"water"_s;
    if (p.contains(u"energy") || p.contains(u"power") || p.contains(u"electric"))
        return u"energy"_s;
    return u"environment"_s;
}

QString textOf(const QJsonValue &v, int max = 200)
{
    return (v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : QString()).trimmed().left(max);
}

} // namespace

QString SensorThingsParser::keyOf(const QJsonValue &iotId)
{
    if (iotId.isDouble()) {
        const double d = iotId.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9e15)
            return u"sta-"_s + QString::number(qint64(d));
        return {};
    }
    const QString s = iotId.toString().trimmed();
    if (s.isEmpty() || s.size() > 128)
        return {};
    return u"sta-"_s + s;
}

bool SensorThingsParser::looksLike(const QByteArray &data)
{
    const QByteArray head = data.left(256).trimmed();
    return head.startsWith('{') && data.left(65536).contains("\"value\"");
}

bool SensorThingsParser::readObservation(const QJsonObject &o, SensorObservation *out, QString *why, QString *warning)
{
    const QJsonValue timeValue = o.value(u"phenomenonTime"_s);
    const QString time = timeValue.toString().trimmed();
    if (time.isEmpty()) {
        *why = tr("no phenomenonTime");
        return false;
    }
    bool offsetStart = true, offsetEnd = true;
    const qsizetype slash = time.indexOf(u'/');
    std::optional<qint64> end, start;
    if (slash > 0) {
        start = instant(time.left(slash), &offsetStart);
        end = instant(time.mid(slash + 1), &offsetEnd);
        if (start && end && *end < *start) {
            *why = tr("phenomenonTime %1 ends before it begins").arg(time.left(80));
            return false;
        }
    } else {
        end = instant(time, &offsetEnd);
    }
    if (!end || (slash > 0 && !start)) {
        *why = tr("phenomenonTime '%1' is not an ISO 8601 time or interval").arg(time.left(80));
        return false;
    }
    if (!offsetStart || !offsetEnd)
        *warning = tr("phenomenonTime %1 has no time zone; read as UTC").arg(time.left(80));
    out->t = *end;
    out->span = start ? qint32(qMin<qint64>(*end - *start, std::numeric_limits<qint32>::max())) : 0;
    if (!o.contains(u"result"_s)) {
        *why = tr("no result");
        return false;
    }
    const QJsonValue r = o.value(u"result"_s);
    out->value.reset();
    out->text.clear();
    if (r.isDouble()) {
        out->value = r.toDouble();
    } else if (r.isString()) {
        out->text = r.toString().left(1000);
    } else if (r.isBool()) {
        out->value = r.toBool() ? 1.0 : 0.0;
    } else if (r.isObject() || r.isArray()) {
        out->text = QString::fromUtf8(QJsonDocument(r.isObject() ? QJsonDocument(r.toObject()) : QJsonDocument(r.toArray()))
                                          .toJson(QJsonDocument::Compact))
                        .left(1000);
    }
    // null: the sensor reported that it has no value; kept as such.
    return true;
}

SensorThingsParser::Page SensorThingsParser::parseThings(const QByteArray &data, const QString &origin)
{
    Page page;
    SensorBatch &batch = page.batch;
    const auto doc = document(data, origin, &batch.error);
    if (!doc)
        return page;
    page.nextLink = doc->value(u"@iot.nextLink"_s).toString();
    const QJsonArray things = doc->value(u"value"_s).toArray();
    for (qsizetype i = 0; i < things.size(); ++i) {
        const QJsonObject thing = things.at(i).toObject();
        const QString thingKey = keyOf(thing.value(u"@iot.id"_s));
        const QString where = tr("%1, Thing %2").arg(origin).arg(thingKey.isEmpty() ? QString::number(i + 1) : thingKey);
        if (thingKey.isEmpty()) {
            batch.rejected.append(tr("%1: no usable @iot.id; left out").arg(where));
            continue;
        }
        const QJsonObject props = thing.value(u"properties"_s).toObject();
        SensorStationInfo station;
        station.code = textOf(props.value(u"code"_s), 32);
        if (station.code.isEmpty())
            station.code = thingKey;
        station.name = textOf(thing.value(u"name"_s));
        if (station.name.isEmpty())
            station.name = station.code;
        station.river = textOf(props.value(u"river"_s));
        const QJsonArray locations = thing.value(u"Locations"_s).toArray();
        for (const QJsonValue &l : locations) {
            const QJsonObject geo = l.toObject().value(u"location"_s).toObject();
            const QJsonObject geometry = geo.value(u"type"_s).toString() == u"Feature"_s ? geo.value(u"geometry"_s).toObject() : geo;
            const QJsonArray c = geometry.value(u"coordinates"_s).toArray();
            if (geometry.value(u"type"_s).toString() == u"Point"_s && c.size() >= 2 && c[0].isDouble() && c[1].isDouble()) {
                const double lon = c[0].toDouble(), lat = c[1].toDouble();
                if (lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90) {
                    station.lonLat = QPointF(lon, lat);
                    break;
                }
            }
        }
        if (!station.lonLat)
            batch.warnings.append(tr("%1 (%2) has no Point location; it is listed but not drawn on the map").arg(where, station.name));

        const QJsonArray datastreams = thing.value(u"Datastreams"_s).toArray();
        QString firstProperty;
        for (const QJsonValue &dv : datastreams) {
            const QJsonObject d = dv.toObject();
            SensorDatastreamInfo ds;
            ds.stationCode = station.code;
            ds.key = keyOf(d.value(u"@iot.id"_s));
            if (ds.key.isEmpty()) {
                batch.rejected.append(tr("%1: a Datastream without a usable @iot.id; left out").arg(where));
                continue;
            }
            ds.remoteRef = d.value(u"@iot.id"_s).isDouble() ? QString::number(qint64(d.value(u"@iot.id"_s).toDouble()))
                                                             : u"'"_s + d.value(u"@iot.id"_s).toString().replace(u'\'', u"''"_s) + u"'"_s;
            ds.name = textOf(d.value(u"name"_s));
            const QJsonObject op = d.value(u"ObservedProperty"_s).toObject();
            ds.property = textOf(op.value(u"name"_s), 80);
            if (ds.property.isEmpty())
                ds.property = ds.name.isEmpty() ? ds.key : ds.name;
            if (ds.name.isEmpty())
                ds.name = ds.property;
            const QJsonObject uom = d.value(u"unitOfMeasurement"_s).toObject();
            ds.unit = textOf(uom.value(u"symbol"_s), 32);
            if (ds.unit.isEmpty())
                ds.unit = textOf(uom.value(u"name"_s), 32);
            const QJsonObject dprops = d.value(u"properties"_s).toObject();
            const double interval = dprops.value(u"interval_seconds"_s).toDouble();
            if (interval > 0 && interval <= 366 * 86400)
                ds.intervalSeconds = int(interval);
            if (const QJsonValue rate = dprops.value(u"rate_per_hour"_s); rate.isDouble() && rate.toDouble() > 0)
                ds.ratePerHour = rate.toDouble();
            const QJsonObject levels = dprops.value(u"levels"_s).toObject();
            for (auto it = levels.begin(); it != levels.end(); ++it) {
                if (!it.value().isDouble() || it.key().trimmed().isEmpty() || it.key().size() > 64) {
                    batch.rejected.append(tr("%1, Datastream %2: level '%3' is not a number; left out").arg(where, ds.key, it.key().left(64)));
                    continue;
                }
                ds.levels.append({it.key().trimmed(), it.value().toDouble(), it.key().trimmed().toLower().startsWith(u"low"_s)});
            }
            if (firstProperty.isEmpty())
                firstProperty = ds.property;
            const QJsonArray observations = d.value(u"Observations"_s).toArray();
            auto &list = batch.observations[SensorBatch::streamId(station.code, ds.key)];
            for (const QJsonValue &ov : observations) {
                SensorObservation obs;
                QString why, warning;
                if (!readObservation(ov.toObject(), &obs, &why, &warning)) {
                    batch.rejected.append(tr("%1, Datastream %2: an Observation left out: %3").arg(where, ds.key, why));
                    continue;
                }
                if (!warning.isEmpty())
                    batch.warnings.append(tr("%1, Datastream %2: %3").arg(where, ds.key, warning));
                list.append(obs);
            }
            batch.datastreams.append(ds);
        }
        station.domain = domainFor(textOf(props.value(u"domain"_s), 32), firstProperty);
        batch.stations.append(station);
    }
    return page;
}

SensorThingsParser::Page SensorThingsParser::parseObservations(const QByteArray &data, const QString &origin,
                                                               const QString &stationCode, const QString &key)
{
    Page page;
    SensorBatch &batch = page.batch;
    const auto doc = document(data, origin, &batch.error);
    if (!doc)
        return page;
    page.nextLink = doc->value(u"@iot.nextLink"_s).toString();
    auto &list = batch.observations[SensorBatch::streamId(stationCode, key)];
    const QJsonArray observations = doc->value(u"value"_s).toArray();
    for (qsizetype i = 0; i < observations.size(); ++i) {
        SensorObservation obs;
        QString why, warning;
        if (!readObservation(observations.at(i).toObject(), &obs, &why, &warning)) {
            batch.rejected.append(tr("%1, Observation %2: left out: %3").arg(origin).arg(i + 1).arg(why));
            continue;
        }
        if (!warning.isEmpty())
            batch.warnings.append(tr("%1, Observation %2: %3").arg(origin).arg(i + 1).arg(warning));
        list.append(obs);
    }
    return page;
}
