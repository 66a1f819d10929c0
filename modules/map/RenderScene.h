#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include "Symbology.h"

/// What the map draws, prepared once off the GUI thread: every visible layer's geometry
/// in Web Mercator metres with its style, bottom layer first. Immutable once built, so
/// it is shared between the GUI thread and render jobs.
struct RenderScene
{
    struct Part
    {
        QList<QList<QPointF>> rings; ///< polygon: exterior then holes; line: one ring
        QRectF bounds;
        int symbol = 0; ///< index into the layer's symbols
    };
    struct Point
    {
        QPointF at;
        QString label;
        int symbol = 0;
    };
    struct Layer
    {
        QString name;
        QColor color;
        bool outline = false;     ///< polygons as outlines only (administrative areas)
        bool emphasised = false;  ///< the municipal boundary: thick, in the boundary colour
        bool labelAlways = false; ///< point labels at every zoom
        bool highlight = false;   ///< the selection: drawn over everything in the highlight style
        double opacity = 1;       ///< of the whole layer, 0…1
        /// The layer's symbols ([0] the base one, then one per class, as Symbology::symbols());
        /// empty: drawn in `color` with the flags above.
        QList<Symbol> symbols;
        QList<Part> polygons;
        QList<Part> lines;
        QList<Point> points;
        QRectF bounds;
    };

    QList<Layer> layers;
    int revision = 0;
};
