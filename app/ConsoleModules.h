#pragma once

#include <QString>

class CliRegistry;
class SchemaRegistry;

/// The modules the console is made of, as the store and the command line see them: the
/// composition root adds each module's schema steps and commands here, once, at start-up.
namespace ConsoleModules {

/// Adds the reports' and the tiles' schema steps (the store's own are always there).
bool registerSchemas(SchemaRegistry &schema, QString *errorString);
/// Adds every module's headless commands, in the order --help lists them.
bool registerCommands(CliRegistry &commands, QString *errorString);

} // namespace ConsoleModules
