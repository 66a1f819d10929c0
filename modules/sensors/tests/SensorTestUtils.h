#pragma once

#include <QByteArray>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <memory>

class Store;

/// Fixtures shared by the sensor tests (kept out of the Q_OBJECT test files).
namespace SensorTestUtils {

/// A store at `path` opened for writing, with the sensors' tables.
std::unique_ptr<Store> newStore(const QString &path);

/// One ARSO `postaja` element.
struct Gauge
{
    QString code = QStringLiteral("2110");
    QString lon = QStringLiteral("15.8724"), lat = QStringLiteral("46.4172");
    bool wgs84Names = true; ///< wgs84_dolzina/wgs84_sirina, else ge_dolzina/ge_sirina
    QString river = QStringLiteral("Drava"), place = QStringLiteral("Ptuj");
    QString datum = QStringLiteral("2026-12-04 13:30"), datumCet;
    QString level = QStringLiteral("180"), discharge = QStringLiteral("420.5"), temperature = QStringLiteral("6.1");
    QString q1 = QStringLiteral("1300"), q2 = QStringLiteral("1580"), q3 = QStringLiteral("1700");
    QString extra; ///< raw XML appended inside the element
};
QByteArray arsoXml(const QList<Gauge> &gauges);

/// A SensorThings Observation.
QJsonObject observation(const QString &time, const QJsonValue &result);

/// A SensorThings service on 127.0.0.1 (Qt HttpServer): /v1.1/Things with $expand of the
/// latest observation and paging by $top/$skip (nextLink), and
/// /v1.1/Datastreams(id)/Observations with $filter=phenomenonTime gt T, $orderby and $top.
class SensorThingsServer
{
public:
    enum class Mode { Normal, Error500, Html, NotJson, LoopingNextLink, FileNextLink };

    struct Stream
    {
        int id = 0;
        QString name, property, unit;
        QJsonObject properties;
        QList<QPair<qint64, QJsonValue>> observations; ///< time (s UTC) → result, ascending
    };
    struct Thing
    {
        int id = 0;
        QString name;
        double lon = 15.87, lat = 46.42;
        QJsonObject properties;
        QList<Stream> streams;
    };

    SensorThingsServer();
    bool start();
    QUrl baseUrl() const; ///< http://127.0.0.1:port/v1.1

    QList<Thing> things;
    Mode mode = Mode::Normal;
    int pageSize = 2;      ///< Things per page
    QStringList requests;  ///< path?query of each request, in order

private:
    QHttpServer m_server;
    QTcpServer *m_tcp = nullptr;
};

/// An endpoint that serves one fixed body (ARSO XML, or an error).
class FixedServer
{
public:
    FixedServer();
    bool start();
    QUrl url(const QString &path = QStringLiteral("/xml/vode/hidro_podatki_zadnji.xml")) const;
    QByteArray body;
    int status = 200;
    QByteArray contentType = "application/xml";
    int hits = 0;

private:
    QHttpServer m_server;
    QTcpServer *m_tcp = nullptr;
};

/// Accepts connections and never answers: the endpoint that times out.
class SilentServer
{
public:
    bool start();
    QUrl url() const;

private:
    QTcpServer m_tcp;
    QList<QObject *> m_sockets;
};

qint64 count(Store &store, const char *sql);

} // namespace SensorTestUtils
