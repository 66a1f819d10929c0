#include "SymbolSwatch.h"

#include "SymbolPainter.h"

#include <QJsonObject>
#include <QPainter>

using namespace Qt::StringLiterals;

SymbolSwatch::SymbolSwatch(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    setImplicitSize(16, 12);
}

void SymbolSwatch::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    emit changed();
    update();
}

void SymbolSwatch::setSymbol(const QVariantMap &symbol)
{
    if (symbol == m_symbol)
        return;
    m_symbol = symbol;
    emit changed();
    update();
}

void SymbolSwatch::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    emit changed();
    update();
}

void SymbolSwatch::paint(QPainter *painter)
{
    const Symbology::Kind kind = m_kind == u"polygon"_s ? Symbology::Kind::Polygon
                                 : m_kind == u"line"_s  ? Symbology::Kind::Line
                                                        : Symbology::Kind::Point;
    Symbol s;
    QString why;
    if (m_symbol.isEmpty() || !Symbol::fromJson(QJsonObject::fromVariantMap(m_symbol), &s, &why)) {
        s = Symbol{};
        s.color = m_color;
        s.fillOpacity = 0.35;
        if (kind == Symbology::Kind::Point) {
            s.stroke = Qt::white;
            s.width = 0.3;
            s.size = 2.5;
        } else {
            s.width = kind == Symbology::Kind::Line ? 0.8 : 0.26;
        }
    }
    // On screen a millimetre of the symbol is as on the map; a swatch too small for a big
    // point symbol shrinks it to fit (drawSwatch does).
    SymbolPainter::drawSwatch(*painter, boundingRect(), kind, s);
}
