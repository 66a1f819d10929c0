#include "Basemap.h"

#include "FeatureQuery.h"
#include "LayerRoles.h"
#include "Store.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QMutexLocker>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Colours of a quiet, light basemap that leaves the strong colours to the domain layers.
const QColor kOutside(0xe4, 0xe1, 0xda);
const QColor kLand(0xf6, 0xf4, 0xef);
const QColor kLandUse(0xe9, 0xee, 0xd6);
const QColor kWater(0xa9, 0xcf, 0xe3);
const QColor kRoadCasing(0xc4, 0xbd, 0xb4);
const QColor kRoad(0xff, 0xff, 0xff);
const QColor kDistrict(0x9c, 0x92, 0xa6);
const QColor kBoundary(0x7d, 0x5a, 0x7d);
const QColor kLabel(0x3c, 0x3a, 0x38);
const QColor kDistrictLabel(0x6e, 0x63, 0x78);

QPolygonF project(const GeoRing &ring, QRectF *bounds)
{
    QPolygonF out;
    out.reserve(ring.size());
    for (const QPointF &p : ring)
        out.append(WebMercator::fromLonLat(p));
    const QRectF b = out.boundingRect();
    *bounds = bounds->isNull() ? b : bounds->united(b);
    return out;
}

// Mercator → tile pixels.
struct TileTransform
{
    QRectF tile;
    double scale; // pixels per metre
    QPointF operator()(QPointF m) const { return {(m.x() - tile.left()) * scale, (tile.bottom() - m.y()) * scale}; }
};

// A ring in tile pixels, dropping vertices closer than half a pixel to the last one kept.
QPolygonF toTile(const QPolygonF &ring, const TileTransform &t)
{
    QPolygonF out;
    out.reserve(ring.size());
    QPointF last(qInf(), qInf());
    for (const QPointF &m : ring) {
        const QPointF p = t(m);
        if (std::abs(p.x() - last.x()) + std::abs(p.y() - last.y()) >= 0.5) {
            out.append(p);
            last = p;
        }
    }
    if (out.size() > 1 && !ring.isEmpty() && out.last() != t(ring.last()))
        out.append(t(ring.last()));
    return out;
}

void fillShapes(QPainter &p, const QList<Basemap::Shape> &shapes, const TileTransform &t, const QRectF &visible)
{
    for (const Basemap::Shape &s : shapes) {
        if (!s.bounds.intersects(visible))
            continue;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : s.rings) {
            const QPolygonF px = toTile(ring, t);
            if (px.size() >= 3)
                path.addPolygon(px);
        }
        p.drawPath(path);
    }
}

void strokeShapes(QPainter &p, const QList<Basemap::Shape> &shapes, const TileTransform &t, const QRectF &visible)
{
    for (const Basemap::Shape &s : shapes) {
        if (!s.bounds.intersects(visible))
            continue;
        for (const QPolygonF &ring : s.rings) {
            const QPolygonF px = toTile(ring, t);
            if (px.size() >= 2)
                p.drawPolyline(px);
        }
    }
}

// Road width in pixels by zoom: hairlines when far out, streets with casing close in.
double roadWidth(int z)
{
    static constexpr double widths[] = {0.6, 0.8, 1.0, 1.4, 2.0, 3.0, 4.5, 7.0, 10.0, 14.0};
    return widths[std::clamp(z - 10, 0, int(std::size(widths)) - 1)];
}

QFont labelFont(int kind, int z)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(kind == 0 ? std::clamp(9 + (z - 11), 10, 15) : std::clamp(z - 2, 10, 13));
    font.setBold(kind == 0 && z >= 13);
    font.setItalic(kind == 1);
    return font;
}

// From these zooms on: settlement names, then district names.
constexpr int kSettlementLabelZoom = 11;
constexpr int kDistrictLabelZoom = 14;

} // namespace

std::shared_ptr<const Basemap> Basemap::load(Store &store, QString *errorString, const Sources &sources)
{
    auto map = std::make_shared<Basemap>();
    FeatureQuery query(store);
    const QRectF world(QPointF(-180, -90), QPointF(180, 90));
    QRectF extent;
    // Reads the layers of one role; polygons go to `areas`, lines to `lines`.
    const auto read = [&](const QStringList &layers, QList<Shape> *areas, QList<Shape> *lines, int labelKind) {
        for (const QString &layer : layers) {
            if (!store.hasLayer(layer))
                continue;
            const FeatureQuery::Result result = query.run(layer, world, u"EPSG:4326"_s);
            if (!result.ok) {
                if (errorString)
                    *errorString = QCoreApplication::translate("Basemap", "basemap layer %1: %2").arg(layer, result.error);
                continue;
            }
            map->m_layers.append(layer);
            for (const GeoFeature &f : result.features) {
                for (const GeoPolygon &polygon : f.polygons) {
                    Shape s;
                    for (const GeoRing &ring : polygon)
                        s.rings.append(project(ring, &s.bounds));
                    if (areas)
                        areas->append(s);
                    else if (lines)
                        lines->append(s); // a polygon where lines are wanted: its outline
                    extent = extent.isNull() ? s.bounds : extent.united(s.bounds);
                }
                for (const GeoRing &line : f.lines) {
                    Shape s;
                    s.rings.append(project(line, &s.bounds));
                    if (lines)
                        lines->append(s);
                    extent = extent.isNull() ? s.bounds : extent.united(s.bounds);
                }
                if (labelKind < 0)
                    continue;
                QString name;
                for (const QString &key : {u"name"_s, u"NA_UIME"_s, u"ODO_UIME"_s, u"ime"_s}) {
                    name = f.attributes.value(key).toString();
                    if (!name.isEmpty())
                        break;
                }
                if (name.isEmpty())
                    continue;
                if (!f.points.isEmpty()) {
                    map->m_labels.append({WebMercator::fromLonLat(f.points.first()), name, labelKind});
                } else if (const auto b = f.bounds()) {
                    map->m_labels.append({WebMercator::fromLonLat(b->center()), name, labelKind});
                }
            }
        }
    };
    read(sources.boundary, &map->m_boundary, nullptr, -1);
    read(sources.districts, &map->m_districts, nullptr, 1);
    read(sources.landUse, &map->m_landUse, nullptr, -1);
    read(sources.water, &map->m_water, &map->m_waterLines, -1);
    read(sources.roads, nullptr, &map->m_roads, -1);
    read(sources.places, nullptr, nullptr, 0);
    if (map->m_layers.isEmpty()) {
        if (errorString && errorString->isEmpty())
            *errorString = sources.all().isEmpty()
                               ? QCoreApplication::translate("Basemap", "no layer of the store has a basemap role (%1); give the boundary, districts, "
                                 "water or roads their roles in the catalogue").arg(
                                     LayerRoles::basemapRoles().join(u", "_s))
                               : QCoreApplication::translate("Basemap", "the store has none of the basemap layers (%1)").arg(sources.all().join(u", "_s));
        return nullptr;
    }
    // Settlements first, the town itself before the villages (they are listed by name).
    std::stable_sort(map->m_labels.begin(), map->m_labels.end(), [](const Label &a, const Label &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return (a.text == u"Ptuj"_s) > (b.text == u"Ptuj"_s);
    });
    map->m_extent = extent;
    return map;
}

Basemap::Sources Basemap::Sources::fromRoles(const Store &store)
{
    Sources s;
    s.boundary = store.layersWithRole(LayerRoles::MunicipalBoundary);
    s.districts = store.layersWithRole(LayerRoles::Districts);
    s.landUse = store.layersWithRole(LayerRoles::LandUse);
    s.water = store.layersWithRole(LayerRoles::WaterBodies);
    s.roads = store.layersWithRole(LayerRoles::Roads);
    return s;
}

QString Basemap::signature(const Store &store, const Sources &sources)
{
    QHash<QString, QDateTime> importedAt;
    for (const CatalogueEntry &e : store.catalogue())
        importedAt.insert(e.layer, e.importedAt);
    // The part each layer feeds matters too: a layer moved from roads to water draws differently.
    QStringList parts;
    const auto add = [&](const char *part, const QStringList &layers) {
        for (const QString &layer : layers) {
            const auto it = importedAt.constFind(layer);
            parts.append(u"%1:%2@%3"_s.arg(QLatin1StringView(part), layer,
                                           it != importedAt.cend() ? it->toString(Qt::ISODateWithMs) : u"-"_s));
        }
    };
    add("boundary", sources.boundary);
    add("districts", sources.districts);
    add("land_use", sources.landUse);
    add("water", sources.water);
    add("roads", sources.roads);
    add("places", sources.places);
    return parts.join(u';');
}

std::shared_ptr<const Basemap> Basemap::load(Store &store, QString *errorString)
{
    return load(store, errorString, Sources::fromRoles(store));
}

const QList<Basemap::PlacedLabel> &Basemap::labelsFor(int z) const
{
    QMutexLocker lock(&m_labelMutex);
    auto it = m_placed.find(z);
    if (it != m_placed.end())
        return *it;
    QList<PlacedLabel> placed;
    const double resolution = TileKey{z, 0, 0}.resolution();
    for (const Label &label : m_labels) {
        if ((label.kind == 0 && z < kSettlementLabelZoom) || (label.kind == 1 && z < kDistrictLabelZoom))
            continue;
        const QFontMetricsF metrics(labelFont(label.kind, z));
        const QPointF at((label.at.x() + TileKey::kWorldHalf) / resolution, (TileKey::kWorldHalf - label.at.y()) / resolution);
        const QSizeF size(metrics.horizontalAdvance(label.text) + 6, metrics.height() + 4);
        const QRectF box(at - QPointF(size.width() / 2, size.height() / 2), size);
        const bool clear = std::none_of(placed.cbegin(), placed.cend(), [&box](const PlacedLabel &o) {
            return o.box.intersects(box);
        });
        if (clear)
            placed.append({at, box, label.text, label.kind});
    }
    return *m_placed.insert(z, placed);
}

QList<std::pair<QString, QRectF>> Basemap::placedLabels(int z) const
{
    QList<std::pair<QString, QRectF>> out;
    for (const PlacedLabel &label : labelsFor(z))
        out.append({label.text, label.box});
    return out;
}

QImage Basemap::renderTile(const TileKey &key, int size) const
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(kOutside);
    const QRectF tile = key.bounds();
    const TileTransform t{tile, size / tile.width()};
    // Geometry just outside the tile still reaches in with its stroke width.
    const double margin = 16 / t.scale;
    const QRectF visible = tile.adjusted(-margin, -margin, margin, margin);

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(kLand);
    fillShapes(p, m_boundary, t, visible);
    p.setBrush(kLandUse);
    fillShapes(p, m_landUse, t, visible);
    p.setBrush(kWater);
    fillShapes(p, m_water, t, visible);

    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kWater, std::max(1.0, roadWidth(key.z) * 0.8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    strokeShapes(p, m_waterLines, t, visible);

    if (key.z >= 13) {
        p.setPen(QPen(kDistrict, 1, Qt::DashLine));
        strokeShapes(p, m_districts, t, visible);
    }

    const double w = roadWidth(key.z);
    if (key.z >= 14) {
        p.setPen(QPen(kRoadCasing, w + 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        strokeShapes(p, m_roads, t, visible);
        p.setPen(QPen(kRoad, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    } else {
        p.setPen(QPen(kRoadCasing, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    strokeShapes(p, m_roads, t, visible);

    // The municipal boundary: a soft band inside a thin line.
    QColor band = kBoundary;
    band.setAlphaF(0.25);
    p.setPen(QPen(band, key.z >= 13 ? 6 : 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    strokeShapes(p, m_boundary, t, visible);
    p.setPen(QPen(kBoundary, 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    strokeShapes(p, m_boundary, t, visible);

    // Names: placed over the whole area once per zoom; each tile draws those that reach it.
    const QRectF tilePixels(key.x * double(TileKey::kSize), key.y * double(TileKey::kSize), TileKey::kSize,
                            TileKey::kSize);
    const double pixelScale = double(size) / TileKey::kSize;
    for (const PlacedLabel &label : labelsFor(key.z)) {
        if (!label.box.intersects(tilePixels))
            continue;
        const QPointF at = (label.worldPixel - tilePixels.topLeft()) * pixelScale;
        const QFont font = labelFont(label.kind, key.z);
        const QFontMetricsF metrics(font);
        const QPointF baseline(at.x() - metrics.horizontalAdvance(label.text) / 2, at.y() + metrics.ascent() / 2 - 1);
        QPainterPath path;
        path.addText(baseline, font, label.text);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(255, 255, 255, 220), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
        p.setPen(Qt::NoPen);
        p.setBrush(label.kind == 0 ? kLabel : kDistrictLabel);
        p.drawPath(path);
    }
    return image;
}
