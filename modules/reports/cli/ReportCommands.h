#pragma once

#include "CliCommand.h"

#include <QList>
#include <QStringList>

/// `ptuj-console reports …`: import, export, list, show, set and stats of citizen reports.
namespace ReportCommands {

/// The `reports` command, for the CliRegistry.
QList<CliCommand> commands();

/// arguments[0] is "ptuj-console reports", arguments[1] the subcommand; returns the exit code.
int run(const QStringList &arguments);

} // namespace ReportCommands
