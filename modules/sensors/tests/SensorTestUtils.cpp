#include "SensorTestUtils.h"

#include "SchemaRegistry.h"
#include "SensorSchema.h"
#include "SensorTime.h"
#include "SqliteStatement.h"
#include "Store.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

std::unique_ptr<Store> SensorTestUtils::newStore(const QString &path)
{
    if (!SchemaRegistry::global().contains(SensorSchema::module()))
        SchemaRegistry::global().add(SensorSchema::migrations());
    QString error;
    auto store = Store::open(path, Store::Mode::Create, &error);
    if (!store)
        qWarning("cannot create the test store: %s", qPrintable(error));
    return store;
}

QByteArray SensorTestUtils::arsoXml(const QList<Gauge> &gauges)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<arsopodatki verzija=\"1.5\"><vir>Agencija RS za okolje</vir>"
                     "<predlagan_zajem_perioda>30 min</predlagan_zajem_perioda>\n";
    const auto element = [](const char *name, const QString &value) {
        return value.isNull() ? QByteArray() : "<" + QByteArray(name) + ">" + value.toUtf8() + "</" + QByteArray(name) + ">";
    };
    for (const Gauge &g : gauges) {
        xml += "<postaja sifra=\"" + g.code.toUtf8() + "\" ";
        if (!g.lon.isNull())
            xml += (g.wgs84Names ? "wgs84_dolzina=\"" : "ge_dolzina=\"") + g.lon.toUtf8() + "\" ";
        if (!g.lat.isNull())
            xml += (g.wgs84Names ? "wgs84_sirina=\"" : "ge_sirina=\"") + g.lat.toUtf8() + "\" ";
        xml += "kota_0=\"210.5\">";
        xml += element("reka", g.river) + element("merilno_mesto", g.place) + element("ime_kratko", g.river + u" - "_s + g.place);
        xml += element("datum", g.datum) + element("datum_cet", g.datumCet);
        xml += element("vodostaj", g.level) + element("pretok", g.discharge) + "<pretok_znacilni>srednji pretok</pretok_znacilni>";
        xml += element("temp_vode", g.temperature) + element("prvi_vv_pretok", g.q1) + element("drugi_vv_pretok", g.q2);
        xml += element("tretji_vv_pretok", g.q3) + g.extra.toUtf8() + "</postaja>\n";
    }
    return xml + "</arsopodatki>\n";
}

QJsonObject SensorTestUtils::observation(const QString &time, const QJsonValue &result)
{
    return QJsonObject{{u"phenomenonTime"_s, time}, {u"result"_s, result}};
}

SensorTestUtils::SensorThingsServer::SensorThingsServer()
{
    const auto json = [](const QJsonObject &o) {
        return QHttpServerResponse("application/json", QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    m_server.route(u"/v1.1/Things"_s, [this, json](const QHttpServerRequest &request) {
        requests.append(request.url().path() + u'?' + request.url().query(QUrl::FullyDecoded));
        if (mode == Mode::Error500)
            return QHttpServerResponse("text/plain", "internal error", QHttpServerResponse::StatusCode::InternalServerError);
        if (mode == Mode::Html)
            return QHttpServerResponse("text/html", "<!DOCTYPE html><html><body>Login</body></html>");
        if (mode == Mode::NotJson)
            return QHttpServerResponse("application/json", "{\"value\": [");
        const QUrlQuery q(request.url());
        const int skip = q.queryItemValue(u"$skip"_s).toInt();
        QJsonArray value;
        for (int i = skip; i < things.size() && i < skip + pageSize; ++i) {
            const Thing &t = things[i];
            QJsonArray streams;
            for (const Stream &s : t.streams) {
                QJsonArray latest;
                if (!s.observations.isEmpty())
                    latest.append(observation(SensorTime::toIso(s.observations.last().first), s.observations.last().second));
                streams.append(QJsonObject{{u"@iot.id"_s, s.id}, {u"name"_s, s.name},
                                           {u"unitOfMeasurement"_s, QJsonObject{{u"symbol"_s, s.unit}}},
                                           {u"ObservedProperty"_s, QJsonObject{{u"name"_s, s.property}}},
                                           {u"Sensor"_s, QJsonObject{{u"name"_s, u"sensor"_s}}},
                                           {u"properties"_s, s.properties}, {u"Observations"_s, latest}});
            }
            value.append(QJsonObject{
                {u"@iot.id"_s, t.id}, {u"name"_s, t.name}, {u"properties"_s, t.properties},
                {u"Locations"_s, QJsonArray{QJsonObject{{u"location"_s, QJsonObject{{u"type"_s, u"Point"_s},
                                                                                      {u"coordinates"_s, QJsonArray{t.lon, t.lat}}}}}}},
                {u"Datastreams"_s, streams}});
        }
        QJsonObject page{{u"value"_s, value}};
        QUrl next = request.url();
        if (mode == Mode::LoopingNextLink) {
            page.insert(u"@iot.nextLink"_s, next.toString());
        } else if (mode == Mode::FileNextLink) {
            page.insert(u"@iot.nextLink"_s, u"file:///etc/passwd"_s);
        } else if (skip + pageSize < things.size()) {
            QUrlQuery nq(next);
            nq.removeAllQueryItems(u"$skip"_s);
            nq.addQueryItem(u"$skip"_s, QString::number(skip + pageSize));
            next.setQuery(nq);
            page.insert(u"@iot.nextLink"_s, next.toString());
        }
        return json(page);
    });
    m_server.route(u"/v1.1/<arg>/Observations"_s, [this, json](const QString &entity, const QHttpServerRequest &request) {
        requests.append(request.url().path() + u'?' + request.url().query(QUrl::FullyDecoded));
        const int id = entity.section(u'(', 1).section(u')', 0, 0).toInt();
        const QUrlQuery q(request.url());
        const QString filter = q.queryItemValue(u"$filter"_s, QUrl::FullyDecoded);
        qint64 after = std::numeric_limits<qint64>::min();
        if (filter.startsWith(u"phenomenonTime gt "_s)) {
            const auto p = SensorTime::parseIso(filter.mid(18).toLatin1());
            if (p)
                after = p->seconds;
        }
        const int top = q.hasQueryItem(u"$top"_s) ? q.queryItemValue(u"$top"_s).toInt() : 100;
        const int skip = q.queryItemValue(u"$skip"_s).toInt();
        QJsonArray value;
        int matched = 0;
        bool more = false;
        for (const Thing &t : std::as_const(things))
            for (const Stream &s : t.streams)
                if (s.id == id)
                    for (const auto &[time, result] : s.observations)
                        if (time > after) {
                            if (matched >= skip && value.size() < top)
                                value.append(observation(SensorTime::toIso(time), result));
                            else if (value.size() >= top)
                                more = true;
                            ++matched;
                        }
        QJsonObject page{{u"value"_s, value}};
        if (more) {
            QUrl next = request.url();
            QUrlQuery nq(next);
            nq.removeAllQueryItems(u"$skip"_s);
            nq.addQueryItem(u"$skip"_s, QString::number(skip + top));
            next.setQuery(nq);
            page.insert(u"@iot.nextLink"_s, next.toString());
        }
        return json(page);
    });
}

bool SensorTestUtils::SensorThingsServer::start()
{
    m_tcp = new QTcpServer(&m_server);
    return m_tcp->listen(QHostAddress::LocalHost, 0) && m_server.bind(m_tcp);
}

QUrl SensorTestUtils::SensorThingsServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/v1.1"_s.arg(m_tcp->serverPort()));
}

SensorTestUtils::FixedServer::FixedServer()
{
    m_server.route(u"/<arg>"_s, [this](const QUrl &, const QHttpServerRequest &) {
        ++hits;
        return QHttpServerResponse(contentType, body, QHttpServerResponse::StatusCode(status));
    });
}

bool SensorTestUtils::FixedServer::start()
{
    m_tcp = new QTcpServer(&m_server);
    return m_tcp->listen(QHostAddress::LocalHost, 0) && m_server.bind(m_tcp);
}

QUrl SensorTestUtils::FixedServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_tcp->serverPort()).arg(path));
}

bool SensorTestUtils::SilentServer::start()
{
    QObject::connect(&m_tcp, &QTcpServer::newConnection, &m_tcp, [this] {
        while (QTcpSocket *s = m_tcp.nextPendingConnection())
            m_sockets.append(s);
    });
    return m_tcp.listen(QHostAddress::LocalHost, 0);
}

QUrl SensorTestUtils::SilentServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1/v1.1"_s.arg(m_tcp.serverPort()));
}

qint64 SensorTestUtils::count(Store &store, const char *sql)
{
    SqliteStatement q(store.db(), sql);
    return q.next() ? q.integer(0) : -1;
}
