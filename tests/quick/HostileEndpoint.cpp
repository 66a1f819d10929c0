#include "HostileEndpoint.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A 1×1 transparent PNG: what a tracking pixel answers.
const QByteArray kPixel = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

} // namespace

HostileEndpoint::HostileEndpoint(QObject *parent)
    : QObject(parent)
{
    m_server.route(u"/pixel.png"_s, [this] {
        ++m_pixelRequests;
        emit pixelRequested();
        return QHttpServerResponse("image/png", kPixel);
    });
    m_server.route(u"/open311/v2/services.json"_s, [this] {
        return QHttpServerResponse("application/json", servicesJson());
    });
    m_server.route(u"/open311/v2/requests.json"_s, [this](const QHttpServerRequest &request) {
        const int page = std::max(1, request.query().queryItemValue(u"page"_s).toInt());
        return QHttpServerResponse("application/json", requestsJson(page));
    });
    m_tcp = new QTcpServer(&m_server);
    if (!m_tcp->listen(QHostAddress::LocalHost, 0) || !m_server.bind(m_tcp))
        qWarning("HostileEndpoint: cannot listen on 127.0.0.1: %s", qPrintable(m_tcp->errorString()));
}

QUrl HostileEndpoint::baseUrl() const
{
    return m_tcp->isListening() ? QUrl(u"http://127.0.0.1:%1/open311/v2/"_s.arg(m_tcp->serverPort())) : QUrl();
}

QString HostileEndpoint::serviceRequestId() const
{
    return u"HOSTILE-1"_s;
}

QString HostileEndpoint::hostile(const QString &word) const
{
    return u"<b>%1</b><img src=\"http://127.0.0.1:%2/pixel.png\">"_s.arg(word).arg(m_tcp->serverPort());
}

QByteArray HostileEndpoint::servicesJson() const
{
    const QJsonObject service{{u"service_code"_s, u"hostile_markup"_s},
                              {u"service_name"_s, hostile(u"kategorija"_s)},
                              {u"description"_s, hostile(u"kategorija"_s)},
                              {u"metadata"_s, false},
                              {u"type"_s, u"realtime"_s}};
    return QJsonDocument(QJsonArray{service}).toJson();
}

QByteArray HostileEndpoint::requestsJson(int page) const
{
    // Closed, so the open reports other tests triage stay the sample's.
    const QJsonObject request{{u"service_request_id"_s, serviceRequestId()},
                              {u"status"_s, u"closed"_s},
                              {u"ptuj_status"_s, u"resolved"_s},
                              {u"status_notes"_s, hostile(u"odgovor"_s)},
                              {u"service_code"_s, u"hostile_markup"_s},
                              {u"service_name"_s, hostile(u"storitev"_s)},
                              {u"description"_s, hostile(u"opis"_s)},
                              {u"address"_s, hostile(u"naslov"_s)},
                              {u"requested_datetime"_s, u"2025-06-02T08:00:00Z"_s},
                              {u"updated_datetime"_s, u"2025-06-03T08:00:00Z"_s},
                              {u"lat"_s, 46.4201},
                              {u"long"_s, 15.8702}};
    return QJsonDocument(page == 1 ? QJsonArray{request} : QJsonArray()).toJson();
}
