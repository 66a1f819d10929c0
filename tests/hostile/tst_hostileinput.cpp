// The hostile-input suite: every case of the reliability test (issue 9) against the real
// binary. Each case runs on its own copy of a small store with layers and the sample
// reports, and asserts that the process ends normally (exit below 128), that its message
// names the problem, that a failed command changed no table (content hash of every table
// and of the schema), and that SQLite's integrity check passes afterwards.

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QString err;
    QString text() const { return err + QString::fromUtf8(out); }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// The process runs while this thread's event loop keeps serving the local endpoints.
Run console(const QStringList &arguments, const QString &workingDir = {}, const QString &stdoutFile = {})
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    // PTUJ_CONSOLE_BINARY in the environment runs the suite against another build (an
    // older one, to see the cases fail there).
    p.start(qEnvironmentVariable("PTUJ_CONSOLE_BINARY", QStringLiteral(PTUJ_CONSOLE_BINARY)), arguments);
    Run r;
    QDeadlineTimer deadline(120000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        r.err = u"(timed out)"_s;
        return r;
    }
    r.finished = true;
    r.status = p.exitStatus();
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Every table's rows and the whole schema (triggers included), hashed.
QMap<QString, QByteArray> contentHashes(const QString &path)
{
    QMap<QString, QByteArray> out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        out.insert(u"(cannot open)"_s, {});
        return out;
    }
    QStringList tables;
    QCryptographicHash schema(QCryptographicHash::Sha1);
    sqlite3_stmt *q = nullptr;
    sqlite3_prepare_v2(db, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name", -1, &q, nullptr);
    while (sqlite3_step(q) == SQLITE_ROW) {
        for (int c = 0; c < 3; ++c)
            schema.addData(QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(q, c))));
        if (QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(q, 0))) == "table")
            tables.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 1))));
    }
    sqlite3_finalize(q);
    out.insert(u"(schema)"_s, schema.result());
    for (const QString &t : std::as_const(tables)) {
        QCryptographicHash h(QCryptographicHash::Sha1);
        const QByteArray sql = "SELECT * FROM \"" + t.toUtf8() + "\" ORDER BY rowid";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &q, nullptr) != SQLITE_OK
            && sqlite3_prepare_v2(db, QByteArray("SELECT * FROM \"" + t.toUtf8() + '"').constData(), -1, &q, nullptr)
                   != SQLITE_OK) {
            out.insert(t, "(unreadable)");
            continue;
        }
        while (sqlite3_step(q) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(q); ++c) {
                const void *blob = sqlite3_column_blob(q, c);
                h.addData(QByteArrayView(static_cast<const char *>(blob), sqlite3_column_bytes(q, c)));
                h.addData("|");
            }
        }
        sqlite3_finalize(q);
        out.insert(t, h.result());
    }
    sqlite3_close(db);
    return out;
}

QString scalar(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    QString out;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *q = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
        sqlite3_finalize(q);
    }
    sqlite3_close(db);
    return out;
}

bool execSql(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
              && sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray pointCollection(const QByteArray &name = {}, const QByteArray &extra = {})
{
    return "{\"type\":\"FeatureCollection\"" + (name.isEmpty() ? QByteArray() : ",\"name\":\"" + name + '"') + extra
           + ",\"features\":[{\"type\":\"Feature\",\"properties\":{\"ime\":\"Ptuj\"},"
             "\"geometry\":{\"type\":\"Point\",\"coordinates\":[15.8700,46.4199]}}]}";
}

// An Open311 request with only what the importer needs, and extra fields.
QJsonObject request(const QString &id, const QJsonObject &extra = {})
{
    QJsonObject o{{u"service_request_id"_s, id},          {u"service_code"_s, u"pothole"_s},
                  {u"status"_s, u"open"_s},               {u"lat"_s, 46.4195},
                  {u"long"_s, 15.8700},                   {u"description"_s, u"Udarna jama"_s},
                  {u"requested_datetime"_s, u"2026-10-01T08:00:00Z"_s},
                  {u"updated_datetime"_s, u"2026-10-01T08:00:00Z"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// The paths a hostile record may name for its photo.
QStringList hostileMedia()
{
    return {u"file:///etc/passwd"_s, u"/etc/shadow"_s,  u"../../../../../../etc/hostname"_s, u"/proc/self/environ"_s,
            u"/dev/zero"_s,          u"fifo.jpg"_s,     u"secret.txt"_s, u"link-to-passwd.jpg"_s,
            u"file:///dev/zero"_s,   u"ftp://127.0.0.1/x.jpg"_s};
}

// Answers 200 and streams a body that never ends.
class EndlessServer : public QTcpServer
{
protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n");
            socket->write(QByteArray(1 << 20, '['));
        });
        connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
            if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < (1 << 20))
                socket->write(QByteArray(1 << 20, ' '));
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
};

} // namespace

class tst_HostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void importCannotTouchApplicationTables_data();
    void importCannotTouchApplicationTables();
    void photosNeverReadLocalFilesFromAFile();
    void photosNeverReadLocalFilesFromAnEndpoint();
    void crashesBecomeMessages_data();
    void crashesBecomeMessages();
    void failedWritesFail();
    void newerSchemaIsNotWritten();
    void gdalStaysInsideTheInput_data();
    void gdalStaysInsideTheInput();
    void clearMessages_data();
    void clearMessages();
    void warningsNotDrops();
    void tileSeedIsBounded();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList expand(const QStringList &arguments) const;
    void expectRefusal(const QStringList &arguments, int exitCode, const QStringList &mentions);

    QTemporaryDir m_dir;
    QString m_base;     // the store every case copies
    QString m_store;    // this case's copy
    QHttpServer m_http;
    QTcpServer *m_tcp = nullptr;
    EndlessServer m_endless;
    QUrl m_url;
    int m_linkHits = 0;   // requests for what a data file names (crs links, /vsicurl/)
};

void tst_HostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString src = QStringLiteral(PTUJ_SOURCE_DIR);

    // Endpoints.
    const auto json = [](const QJsonArray &a) { return QJsonDocument(a).toJson(QJsonDocument::Compact); };
    QJsonArray hostile;
    int n = 0;
    for (const QString &m : hostileMedia())
        hostile.append(request(u"m%1"_s.arg(++n), {{u"media_url"_s, m}}));
    const QByteArray hostileJson = json(hostile);
    m_http.route(u"/media/services.json"_s, [] { return QHttpServerResponse("application/json", "[]"); });
    m_http.route(u"/media/requests.json"_s, [hostileJson](const QHttpServerRequest &req) {
        const bool first = req.query().queryItemValue(u"page"_s) == u"1"_s;
        return QHttpServerResponse("application/json", first ? hostileJson : QByteArray("[]"));
    });
    QByteArray deep = "<service_requests>";
    for (int i = 0; i < 100000; ++i)
        deep += "<request>";
    m_http.route(u"/deep/services.json"_s, [] { return QHttpServerResponse("application/json", "[]"); });
    m_http.route(u"/deep/requests.json"_s, [deep] { return QHttpServerResponse("application/xml", deep); });
    m_http.route(u"/link/<arg>"_s, [this](const QString &) {
        ++m_linkHits;
        return QHttpServerResponse("text/plain", "x,y\n1,2\n");
    });
    m_tcp = new QTcpServer(this);
    QVERIFY(m_tcp->listen(QHostAddress::LocalHost));
    QVERIFY(m_http.bind(m_tcp));
    m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(m_tcp->serverPort()));
    QVERIFY(m_endless.listen(QHostAddress::LocalHost));

    // The base store: a layer and the 446 sample reports with their history.
    m_base = path(u"base.gpkg"_s);
    Run r = console({u"import"_s, u"--store"_s, m_base, u"--domain"_s, u"administration"_s, u"--layer"_s, u"naselja"_s,
                     src + u"/data/geodata/ptuj_naselja_points.geojson"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    r = console({u"reports"_s, u"import"_s, u"--store"_s, m_base, u"--source"_s, u"sample"_s, u"--services"_s,
                 src + u"/data/reports/services.json"_s, src + u"/data/reports/requests.json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QVERIFY(scalar(m_base, "SELECT count(*) FROM reports").toInt() > 400);

    // Fixtures.
    const QString f = path(u"f/"_s);
    QVERIFY(writeFile(f + u"point.geojson"_s, pointCollection()));
    QVERIFY(writeFile(f + u"named-reports.geojson"_s, pointCollection("reports")));
    QVERIFY(writeFile(f + u"named-history.geojson"_s, pointCollection("report_history")));
    QVERIFY(writeFile(f + u"secret.txt"_s, "SECRET-OUTSIDE"));
    QVERIFY(writeFile(f + u"media/ok.jpg"_s, "\xFF\xD8\xFF\xE0JFIF-ok-photo"));
    QVERIFY(QFile::link(u"/etc/passwd"_s, f + u"media/link-to-passwd.jpg"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(f + u"media/fifo.jpg"_s).constData(), 0600), 0);
    QJsonArray fromFile = hostile;
    fromFile.append(request(u"ok"_s, {{u"media_url"_s, u"ok.jpg"_s}}));
    fromFile.append(request(u"parent"_s, {{u"media_url"_s, u"../secret.txt"_s}}));
    QVERIFY(writeFile(f + u"media/requests.json"_s, json(fromFile)));

    QByteArray deepFile = "<service_requests>";
    for (int i = 0; i < 100000; ++i)
        deepFile += "<a>";
    QVERIFY(writeFile(f + u"deep.xml"_s, deepFile));
    QVERIFY(writeFile(f + u"deep.json"_s, QByteArray(100000, '[')));
    for (const auto &[name, header] : std::initializer_list<std::pair<QString, QByteArray>>{
             {u"xxy"_s, "x,x,y"}, {u"xlonylat"_s, "x,lon,y,lat"}, {u"lonxlaty"_s, "lon,x,lat,y"}, {u"exny"_s, "e,x,n,y"}})
        QVERIFY(writeFile(f + name + u".csv"_s, header + "\n566000,566000,141000,141000\n"));
    QVERIFY(writeFile(f + u"nan.csv"_s, "x,y,name\nNaN,NaN,a\n566000,141000,b\n"));
    QByteArray wide = "x,y";
    for (int i = 0; i < 2000; ++i)
        wide += ",c" + QByteArray::number(i);
    QVERIFY(writeFile(f + u"wide.csv"_s, wide + "\n566000,141000\n"));
    QVERIFY(writeFile(f + u"quote.csv"_s, "x,y,name\n566000,141000,ok\n566100,141100,\"never closed\n566200,141200,c\n"));
    QVERIFY(writeFile(f + u"huge.geojson"_s,
                      "{\"type\":\"FeatureCollection\",\"features\":["
                      "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1e308,-1e308]}},"
                      "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[15.87,46.42]}},"
                      "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[15.88,46.43]}}]}"));
    QVERIFY(writeFile(f + u"crs-link.geojson"_s,
                      pointCollection({}, ",\"crs\":{\"type\":\"link\",\"properties\":{\"href\":\"" + m_url.toString().toUtf8()
                                              + "/link/crs.wkt\",\"type\":\"ogcwkt\"}}")));
    QVERIFY(writeFile(f + u"crs-file-link.geojson"_s,
                      pointCollection({}, ",\"crs\":{\"type\":\"link\",\"properties\":{\"href\":\"/etc/passwd\"}}")));
    QVERIFY(writeFile(f + u"passwd.vrt"_s,
                      "<OGRVRTDataSource><OGRVRTLayer name=\"p\"><SrcDataSource>CSV:/etc/passwd</SrcDataSource>"
                      "<GeometryType>wkbNone</GeometryType></OGRVRTLayer></OGRVRTDataSource>"));
    QVERIFY(writeFile(f + u"remote.vrt"_s,
                      "<OGRVRTDataSource><OGRVRTLayer name=\"r\"><SrcDataSource>/vsicurl/" + m_url.toString().toUtf8()
                          + "/link/data.csv</SrcDataSource><GeometryField encoding=\"PointFromColumns\" x=\"x\" y=\"y\"/>"
                            "</OGRVRTLayer></OGRVRTDataSource>"));
    QVERIFY(writeFile(f + u"semicolon.csv"_s,
                      "service_request_id;service_code;lat;long;description;requested_datetime\n"
                      "s1;pothole;46,4195;15,8700;Jama, globoka;2026-10-01T08:00:00Z\n"));
    QVERIFY(writeFile(f + u"shifted.csv"_s,
                      "service_request_id,service_code,description,lat,long\n"
                      "c1,pothole,Jama pri šoli,46.4195,15.87\n"
                      "c2,pothole,Jama, globoka,46.4195,15.87\n"));
    QVERIFY(writeFile(f + u"open311-quote.csv"_s, "service_request_id,description,lat,long\nq1,\"open,46.4,15.8\n"));
    QVERIFY(writeFile(f + u"closed.json"_s,
                      json({request(u"z1"_s, {{u"ptuj_status"_s, u"resolved"_s}}),
                            request(u"z2"_s, {{u"status"_s, u"closed"_s}})})));
}

void tst_HostileInput::init()
{
    m_store = path(u"case-%1-%2.gpkg"_s.arg(QString::fromLatin1(QTest::currentTestFunction()),
                                           QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_').replace(u'/', u'_')));
    QFile::remove(m_store);
    QVERIFY(QFile::copy(m_base, m_store));
    m_linkHits = 0;
}

QStringList tst_HostileInput::expand(const QStringList &arguments) const
{
    QStringList out;
    for (QString a : arguments) {
        a.replace(u"{store}"_s, m_store);
        a.replace(u"{f}"_s, path(u"f"_s));
        a.replace(u"{url}"_s, m_url.toString());
        a.replace(u"{endless}"_s, u"http://127.0.0.1:%1/"_s.arg(m_endless.serverPort()));
        out.append(a);
    }
    return out;
}

// Runs a command that must fail: a normal exit with `exitCode`, a message naming the
// problem, the store unchanged and intact.
void tst_HostileInput::expectRefusal(const QStringList &arguments, int exitCode, const QStringList &mentions)
{
    const auto before = contentHashes(m_store);
    const Run r = console(expand(arguments), path(u"f"_s));
    QVERIFY2(r.finished, qPrintable(u"did not finish: "_s + r.text()));
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(r.exitCode > 0 && r.exitCode < 128, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.text())));
    QCOMPARE(r.exitCode, exitCode);
    for (const QString &m : mentions)
        QVERIFY2(r.err.contains(m, Qt::CaseInsensitive), qPrintable(u"'%1' not in: %2"_s.arg(m, r.err)));
    QVERIFY2(r.err.trimmed().size() > 20, qPrintable(r.err));
    const auto after = contentHashes(m_store);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(u"table %1 changed"_s.arg(it.key())));
    QCOMPARE(after.keys(), before.keys());
    QCOMPARE(scalar(m_store, "PRAGMA integrity_check"), u"ok"_s);
}

void tst_HostileInput::importCannotTouchApplicationTables_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    const QStringList imp{u"import"_s, u"--store"_s, u"{store}"_s, u"--domain"_s, u"administration"_s};
    QTest::newRow("--layer reports --replace") << imp + QStringList{u"--layer"_s, u"reports"_s, u"--replace"_s, u"{f}/point.geojson"_s}
                                               << QStringList{u"reports"_s, u"own tables"_s};
    QTest::newRow("--layer report_history --replace")
        << imp + QStringList{u"--layer"_s, u"report_history"_s, u"--replace"_s, u"{f}/point.geojson"_s}
        << QStringList{u"report_history"_s, u"reports module"_s};
    QTest::newRow("file named reports") << imp + QStringList{u"--replace"_s, u"{f}/named-reports.geojson"_s}
                                        << QStringList{u"own tables"_s};
    QTest::newRow("file named report_history") << imp + QStringList{u"--replace"_s, u"{f}/named-history.geojson"_s}
                                               << QStringList{u"own tables"_s};
    QTest::newRow("catalogue") << imp + QStringList{u"--layer"_s, u"Ptuj_Catalogue"_s, u"--replace"_s, u"{f}/point.geojson"_s}
                               << QStringList{u"reserved"_s};
    QTest::newRow("layer_styles") << imp + QStringList{u"--layer"_s, u"layer_styles"_s, u"--replace"_s, u"{f}/point.geojson"_s}
                                  << QStringList{u"own tables"_s};
    QTest::newRow("sqlite_master") << imp + QStringList{u"--layer"_s, u"sqlite_master"_s, u"{f}/point.geojson"_s}
                                   << QStringList{u"reserved"_s, u"SQLite"_s};
    QTest::newRow("rtree index") << imp + QStringList{u"--layer"_s, u"rtree_reports_geom"_s, u"--replace"_s, u"{f}/point.geojson"_s}
                                 << QStringList{u"reserved"_s, u"spatial indexes"_s};
    QTest::newRow("gpkg_contents") << imp + QStringList{u"--layer"_s, u"gpkg_contents"_s, u"--replace"_s, u"{f}/point.geojson"_s}
                                   << QStringList{u"reserved"_s, u"GeoPackage"_s};
    QTest::newRow("an index name") << imp + QStringList{u"--layer"_s, u"reports_status"_s, u"{f}/point.geojson"_s}
                                   << QStringList{u"index"_s};
}

void tst_HostileInput::importCannotTouchApplicationTables()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    expectRefusal(arguments, 1, mentions);
    // The reports still work afterwards.
    const Run r = console(expand({u"reports"_s, u"stats"_s, u"--store"_s, u"{store}"_s}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
}

void tst_HostileInput::photosNeverReadLocalFilesFromAFile()
{
    const Run r = console(expand({u"reports"_s, u"import"_s, u"--store"_s, u"{store}"_s, u"--source"_s, u"hostile"_s,
                                  u"{f}/media/requests.json"_s}),
                          path(u"f"_s));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.text()));
    const QJsonObject summary = r.json();
    // Every report is kept; only the one photo beside the file is read.
    QCOMPARE(summary.value(u"imported"_s).toInt(), hostileMedia().size() + 2);
    QCOMPARE(scalar(m_store, "SELECT count(*) FROM report_photos p JOIN reports r ON r.fid = p.report_id "
                             "WHERE r.source = 'hostile'"),
             u"1"_s);
    QCOMPARE(scalar(m_store, "SELECT file_name FROM report_photos p JOIN reports r ON r.fid = p.report_id "
                             "WHERE r.source = 'hostile'"),
             u"ok.jpg"_s);
    QCOMPARE(scalar(m_store, "SELECT count(*) FROM report_photos WHERE instr(data, 'root:') > 0 OR "
                             "instr(data, 'SECRET') > 0 OR instr(data, 'PATH=') > 0"),
             u"0"_s);
    const QString warnings = QString::fromUtf8(QJsonDocument(summary.value(u"warnings"_s).toArray()).toJson());
    QVERIFY2(warnings.contains(u"outside the import file's folder"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"not a regular file"_s) || warnings.contains(u"outside"_s), qPrintable(warnings));
    QCOMPARE(scalar(m_store, "PRAGMA integrity_check"), u"ok"_s);
}

void tst_HostileInput::photosNeverReadLocalFilesFromAnEndpoint()
{
    const Run r = console(expand({u"reports"_s, u"import"_s, u"--store"_s, u"{store}"_s, u"--source"_s, u"remote"_s,
                                  u"--url"_s, u"{url}/media/"_s, u"--timeout"_s, u"20"_s}),
                          path(u"f"_s));
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.text()));
    QCOMPARE(r.json().value(u"imported"_s).toInt(), hostileMedia().size());
    QCOMPARE(scalar(m_store, "SELECT count(*) FROM report_photos p JOIN reports r ON r.fid = p.report_id "
                             "WHERE r.source = 'remote'"),
             u"0"_s);
    const QString warnings = QString::fromUtf8(QJsonDocument(r.json().value(u"warnings"_s).toArray()).toJson());
    QVERIFY2(warnings.contains(u"a remote source may not"_s), qPrintable(warnings));
}

void tst_HostileInput::crashesBecomeMessages_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");
    const QStringList rep{u"reports"_s, u"import"_s, u"--store"_s, u"{store}"_s};
    const QStringList imp{u"import"_s, u"--store"_s, u"{store}"_s, u"--domain"_s, u"administration"_s,
                          u"--source-crs"_s, u"EPSG:3794"_s};
    QTest::newRow("XML 100,000 deep from a file") << rep + QStringList{u"{f}/deep.xml"_s} << 1 << QStringList{u"nested"_s};
    QTest::newRow("JSON 100,000 deep from a file") << rep + QStringList{u"{f}/deep.json"_s} << 1 << QStringList{u"nested"_s};
    QTest::newRow("XML 100,000 deep from an endpoint") << rep + QStringList{u"--url"_s, u"{url}/deep/"_s} << 1
                                                       << QStringList{u"nested"_s};
    QTest::newRow("CSV x,x,y") << imp + QStringList{u"{f}/xxy.csv"_s} << 1 << QStringList{u"\"x\""_s};
    QTest::newRow("CSV x,lon,y,lat") << imp + QStringList{u"{f}/xlonylat.csv"_s} << 1 << QStringList{u"\"x\""_s, u"\"lon\""_s};
    QTest::newRow("CSV lon,x,lat,y") << imp + QStringList{u"{f}/lonxlaty.csv"_s} << 1 << QStringList{u"\"lon\""_s, u"\"x\""_s};
    QTest::newRow("CSV e,x,n,y") << imp + QStringList{u"{f}/exny.csv"_s} << 1 << QStringList{u"\"e\""_s, u"\"x\""_s};
    QTest::newRow("endless endpoint body") << rep + QStringList{u"--url"_s, u"{endless}"_s} << 1
                                           << QStringList{u"larger than"_s};
    QTest::newRow("--timeout 1e12") << rep + QStringList{u"--url"_s, u"{url}/media/"_s, u"--timeout"_s, u"1e12"_s} << 2
                                    << QStringList{u"--timeout"_s};
    QTest::newRow("endpoint as file: URL") << rep + QStringList{u"--url"_s, u"file:///etc/"_s} << 1
                                           << QStringList{u"http"_s};
}

void tst_HostileInput::crashesBecomeMessages()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    expectRefusal(arguments, exitCode, mentions);
}

void tst_HostileInput::failedWritesFail()
{
    if (!QFileInfo::exists(u"/dev/full"_s))
        QSKIP("this system has no /dev/full");
    expectRefusal({u"reports"_s, u"export"_s, u"--store"_s, u"{store}"_s, u"--out"_s, u"/dev/full"_s}, 1,
                  {u"cannot write"_s, u"/dev/full"_s});
    // A full stdout is a failed command too.
    const Run r = console(expand({u"layers"_s, u"--store"_s, u"{store}"_s, u"--json"_s}), {}, u"/dev/full"_s);
    QVERIFY(r.finished);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"cannot write the output"_s), qPrintable(r.err));
    // An export to a folder that cannot hold the file leaves nothing behind.
    expectRefusal({u"reports"_s, u"export"_s, u"--store"_s, u"{store}"_s, u"--out"_s, u"{f}/no/such/dir/x.json"_s}, 1,
                  {u"cannot write"_s});
}

void tst_HostileInput::newerSchemaIsNotWritten()
{
    QVERIFY(execSql(m_store, "UPDATE ptuj_meta SET value = '999' WHERE key = 'schema_version'"));
    expectRefusal({u"import"_s, u"--store"_s, u"{store}"_s, u"--domain"_s, u"administration"_s, u"{f}/point.geojson"_s}, 1,
                  {u"schema version 999"_s, u"newer"_s});
    expectRefusal({u"reports"_s, u"set"_s, u"--store"_s, u"{store}"_s, u"1"_s, u"--priority"_s, u"1"_s}, 1,
                  {u"schema version 999"_s});
    expectRefusal({u"tiles"_s, u"trim"_s, u"--store"_s, u"{store}"_s, u"--max-mb"_s, u"0"_s}, 1,
                  {u"schema version 999"_s});
}

void tst_HostileInput::gdalStaysInsideTheInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    const QStringList imp{u"import"_s, u"--store"_s, u"{store}"_s, u"--domain"_s, u"administration"_s};
    QTest::newRow("GeoJSON crs link to an address") << imp + QStringList{u"{f}/crs-link.geojson"_s}
                                                    << QStringList{u"link"_s, u"--source-crs"_s};
    QTest::newRow("GeoJSON crs link to a local file") << imp + QStringList{u"{f}/crs-file-link.geojson"_s}
                                                      << QStringList{u"link"_s};
    QTest::newRow("VRT that reads /etc/passwd") << imp + QStringList{u"{f}/passwd.vrt"_s}
                                                << QStringList{u"--allow-indirect"_s};
    QTest::newRow("VRT that fetches /vsicurl/") << imp + QStringList{u"{f}/remote.vrt"_s}
                                                << QStringList{u"--allow-indirect"_s};
    QTest::newRow("VRT /vsicurl/ with --allow-indirect: still no network")
        << imp + QStringList{u"--allow-indirect"_s, u"{f}/remote.vrt"_s} << QStringList{};
    QTest::newRow("crs link with --allow-indirect: still no network")
        << imp + QStringList{u"--allow-indirect"_s, u"{f}/crs-link.geojson"_s} << QStringList{};
}

void tst_HostileInput::gdalStaysInsideTheInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    if (!arguments.contains(u"--allow-indirect"_s)) {
        expectRefusal(arguments, 1, mentions);
    } else {
        // Named on purpose: it may import or fail, but it never reaches the network.
        const Run r = console(expand(arguments));
        QVERIFY2(r.finished && r.status == QProcess::NormalExit && r.exitCode < 128, qPrintable(r.text()));
        QCOMPARE(scalar(m_store, "PRAGMA integrity_check"), u"ok"_s);
    }
    QCOMPARE(m_linkHits, 0);
}

void tst_HostileInput::clearMessages_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");
    const QStringList imp{u"import"_s, u"--store"_s, u"{store}"_s, u"--domain"_s, u"administration"_s};
    QTest::newRow("PROJ pipeline as CRS")
        << imp + QStringList{u"--source-crs"_s, u"+proj=pipeline +step +proj=axisswap +order=2,1"_s, u"{f}/nan.csv"_s} << 1
        << QStringList{u"not a projected or geographic"_s};
    QTest::newRow("EPSG:999999") << imp + QStringList{u"--source-crs"_s, u"EPSG:999999"_s, u"{f}/nan.csv"_s} << 1
                                 << QStringList{u"EPSG:999999"_s};
    QTest::newRow("CRS from a file path") << imp + QStringList{u"--source-crs"_s, u"/etc/passwd"_s, u"{f}/nan.csv"_s} << 1
                                          << QStringList{u"unknown CRS"_s};
    QTest::newRow("2,002 CSV columns") << imp + QStringList{u"--source-crs"_s, u"EPSG:3794"_s, u"{f}/wide.csv"_s} << 1
                                       << QStringList{u"2002 columns"_s, u"1998"_s};
    QTest::newRow("unterminated quote") << imp + QStringList{u"--source-crs"_s, u"EPSG:3794"_s, u"{f}/quote.csv"_s} << 1
                                        << QStringList{u"line 3"_s, u"never closed"_s};
    QTest::newRow("Open311 CSV unterminated quote")
        << QStringList{u"reports"_s, u"import"_s, u"--store"_s, u"{store}"_s, u"{f}/open311-quote.csv"_s} << 1
        << QStringList{u"line 2"_s, u"never closed"_s};
    QTest::newRow("query --bbox nan") << QStringList{u"query"_s, u"--store"_s, u"{store}"_s, u"--layer"_s, u"naselja"_s,
                                                     u"--bbox"_s, u"nan,nan,nan,nan"_s}
                                      << 2 << QStringList{u"finite"_s};
    QTest::newRow("reports set abc") << QStringList{u"reports"_s, u"set"_s, u"--store"_s, u"{store}"_s, u"abc"_s,
                                                    u"--priority"_s, u"2"_s}
                                     << 2 << QStringList{u"'abc' is not a report id"_s};
    QTest::newRow("reports show abc") << QStringList{u"reports"_s, u"show"_s, u"--store"_s, u"{store}"_s, u"abc"_s} << 2
                                      << QStringList{u"not a report id"_s};
    QTest::newRow("--duplicate-of x") << QStringList{u"reports"_s, u"set"_s, u"--store"_s, u"{store}"_s, u"1"_s,
                                                     u"--duplicate-of"_s, u"x"_s}
                                      << 2 << QStringList{u"--duplicate-of"_s};
}

void tst_HostileInput::clearMessages()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    expectRefusal(arguments, exitCode, mentions);
}

// Values we merely cannot use are kept and flagged; only what is wrong is rejected.
void tst_HostileInput::warningsNotDrops()
{
    const QStringList imp{u"import"_s, u"--store"_s, u"{store}"_s, u"--domain"_s, u"administration"_s};
    Run r = console(expand(imp + QStringList{u"--source-crs"_s, u"EPSG:3794"_s, u"--layer"_s, u"nan_points"_s,
                                             u"{f}/nan.csv"_s}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QJsonObject o = r.json();
    QCOMPARE(o.value(u"imported"_s).toInt(), 2);
    QCOMPARE(o.value(u"empty_geometry"_s).toInt(), 1);
    QCOMPARE(o.value(u"outside_slovenia"_s).toInt(), 0);
    QVERIFY(o.value(u"warnings"_s).toArray().first().toString().contains(u"NaN"_s));

    r = console(expand(imp + QStringList{u"--layer"_s, u"huge_points"_s, u"{f}/huge.geojson"_s}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    o = r.json();
    QCOMPARE(o.value(u"imported"_s).toInt(), 2);
    QCOMPARE(o.value(u"rejected"_s).toInt(), 1);
    QVERIFY(o.value(u"rejects"_s).toArray().first().toObject().value(u"reason"_s).toString().contains(u"out of range"_s));
    const QJsonArray bbox = o.value(u"bbox"_s).toArray();
    QCOMPARE(bbox.size(), 4);
    for (const QJsonValue &v : bbox)
        QVERIFY(std::isfinite(v.toDouble()) && std::abs(v.toDouble()) < 1000);

    // Open311 CSV: a semicolon file with decimal commas; a comma file with an unquoted comma.
    const QStringList rep{u"reports"_s, u"import"_s, u"--store"_s, u"{store}"_s, u"--source"_s, u"csv"_s};
    r = console(expand(rep + QStringList{u"{f}/semicolon.csv"_s}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    QCOMPARE(r.json().value(u"imported"_s).toInt(), 1);
    QCOMPARE(scalar(m_store, "SELECT round(lat, 4) || ' ' || round(lon, 4) || ' ' || description FROM reports WHERE "
                             "service_request_id = 's1'"),
             u"46.4195 15.87 Jama, globoka"_s);
    r = console(expand(rep + QStringList{u"{f}/shifted.csv"_s}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    o = r.json();
    QCOMPARE(o.value(u"imported"_s).toInt(), 1);
    QCOMPARE(o.value(u"rejected"_s).toInt(), 1);
    const QString reason = o.value(u"rejections"_s).toArray().first().toObject().value(u"reason"_s).toString();
    QVERIFY2(reason.contains(u"line 3"_s) && reason.contains(u"in quotes"_s), qPrintable(reason));

    // Closed elsewhere without an answer: kept, flagged.
    r = console(expand(rep + QStringList{u"{f}/closed.json"_s}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    o = r.json();
    QCOMPARE(o.value(u"imported"_s).toInt(), 2);
    QCOMPARE(o.value(u"kept_with_warning"_s).toInt(), 2);
    QVERIFY(QJsonDocument(o.value(u"warnings"_s).toArray()).toJson().contains("without a public answer"));
    QCOMPARE(scalar(m_store, "PRAGMA integrity_check"), u"ok"_s);
}

void tst_HostileInput::tileSeedIsBounded()
{
    expectRefusal({u"tiles"_s, u"seed"_s, u"--store"_s, u"{store}"_s, u"--zoom"_s, u"14"_s, u"--bbox"_s,
                   u"-180,-85,180,85"_s, u"--quiet"_s},
                  1, {u"tiles, more than"_s, u"--force"_s});
}

QTEST_GUILESS_MAIN(tst_HostileInput)
#include "tst_hostileinput.moc"
