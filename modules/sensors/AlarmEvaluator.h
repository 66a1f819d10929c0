#pragma once

#include "SensorBatch.h"

#include <QString>

#include <span>

struct sqlite3;

/// Raises, escalates and clears the alarms of datastreams as new observations arrive.
///
/// Incremental: the state of each datastream (the levels it is past, its open alarms, its
/// last reading) is kept in sensor_alarm_state, so a batch is judged against that state and
/// never by rescanning the history. Only readings newer than the last one judged count: a
/// re-import or a back-fill of older readings raises nothing. An alarm carries the time of
/// the reading that raised it. Levels clear with hysteresis: a high level is left only when
/// the value falls below level − margin (the datastream's `hysteresis`, else 2 % of the
/// level), a low level when it rises above level + margin. Runs inside the caller's
/// transaction.
class AlarmEvaluator
{
public:
    explicit AlarmEvaluator(sqlite3 *db, QString who = QStringLiteral("sensors"));

    /// Judges the new readings of one datastream, oldest first (they need not be sorted).
    bool evaluate(qint64 datastreamId, std::span<const SensorObservation> readings, QString *errorString);

    /// Raises a stale-data alarm for every datastream with an expected interval whose last
    /// reading is older than three intervals at `now` (seconds, UTC); its time is when the
    /// data became stale.
    bool checkStale(qint64 now, QString *errorString);

    /// Alarms raised, escalated and cleared so far by this evaluator.
    int raised() const { return m_raised; }
    int escalated() const { return m_escalated; }
    int cleared() const { return m_cleared; }

    /// The default hysteresis margin of a level.
    static double defaultMargin(double level) { return std::abs(level) * 0.02; }

private:
    sqlite3 *m_db;
    QString m_who;
    QString m_at;
    int m_raised = 0, m_escalated = 0, m_cleared = 0;
};
