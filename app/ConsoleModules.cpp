#include "ConsoleModules.h"

#include "CliRegistry.h"
#include "ReportCommands.h"
#include "ReportSchema.h"
#include "SchemaRegistry.h"
#include "SensorCommands.h"
#include "SensorSchema.h"
#include "StoreCommands.h"
#include "TileCommands.h"
#include "TileSchema.h"

bool ConsoleModules::registerSchemas(SchemaRegistry &schema, QString *errorString)
{
    // The order the steps of a new store run in, after the store's own.
    return schema.add(ReportSchema::migrations(), errorString) && schema.add(TileSchema::migrations(), errorString)
        && schema.add(SensorSchema::migrations(), errorString);
}

bool ConsoleModules::registerCommands(CliRegistry &commands, QString *errorString)
{
    return commands.add(StoreCommands::commands(), errorString) && commands.add(TileCommands::commands(), errorString)
        && commands.add(ReportCommands::commands(), errorString) && commands.add(SensorCommands::commands(), errorString);
}
