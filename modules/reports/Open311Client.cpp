#include "Open311Client.h"

#include "BoundedHttp.h"
#include "Report.h"

#include <QCoreApplication>
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

Open311Client::Result Open311Client::fetch(const QUrl &baseUrl, const Options &options)
{
    Result result;
    if (const QString why = InputPolicy::whyNotEndpoint(baseUrl); !why.isEmpty()) {
        result.error = why;
        return result;
    }
    BoundedHttp::Limits limits;
    limits.timeoutMs = options.timeoutMs;
    limits.maxBytes = options.maxAnswerBytes;
    limits.deadline = QDeadlineTimer(options.totalTimeoutMs);
    const auto get = [&](const QUrl &url) {
        BoundedHttp::Answer a = BoundedHttp::get(*m_manager, url, limits, "application/json, application/xml;q=0.9");
        if (!a.ok)
            qCWarning(lcOpen311) << a.error;
        return a;
    };
    if (options.withServices) {
        const QUrl url = endpoint(baseUrl, u"services.json"_s);
        const BoundedHttp::Answer a = get(url);
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
                result.error = QCoreApplication::translate("Open311Client", "the endpoint %1 kept sending pages (more than %2); it may ignore the page parameter")
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
            const BoundedHttp::Answer a = get(url);
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
