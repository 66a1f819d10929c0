#include <algorithm>

#include <sqlite3.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Run console(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(PTUJ_CONSOLE_BINARY), arguments);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

QString geodata(const QString &name)
{
    return QStringLiteral(PTUJ_GEODATA_DIR "/") + name;
}

QString sqliteScalar(const QString &db, const char *sql)
{
    sqlite3 *h = nullptr;
    QString out;
    if (sqlite3_open_v2(db.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *q = nullptr;
        if (sqlite3_prepare_v2(h, sql, -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
        sqlite3_finalize(q);
    }
    sqlite3_close(h);
    return out;
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void importListQueryCatalogue()
    {
        const QString store = m_dir.filePath(u"cli.gpkg"_s);
        Run r = console({u"import"_s, u"--store"_s, store, u"--domain"_s, u"administration"_s, u"--layer"_s,
                         u"naselja"_s, u"--metadata"_s, uR"({"title_sl":"Naselja","licence":"CC BY 4.0"})"_s,
                         geodata(u"ptuj_naselja_points.geojson"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = r.json().object();
        QCOMPARE(report.value(u"layer"_s).toString(), u"naselja"_s);
        QCOMPARE(report.value(u"imported"_s).toInt(), 10);
        QCOMPARE(report.value(u"rejected"_s).toInt(), 0);
        QCOMPARE(report.value(u"repaired"_s).toInt(), 0);
        QCOMPARE(report.value(u"crs"_s).toString(), u"EPSG:4326"_s);
        QCOMPARE(report.value(u"bbox"_s).toArray().size(), 4);

        r = console({u"layers"_s, u"--store"_s, store, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray layers = r.json().array();
        QCOMPARE(layers.size(), 1);
        QCOMPARE(layers.first().toObject().value(u"features"_s).toInt(), 10);
        QCOMPARE(layers.first().toObject().value(u"title_sl"_s).toString(), u"Naselja"_s);

        // Ptuj town and Spuhlja only.
        r = console({u"query"_s, u"--store"_s, store, u"--layer"_s, u"naselja"_s, u"--bbox"_s,
                     u"15.86,46.40,15.912,46.425"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject fc = r.json().object();
        QCOMPARE(fc.value(u"type"_s).toString(), u"FeatureCollection"_s);
        QCOMPARE(fc.value(u"count"_s).toInt(), 2);
        QStringList names;
        for (const QJsonValue &f : fc.value(u"features"_s).toArray())
            names.append(f.toObject().value(u"properties"_s).toObject().value(u"NA_UIME"_s).toString());
        names.sort();
        QCOMPARE(names, (QStringList{u"Ptuj"_s, u"Spuhlja"_s}));

        // The same box in D96/TM metres.
        r = console({u"query"_s, u"--store"_s, store, u"--layer"_s, u"naselja"_s, u"--crs"_s, u"EPSG:3794"_s,
                     u"--bbox"_s, u"566000,141000,570500,143000"_s});
        QCOMPARE(r.json().object().value(u"count"_s).toInt(), 2);

        r = console({u"catalogue"_s, u"--store"_s, store, u"--layer"_s, u"naselja"_s, u"--set"_s,
                     u"owner=GURS"_s, u"--set"_s, u"users=Civilna zaščita,redarstvo"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject entry = r.json().array().first().toObject();
        QCOMPARE(entry.value(u"owner"_s).toString(), u"GURS"_s);
        QCOMPARE(entry.value(u"users"_s).toArray().size(), 2);
        QCOMPARE(entry.value(u"licence"_s).toString(), u"CC BY 4.0"_s);
        QCOMPARE(entry.value(u"domain"_s).toString(), u"administration"_s);
    }

    void errorsAreOneLineAndNonZero_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString store = m_dir.filePath(u"errors.gpkg"_s);
        QTest::newRow("missing file") << QStringList{u"import"_s, u"--store"_s, store, u"--domain"_s, u"water"_s, u"/nonexistent.geojson"_s}
                                      << 1 << u"does not exist; the store is unchanged"_s;
        QTest::newRow("no domain") << QStringList{u"import"_s, u"--store"_s, store, geodata(u"ptuj_aed_osm.geojson"_s)} << 2
                                   << u"import needs --domain"_s;
        QTest::newRow("bad domain") << QStringList{u"import"_s, u"--store"_s, store, u"--domain"_s, u"x"_s,
                                                   geodata(u"ptuj_aed_osm.geojson"_s)}
                                    << 1 << u"unknown domain 'x'"_s;
        QTest::newRow("bad metadata") << QStringList{u"import"_s, u"--store"_s, store, u"--domain"_s, u"water"_s,
                                                     u"--metadata"_s, u"{oops"_s, geodata(u"ptuj_aed_osm.geojson"_s)}
                                      << 2 << u"--metadata is not a JSON object"_s;
        QTest::newRow("no store") << QStringList{u"layers"_s, u"--store"_s, u"/nonexistent/x.gpkg"_s} << 1 << u"does not exist"_s;
        QTest::newRow("bad bbox") << QStringList{u"query"_s, u"--store"_s, store, u"--layer"_s, u"a"_s, u"--bbox"_s, u"1,2,3"_s}
                                  << 2 << u"--bbox must be"_s;
        QTest::newRow("tiles bad zoom") << QStringList{u"tiles"_s, u"seed"_s, u"--store"_s, store, u"--zoom"_s, u"ten"_s}
                                        << 2 << u"--zoom must be a level or a range"_s;
        QTest::newRow("tiles no store") << QStringList{u"tiles"_s, u"seed"_s, u"--store"_s, u"/nonexistent/x.gpkg"_s}
                                        << 1 << u"does not exist"_s;
        QTest::newRow("tiles unknown") << QStringList{u"tiles"_s, u"frob"_s, u"--store"_s, store} << 2
                                       << u"unknown subcommand 'frob'"_s;
        QTest::newRow("unknown option") << QStringList{u"layers"_s, u"--frobnicate"_s} << 2 << u"Unknown option 'frobnicate'"_s;
    }

    void errorsAreOneLineAndNonZero()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = console(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY(r.out.isEmpty());
    }

    void tilesSeedAndStatus()
    {
        const QString store = m_dir.filePath(u"tiles.gpkg"_s);
        // The boundary under a name of the municipality's choosing: the basemap finds it by its role.
        QCOMPARE(console({u"import"_s, u"--store"_s, store, u"--domain"_s, u"administration"_s, u"--layer"_s,
                          u"meja_mop"_s, geodata(u"ptuj_obcina_boundary.geojson"_s)}).exitCode, 0);
        Run r = console({u"tiles"_s, u"seed"_s, u"--store"_s, store, u"--zoom"_s, u"10-12"_s, u"--quiet"_s});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"basemap role"_s) && r.err.contains(u"municipal_boundary"_s), qPrintable(r.err));
        r = console({u"catalogue"_s, u"--store"_s, store, u"--layer"_s, u"meja_mop"_s, u"--set"_s, u"roles=boundary"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"unknown role boundary"_s), qPrintable(r.err));
        r = console({u"catalogue"_s, u"--store"_s, store, u"--layer"_s, u"meja_mop"_s, u"--set"_s,
                     u"roles=municipal_boundary"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().array().first().toObject().value(u"roles"_s).toArray(), QJsonArray{u"municipal_boundary"_s});
        r = console({u"catalogue"_s, u"--store"_s, store, u"--list-roles"_s});
        QCOMPARE(r.exitCode, 0);
        const auto roles = r.json().array();
        const auto boundaryRole = std::find_if(roles.begin(), roles.end(), [](const QJsonValue &v) {
            return v.toObject().value(u"id"_s).toString() == u"municipal_boundary"_s;
        });
        QVERIFY(boundaryRole != roles.end());
        QCOMPARE(boundaryRole->toObject().value(u"layers"_s).toArray(), QJsonArray{u"meja_mop"_s});
        QCOMPARE(boundaryRole->toObject().value(u"name_sl"_s).toString(), u"Meja občine"_s);
        r = console({u"tiles"_s, u"seed"_s, u"--store"_s, store, u"--zoom"_s, u"10-12"_s, u"--quiet"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject seeded = r.json().object();
        QVERIFY(seeded.value(u"ok"_s).toBool());
        QVERIFY(seeded.value(u"tiles"_s).toInt() > 0);
        QCOMPARE(seeded.value(u"rendered"_s).toInt(), seeded.value(u"tiles"_s).toInt());
        r = console({u"tiles"_s, u"status"_s, u"--store"_s, store});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject basemap = r.json().object().value(u"basemap"_s).toObject();
        QCOMPARE(basemap.value(u"tiles"_s).toInt(), seeded.value(u"tiles"_s).toInt());
        QCOMPARE(basemap.value(u"byZoom"_s).toObject().keys(), QStringList({u"10"_s, u"11"_s, u"12"_s}));
        QCOMPARE(sqliteScalar(store, "SELECT data_type FROM gpkg_contents WHERE table_name = 'basemap'"), u"tiles"_s);
    }

    // A kill -9 in the middle of a large import leaves a valid store without the layer.
    void killDuringImportLeavesAValidStore()
    {
        const QString store = m_dir.filePath(u"killed.gpkg"_s);
        QVERIFY(console({u"import"_s, u"--store"_s, store, u"--domain"_s, u"administration"_s,
                         geodata(u"ptuj_naselja_points.geojson"_s)}).exitCode == 0);
        const QString csv = m_dir.filePath(u"big.csv"_s);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x,y,name\n");
        for (int i = 0; i < 1500000; ++i)
            f.write(QByteArray::number(560000 + (i % 1000) * 10) + ',' + QByteArray::number(138000 + (i / 1000) * 10)
                    + ",t\n");
        f.close();

        QProcess p;
        p.start(QStringLiteral(PTUJ_CONSOLE_BINARY), {u"import"_s, u"--store"_s, store, u"--domain"_s, u"water"_s,
                                                      u"--source-crs"_s, u"EPSG:3794"_s, csv});
        QVERIFY(p.waitForStarted());
        // Wait until its transaction has begun writing (an import runs with the rollback
        // journal, so the -journal file appears), let it write for a while (the whole import
        // takes seconds), then kill it hard.
        const QString journal = store + u"-journal"_s;
        for (int i = 0; i < 1000 && !QFileInfo::exists(journal); ++i)
            QThread::msleep(5);
        QVERIFY2(QFileInfo::exists(journal), "the import never started its transaction");
        QThread::msleep(700);
        QVERIFY2(p.state() == QProcess::Running, "the import finished before it could be killed; make the input bigger");
        p.kill();
        p.waitForFinished();

        // The hot journal is rolled back by whoever opens the store next, the console's
        // read-only listing included.
        QVERIFY(QFileInfo::exists(journal));
        const Run listed = console({u"layers"_s, u"--store"_s, store, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.json().array().size(), 1);
        QCOMPARE(sqliteScalar(store, "PRAGMA integrity_check"), u"ok"_s);
        QCOMPARE(sqliteScalar(store, "SELECT count(*) FROM gpkg_contents WHERE table_name = 'big'"), u"0"_s);
        QCOMPARE(sqliteScalar(store, "SELECT count(*) FROM ptuj_catalogue"), u"1"_s);
        const Run layers = console({u"layers"_s, u"--store"_s, store, u"--json"_s});
        QCOMPARE(layers.exitCode, 0);
        QCOMPARE(layers.json().array().size(), 1);
        // And it takes the next import, after which it is back in WAL mode for the map's readers.
        QCOMPARE(console({u"import"_s, u"--store"_s, store, u"--domain"_s, u"health"_s,
                          geodata(u"ptuj_aed_osm.geojson"_s)}).exitCode, 0);
        QCOMPARE(sqliteScalar(store, "PRAGMA journal_mode"), u"wal"_s);
        QVERIFY(!QFileInfo::exists(journal));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
