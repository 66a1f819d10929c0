#include "GeoJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonArray position(QPointF p)
{
    return QJsonArray{p.x(), p.y()};
}

QJsonArray positions(const GeoRing &ring)
{
    QJsonArray a;
    for (const QPointF p : ring)
        a.append(position(p));
    return a;
}

QJsonArray rings(const GeoPolygon &polygon)
{
    QJsonArray a;
    for (const GeoRing &r : polygon)
        a.append(positions(r));
    return a;
}

QJsonObject typed(const QString &type, const QJsonArray &coordinates)
{
    return {{u"type"_s, type}, {u"coordinates"_s, coordinates}};
}

} // namespace

QJsonObject GeoJson::geometry(const GeoFeature &f)
{
    QJsonArray parts;
    if (!f.points.isEmpty()) {
        if (f.points.size() == 1)
            parts.append(typed(u"Point"_s, position(f.points.first())));
        else
            parts.append(typed(u"MultiPoint"_s, positions(f.points)));
    }
    if (!f.lines.isEmpty()) {
        if (f.lines.size() == 1) {
            parts.append(typed(u"LineString"_s, positions(f.lines.first())));
        } else {
            QJsonArray lines;
            for (const GeoRing &l : f.lines)
                lines.append(positions(l));
            parts.append(typed(u"MultiLineString"_s, lines));
        }
    }
    if (!f.polygons.isEmpty()) {
        if (f.polygons.size() == 1) {
            parts.append(typed(u"Polygon"_s, rings(f.polygons.first())));
        } else {
            QJsonArray polygons;
            for (const GeoPolygon &p : f.polygons)
                polygons.append(rings(p));
            parts.append(typed(u"MultiPolygon"_s, polygons));
        }
    }
    if (parts.isEmpty())
        return {};
    if (parts.size() == 1)
        return parts.first().toObject();
    return {{u"type"_s, u"GeometryCollection"_s}, {u"geometries"_s, parts}};
}

QJsonObject GeoJson::feature(const GeoFeature &f)
{
    const QJsonObject g = geometry(f);
    return {
        {u"type"_s, u"Feature"_s},
        {u"id"_s, f.fid},
        {u"properties"_s, QJsonObject::fromVariantMap(f.attributes)},
        {u"geometry"_s, g.isEmpty() ? QJsonValue() : QJsonValue(g)},
    };
}
