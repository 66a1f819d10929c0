// The one application context: paths made absolute, the actor and capabilities as given, a
// catalogue over the store, data files below the data folder, and the per-user store seeded
// from the sample once (never over an existing one).
#include "ConsoleContext.h"
#include "CatalogueModel.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ConsoleContext : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void carriesWhatItWasGiven()
    {
        const QString store = m_dir.filePath(u"ptuj.gpkg"_s);
        QVERIFY(QFile::copy(QStringLiteral(PTUJ_DATA_DIR "/ptuj.gpkg"), store));
        QDir::setCurrent(m_dir.path());
        ConsoleContext::Settings s;
        s.storePath = u"ptuj.gpkg"_s; // relative: made absolute
        s.dataDirectory = m_dir.path();
        s.actor = Actor(u"ana"_s, Actor::Origin::Environment);
        s.capabilities = {u"catalogue"_s, u"reports"_s};
        const ConsoleContext context(s);
        QCOMPARE(context.storePath(), store);
        QCOMPARE(context.actor().name(), u"ana"_s);
        QCOMPARE(context.capabilities(), s.capabilities);
        QCOMPARE(context.renderProgram(), QCoreApplication::applicationFilePath());
        QCOMPARE(context.dataFile(u"geodata/x.geojson"_s), QUrl::fromLocalFile(m_dir.filePath(u"geodata/x.geojson"_s)));
        QVERIFY(context.catalogue());
        QTRY_VERIFY(context.catalogue()->rowCount() > 5);
    }

    void seedsThePerUserStoreOnce()
    {
        const QString target = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/ptuj.gpkg"_s;
        QFile::remove(target);
        QString error;
        QCOMPARE(ConsoleContext::seededDefault(m_dir.filePath(u"none.gpkg"_s), &error), QString());
        QVERIFY(error.contains(u"no sample store"_s));
        const QString sample = QStringLiteral(PTUJ_DATA_DIR "/ptuj.gpkg");
        QCOMPARE(ConsoleContext::seededDefault(sample, &error), target);
        QCOMPARE(QFileInfo(target).size(), QFileInfo(sample).size());
        QVERIFY(!QFileInfo::exists(target + u".partial"_s));
        // An existing store is the user's: never replaced by the sample.
        {
            QFile f(target);
            QVERIFY(f.open(QIODevice::Append));
            f.write("x");
        }
        const qint64 edited = QFileInfo(target).size();
        QCOMPARE(ConsoleContext::seededDefault(sample, &error), target);
        QCOMPARE(QFileInfo(target).size(), edited);
        QFile::remove(target);
    }
};

QTEST_MAIN(tst_ConsoleContext)
#include "tst_consolecontext.moc"
