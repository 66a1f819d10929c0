#pragma once

#include "Symbology.h"

#include <optional>

struct sqlite3;

/// A layer's style in the store, in two forms: the console's own (ptuj_layer_symbology,
/// the Symbology as JSON) and QGIS's (layer_styles: its QML and OGC SLD as the default style),
/// written together so a planner opening the store in QGIS sees the console's classes.
namespace LayerStyle {

/// Replaces the layer's style in both tables; call inside a store transaction.
bool write(sqlite3 *db, const QString &layer, const QString &geometryColumn, Symbology::Kind kind,
           const Symbology &symbology, const QString &author, QString *errorString);
/// The stored styles by layer (none when the store predates them); a row that does not read
/// as a style is left out (the layer then gets its automatic style).
QHash<QString, Symbology> readAll(sqlite3 *db);

} // namespace LayerStyle
