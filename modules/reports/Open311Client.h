#pragma once

#include "InputPolicy.h"
#include "Open311Parser.h"

#include <QDateTime>
#include <QUrl>

class QNetworkAccessManager;

/// Reads `services` and `requests` from an Open311 GeoReport v2 endpoint, page by page and
/// in date windows, through BoundedHttp: http(s) only, a size cap and a timeout on every
/// answer and a deadline for the whole fetch.
///
/// fetch() waits in a local event loop; call it from a worker thread (or the CLI), never
/// from the GUI thread. Nothing is written anywhere: the caller imports the result in one
/// transaction, so a failure halfway leaves the store as it was.
class Open311Client
{
public:
    struct Options
    {
        QDateTime startDate;     ///< invalid: no date range, the server's default
        QDateTime endDate;       ///< invalid: now
        int windowDays = 90;     ///< many servers refuse longer ranges
        int pageSize = 200;
        int timeoutMs = 30000;   ///< per request, to its last byte
        /// All requests of one fetch together (an endpoint that drips pages forever).
        int totalTimeoutMs = int(InputPolicy::kDefaultTotalDeadlineSeconds * 1000);
        qint64 maxAnswerBytes = InputPolicy::kMaxHttpBodyBytes;
        int maxPages = 10000;    ///< a guard against servers that ignore `page`
        bool withServices = true;
    };

    struct Result
    {
        bool ok = false;
        QString error;
        QList<Open311::ServiceDefinition> services;
        QList<Open311::ServiceRequest> requests;
        int httpRequests = 0;
    };

    /// Uses its own network access manager when none is given.
    explicit Open311Client(QNetworkAccessManager *manager = nullptr);
    ~Open311Client();
    Open311Client(const Open311Client &) = delete;
    Open311Client &operator=(const Open311Client &) = delete;

    /// baseUrl is the API root that serves services.json and requests.json.
    Result fetch(const QUrl &baseUrl, const Options &options);

private:

    QNetworkAccessManager *m_manager = nullptr;
    bool m_ownsManager = false;
};
