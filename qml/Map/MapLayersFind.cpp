#include "MapLayers.h"

#include "MapLayersInternal.h"
#include "Store.h"
#include "TextFold.h"

#include <QPolygonF>

using namespace Qt::StringLiterals;
using namespace MapLayersInternal;

// Finding features: identify at a place, what lies inside an area, search by name.

QVariantList MapLayers::identify(const QGeoCoordinate &at, double toleranceMeters) const
{
    if (!at.isValid())
        return {};
    const QPointF click(at.longitude(), at.latitude());
    const LocalMetres metres(at.latitude());
    const QPointF origin = click;
    QVariantList points, lines, polygons;
    for (const Layer &l : m_layers) {
        if (!isVisible(l.entry.layer))
            continue;
        for (const GeoFeature &f : l.features) {
            bool found = false;
            for (const QPointF p : f.points) {
                const QPointF d = metres(p, origin);
                found = found || std::hypot(d.x(), d.y()) <= toleranceMeters;
            }
            if (found) {
                points.append(hitOf(l.entry, f));
                continue;
            }
            for (const GeoRing &line : f.lines) {
                for (qsizetype i = 1; i < line.size() && !found; ++i)
                    found = segmentDistance(QPointF(0, 0), metres(line[i - 1], origin), metres(line[i], origin))
                            <= toleranceMeters;
            }
            if (found) {
                lines.append(hitOf(l.entry, f));
                continue;
            }
            for (const GeoPolygon &polygon : f.polygons) {
                if (polygon.isEmpty() || !ringContains(polygon.first(), click))
                    continue;
                bool inHole = false;
                for (qsizetype i = 1; i < polygon.size(); ++i)
                    inHole = inHole || ringContains(polygon[i], click);
                found = found || !inHole;
            }
            if (found)
                polygons.append(hitOf(l.entry, f));
        }
    }
    QVariantList all = points + lines + polygons;
    completeAttributes(all);
    return all;
}

namespace {

bool inArea(const QList<GeoPolygon> &areas, QPointF p)
{
    for (const GeoPolygon &polygon : areas) {
        if (polygon.isEmpty() || !ringContains(polygon.first(), p))
            continue;
        bool inHole = false;
        for (qsizetype i = 1; i < polygon.size() && !inHole; ++i)
            inHole = ringContains(polygon[i], p);
        if (!inHole)
            return true;
    }
    return false;
}

} // namespace

QVariantList MapLayers::insidePolygons(const QList<GeoPolygon> &areas, const QString &skipLayer, qint64 skipFid) const
{
    // Points first, then lines, then areas: the schools and homes in a flood zone matter
    // more than the districts it touches.
    QVariantList pointHits, lineHits, areaHits;
    QRectF box;
    for (const GeoPolygon &p : areas)
        box = box.united(QPolygonF(p.value(0)).boundingRect());
    for (const Layer &l : m_layers) {
        if (!isVisible(l.entry.layer))
            continue;
        for (const GeoFeature &f : l.features) {
            if (l.entry.layer == skipLayer && f.fid == skipFid)
                continue;
            const auto b = f.bounds();
            if (!b || !box.intersects(b->adjusted(-1e-9, -1e-9, 1e-9, 1e-9)))
                continue;
            // An area around the whole query area (the municipality, the district it lies
            // in) holds it rather than lies in it.
            if (f.points.isEmpty() && f.lines.isEmpty() && b->contains(box))
                continue;
            bool found = false;
            for (const QPointF &p : f.points)
                found = found || inArea(areas, p);
            for (const GeoRing &line : f.lines)
                for (const QPointF &p : line)
                    found = found || inArea(areas, p);
            // An area lies inside when most of its outline does: a district the zone only
            // crosses is not in it, a Natura 2000 site along the river is.
            for (const GeoPolygon &polygon : f.polygons) {
                const GeoRing &outline = polygon.value(0);
                qsizetype in = 0;
                for (const QPointF &p : outline)
                    in += inArea(areas, p) ? 1 : 0;
                found = found || (!outline.isEmpty() && 2 * in >= outline.size());
            }
            if (!found)
                continue;
            QVariantList &out = !f.points.isEmpty() ? pointHits : !f.lines.isEmpty() ? lineHits : areaHits;
            out.append(hitOf(l.entry, f));
        }
    }
    QVariantList all = pointHits + lineHits + areaHits;
    completeAttributes(all);
    return all;
}

QVariantList MapLayers::inside(const QVariantList &polygon) const
{
    GeoRing ring;
    for (const QVariant &v : polygon) {
        const auto c = v.value<QGeoCoordinate>();
        if (c.isValid())
            ring.append(QPointF(c.longitude(), c.latitude()));
    }
    if (ring.size() < 3)
        return {};
    ring.append(ring.first());
    return insidePolygons({GeoPolygon{ring}}, {}, -1);
}

QVariantList MapLayers::insideFeature(const QString &layer, qint64 fid) const
{
    for (const Layer &l : m_layers) {
        if (l.entry.layer != layer)
            continue;
        for (const GeoFeature &f : l.features) {
            if (f.fid == fid && !f.polygons.isEmpty())
                return insidePolygons(f.polygons, layer, fid);
        }
    }
    return {};
}

void MapLayers::completeAttributes(QVariantList &hits) const
{
    // Large layers keep only their label in memory; read the rest of a hit from the store.
    QHash<QString, QList<qint64>> wanted;
    for (const QVariant &v : hits) {
        const QVariantMap hit = v.toMap();
        for (const Layer &l : m_layers) {
            if (l.partial && l.entry.layer == hit.value(u"layer"_s).toString())
                wanted[l.entry.layer].append(hit.value(u"fid"_s).toLongLong());
        }
    }
    if (wanted.isEmpty())
        return;
    QString error;
    const auto store = Store::open(m_storePath, Store::Mode::ReadOnly, &error);
    if (!store)
        return;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const auto attributes = store->attributesOf(it.key(), it.value());
        for (QVariant &v : hits) {
            QVariantMap hit = v.toMap();
            const qint64 fid = hit.value(u"fid"_s).toLongLong();
            if (hit.value(u"layer"_s).toString() == it.key() && attributes.contains(fid)) {
                hit.insert(u"attributes"_s, attributes.value(fid));
                v = hit;
            }
        }
    }
}

QVariantList MapLayers::search(const QString &text, int limit) const
{
    const QString needle = foldForSearch(text.trimmed());
    if (needle.size() < 2)
        return {};
    QVariantList starts, contains;
    for (const Layer &l : m_layers) {
        for (const GeoFeature &f : l.features) {
            const QString label = labelOf(f);
            const QString folded = foldForSearch(label);
            const qsizetype at = folded.indexOf(needle);
            if (at < 0)
                continue;
            const auto box = f.bounds();
            if (!box)
                continue;
            QVariantMap hit = hitOf(l.entry, f);
            hit.insert(u"center"_s, QVariant::fromValue(QGeoCoordinate(box->center().y(), box->center().x())));
            hit.insert(u"extent"_s, QVariant::fromValue(QGeoRectangle(QGeoCoordinate(box->bottom(), box->left()),
                                                                      QGeoCoordinate(box->top(), box->right()))));
            hit.insert(u"isPoint"_s, box->width() == 0 && box->height() == 0);
            (at == 0 || folded.at(at - 1) == u' ' ? starts : contains).append(hit);
        }
    }
    QVariantList out = starts + contains;
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

