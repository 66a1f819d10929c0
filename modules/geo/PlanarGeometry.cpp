#include "PlanarGeometry.h"

#include <QLineF>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace PlanarGeometry {

bool ringContains(const GeoRing &ring, QPointF p)
{
    bool inside = false;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const QPointF a = ring[i], b = ring[j];
        if ((a.y() > p.y()) != (b.y() > p.y()) && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

bool polygonContains(const GeoPolygon &polygon, QPointF p)
{
    if (polygon.isEmpty() || !ringContains(polygon.first(), p))
        return false;
    for (qsizetype i = 1; i < polygon.size(); ++i) {
        if (ringContains(polygon[i], p))
            return false;
    }
    return true;
}

bool anyPolygonContains(const QList<GeoPolygon> &polygons, QPointF p)
{
    return std::any_of(polygons.cbegin(), polygons.cend(),
                       [p](const GeoPolygon &polygon) { return polygonContains(polygon, p); });
}

double segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

double lineDistance(QPointF p, const GeoRing &line)
{
    if (line.size() == 1)
        return QLineF(p, line.first()).length();
    double best = qInf();
    for (qsizetype i = 1; i < line.size(); ++i)
        best = std::min(best, segmentDistance(p, line[i - 1], line[i]));
    return best;
}

LocalMetres::LocalMetres(QPointF originLonLat)
    : m_origin(originLonLat)
    , m_kx(111320.0 * std::cos(qDegreesToRadians(originLonLat.y())))
    , m_ky(110574.0)
{
}

QPointF LocalMetres::operator()(QPointF lonLat) const
{
    return {(lonLat.x() - m_origin.x()) * m_kx, (lonLat.y() - m_origin.y()) * m_ky};
}

QPointF LocalMetres::toLonLat(QPointF metres) const
{
    return {m_origin.x() + metres.x() / m_kx, m_origin.y() + metres.y() / m_ky};
}

} // namespace PlanarGeometry
