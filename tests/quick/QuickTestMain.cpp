#include "Capabilities.h"
#include "ConsoleModules.h"
#include "SchemaRegistry.h"
#include "ConsoleContext.h"
#include "Language.h"
#include "TestSession.h"

#include <QFile>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include <memory>

// The console's own modules come with ptuj_app (app/Capabilities.cpp).
Q_IMPORT_QML_PLUGIN(PtujConsoleTestsPlugin)

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
        // The store knows every module's schema, as in the console.
        QString error;
        if (!ConsoleModules::registerSchemas(SchemaRegistry::global(), &error))
            qFatal("%s", qPrintable(error));
        // A private copy of the sample store: the tests import into it.
        const QString store = m_dir.filePath(u"ptuj.gpkg"_s);
        QFile::copy(QStringLiteral(PTUJ_DATA_DIR "/ptuj.gpkg"), store);
        QFile::setPermissions(store, QFile::ReadOwner | QFile::WriteOwner);
        // Who the reports' history names.
        qputenv("PTUJ_USER", "referentka.test");
        qputenv("PTUJ_USER_NAME", "Referentka Testna");
        m_context = std::make_unique<ConsoleContext>(ConsoleContext::Settings{
            .storePath = store,
            .dataDirectory = QStringLiteral(PTUJ_DATA_DIR),
            .actor = Actor::fromEnvironment(),
            .renderProgram = QStringLiteral(PTUJ_CONSOLE_BINARY),
            .capabilities = consoleCapabilities(),
        });
        TestSession::provide(m_context.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->singletonInstance<Language *>("PtujConsole.Controls", "Language")->startIn(u"sl"_s);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleContext> m_context;
};

// One binary per capability (tests/quick/CMakeLists.txt): the name and folder come from there.
int main(int argc, char **argv)
{
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, QUICK_TEST_NAME, QUICK_TEST_SOURCE_DIR, &setup);
}

#include "QuickTestMain.moc"
