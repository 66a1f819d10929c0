#pragma once

#include <QColor>
#include <QString>

struct sqlite3;

/// Default layer styles in the two forms QGIS reads from a GeoPackage's layer_styles table
/// (its own QML and OGC SLD), so a planner opening the store in QGIS sees the console's colours.
namespace LayerStyle {

enum class Kind { Point, Line, Polygon };

QString qgisQml(Kind kind, const QColor &color);
QString sld(const QString &layer, Kind kind, const QColor &color);
/// Replaces the layer's default style row; call inside a store transaction.
bool write(sqlite3 *db, const QString &layer, const QString &geometryColumn, Kind kind, const QColor &color,
           QString *errorString);

} // namespace LayerStyle
