#pragma once

#include <QString>

class SchemaRegistry;

/// The modules the console is made of, as the store sees them: the composition root adds
/// each module's own steps of the store's schema here, once, before any store is opened.
namespace ConsoleModules {

/// Adds the reports' and the tiles' schema steps (the store's own are always there).
bool registerSchemas(SchemaRegistry &schema, QString *errorString);

} // namespace ConsoleModules
