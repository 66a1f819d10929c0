#include "LayerStyle.h"

#include "SqliteStatement.h"

using namespace Qt::StringLiterals;

namespace {

QString rgba(const QColor &c, int alpha)
{
    return u"%1,%2,%3,%4"_s.arg(c.red()).arg(c.green()).arg(c.blue()).arg(alpha);
}

QString option(const QString &name, const QString &value)
{
    return u"        <Option name=\"%1\" type=\"QString\" value=\"%2\"/>\n"_s.arg(name, value);
}

} // namespace

QString LayerStyle::qgisQml(Kind kind, const QColor &color)
{
    QString symbolType, layerClass, options;
    switch (kind) {
    case Kind::Point:
        symbolType = u"marker"_s;
        layerClass = u"SimpleMarker"_s;
        options = option(u"name"_s, u"circle"_s) + option(u"color"_s, rgba(color, 255))
                  + option(u"outline_color"_s, u"255,255,255,255"_s) + option(u"outline_width"_s, u"0.4"_s)
                  + option(u"size"_s, u"2.6"_s);
        break;
    case Kind::Line:
        symbolType = u"line"_s;
        layerClass = u"SimpleLine"_s;
        options = option(u"line_color"_s, rgba(color, 255)) + option(u"line_width"_s, u"0.7"_s)
                  + option(u"line_style"_s, u"solid"_s);
        break;
    case Kind::Polygon:
        symbolType = u"fill"_s;
        layerClass = u"SimpleFill"_s;
        options = option(u"color"_s, rgba(color, 90)) + option(u"outline_color"_s, rgba(color, 255))
                  + option(u"outline_width"_s, u"0.5"_s) + option(u"style"_s, u"solid"_s);
        break;
    }
    return uR"(<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.40" styleCategories="Symbology">
  <renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0">
    <symbols>
      <symbol type="%1" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="%2" enabled="1" locked="0" pass="0">
      <Option type="Map">
%3      </Option>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
</qgis>
)"_s.arg(symbolType, layerClass, options);
}

QString LayerStyle::sld(const QString &layer, Kind kind, const QColor &color)
{
    QString symbolizer;
    const QString hex = color.name();
    switch (kind) {
    case Kind::Point:
        symbolizer = uR"(<se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>circle</se:WellKnownName>
<se:Fill><se:SvgParameter name="fill">%1</se:SvgParameter></se:Fill>
<se:Stroke><se:SvgParameter name="stroke">#ffffff</se:SvgParameter><se:SvgParameter name="stroke-width">1</se:SvgParameter></se:Stroke>
</se:Mark><se:Size>9</se:Size></se:Graphic></se:PointSymbolizer>)"_s.arg(hex);
        break;
    case Kind::Line:
        symbolizer = uR"(<se:LineSymbolizer><se:Stroke><se:SvgParameter name="stroke">%1</se:SvgParameter>
<se:SvgParameter name="stroke-width">2</se:SvgParameter></se:Stroke></se:LineSymbolizer>)"_s.arg(hex);
        break;
    case Kind::Polygon:
        symbolizer = uR"(<se:PolygonSymbolizer><se:Fill><se:SvgParameter name="fill">%1</se:SvgParameter>
<se:SvgParameter name="fill-opacity">0.35</se:SvgParameter></se:Fill>
<se:Stroke><se:SvgParameter name="stroke">%1</se:SvgParameter><se:SvgParameter name="stroke-width">1.5</se:SvgParameter></se:Stroke>
</se:PolygonSymbolizer>)"_s.arg(hex);
        break;
    }
    QString escaped = layer.toHtmlEscaped();
    return uR"(<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se" version="1.1.0"
  xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd">
<NamedLayer><se:Name>%1</se:Name><UserStyle><se:Name>%1</se:Name><se:FeatureTypeStyle><se:Rule>
<se:Name>%1</se:Name>
%2
</se:Rule></se:FeatureTypeStyle></UserStyle></NamedLayer>
</StyledLayerDescriptor>
)"_s.arg(escaped, symbolizer);
}

bool LayerStyle::write(sqlite3 *db, const QString &layer, const QString &geometryColumn, Kind kind,
                       const QColor &color, QString *errorString)
{
    SqliteStatement del(db, "DELETE FROM layer_styles WHERE f_table_name = ? AND styleName = 'default'");
    del.bind(1, layer);
    SqliteStatement ins(db, "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                            "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, ui) "
                            "VALUES ('', '', ?, ?, 'default', ?, ?, 1, ?, '', '')");
    ins.bind(1, layer).bind(2, geometryColumn).bind(3, qgisQml(kind, color)).bind(4, sld(layer, kind, color));
    ins.bind(5, u"Default style of the Ptuj Operations Console (domain colour)"_s);
    if (!del.exec() || !ins.exec()) {
        if (errorString)
            *errorString = del.errorString().isEmpty() ? ins.errorString() : del.errorString();
        return false;
    }
    return true;
}
