#pragma once

#include "InputPolicy.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

/// One HTTP GET with the policy's bounds: http(s) only, redirects only to http(s), a cap on
/// the body (checked on the announced length and while it streams in), a timeout for the
/// answer and a deadline shared by every request of one import.
///
/// get() waits in a local event loop: call it from a worker thread or the CLI, never from
/// the GUI thread.
namespace BoundedHttp {

struct Limits
{
    int timeoutMs = 30000;                         ///< this answer, from the request to its last byte
    qint64 maxBytes = InputPolicy::kMaxHttpBodyBytes;
    QDeadlineTimer deadline = QDeadlineTimer::Forever;  ///< the whole import
};

struct Answer
{
    bool ok = false;
    QString error;       ///< for the user: which address and what went wrong
    int httpStatus = 0;
    QByteArray body;
    QString contentType;
};

Answer get(QNetworkAccessManager &manager, const QUrl &url, const Limits &limits, const QByteArray &accept = {});

} // namespace BoundedHttp
