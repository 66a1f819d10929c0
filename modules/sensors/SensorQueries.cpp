#include "SensorQueries.h"

#include "GeoPackagePoint.h"
#include "SensorTime.h"
#include "SqliteStatement.h"

#include <QHash>
#include <QJsonArray>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonValue json(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

constexpr const char *kDatastreamSelect =
    "SELECT d.id, s.code, s.name, s.domain, s.river, s.geom, s.illustrative, d.key, d.name, d.property, d.unit, "
    "d.interval_seconds, d.observation_count, d.latest_t, d.latest_value, d.latest_text, "
    "EXISTS (SELECT 1 FROM sensor_alarms a WHERE a.datastream_id = d.id AND (a.cleared_t IS NULL OR a.acknowledged_at IS NULL)) "
    "FROM sensor_datastreams d JOIN sensor_stations s ON s.fid = d.station_id ";

SensorQueries::Datastream readDatastream(const SqliteStatement &q)
{
    SensorQueries::Datastream d;
    d.id = q.integer(0);
    d.stationCode = q.text(1);
    d.stationName = q.text(2);
    d.domain = q.text(3);
    d.river = q.text(4);
    d.position = GeoPackagePoint::read(q.blob(5));
    d.illustrative = q.integer(6) != 0;
    d.key = q.text(7);
    d.name = q.text(8);
    d.property = q.text(9);
    d.unit = q.text(10);
    d.intervalSeconds = int(q.integer(11));
    d.observations = q.integer(12);
    if (!q.isNull(13))
        d.latestT = q.integer(13);
    if (!q.isNull(14))
        d.latestValue = q.real(14);
    d.latestText = q.text(15);
    d.openAlarm = q.integer(16) != 0;
    return d;
}

void attachLevels(sqlite3 *db, QList<SensorQueries::Datastream> &list)
{
    QHash<qint64, QList<SensorLevel>> levels;
    SqliteStatement q(db, "SELECT datastream_id, name, value, low FROM sensor_levels ORDER BY datastream_id, value");
    while (q.next())
        levels[q.integer(0)].append({q.text(1), q.real(2), q.integer(3) != 0});
    for (auto &d : list) {
        d.levels = levels.value(d.id);
        if (!d.latestValue)
            continue;
        // The most severe level reached by the latest value.
        const double v = *d.latestValue;
        for (const SensorLevel &l : std::as_const(d.levels))
            if (!l.low && v >= l.value)
                d.state = l.name;
        if (d.state.isEmpty()) {
            for (auto it = d.levels.crbegin(); it != d.levels.crend(); ++it)
                if (it->low && v <= it->value)
                    d.state = it->name;
        }
    }
}

} // namespace

QJsonObject SensorQueries::Datastream::toJson() const
{
    QJsonObject levelsJson;
    for (const SensorLevel &l : levels)
        levelsJson.insert(l.name, l.value);
    QJsonObject o{
        {u"id"_s, id},
        {u"station"_s, stationName},
        {u"station_code"_s, stationCode},
        {u"domain"_s, domain},
        {u"key"_s, key},
        {u"name"_s, name},
        {u"property"_s, property},
        {u"unit"_s, unit},
        {u"levels"_s, levelsJson},
        {u"observations"_s, observations},
        {u"latest"_s, latestT ? QJsonValue(QJsonObject{{u"time"_s, SensorTime::toIso(*latestT)},
                                                       {u"value"_s, latestText.isEmpty() ? json(latestValue) : QJsonValue(latestText)}})
                              : QJsonValue(QJsonValue::Null)},
        {u"state"_s, state.isEmpty() ? u"normal"_s : state},
        {u"open_alarm"_s, openAlarm},
        {u"illustrative"_s, illustrative},
    };
    if (intervalSeconds > 0)
        o.insert(u"interval_seconds"_s, intervalSeconds);
    return o;
}

QList<SensorQueries::Datastream> SensorQueries::datastreams(sqlite3 *db)
{
    QList<Datastream> list;
    SqliteStatement q(db, (QByteArray(kDatastreamSelect) + "ORDER BY s.code, d.id").constData());
    while (q.next())
        list.append(readDatastream(q));
    attachLevels(db, list);
    return list;
}

std::optional<SensorQueries::Datastream> SensorQueries::datastream(sqlite3 *db, qint64 id)
{
    QList<Datastream> list;
    SqliteStatement q(db, (QByteArray(kDatastreamSelect) + "WHERE d.id = ?").constData());
    q.bind(1, id);
    if (q.next())
        list.append(readDatastream(q));
    if (list.isEmpty())
        return std::nullopt;
    attachLevels(db, list);
    return list.first();
}

QList<SensorQueries::Point> SensorQueries::series(sqlite3 *db, qint64 datastreamId, qint64 from, qint64 to)
{
    QList<Point> points;
    SqliteStatement q(db, "SELECT t, value, text FROM sensor_observations WHERE datastream_id = ? AND t BETWEEN ? AND ? ORDER BY t");
    q.bind(1, datastreamId).bind(2, from).bind(3, to);
    while (q.next())
        points.append({q.integer(0), q.isNull(1) ? std::nullopt : std::optional<double>(q.real(1)), q.text(2)});
    return points;
}

QList<SensorQueries::Bucket> SensorQueries::buckets(sqlite3 *db, qint64 datastreamId, qint64 from, qint64 to, int count)
{
    QList<Bucket> out;
    if (count <= 0 || to <= from)
        return out;
    const qint64 width = std::max<qint64>(1, (to - from + count - 1) / count);
    // One pass over the key range, reduced here: SQLite's GROUP BY would sort and average
    // through its virtual machine, about four times slower than stepping the rows.
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT t, value FROM sensor_observations WHERE datastream_id = ? AND t >= ? AND t < ? "
                               "AND value IS NOT NULL", -1, &q, nullptr) != SQLITE_OK)
        return out;
    sqlite3_bind_int64(q, 1, datastreamId);
    sqlite3_bind_int64(q, 2, from);
    sqlite3_bind_int64(q, 3, to);
    qint64 current = -1;
    double sum = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        const qint64 index = (sqlite3_column_int64(q, 0) - from) / width;
        const double v = sqlite3_column_double(q, 1);
        if (index != current) {
            if (!out.isEmpty())
                out.last().mean = sum / out.last().count;
            out.append({from + index * width, v, v, v, 0});
            current = index;
            sum = 0;
        }
        Bucket &b = out.last();
        b.min = std::min(b.min, v);
        b.max = std::max(b.max, v);
        ++b.count;
        sum += v;
    }
    if (!out.isEmpty())
        out.last().mean = sum / out.last().count;
    sqlite3_finalize(q);
    return out;
}

QString SensorQueries::Alarm::state() const
{
    const bool acked = !acknowledgedAt.isEmpty();
    if (!clearedT)
        return acked ? u"acknowledged"_s : u"active"_s;
    return acked ? u"closed"_s : u"cleared"_s;
}

QJsonObject SensorQueries::Alarm::toJson() const
{
    QJsonArray ev;
    for (const AlarmEvent &e : events) {
        QJsonObject o{{u"event"_s, e.event}, {u"at"_s, e.at}, {u"who"_s, e.who}};
        if (!e.level.isEmpty())
            o.insert(u"level"_s, e.level);
        if (e.value)
            o.insert(u"value"_s, *e.value);
        if (e.t)
            o.insert(u"time"_s, SensorTime::toIso(*e.t));
        if (!e.note.isEmpty())
            o.insert(u"note"_s, e.note);
        ev.append(o);
    }
    QJsonObject o{
        {u"id"_s, id},
        {u"datastream"_s, datastreamId},
        {u"station"_s, stationName},
        {u"station_code"_s, stationCode},
        {u"datastream_name"_s, datastreamName},
        {u"kind"_s, kind},
        {u"level"_s, level},
        {u"level_value"_s, json(levelValue)},
        {u"value"_s, json(value)},
        {u"unit"_s, unit},
        {u"time"_s, SensorTime::toIso(t)},
        {u"raised_time"_s, SensorTime::toIso(raisedT)},
        {u"cleared_time"_s, clearedT ? QJsonValue(SensorTime::toIso(*clearedT)) : QJsonValue(QJsonValue::Null)},
        {u"state"_s, state()},
        {u"events"_s, ev},
    };
    if (!acknowledgedAt.isEmpty()) {
        o.insert(u"acknowledged_at"_s, acknowledgedAt);
        o.insert(u"acknowledged_by"_s, acknowledgedBy);
        if (!note.isEmpty())
            o.insert(u"note"_s, note);
    }
    return o;
}

QList<SensorQueries::Alarm> SensorQueries::alarms(sqlite3 *db, bool openOnly, int limit)
{
    QList<Alarm> list;
    QByteArray sql = "SELECT a.id, a.datastream_id, s.code, s.name, d.name, d.unit, a.kind, a.level, a.level_value, a.value, "
                     "a.t, a.raised_t, a.cleared_t, a.acknowledged_at, a.acknowledged_by, a.note "
                     "FROM sensor_alarms a JOIN sensor_datastreams d ON d.id = a.datastream_id "
                     "JOIN sensor_stations s ON s.fid = d.station_id ";
    if (openOnly)
        sql += "WHERE a.cleared_t IS NULL OR a.acknowledged_at IS NULL ";
    sql += "ORDER BY a.raised_t DESC, a.id DESC LIMIT ?";
    SqliteStatement q(db, sql.constData());
    q.bind(1, limit);
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Alarm a;
        a.id = q.integer(0);
        a.datastreamId = q.integer(1);
        a.stationCode = q.text(2);
        a.stationName = q.text(3);
        a.datastreamName = q.text(4);
        a.unit = q.text(5);
        a.kind = q.text(6);
        a.level = q.text(7);
        if (!q.isNull(8))
            a.levelValue = q.real(8);
        if (!q.isNull(9))
            a.value = q.real(9);
        a.t = q.integer(10);
        a.raisedT = q.integer(11);
        if (!q.isNull(12))
            a.clearedT = q.integer(12);
        a.acknowledgedAt = q.text(13);
        a.acknowledgedBy = q.text(14);
        a.note = q.text(15);
        index.insert(a.id, list.size());
        list.append(a);
    }
    if (list.isEmpty())
        return list;
    SqliteStatement e(db, "SELECT alarm_id, id, event, level, value, t, at, who, note FROM sensor_alarm_events "
                          "WHERE alarm_id >= ? ORDER BY alarm_id, id");
    qint64 minId = list.first().id;
    for (const Alarm &a : std::as_const(list))
        minId = std::min(minId, a.id);
    e.bind(1, minId);
    while (e.next()) {
        const auto it = index.constFind(e.integer(0));
        if (it == index.cend())
            continue;
        AlarmEvent ev;
        ev.id = e.integer(1);
        ev.event = e.text(2);
        ev.level = e.text(3);
        if (!e.isNull(4))
            ev.value = e.real(4);
        if (!e.isNull(5))
            ev.t = e.integer(5);
        ev.at = e.text(6);
        ev.who = e.text(7);
        ev.note = e.text(8);
        list[*it].events.append(ev);
    }
    return list;
}
