#include "BoundedHttp.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <limits>

using namespace Qt::StringLiterals;

BoundedHttp::Answer BoundedHttp::get(QNetworkAccessManager &manager, const QUrl &url, const Limits &limits,
                                     const QByteArray &accept)
{
    Answer answer;
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (const QString why = InputPolicy::whyNotEndpoint(url); !why.isEmpty()) {
        answer.error = why;
        return answer;
    }
    const qint64 remaining = limits.deadline.remainingTime();
    if (remaining == 0) {
        answer.error = QCoreApplication::translate("BoundedHttp", "the import ran out of its time before %1 was read; try a shorter date range").arg(shown);
        return answer;
    }
    const qint64 wait = remaining < 0 ? limits.timeoutMs : std::min<qint64>(limits.timeoutMs, remaining);

    QNetworkRequest request(url);
    if (!accept.isEmpty())
        request.setRawHeader("Accept", accept);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    enum class Stop { None, Timeout, TooLarge, BadRedirect } stop = Stop::None;
    const auto abortWith = [&](Stop why) {
        if (stop == Stop::None)
            stop = why;
        reply->abort();
    };
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] { abortWith(Stop::Timeout); });
    // A redirect may not leave http(s) (QNetworkAccessManager also serves file: and data:).
    QObject::connect(reply, &QNetworkReply::redirected, &loop, [&](const QUrl &target) {
        if (InputPolicy::isAllowedRemoteUrl(url.resolved(target)))
            emit reply->redirectAllowed();
        else
            abortWith(Stop::BadRedirect);
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limits.maxBytes)
            abortWith(Stop::TooLarge);
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > limits.maxBytes)
            abortWith(Stop::TooLarge);
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
    if (!reply->isFinished())
        loop.exec();
    timer.stop();
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (stop) {
    case Stop::Timeout:
        answer.error = remaining >= 0 && remaining <= limits.timeoutMs
                           ? QCoreApplication::translate("BoundedHttp", "the import ran out of its time while reading %1; try a shorter date range").arg(shown)
                           : QCoreApplication::translate("BoundedHttp", "the endpoint %1 did not answer within %2 s; check the address and the "
                             "network, or allow more time (--timeout)").arg(shown).arg(limits.timeoutMs / 1000.0);
        break;
    case Stop::TooLarge:
        answer.error = QCoreApplication::translate("BoundedHttp", "the answer of %1 is larger than %2; it is refused (ask for fewer records per page, or a "
                       "shorter date range)").arg(shown, InputPolicy::formatBytes(limits.maxBytes));
        break;
    case Stop::BadRedirect:
        answer.error = QCoreApplication::translate("BoundedHttp", "%1 redirected to an address that is not http(s); it is not followed").arg(shown);
        break;
    case Stop::None:
        if (answer.httpStatus >= 400) {
            answer.error = QCoreApplication::translate("BoundedHttp", "the endpoint %1 answered HTTP %2 (%3); %4").arg(
                shown, QString::number(answer.httpStatus),
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
                answer.httpStatus >= 500 ? QCoreApplication::translate("BoundedHttp", "the server has a problem, try again later or tell its operator")
                                         : QCoreApplication::translate("BoundedHttp", "check the URL and any API key"));
        } else if (reply->error() != QNetworkReply::NoError) {
            answer.error = QCoreApplication::translate("BoundedHttp", "cannot read %1: %2").arg(shown, reply->errorString());
        } else {
            answer.body = reply->read(limits.maxBytes + 1);
            if (answer.body.size() > limits.maxBytes) {
                answer.body.clear();
                answer.error = QCoreApplication::translate("BoundedHttp", "the answer of %1 is larger than %2; it is refused").arg(
                    shown, InputPolicy::formatBytes(limits.maxBytes));
            } else {
                answer.ok = true;
                answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
            }
        }
        break;
    }
    delete reply; // finished: nothing refers to it any more, and a CLI has no event loop to delete it later
    return answer;
}
