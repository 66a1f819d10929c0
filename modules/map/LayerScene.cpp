#include "LayerScene.h"

#include "CatalogueEntry.h"
#include "DomainRegistry.h"
#include "LayerRoles.h"
#include "WebMercator.h"

#include <QtMath>

#include <algorithm>

using namespace Qt::StringLiterals;

const QStringList &LayerScene::labelColumns()
{
    static const QStringList columns = {u"name"_s, u"Name"_s, u"NA_UIME"_s, u"ODO_UIME"_s, u"ime"_s, u"naziv"_s};
    return columns;
}

QString LayerScene::labelOf(const GeoFeature &f)
{
    for (const QString &key : labelColumns()) {
        const QString v = f.attributes.value(key).toString();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

RenderScene::Part LayerScene::projectPart(const QList<GeoRing> &rings)
{
    RenderScene::Part part;
    double minX = qInf(), minY = qInf(), maxX = -qInf(), maxY = -qInf();
    for (const GeoRing &ring : rings) {
        QList<QPointF> out;
        out.reserve(ring.size());
        for (const QPointF &p : ring) {
            const QPointF m = WebMercator::fromLonLat(p);
            minX = std::min(minX, m.x());
            maxX = std::max(maxX, m.x());
            minY = std::min(minY, m.y());
            maxY = std::max(maxY, m.y());
            out.append(m);
        }
        part.rings.append(out);
    }
    if (minX <= maxX)
        part.bounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    return part;
}

RenderScene::Layer LayerScene::project(const CatalogueEntry &entry, const QList<GeoFeature> &features)
{
    RenderScene::Layer layer;
    layer.name = entry.layer;
    layer.symbols = entry.symbology.symbols();
    layer.color = layer.symbols.isEmpty() ? DomainRegistry::colorOf(entry.domain) : layer.symbols.first().color;
    // Administrative areas are drawn as outlines: they frame the other layers.
    layer.outline = entry.domain == u"administration"_s;
    layer.emphasised = entry.roles.contains(LayerRoles::MunicipalBoundary);
    // Settlement names orient everyone at every zoom; other labels appear when zoomed in.
    layer.labelAlways = entry.roles.contains(LayerRoles::Settlements);
    QRectF bounds;
    const auto grow = [&bounds](const QRectF &r) { bounds = bounds.isNull() ? r : bounds.united(r); };
    const Symbology &style = entry.symbology;
    for (const GeoFeature &f : features) {
        const int symbol = 1 + style.classOf(f.attributes);
        for (const GeoPolygon &polygon : f.polygons) {
            layer.polygons.append(projectPart(polygon));
            layer.polygons.last().symbol = symbol;
            grow(layer.polygons.last().bounds);
        }
        for (const GeoRing &line : f.lines) {
            layer.lines.append(projectPart({line}));
            layer.lines.last().symbol = symbol;
            grow(layer.lines.last().bounds);
        }
        const QString label = labelOf(f);
        for (const QPointF &p : f.points) {
            layer.points.append({WebMercator::fromLonLat(p), label, symbol});
            grow(QRectF(layer.points.last().at, QSizeF(1, 1)));
        }
    }
    layer.bounds = bounds;
    return layer;
}
