#pragma once

#include "Actor.h"
#include "SensorBatch.h"
#include "SensorWriter.h"

#include <QJsonObject>
#include <QUrl>

class Store;

struct SensorImportOptions
{
    QString format;              ///< "sta", "arso", "csv"; empty: told from the data or address
    Actor actor = Actor::system(QStringLiteral("sensors"));
    bool illustrative = false;   ///< the stations are an illustrative sample
    int timeoutMs = 30000;
    int pollSeconds = 0;         ///< the source's polling interval to record; 0 keeps it (ARSO 30 min by default)
    qint64 now = 0;              ///< seconds UTC for the stale-data check; 0: the clock
};

/// What an import did, printed as JSON by the CLI.
struct SensorImportSummary
{
    bool ok = false;
    QString error;     ///< when !ok: what went wrong and what to do; the store is unchanged
    QString format;
    QString origin;
    qsizetype received = 0;
    SensorWriteCounts counts;
    QStringList warnings;
    QStringList rejected;
    qsizetype rejectedCount = 0;
    int requests = 0;

    QJsonObject toJson() const;
};

/// The one way into the sensor tables: imports (file or address, all or nothing, with the
/// alarms of the new readings), levels and acknowledgements, each with the actor recorded.
class SensorService
{
public:
    explicit SensorService(Store &store);

    SensorImportSummary importData(const QByteArray &data, const QString &origin, const SensorImportOptions &options);
    /// A SensorThings service root (…/v1.1) or an ARSO XML address; checks stale data after.
    SensorImportSummary importUrl(const QUrl &url, const SensorImportOptions &options);

    /// Replaces a datastream's levels with the user's own; readings already stored raise
    /// nothing, the next new reading is judged against the new levels.
    bool setLevels(qint64 datastreamId, const QList<SensorLevel> &levels, std::optional<double> hysteresis,
                   const Actor &actor, QString *errorString);
    bool acknowledge(qint64 alarmId, const QString &note, const Actor &actor, QString *errorString);

    /// "sta", "arso" or "csv" for data, or empty when it is none of them.
    static QString detectFormat(const QByteArray &data);

private:
    SensorImportSummary write(SensorBatch &&batch, const QString &kind, const QString &location,
                              const SensorImportOptions &options, bool checkStale);
    void recordPoll(const QString &kind, const QString &location, const QString &error);

    Store &m_store;
};
