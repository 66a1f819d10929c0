#include "Open311Parser.h"
#include "ReportSchema.h"
#include "ReportService.h"
#include "ReportTestUtils.h"
#include "ReservedNames.h"
#include "SchemaRegistry.h"
#include "SpatialIndex.h"
#include "SqliteStatement.h"
#include "Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString scalar(const Store &store, const char *sql)
{
    SqliteStatement q(store.db(), sql);
    return q.next() ? q.text(0) : u"(none)"_s;
}

QMap<QString, QString> indexTriggers(const Store &store)
{
    QMap<QString, QString> out;
    SqliteStatement q(store.db(), "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'reports'");
    while (q.next())
        out.insert(q.text(0), q.text(1));
    return out;
}

const QStringList kTables{u"reports"_s, u"report_photos"_s, u"report_followers"_s, u"report_history"_s,
                          u"report_services"_s, u"report_categories"_s, u"report_reply_templates"_s, u"report_people"_s};

} // namespace

class tst_ReportSchema : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void stepsAreNumberedForTheRegistry()
    {
        const QList<StoreMigration> steps = ReportSchema::migrations();
        QCOMPARE(steps.size(), 3);
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps[i].module, u"reports"_s);
            QCOMPARE(steps[i].version, i + 1);
            QVERIFY(!steps[i].description.isEmpty());
        }
        // Stores of the single schema number had the tables from 2 and their claims from 3.
        QCOMPARE(steps[0].legacyVersion, 2);
        QCOMPARE(steps[1].legacyVersion, 3);
        SchemaRegistry registry;
        QVERIFY(registry.add(steps));
        QCOMPARE(registry.latestVersion(u"reports"_s), 3);
    }

    void newStoreHasTheReportTables()
    {
        auto store = ReportTestUtils::newStore(m_dir.filePath(u"new.gpkg"_s));
        QVERIFY(store);
        QCOMPARE(ReportSchema::version(store->db()), 3);
        QCOMPARE(scalar(*store, "SELECT value FROM ptuj_meta WHERE key = 'schema.reports'"), u"3"_s);
        for (const QString &table : kTables)
            QCOMPARE(ReservedNames::ownerOf(store->db(), table), u"reports"_s);
        // The point layer as the GeoPackage describes it, with the spec's six triggers.
        QCOMPARE(scalar(*store, "SELECT data_type || ' ' || srs_id FROM gpkg_contents WHERE table_name = 'reports'"),
                 u"features 3794"_s);
        QCOMPARE(scalar(*store, "SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'reports'"),
                 u"POINT"_s);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM gpkg_extensions WHERE table_name = 'reports' AND "
                                "extension_name = 'gpkg_rtree_index'"),
                 u"1"_s);
        const auto triggers = indexTriggers(*store);
        QCOMPARE(triggers.size(), 6);
        for (const QString &name : triggers.keys())
            QVERIFY2(SpatialIndex::triggerNames(u"reports"_s, u"geom"_s).contains(name), qPrintable(name));
        // The seed rows, in Slovenian.
        QCOMPARE(scalar(*store, "SELECT count(*) FROM report_services"), u"7"_s);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM report_categories"), u"14"_s);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM report_reply_templates"), u"5"_s);
        QCOMPARE(scalar(*store, "SELECT name FROM report_services WHERE id = 'civilna_zascita'"), u"Civilna zaščita MO Ptuj"_s);
        QCOMPARE(scalar(*store, "SELECT name_sl FROM report_categories WHERE service_code = 'illegal_dumping'"),
                 u"Divje odlagališče"_s);
    }

    void seedRowsAreWrittenOnce()
    {
        const QString path = m_dir.filePath(u"once.gpkg"_s);
        QVERIFY(ReportTestUtils::newStore(path));
        for (int i = 0; i < 3; ++i) {
            QString error;
            auto store = Store::open(path, Store::Mode::ReadWrite, &error);
            QVERIFY2(store, qPrintable(error));
            QCOMPARE(scalar(*store, "SELECT count(*) FROM report_services"), u"7"_s);
            QCOMPARE(scalar(*store, "SELECT count(*) FROM report_reply_templates"), u"5"_s);
            QCOMPARE(scalar(*store, "SELECT count(*) FROM ptuj_owned_tables WHERE owner = 'reports'"), u"8"_s);
        }
    }

    void historyIsAppendOnly()
    {
        auto store = ReportTestUtils::newStore(m_dir.filePath(u"history.gpkg"_s));
        QVERIFY(store);
        QVERIFY(sqliteExec(store->db(), "INSERT INTO report_history (report_id, at, who, action) "
                                        "VALUES (1, '2026-10-01T08:00:00Z', 'ana', 'note')"));
        QString error;
        QVERIFY(!sqliteExec(store->db(), "UPDATE report_history SET who = 'x'", &error));
        QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));
        QVERIFY(!sqliteExec(store->db(), "DELETE FROM report_history", &error));
        QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));
    }

    void importPutsTheIndexTriggersBackWordForWord()
    {
        const QString path = m_dir.filePath(u"import.gpkg"_s);
        auto store = ReportTestUtils::newStore(path);
        QVERIFY(store);
        const auto before = indexTriggers(*store);
        const QString t = u"2026-10-01T08:00:00Z"_s;
        const QByteArray data = ReportTestUtils::toJson({ReportTestUtils::request(u"a"_s, u"pothole"_s, u"46.42"_s, u"15.87"_s, t, t),
                                                         ReportTestUtils::request(u"b"_s, u"graffiti"_s, u"46.421"_s, u"15.871"_s, t, t)});
        const auto parsed = Open311::parseRequests(data, Open311::Format::Json, u"requests.json"_s);
        QVERIFY(parsed.ok);
        ReportImportOptions options;
        options.source = u"test"_s;
        options.actor = Actor(u"uvoz"_s, Actor::Origin::CommandLine);
        const auto summary = ReportService(*store).importRequests(parsed.items, {}, options);
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(scalar(*store, "SELECT count(*) FROM rtree_reports_geom"), u"2"_s);
        QCOMPARE(indexTriggers(*store), before);
    }
};

QTEST_GUILESS_MAIN(tst_ReportSchema)
#include "tst_reportschema.moc"
