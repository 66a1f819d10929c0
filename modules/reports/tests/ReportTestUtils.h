#pragma once

#include <QByteArray>
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <memory>

class Store;

/// Fixtures shared by the report tests (kept out of the Q_OBJECT test files).
namespace ReportTestUtils {

/// A store in `dir` opened for writing (schema migrated, the reports' steps included).
std::unique_ptr<Store> newStore(const QString &path);

/// An Open311 request object; lat/lon as text so tests can break them.
QJsonObject request(const QString &id, const QString &code, const QString &lat, const QString &lon,
                    const QString &requested, const QString &updated, const QString &status = QStringLiteral("open"),
                    const QString &description = QStringLiteral("Udarna jama na Ormoški cesti"));
/// The same, at a D96/TM position.
QJsonObject requestAt(const QString &id, const QString &code, QPointF d96, const QString &requested = QStringLiteral("2026-10-01T08:00:00Z"));
QByteArray toJson(const QList<QJsonObject> &requests);
QByteArray servicesJson();
QByteArray requestsXml();
QByteArray requestsCsv();
QByteArray malformedJson();
QByteArray malformedXml();
QByteArray htmlPage();
bool writeFile(const QString &path, const QByteArray &data);
QPointF lonLatOf(QPointF d96);
/// A GeoJSON FeatureCollection (WGS84) of one line or point per entry, given in D96/TM.
QByteArray geoJson(const QList<QList<QPointF>> &geometriesD96, const QStringList &names);

/// A real Open311 endpoint on 127.0.0.1 (Qt HttpServer): services.json and requests.json
/// with page/page_size and start_date/end_date (on updated_datetime).
class Open311TestServer
{
public:
    enum class Mode { Normal, Error500, Html, MalformedJson };

    Open311TestServer();
    bool start();
    QUrl baseUrl() const;

    QList<QJsonObject> requests;
    Mode mode = Mode::Normal;
    int hits = 0;
    QStringList queries;

private:
    QHttpServer m_server;
    QTcpServer *m_tcp = nullptr;
};

/// Accepts connections and never answers: the endpoint that times out.
class SilentServer
{
public:
    bool start();
    QUrl baseUrl() const;

private:
    QTcpServer m_tcp;
    QList<QObject *> m_sockets;
};

} // namespace ReportTestUtils
