#pragma once

#include "StoreMigration.h"

struct sqlite3;

/// The tiles' tables in the store, as steps of the store's schema (SchemaRegistry): the
/// basemap's GeoPackage tile pyramid (`basemap`, EPSG:3857, empty until seeded) and the
/// online tile cache (`ptuj_tile_cache`). See TileStore for what they hold.
namespace TileSchema {

/// The module name the steps are kept under (ptuj_meta `schema.tiles`).
QString module();
/// The tiles module's steps, in order.
QList<StoreMigration> migrations();
/// The tiles module's version in this store; 0 when it has no tile tables yet.
int version(sqlite3 *db);

} // namespace TileSchema
