// Stores written before the per-module schema steps (one number for all tables in
// ptuj_meta schema_version, 1-3, and the tile tables made on the side) open in this build
// without losing a row, end up with the same tables, triggers and claims as a new store,
// and still pass GDAL's GeoPackage validator.
#include "Actor.h"
#include "ReportSchema.h"
#include "ReportService.h"
#include "SchemaRegistry.h"
#include "SqliteStatement.h"
#include "Store.h"
#include "TileKey.h"
#include "TileSchema.h"
#include "TileStore.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The console's composition (app/ConsoleModules.cpp): the store, then reports and tiles.
SchemaRegistry consoleSchema()
{
    SchemaRegistry schema;
    schema.add(ReportSchema::migrations());
    schema.add(TileSchema::migrations());
    return schema;
}

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(PTUJ_LEGACY_FIXTURES) + u'/' + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs a script statement by statement, binding :WEB_MERCATOR where a statement names it.
bool runScript(sqlite3 *db, const QByteArray &script, const QByteArray &webMercator, QString *error)
{
    if (script.isEmpty()) {
        *error = u"empty fixture"_s;
        return false;
    }
    const char *tail = script.constData();
    while (tail && *tail) {
        sqlite3_stmt *q = nullptr;
        const char *next = nullptr;
        if (sqlite3_prepare_v2(db, tail, -1, &q, &next) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        tail = next;
        if (!q)
            continue; // only whitespace or comments were left
        if (const int i = sqlite3_bind_parameter_index(q, ":WEB_MERCATOR"); i > 0)
            sqlite3_bind_text(q, i, webMercator.constData(), int(webMercator.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(q);
        sqlite3_finalize(q);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
    }
    return true;
}

// A store as the console wrote it at single schema number `version`: a layer GDAL made, the
// old steps word for word with rows in their tables, and the tile tables as the old
// TileStore made them when first seeded.
bool makeLegacyStore(const QString &path, int version, bool tiles, QString *error)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDataset *ds = driver ? driver->Create(QFile::encodeName(path).constData(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr;
    if (!ds) {
        *error = QString::fromUtf8(CPLGetLastErrorMsg());
        return false;
    }
    OGRSpatialReference d96;
    d96.importFromEPSG(3794);
    OGRLayer *layer = ds->CreateLayer("naselja", &d96, wkbPoint, nullptr);
    bool ok = layer && layer->CreateField(new OGRFieldDefn("name", OFTString)) == OGRERR_NONE;
    for (const auto &[name, x, y] : {std::tuple{"Ptuj", 566000.5, 141000.25}, std::tuple{"Grajena", 564100.0, 143900.0}}) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("name", name);
        OGRPoint point(x, y);
        feature.SetGeometry(&point);
        ok = ok && layer->CreateFeature(&feature) == OGRERR_NONE;
    }
    auto *db = static_cast<sqlite3 *>(ds->GetInternalHandle("SQLITE_HANDLE"));
    ok = ok && sqliteExec(db, "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS ptuj_meta (key TEXT PRIMARY KEY NOT NULL, value)", error);
    for (int v = 1; ok && v <= version; ++v) {
        ok = runScript(db, fixture(u"store_v%1.sql"_s.arg(v)), {}, error);
        if (ok && v <= 2)
            ok = runScript(db, fixture(u"data_v%1.sql"_s.arg(v)), {}, error);
    }
    SqliteStatement meta(db, "INSERT OR REPLACE INTO ptuj_meta (key, value) VALUES ('schema_version', ?)");
    meta.bind(1, version);
    ok = ok && meta.exec();
    if (ok && tiles) {
        OGRSpatialReference mercator;
        mercator.importFromEPSG(3857);
        char *wkt = nullptr;
        mercator.exportToWkt(&wkt);
        ok = runScript(db, fixture(u"tiles.sql"_s), QByteArray(wkt), error);
        CPLFree(wkt);
        SqliteStatement matrix(db, "INSERT INTO gpkg_tile_matrix VALUES ('basemap', ?, ?, ?, 256, 256, ?, ?)");
        for (int z = 0; ok && z <= TileStore::kMaxZoom; ++z) {
            const double resolution = TileKey{z, 0, 0}.resolution();
            matrix.reset();
            matrix.bind(1, z).bind(2, 1 << z).bind(3, 1 << z).bind(4, resolution).bind(5, resolution);
            ok = matrix.exec();
        }
    }
    GDALClose(ds);
    return ok;
}

// Every row of every table, each row as text (blobs in hex), sorted: a multiset per table.
QMap<QString, QStringList> rowsOf(const QString &path)
{
    QMap<QString, QStringList> out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return out;
    }
    QStringList tables;
    {
        SqliteStatement q(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'");
        while (q.next())
            tables.append(q.text(0));
    }
    for (const QString &t : std::as_const(tables)) {
        SqliteStatement q(db, (u"SELECT * FROM \""_s + t + u'"').toUtf8().constData());
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int c = 0; !q.columnName(c).isEmpty(); ++c)
                cells.append(q.isNull(c) ? u"NULL"_s : QString::fromLatin1(q.blob(c).toByteArray().toHex()));
            rows.append(cells.join(u'|'));
        }
        rows.sort();
        out.insert(t, rows);
    }
    sqlite3_close(db);
    return out;
}

// Tables, indexes, triggers and views by name with their SQL, but for the user's own layer.
QMap<QString, QString> schemaOf(const QString &path)
{
    QMap<QString, QString> out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        SqliteStatement q(db, "SELECT type, name, sql FROM sqlite_master WHERE tbl_name NOT LIKE '%naselja%' "
                              "AND name NOT LIKE 'sqlite_autoindex%'");
        while (q.next()) {
            // Whoever made a GeoPackage table first (GDAL, or a step) wrote it in its own spacing.
            QString sql = q.text(2);
            if (q.text(1).startsWith(u"gpkg_"_s))
                sql.remove(QRegularExpression(u"\\s+"_s));
            out.insert(q.text(0) + u' ' + q.text(1), sql);
        }
    }
    sqlite3_close(db);
    return out;
}

QString scalar(const Store &store, const char *sql)
{
    SqliteStatement q(store.db(), sql);
    return q.next() ? q.text(0) : u"(none)"_s;
}

// Tables the upgrade may add rows to; every other one keeps its rows exactly.
const QStringList kGrowing{u"ptuj_owned_tables"_s, u"gpkg_contents"_s, u"gpkg_spatial_ref_sys"_s, u"gpkg_extensions"_s,
                           u"gpkg_geometry_columns"_s,
                           u"gpkg_tile_matrix_set"_s, u"gpkg_tile_matrix"_s, u"sqlite_sequence"_s};

// Tables a later step gives more columns (store 3: the catalogue's roles and attribution):
// every old row is there with its old values first, then the new columns' defaults.
const QMap<QString, QString> kWidened{{u"ptuj_catalogue"_s, u"|5b5d|NULL|5b5d"_s}, {u"reports"_s, u"|736c|NULL"_s}};
// Tables that gain a column whose value differs per row (the templates' English names).
const QStringList kWidenedPerRow{u"report_reply_templates"_s};

} // namespace

class tst_StoreUpgrade : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fresh;

    QString validate(const QString &path)
    {
        const QString script = QStringLiteral(PTUJ_VALIDATE_GPKG);
        if (script.isEmpty())
            return {};
        QProcess p;
        p.start(u"python3"_s, {script, path});
        if (!p.waitForFinished(120000))
            return u"validate_gpkg.py did not finish"_s;
        if (p.exitCode() != 0)
            return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A new store of this build, the yardstick for the upgraded ones.
        m_fresh = m_dir.filePath(u"fresh.gpkg"_s);
        QString error;
        QVERIFY2(Store::open(m_fresh, Store::Mode::Create, consoleSchema(), &error), qPrintable(error));
        const QString problems = validate(m_fresh);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void upgrade_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("tiles");
        QTest::newRow("schema 1 (catalogue)") << 1 << false;
        QTest::newRow("schema 2 (reports)") << 2 << false;
        QTest::newRow("schema 3 (owned tables)") << 3 << false;
        QTest::newRow("schema 3, seeded and cached") << 3 << true;
    }

    void upgrade()
    {
        QFETCH(int, version);
        QFETCH(bool, tiles);
        const QString path = m_dir.filePath(u"legacy-%1-%2.gpkg"_s.arg(version).arg(tiles));
        QString error;
        QVERIFY2(makeLegacyStore(path, version, tiles, &error), qPrintable(error));
        const auto before = rowsOf(path);
        QVERIFY(before.contains(u"ptuj_catalogue"_s));
        QCOMPARE(before.contains(u"reports"_s), version >= 2);

        const SchemaRegistry schema = consoleSchema();
        {
            // Read-only, an old store is recognised as it is: nothing is written.
            auto store = Store::open(path, Store::Mode::ReadOnly, schema, &error);
            QVERIFY2(store, qPrintable(error));
            QCOMPARE(ReportSchema::version(store->db()), version >= 3 ? 2 : version >= 2 ? 1 : 0);
            QCOMPARE(TileSchema::version(store->db()), 0);
            QCOMPARE(store->catalogue().size(), 1);
        }
        QCOMPARE(rowsOf(path), before);

        {
            auto store = Store::open(path, Store::Mode::ReadWrite, schema, &error);
            QVERIFY2(store, qPrintable(error));
            QCOMPARE(scalar(*store, "SELECT value FROM ptuj_meta WHERE key = 'schema_version'"),
                     QString::number(SchemaRegistry::kFormatVersion));
            QCOMPARE(scalar(*store, "SELECT value FROM ptuj_meta WHERE key = 'schema.legacy'"), QString::number(version));
            QCOMPARE(scalar(*store, "SELECT value FROM ptuj_meta WHERE key = 'schema.store'"), u"5"_s);
            QCOMPARE(scalar(*store, "SELECT value FROM ptuj_meta WHERE key = 'schema.reports'"), u"3"_s);
            QCOMPARE(scalar(*store, "SELECT value FROM ptuj_meta WHERE key = 'schema.tiles'"), u"1"_s);
        }

        // Not a row lost: every table keeps its rows, a few of the GeoPackage's and the
        // console's own bookkeeping tables gain some.
        const auto after = rowsOf(path);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.key() == u"ptuj_meta"_s)
                continue; // the versions, checked above
            if (kGrowing.contains(it.key())) {
                for (const QString &row : it.value())
                    QVERIFY2(after.value(it.key()).contains(row), qPrintable(it.key() + u": "_s + row));
            } else if (kWidenedPerRow.contains(it.key())) {
                QCOMPARE(after.value(it.key()).size(), it.value().size());
                for (const QString &row : it.value())
                    QVERIFY2(std::any_of(after.value(it.key()).cbegin(), after.value(it.key()).cend(),
                                         [&](const QString &a) { return a.startsWith(row + u'|'); }),
                             qPrintable(it.key() + u": "_s + row));
            } else if (kWidened.contains(it.key())) {
                QStringList widened;
                for (const QString &row : it.value())
                    widened.append(row + kWidened.value(it.key()));
                widened.sort();
                QVERIFY2(after.value(it.key()) == widened, qPrintable(u"table %1 changed"_s.arg(it.key())));
            } else {
                QVERIFY2(after.value(it.key()) == it.value(), qPrintable(u"table %1 changed"_s.arg(it.key())));
            }
        }

        // The same tables, indexes and triggers as a new store, in the same words, and the
        // same claims: the old layout is the new one.
        const auto upgraded = schemaOf(path), fresh = schemaOf(m_fresh);
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it)
            QVERIFY2(upgraded.value(it.key()) == it.value(), qPrintable(it.key() + u": "_s + upgraded.value(it.key())));
        QCOMPARE(upgraded.keys(), fresh.keys());
        QCOMPARE(after.value(u"ptuj_owned_tables"_s), rowsOf(m_fresh).value(u"ptuj_owned_tables"_s));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
            {
                SqliteStatement integrity(db, "PRAGMA integrity_check");
                QVERIFY(integrity.next());
                QCOMPARE(integrity.text(0), u"ok"_s);
            }
            sqlite3_close(db);
        }
        const QString problems = validate(path);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        // Opened again, nothing is left to do, and what the clerks decided is all there and
        // can still be changed.
        auto store = Store::open(path, Store::Mode::ReadWrite, schema, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(!schema.needsMigration(store->db()));
        const auto entry = store->catalogueEntry(u"naselja"_s);
        QVERIFY(entry);
        QCOMPARE(entry->owner, u"GURS"_s);
        QCOMPARE(entry->users, (QStringList{u"Civilna zaščita"_s, u"redarstvo"_s}));
        if (version >= 2) {
            ReportService service(*store);
            const auto report = service.report(1);
            QVERIFY(report);
            QCOMPARE(report->status, u"assigned"_s);
            QCOMPARE(report->priority, 1);
            QVERIFY2(service.setPriority(1, 2, Actor(u"ana"_s, Actor::Origin::CommandLine), &error), qPrintable(error));
            QCOMPARE(scalar(*store, "SELECT count(*) FROM report_history WHERE report_id = 1"), u"4"_s);
            QCOMPARE(scalar(*store, "SELECT due_days FROM report_categories WHERE service_code = 'damaged_bench'"), u"5"_s);
        }
        QCOMPARE(scalar(*store, "SELECT count(*) FROM report_services"), version >= 2 ? u"8"_s : u"7"_s);
        QCOMPARE(TileStore::basemapCounts(store->db()).size(), tiles ? 2 : 0);
        QCOMPARE(TileStore::cacheUsage(store->db()).tiles, tiles ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(tst_StoreUpgrade)
#include "tst_storeupgrade.moc"
