#include "Capabilities.h"

#include <QtQml/QQmlExtensionPlugin>

// The console's QML modules are static libraries: each plugin is imported once, here.
Q_IMPORT_QML_PLUGIN(PtujConsole_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(PtujConsole_MapPlugin)
Q_IMPORT_QML_PLUGIN(PtujConsole_ShellPlugin)
Q_IMPORT_QML_PLUGIN(PtujConsole_CataloguePlugin)
Q_IMPORT_QML_PLUGIN(PtujConsole_ImportPlugin)
Q_IMPORT_QML_PLUGIN(PtujConsole_PrintPlugin)
Q_IMPORT_QML_PLUGIN(PtujConsole_ReportsPlugin)

using namespace Qt::StringLiterals;

QStringList consoleCapabilities()
{
    return {
        u"PtujConsole.Catalogue/CatalogueCapability"_s,
        u"PtujConsole.Reports/ReportsCapability"_s,
        u"PtujConsole.Import/ImportCapability"_s,
        u"PtujConsole.Print/PrintCapability"_s,
    };
}
