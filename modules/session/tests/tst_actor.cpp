#include "Actor.h"

#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class tst_Actor : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        for (const char *v : {"PTUJ_USER", "PTUJ_USER_NAME", "USER", "LOGNAME", "USERNAME"})
            qunsetenv(v);
    }

    void fromEnvironment_data()
    {
        QTest::addColumn<QByteArray>("ptujUser");
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QByteArray>("logname");
        QTest::addColumn<QString>("expected");
        QTest::newRow("PTUJ_USER wins") << QByteArray("referentka") << QByteArray("root") << QByteArray("x") << u"referentka"_s;
        QTest::newRow("OS user") << QByteArray() << QByteArray("ana") << QByteArray("x") << u"ana"_s;
        QTest::newRow("blank PTUJ_USER ignored") << QByteArray("   ") << QByteArray("ana") << QByteArray() << u"ana"_s;
        QTest::newRow("LOGNAME last") << QByteArray() << QByteArray() << QByteArray("miha") << u"miha"_s;
        QTest::newRow("Slovenian letters") << QByteArray("Žiga Čeh") << QByteArray() << QByteArray() << u"Žiga Čeh"_s;
    }
    void fromEnvironment()
    {
        QFETCH(QByteArray, ptujUser);
        QFETCH(QByteArray, user);
        QFETCH(QByteArray, logname);
        QFETCH(QString, expected);
        if (!ptujUser.isEmpty())
            qputenv("PTUJ_USER", ptujUser);
        if (!user.isEmpty())
            qputenv("USER", user);
        if (!logname.isEmpty())
            qputenv("LOGNAME", logname);
        const Actor actor = Actor::fromEnvironment();
        QCOMPARE(actor.name(), expected);
        QCOMPARE(actor.origin(), Actor::Origin::Environment);
        QVERIFY(actor.isValid());
    }

    void systemAccountWhenNothingIsSet()
    {
        const Actor actor = Actor::fromEnvironment();
        const passwd *account = getpwuid(getuid());
        QVERIFY(account);
        QCOMPARE(actor.name(), QString::fromLocal8Bit(account->pw_name));
        QCOMPARE(actor.origin(), Actor::Origin::Environment);
        QVERIFY(!Actor().isValid());
        QCOMPARE(Actor().origin(), Actor::Origin::None);
    }

    void commandLineNameOrEnvironment()
    {
        qputenv("USER", "ana");
        QCOMPARE(Actor::fromCommandLine(u"  miha "_s), Actor(u"miha"_s, Actor::Origin::CommandLine));
        QCOMPARE(Actor::fromCommandLine(QString()), Actor(u"ana"_s, Actor::Origin::Environment));
        QVERIFY(!Actor(u"  "_s, Actor::Origin::CommandLine).isValid());
        QCOMPARE(Actor::system(u"import"_s).origin(), Actor::Origin::System);
    }

    // History shows people by name, not by login.
    void displayName()
    {
        qputenv("PTUJ_USER", "mhorvat");
        qputenv("PTUJ_USER_NAME", "  Mojca\n Horvat ");
        const Actor named = Actor::fromEnvironment();
        QCOMPARE(named.name(), u"mhorvat"_s);
        QCOMPARE(named.displayName(), u"Mojca Horvat"_s);
        QCOMPARE(named, Actor(u"mhorvat"_s, Actor::Origin::Environment));

        // Without a name of its own: the account's full name, else the login.
        qunsetenv("PTUJ_USER_NAME");
        const passwd *account = getpwuid(getuid());
        QVERIFY(account);
        const QString login = QString::fromLocal8Bit(account->pw_name);
        const QString gecos = QString::fromLocal8Bit(account->pw_gecos ? account->pw_gecos : "").section(u',', 0, 0).trimmed();
        QCOMPARE(Actor::fromCommandLine(login).displayName(), gecos.isEmpty() ? login : gecos);
        QCOMPARE(Actor::fromCommandLine(u"no-such-account-here"_s).displayName(), u"no-such-account-here"_s);
        QCOMPARE(Actor(u"ana"_s, Actor::Origin::CommandLine).withDisplayName(QString(500, u'x')).displayName().size(), 120);
    }
};

QTEST_GUILESS_MAIN(tst_Actor)
#include "tst_actor.moc"
