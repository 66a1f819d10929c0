#include "CliRegistry.h"
#include "ReportCommands.h"
#include "StoreCommands.h"
#include "TileCommands.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_CliRegistry : public QObject
{
    Q_OBJECT

private slots:
    void refusesCommandsThatCannotRun_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("withHandler");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("taken") << u"layers"_s << true << u"already"_s;
        QTest::newRow("empty") << QString() << true << u"cannot be the name"_s;
        QTest::newRow("an option") << u"--store"_s << true << u"cannot be the name"_s;
        QTest::newRow("no handler") << u"frob"_s << false << u"nothing to run"_s;
    }

    void refusesCommandsThatCannotRun()
    {
        QFETCH(QString, name);
        QFETCH(bool, withHandler);
        QFETCH(QString, mentions);
        CliRegistry registry;
        QVERIFY(registry.add({u"layers"_s, u"list"_s, [](const QStringList &) { return 0; }}));
        QString error;
        CliCommand c{name, u"x"_s, {}};
        if (withHandler)
            c.run = [](const QStringList &) { return 0; };
        QVERIFY(!registry.add(c, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(registry.names(), QStringList{u"layers"_s});
    }

    void runPassesTheCommandItsOwnArguments()
    {
        CliRegistry registry;
        QStringList seen;
        QVERIFY(registry.add({u"reports"_s, u"r"_s, [&seen](const QStringList &a) {
                                  seen = a;
                                  return 7;
                              }}));
        const QStringList arguments{u"/bin/ptuj-console"_s, u"reports"_s, u"list"_s, u"--store"_s, u"s.gpkg"_s};
        QVERIFY(registry.handles(arguments));
        QCOMPARE(registry.run(arguments), 7);
        QCOMPARE(seen, (QStringList{u"/bin/ptuj-console reports"_s, u"list"_s, u"--store"_s, u"s.gpkg"_s}));
        QVERIFY(!registry.handles({u"/bin/ptuj-console"_s, u"frobnicate"_s}));
        QVERIFY(!registry.handles({u"/bin/ptuj-console"_s}));
        QCOMPARE(registry.run({u"/bin/ptuj-console"_s, u"frobnicate"_s}), 2);
    }

    void theModulesCommandsKeepTheirNames()
    {
        // The command line is a contract: these names are what scripts call.
        CliRegistry registry;
        QString error;
        QVERIFY2(registry.add(StoreCommands::commands(), &error), qPrintable(error));
        QVERIFY2(registry.add(TileCommands::commands(), &error), qPrintable(error));
        QVERIFY2(registry.add(ReportCommands::commands(), &error), qPrintable(error));
        QCOMPARE(registry.names(), (QStringList{u"import"_s, u"layers"_s, u"query"_s, u"catalogue"_s, u"build-store"_s,
                                                u"tiles"_s, u"reports"_s}));
        for (const CliCommand &c : registry.commands()) {
            QVERIFY2(!c.summary.isEmpty() && !c.summary.contains(u'\n'), qPrintable(c.name));
            QCOMPARE(c.application, c.name == u"tiles"_s ? CliCommand::Application::Gui : CliCommand::Application::Core);
        }
        const QStringList lines = registry.helpText().split(u'\n');
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines.first(), u"  import       import a vector file into the store (see: ptuj-console import --help)"_s);
        QVERIFY(lines.at(4).startsWith(u"  build-store  build a store"_s));
    }
};

QTEST_GUILESS_MAIN(tst_CliRegistry)
#include "tst_cliregistry.moc"
