#pragma once

#include <QStringList>

/// The store commands; each takes the arguments after the command name and returns an exit code.
namespace StoreCommands {

int importFile(const QStringList &arguments);
int layers(const QStringList &arguments);
int query(const QStringList &arguments);
int catalogue(const QStringList &arguments);
int buildStore(const QStringList &arguments);

} // namespace StoreCommands
