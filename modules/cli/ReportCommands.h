#pragma once

#include <QStringList>

/// `ptuj-console reports …`: import, export, list, show, set and stats of citizen reports.
namespace ReportCommands {

/// arguments[0] is "ptuj-console reports", arguments[1] the subcommand; returns the exit code.
int run(const QStringList &arguments);

} // namespace ReportCommands
