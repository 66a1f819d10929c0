#include "ReportTestUtils.h"
#include "Store.h"
#include "StoreTestUtils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ReportTestUtils;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// Runs the binary while this process's event loop keeps serving the test endpoint.
Run console(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(PTUJ_CONSOLE_BINARY), arguments);
    QDeadlineTimer deadline(120000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        p.waitForFinished(10);
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

QList<QJsonObject> threeRequests()
{
    return {request(u"k1"_s, u"pothole"_s, u"46.42"_s, u"15.87"_s, u"2026-10-01T08:00:00Z"_s, u"2026-10-01T08:00:00Z"_s),
            request(u"k2"_s, u"street_light"_s, u"46.421"_s, u"15.871"_s, u"2026-10-02T08:00:00Z"_s, u"2026-10-02T08:00:00Z"_s),
            request(u"k3"_s, u"graffiti"_s, u"46.422"_s, u"15.872"_s, u"2026-10-03T08:00:00Z"_s, u"2026-10-03T08:00:00Z"_s)};
}

} // namespace

class tst_ReportCli : public QObject
{
    Q_OBJECT

private slots:
    void importTriageExport();
    void importFromEndpoint();
    void failuresExitNonZeroAndKeepTheStore();

private:
    QTemporaryDir m_dir;
};

void tst_ReportCli::importTriageExport()
{
    const QString store = m_dir.filePath(u"a.gpkg"_s);
    const QString file = m_dir.filePath(u"requests.json"_s);
    const QString services = m_dir.filePath(u"services.json"_s);
    QVERIFY(writeFile(file, toJson(threeRequests())));
    QVERIFY(writeFile(services, servicesJson()));
    QVERIFY(newStore(store));

    Run r = console({u"reports"_s, u"import"_s, u"--store"_s, store, u"--user"_s, u"uvoz"_s, u"--services"_s, services, file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json()[u"imported"_s].toInt(), 3);
    QCOMPARE(r.json()[u"services"_s].toInt(), 3);

    r = console({u"reports"_s, u"set"_s, u"--store"_s, store, u"1"_s, u"--status"_s, u"resolved"_s, u"--user"_s, u"ana"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"needs a public answer"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

    r = console({u"reports"_s, u"set"_s, u"--store"_s, store, u"1"_s, u"--assign"_s, u"kp_ptuj"_s, u"--priority"_s, u"1"_s,
                 u"--note"_s, u"Ogled jutri"_s, u"--user"_s, u"ana"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json()[u"status"_s].toString(), u"assigned"_s);
    r = console({u"reports"_s, u"set"_s, u"--store"_s, store, u"1"_s, u"--status"_s, u"resolved"_s, u"--answer"_s,
                 u"Jama je zakrpana."_s, u"--user"_s, u"ana"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = console({u"reports"_s, u"show"_s, u"--store"_s, store, u"1"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList fields;
    for (const QJsonValue &e : r.json()[u"history"_s].toArray())
        fields.append(e[u"who"_s].toString() + u':' + e[u"field"_s].toString());
    QCOMPARE(fields, (QStringList{u"uvoz:"_s, u"ana:status"_s, u"ana:service"_s, u"ana:priority"_s, u"ana:internal_notes"_s,
                                  u"ana:status"_s, u"ana:public_answer"_s, u"ana:answer_language"_s}));

    r = console({u"reports"_s, u"export"_s, u"--store"_s, store, u"--format"_s, u"open311"_s, u"--since"_s, u"2026-01-01"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray exported = r.json().array();
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported[0][u"service_request_id"_s].toString(), u"k1"_s);
    QCOMPARE(exported[0][u"status"_s].toString(), u"closed"_s);
    QCOMPARE(exported[0][u"status_notes"_s].toString(), u"Jama je zakrpana."_s);

    r = console({u"reports"_s, u"list"_s, u"--store"_s, store, u"--status"_s, u"new"_s});
    QCOMPARE(r.json()[u"matching"_s].toInt(), 2);
    r = console({u"reports"_s, u"stats"_s, u"--store"_s, store, u"--grid"_s, u"500"_s});
    QCOMPARE(r.json()[u"open"_s].toInt(), 2);
    QVERIFY(!r.json()[u"grid"_s].toArray().isEmpty());
}

void tst_ReportCli::importFromEndpoint()
{
    Open311TestServer server;
    for (int i = 1; i <= 5; ++i)
        server.requests.append(request(u"e%1"_s.arg(i), u"pothole"_s, u"46.42"_s, u"15.87"_s, u"2026-10-01T08:00:00Z"_s,
                                       u"2026-10-0%1T08:00:00Z"_s.arg(i)));
    QVERIFY(server.start());
    const QString store = m_dir.filePath(u"b.gpkg"_s);
    QVERIFY(newStore(store));
    const Run r = console({u"reports"_s, u"import"_s, u"--store"_s, store, u"--url"_s, server.baseUrl().toString(),
                           u"--page-size"_s, u"2"_s, u"--since"_s, u"2026-09-01"_s, u"--until"_s, u"2026-11-01"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json()[u"imported"_s].toInt(), 5);
    QVERIFY(server.queries.first().contains(u"start_date=2026-09-01T00:00:00Z"_s));
}

void tst_ReportCli::failuresExitNonZeroAndKeepTheStore()
{
    const QString store = m_dir.filePath(u"c.gpkg"_s);
    const QString file = m_dir.filePath(u"ok.json"_s);
    QVERIFY(writeFile(file, toJson(threeRequests())));
    QVERIFY(newStore(store));
    QCOMPARE(console({u"reports"_s, u"import"_s, u"--store"_s, store, file}).exitCode, 0);
    const QByteArray before = StoreTestUtils::contentHash(store);

    const QString bad = m_dir.filePath(u"bad.xml"_s);
    QVERIFY(writeFile(bad, malformedXml()));
    Run r = console({u"reports"_s, u"import"_s, u"--store"_s, store, bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"is not valid XML"_s), qPrintable(r.err));

    Open311TestServer server;
    server.mode = Open311TestServer::Mode::Error500;
    QVERIFY(server.start());
    r = console({u"reports"_s, u"import"_s, u"--store"_s, store, u"--url"_s, server.baseUrl().toString()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"HTTP 500"_s), qPrintable(r.err));

    r = console({u"reports"_s, u"import"_s, u"--store"_s, store});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"either --url URL or one file"_s), qPrintable(r.err));
    r = console({u"reports"_s, u"export"_s, u"--store"_s, store, u"--format"_s, u"csv"_s});
    QCOMPARE(r.exitCode, 2);
    r = console({u"reports"_s, u"frobnicate"_s});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(StoreTestUtils::contentHash(store), before);
}

QTEST_GUILESS_MAIN(tst_ReportCli)
#include "tst_reportcli.moc"
