#include "SchemaRegistry.h"
#include "SqliteStatement.h"
#include "Store.h"
#include "StoreSchema.h"
#include "StoreTestUtils.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(StoreMigration)

namespace {

// A step that records that it ran in a table of its own, so a test sees what ran in which order.
StoreMigration logged(const QString &module, int version, int legacyVersion = 0)
{
    return {module, version, u"log %1 %2"_s.arg(module).arg(version),
            [module, version](sqlite3 *db, QString *error) {
                if (!sqliteExec(db, "CREATE TABLE IF NOT EXISTS test_log (n INTEGER PRIMARY KEY, step TEXT NOT NULL)", error))
                    return false;
                SqliteStatement q(db, "INSERT INTO test_log (step) VALUES (?)");
                q.bind(1, u"%1.%2"_s.arg(module).arg(version));
                if (!q.exec()) {
                    *error = q.errorString();
                    return false;
                }
                return true;
            },
            legacyVersion};
}

QStringList logOf(const Store &store)
{
    QStringList out;
    SqliteStatement q(store.db(), "SELECT step FROM test_log ORDER BY n");
    while (q.next())
        out.append(q.text(0));
    return out;
}

QString meta(const Store &store, const char *key)
{
    SqliteStatement q(store.db(), "SELECT value FROM ptuj_meta WHERE key = ?");
    q.bind(1, QString::fromLatin1(key));
    return q.next() ? q.text(0) : u"(none)"_s;
}

// The file's bytes, with its -wal beside: "unchanged" down to the last byte.
QByteArray fileHash(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : {path, path + u"-wal"_s}) {
        QFile f(name);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
        hash.addData("|");
    }
    return hash.result().toHex();
}

} // namespace

class tst_SchemaRegistry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void refusesStepsThatCannotRun_data()
    {
        QTest::addColumn<QList<StoreMigration>>("steps");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("none") << QList<StoreMigration>{} << u"no schema steps"_s;
        QTest::newRow("store twice") << QList<StoreMigration>{logged(u"store"_s, 1)} << u"added already"_s;
        QTest::newRow("starts at 2") << QList<StoreMigration>{logged(u"alpha"_s, 2)} << u"numbered 1, 2"_s;
        QTest::newRow("gap") << QList<StoreMigration>{logged(u"alpha"_s, 1), logged(u"alpha"_s, 3)} << u"step 2 has version 3"_s;
        QTest::newRow("two modules") << QList<StoreMigration>{logged(u"alpha"_s, 1), logged(u"beta"_s, 2)}
                                     << u"one of the beta module"_s;
        QTest::newRow("dotted name") << QList<StoreMigration>{logged(u"al.pha"_s, 1)} << u"not a module name"_s;
        QTest::newRow("nothing to apply") << QList<StoreMigration>{{u"alpha"_s, 1, u"empty"_s, {}, 0}}
                                          << u"nothing to apply"_s;
    }

    void refusesStepsThatCannotRun()
    {
        QFETCH(QList<StoreMigration>, steps);
        QFETCH(QString, mentions);
        SchemaRegistry registry;
        QString error;
        QVERIFY(!registry.add(steps, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(registry.modules(), QStringList{u"store"_s});
    }

    void newStoreGetsEveryModuleInOrder()
    {
        SchemaRegistry registry;
        QVERIFY(registry.add({logged(u"alpha"_s, 1), logged(u"alpha"_s, 2)}));
        QVERIFY(registry.add({logged(u"beta"_s, 1)}));
        QCOMPARE(registry.modules(), (QStringList{u"store"_s, u"alpha"_s, u"beta"_s}));
        QString error;
        auto store = Store::open(path(u"order.gpkg"_s), Store::Mode::Create, registry, &error);
        QVERIFY2(store, qPrintable(error));
        // The store's own steps first (the catalogue is there), then the modules as added.
        QCOMPARE(logOf(*store), (QStringList{u"alpha.1"_s, u"alpha.2"_s, u"beta.1"_s}));
        QVERIFY(store->catalogue().isEmpty());
        QCOMPARE(meta(*store, "schema.store"), u"5"_s);
        QCOMPARE(meta(*store, "schema.alpha"), u"2"_s);
        QCOMPARE(meta(*store, "schema.beta"), u"1"_s);
        QCOMPARE(meta(*store, "schema_version"), QString::number(SchemaRegistry::kFormatVersion));
        QCOMPARE(meta(*store, "schema.legacy"), u"(none)"_s);
        QVERIFY(registry.pending(store->db()).isEmpty());
        QVERIFY(!registry.needsMigration(store->db()));
    }

    void eachStepRunsOnce()
    {
        const QString file = path(u"once.gpkg"_s);
        QString error;
        SchemaRegistry first;
        QVERIFY(first.add({logged(u"alpha"_s, 1)}));
        QVERIFY(Store::open(file, Store::Mode::Create, first, &error));
        for (const Store::Mode mode : {Store::Mode::ReadWrite, Store::Mode::Create, Store::Mode::ReadOnly}) {
            auto again = Store::open(file, mode, first, &error);
            QVERIFY2(again, qPrintable(error));
            QCOMPARE(logOf(*again), QStringList{u"alpha.1"_s});
        }

        // A later build brings a second step of alpha and a new module: only those run.
        SchemaRegistry later;
        QVERIFY(later.add({logged(u"alpha"_s, 1), logged(u"alpha"_s, 2)}));
        QVERIFY(later.add({logged(u"beta"_s, 1)}));
        {
            auto store = Store::open(file, Store::Mode::ReadOnly, later, &error);
            QVERIFY(store);
            QCOMPARE(later.version(store->db(), u"alpha"_s), 1);
            QCOMPARE(later.pending(store->db()).size(), 2);
            QCOMPARE(logOf(*store), QStringList{u"alpha.1"_s}); // read-only: nothing runs
        }
        for (int i = 0; i < 2; ++i) {
            auto store = Store::open(file, Store::Mode::ReadWrite, later, &error);
            QVERIFY2(store, qPrintable(error));
            QCOMPARE(logOf(*store), (QStringList{u"alpha.1"_s, u"alpha.2"_s, u"beta.1"_s}));
        }
        // A program that knows fewer modules leaves the others' tables and versions alone.
        auto store = Store::open(file, Store::Mode::ReadWrite, SchemaRegistry(), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(meta(*store, "schema.alpha"), u"2"_s);
        QCOMPARE(logOf(*store).size(), 3);
        QCOMPARE(StoreTestUtils::integrityCheck(file), u"ok"_s);
    }

    void failedStepLeavesTheStoreAsItWas()
    {
        const QString file = path(u"failed.gpkg"_s);
        QString error;
        SchemaRegistry good;
        QVERIFY(good.add({logged(u"alpha"_s, 1)}));
        QVERIFY(Store::open(file, Store::Mode::Create, good, &error));
        const QByteArray bytes = fileHash(file);
        const QByteArray content = StoreTestUtils::contentHash(file);

        // Alpha's next step works, beta's first does part of its work and then fails.
        SchemaRegistry bad;
        QVERIFY(bad.add({logged(u"alpha"_s, 1), logged(u"alpha"_s, 2)}));
        StoreMigration broken = logged(u"beta"_s, 1);
        broken.description = u"make the beta tables"_s;
        broken.apply = [](sqlite3 *db, QString *e) {
            if (!sqliteExec(db, "CREATE TABLE beta_things (id INTEGER PRIMARY KEY); INSERT INTO beta_things VALUES (1)", e))
                return false;
            *e = u"the beta tables cannot be made here"_s;
            return false;
        };
        QVERIFY(bad.add({broken}));
        for (const Store::Mode mode : {Store::Mode::ReadWrite, Store::Mode::Create}) {
            QVERIFY(!Store::open(file, mode, bad, &error));
            for (const QString &part : {u"cannot prepare the store"_s, u"step 1 of the beta module"_s,
                                        u"make the beta tables"_s, u"cannot be made here"_s, u"unchanged"_s})
                QVERIFY2(error.contains(part), qPrintable(error));
            QCOMPARE(fileHash(file), bytes);
            QCOMPARE(StoreTestUtils::contentHash(file), content);
        }
        QCOMPARE(StoreTestUtils::integrityCheck(file), u"ok"_s);

        // Read-only, the pending steps are not tried and the store opens.
        auto readOnly = Store::open(file, Store::Mode::ReadOnly, bad, &error);
        QVERIFY2(readOnly, qPrintable(error));
        QCOMPARE(logOf(*readOnly), QStringList{u"alpha.1"_s});
    }

    void newerModuleIsNeitherWrittenNorRead()
    {
        const QString file = path(u"newer.gpkg"_s);
        QString error;
        SchemaRegistry registry;
        QVERIFY(registry.add({logged(u"alpha"_s, 1)}));
        {
            auto store = Store::open(file, Store::Mode::Create, registry, &error);
            QVERIFY(store);
            QVERIFY(sqliteExec(store->db(), "UPDATE ptuj_meta SET value = 7 WHERE key = 'schema.alpha'"));
        }
        const QByteArray bytes = fileHash(file);
        for (const Store::Mode mode : {Store::Mode::ReadWrite, Store::Mode::ReadOnly}) {
            QVERIFY(!Store::open(file, mode, registry, &error));
            QVERIFY2(error.contains(u"schema version 7 of the alpha module"_s) && error.contains(u"newer"_s),
                     qPrintable(error));
            QVERIFY2(error.contains(u"knows version 1"_s), qPrintable(error));
        }
        QCOMPARE(fileHash(file), bytes);
        // A program without alpha does not judge alpha's tables.
        QVERIFY2(Store::open(file, Store::Mode::ReadWrite, SchemaRegistry(), &error), qPrintable(error));
    }

    void singleNumberStoresAreConverted()
    {
        // A store of the single schema number 1 (the catalogue only), as older consoles
        // wrote it: a module step that number already held does not run again.
        const QString file = path(u"legacy.gpkg"_s);
        QString error;
        {
            SchemaRegistry none;
            auto store = Store::open(file, Store::Mode::Create, none, &error);
            QVERIFY(store);
            QVERIFY(sqliteExec(store->db(), "DROP TABLE ptuj_owned_tables; DELETE FROM ptuj_meta; "
                                            "INSERT INTO ptuj_meta VALUES ('schema_version', 1)"));
        }
        SchemaRegistry registry;
        QVERIFY(registry.add({logged(u"alpha"_s, 1, 1), logged(u"alpha"_s, 2)}));
        {
            auto store = Store::open(file, Store::Mode::ReadOnly, registry, &error);
            QVERIFY(store);
            QCOMPARE(StoreSchema::version(store->db()), 1);
            QCOMPARE(registry.version(store->db(), u"alpha"_s), 1);
        }
        auto store = Store::open(file, Store::Mode::ReadWrite, registry, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(logOf(*store), QStringList{u"alpha.2"_s});
        QCOMPARE(meta(*store, "schema.legacy"), u"1"_s);
        QCOMPARE(meta(*store, "schema.store"), u"5"_s);
        QCOMPARE(meta(*store, "schema.alpha"), u"2"_s);
        QCOMPARE(meta(*store, "schema_version"), QString::number(SchemaRegistry::kFormatVersion));
        SqliteStatement owned(store->db(), "SELECT owner FROM ptuj_owned_tables WHERE table_name = 'ptuj_catalogue'");
        QVERIFY(owned.next());
        QCOMPARE(owned.text(0), u"store"_s);
        store.reset();

        // A module added to a later build still knows what the single number held.
        SchemaRegistry later;
        QVERIFY(later.add({logged(u"alpha"_s, 1, 1), logged(u"alpha"_s, 2)}));
        QVERIFY(later.add({logged(u"gamma"_s, 1, 1), logged(u"gamma"_s, 2)}));
        store = Store::open(file, Store::Mode::ReadWrite, later, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(logOf(*store), (QStringList{u"alpha.2"_s, u"gamma.2"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_SchemaRegistry)
#include "tst_schemaregistry.moc"
