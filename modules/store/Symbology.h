#pragma once

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

/// How a layer is drawn: one symbol, or classes of features by an attribute (categorised
/// by value, graduated by numeric range), each with its own symbol. Kept per layer in the
/// store (ptuj_layer_symbology, JSON) and written beside as QGIS's own style (layer_styles),
/// so the map, the legend, the print and QGIS show the same classes.
///
/// Sizes are in millimetres as QGIS keeps them; the screen draws 1 mm as 96/25.4 px.
struct Symbol
{
    enum class Shape { Circle, Square, Triangle, Diamond, Star, Hexagon, Cross, Pentagon };
    enum class Dash { Solid, Dash, Dot, DashDot };
    enum class Fill { Solid, None, Horizontal, Vertical, Cross, BDiagonal, FDiagonal, DiagonalCross };

    QColor color;               ///< fill of areas and points, stroke of lines
    QColor stroke;              ///< outline of areas and points (invalid: derived from color)
    Shape shape = Shape::Circle;
    Dash dash = Dash::Solid;
    Fill fill = Fill::Solid;
    double size = 3.2;          ///< point symbol's diameter, mm
    double width = 0.5;         ///< line width, or an area's outline, mm
    double fillOpacity = 0.3;   ///< of a solid area fill, 0…1

    QColor strokeColor() const { return stroke.isValid() ? stroke : color; }
    QJsonObject toJson() const;
    /// False with a reason when the object is not a symbol.
    static bool fromJson(const QJsonObject &o, Symbol *out, QString *why);
    bool operator==(const Symbol &o) const;

    static QString shapeName(Shape s);
    static QString dashName(Dash d);
    static QString fillName(Fill f);
    static QStringList shapeNames();
    static QStringList dashNames();
    static QStringList fillNames();
};

struct SymbolClass
{
    QString value;              ///< categorised: the attribute's value (as text)
    double lower = 0, upper = 0; ///< graduated: lower ≤ v < upper (the last class includes upper)
    QString labelSl, labelEn;
    Symbol symbol;

    QString label(bool english) const { return english && !labelEn.isEmpty() ? labelEn : labelSl.isEmpty() ? value : labelSl; }
};

struct Symbology
{
    enum class Type { Single, Categorised, Graduated };
    enum class Kind { Point, Line, Polygon };

    Type type = Type::Single;
    QString field;              ///< the attribute classified by (categorised, graduated)
    Symbol symbol;              ///< single; for classes, the symbol of "any other value"
    QString otherSl, otherEn;   ///< label of the "other" symbol in a classified legend
    QList<SymbolClass> classes;

    /// Index of the class a feature falls into, -1 for "other" (the base symbol).
    int classOf(const QVariantMap &attributes) const;
    /// The symbols as drawn: [0] the base symbol, [1 + i] class i.
    QList<Symbol> symbols() const;

    QJsonObject toJson() const;
    /// Reads a style from outside (a manifest, the editor, a CLI file): at most kMaxClasses
    /// classes, labels and values of bounded length, sizes in a sane range. False with a
    /// reason when it is not a style.
    static bool fromJson(const QJsonObject &o, Symbology *out, QString *why);

    /// QGIS's own style document (renderer-v2: singleSymbol, categorizedSymbol or
    /// graduatedSymbol) for a layer of this kind.
    QString qgisQml(Kind kind, bool english = false) const;
    /// The same as OGC SLD 1.1 (one rule per class).
    QString sld(const QString &layer, Kind kind) const;

    /// The style a layer gets when nobody chose one: its domain's colour family, the n-th
    /// variant (shade × point shape / line dash / fill pattern) of its kind in that domain,
    /// so no two layers of a domain look alike.
    static Symbology automatic(const QColor &domainColor, Kind kind, int variant, int domainIndex = 0);
    /// The first automatic variant whose symbol none of the taken styles uses.
    static Symbology nextAutomatic(const QColor &domainColor, Kind kind, int domainIndex, const QList<Symbology> &taken);
    static std::optional<Kind> kindOf(const QString &geometryType);
    /// "polygon", "line" or "point", as the legend and the QML side name a kind.
    static QString kindName(Kind kind);
    /// The kind of such a name; anything else is a point.
    static Kind kindFromName(const QString &name);
    /// A symbol in one colour in the map's plain look (translucent areas, 2 px lines, dots
    /// with a white ring), for what has no style of its own; `outline` draws areas unfilled,
    /// `emphasised` in the boundary colour and thick.
    static Symbol plain(Kind kind, const QColor &color, bool outline = false, bool emphasised = false,
                        const QColor &boundaryColor = QColor(0xb0, 0x3a, 0x2e));

    static constexpr int kMaxClasses = 64;
};
