#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

/// Times of sensor readings: whole seconds since 1970 in UTC, read from ISO 8601 and from
/// ARSO's local times, written as ISO 8601 UTC with `Z`. Parsed by hand because an import
/// reads hundreds of thousands of them (QDateTime::fromString costs microseconds each).
namespace SensorTime {

struct Parsed
{
    qint64 seconds = 0;
    bool hadOffset = false; ///< the text named its offset (Z or ±hh:mm); else read as UTC
};

/// "YYYY-MM-DD[T ]hh:mm[:ss[.fff]][Z|±hh[:]mm]"; a date alone is midnight UTC. Fractions of
/// a second are dropped. nullopt for anything else or an impossible date.
std::optional<Parsed> parseIso(QByteArrayView text);

/// Seconds since 1970 of a civil date and time taken as UTC (no range checks).
qint64 fromCivil(int year, int month, int day, int hour, int minute, int second);

/// True when the instant falls in Central European Summer Time (EU rule: from 01:00 UTC on
/// the last Sunday of March to 01:00 UTC on the last Sunday of October).
bool isSummerTime(qint64 utcSeconds);

/// A wall-clock time in Ljubljana read as UTC. `ambiguous` is set in the hour that occurs
/// twice in October (the summer-time reading is taken); `skipped` in the hour that does not
/// exist in March (read as winter time).
qint64 fromLjubljana(int year, int month, int day, int hour, int minute, bool *ambiguous = nullptr,
                     bool *skipped = nullptr);

/// "2026-12-04T13:30:00Z".
QString toIso(qint64 utcSeconds);

} // namespace SensorTime
