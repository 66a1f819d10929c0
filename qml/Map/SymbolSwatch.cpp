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
    const Symbology::Kind kind = Symbology::kindFromName(m_kind);
    Symbol s;
    QString why;
    if (m_symbol.isEmpty() || !Symbol::fromJson(QJsonObject::fromVariantMap(m_symbol), &s, &why))
        s = Symbology::plain(kind, m_color);
    // On screen a millimetre of the symbol is as on the map; a swatch too small for a big
    // point symbol shrinks it to fit (drawSwatch does).
    SymbolPainter::drawSwatch(*painter, boundingRect(), kind, s);
}
