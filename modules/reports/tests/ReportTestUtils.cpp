#include "ReportTestUtils.h"

#include "CoordinateTransformer.h"
#include "ReportSchema.h"
#include "SchemaRegistry.h"
#include "Store.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

std::unique_ptr<Store> ReportTestUtils::newStore(const QString &path)
{
    // The reports' tables come with every store, as in the console.
    if (!SchemaRegistry::global().contains(ReportSchema::module()))
        SchemaRegistry::global().add(ReportSchema::migrations());
    QString error;
    auto store = Store::open(path, Store::Mode::Create, &error);
    if (!store)
        qWarning("cannot create the test store: %s", qPrintable(error));
    return store;
}

QJsonObject ReportTestUtils::request(const QString &id, const QString &code, const QString &lat, const QString &lon,
                                     const QString &requested, const QString &updated, const QString &status,
                                     const QString &description)
{
    QJsonObject o{{u"service_request_id"_s, id},
                  {u"service_code"_s, code},
                  {u"status"_s, status},
                  {u"description"_s, description},
                  {u"requested_datetime"_s, requested},
                  {u"updated_datetime"_s, updated},
                  {u"address"_s, u"Ormoška cesta 1, 2250 Ptuj"_s},
                  {u"email"_s, u"janez.novak@example.si"_s}};
    if (!lat.isNull())
        o.insert(u"lat"_s, lat);
    if (!lon.isNull())
        o.insert(u"long"_s, lon);
    return o;
}

QJsonObject ReportTestUtils::requestAt(const QString &id, const QString &code, QPointF d96, const QString &requested)
{
    const QPointF ll = lonLatOf(d96);
    return request(id, code, QString::number(ll.y(), 'f', 9), QString::number(ll.x(), 'f', 9), requested, requested);
}

QPointF ReportTestUtils::lonLatOf(QPointF d96)
{
    static CoordinateTransformer toWgs84(u"EPSG:3794"_s, u"EPSG:4326"_s);
    return toWgs84.transform(d96).value_or(QPointF());
}

QByteArray ReportTestUtils::geoJson(const QList<QList<QPointF>> &geometriesD96, const QStringList &names)
{
    QJsonArray features;
    for (qsizetype i = 0; i < geometriesD96.size(); ++i) {
        QJsonArray coordinates;
        for (const QPointF &p : geometriesD96[i]) {
            const QPointF ll = lonLatOf(p);
            coordinates.append(QJsonArray{ll.x(), ll.y()});
        }
        const bool point = geometriesD96[i].size() == 1;
        features.append(QJsonObject{
            {u"type"_s, u"Feature"_s},
            {u"properties"_s, QJsonObject{{u"name"_s, names.value(i)}}},
            {u"geometry"_s, QJsonObject{{u"type"_s, point ? u"Point"_s : u"LineString"_s},
                                        {u"coordinates"_s, point ? coordinates.first() : QJsonValue(coordinates)}}},
        });
    }
    return QJsonDocument(QJsonObject{{u"type"_s, u"FeatureCollection"_s}, {u"features"_s, features}}).toJson();
}

QByteArray ReportTestUtils::toJson(const QList<QJsonObject> &requests)
{
    QJsonArray array;
    for (const QJsonObject &o : requests)
        array.append(o);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray ReportTestUtils::servicesJson()
{
    QJsonArray array;
    for (const auto &[code, name] : {std::pair{u"pothole"_s, u"Udarna jama"_s}, std::pair{u"street_light"_s, u"Javna razsvetljava"_s},
                                     std::pair{u"beehive"_s, u"Roj čebel"_s}})
        array.append(QJsonObject{{u"service_code"_s, code}, {u"service_name"_s, name}, {u"type"_s, u"realtime"_s},
                                 {u"metadata"_s, false}, {u"group"_s, u"Ptuj"_s}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray ReportTestUtils::requestsXml()
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<service_requests>\n"
           "<request><service_request_id>x1</service_request_id><status>open</status>"
           "<service_code>pothole</service_code><description>Jama pred šolo</description>"
           "<requested_datetime>2026-10-02T10:00:00+02:00</requested_datetime>"
           "<updated_datetime>2026-10-02T10:00:00+02:00</updated_datetime>"
           "<lat>46.4200</lat><long>15.8700</long></request>\n"
           "<request><service_request_id>x2</service_request_id><status>closed</status>"
           "<status_notes>Popravljeno.</status_notes><service_code>graffiti</service_code>"
           "<description>Grafiti na zidu</description>"
           "<requested_datetime>2026-09-02T10:00:00+02:00</requested_datetime>"
           "<updated_datetime>2026-09-05T10:00:00+02:00</updated_datetime>"
           "<lat>46.4190</lat><long>15.8690</long></request>\n"
           "</service_requests>\n";
}

QByteArray ReportTestUtils::requestsCsv()
{
    return "service_request_id,service_code,description,lat,long,requested_datetime,status\n"
           "c1,water_leak,\"Voda teče po cesti, pri hišni št. 5\",46.4210,15.8720,2026-10-03T07:00:00Z,open\n"
           "c2,fallen_tree,Podrto drevo čez pot,46.4150,15.8600,2026-10-04T07:00:00Z,open\n";
}

QByteArray ReportTestUtils::malformedJson()
{
    return "[{\"service_request_id\": \"1\", \"lat\": 46.42,";
}

QByteArray ReportTestUtils::malformedXml()
{
    return "<service_requests><request><service_request_id>1</service_request_id></service_requests>";
}

QByteArray ReportTestUtils::htmlPage()
{
    return "<!DOCTYPE html>\n<html><head><title>Izboljšajmo Ptuj</title></head><body>Prijavite napako</body></html>";
}

bool ReportTestUtils::writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

ReportTestUtils::Open311TestServer::Open311TestServer()
{
    m_server.route(u"/open311/v2/services.json"_s, [this](const QHttpServerRequest &) {
        ++hits;
        if (mode == Mode::Error500)
            return QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError);
        if (mode == Mode::Html)
            return QHttpServerResponse("text/html", htmlPage());
        return QHttpServerResponse("application/json", servicesJson());
    });
    m_server.route(u"/open311/v2/requests.json"_s, [this](const QHttpServerRequest &req) {
        ++hits;
        const QUrlQuery query = req.query();
        queries.append(query.toString());
        if (mode == Mode::MalformedJson)
            return QHttpServerResponse("application/json", malformedJson());
        const int page = std::max(1, query.queryItemValue(u"page"_s).toInt());
        const int pageSize = std::max(1, query.queryItemValue(u"page_size"_s).toInt());
        const QDateTime from = QDateTime::fromString(query.queryItemValue(u"start_date"_s), Qt::ISODate);
        const QDateTime to = QDateTime::fromString(query.queryItemValue(u"end_date"_s), Qt::ISODate);
        QList<QJsonObject> selected;
        for (const QJsonObject &o : std::as_const(requests)) {
            const QDateTime t = QDateTime::fromString(o.value(u"updated_datetime"_s).toString(), Qt::ISODate);
            if ((from.isValid() && t < from) || (to.isValid() && t >= to))
                continue;
            selected.append(o);
        }
        return QHttpServerResponse("application/json", toJson(selected.mid(qsizetype(page - 1) * pageSize, pageSize)));
    });
}

bool ReportTestUtils::Open311TestServer::start()
{
    m_tcp = new QTcpServer(&m_server);
    return m_tcp->listen(QHostAddress::LocalHost, 0) && m_server.bind(m_tcp);
}

QUrl ReportTestUtils::Open311TestServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/open311/v2/"_s.arg(m_tcp->serverPort()));
}

bool ReportTestUtils::SilentServer::start()
{
    QObject::connect(&m_tcp, &QTcpServer::newConnection, &m_tcp, [this] {
        while (QTcpSocket *s = m_tcp.nextPendingConnection())
            m_sockets.append(s);
    });
    return m_tcp.listen(QHostAddress::LocalHost, 0);
}

QUrl ReportTestUtils::SilentServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/open311/v2/"_s.arg(m_tcp.serverPort()));
}
