#pragma once

#include <QList>
#include <QPointF>

/// Lengths and areas on the WGS84 ellipsoid (PROJ's geodesic routines, after Karney),
/// for the map's measuring tool. Points are longitude/latitude in degrees.
namespace GeodesicMeasure {

/// Length of the line through the points, in metres.
double length(const QList<QPointF> &lonLat);
/// Area of the polygon the points enclose (closed automatically), in square metres;
/// 0 for fewer than three points.
double area(const QList<QPointF> &lonLat);
/// Perimeter of that polygon, in metres.
double perimeter(const QList<QPointF> &lonLat);

} // namespace GeodesicMeasure
