#include "ConsoleModules.h"

#include "ReportSchema.h"
#include "SchemaRegistry.h"
#include "TileSchema.h"

bool ConsoleModules::registerSchemas(SchemaRegistry &schema, QString *errorString)
{
    // The order the steps of a new store run in, after the store's own.
    return schema.add(ReportSchema::migrations(), errorString) && schema.add(TileSchema::migrations(), errorString);
}
