#pragma once

#include "GeoFeature.h"

#include <optional>

/// Area, intersection, length and distance of GeoFeature geometry through GEOS.
///
/// Coordinates are taken as planar: give metres (a projected CRS or PlanarGeometry::LocalMetres)
/// to get square metres and metres back. Each instance owns its own GEOS context (the
/// reentrant C API, no global init), so one instance per thread is safe; it is not shared.
class GeosGeometry
{
public:
    GeosGeometry();
    ~GeosGeometry();
    GeosGeometry(const GeosGeometry &) = delete;
    GeosGeometry &operator=(const GeosGeometry &) = delete;

    /// Area of the polygons (overlaps counted once, holes subtracted).
    double area(const QList<GeoPolygon> &polygons) const;
    /// Area shared by two sets of polygons.
    double intersectionArea(const QList<GeoPolygon> &a, const QList<GeoPolygon> &b) const;
    /// Area of a that lies within a distance of b (b grown by the distance, round corners).
    /// The grown b is kept for the next call with the same list and distance.
    double intersectionAreaWithin(const QList<GeoPolygon> &a, const QList<GeoPolygon> &b, double distance) const;
    /// Total length of the lines.
    double length(const QList<GeoRing> &lines) const;
    /// Length of the lines that lies inside the polygons.
    double lengthInside(const QList<GeoRing> &lines, const QList<GeoPolygon> &polygons) const;
    /// Whether two features share any point (boundaries included).
    bool intersects(const GeoFeature &a, const GeoFeature &b) const;
    /// Shortest distance between two features (0 when they intersect); nullopt when either
    /// has no geometry.
    std::optional<double> distance(const GeoFeature &a, const GeoFeature &b) const;

private:
    struct Handle;
    Handle *m_handle;
};
