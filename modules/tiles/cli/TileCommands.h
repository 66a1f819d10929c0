#pragma once

#include "CliCommand.h"

#include <QList>
#include <QStringList>

/// `ptuj-console tiles seed|status|trim`: the store's offline basemap and tile cache.
/// Needs a QGuiApplication (names are drawn with fonts); the offscreen platform will do.
namespace TileCommands {

/// The `tiles` command, for the CliRegistry (a GUI application: it draws).
QList<CliCommand> commands();
/// arguments[0] is "ptuj-console tiles", arguments[1] the subcommand; returns the exit code.
int run(const QStringList &arguments);

} // namespace TileCommands
