#include "SymbolPainter.h"

#include <QPainter>
#include <QtMath>

#include <cmath>

QPainterPath SymbolPainter::shapePath(Symbol::Shape shape, double diameter)
{
    const double r = diameter / 2;
    QPainterPath path;
    const auto polygon = [&](int corners, double startDegrees, double radius) {
        QPolygonF poly;
        for (int i = 0; i < corners; ++i) {
            const double a = qDegreesToRadians(startDegrees + 360.0 * i / corners);
            poly << QPointF(radius * std::cos(a), radius * std::sin(a));
        }
        poly << poly.first();
        path.addPolygon(poly);
        path.closeSubpath();
    };
    switch (shape) {
    case Symbol::Shape::Circle:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    case Symbol::Shape::Square:
        path.addRect(QRectF(-r * 0.82, -r * 0.82, r * 1.64, r * 1.64));
        break;
    case Symbol::Shape::Triangle:
        polygon(3, -90, r * 1.1);
        break;
    case Symbol::Shape::Diamond:
        polygon(4, -90, r * 1.05);
        break;
    case Symbol::Shape::Hexagon:
        polygon(6, 0, r);
        break;
    case Symbol::Shape::Pentagon:
        polygon(5, -90, r);
        break;
    case Symbol::Shape::Star: {
        QPolygonF poly;
        for (int i = 0; i < 10; ++i) {
            const double a = qDegreesToRadians(-90 + 36.0 * i);
            const double radius = i % 2 ? r * 0.48 : r * 1.1;
            poly << QPointF(radius * std::cos(a), radius * std::sin(a));
        }
        poly << poly.first();
        path.addPolygon(poly);
        path.closeSubpath();
        break;
    }
    case Symbol::Shape::Cross: {
        // An upright filled cross (QGIS's cross_fill), so it takes fill and outline alike.
        const double w = r * 0.36;
        QPainterPath bar;
        bar.addRect(QRectF(-r, -w, 2 * r, 2 * w));
        QPainterPath upright;
        upright.addRect(QRectF(-w, -r, 2 * w, 2 * r));
        path = bar.united(upright);
        break;
    }
    }
    return path;
}

QBrush SymbolPainter::areaBrush(const Symbol &s)
{
    switch (s.fill) {
    case Symbol::Fill::Solid: {
        QColor c = s.color;
        c.setAlphaF(float(s.fillOpacity));
        return c;
    }
    case Symbol::Fill::None: return Qt::NoBrush;
    case Symbol::Fill::Horizontal: return QBrush(s.color, Qt::HorPattern);
    case Symbol::Fill::Vertical: return QBrush(s.color, Qt::VerPattern);
    case Symbol::Fill::Cross: return QBrush(s.color, Qt::CrossPattern);
    case Symbol::Fill::BDiagonal: return QBrush(s.color, Qt::BDiagPattern);
    case Symbol::Fill::FDiagonal: return QBrush(s.color, Qt::FDiagPattern);
    case Symbol::Fill::DiagonalCross: return QBrush(s.color, Qt::DiagCrossPattern);
    }
    return Qt::NoBrush;
}

QPen SymbolPainter::strokePen(const Symbol &s, Symbology::Kind kind, double pixelsPerMm)
{
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    const QColor color = kind == Symbology::Kind::Line ? s.color : s.strokeColor();
    QPen pen(color, std::max(0.5, s.width * pixelsPerMm), styles[int(s.dash)], Qt::RoundCap, Qt::RoundJoin);
    if (s.dash == Symbol::Dash::Dot)
        pen.setCapStyle(Qt::RoundCap);
    else if (s.dash != Symbol::Dash::Solid)
        pen.setCapStyle(Qt::FlatCap);
    return pen;
}

void SymbolPainter::drawPoint(QPainter &p, QPointF at, const Symbol &s, double pixelsPerMm)
{
    const QPainterPath path = shapePath(s.shape, s.size * pixelsPerMm).translated(at);
    p.setPen(QPen(s.strokeColor(), std::max(0.5, s.width * pixelsPerMm)));
    p.setBrush(s.color);
    p.drawPath(path);
}

void SymbolPainter::drawSwatch(QPainter &p, const QRectF &box, Symbology::Kind kind, const Symbol &s, double pixelsPerMm)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    switch (kind) {
    case Symbology::Kind::Polygon: {
        const QPen pen = strokePen(s, kind, pixelsPerMm);
        const double inset = pen.widthF() / 2;
        const QRectF patch = box.adjusted(inset, inset, -inset, -inset);
        p.setPen(Qt::NoPen);
        p.setBrush(areaBrush(s));
        p.drawRect(patch);
        p.setBrush(Qt::NoBrush);
        p.setPen(pen);
        p.drawRect(patch);
        break;
    }
    case Symbology::Kind::Line:
        p.setPen(strokePen(s, kind, pixelsPerMm));
        p.drawLine(QPointF(box.left() + 1, box.center().y()), QPointF(box.right() - 1, box.center().y()));
        break;
    case Symbology::Kind::Point: {
        // The symbol at its size, but never larger than the box.
        Symbol fitted = s;
        fitted.size = std::min(s.size, (std::min(box.width(), box.height()) - 1) / pixelsPerMm);
        drawPoint(p, box.center(), fitted, pixelsPerMm);
        break;
    }
    }
    p.restore();
}
