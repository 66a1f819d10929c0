#pragma once

#include <QStringList>

/// The headless commands of ptuj-console (import, layers, query, catalogue, build-store).
namespace CliCommands {

/// True when arguments[1] names one of these commands.
bool handles(const QStringList &arguments);
/// Runs the command named by arguments[1] (arguments[0] is the program); returns the exit code.
int run(const QStringList &arguments);

} // namespace CliCommands
