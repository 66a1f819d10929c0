#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

/// Spherical Web Mercator (EPSG:3857) and the map's pixel grid at a zoom level, as Qt
/// Location's Map uses it: the world is 256 · 2^zoom pixels wide.
namespace WebMercator {

constexpr double kRadius = 6378137.0;

/// Longitude/latitude in degrees → Web Mercator metres (latitude clamped to ±85.0511°).
QPointF fromLonLat(QPointF lonLat);
QPointF toLonLat(QPointF metres);
/// Mercator metres per screen pixel at a zoom level.
double metersPerPixel(double zoomLevel);

/// A view: the centre in Mercator metres, the resolution, and the size in pixels.
struct Viewport
{
    QPointF center;
    double metersPerPixel = 1;
    QSizeF size;

    QPointF toPixel(QPointF metres) const
    {
        return {size.width() / 2 + (metres.x() - center.x()) / metersPerPixel,
                size.height() / 2 - (metres.y() - center.y()) / metersPerPixel};
    }
    /// The area the view shows, in Mercator metres.
    QRectF bounds() const
    {
        const double w = size.width() * metersPerPixel, h = size.height() * metersPerPixel;
        return {center.x() - w / 2, center.y() - h / 2, w, h};
    }
    bool operator==(const Viewport &) const = default;
};

} // namespace WebMercator
