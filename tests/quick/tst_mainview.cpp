#include "DataPaths.h"
#include "Language.h"

#include <QQuickStyle>
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
    }
};

QUICK_TEST_MAIN_WITH_SETUP(mainview, Setup)
#include "tst_mainview.moc"
