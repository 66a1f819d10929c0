#include "MapRenderer.h"

#include <QPainter>
#include <QPainterPath>

namespace {

bool cancelled(const MapRenderer::Options &o)
{
    return o.cancel && o.cancel->load(std::memory_order_relaxed);
}

// Screen polyline of a ring, dropping vertices closer than half a pixel to the last one kept.
QPolygonF toScreen(const QList<QPointF> &ring, const WebMercator::Viewport &view)
{
    QPolygonF out;
    out.reserve(ring.size());
    QPointF last(qInf(), qInf());
    for (const QPointF &m : ring) {
        const QPointF p = view.toPixel(m);
        if (std::abs(p.x() - last.x()) + std::abs(p.y() - last.y()) >= 0.5) {
            out.append(p);
            last = p;
        }
    }
    if (!ring.isEmpty() && out.size() > 1 && out.last() != view.toPixel(ring.last()))
        out.append(view.toPixel(ring.last()));
    return out;
}

bool tooSmall(const QRectF &bounds, double metersPerPixel)
{
    return bounds.width() < metersPerPixel && bounds.height() < metersPerPixel;
}

void drawPolygons(QPainter &p, const RenderScene::Layer &layer, const WebMercator::Viewport &view, const QRectF &visible,
                  const MapRenderer::Options &o)
{
    QColor fill = layer.color;
    fill.setAlphaF(0.28);
    const QColor stroke = layer.emphasised ? o.boundaryColor : layer.color;
    p.setPen(QPen(stroke, layer.emphasised ? 3 : 1));
    p.setBrush(layer.outline ? Qt::NoBrush : QBrush(fill));
    for (const RenderScene::Part &part : layer.polygons) {
        if (!part.bounds.intersects(visible) || tooSmall(part.bounds, view.metersPerPixel))
            continue;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QList<QPointF> &ring : part.rings) {
            const QPolygonF screen = toScreen(ring, view);
            if (screen.size() >= 3)
                path.addPolygon(screen);
        }
        p.drawPath(path);
    }
}

void drawLines(QPainter &p, const RenderScene::Layer &layer, const WebMercator::Viewport &view, const QRectF &visible)
{
    p.setPen(QPen(layer.color, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    for (const RenderScene::Part &part : layer.lines) {
        if (!part.bounds.intersects(visible))
            continue;
        for (const QList<QPointF> &ring : part.rings) {
            const QPolygonF screen = toScreen(ring, view);
            if (screen.size() >= 2)
                p.drawPolyline(screen);
        }
    }
}

void drawLabel(QPainter &p, QPointF at, const QString &text, bool bold)
{
    QFont font = p.font();
    font.setPixelSize(11);
    font.setBold(bold);
    QPainterPath path;
    path.addText(at + QPointF(8, 4), font, text);
    p.setPen(QPen(Qt::white, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1d, 0x1d, 0x1b));
    p.drawPath(path);
}

} // namespace

QImage MapRenderer::render(const RenderScene &scene, const WebMercator::Viewport &view, const Options &o)
{
    const QSize pixels = (view.size * o.devicePixelRatio).toSize();
    QImage image(pixels.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(o.devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    // A margin so symbols just outside the edge still show their visible half.
    const double margin = 12 * view.metersPerPixel;
    const QRectF visible = view.bounds().adjusted(-margin, -margin, margin, margin);
    const bool labelsAll = view.metersPerPixel <= o.labelMinZoomMetersPerPixel;

    // Polygons of all layers, then lines, then points: small things stay on top.
    for (const RenderScene::Layer &layer : scene.layers) {
        if (cancelled(o))
            return {};
        p.setOpacity(layer.opacity);
        if (layer.bounds.intersects(visible))
            drawPolygons(p, layer, view, visible, o);
    }
    for (const RenderScene::Layer &layer : scene.layers) {
        if (cancelled(o))
            return {};
        p.setOpacity(layer.opacity);
        if (layer.bounds.intersects(visible))
            drawLines(p, layer, view, visible);
    }
    QList<std::pair<QPointF, const RenderScene::Point *>> labels;
    for (const RenderScene::Layer &layer : scene.layers) {
        if (cancelled(o))
            return {};
        if (!layer.bounds.intersects(visible))
            continue;
        p.setOpacity(layer.opacity);
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(layer.color);
        for (const RenderScene::Point &pt : layer.points) {
            if (!visible.contains(pt.at))
                continue;
            const QPointF s = view.toPixel(pt.at);
            p.drawEllipse(s, 5, 5);
            if (!pt.label.isEmpty() && (layer.labelAlways || labelsAll))
                labels.append({s, &pt});
        }
    }
    // Labels last, over every symbol; settlement names (labelAlways) in bold.
    p.setOpacity(1);
    for (const auto &[at, pt] : labels)
        drawLabel(p, at, pt->label, view.metersPerPixel > o.labelMinZoomMetersPerPixel);
    return image;
}
