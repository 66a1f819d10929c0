#include "GeoJsonGeometry.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QJsonArray position(QPointF p)
{
    // 7 decimals of a degree: about 1 cm.
    const auto round7 = [](double v) { return std::round(v * 1e7) / 1e7; };
    return {round7(p.x()), round7(p.y())};
}

QJsonArray line(const GeoRing &ring)
{
    QJsonArray out;
    for (const QPointF p : ring)
        out.append(position(p));
    return out;
}

QJsonArray polygon(const GeoPolygon &rings)
{
    QJsonArray out;
    for (const GeoRing &ring : rings)
        out.append(line(ring));
    return out;
}

} // namespace

namespace GeoJsonGeometry {

QJsonValue of(const GeoFeature &f)
{
    QJsonArray parts;
    if (f.points.size() == 1)
        parts.append(QJsonObject{{u"type"_s, u"Point"_s}, {u"coordinates"_s, position(f.points.first())}});
    else if (!f.points.isEmpty()) {
        QJsonArray c;
        for (const QPointF p : f.points)
            c.append(position(p));
        parts.append(QJsonObject{{u"type"_s, u"MultiPoint"_s}, {u"coordinates"_s, c}});
    }
    if (f.lines.size() == 1)
        parts.append(QJsonObject{{u"type"_s, u"LineString"_s}, {u"coordinates"_s, line(f.lines.first())}});
    else if (!f.lines.isEmpty()) {
        QJsonArray c;
        for (const GeoRing &l : f.lines)
            c.append(line(l));
        parts.append(QJsonObject{{u"type"_s, u"MultiLineString"_s}, {u"coordinates"_s, c}});
    }
    if (f.polygons.size() == 1)
        parts.append(QJsonObject{{u"type"_s, u"Polygon"_s}, {u"coordinates"_s, polygon(f.polygons.first())}});
    else if (!f.polygons.isEmpty()) {
        QJsonArray c;
        for (const GeoPolygon &p : f.polygons)
            c.append(polygon(p));
        parts.append(QJsonObject{{u"type"_s, u"MultiPolygon"_s}, {u"coordinates"_s, c}});
    }
    if (parts.isEmpty())
        return QJsonValue::Null;
    if (parts.size() == 1)
        return parts.first();
    return QJsonObject{{u"type"_s, u"GeometryCollection"_s}, {u"geometries"_s, parts}};
}

} // namespace GeoJsonGeometry
