#include "SpatialIndex.h"
#include "SqliteStatement.h"
#include "Store.h"
#include "StoreTestUtils.h"
#include "VectorImporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

// A GeoPackage point (header without envelope, little-endian WKB) in EPSG:3794.
QByteArray gpkgPoint(double x, double y)
{
    QByteArray b("GP\x00\x01", 4);
    const auto append = [&b](auto value) {
        const auto le = qToLittleEndian(value);
        b.append(reinterpret_cast<const char *>(&le), sizeof le);
    };
    append(qint32(3794));
    b.append('\x01');
    append(quint32(1));
    append(x);
    append(y);
    return b;
}

// A point layer made by hand, as a module's schema step makes one.
bool createLayer(sqlite3 *db, const QString &table, const QString &column, QString *error)
{
    QString t = table, c = column;
    t.replace(u'"', u"\"\""_s);
    c.replace(u'"', u"\"\""_s);
    const QString sql = u"CREATE TABLE \"%1\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, \"%2\" POINT, name TEXT)"_s.arg(t, c);
    if (!sqliteExec(db, sql.toUtf8().constData(), error))
        return false;
    SqliteStatement contents(db, "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, 'features', ?, 4326)");
    contents.bind(1, table).bind(2, table);
    SqliteStatement geometry(db, "INSERT INTO gpkg_geometry_columns VALUES (?, ?, 'POINT', 4326, 0, 0)");
    geometry.bind(1, table).bind(2, column);
    return contents.exec() && geometry.exec() && SpatialIndex::create(db, table, column, u"fid"_s, error);
}

bool insertPoint(sqlite3 *db, const QString &table, const QString &column, double x, double y)
{
    QString t = table, c = column;
    t.replace(u'"', u"\"\""_s);
    c.replace(u'"', u"\"\""_s);
    SqliteStatement q(db, u"INSERT INTO \"%1\" (\"%2\", name) VALUES (?, 'p')"_s.arg(t, c).toUtf8().constData());
    q.bind(1, gpkgPoint(x, y));
    return q.exec();
}

qint64 count(sqlite3 *db, const QString &sql, const QVariantList &values = {})
{
    SqliteStatement q(db, sql.toUtf8().constData());
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bind(int(i) + 1, values[i]);
    return q.next() ? q.integer(0) : -1;
}

// Every trigger of the index, by name, with its SQL.
QMap<QString, QString> triggersOf(sqlite3 *db, const QString &table)
{
    QMap<QString, QString> out;
    SqliteStatement q(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?");
    q.bind(1, table);
    while (q.next())
        out.insert(q.text(0), q.text(1));
    return out;
}

} // namespace

class tst_SpatialIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase()
    {
        QString error;
        m_store = Store::open(m_dir.filePath(u"index.gpkg"_s), Store::Mode::Create, &error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void namesFollowTheSpec()
    {
        QCOMPARE(SpatialIndex::tableName(u"reports"_s, u"geom"_s), u"rtree_reports_geom"_s);
        const QStringList names = SpatialIndex::triggerNames(u"roads"_s, u"shape"_s);
        QCOMPARE(names.size(), 9);
        QCOMPARE(names.first(), u"rtree_roads_shape_insert"_s);
        QVERIFY(names.contains(u"rtree_roads_shape_update1"_s));
        QVERIFY(names.contains(u"rtree_roads_shape_update7"_s));
        QCOMPARE(names.last(), u"rtree_roads_shape_delete"_s);
    }

    void createdIndexFollowsEdits_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::newRow("plain") << u"points"_s << u"geom"_s;
        QTest::newRow("names that need quotes") << u"točke 2"_s << u"the-geom"_s;
    }

    void createdIndexFollowsEdits()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        sqlite3 *db = m_store->db();
        QString error;
        QVERIFY(m_store->beginWrite(&error));
        QVERIFY2(createLayer(db, table, column, &error), qPrintable(error));
        QVERIFY(m_store->commit(&error));

        QMap<QString, QString> triggers = triggersOf(db, table);
        QCOMPARE(triggers.size(), 6);
        for (const char *suffix : {"insert", "update1", "update2", "update3", "update4", "delete"})
            QVERIFY2(triggers.contains(SpatialIndex::tableName(table, column) + u'_' + QLatin1StringView(suffix)), suffix);
        QCOMPARE(count(db, u"SELECT count(*) FROM gpkg_extensions WHERE table_name = ? AND column_name = ? "
                           "AND extension_name = 'gpkg_rtree_index'"_s, {table, column}),
                 1);

        // The triggers keep the index current: insert, move, delete.
        QString index = SpatialIndex::tableName(table, column);
        index.replace(u'"', u"\"\""_s);
        const QString inBox = u"SELECT count(*) FROM \"%1\" WHERE minx >= ? AND maxx <= ?"_s.arg(index);
        QVERIFY(insertPoint(db, table, column, 566000, 141000));
        QVERIFY(insertPoint(db, table, column, 567000, 142000));
        QCOMPARE(count(db, inBox, {565000, 566500}), 1);
        QString quotedTable = table, quotedColumn = column;
        quotedTable.replace(u'"', u"\"\""_s);
        quotedColumn.replace(u'"', u"\"\""_s);
        SqliteStatement move(db, u"UPDATE \"%1\" SET \"%2\" = ? WHERE fid = 1"_s.arg(quotedTable, quotedColumn).toUtf8().constData());
        move.bind(1, gpkgPoint(568000, 143000));
        QVERIFY(move.exec());
        QCOMPARE(count(db, inBox, {565000, 566500}), 0);
        QVERIFY(sqliteExec(db, u"DELETE FROM \"%1\" WHERE fid = 2"_s.arg(quotedTable).toUtf8().constData()));
        QCOMPARE(count(db, u"SELECT count(*) FROM \"%1\""_s.arg(index)), 1);
    }

    void suspendedTriggersComeBackAsTheyWere()
    {
        sqlite3 *db = m_store->db();
        QString error;
        const QMap<QString, QString> before = triggersOf(db, u"points"_s);
        QVERIFY(!before.isEmpty());
        QVERIFY(m_store->beginWrite(&error));
        const auto suspended = SpatialIndex::suspendTriggers(db, u"points"_s, u"geom"_s, &error);
        QVERIFY2(suspended, qPrintable(error));
        QCOMPARE(suspended->names, (QStringList{u"rtree_points_geom_insert"_s, u"rtree_points_geom_update1"_s}));
        // Only the triggers that work out boxes are gone; a delete still leaves the index.
        QCOMPARE(triggersOf(db, u"points"_s).size(), 4);
        const qint64 indexed = count(db, u"SELECT count(*) FROM rtree_points_geom"_s);
        QVERIFY(insertPoint(db, u"points"_s, u"geom"_s, 566100, 141100));
        QCOMPARE(count(db, u"SELECT count(*) FROM rtree_points_geom"_s), indexed);
        QVERIFY2(SpatialIndex::restoreTriggers(db, *suspended, &error), qPrintable(error));
        QVERIFY(m_store->commit(&error));
        QCOMPARE(triggersOf(db, u"points"_s), before);
        QVERIFY(insertPoint(db, u"points"_s, u"geom"_s, 566200, 141200));
        QCOMPARE(count(db, u"SELECT count(*) FROM rtree_points_geom"_s), indexed + 1);

        // Rolled back, the drop never happened.
        QVERIFY(m_store->beginWrite(&error));
        QVERIFY(SpatialIndex::suspendTriggers(db, u"points"_s, u"geom"_s, &error));
        m_store->rollback();
        QCOMPARE(triggersOf(db, u"points"_s), before);
    }

    void gdalLayersKeepTheirOwnTriggers()
    {
        // A layer GDAL made has the triggers of its GeoPackage version (1.4 has _update6
        // and _update7): whichever they are, they come back word for word.
        QFile csv(m_dir.filePath(u"grid.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(StoreTestUtils::gridCsv(20));
        csv.close();
        const auto reports = VectorImporter({.source = csv.fileName(), .domain = u"water"_s, .layer = u"grid"_s,
                                             .sourceCrs = u"EPSG:3794"_s}).run(*m_store);
        QVERIFY2(reports.first().ok, qPrintable(reports.first().error));
        sqlite3 *db = m_store->db();
        SqliteStatement column(db, "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = 'grid'");
        QVERIFY(column.next());
        const QString geometry = column.text(0);
        const QMap<QString, QString> before = triggersOf(db, u"grid"_s);
        const QString prefix = SpatialIndex::tableName(u"grid"_s, geometry) + u'_';
        int indexTriggers = 0;
        for (const QString &name : before.keys()) {
            if (!name.startsWith(prefix))
                continue; // GDAL's own, e.g. its feature count
            ++indexTriggers;
            QVERIFY2(SpatialIndex::triggerNames(u"grid"_s, geometry).contains(name), qPrintable(name));
        }
        QVERIFY(indexTriggers >= 6);
        QString error;
        QVERIFY(m_store->beginWrite(&error));
        const auto suspended = SpatialIndex::suspendTriggers(db, u"grid"_s, geometry, &error);
        QVERIFY2(suspended && !suspended->names.isEmpty(), qPrintable(error));
        for (const QString &name : suspended->names)
            QVERIFY2(!triggersOf(db, u"grid"_s).contains(name), qPrintable(name));
        QVERIFY(SpatialIndex::restoreTriggers(db, *suspended, &error));
        QVERIFY(m_store->commit(&error));
        QCOMPARE(triggersOf(db, u"grid"_s), before);
    }
};

QTEST_GUILESS_MAIN(tst_SpatialIndex)
#include "tst_spatialindex.moc"
