#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

/// A level of a datastream: a value whose crossing raises an alarm. High levels alarm when
/// the value reaches them, low levels (`low`) when it falls to them.
struct SensorLevel
{
    QString name;
    double value = 0;
    bool low = false;
    friend bool operator==(const SensorLevel &, const SensorLevel &) = default;
};

/// A station (a SensorThings Thing with its Location, an ARSO gauge) as a source describes it.
struct SensorStationInfo
{
    QString code;                    ///< unique in the store: ARSO's `sifra`, or the source's id
    QString name;
    QString river;
    QString domain;                  ///< one of the 14 domains ("protection" for the gauges)
    std::optional<QPointF> lonLat;   ///< WGS84; none when the source gave none
    std::optional<double> elevation; ///< ARSO's kota_0 (m above sea level of the gauge's zero)
};

/// A datastream as a source describes it.
struct SensorDatastreamInfo
{
    QString stationCode;
    QString key;        ///< unique within its station: "vodostaj", or a SensorThings datastream id
    QString name;
    QString property;   ///< observed property, e.g. "water_level", "discharge", "PM10"
    QString unit;
    int intervalSeconds = 0;       ///< expected interval between readings; 0 unknown
    QList<SensorLevel> levels;     ///< the source's own levels (ARSO's thresholds); empty: none given
    std::optional<double> ratePerHour; ///< a rise faster than this raises a rate alarm
    QString remoteRef;             ///< where its observations are fetched (SensorThings)
    /// Named only by its readings (CSV): created when the store lacks it, never overwriting
    /// what a source described.
    bool onlyIfNew = false;
};

/// One reading. `t` is whole seconds since 1970 (UTC) at which the value holds: the instant,
/// or the end of an interval of `span` seconds.
struct SensorObservation
{
    qint64 t = 0;
    std::optional<double> value;
    QString text;   ///< a result that is not a number
    qint32 span = 0;
};

/// What one reading of a source yielded: stations, datastreams and their observations, and
/// what was kept with a warning or left out with a reason.
struct SensorBatch
{
    QList<SensorStationInfo> stations;
    QList<SensorDatastreamInfo> datastreams;
    /// Observations by datastream, as "stationCode\x1fkey".
    QHash<QString, QList<SensorObservation>> observations;
    QStringList warnings;
    /// Entries left out, each with where it was and why.
    QStringList rejected;
    /// Entries left out beyond those listed (a large file lists the first ones only).
    qsizetype moreRejected = 0;
    /// Set when nothing could be read (not a document of the format, a failed request).
    QString error;

    /// Appends a left-out entry, listing at most kListed and counting the rest.
    static constexpr qsizetype kListed = 100;
    void reject(const QString &why)
    {
        if (rejected.size() < kListed)
            rejected.append(why);
        else
            ++moreRejected;
    }
    qsizetype rejectedCount() const { return rejected.size() + moreRejected; }

    static QString streamId(const QString &stationCode, const QString &key)
    {
        return stationCode + QChar(0x1f) + key;
    }
    qsizetype observationCount() const
    {
        qsizetype n = 0;
        for (const auto &list : observations)
            n += list.size();
        return n;
    }
};
