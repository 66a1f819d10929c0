#pragma once

#include "Symbology.h"

#include <QBrush>
#include <QPainterPath>
#include <QPen>

class QPainter;

/// Draws a layer's symbols with QPainter: the map, the legend and the print all use these,
/// so a legend's swatch is the symbol on the map.
namespace SymbolPainter {

/// Screen pixels per millimetre (96 dpi), the unit the map draws in.
constexpr double kPixelsPerMm = 96 / 25.4;

/// The point shape centred on (0, 0), fitting a circle of the given diameter.
QPainterPath shapePath(Symbol::Shape shape, double diameter);
/// An area's fill: translucent solid, a hatch pattern in the colour, or none.
QBrush areaBrush(const Symbol &symbol);
/// An area's outline or a line: colour, width and dash; pixelsPerMm scales the width.
QPen strokePen(const Symbol &symbol, Symbology::Kind kind, double pixelsPerMm = kPixelsPerMm);
/// One point symbol at a place.
void drawPoint(QPainter &painter, QPointF at, const Symbol &symbol, double pixelsPerMm = kPixelsPerMm);
/// A legend swatch filling the box: a patch for areas, a stroke for lines, the symbol for points.
void drawSwatch(QPainter &painter, const QRectF &box, Symbology::Kind kind, const Symbol &symbol,
                double pixelsPerMm = kPixelsPerMm);

} // namespace SymbolPainter
