#pragma once

#include <QHttpServer>
#include <QObject>
#include <QQmlEngine>
#include <QTcpServer>
#include <QUrl>

/// An Open311 endpoint on 127.0.0.1 whose texts carry markup and a tracking pixel served
/// by the endpoint itself: one closed report and its service. It counts the requests for
/// the pixel, which only a text read as rich text makes.
class HostileEndpoint : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QUrl baseUrl READ baseUrl CONSTANT)
    Q_PROPERTY(QString serviceRequestId READ serviceRequestId CONSTANT)
    Q_PROPERTY(int pixelRequests READ pixelRequests NOTIFY pixelRequested)

public:
    explicit HostileEndpoint(QObject *parent = nullptr);

    /// The Open311 API root (empty when no port could be opened).
    QUrl baseUrl() const;
    QString serviceRequestId() const;
    int pixelRequests() const { return m_pixelRequests; }

    /// "<b>word</b><img src=\"http://127.0.0.1:PORT/pixel.png\">": markup with a tracking
    /// pixel, word telling the texts apart. The report's texts are hostile("opis")
    /// (description), "naslov" (address), "odgovor" (public answer) and "storitev" (its
    /// service name); the service is hostile("kategorija").
    Q_INVOKABLE QString hostile(const QString &word) const;

signals:
    void pixelRequested();

private:
    QByteArray servicesJson() const;
    QByteArray requestsJson(int page) const;

    QHttpServer m_server;
    QTcpServer *m_tcp = nullptr;
    int m_pixelRequests = 0;
};
