#include "Open311Client.h"

#include "Report.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOpen311, "ptuj.reports.open311", QtInfoMsg)

namespace {

QUrl endpoint(QUrl base, const QString &file)
{
    QString path = base.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    base.setPath(path + file);
    return base;
}

} // namespace

Open311Client::Open311Client(QNetworkAccessManager *manager)
    : m_manager(manager)
{
    if (!m_manager) {
        m_manager = new QNetworkAccessManager;
        m_ownsManager = true;
    }
}

Open311Client::~Open311Client()
{
    if (m_ownsManager)
        delete m_manager;
}

Open311Client::Answer Open311Client::get(const QUrl &url, int timeoutMs)
{
    Answer answer;
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json, application/xml;q=0.9");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_manager->get(request);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    timer.stop();
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (timedOut) {
        answer.error = u"the endpoint %1 did not answer within %2 s; check the address and the network, or allow "
                       "more time (--timeout)"_s.arg(shown).arg(timeoutMs / 1000.0);
    } else if (httpStatus >= 400) {
        answer.error = u"the endpoint %1 answered HTTP %2 (%3); %4"_s.arg(
            shown, QString::number(httpStatus),
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
            httpStatus >= 500 ? u"the server has a problem, try again later or tell its operator"_s
                              : u"check the URL and any API key"_s);
    } else if (reply->error() != QNetworkReply::NoError) {
        answer.error = u"cannot read %1: %2"_s.arg(shown, reply->errorString());
    } else {
        answer.ok = true;
        answer.body = reply->readAll();
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    }
    reply->deleteLater();
    if (!answer.ok)
        qCWarning(lcOpen311) << answer.error;
    return answer;
}

Open311Client::Result Open311Client::fetch(const QUrl &baseUrl, const Options &options)
{
    Result result;
    if (!baseUrl.isValid() || baseUrl.scheme().isEmpty()) {
        result.error = u"'%1' is not a URL; give the API root, e.g. https://example.org/open311/v2/"_s.arg(
            baseUrl.toString());
        return result;
    }
    if (options.withServices) {
        const QUrl url = endpoint(baseUrl, u"services.json"_s);
        const Answer a = get(url, options.timeoutMs);
        ++result.httpRequests;
        if (!a.ok) {
            result.error = a.error;
            return result;
        }
        auto parsed = Open311::parseServices(a.body, Open311::detectFormat(a.body, a.contentType),
                                             url.toDisplayString(QUrl::RemoveUserInfo));
        if (!parsed.ok) {
            result.error = parsed.error;
            return result;
        }
        result.services = parsed.items;
    }

    // Date windows: [start, start + windowDays) … up to the end; one unbounded window
    // when no start date is given.
    QList<std::pair<QDateTime, QDateTime>> windows;
    if (options.startDate.isValid()) {
        const QDateTime end = options.endDate.isValid() ? options.endDate : QDateTime::currentDateTimeUtc();
        for (QDateTime from = options.startDate; from < end;) {
            const QDateTime to = std::min(from.addDays(std::max(1, options.windowDays)), end);
            windows.append({from, to});
            from = to;
        }
    } else {
        windows.append({QDateTime(), QDateTime()});
    }

    QSet<QString> seen;
    int pages = 0;
    for (const auto &[from, to] : std::as_const(windows)) {
        for (int page = 1;; ++page) {
            if (++pages > options.maxPages) {
                result.error = u"the endpoint %1 kept sending pages (more than %2); it may ignore the page parameter"_s
                                   .arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo))
                                   .arg(options.maxPages);
                return result;
            }
            QUrl url = endpoint(baseUrl, u"requests.json"_s);
            QUrlQuery query(url);
            if (from.isValid()) {
                query.addQueryItem(u"start_date"_s, ReportText::isoUtc(from));
                query.addQueryItem(u"end_date"_s, ReportText::isoUtc(to));
            }
            query.addQueryItem(u"page"_s, QString::number(page));
            query.addQueryItem(u"page_size"_s, QString::number(options.pageSize));
            url.setQuery(query);
            const Answer a = get(url, options.timeoutMs);
            ++result.httpRequests;
            if (!a.ok) {
                result.error = a.error;
                return result;
            }
            auto parsed = Open311::parseRequests(a.body, Open311::detectFormat(a.body, a.contentType),
                                                 url.toDisplayString(QUrl::RemoveUserInfo));
            if (!parsed.ok) {
                result.error = parsed.error;
                return result;
            }
            bool anyNew = false;
            for (const auto &r : std::as_const(parsed.items)) {
                if (!seen.contains(r.serviceRequestId))
                    anyNew = true;
                seen.insert(r.serviceRequestId);
            }
            // A page of nothing new means the server ignores paging and sent the same list
            // again; an empty or short page is the last one.
            if (!anyNew && !parsed.items.isEmpty())
                break;
            result.requests.append(parsed.items);
            if (parsed.items.size() < options.pageSize)
                break;
        }
    }
    result.ok = true;
    return result;
}
