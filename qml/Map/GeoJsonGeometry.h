#pragma once

#include "GeoFeature.h"

#include <QJsonValue>

/// A feature's geometry as a GeoJSON geometry object (RFC 7946; WGS84 positions, 7 decimals):
/// Point, LineString, Polygon or their Multi forms, a GeometryCollection for mixed parts, null
/// without any.
namespace GeoJsonGeometry {

QJsonValue of(const GeoFeature &feature);

} // namespace GeoJsonGeometry
