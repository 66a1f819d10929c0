#include "MapLayers.h"

#include "FeatureIndex.h"
#include "GeosGeometry.h"
#include "LayerRoles.h"
#include "MapLayersInternal.h"
#include "PlanarGeometry.h"
#include "Store.h"
#include "Text.h"

#include <QPolygonF>
#include <QtConcurrent>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace MapLayersInternal;

// Finding features: identify at a place, what lies inside an area, search by name. Each
// looks only at the features its layer's grid or label index names, so it takes the same
// few milliseconds with a million features as with a hundred; each runs on a Snapshot, on
// the GUI thread (identify(), search()) or a worker (identifyLater(), searchLater()).

MapLayers::Snapshot MapLayers::snapshot() const
{
    Snapshot s{m_layers, {}, m_storePath};
    for (const Layer &l : m_layers) {
        if (isVisible(l.entry.layer))
            s.visible.insert(l.entry.layer);
    }
    return s;
}

QVariantList MapLayers::identify(const QGeoCoordinate &at, double toleranceMeters) const
{
    return identifyIn(snapshot(), at, toleranceMeters);
}

QFuture<QVariantList> MapLayers::identifyLater(const QGeoCoordinate &at, double toleranceMeters) const
{
    return QtConcurrent::run([s = snapshot(), at, toleranceMeters] { return identifyIn(s, at, toleranceMeters); });
}

QVariantList MapLayers::identifyIn(const Snapshot &s, const QGeoCoordinate &at, double toleranceMeters)
{
    if (!at.isValid())
        return {};
    const QPointF click(at.longitude(), at.latitude());
    const PlanarGeometry::LocalMetres metres(click);
    // The tolerance as a box in degrees (a degree of latitude is about 111 km).
    const double dy = std::max(toleranceMeters, 0.0) / 111000.0 * 1.01;
    const double dx = dy / std::max(std::cos(qDegreesToRadians(at.latitude())), 0.01);
    const QRectF box(click - QPointF(dx, dy), click + QPointF(dx, dy));
    QVariantList points, lines, polygons;
    for (const Layer &l : s.layers) {
        if (!s.visible.contains(l.entry.layer) || !l.grid)
            continue;
        for (const std::uint32_t i : l.grid->candidates(box)) {
            const GeoFeature &f = l.features.at(i);
            bool found = false;
            for (const QPointF p : f.points) {
                const QPointF d = metres(p);
                found = found || std::hypot(d.x(), d.y()) <= toleranceMeters;
            }
            if (found) {
                points.append(hitOf(l.entry, f));
                continue;
            }
            for (const GeoRing &line : f.lines) {
                for (qsizetype k = 1; k < line.size() && !found; ++k)
                    found = PlanarGeometry::segmentDistance(QPointF(0, 0), metres(line[k - 1]), metres(line[k]))
                            <= toleranceMeters;
            }
            if (found) {
                lines.append(hitOf(l.entry, f));
                continue;
            }
            if (PlanarGeometry::anyPolygonContains(f.polygons, click))
                polygons.append(hitOf(l.entry, f));
        }
    }
    QVariantList all = points + lines + polygons;
    completeAttributesIn(s, all);
    return all;
}

namespace {

/// The polygons in local metres around an origin, for GEOS's planar area.
QList<GeoPolygon> inMetres(const QList<GeoPolygon> &polygons, const PlanarGeometry::LocalMetres &metres)
{
    QList<GeoPolygon> out;
    out.reserve(polygons.size());
    for (const GeoPolygon &polygon : polygons) {
        GeoPolygon &m = out.emplace_back();
        for (const GeoRing &ring : polygon) {
            GeoRing &r = m.emplace_back();
            r.reserve(ring.size());
            for (const QPointF &p : ring)
                r.append(metres(p));
        }
    }
    return out;
}

QList<GeoRing> inMetres(const QList<GeoRing> &lines, const PlanarGeometry::LocalMetres &metres)
{
    QList<GeoRing> out;
    out.reserve(lines.size());
    for (const GeoRing &line : lines) {
        GeoRing &r = out.emplace_back();
        for (const QPointF &p : line)
            r.append(metres(p));
    }
    return out;
}

} // namespace

QVariantList MapLayers::insideIn(const Snapshot &s, const QList<GeoPolygon> &areas, const QString &skipLayer,
                                 qint64 skipFid, double bandMeters)
{
    // Points first, then lines, then areas: the schools and homes in a flood zone matter
    // more than the districts it touches. Within each, inside before near, then nearest.
    struct Found
    {
        int group;
        double distance;
        qsizetype order;
        QVariantMap hit;
    };
    std::vector<Found> found;
    const double band = std::clamp(std::isfinite(bandMeters) ? bandMeters : 0.0, 0.0, kMaxBandMeters);
    QRectF area;
    for (const GeoPolygon &p : areas)
        area = area.united(QPolygonF(p.value(0)).boundingRect());
    // Areas and lengths in local metres around the query area; GEOS does the overlay.
    const PlanarGeometry::LocalMetres metres(area.center());
    const QList<GeoPolygon> areasInMetres = inMetres(areas, metres);
    GeoFeature areaFeature;
    areaFeature.polygons = areasInMetres;
    // The candidates: the area's box grown by the band (in degrees, a degree of latitude
    // being about 111 km).
    const double dy = band / 111000.0 * 1.01;
    const double dx = dy / std::max(std::cos(qDegreesToRadians(area.center().y())), 0.01);
    const QRectF box = area.adjusted(-dx, -dy, dx, dy);
    const GeosGeometry geos;
    for (const Layer &l : s.layers) {
        if (!s.visible.contains(l.entry.layer) || !l.grid)
            continue;
        for (const std::uint32_t i : l.grid->candidates(box)) {
            const GeoFeature &f = l.features.at(i);
            if (l.entry.layer == skipLayer && f.fid == skipFid)
                continue;
            const auto b = f.bounds();
            if (!b || !box.intersects(b->adjusted(-1e-9, -1e-9, 1e-9, 1e-9)))
                continue;
            // An area around the whole query area (the municipality, the district it lies
            // in) holds it rather than lies in it.
            if (f.points.isEmpty() && f.lines.isEmpty() && b->contains(area))
                continue;
            GeoFeature inM;
            inM.polygons = inMetres(f.polygons, metres);
            inM.lines = inMetres(f.lines, metres);
            for (const QPointF p : f.points)
                inM.points.append(metres(p));
            bool in = std::any_of(f.points.cbegin(), f.points.cend(),
                                  [&areas](QPointF p) { return PlanarGeometry::anyPolygonContains(areas, p); });
            // A line lies inside when any stretch of it does (a road through the zone).
            in = in || (!f.lines.isEmpty() && geos.lengthInside(inM.lines, areasInMetres) > 0);
            // An area lies inside when most of its area does: a district the zone only
            // crosses is not in it, a Natura 2000 site along the river is.
            double featureArea = 0;
            if (!in && !f.polygons.isEmpty()) {
                featureArea = geos.area(inM.polygons);
                in = featureArea > 0 && 2 * geos.intersectionArea(inM.polygons, areasInMetres) >= featureArea;
            }
            double distance = 0;
            if (!in) {
                if (band <= 0)
                    continue;
                const auto d = geos.distance(inM, areaFeature);
                if (!d || *d > band)
                    continue;
                // Near, by the same rules: a point or line within the band, an area with
                // most of its area within it.
                if (!f.polygons.isEmpty() && f.points.isEmpty() && f.lines.isEmpty()
                    && !(featureArea > 0 && 2 * geos.intersectionAreaWithin(inM.polygons, areasInMetres, band) >= featureArea))
                    continue;
                distance = *d;
            }
            QVariantMap hit = hitOf(l.entry, f);
            hit.insert(u"distance"_s, distance);
            hit.insert(u"near"_s, !in);
            const int group = !f.points.isEmpty() ? 0 : !f.lines.isEmpty() ? 1 : 2;
            found.push_back({group, distance, qsizetype(found.size()), hit});
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return std::tie(a.group, a.distance, a.order) < std::tie(b.group, b.distance, b.order);
    });
    QVariantList all;
    all.reserve(qsizetype(found.size()));
    for (const Found &f : found)
        all.append(f.hit);
    completeAttributesIn(s, all);
    return all;
}

std::optional<GeoPolygon> MapLayers::polygonOf(const QVariantList &coordinates)
{
    GeoRing ring;
    for (const QVariant &v : coordinates) {
        const auto c = v.value<QGeoCoordinate>();
        if (c.isValid())
            ring.append(QPointF(c.longitude(), c.latitude()));
    }
    if (ring.size() < 3)
        return std::nullopt;
    ring.append(ring.first());
    return GeoPolygon{ring};
}

QList<GeoPolygon> MapLayers::areaOf(const QString &layer, qint64 fid) const
{
    if (const QList<GeoFeature> *features = featuresOf(layer)) {
        for (const GeoFeature &f : *features) {
            if (f.fid == fid)
                return f.polygons;
        }
    }
    return {};
}

QVariantList MapLayers::inside(const QVariantList &polygon, double bandMeters) const
{
    const auto area = polygonOf(polygon);
    return area ? insideIn(snapshot(), {*area}, {}, -1, bandMeters) : QVariantList();
}

QFuture<QVariantList> MapLayers::insideLater(const QVariantList &polygon, double bandMeters) const
{
    const auto area = polygonOf(polygon);
    if (!area)
        return QtFuture::makeReadyValueFuture(QVariantList());
    return QtConcurrent::run([s = snapshot(), area = *area, bandMeters] { return insideIn(s, {area}, {}, -1, bandMeters); });
}

QVariantList MapLayers::insideFeature(const QString &layer, qint64 fid, double bandMeters) const
{
    const QList<GeoPolygon> area = areaOf(layer, fid);
    return area.isEmpty() ? QVariantList() : insideIn(snapshot(), area, layer, fid, bandMeters);
}

QFuture<QVariantList> MapLayers::insideFeatureLater(const QString &layer, qint64 fid, double bandMeters) const
{
    const QList<GeoPolygon> area = areaOf(layer, fid);
    if (area.isEmpty())
        return QtFuture::makeReadyValueFuture(QVariantList());
    return QtConcurrent::run([s = snapshot(), area, layer, fid, bandMeters] {
        return insideIn(s, area, layer, fid, bandMeters);
    });
}

void MapLayers::completeAttributes(QVariantList &hits) const
{
    completeAttributesIn(snapshot(), hits);
}

void MapLayers::completeAttributesIn(const Snapshot &s, QVariantList &hits)
{
    // Large layers keep only their label in memory; read the rest of a hit from the store.
    QHash<QString, QList<qint64>> wanted;
    for (const QVariant &v : hits) {
        const QVariantMap hit = v.toMap();
        for (const Layer &l : s.layers) {
            if (l.partial && l.entry.layer == hit.value(u"layer"_s).toString())
                wanted[l.entry.layer].append(hit.value(u"fid"_s).toLongLong());
        }
    }
    if (wanted.isEmpty())
        return;
    QString error;
    const auto store = Store::open(s.storePath, Store::Mode::ReadOnly, &error);
    if (!store)
        return;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const auto attributes = store->attributesOf(it.key(), it.value());
        const auto layer = std::find_if(s.layers.cbegin(), s.layers.cend(),
                                        [&it](const Layer &l) { return l.entry.layer == it.key(); });
        for (QVariant &v : hits) {
            QVariantMap hit = v.toMap();
            const qint64 fid = hit.value(u"fid"_s).toLongLong();
            if (hit.value(u"layer"_s).toString() == it.key() && attributes.contains(fid)) {
                hit.insert(u"attributes"_s, attributes.value(fid));
                hit.insert(u"fields"_s, shownFieldsOf(layer->entry, attributes.value(fid)));
                v = hit;
            }
        }
    }
}

QVariantList MapLayers::search(const QString &text, int limit) const
{
    return searchIn(snapshot(), text, limit, nullptr);
}

QFuture<QVariantList> MapLayers::searchLater(const QString &text, int limit,
                                             std::shared_ptr<const std::atomic_bool> cancelled) const
{
    return QtConcurrent::run([s = snapshot(), text, limit, cancelled] { return searchIn(s, text, limit, cancelled.get()); });
}

QVariantList MapLayers::searchIn(const Snapshot &s, const QString &text, int limit, const std::atomic_bool *cancelled)
{
    const QString needle = Text::fold(text.trimmed());
    if (needle.size() < 2 || limit <= 0)
        return {};
    // Every layer is searched, shown or not: a hidden layer's place is still a place. Ranked
    // as a person expects: a name that is the text, then names that start with it, then a
    // word that starts with it, then the text inside a word; within each, the places people
    // search for (settlements, districts) before other features.
    struct Ranked
    {
        int rank;
        int place;
        qsizetype order;
        QVariantMap hit;
    };
    std::vector<Ranked> ranked;
    qsizetype order = 0;
    for (const Layer &l : s.layers) {
        if (!l.labels)
            continue;
        const int place = l.entry.roles.contains(LayerRoles::Settlements) ? 0
                          : l.entry.roles.contains(LayerRoles::Districts) ? 1
                                                                           : 2;
        for (const LabelIndex::Hit &h : l.labels->find(needle, limit, cancelled)) {
            const GeoFeature &f = l.features.at(h.feature);
            const auto box = f.bounds();
            if (!box)
                continue;
            const QStringView folded = l.labels->folded(h.feature);
            const int rank = folded == needle ? 0 : folded.startsWith(needle) ? 1 : h.wordStart ? 2 : 3;
            QVariantMap hit = hitOf(l.entry, f);
            hit.insert(u"center"_s, QVariant::fromValue(QGeoCoordinate(box->center().y(), box->center().x())));
            hit.insert(u"extent"_s, QVariant::fromValue(QGeoRectangle(QGeoCoordinate(box->bottom(), box->left()),
                                                                      QGeoCoordinate(box->top(), box->right()))));
            hit.insert(u"isPoint"_s, box->width() == 0 && box->height() == 0);
            ranked.push_back({rank, place, order++, hit});
        }
        if (cancelled && cancelled->load())
            break;
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return std::tie(a.rank, a.place, a.order) < std::tie(b.rank, b.place, b.order);
    });
    QVariantList out;
    for (const Ranked &r : ranked) {
        if (out.size() >= limit)
            break;
        out.append(r.hit);
    }
    return out;
}
