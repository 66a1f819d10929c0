#include "BoundedHttp.h"
#include "InputPolicy.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// A server that answers 200 and then streams a body that never ends, as a hostile or broken
// endpoint can.
class EndlessServer : public QTcpServer
{
public:
    qint64 sent = 0;
    QByteArray header = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n";

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            socket->readAll();
            socket->write(header);
            pump(socket);
        });
        connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] {
            if (socket->bytesToWrite() < 1 << 20)
                pump(socket);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void pump(QTcpSocket *socket)
    {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        static const QByteArray chunk(256 * 1024, '[');
        socket->write(chunk);
        sent += chunk.size();
    }
};

} // namespace

class tst_BoundedHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsAnAnswer();
    void endlessBodyIsCut();
    void announcedLengthIsRefused();
    void timeout();
    void deadlineSharedByRequests();
    void onlyHttp_data();
    void onlyHttp();
    void redirectToFileIsNotFollowed();
    void timeoutOption_data();
    void timeoutOption();

private:
    QHttpServer m_http;
    QTcpServer *m_tcp = nullptr;
    QUrl m_base;
};

void tst_BoundedHttp::initTestCase()
{
    m_http.route(u"/ok"_s, [] { return QHttpServerResponse("application/json", "[1,2,3]"); });
    m_http.route(u"/big"_s, [] { return QHttpServerResponse("application/json", QByteArray(4096, ' ')); });
    m_http.route(u"/to-file"_s, [] {
        QHttpServerResponse r(QHttpServerResponse::StatusCode::Found);
        QHttpHeaders headers;
        headers.append(QHttpHeaders::WellKnownHeader::Location, "file:///etc/passwd");
        r.setHeaders(headers);
        return r;
    });
    m_tcp = new QTcpServer(this);
    QVERIFY(m_tcp->listen(QHostAddress::LocalHost));
    QVERIFY(m_http.bind(m_tcp));
    m_base = QUrl(u"http://127.0.0.1:%1"_s.arg(m_tcp->serverPort()));
}

void tst_BoundedHttp::readsAnAnswer()
{
    QNetworkAccessManager manager;
    const auto a = BoundedHttp::get(manager, m_base.resolved(QUrl(u"/ok"_s)), {});
    QVERIFY2(a.ok, qPrintable(a.error));
    QCOMPARE(a.body, QByteArray("[1,2,3]"));
    QCOMPARE(a.httpStatus, 200);
    QVERIFY(a.contentType.contains(u"json"_s));
}

void tst_BoundedHttp::endlessBodyIsCut()
{
    EndlessServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QNetworkAccessManager manager;
    BoundedHttp::Limits limits;
    limits.maxBytes = 4 * 1024 * 1024;
    limits.timeoutMs = 60000;
    QElapsedTimer clock;
    clock.start();
    const auto a = BoundedHttp::get(manager, QUrl(u"http://127.0.0.1:%1/requests.json"_s.arg(server.serverPort())), limits);
    QVERIFY(!a.ok);
    QVERIFY2(a.error.contains(u"larger than 4.0 MB"_s), qPrintable(a.error));
    QVERIFY(a.body.isEmpty());
    // Stopped by the size cap, not by the timeout.
    QVERIFY(clock.elapsed() < limits.timeoutMs);
}

void tst_BoundedHttp::announcedLengthIsRefused()
{
    QNetworkAccessManager manager;
    BoundedHttp::Limits limits;
    limits.maxBytes = 1000;
    const auto a = BoundedHttp::get(manager, m_base.resolved(QUrl(u"/big"_s)), limits);
    QVERIFY(!a.ok);
    QVERIFY2(a.error.contains(u"larger than"_s), qPrintable(a.error));
}

void tst_BoundedHttp::timeout()
{
    // A server that accepts and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QNetworkAccessManager manager;
    BoundedHttp::Limits limits;
    limits.timeoutMs = 300;
    const auto a = BoundedHttp::get(manager, QUrl(u"http://127.0.0.1:%1/"_s.arg(silent.serverPort())), limits);
    QVERIFY(!a.ok);
    QVERIFY2(a.error.contains(u"did not answer"_s) && a.error.contains(u"--timeout"_s), qPrintable(a.error));
}

void tst_BoundedHttp::deadlineSharedByRequests()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QNetworkAccessManager manager;
    BoundedHttp::Limits limits;
    limits.timeoutMs = 600000;
    limits.deadline = QDeadlineTimer(300);
    const auto a = BoundedHttp::get(manager, QUrl(u"http://127.0.0.1:%1/"_s.arg(silent.serverPort())), limits);
    QVERIFY(!a.ok);
    QVERIFY2(a.error.contains(u"ran out of its time"_s), qPrintable(a.error));
    QTRY_VERIFY(limits.deadline.hasExpired());
    const auto b = BoundedHttp::get(manager, m_base.resolved(QUrl(u"/ok"_s)), limits);
    QVERIFY(!b.ok);
    QVERIFY2(b.error.contains(u"ran out of its time"_s), qPrintable(b.error));
}

void tst_BoundedHttp::onlyHttp_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("file") << u"file:///etc/passwd"_s;
    QTest::newRow("data") << u"data:application/json,[1]"_s;
    QTest::newRow("qrc") << u"qrc:/qt-project.org/qmldir"_s;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/x"_s;
    QTest::newRow("no scheme") << u"/etc/passwd"_s;
}

void tst_BoundedHttp::onlyHttp()
{
    QFETCH(QString, url);
    QNetworkAccessManager manager;
    const auto a = BoundedHttp::get(manager, QUrl(url), {});
    QVERIFY(!a.ok);
    QVERIFY(a.body.isEmpty());
    QVERIFY2(a.error.contains(u"http"_s) || a.error.contains(u"not a URL"_s), qPrintable(a.error));
}

void tst_BoundedHttp::redirectToFileIsNotFollowed()
{
    QNetworkAccessManager manager;
    const auto a = BoundedHttp::get(manager, m_base.resolved(QUrl(u"/to-file"_s)), {});
    QVERIFY(!a.ok);
    QVERIFY(!a.body.contains("root:"));
}

void tst_BoundedHttp::timeoutOption_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("ms");   // -1: refused
    QTest::newRow("30") << u"30"_s << 30000;
    QTest::newRow("0.5") << u"0.5"_s << 500;
    QTest::newRow("1e12 does not wrap to no timeout") << u"1e12"_s << -1;
    QTest::newRow("inf") << u"inf"_s << -1;
    QTest::newRow("nan") << u"nan"_s << -1;
    QTest::newRow("zero") << u"0"_s << -1;
    QTest::newRow("negative") << u"-5"_s << -1;
    QTest::newRow("text") << u"soon"_s << -1;
}

void tst_BoundedHttp::timeoutOption()
{
    QFETCH(QString, text);
    QFETCH(int, ms);
    QString error;
    const auto v = InputPolicy::timeoutMilliseconds(text, &error);
    QCOMPARE(v.has_value(), ms >= 0);
    if (v)
        QCOMPARE(*v, ms);
    else
        QVERIFY(error.contains(u"--timeout"_s));
}

QTEST_GUILESS_MAIN(tst_BoundedHttp)
#include "tst_boundedhttp.moc"
