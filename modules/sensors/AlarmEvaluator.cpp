#include "AlarmEvaluator.h"

#include "SensorTime.h"
#include "SqliteStatement.h"

#include <QDateTime>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct State
{
    std::optional<qint64> lastT;
    std::optional<double> lastValue;
    int high = 0, low = 0;
    std::optional<qint64> highAlarm, lowAlarm, rateAlarm, staleAlarm;
};

std::optional<qint64> optInt(const SqliteStatement &q, int c)
{
    return q.isNull(c) ? std::nullopt : std::optional<qint64>(q.integer(c));
}

QVariant var(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant var(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

AlarmEvaluator::AlarmEvaluator(sqlite3 *db, QString who)
    : m_db(db)
    , m_who(std::move(who))
    , m_at(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
{
}

bool AlarmEvaluator::evaluate(qint64 datastreamId, std::span<const SensorObservation> readings, QString *errorString)
{
    if (readings.empty())
        return true;
    // The datastream's levels and settings.
    QList<SensorLevel> high, low;
    {
        SqliteStatement q(m_db, "SELECT name, value, low FROM sensor_levels WHERE datastream_id = ? ORDER BY value");
        q.bind(1, datastreamId);
        while (q.next())
            (q.integer(2) ? low : high).append({q.text(0), q.real(1), q.integer(2) != 0});
        std::reverse(low.begin(), low.end()); // least severe (highest) first
    }
    std::optional<double> hysteresis, ratePerHour;
    {
        SqliteStatement q(m_db, "SELECT hysteresis, rate_per_hour FROM sensor_datastreams WHERE id = ?");
        q.bind(1, datastreamId);
        if (q.next()) {
            if (!q.isNull(0))
                hysteresis = q.real(0);
            if (!q.isNull(1))
                ratePerHour = q.real(1);
        }
    }
    const auto margin = [&](double level) { return hysteresis ? *hysteresis : defaultMargin(level); };

    State s;
    {
        SqliteStatement q(m_db, "SELECT last_t, last_value, high, low, high_alarm, low_alarm, rate_alarm, stale_alarm "
                                "FROM sensor_alarm_state WHERE datastream_id = ?");
        q.bind(1, datastreamId);
        if (q.next()) {
            s.lastT = optInt(q, 0);
            if (!q.isNull(1))
                s.lastValue = q.real(1);
            s.high = int(q.integer(2));
            s.low = int(q.integer(3));
            s.highAlarm = optInt(q, 4);
            s.lowAlarm = optInt(q, 5);
            s.rateAlarm = optInt(q, 6);
            s.staleAlarm = optInt(q, 7);
        }
    }

    SqliteStatement raise(m_db, "INSERT INTO sensor_alarms (datastream_id, kind, level, level_value, value, t, raised_t) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement update(m_db, "UPDATE sensor_alarms SET level = ?, level_value = ?, value = ?, t = ? WHERE id = ?");
    SqliteStatement clear(m_db, "UPDATE sensor_alarms SET cleared_t = ? WHERE id = ?");
    SqliteStatement event(m_db, "INSERT INTO sensor_alarm_events (alarm_id, event, level, value, t, at, who, note) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    bool ok = raise.isValid() && update.isValid() && clear.isValid() && event.isValid();
    const auto logEvent = [&](qint64 alarm, const char *what, const QString &level, const std::optional<double> &value,
                              qint64 t, const QString &note = {}) {
        event.reset();
        event.bind(1, alarm).bind(2, QString::fromLatin1(what)).bind(3, level).bind(4, var(value)).bind(5, t).bind(6, m_at);
        event.bind(7, m_who).bind(8, note.isEmpty() ? QVariant() : QVariant(note));
        ok = ok && event.exec();
    };
    const auto raiseAlarm = [&](const char *kind, const SensorLevel &level, double value, qint64 t,
                                const QString &note = {}) -> std::optional<qint64> {
        raise.reset();
        raise.bind(1, datastreamId).bind(2, QString::fromLatin1(kind)).bind(3, level.name).bind(4, level.value);
        raise.bind(5, value).bind(6, t).bind(7, t);
        if (!raise.exec()) {
            ok = false;
            return std::nullopt;
        }
        const qint64 alarm = sqlite3_last_insert_rowid(m_db);
        logEvent(alarm, "raised", level.name, value, t, note);
        ++m_raised;
        return alarm;
    };
    const auto clearAlarm = [&](std::optional<qint64> &alarm, const QString &level, std::optional<double> value, qint64 t) {
        if (!alarm)
            return;
        clear.reset();
        clear.bind(1, t).bind(2, *alarm);
        ok = ok && clear.exec();
        logEvent(*alarm, "cleared", level, value, t);
        ++m_cleared;
        alarm.reset();
    };

    std::vector<const SensorObservation *> sorted;
    sorted.reserve(readings.size());
    for (const SensorObservation &o : readings)
        if (!s.lastT || o.t > *s.lastT)
            sorted.push_back(&o);
    std::sort(sorted.begin(), sorted.end(), [](auto a, auto b) { return a->t < b->t; });

    for (const SensorObservation *o : sorted) {
        if (!ok)
            break;
        // Any reading ends a stale-data alarm.
        clearAlarm(s.staleAlarm, u"stale"_s, o->value, o->t);
        if (!o->value) {
            s.lastT = o->t;
            continue;
        }
        const double v = *o->value;
        // High levels: how many it reaches, and how many it has not yet left by the margin.
        int reached = 0;
        while (reached < high.size() && v >= high[reached].value)
            ++reached;
        if (reached > s.high) {
            const SensorLevel &level = high[reached - 1];
            if (s.highAlarm) {
                update.reset();
                update.bind(1, level.name).bind(2, level.value).bind(3, v).bind(4, o->t).bind(5, *s.highAlarm);
                ok = ok && update.exec();
                logEvent(*s.highAlarm, "escalated", level.name, v, o->t);
                ++m_escalated;
            } else {
                s.highAlarm = raiseAlarm("high", level, v, o->t);
            }
            s.high = reached;
        } else if (reached < s.high) {
            int kept = 0;
            while (kept < s.high && v > high[kept].value - margin(high[kept].value))
                ++kept;
            s.high = std::max(kept, reached);
            if (s.high == 0)
                clearAlarm(s.highAlarm, high.isEmpty() ? QString() : high[0].name, v, o->t);
        }
        // Low levels, the mirror image.
        int fallen = 0;
        while (fallen < low.size() && v <= low[fallen].value)
            ++fallen;
        if (fallen > s.low) {
            const SensorLevel &level = low[fallen - 1];
            if (s.lowAlarm) {
                update.reset();
                update.bind(1, level.name).bind(2, level.value).bind(3, v).bind(4, o->t).bind(5, *s.lowAlarm);
                ok = ok && update.exec();
                logEvent(*s.lowAlarm, "escalated", level.name, v, o->t);
                ++m_escalated;
            } else {
                s.lowAlarm = raiseAlarm("low", level, v, o->t);
            }
            s.low = fallen;
        } else if (fallen < s.low) {
            int kept = 0;
            while (kept < s.low && v < low[kept].value + margin(low[kept].value))
                ++kept;
            s.low = std::max(kept, fallen);
            if (s.low == 0)
                clearAlarm(s.lowAlarm, low.isEmpty() ? QString() : low[0].name, v, o->t);
        }
        // Rate of rise against the previous reading, when it is at most three hours older.
        if (ratePerHour && s.lastT && s.lastValue && o->t > *s.lastT && o->t - *s.lastT <= 3 * 3600) {
            const double rate = (v - *s.lastValue) / double(o->t - *s.lastT) * 3600.0;
            if (rate > *ratePerHour && !s.rateAlarm)
                s.rateAlarm = raiseAlarm("rate", {u"rise"_s, *ratePerHour, false}, v, o->t,
                                         QString::number(rate, 'f', 1) + u"/h"_s);
            else if (rate <= *ratePerHour && s.rateAlarm)
                clearAlarm(s.rateAlarm, u"rise"_s, v, o->t);
        }
        s.lastT = o->t;
        s.lastValue = v;
    }
    if (!ok) {
        *errorString = event.errorString().isEmpty() ? raise.errorString() : event.errorString();
        return false;
    }
    SqliteStatement save(m_db, "INSERT OR REPLACE INTO sensor_alarm_state (datastream_id, last_t, last_value, high, low, "
                               "high_alarm, low_alarm, rate_alarm, stale_alarm) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    save.bind(1, datastreamId).bind(2, var(s.lastT)).bind(3, var(s.lastValue)).bind(4, s.high).bind(5, s.low);
    save.bind(6, var(s.highAlarm)).bind(7, var(s.lowAlarm)).bind(8, var(s.rateAlarm)).bind(9, var(s.staleAlarm));
    if (!save.exec()) {
        *errorString = save.errorString();
        return false;
    }
    return true;
}

bool AlarmEvaluator::checkStale(qint64 now, QString *errorString)
{
    struct Stale
    {
        qint64 id, since;
        std::optional<double> value;
    };
    QList<Stale> stale;
    {
        SqliteStatement q(m_db, "SELECT d.id, d.latest_t + 3 * d.interval_seconds, d.latest_value FROM sensor_datastreams d "
                                "LEFT JOIN sensor_alarm_state s ON s.datastream_id = d.id "
                                "WHERE d.interval_seconds > 0 AND d.latest_t IS NOT NULL "
                                "AND d.latest_t + 3 * d.interval_seconds < ? AND s.stale_alarm IS NULL");
        q.bind(1, now);
        while (q.next())
            stale.append({q.integer(0), q.integer(1), q.isNull(2) ? std::nullopt : std::optional<double>(q.real(2))});
    }
    for (const Stale &s : stale) {
        SqliteStatement raise(m_db, "INSERT INTO sensor_alarms (datastream_id, kind, level, value, t, raised_t) "
                                    "VALUES (?, 'stale', 'stale', ?, ?, ?)");
        raise.bind(1, s.id).bind(2, var(s.value)).bind(3, s.since).bind(4, s.since);
        if (!raise.exec()) {
            *errorString = raise.errorString();
            return false;
        }
        const qint64 alarm = sqlite3_last_insert_rowid(m_db);
        SqliteStatement event(m_db, "INSERT INTO sensor_alarm_events (alarm_id, event, level, value, t, at, who) "
                                    "VALUES (?, 'raised', 'stale', ?, ?, ?, ?)");
        event.bind(1, alarm).bind(2, var(s.value)).bind(3, s.since).bind(4, m_at).bind(5, m_who);
        SqliteStatement state(m_db, "INSERT INTO sensor_alarm_state (datastream_id, stale_alarm) VALUES (?, ?) "
                                    "ON CONFLICT (datastream_id) DO UPDATE SET stale_alarm = excluded.stale_alarm");
        state.bind(1, s.id).bind(2, alarm);
        if (!event.exec() || !state.exec()) {
            *errorString = event.errorString().isEmpty() ? state.errorString() : event.errorString();
            return false;
        }
        ++m_raised;
    }
    return true;
}
