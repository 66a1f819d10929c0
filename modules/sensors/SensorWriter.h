#pragma once

#include "SensorBatch.h"

#include <QString>

struct sqlite3;

/// What one import wrote.
struct SensorWriteCounts
{
    qsizetype stations = 0;       ///< stations added or updated
    qsizetype datastreams = 0;    ///< datastreams added or updated
    qsizetype imported = 0;       ///< observations new to the store
    qsizetype skipped = 0;        ///< observations the store already held (same datastream and time)
    qsizetype newDatastreams = 0;
    int alarmsRaised = 0, alarmsEscalated = 0, alarmsCleared = 0;
    QStringList rejected;         ///< readings left out here (unknown station), with the reason
    qsizetype moreRejected = 0;
    qsizetype rejectedReadings = 0; ///< readings left out here
    QStringList warnings;
};

/// Writes a parsed batch into the sensor tables, inside the caller's transaction:
/// stations (a point in D96/TM when the source gave coordinates; a known location is kept
/// when it gave none), datastreams and the source's levels (never over levels a user set),
/// observations with INSERT OR IGNORE on (datastream, time) so a re-import writes nothing
/// twice, the datastreams' latest value and count, and the alarms of the new readings.
class SensorWriter
{
public:
    struct Options
    {
        qint64 sourceId = 0;        ///< sensor_sources row; 0 for none
        bool illustrative = false;  ///< the stations are an illustrative sample
        QString who = QStringLiteral("sensors");
    };

    SensorWriter(sqlite3 *db, Options options);

    bool write(const SensorBatch &batch, SensorWriteCounts *counts, QString *errorString);

    /// The sensor_sources row of a source, added when new.
    static std::optional<qint64> sourceId(sqlite3 *db, const QString &kind, const QString &location, int pollSeconds,
                                          QString *errorString);

private:
    sqlite3 *m_db;
    Options m_options;
};
