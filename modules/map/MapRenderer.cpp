#include "MapRenderer.h"

#include "SymbolPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <vector>

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

// The symbol a part is drawn with; a layer without symbols (built by hand, in tests) is
// drawn in its colour: translucent areas (outlines only when asked), 2 px lines, dots.
Symbol symbolOf(const RenderScene::Layer &layer, int index, Symbology::Kind kind, const MapRenderer::Options &o)
{
    if (index >= 0 && index < layer.symbols.size())
        return layer.symbols.at(index);
    return Symbology::plain(kind, layer.color, layer.outline, layer.emphasised, o.boundaryColor);
}

void drawPolygons(QPainter &p, const RenderScene::Layer &layer, const WebMercator::Viewport &view, const QRectF &visible,
                  const MapRenderer::Options &o)
{
    int current = -2;
    QBrush fill;
    QPen pen;
    QColor dot;
    for (const RenderScene::Part &part : layer.polygons) {
        if (!part.bounds.intersects(visible) || tooSmall(part.bounds, view.metersPerPixel))
            continue;
        if (part.symbol != current) {
            current = part.symbol;
            const Symbol s = symbolOf(layer, current, Symbology::Kind::Polygon, o);
            fill = SymbolPainter::areaBrush(s);
            pen = SymbolPainter::strokePen(s, Symbology::Kind::Polygon);
            dot = s.strokeColor();
        }
        // A polygon of a few pixels is a dot: a small square costs a fraction of a path.
        if (part.bounds.width() < 3 * view.metersPerPixel && part.bounds.height() < 3 * view.metersPerPixel) {
            const QPointF c = view.toPixel(part.bounds.center());
            p.fillRect(QRectF(c - QPointF(1, 1), QSizeF(2, 2)), dot);
            continue;
        }
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QList<QPointF> &ring : part.rings) {
            const QPolygonF screen = toScreen(ring, view);
            if (screen.size() >= 3)
                path.addPolygon(screen);
        }
        // The fill without antialiasing (its edge lies under the antialiased outline):
        // a translucent antialiased fill is most of the cost of an area layer.
        if (fill.style() != Qt::NoBrush) {
            p.setRenderHint(QPainter::Antialiasing, false);
            p.fillPath(path, fill);
            p.setRenderHint(QPainter::Antialiasing, true);
        }
        p.strokePath(path, pen);
    }
}

void drawLines(QPainter &p, const RenderScene::Layer &layer, const WebMercator::Viewport &view, const QRectF &visible,
               const MapRenderer::Options &o)
{
    int current = -2;
    p.setBrush(Qt::NoBrush);
    for (const RenderScene::Part &part : layer.lines) {
        if (!part.bounds.intersects(visible))
            continue;
        if (part.symbol != current) {
            current = part.symbol;
            p.setPen(SymbolPainter::strokePen(symbolOf(layer, current, Symbology::Kind::Line, o), Symbology::Kind::Line));
        }
        for (const QList<QPointF> &ring : part.rings) {
            const QPolygonF screen = toScreen(ring, view);
            if (screen.size() >= 2)
                p.drawPolyline(screen);
        }
    }
}

// A point symbol drawn once and stamped for every point: a blit costs a fraction of an
// antialiased shape, which matters at hundreds of thousands of points.
QImage pointSprite(const Symbol &symbol, qreal dpr)
{
    const double extent = symbol.size * SymbolPainter::kPixelsPerMm * 1.25 + symbol.width * SymbolPainter::kPixelsPerMm + 2;
    const int size = int(std::ceil(extent * dpr));
    QImage sprite(size, size, QImage::Format_ARGB32_Premultiplied);
    sprite.fill(Qt::transparent);
    sprite.setDevicePixelRatio(dpr);
    QPainter sp(&sprite);
    sp.setRenderHint(QPainter::Antialiasing);
    SymbolPainter::drawPoint(sp, QPointF(size / dpr / 2, size / dpr / 2), symbol);
    return sprite;
}

// Which screen cells (2 × 2 px) already hold a point symbol: a point falling into one adds
// nothing visible, so the cost of drawing stays bounded by the screen, not the data.
class CellMask
{
public:
    explicit CellMask(QSizeF size) : m_w(int(size.width() / 2) + 8), m_h(int(size.height() / 2) + 8), m_bits(size_t(m_w * m_h)) {}
    bool claim(QPointF p)
    {
        const int x = int(p.x() / 2) + 4, y = int(p.y() / 2) + 4;
        if (x < 0 || y < 0 || x >= m_w || y >= m_h)
            return true;
        const size_t i = size_t(y * m_w + x);
        if (m_bits[i])
            return false;
        m_bits[i] = true;
        return true;
    }

private:
    int m_w, m_h;
    std::vector<bool> m_bits;
};

// Which 4 × 4 px screen cells labels already cover.
class LabelMask
{
public:
    explicit LabelMask(QSizeF size) : m_w(int(size.width() / 4) + 1), m_h(int(size.height() / 4) + 1), m_bits(size_t(m_w * m_h)) {}
    bool taken(QPointF at) const
    {
        const int x = int(at.x() / 4), y = int(at.y() / 4);
        return x >= 0 && y >= 0 && x < m_w && y < m_h && m_bits[size_t(y * m_w + x)];
    }
    /// Marks the box as taken when it is free (or off screen); false when it overlaps a label.
    bool claim(const QRectF &box)
    {
        const int x0 = std::max(0, int(box.left() / 4)), x1 = std::min(m_w - 1, int(box.right() / 4));
        const int y0 = std::max(0, int(box.top() / 4)), y1 = std::min(m_h - 1, int(box.bottom() / 4));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                if (m_bits[size_t(y * m_w + x)])
                    return false;
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                m_bits[size_t(y * m_w + x)] = true;
        return true;
    }

private:
    int m_w, m_h;
    std::vector<bool> m_bits;
};

void drawLabel(QPainter &p, QPointF at, const QString &text, bool bold, bool asText)
{
    QFont font = p.font();
    font.setPixelSize(11);
    font.setBold(bold);
    QPainterPath path;
    path.addText(at + QPointF(8, 4), font, text);
    p.setPen(QPen(Qt::white, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    if (asText) {
        // On paper the glyphs stay text (searchable, sharp at any zoom); the halo is a path.
        p.setFont(font);
        p.setPen(QColor(0x1d, 0x1d, 0x1b));
        p.drawText(at + QPointF(8, 4), text);
        return;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1d, 0x1d, 0x1b));
    p.drawPath(path);
}

// The selection: a bright outline over a light wash for areas, a wide stroke for lines,
// a ring around points, so it shows over any domain colour.
void drawHighlight(QPainter &p, const RenderScene::Layer &layer, const WebMercator::Viewport &view,
                   const QRectF &visible)
{
    p.setOpacity(1);
    const QColor stroke(0xf1, 0xc4, 0x0f);
    const QColor casing(0x1d, 0x1d, 0x1b, 160);
    for (const RenderScene::Part &part : layer.polygons) {
        if (!part.bounds.intersects(visible))
            continue;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QList<QPointF> &ring : part.rings) {
            const QPolygonF screen = toScreen(ring, view);
            if (screen.size() >= 3)
                path.addPolygon(screen);
        }
        p.setBrush(QColor(0xf1, 0xc4, 0x0f, 70));
        p.setPen(QPen(casing, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(stroke, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
    }
    p.setBrush(Qt::NoBrush);
    for (const RenderScene::Part &part : layer.lines) {
        if (!part.bounds.intersects(visible))
            continue;
        for (const QList<QPointF> &ring : part.rings) {
            const QPolygonF screen = toScreen(ring, view);
            if (screen.size() < 2)
                continue;
            p.setPen(QPen(casing, 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawPolyline(screen);
            p.setPen(QPen(stroke, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawPolyline(screen);
        }
    }
    for (const RenderScene::Point &pt : layer.points) {
        if (!visible.contains(pt.at))
            continue;
        const QPointF s = view.toPixel(pt.at);
        p.setPen(QPen(casing, 5));
        p.drawEllipse(s, 9, 9);
        p.setPen(QPen(stroke, 3));
        p.drawEllipse(s, 9, 9);
    }
}

} // namespace

namespace {

using Labels = QList<std::pair<QPointF, const RenderScene::Point *>>;

// Draws layers [first, last) of the scene into the painter; collects the labels to place.
bool drawLayers(QPainter &p, const RenderScene &scene, qsizetype first, qsizetype last,
                const WebMercator::Viewport &view, const QRectF &visible, const MapRenderer::Options &o,
                Labels *always, Labels *others, bool vector = false)
{
    const bool labelsAll = view.metersPerPixel <= o.labelMinZoomMetersPerPixel;
    for (qsizetype i = first; i < last; ++i) {
        const RenderScene::Layer &layer = scene.layers.at(i);
        if (cancelled(o))
            return false;
        if (!layer.bounds.intersects(visible))
            continue;
        if (layer.highlight) {
            drawHighlight(p, layer, view, visible);
            continue;
        }
        p.setOpacity(layer.opacity);
        drawPolygons(p, layer, view, visible, o);
        drawLines(p, layer, view, visible, o);
        // One sprite per symbol of the layer, made when first needed.
        const qsizetype symbolCount = std::max<qsizetype>(1, layer.symbols.size());
        const auto count = static_cast<size_t>(symbolCount);
        std::vector<QImage> sprites(count);
        std::vector<Symbol> symbols(count);
        std::vector<bool> made(count, false);
        CellMask mask(view.size);
        for (const RenderScene::Point &pt : layer.points) {
            if (!visible.contains(pt.at))
                continue;
            const QPointF s = view.toPixel(pt.at);
            if (mask.claim(s)) {
                const size_t k = pt.symbol >= 0 && pt.symbol < symbolCount ? size_t(pt.symbol) : 0;
                if (!made[k]) {
                    symbols[k] = symbolOf(layer, int(k), Symbology::Kind::Point, o);
                    if (!vector)
                        sprites[k] = pointSprite(symbols[k], o.devicePixelRatio);
                    made[k] = true;
                }
                if (vector) {
                    SymbolPainter::drawPoint(p, s, symbols[k]);
                } else {
                    const QSizeF half = sprites[k].deviceIndependentSize() / 2;
                    p.drawImage(s - QPointF(half.width(), half.height()), sprites[k]);
                }
            }
            if (!pt.label.isEmpty() && (layer.labelAlways || labelsAll))
                (layer.labelAlways ? always : others)->append({s, &pt});
        }
    }
    return true;
}

// Labels last, over every symbol; settlement names (labelAlways) first and in bold when
// zoomed out. A label that would overlap one already placed is left out, so the names stay
// readable and their cost is bounded by the screen, not the data.
void placeLabels(QPainter &p, const Labels &labels, const WebMercator::Viewport &view, const MapRenderer::Options &o,
                 bool asText)
{
    QFont font = p.font();
    font.setPixelSize(11);
    const QFontMetricsF metrics(font);
    LabelMask placed(view.size);
    for (const auto &[at, pt] : labels) {
        // Where the label would start is already taken: no need to measure it.
        if (placed.taken(at + QPointF(8, -2)))
            continue;
        // Claimed with some air around it: names packed edge to edge are not read.
        const QRectF box(at + QPointF(6, -9), QSizeF(metrics.horizontalAdvance(pt->label) + 4, 14));
        if (placed.claim(box.adjusted(-10, -6, 10, 6)))
            drawLabel(p, at, pt->label, view.metersPerPixel > o.labelMinZoomMetersPerPixel, asText);
    }
}

// How much drawing a layer takes, roughly: its parts and points.
qsizetype weightOf(const RenderScene::Layer &layer)
{
    return layer.polygons.size() * 4 + layer.lines.size() * 2 + layer.points.size() + 1;
}

} // namespace

QImage MapRenderer::render(const RenderScene &scene, const WebMercator::Viewport &view, const Options &o)
{
    const QSize pixels = (view.size * o.devicePixelRatio).toSize().expandedTo(QSize(1, 1));
    const auto newImage = [&] {
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(o.devicePixelRatio);
        image.fill(Qt::transparent);
        return image;
    };
    // A margin so symbols just outside the edge still show their visible half.
    const double margin = 12 * view.metersPerPixel;
    const QRectF visible = view.bounds().adjusted(-margin, -margin, margin, margin);

    // Layer by layer in the scene's order (bottom first); the selection last, over all.
    // When the work is large, the layers are cut into consecutive groups drawn on their
    // own images in parallel (as QGIS's parallel renderer does per layer) and laid over
    // each other in order, which gives the same picture.
    qsizetype total = 0;
    for (const RenderScene::Layer &layer : scene.layers)
        total += layer.bounds.intersects(visible) ? weightOf(layer) : 0;
    const int threads = !o.parallel ? 1 : o.threads > 0 ? o.threads : std::min<int>(QThread::idealThreadCount(), 4);
    QList<std::pair<qsizetype, qsizetype>> groups;
    if (threads > 1 && total >= 20000 && scene.layers.size() > 1) {
        qsizetype start = 0, weight = 0;
        for (qsizetype i = 0; i < scene.layers.size(); ++i) {
            const RenderScene::Layer &layer = scene.layers.at(i);
            weight += layer.bounds.intersects(visible) ? weightOf(layer) : 0;
            if (weight * threads >= total * (groups.size() + 1) && groups.size() < threads - 1) {
                groups.append({start, i + 1});
                start = i + 1;
            }
        }
        if (start < scene.layers.size())
            groups.append({start, scene.layers.size()});
    }
    if (groups.size() < 2)
        groups = {{0, scene.layers.size()}};

    // std::vector: written from several threads, each its own element, never detached.
    std::vector<QImage> images(size_t(groups.size()));
    std::vector<Labels> always(size_t(groups.size())), others(size_t(groups.size()));
    std::atomic_bool ok = true;
    const auto drawGroup = [&](qsizetype g) {
        const size_t i = size_t(g);
        images[i] = newImage();
        QPainter p(&images[i]);
        p.setRenderHint(QPainter::Antialiasing);
        if (!drawLayers(p, scene, groups.at(g).first, groups.at(g).second, view, visible, o, &always[i], &others[i]))
            ok = false;
    };
    if (groups.size() == 1) {
        drawGroup(0);
    } else {
        QList<qsizetype> indexes;
        for (qsizetype g = 0; g < groups.size(); ++g)
            indexes.append(g);
        QtConcurrent::blockingMap(indexes, drawGroup);
    }
    if (!ok)
        return {};
    QImage image = std::move(images.front());
    QPainter p(&image);
    for (size_t i = 1; i < images.size(); ++i)
        p.drawImage(QPointF(0, 0), images[i]);
    p.setRenderHint(QPainter::Antialiasing);

    Labels labels;
    for (const Labels &l : std::as_const(always))
        labels += l;
    for (const Labels &l : std::as_const(others))
        labels += l;
    placeLabels(p, labels, view, o, false);
    return image;
}

void MapRenderer::paint(QPainter &p, const RenderScene &scene, const WebMercator::Viewport &view, const Options &o)
{
    const double margin = 12 * view.metersPerPixel;
    const QRectF visible = view.bounds().adjusted(-margin, -margin, margin, margin);
    p.save();
    p.setClipRect(QRectF(QPointF(0, 0), view.size));
    p.setRenderHint(QPainter::Antialiasing);
    Labels always, others;
    if (drawLayers(p, scene, 0, scene.layers.size(), view, visible, o, &always, &others, true)) {
        p.setOpacity(1);
        placeLabels(p, always + others, view, o, true);
    }
    p.restore();
}
