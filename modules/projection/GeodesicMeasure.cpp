#include "GeodesicMeasure.h"

#include <geodesic.h>

#include <cmath>

namespace {

const geod_geodesic &wgs84()
{
    static const geod_geodesic g = [] {
        geod_geodesic out;
        geod_init(&out, 6378137.0, 1 / 298.257223563);
        return out;
    }();
    return g;
}

struct PolygonResult
{
    double area = 0;
    double perimeter = 0;
};

PolygonResult polygon(const QList<QPointF> &points)
{
    if (points.size() < 3)
        return {};
    geod_polygon p;
    geod_polygon_init(&p, 0);
    for (const QPointF &pt : points)
        geod_polygon_addpoint(&wgs84(), &p, pt.y(), pt.x());
    PolygonResult r;
    geod_polygon_compute(&wgs84(), &p, 0, 1, &r.area, &r.perimeter);
    r.area = std::abs(r.area);
    return r;
}

} // namespace

double GeodesicMeasure::length(const QList<QPointF> &points)
{
    double total = 0;
    for (qsizetype i = 1; i < points.size(); ++i) {
        double s12 = 0;
        geod_inverse(&wgs84(), points[i - 1].y(), points[i - 1].x(), points[i].y(), points[i].x(), &s12, nullptr, nullptr);
        total += s12;
    }
    return total;
}

double GeodesicMeasure::area(const QList<QPointF> &points)
{
    return polygon(points).area;
}

double GeodesicMeasure::perimeter(const QList<QPointF> &points)
{
    return polygon(points).perimeter;
}
