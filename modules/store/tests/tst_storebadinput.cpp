#include "SqliteStatement.h"
#include "Store.h"
#include "StoreTestUtils.h"
#include "VectorImporter.h"

#include <sqlite3.h>
#include <sys/mount.h>

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

// Every bad input gets a clear message and leaves the store exactly as it was.
class tst_StoreBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    QByteArray m_hash;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        Store::setBusyTimeout(300);
        // A store with one layer in it, to prove nothing in it is lost.
        m_store = path(u"store.gpkg"_s);
        QString error;
        auto store = Store::open(m_store, Store::Mode::Create, &error);
        QVERIFY2(store, qPrintable(error));
        writeFile(path(u"good.csv"_s), StoreTestUtils::gridCsv(50));
        const auto r = VectorImporter({.source = path(u"good.csv"_s), .domain = u"water"_s, .sourceCrs = u"EPSG:3794"_s}).run(*store);
        QVERIFY2(r.first().ok, qPrintable(r.first().error));
        store.reset();
        m_hash = StoreTestUtils::contentHash(m_store);
        QVERIFY(!m_hash.isEmpty());
    }

    void cleanup()
    {
        QCOMPARE(StoreTestUtils::contentHash(m_store), m_hash);
        QCOMPARE(StoreTestUtils::integrityCheck(m_store), u"ok"_s);
    }

    void badSource_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("sourceCrs");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated GeoJSON")
            << u"cut.geojson"_s << QByteArray("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geom")
            << QString() << QString() << u"not a vector file GDAL can read"_s;
        QTest::newRow("empty file") << u"empty.geojson"_s << QByteArray() << QString() << QString() << u"is empty"_s;
        QTest::newRow("CSV without coordinates") << u"nocoords.csv"_s << QByteArray("name,value\na,1\nb,2\n") << QString()
                                                 << QString() << u"has no coordinates"_s;
        QTest::newRow("CSV without CRS") << u"nocrs.csv"_s << StoreTestUtils::gridCsv(10) << QString() << QString()
                                         << u"does not say which coordinate reference system"_s;
        QTest::newRow("unknown CRS") << u"unknown.csv"_s << StoreTestUtils::gridCsv(10) << u"EPSG:999999"_s << QString()
                                     << u"unknown CRS 'EPSG:999999'"_s;
        // 'Š' and 'č' in CP1250 bytes, in a file read as UTF-8; the bad row comes after
        // thousands of good ones, so the rollback of written features is exercised too.
        QTest::newRow("wrong encoding") << u"cp1250.csv"_s << StoreTestUtils::gridCsv(6000, {}, 5000, QByteArray("\x8Akofja ulica \xE8"))
                                        << u"EPSG:3794"_s << QString() << u"--encoding"_s;
        QTest::newRow("all features broken") << u"broken.csv"_s
                                             << QByteArray("wkt,name\n\"LINESTRING (1 1, 1 1)\",a\n\"LINESTRING (2 2, 2 2)\",b\n")
                                             << u"EPSG:3794"_s << QString() << u"none of the 2 features could be imported"_s;
    }

    void badSource()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, sourceCrs);
        QFETCH(QString, encoding);
        QFETCH(QString, expected);
        writeFile(path(fileName), content);
        QString error;
        auto store = Store::open(m_store, Store::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        const auto r = VectorImporter({.source = path(fileName), .domain = u"water"_s, .layer = u"new_layer"_s,
                                       .sourceCrs = sourceCrs, .encoding = encoding}).run(*store);
        QCOMPARE(r.size(), 1);
        QVERIFY(!r.first().ok);
        QVERIFY2(r.first().error.contains(expected), qPrintable(r.first().error));
    }

    // The same CP1250 file imports once the encoding is given.
    void rightEncodingImports()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"cp1250.csv"_s), StoreTestUtils::gridCsv(20, {}, 5, QByteArray("\x8Akofja ulica \xE8")));
        QString error;
        auto store = Store::open(dir.filePath(u"s.gpkg"_s), Store::Mode::Create, &error);
        const auto r = VectorImporter({.source = dir.filePath(u"cp1250.csv"_s), .domain = u"water"_s,
                                       .sourceCrs = u"EPSG:3794"_s, .encoding = u"CP1250"_s}).run(*store);
        QVERIFY2(r.first().ok, qPrintable(r.first().error));
        QCOMPARE(r.first().imported, 20);
    }

    void shapefileWithoutCompanions_data()
    {
        QTest::addColumn<QString>("missing");
        QTest::newRow("no .shx") << u"shx"_s;
        QTest::newRow("no .dbf") << u"dbf"_s;
    }

    void shapefileWithoutCompanions()
    {
        QFETCH(QString, missing);
        QTemporaryDir dir;
        const QString shp = dir.filePath(u"ceste.shp"_s);
        QVERIFY(StoreTestUtils::writeVectorFile(shp, "ESRI Shapefile", 3794, wkbPoint, {{u"POINT (566941 142604)"_s, {{u"name"_s, u"a"_s}}}}));
        QVERIFY(QFile::remove(dir.filePath(u"ceste."_s + missing)));
        QString error;
        auto store = Store::open(m_store, Store::Mode::ReadWrite, &error);
        const auto r = VectorImporter({.source = shp, .domain = u"mobility"_s}).run(*store);
        QVERIFY(!r.first().ok);
        QVERIFY2(r.first().error.contains(u"has no ."_s + missing), qPrintable(r.first().error));
    }

    void pathProblems_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("does not exist") << u"/nonexistent/ceste.shp"_s << u"does not exist"_s;
        QTest::newRow("directory") << QDir::tempPath() << u"is a directory"_s;
    }

    void pathProblems()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QString error;
        auto store = Store::open(m_store, Store::Mode::ReadWrite, &error);
        const auto r = VectorImporter({.source = source, .domain = u"mobility"_s}).run(*store);
        QVERIFY(!r.first().ok);
        QVERIFY2(r.first().error.contains(expected), qPrintable(r.first().error));
    }

    void unknownDomain()
    {
        QString error;
        auto store = Store::open(m_store, Store::Mode::ReadWrite, &error);
        const auto r = VectorImporter({.source = path(u"good.csv"_s), .domain = u"parking"_s}).run(*store);
        QVERIFY(!r.first().ok);
        QVERIFY2(r.first().error.contains(u"unknown domain 'parking'; use one of: economy"_s), qPrintable(r.first().error));
    }

    void cancelMidway()
    {
        writeFile(path(u"big.csv"_s), StoreTestUtils::gridCsv(20000));
        QString error;
        auto store = Store::open(m_store, Store::Mode::ReadWrite, &error);
        std::atomic_bool cancel = false;
        VectorImporter importer({.source = path(u"big.csv"_s), .domain = u"water"_s, .layer = u"big"_s,
                                 .sourceCrs = u"EPSG:3794"_s});
        qint64 seen = 0;
        importer.setProgress([&](qint64 done, qint64) {
            seen = done;
            if (done >= 8192)
                cancel = true;
        });
        importer.setCancelFlag(&cancel);
        const auto r = importer.run(*store);
        QVERIFY(!r.first().ok);
        QVERIFY(r.first().cancelled);
        QVERIFY(seen >= 8192 && seen < 20000);
        QVERIFY(!store->hasLayer(u"big"_s));
    }

    void readOnlyStore()
    {
        QFile::setPermissions(m_store, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QString error;
        auto store = Store::open(m_store, Store::Mode::ReadWrite, &error);
        QFile::setPermissions(m_store, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QVERIFY(!store);
        QVERIFY2(error.contains(u"is read-only"_s), qPrintable(error));
    }

    void lockedStore()
    {
        // Another program holds the write lock.
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(m_store.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        QString error;
        auto store = Store::open(m_store, Store::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        const auto r = VectorImporter({.source = path(u"good.csv"_s), .domain = u"water"_s, .layer = u"while_locked"_s,
                                       .sourceCrs = u"EPSG:3794"_s}).run(*store);
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        QVERIFY(!r.first().ok);
        QVERIFY2(r.first().error.contains(u"locked by another program"_s), qPrintable(r.first().error));
    }

    void corruptStore_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not SQLite") << QByteArray("this is no GeoPackage at all\n").repeated(100) << u"not a GeoPackage store or it is damaged"_s;
        QTest::newRow("empty") << QByteArray() << u"not a GeoPackage store or it is damaged"_s;
    }

    void corruptStore()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString bad = path(u"bad.gpkg"_s);
        writeFile(bad, content);
        QString error;
        QVERIFY(!Store::open(bad, Store::Mode::ReadWrite, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!Store::open(bad, Store::Mode::ReadOnly, &error));
    }

    // Half a store: SQLite reports the damage when it reaches the missing pages.
    void truncatedStore()
    {
        const QString cut = path(u"cut.gpkg"_s);
        QFile::remove(cut);
        QVERIFY(QFile::copy(m_store, cut));
        QFile f(cut);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        QString error;
        auto store = Store::open(cut, Store::Mode::ReadWrite, &error);
        if (store) {
            const auto r = VectorImporter({.source = path(u"good.csv"_s), .domain = u"water"_s, .layer = u"more"_s,
                                           .sourceCrs = u"EPSG:3794"_s}).run(*store);
            QVERIFY(!r.first().ok);
            error = r.first().error;
        }
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
    }

    // The disk fills during a large import: the message says so (not "no transaction is
    // active") and the store keeps its content. SQLite's page limit plays the full disk.
    void diskFullDuringImport()
    {
        writeFile(path(u"full.csv"_s), StoreTestUtils::gridCsv(30000));
        QString error;
        auto store = Store::open(m_store, Store::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(sqliteExec(store->db(), "PRAGMA max_page_count = 400", &error));
        const auto r = VectorImporter({.source = path(u"full.csv"_s), .domain = u"water"_s, .layer = u"full"_s,
                                       .sourceCrs = u"EPSG:3794"_s}).run(*store);
        QVERIFY(!r.first().ok);
        QVERIFY2(r.first().error.contains(u"full"_s), qPrintable(r.first().error));
        QVERIFY2(!r.first().error.contains(u"no transaction is active"_s), qPrintable(r.first().error));
        store.reset();
    }

    // A completely full disk: opening the store says the disk is full, not "damaged".
    void completelyFullDisk()
    {
        const QString mountPoint = path(u"tiny"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        const QByteArray target = QFile::encodeName(mountPoint);
        if (::mount("tmpfs", target.constData(), "tmpfs", 0, "size=1m") != 0)
            QSKIP("cannot mount a small tmpfs here (needs root in its own mount namespace, as scripts/test has)");
        const auto unmount = qScopeGuard([&] { ::umount2(target.constData(), MNT_DETACH); });
        const QString inside = mountPoint + u"/ptuj.gpkg"_s;
        QVERIFY(QFile::copy(m_store, inside));
        {
            QFile filler(mountPoint + u"/filler"_s);
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        QString error;
        auto store = Store::open(inside, Store::Mode::ReadWrite, &error);
        if (store) {
            // GDAL opened it: the first write must fail with the full-disk message instead.
            const auto r = VectorImporter({.source = path(u"good.csv"_s), .domain = u"water"_s, .layer = u"more"_s,
                                           .sourceCrs = u"EPSG:3794"_s}).run(*store);
            QVERIFY(!r.first().ok);
            error = r.first().error;
            store.reset();
        }
        QVERIFY2(error.contains(u"full"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"damaged"_s), qPrintable(error));
        // Once there is room again the store is as it was.
        QVERIFY(QFile::remove(mountPoint + u"/filler"_s));
        QCOMPARE(StoreTestUtils::contentHash(inside), m_hash);
    }

    void storePathProblems()
    {
        QString error;
        QVERIFY(!Store::open(u"/nonexistent/ptuj.gpkg"_s, Store::Mode::ReadOnly, &error));
        QVERIFY(error.contains(u"does not exist"_s));
        QVERIFY(!Store::open(QDir::tempPath(), Store::Mode::Create, &error));
        QVERIFY(error.contains(u"is a directory"_s));
    }
};

QTEST_GUILESS_MAIN(tst_StoreBadInput)
#include "tst_storebadinput.moc"
