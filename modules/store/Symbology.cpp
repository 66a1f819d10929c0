#include "Symbology.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxText = 200;

// Names as QGIS writes them (SimpleMarker "name", SimpleLine "line_style", SimpleFill "style").
const QStringList kShapes = {u"circle"_s, u"square"_s, u"triangle"_s, u"diamond"_s,
                             u"star"_s, u"hexagon"_s, u"cross_fill"_s, u"pentagon"_s};
const QStringList kDashes = {u"solid"_s, u"dash"_s, u"dot"_s, u"dash dot"_s};
const QStringList kFills = {u"solid"_s, u"no"_s, u"horizontal"_s, u"vertical"_s,
                            u"cross"_s, u"b_diagonal"_s, u"f_diagonal"_s, u"diagonal_x"_s};

QString tr(const char *text)
{
    return QCoreApplication::translate("Symbology", text);
}

bool readText(const QJsonObject &o, const QString &key, QString *out, QString *why)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString() || v.toString().size() > kMaxText) {
        *why = tr("'%1' must be a text of at most %2 characters").arg(key).arg(kMaxText);
        return false;
    }
    *out = v.toString();
    return true;
}

bool readNumber(const QJsonObject &o, const QString &key, double lo, double hi, double *out, QString *why)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    const double d = v.toDouble(qQNaN());
    if (!v.isDouble() || !std::isfinite(d) || d < lo || d > hi) {
        *why = tr("'%1' must be a number from %2 to %3").arg(key).arg(lo).arg(hi);
        return false;
    }
    *out = d;
    return true;
}

template<typename E>
bool readEnum(const QJsonObject &o, const QString &key, const QStringList &names, E *out, QString *why)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    const qsizetype i = names.indexOf(v.toString());
    if (i < 0) {
        *why = tr("'%1' must be one of: %2").arg(key, names.join(u", "_s));
        return false;
    }
    *out = E(i);
    return true;
}

bool readColor(const QJsonObject &o, const QString &key, QColor *out, QString *why)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    const QString s = v.toString();
    // #rrggbb only: a colour name would make the style depend on Qt's list of names.
    if (!v.isString() || s.size() != 7 || !s.startsWith(u'#') || !QColor::isValidColorName(s)) {
        *why = tr("'%1' must be a colour written #rrggbb").arg(key);
        return false;
    }
    *out = QColor::fromString(s);
    return true;
}

QString rgba(const QColor &c, double alpha = 1)
{
    return u"%1,%2,%3,%4"_s.arg(c.red()).arg(c.green()).arg(c.blue()).arg(int(std::lround(alpha * 255)));
}

QString option(const QString &name, const QString &value)
{
    return u"            <Option name=\"%1\" type=\"QString\" value=\"%2\"/>\n"_s.arg(name, value.toHtmlEscaped());
}

QString qgisSymbol(const Symbol &s, Symbology::Kind kind, int name)
{
    QString type, layerClass, options;
    switch (kind) {
    case Symbology::Kind::Point:
        type = u"marker"_s;
        layerClass = u"SimpleMarker"_s;
        options = option(u"name"_s, Symbol::shapeName(s.shape)) + option(u"color"_s, rgba(s.color))
                  + option(u"outline_color"_s, rgba(s.strokeColor())) + option(u"outline_style"_s, u"solid"_s)
                  + option(u"outline_width"_s, QString::number(s.width)) + option(u"outline_width_unit"_s, u"MM"_s)
                  + option(u"size"_s, QString::number(s.size)) + option(u"size_unit"_s, u"MM"_s);
        break;
    case Symbology::Kind::Line:
        type = u"line"_s;
        layerClass = u"SimpleLine"_s;
        options = option(u"line_color"_s, rgba(s.color)) + option(u"line_width"_s, QString::number(s.width))
                  + option(u"line_width_unit"_s, u"MM"_s) + option(u"line_style"_s, Symbol::dashName(s.dash))
                  + option(u"capstyle"_s, u"round"_s) + option(u"joinstyle"_s, u"round"_s);
        break;
    case Symbology::Kind::Polygon:
        type = u"fill"_s;
        layerClass = u"SimpleFill"_s;
        options = option(u"color"_s, rgba(s.color, s.fill == Symbol::Fill::Solid ? s.fillOpacity : 1))
                  + option(u"style"_s, Symbol::fillName(s.fill)) + option(u"outline_color"_s, rgba(s.strokeColor()))
                  + option(u"outline_style"_s, Symbol::dashName(s.dash))
                  + option(u"outline_width"_s, QString::number(s.width)) + option(u"outline_width_unit"_s, u"MM"_s);
        break;
    }
    return uR"(      <symbol type="%1" name="%2" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="%3" enabled="1" locked="0" pass="0">
          <Option type="Map">
%4          </Option>
        </layer>
      </symbol>
)"_s.arg(type).arg(name).arg(layerClass, options);
}

QString sldSymbolizer(const Symbol &s, Symbology::Kind kind)
{
    const QString fill = s.color.name(), stroke = s.strokeColor().name();
    const double px = 96 / 25.4;
    switch (kind) {
    case Symbology::Kind::Point: {
        static const QStringList wellKnown = {u"circle"_s, u"square"_s, u"triangle"_s, u"square"_s,
                                              u"star"_s, u"circle"_s, u"cross"_s, u"circle"_s};
        return uR"(<se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>%1</se:WellKnownName>
<se:Fill><se:SvgParameter name="fill">%2</se:SvgParameter></se:Fill>
<se:Stroke><se:SvgParameter name="stroke">%3</se:SvgParameter><se:SvgParameter name="stroke-width">%4</se:SvgParameter></se:Stroke>
</se:Mark><se:Size>%5</se:Size>%6</se:Graphic></se:PointSymbolizer>)"_s
            .arg(wellKnown.at(int(s.shape)), fill, stroke)
            .arg(s.width * px, 0, 'f', 1)
            .arg(s.size * px, 0, 'f', 1)
            .arg(s.shape == Symbol::Shape::Diamond ? u"<se:Rotation>45</se:Rotation>"_s : QString());
    }
    case Symbology::Kind::Line: {
        static const QStringList dashes = {QString(), u"7 3"_s, u"1 3"_s, u"7 3 1 3"_s};
        const QString dash = dashes.at(int(s.dash));
        return uR"(<se:LineSymbolizer><se:Stroke><se:SvgParameter name="stroke">%1</se:SvgParameter>
<se:SvgParameter name="stroke-width">%2</se:SvgParameter>%3</se:Stroke></se:LineSymbolizer>)"_s
            .arg(fill)
            .arg(s.width * px, 0, 'f', 1)
            .arg(dash.isEmpty() ? QString() : u"<se:SvgParameter name=\"stroke-dasharray\">%1</se:SvgParameter>"_s.arg(dash));
    }
    case Symbology::Kind::Polygon: {
        const QString fillPart = s.fill == Symbol::Fill::None ? QString()
            : uR"(<se:Fill><se:SvgParameter name="fill">%1</se:SvgParameter><se:SvgParameter name="fill-opacity">%2</se:SvgParameter></se:Fill>)"_s
                  .arg(fill)
                  .arg(s.fill == Symbol::Fill::Solid ? s.fillOpacity : 0.6, 0, 'f', 2);
        return uR"(<se:PolygonSymbolizer>%1
<se:Stroke><se:SvgParameter name="stroke">%2</se:SvgParameter><se:SvgParameter name="stroke-width">%3</se:SvgParameter></se:Stroke>
</se:PolygonSymbolizer>)"_s.arg(fillPart, stroke).arg(s.width * px, 0, 'f', 1);
    }
    }
    return {};
}

} // namespace

QString Symbol::shapeName(Shape s) { return kShapes.at(int(s)); }
QString Symbol::dashName(Dash d) { return kDashes.at(int(d)); }
QString Symbol::fillName(Fill f) { return kFills.at(int(f)); }
QStringList Symbol::shapeNames() { return kShapes; }
QStringList Symbol::dashNames() { return kDashes; }
QStringList Symbol::fillNames() { return kFills; }

bool Symbol::operator==(const Symbol &o) const
{
    return color == o.color && strokeColor() == o.strokeColor() && shape == o.shape && dash == o.dash
           && fill == o.fill && qFuzzyCompare(size, o.size) && qFuzzyCompare(width, o.width)
           && qFuzzyCompare(fillOpacity, o.fillOpacity);
}

QJsonObject Symbol::toJson() const
{
    QJsonObject o{{u"color"_s, color.name()},
                  {u"shape"_s, shapeName(shape)},
                  {u"dash"_s, dashName(dash)},
                  {u"fill"_s, fillName(fill)},
                  {u"size"_s, size},
                  {u"width"_s, width},
                  {u"fill_opacity"_s, fillOpacity}};
    if (stroke.isValid())
        o.insert(u"stroke"_s, stroke.name());
    return o;
}

bool Symbol::fromJson(const QJsonObject &o, Symbol *out, QString *why)
{
    Symbol s;
    s.color = QColor(0x7f, 0x8c, 0x8d);
    if (!readColor(o, u"color"_s, &s.color, why) || !readColor(o, u"stroke"_s, &s.stroke, why)
        || !readEnum(o, u"shape"_s, kShapes, &s.shape, why) || !readEnum(o, u"dash"_s, kDashes, &s.dash, why)
        || !readEnum(o, u"fill"_s, kFills, &s.fill, why) || !readNumber(o, u"size"_s, 0.5, 20, &s.size, why)
        || !readNumber(o, u"width"_s, 0.05, 5, &s.width, why)
        || !readNumber(o, u"fill_opacity"_s, 0, 1, &s.fillOpacity, why))
        return false;
    *out = s;
    return true;
}

int Symbology::classOf(const QVariantMap &attributes) const
{
    if (type == Type::Single || classes.isEmpty())
        return -1;
    const QVariant v = attributes.value(field);
    if (type == Type::Categorised) {
        if (v.isNull() || !v.isValid())
            return -1;
        const QString text = v.toString();
        for (qsizetype i = 0; i < classes.size(); ++i) {
            if (classes.at(i).value == text)
                return int(i);
        }
        return -1;
    }
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return -1;
    for (qsizetype i = 0; i < classes.size(); ++i) {
        const SymbolClass &c = classes.at(i);
        const bool last = i == classes.size() - 1;
        if (d >= c.lower && (d < c.upper || (last && d <= c.upper)))
            return int(i);
    }
    return -1;
}

QList<Symbol> Symbology::symbols() const
{
    QList<Symbol> out{symbol};
    if (type != Type::Single) {
        for (const SymbolClass &c : classes)
            out.append(c.symbol);
    }
    return out;
}

QJsonObject Symbology::toJson() const
{
    static const QStringList types = {u"single"_s, u"categorised"_s, u"graduated"_s};
    QJsonObject o{{u"type"_s, types.at(int(type))}, {u"symbol"_s, symbol.toJson()}};
    if (type == Type::Single)
        return o;
    o.insert(u"field"_s, field);
    if (!otherSl.isEmpty())
        o.insert(u"other_sl"_s, otherSl);
    if (!otherEn.isEmpty())
        o.insert(u"other_en"_s, otherEn);
    QJsonArray list;
    for (const SymbolClass &c : classes) {
        QJsonObject co{{u"label_sl"_s, c.labelSl}, {u"label_en"_s, c.labelEn}, {u"symbol"_s, c.symbol.toJson()}};
        if (type == Type::Categorised) {
            co.insert(u"value"_s, c.value);
        } else {
            co.insert(u"min"_s, c.lower);
            co.insert(u"max"_s, c.upper);
        }
        list.append(co);
    }
    o.insert(u"classes"_s, list);
    return o;
}

bool Symbology::fromJson(const QJsonObject &o, Symbology *out, QString *why)
{
    static const QStringList types = {u"single"_s, u"categorised"_s, u"graduated"_s};
    Symbology s;
    if (!readEnum(o, u"type"_s, types, &s.type, why))
        return false;
    if (!o.value(u"symbol"_s).isUndefined() && !o.value(u"symbol"_s).isObject()) {
        *why = tr("'symbol' must be an object");
        return false;
    }
    if (!Symbol::fromJson(o.value(u"symbol"_s).toObject(), &s.symbol, why))
        return false;
    if (s.type == Type::Single) {
        *out = s;
        return true;
    }
    if (!readText(o, u"field"_s, &s.field, why) || !readText(o, u"other_sl"_s, &s.otherSl, why)
        || !readText(o, u"other_en"_s, &s.otherEn, why))
        return false;
    if (s.field.isEmpty()) {
        *why = tr("a classified style needs the 'field' it classifies by");
        return false;
    }
    const QJsonValue list = o.value(u"classes"_s);
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > kMaxClasses) {
        *why = tr("'classes' must be a list of 1 to %1 classes").arg(kMaxClasses);
        return false;
    }
    for (const QJsonValue &v : list.toArray()) {
        if (!v.isObject()) {
            *why = tr("every class must be an object");
            return false;
        }
        const QJsonObject co = v.toObject();
        SymbolClass c;
        if (!readText(co, u"label_sl"_s, &c.labelSl, why) || !readText(co, u"label_en"_s, &c.labelEn, why)
            || !Symbol::fromJson(co.value(u"symbol"_s).toObject(), &c.symbol, why))
            return false;
        if (s.type == Type::Categorised) {
            const QJsonValue value = co.value(u"value"_s);
            if (value.isDouble())
                c.value = QString::number(value.toDouble());
            else if (!readText(co, u"value"_s, &c.value, why))
                return false;
        } else {
            c.lower = qQNaN();
            c.upper = qQNaN();
            if (!readNumber(co, u"min"_s, -1e15, 1e15, &c.lower, why) || !readNumber(co, u"max"_s, -1e15, 1e15, &c.upper, why))
                return false;
            if (std::isnan(c.lower) || std::isnan(c.upper) || c.lower > c.upper) {
                *why = tr("a graduated class needs 'min' ≤ 'max'");
                return false;
            }
        }
        s.classes.append(c);
    }
    *out = s;
    return true;
}

QString Symbology::qgisQml(Kind kind, bool english) const
{
    QString renderer, entries, symbolsXml;
    if (type == Type::Single || classes.isEmpty()) {
        renderer = u"<renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n"_s;
        symbolsXml = qgisSymbol(symbol, kind, 0);
    } else {
        for (qsizetype i = 0; i < classes.size(); ++i) {
            const SymbolClass &c = classes.at(i);
            const QString label = c.label(english).toHtmlEscaped();
            if (type == Type::Categorised)
                entries += u"      <category render=\"true\" symbol=\"%1\" value=\"%2\" label=\"%3\" type=\"string\"/>\n"_s
                               .arg(i).arg(c.value.toHtmlEscaped(), label);
            else
                entries += u"      <range render=\"true\" symbol=\"%1\" lower=\"%2\" upper=\"%3\" label=\"%4\"/>\n"_s
                               .arg(i).arg(c.lower, 0, 'g', 15).arg(c.upper, 0, 'g', 15).arg(label);
            symbolsXml += qgisSymbol(c.symbol, kind, int(i));
        }
        const QString attr = field.toHtmlEscaped();
        if (type == Type::Categorised) {
            // The last category, with no value, takes every other value (QGIS's "all other values").
            const QString other = (english && !otherEn.isEmpty() ? otherEn : otherSl).toHtmlEscaped();
            entries += u"      <category render=\"true\" symbol=\"%1\" value=\"\" label=\"%2\"/>\n"_s.arg(classes.size()).arg(other);
            symbolsXml += qgisSymbol(symbol, kind, int(classes.size()));
            renderer = u"<renderer-v2 type=\"categorizedSymbol\" attr=\"%1\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n    <categories>\n%2    </categories>\n"_s
                           .arg(attr, entries);
        } else {
            renderer = u"<renderer-v2 type=\"graduatedSymbol\" attr=\"%1\" graduatedMethod=\"GraduatedColor\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n    <ranges>\n%2    </ranges>\n"_s
                           .arg(attr, entries);
        }
    }
    return uR"(<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.40" styleCategories="Symbology">
  %1    <symbols>
%2    </symbols>
  </renderer-v2>
</qgis>
)"_s.arg(renderer, symbolsXml);
}

QString Symbology::sld(const QString &layer, Kind kind) const
{
    const QString name = layer.toHtmlEscaped();
    QString rules;
    const auto rule = [&](const QString &title, const QString &filter, const Symbol &s) {
        rules += u"<se:Rule><se:Name>%1</se:Name>%2\n%3\n</se:Rule>\n"_s.arg(title.toHtmlEscaped(), filter, sldSymbolizer(s, kind));
    };
    if (type == Type::Single || classes.isEmpty()) {
        rule(layer, QString(), symbol);
    } else {
        const QString property = u"<ogc:PropertyName>%1</ogc:PropertyName>"_s.arg(field.toHtmlEscaped());
        for (const SymbolClass &c : classes) {
            QString filter;
            if (type == Type::Categorised)
                filter = u"<ogc:Filter><ogc:PropertyIsEqualTo>%1<ogc:Literal>%2</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>"_s
                             .arg(property, c.value.toHtmlEscaped());
            else
                filter = u"<ogc:Filter><ogc:And><ogc:PropertyIsGreaterThanOrEqualTo>%1<ogc:Literal>%2</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>"
                         "<ogc:PropertyIsLessThanOrEqualTo>%1<ogc:Literal>%3</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo></ogc:And></ogc:Filter>"_s
                             .arg(property).arg(c.lower, 0, 'g', 15).arg(c.upper, 0, 'g', 15);
            rule(c.label(false), filter, c.symbol);
        }
        if (type == Type::Categorised)
            rules += u"<se:Rule><se:Name>%1</se:Name><se:ElseFilter/>\n%2\n</se:Rule>\n"_s.arg(otherSl.toHtmlEscaped(),
                                                                                            sldSymbolizer(symbol, kind));
    }
    return uR"(<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se" xmlns:ogc="http://www.opengis.net/ogc" version="1.1.0"
  xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd">
<NamedLayer><se:Name>%1</se:Name><UserStyle><se:Name>%1</se:Name><se:FeatureTypeStyle>
%2</se:FeatureTypeStyle></UserStyle></NamedLayer>
</StyledLayerDescriptor>
)"_s.arg(name, rules);
}

Symbology Symbology::automatic(const QColor &domainColor, Kind kind, int variant, int domainIndex)
{
    // Shades of the domain's hue (the palette family), and for each kind its own way to
    // tell layers apart: the point's shape, the line's dash and width, the area's pattern.
    // The shade steps through 5 and the shape through 7 (coprime), so the first 35 layers of
    // a kind in a domain all differ.
    variant = std::max(0, variant);
    static const int hueShift[] = {0, -14, 14, -26, 26};
    static const double lightShift[] = {0, -0.12, 0.10, 0.06, -0.08};
    const int shade = variant % 5;
    float h, s, l, a;
    domainColor.getHslF(&h, &s, &l, &a);
    QColor c = QColor::fromHslF(h < 0 ? 0 : std::fmod(h + hueShift[shade] / 360.0f + 1.0f, 1.0f), s,
                                std::clamp(l + float(lightShift[shade]), 0.15f, 0.75f));
    c = QColor(c.name()); // whole 8-bit channels, as stored
    Symbology out;
    out.symbol.color = c;
    switch (kind) {
    case Kind::Point:
        out.symbol.shape = Symbol::Shape((variant + domainIndex) % 7);
        out.symbol.stroke = Qt::white;
        out.symbol.width = 0.4;
        break;
    case Kind::Line: {
        static const double widths[] = {0.7, 0.5, 1.0};
        out.symbol.dash = Symbol::Dash(variant % 4);
        out.symbol.width = widths[variant % 3];
        break;
    }
    case Kind::Polygon: {
        static const Symbol::Fill fills[] = {Symbol::Fill::Solid, Symbol::Fill::BDiagonal, Symbol::Fill::Horizontal,
                                             Symbol::Fill::FDiagonal, Symbol::Fill::Cross, Symbol::Fill::Vertical,
                                             Symbol::Fill::DiagonalCross};
        out.symbol.fill = fills[variant % 7];
        out.symbol.width = 0.4;
        break;
    }
    }
    return out;
}

Symbology Symbology::nextAutomatic(const QColor &domainColor, Kind kind, int domainIndex, const QList<Symbology> &taken)
{
    QList<Symbol> used;
    for (const Symbology &t : taken)
        used += t.symbols();
    for (int v = 0; v < 200; ++v) {
        Symbology candidate = automatic(domainColor, kind, v, domainIndex);
        if (!used.contains(candidate.symbol))
            return candidate;
    }
    return automatic(domainColor, kind, int(taken.size()), domainIndex);
}

QString Symbology::kindName(Kind kind)
{
    return kind == Kind::Polygon ? u"polygon"_s : kind == Kind::Line ? u"line"_s : u"point"_s;
}

Symbology::Kind Symbology::kindFromName(const QString &name)
{
    return name == u"polygon"_s ? Kind::Polygon : name == u"line"_s ? Kind::Line : Kind::Point;
}

Symbol Symbology::plain(Kind kind, const QColor &color, bool outline, bool emphasised, const QColor &boundaryColor)
{
    constexpr double pxPerMm = 96 / 25.4;
    Symbol s;
    s.color = color;
    switch (kind) {
    case Kind::Polygon:
        s.fill = outline ? Symbol::Fill::None : Symbol::Fill::Solid;
        s.fillOpacity = 0.28;
        s.stroke = emphasised ? boundaryColor : color;
        s.width = (emphasised ? 3 : 1) / pxPerMm;
        break;
    case Kind::Line:
        s.width = 2 / pxPerMm;
        break;
    case Kind::Point:
        s.size = 10 / pxPerMm;
        s.stroke = Qt::white;
        s.width = 1.5 / pxPerMm;
        break;
    }
    return s;
}

std::optional<Symbology::Kind> Symbology::kindOf(const QString &geometryType)
{
    const QString t = geometryType.toLower();
    if (t.contains(u"polygon"_s) || t.contains(u"surface"_s))
        return Kind::Polygon;
    if (t.contains(u"line"_s) || t.contains(u"curve"_s))
        return Kind::Line;
    if (t.contains(u"point"_s))
        return Kind::Point;
    return std::nullopt;
}
