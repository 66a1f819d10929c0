#include "ConsoleStore.h"
#include "DataPaths.h"
#include "Language.h"
#include "PrintJob.h"

#include <QFile>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(PtujConsolePlugin)

using namespace Qt::StringLiterals;

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        // Settings (the remembered language) go to a test location, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ptuj-console-tests"_s);
        QQuickStyle::setStyle(u"Fusion"_s);
        DataPaths::setDirectory(QStringLiteral(PTUJ_DATA_DIR));
        Language::setStartupOverride(u"sl"_s);
        // A private copy of the sample store: the tests import into it.
        const QString store = m_dir.filePath(u"ptuj.gpkg"_s);
        QFile::copy(QStringLiteral(PTUJ_DATA_DIR "/ptuj.gpkg"), store);
        QFile::setPermissions(store, QFile::ReadOwner | QFile::WriteOwner);
        ConsoleStore::setPath(store);
        PrintJob::setProgram(QStringLiteral(PTUJ_CONSOLE_BINARY));
        // Who the reports' history names.
        qputenv("PTUJ_USER", "referentka.test");
    }

private:
    QTemporaryDir m_dir;
};

QUICK_TEST_MAIN_WITH_SETUP(mainview, Setup)
#include "tst_mainview.moc"
