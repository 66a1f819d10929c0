#pragma once

#include <QString>
#include <QStringList>

#include <functional>

/// One headless command of ptuj-console, as a module registers it in the CliRegistry.
struct CliCommand
{
    /// The application object the command needs.
    enum class Application {
        Core, ///< QCoreApplication: no display, no fonts
        Gui,  ///< QGuiApplication (offscreen unless QT_QPA_PLATFORM says otherwise): it draws
    };

    /// The first argument, e.g. "import".
    QString name;
    /// One line for `ptuj-console --help`.
    QString summary;
    /// Runs the command: arguments[0] is "<program> <name>", the rest are the command's own
    /// (its options, or a subcommand and its options); returns the exit code (CliSupport).
    std::function<int(const QStringList &arguments)> run;
    Application application = Application::Core;
};
