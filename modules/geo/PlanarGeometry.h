#pragma once

#include "GeoFeature.h"

#include <QPointF>

/// Plane geometry on rings and polygons of GeoFeature: cheap tests for picking and
/// filtering that need no GEOS context. Coordinates are used as given (degrees or metres).
namespace PlanarGeometry {

/// Whether p lies inside the ring (even–odd rule; a closing point is optional). Points on
/// the edge count as inside or outside depending on the edge's direction, as in any
/// crossing-number test; callers that care use a tolerance.
bool ringContains(const GeoRing &ring, QPointF p);

/// Whether p lies inside the polygon's exterior ring and in none of its holes.
bool polygonContains(const GeoPolygon &polygon, QPointF p);

/// Whether p lies inside any of the polygons.
bool anyPolygonContains(const QList<GeoPolygon> &polygons, QPointF p);

/// Distance from p to the segment a–b (to a when the segment has no length).
double segmentDistance(QPointF p, QPointF a, QPointF b);

/// Distance from p to a polyline (to its point when it has one, infinity when empty).
double lineDistance(QPointF p, const GeoRing &line);

/// Local metres around an origin (equirectangular): exact enough within a few kilometres,
/// which is what a click's reach or a report filter needs.
class LocalMetres
{
public:
    explicit LocalMetres(QPointF originLonLat);
    /// Metres east and north of the origin.
    QPointF operator()(QPointF lonLat) const;
    /// Longitude/latitude of a point given in metres east and north of the origin.
    QPointF toLonLat(QPointF metres) const;
    QPointF origin() const { return m_origin; }

private:
    QPointF m_origin;
    double m_kx, m_ky;
};

} // namespace PlanarGeometry
