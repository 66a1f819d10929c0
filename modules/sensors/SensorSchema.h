#pragma once

#include "StoreMigration.h"

struct sqlite3;

/// The sensors' tables in the store, as steps of the store's schema (SchemaRegistry):
/// sources, the `sensor_stations` point layer (QGIS opens it), datastreams with their
/// levels, observations, the alarm state per datastream, and the alarms with their
/// append-only events.
namespace SensorSchema {
/// The module name the steps are kept under (ptuj_meta `schema.sensors`).
QString module();
/// The sensors module's steps, in order.
QList<StoreMigration> migrations();
/// The sensors module's version in this store; 0 when it has no sensor tables yet.
int version(sqlite3 *db);
} // namespace SensorSchema
