#include "PrintPage.h"

#include "SymbolPainter.h"

#include "MapRenderer.h"
#include "ScaleBar.h"
#include "WebMercator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using PrintPage::Content;
using PrintPage::LegendItem;
using PrintPage::Spec;

QString tr(const char *text)
{
    return QCoreApplication::translate("PrintPage", text);
}

// Screen symbols are sized in pixels of a 96 dpi screen; on paper they keep that size.
constexpr double kScreenDpi = 96.0;

/// Millimetres to the device's pixels.
struct Units
{
    double perMm;
    double mm(double v) const { return v * perMm; }
    QRectF rect(const QRectF &r) const { return {r.x() * perMm, r.y() * perMm, r.width() * perMm, r.height() * perMm}; }
};

QFont fontOf(const Units &u, double heightMm, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(std::max(1, int(std::lround(u.mm(heightMm)))));
    f.setBold(bold);
    return f;
}

/// The map frame's viewport in 96-dpi pixels and the factor from those to the device.
struct MapView
{
    WebMercator::Viewport viewport;
    double toDevice = 1;
};

MapView mapView(const Spec &spec, const Content &c, const QRectF &frameMm)
{
    MapView v;
    const double pxPerMm = kScreenDpi / 25.4;
    v.viewport.size = QSizeF(frameMm.width() * pxPerMm, frameMm.height() * pxPerMm);
    const QRectF area = c.area.isValid() ? c.area : QRectF(QPointF(-1000, -1000), QSizeF(2000, 2000));
    v.viewport.center = area.center();
    // The whole area in the frame, with a little air.
    v.viewport.metersPerPixel = 1.04 * std::max(area.width() / v.viewport.size.width(), area.height() / v.viewport.size.height());
    v.toDevice = spec.dpi / kScreenDpi;
    return v;
}

// Ground metres per map millimetre at the frame's centre: Web Mercator stretches by 1/cos φ.
double groundMetresPerMm(const MapView &v)
{
    const double latitude = WebMercator::toLonLat(v.viewport.center).y();
    return v.viewport.metersPerPixel * std::cos(latitude * M_PI / 180.0) * kScreenDpi / 25.4;
}

// A legend swatch: the layer's own symbol at its size on paper (pixelsPerMm), or for an item
// without one a symbol made from its colour in the map's default look.
void drawSwatch(QPainter &p, const QRectF &box, const LegendItem &item, const Symbol *symbol, double pixelsPerMm)
{
    const Symbology::Kind kind = Symbology::kindFromName(item.kind);
    const Symbol s = symbol        ? *symbol
                     : item.symbol ? *item.symbol
                                   : Symbology::plain(kind, item.color, item.outline, item.emphasised);
    SymbolPainter::drawSwatch(p, box, kind, s, pixelsPerMm);
}

// The marks over the map, in the viewport's 96-dpi pixels: selected features ringed in the
// screen's selection colour, the measured shape dashed with its figure, reports as the
// screen's circles with their counts.
void drawMarks(QPainter &p, const WebMercator::Viewport &view, const QList<PrintPage::Mark> &marks)
{
    using Kind = PrintPage::Mark::Kind;
    const auto path = [&view](const QList<QPointF> &points, bool closed) {
        QPainterPath out;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QPointF at = view.toPixel(points[i]);
            i == 0 ? out.moveTo(at) : out.lineTo(at);
        }
        if (closed)
            out.closeSubpath();
        return out;
    };
    const QColor selection(0x00, 0xb4, 0xd8), measure(0xd3, 0x2f, 0x2f), ink(0x1d, 0x1d, 0x1b);
    for (const PrintPage::Mark &m : marks) {
        if (m.kind == Kind::Selection) {
            p.setBrush(QColor(selection.red(), selection.green(), selection.blue(), 50));
            p.setPen(QPen(selection, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            for (const QList<QPointF> &a : m.areas)
                p.drawPath(path(a, true));
            p.setBrush(Qt::NoBrush);
            for (const QList<QPointF> &l : m.lines)
                p.drawPath(path(l, false));
            p.setBrush(Qt::NoBrush);
            for (const QPointF pt : m.points)
                p.drawEllipse(view.toPixel(pt), 9, 9);
        } else if (m.kind == Kind::Measure) {
            p.setPen(QPen(measure, 2.5, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(QColor(measure.red(), measure.green(), measure.blue(), 35));
            for (const QList<QPointF> &a : m.areas)
                p.drawPath(path(a, true));
            p.setBrush(Qt::NoBrush);
            for (const QList<QPointF> &l : m.lines)
                p.drawPath(path(l, false));
            // The figure at the shape's last corner, on a white box.
            QPointF at;
            if (!m.areas.isEmpty() && !m.areas.last().isEmpty())
                at = view.toPixel(m.areas.last().last());
            else if (!m.lines.isEmpty() && !m.lines.last().isEmpty())
                at = view.toPixel(m.lines.last().last());
            if (!m.label.isEmpty() && !at.isNull()) {
                QFont f(u"DejaVu Sans"_s);
                f.setPixelSize(11);
                f.setBold(true);
                p.setFont(f);
                const QRectF text = QFontMetricsF(f).boundingRect(m.label).adjusted(-4, -2, 4, 2);
                const QRectF box = text.translated(at + QPointF(8, -8) - text.bottomLeft());
                p.setPen(QPen(measure, 1));
                p.setBrush(QColor(255, 255, 255, 235));
                p.drawRoundedRect(box, 3, 3);
                p.setPen(ink);
                p.drawText(box, Qt::AlignCenter, m.label);
            }
        } else {
            // A report cell: a circle in its colour, its count inside when more than one.
            for (const QPointF pt : m.points) {
                const QPointF at = view.toPixel(pt);
                const double r = m.label.isEmpty() || m.label == u"1"_s ? 6 : 11;
                p.setPen(QPen(Qt::white, 1.5));
                p.setBrush(m.color.isValid() ? m.color : measure);
                p.drawEllipse(at, r, r);
                if (r > 6) {
                    QFont f(u"DejaVu Sans"_s);
                    f.setPixelSize(10);
                    f.setBold(true);
                    p.setFont(f);
                    p.setPen(Qt::white);
                    p.drawText(QRectF(at - QPointF(r, r), QSizeF(2 * r, 2 * r)), Qt::AlignCenter, m.label);
                }
            }
        }
    }
}

QString roundScale(double denominator)
{
    // 1 : 24 730 reads as 1 : 25 000: two significant figures.
    const double magnitude = std::pow(10.0, std::floor(std::log10(denominator)) - 1);
    const double rounded = std::round(denominator / magnitude) * magnitude;
    return QLocale().toString(qint64(rounded));
}

} // namespace

namespace PrintPage {

QString defaultSubtitle()
{
    return tr("City Municipality of Ptuj");
}

std::optional<QPageSize::PageSizeId> pageSizeNamed(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == u"A4"_s)
        return QPageSize::A4;
    if (n == u"A3"_s)
        return QPageSize::A3;
    if (n == u"A2"_s)
        return QPageSize::A2;
    if (n == u"A1"_s)
        return QPageSize::A1;
    return std::nullopt;
}

std::optional<QPageLayout::Orientation> orientationNamed(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"landscape"_s || n == u"ležeče"_s || n == u"lezece"_s)
        return QPageLayout::Landscape;
    if (n == u"portrait"_s || n == u"pokončno"_s || n == u"pokoncno"_s)
        return QPageLayout::Portrait;
    return std::nullopt;
}

QSizeF pageMillimetres(const Spec &spec)
{
    const QSizeF portrait = QPageSize(spec.page).size(QPageSize::Millimeter);
    const QSizeF p(std::min(portrait.width(), portrait.height()), std::max(portrait.width(), portrait.height()));
    return spec.orientation == QPageLayout::Landscape ? p.transposed() : p;
}

Frames frames(const Spec &spec)
{
    Frames f;
    f.page = pageMillimetres(spec);
    // Sizes grow with the page (A4 → A1 is ×2.8 in length) but slower, as a cartographer's do.
    const double k = std::sqrt(std::min(f.page.width(), f.page.height()) / 210.0);
    const double margin = 10 * k;
    const double titleHeight = 9 * k, subtitleHeight = 5 * k, footerHeight = 9 * k;
    const double legendWidth = spec.legend ? 62 * k : 0;
    const double gap = 4 * k;
    f.title = QRectF(margin, margin, f.page.width() - 2 * margin, titleHeight);
    f.subtitle = QRectF(margin, f.title.bottom(), f.title.width(), subtitleHeight);
    const double top = f.subtitle.bottom() + gap / 2;
    f.footer = QRectF(margin, f.page.height() - margin - footerHeight, f.title.width(), footerHeight);
    const double bottom = f.footer.top() - gap / 2;
    f.map = QRectF(margin, top, f.title.width() - legendWidth - (spec.legend ? gap : 0), bottom - top);
    f.legend = spec.legend ? QRectF(f.map.right() + gap, top, legendWidth, bottom - top) : QRectF();
    return f;
}

double scaleDenominator(const Spec &spec, const Content &content)
{
    const MapView v = mapView(spec, content, frames(spec).map);
    return groundMetresPerMm(v) * 1000.0;
}

void paint(QPainter &p, const Spec &spec, const Content &c)
{
    const Units u{spec.dpi / 25.4};
    const Frames f = frames(spec);
    const double k = std::sqrt(std::min(f.page.width(), f.page.height()) / 210.0);
    const QColor ink(0x1d, 0x1d, 0x1b), subtle(0x5f, 0x63, 0x68);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(u.rect(QRectF(QPointF(0, 0), f.page)), Qt::white);

    // Title and subtitle, as text.
    p.setPen(ink);
    p.setFont(fontOf(u, 6.2 * k, true));
    p.drawText(u.rect(f.title), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
               c.title.isEmpty() ? tr("Situation map") : c.title);
    if (!c.subtitle.isEmpty()) {
        p.setPen(subtle);
        p.setFont(fontOf(u, 3.6 * k));
        p.drawText(u.rect(f.subtitle), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, c.subtitle);
    }

    // The map, as vectors, in 96-dpi pixels scaled to the device.
    const MapView view = mapView(spec, c, f.map);
    const QRectF mapRect = u.rect(f.map);
    p.fillRect(mapRect, QColor(0xee, 0xf0, 0xe8));
    if (c.scene) {
        p.save();
        p.translate(mapRect.topLeft());
        p.scale(view.toDevice, view.toDevice);
        MapRenderer::Options options;
        options.parallel = false;
        MapRenderer::paint(p, *c.scene, view.viewport, options);
        p.restore();
    }
    if (!c.marks.isEmpty()) {
        p.save();
        p.setClipRect(mapRect);
        p.translate(mapRect.topLeft());
        p.scale(view.toDevice, view.toDevice);
        drawMarks(p, view.viewport, c.marks);
        p.restore();
    }
    p.setPen(QPen(ink, u.mm(0.3)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(mapRect);

    // The overview inset in the map's bottom right corner: the whole municipality, with the
    // printed area on it, when the print shows only part of it.
    const QRectF printedArea = view.viewport.bounds();
    if (spec.overview && c.scene && c.overviewArea.isValid()
        && printedArea.width() * printedArea.height() < 0.5 * c.overviewArea.width() * c.overviewArea.height()) {
        const double w = std::min(48 * k, f.map.width() / 4);
        const double h = w * std::clamp(c.overviewArea.height() / c.overviewArea.width(), 0.5, 1.2);
        const QRectF insetMm(f.map.right() - w - 3 * k, f.map.bottom() - h - 3 * k, w, h);
        const QRectF inset = u.rect(insetMm);
        p.save();
        p.setClipRect(inset);
        p.fillRect(inset, Qt::white);
        WebMercator::Viewport small;
        small.size = QSizeF(insetMm.width() * kScreenDpi / 25.4, insetMm.height() * kScreenDpi / 25.4);
        small.center = c.overviewArea.center();
        small.metersPerPixel = 1.08 * std::max(c.overviewArea.width() / small.size.width(),
                                               c.overviewArea.height() / small.size.height());
        p.translate(inset.topLeft());
        p.scale(view.toDevice, view.toDevice);
        MapRenderer::Options options;
        options.parallel = false;
        MapRenderer::paint(p, *c.scene, small, options);
        // Where the printed map lies (at least a few millimetres, so a street-level print
        // still shows where it is).
        QRectF where(small.toPixel(printedArea.topLeft()), small.toPixel(printedArea.bottomRight()));
        where = where.normalized();
        if (where.width() < 8)
            where.adjust(-(8 - where.width()) / 2, 0, (8 - where.width()) / 2, 0);
        if (where.height() < 8)
            where.adjust(0, -(8 - where.height()) / 2, 0, (8 - where.height()) / 2);
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        p.setBrush(QColor(0xd3, 0x2f, 0x2f, 40));
        p.drawRect(where);
        p.restore();
        p.setPen(QPen(ink, u.mm(0.25)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(inset);
    }

    // North arrow in the map's top right corner: Web Mercator's north is up.
    if (spec.northArrow) {
        const double size = 9 * k;
        const QPointF tip(f.map.right() - 4 * k - size / 3, f.map.top() + 4 * k);
        QPainterPath arrow;
        arrow.moveTo(u.mm(tip.x()), u.mm(tip.y()));
        arrow.lineTo(u.mm(tip.x() + size / 3), u.mm(tip.y() + size));
        arrow.lineTo(u.mm(tip.x()), u.mm(tip.y() + size * 0.72));
        arrow.lineTo(u.mm(tip.x() - size / 3), u.mm(tip.y() + size));
        arrow.closeSubpath();
        p.setPen(QPen(Qt::white, u.mm(0.6)));
        p.setBrush(ink);
        p.drawPath(arrow);
        p.setPen(ink);
        p.setFont(fontOf(u, 3.2 * k, true));
        p.drawText(u.rect(QRectF(tip.x() - size / 2, tip.y() + size, size, 5 * k)), Qt::AlignHCenter | Qt::AlignTop,
                   tr("N"));
    }

    // Scale bar and the scale in the map's bottom left corner, on a white box.
    const double perMm = groundMetresPerMm(view);
    if (spec.scaleBar && perMm > 0) {
        const ScaleBar bar = ScaleBar::fit(perMm, 45 * k);
        if (bar.isValid()) {
            const QRectF box(f.map.left() + 3 * k, f.map.bottom() - 13 * k, bar.pixels + 24 * k, 10 * k);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 230));
            p.drawRect(u.rect(box));
            const QPointF start(box.left() + 3 * k, box.top() + 6.5 * k);
            const double half = bar.pixels / 2;
            p.setBrush(ink);
            p.setPen(QPen(ink, u.mm(0.25)));
            p.drawRect(u.rect(QRectF(start, QSizeF(half, 1.4 * k))));
            p.setBrush(Qt::white);
            p.drawRect(u.rect(QRectF(start + QPointF(half, 0), QSizeF(half, 1.4 * k))));
            p.setPen(ink);
            p.setFont(fontOf(u, 2.6 * k));
            const QString length = bar.meters >= 1000 ? u"%1 km"_s.arg(QLocale().toString(bar.meters / 1000, 'g', 3))
                                                      : u"%1 m"_s.arg(QLocale().toString(qint64(bar.meters)));
            p.drawText(u.rect(QRectF(start.x(), box.top() + 0.8 * k, bar.pixels + 20 * k, 4.5 * k)),
                       Qt::AlignLeft | Qt::AlignVCenter, u"0 – %1    1 : %2"_s.arg(length, roundScale(perMm * 1000)));
        }
    }

    // Legend: every drawn layer, top of the drawing order first, with its symbol.
    if (spec.legend && !f.legend.isEmpty()) {
        p.setPen(ink);
        p.setFont(fontOf(u, 3.4 * k, true));
        const double rowHeight = 5.2 * k;
        double y = f.legend.top();
        p.drawText(u.rect(QRectF(f.legend.left(), y, f.legend.width(), rowHeight)), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Legend"));
        y += rowHeight * 1.2;
        const QFont itemFont = fontOf(u, 2.7 * k);
        const QFontMetricsF metrics(itemFont, p.device());
        for (const LegendItem &item : c.legend) {
            if (y + rowHeight > f.legend.bottom()) {
                p.setFont(itemFont);
                p.setPen(subtle);
                p.drawText(u.rect(QRectF(f.legend.left(), y, f.legend.width(), rowHeight)), Qt::AlignLeft | Qt::AlignVCenter,
                           tr("… and more layers"));
                break;
            }
            // A classified layer: its title, then one row per class with the class's symbol.
            const bool classified = !item.classes.isEmpty();
            if (!classified)
                drawSwatch(p, u.rect(QRectF(f.legend.left(), y + 0.6 * k, 7 * k, rowHeight - 1.2 * k)), item, nullptr, u.mm(1));
            p.setFont(itemFont);
            p.setPen(ink);
            const double indent = classified ? 0 : 9 * k;
            const QRectF text(f.legend.left() + indent, y, f.legend.width() - indent, rowHeight);
            p.drawText(u.rect(text), Qt::AlignLeft | Qt::AlignVCenter,
                       metrics.elidedText(item.title, Qt::ElideRight, u.mm(text.width())));
            y += rowHeight;
            for (const auto &[label, symbol] : item.classes) {
                if (y + rowHeight > f.legend.bottom())
                    break;
                drawSwatch(p, u.rect(QRectF(f.legend.left() + 3 * k, y + 0.6 * k, 7 * k, rowHeight - 1.2 * k)), item,
                           &symbol, u.mm(1));
                p.setFont(itemFont);
                p.setPen(ink);
                const QRectF classText(f.legend.left() + 12 * k, y, f.legend.width() - 12 * k, rowHeight);
                p.drawText(u.rect(classText), Qt::AlignLeft | Qt::AlignVCenter,
                           metrics.elidedText(label, Qt::ElideRight, u.mm(classText.width())));
                y += rowHeight;
            }
        }
    }

    // Footer: date, sources, and what is illustrative.
    p.setPen(subtle);
    p.setFont(fontOf(u, 2.5 * k));
    QStringList footer;
    const QDateTime printed = c.date.isValid() ? c.date : QDateTime::currentDateTime();
    footer.append(tr("Printed %1").arg(QLocale().toString(printed.date(), QLocale::LongFormat) + u", "_s
                                       + QLocale().toString(printed.time(), QLocale::ShortFormat)));
    if (spec.sources && !c.credits.isEmpty())
        footer.append(tr("Sources: %1").arg(c.credits.join(u" · "_s)));
    if (c.illustrative)
        footer.append(tr("Layers marked as illustrative are samples, not official data."));
    p.drawText(u.rect(f.footer), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, footer.join(u"   "_s));
    p.restore();
}

bool write(const QString &path, const Spec &spec, const Content &content, QString *errorString)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSizeF mm = pageMillimetres(spec);
    if (suffix == u"pdf"_s) {
        // Written beside the target and moved over it when complete: a failed print never
        // leaves half a PDF under the name.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *errorString = tr("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        {
            QPdfWriter pdf(&file);
            pdf.setCreator(u"Ptuj Operations Console"_s);
            pdf.setTitle(content.title);
            pdf.setResolution(spec.dpi);
            pdf.setPageLayout(QPageLayout(QPageSize(mm, QPageSize::Millimeter), QPageLayout::Portrait, QMarginsF()));
            QPainter painter;
            if (!painter.begin(&pdf)) {
                *errorString = tr("cannot start a PDF page for %1").arg(path);
                file.cancelWriting();
                return false;
            }
            paint(painter, spec, content);
            if (!painter.end()) {
                *errorString = tr("the PDF page for %1 could not be finished").arg(path);
                file.cancelWriting();
                return false;
            }
        }
        if (!file.commit()) {
            *errorString = tr("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        return true;
    }
    if (suffix != u"png"_s) {
        *errorString = tr("a print is written as .pdf or .png, not '%1'").arg(QFileInfo(path).fileName());
        return false;
    }
    const QSize pixels(int(std::lround(mm.width() / 25.4 * spec.dpi)), int(std::lround(mm.height() / 25.4 * spec.dpi)));
    QImage image(pixels, QImage::Format_RGB32);
    if (image.isNull()) {
        *errorString = tr("a %1 × %2 px page does not fit in memory; choose a lower dpi").arg(pixels.width()).arg(pixels.height());
        return false;
    }
    image.setDotsPerMeterX(int(std::lround(spec.dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(spec.dpi / 0.0254)));
    {
        QPainter painter(&image);
        paint(painter, spec, content);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *errorString = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace PrintPage
