#pragma once

#include "CliCommand.h"

#include <QList>
#include <QStringList>

/// `ptuj-console sensors …`: import, list, series, levels, alarms and ack.
namespace SensorCommands {

/// The `sensors` command, for the CliRegistry.
QList<CliCommand> commands();

/// arguments[0] is "ptuj-console sensors", arguments[1] the subcommand; returns the exit code.
int run(const QStringList &arguments);

} // namespace SensorCommands
