#pragma once

#include "SensorBatch.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

struct sqlite3;

/// The reads the Sensors page, the map, the charts and the CLI need, each one indexed
/// query: latest values come from the datastream rows, a series is a range scan of the
/// observations' key, a chart's series is reduced in SQL to min/max per pixel bucket.
namespace SensorQueries {

struct Datastream
{
    qint64 id = 0;
    QString stationCode, stationName, domain, river;
    std::optional<QPointF> position; ///< D96/TM
    bool illustrative = false;
    QString key, name, property, unit;
    int intervalSeconds = 0;
    QList<SensorLevel> levels; ///< by value
    qint64 observations = 0;
    std::optional<qint64> latestT;
    std::optional<double> latestValue;
    QString latestText;
    /// The most severe level the latest value is at or beyond (high or low); empty: none.
    QString state;
    bool openAlarm = false;

    QJsonObject toJson() const;
};

/// Every datastream, by station code and name.
QList<Datastream> datastreams(sqlite3 *db);
std::optional<Datastream> datastream(sqlite3 *db, qint64 id);

struct Point
{
    qint64 t = 0;
    std::optional<double> value;
    QString text;
};
/// Every reading in [from, to] (seconds, inclusive), oldest first.
QList<Point> series(sqlite3 *db, qint64 datastreamId, qint64 from, qint64 to);

struct Bucket
{
    qint64 t = 0;       ///< start of the bucket
    double min = 0, max = 0, mean = 0;
    int count = 0;
};
/// [from, to) in `buckets` equal buckets (e.g. one per pixel of a chart); empty buckets are left out.
QList<Bucket> buckets(sqlite3 *db, qint64 datastreamId, qint64 from, qint64 to, int buckets);

struct AlarmEvent
{
    qint64 id = 0;
    QString event, level, who, at, note;
    std::optional<double> value;
    std::optional<qint64> t;
};
struct Alarm
{
    qint64 id = 0;
    qint64 datastreamId = 0;
    QString stationCode, stationName, datastreamName, unit;
    QString kind, level;
    std::optional<double> levelValue, value;
    qint64 t = 0, raisedT = 0;
    std::optional<qint64> clearedT;
    QString acknowledgedAt, acknowledgedBy, note;
    QList<AlarmEvent> events;
    /// active (not acknowledged, not cleared), acknowledged (still active), cleared (not yet
    /// acknowledged), closed (cleared and acknowledged).
    QString state() const;

    QJsonObject toJson() const;
};
/// Alarms newest first; `openOnly`: all but the closed ones (what the banner shows).
QList<Alarm> alarms(sqlite3 *db, bool openOnly, int limit = 1000);

} // namespace SensorQueries
