#pragma once

#include "SensorBatch.h"

#include <QHash>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

/// Reads a SensorThings API v1.1 service incrementally.
///
/// One request (and its pages) brings every Thing with its Location, its Datastreams and
/// each datastream's latest Observation:
/// `Things?$expand=Locations,Datastreams($expand=ObservedProperty,Sensor,Observations($orderby=phenomenonTime desc;$top=1))`.
/// Only a datastream whose latest reading is newer than the store's and more than one
/// interval after it gets a second query, for the readings in between
/// (`Datastreams(id)/Observations?$filter=phenomenonTime gt …&$orderby=phenomenonTime asc`).
/// `@iot.nextLink` is followed as the opaque address it is, http(s) only, never twice and
/// at most kMaxPages times. Call from a worker or the CLI (BoundedHttp waits).
class SensorThingsClient
{
public:
    struct Options
    {
        int timeoutMs = 30000;
        int pageSize = 100;
        /// For a datastream the store has no readings of: how far back to fetch (seconds).
        qint64 firstFetchSeconds = 7 * 86400;
        /// Latest stored reading per datastream, by SensorBatch::streamId.
        QHash<QString, qint64> stored;
        qint64 now = 0; ///< seconds UTC; 0: the clock
    };
    static constexpr int kMaxPages = 1000;

    SensorThingsClient(QNetworkAccessManager &manager, QUrl base, Options options);

    /// Everything new since the store's latest readings; `error` set when the service could
    /// not be read at all (nothing is then written).
    SensorBatch fetch();

    /// Requests made (for tests and the summary).
    int requests() const { return m_requests; }

private:
    bool getPages(const QUrl &first, const std::function<std::optional<QString>(const QByteArray &, const QString &)> &page,
                  QString *error);
    QUrl endpoint(const QString &path) const;

    QNetworkAccessManager &m_manager;
    QUrl m_base;
    Options m_options;
    int m_requests = 0;
};
