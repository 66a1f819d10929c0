#pragma once

#include <QQuickPaintedItem>
#include <QVariantMap>

/// A legend swatch painted with the map's own symbol painter, so the legend shows the
/// symbol the map draws: the layer's kind ("polygon", "line", "point") and its symbol as
/// the legend gives it (Symbol JSON as a map). Without a symbol it draws `color` in the
/// map's default look.
class SymbolSwatch : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY changed)
    Q_PROPERTY(QVariantMap symbol READ symbol WRITE setSymbol NOTIFY changed)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY changed)

public:
    explicit SymbolSwatch(QQuickItem *parent = nullptr);

    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QVariantMap symbol() const { return m_symbol; }
    void setSymbol(const QVariantMap &symbol);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);

    void paint(QPainter *painter) override;

signals:
    void changed();

private:
    QString m_kind;
    QVariantMap m_symbol;
    QColor m_color = Qt::gray;
};
