#pragma once

#include "CliCommand.h"

#include <QList>
#include <QStringList>

/// The store commands; each takes the arguments after the command name and returns an exit code.
namespace StoreCommands {

/// import, layers, query, catalogue and build-store, for the CliRegistry.
QList<CliCommand> commands();

int importFile(const QStringList &arguments);
int layers(const QStringList &arguments);
int query(const QStringList &arguments);
int catalogue(const QStringList &arguments);
int buildStore(const QStringList &arguments);

} // namespace StoreCommands
