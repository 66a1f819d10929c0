#include "MapLayers.h"

#include <QCoreApplication>

#include "DomainRegistry.h"
#include "LayerRoles.h"

#include <algorithm>

using namespace Qt::StringLiterals;

// What MapLayers tells of its layers from their catalogue entries: names, titles, legend,
// roles and credits. The geometry, selection and drawing are in MapLayers.cpp, the
// lookups (identify, inside, search) in MapLayersFind.cpp.

QStringList MapLayers::layerNames() const
{
    QStringList names;
    for (const Layer &l : m_layers)
        names.append(l.entry.layer);
    return names;
}

QString MapLayers::domainOf(const QString &layer) const
{
    for (const Layer &l : m_layers) {
        if (l.entry.layer == layer)
            return l.entry.domain;
    }
    return {};
}

QVariantList MapLayers::legend() const
{
    QStringList drawn;
    for (const Layer &l : m_layers) {
        if (isVisible(l.entry.layer))
            drawn.append(l.entry.layer);
    }
    return describe(drawn);
}

QVariantList MapLayers::legendClasses(const Layer &l)
{
    // The classes of a classified style as the legend lists them, in the style's order; the
    // base symbol ("other values") last and only when some feature takes it.
    const Symbology &style = l.entry.symbology;
    if (style.type == Symbology::Type::Single || style.classes.isEmpty())
        return {};
    bool otherUsed = false;
    for (const auto &part : l.projected.polygons)
        otherUsed = otherUsed || part.symbol == 0;
    for (const auto &part : l.projected.lines)
        otherUsed = otherUsed || part.symbol == 0;
    for (const auto &point : l.projected.points)
        otherUsed = otherUsed || point.symbol == 0;
    QVariantList out;
    for (const SymbolClass &c : style.classes)
        out.append(QVariantMap{{u"labelSl"_s, c.label(false)}, {u"labelEn"_s, c.label(true)},
                               {u"symbol"_s, c.symbol.toJson().toVariantMap()}});
    if (otherUsed) {
        const QString sl = style.otherSl.isEmpty() ? QCoreApplication::translate("MapLayers", "other values") : style.otherSl;
        out.append(QVariantMap{{u"labelSl"_s, sl}, {u"labelEn"_s, style.otherEn.isEmpty() ? sl : style.otherEn},
                               {u"symbol"_s, style.symbol.toJson().toVariantMap()}, {u"other"_s, true}});
    }
    return out;
}

QVariantList MapLayers::describe(const QStringList &layers) const
{
    QVariantList out;
    for (const Layer &l : m_layers) {
        if (!layers.contains(l.entry.layer))
            continue;
        const QVariantList classes = legendClasses(l);
        // The one swatch a layer row shows: its first class's symbol when classified.
        const QVariant swatch = classes.isEmpty() ? QVariant(l.entry.symbology.symbol.toJson().toVariantMap())
                                                  : classes.first().toMap().value(u"symbol"_s);
        out.append(QVariantMap{{u"layer"_s, l.entry.layer},
                               {u"titleSl"_s, l.entry.titleSl},
                               {u"titleEn"_s, l.entry.titleEn},
                               {u"color"_s, DomainRegistry::colorOf(l.entry.domain)},
                               {u"licence"_s, l.entry.licence},
                               {u"source"_s, l.entry.source},
                               {u"illustrative"_s, l.entry.illustrative},
                               {u"kind"_s, kindOf(l.entry.layer)},
                               {u"symbol"_s, l.entry.symbology.symbol.toJson().toVariantMap()},
                               {u"classes"_s, classes},
                               {u"swatch"_s, swatch}});
    }
    return out;
}

QStringList MapLayers::layersWithRole(const QString &role) const
{
    QStringList out;
    for (const Layer &l : m_layers) {
        if (l.entry.roles.contains(role))
            out.append(l.entry.layer);
    }
    return out;
}

QStringList MapLayers::credits() const
{
    // Bottom layer first: the areas that frame the map before the points drawn over them.
    QStringList drawn;
    const QStringList order = drawingOrder();
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        if (isVisible(*it))
            drawn.append(*it);
    }
    return creditsOf(drawn);
}

QStringList MapLayers::creditsOf(const QStringList &layers) const
{
    QStringList out;
    for (const QString &name : layers) {
        for (const Layer &l : m_layers) {
            if (l.entry.layer != name || l.entry.illustrative)
                continue;
            const QString credit = (l.entry.attribution.isEmpty() ? l.entry.licence : l.entry.attribution).simplified();
            if (!credit.isEmpty() && !out.contains(credit))
                out.append(credit);
        }
    }
    return out;
}

QStringList MapLayers::basemapLayers() const
{
    QStringList out;
    for (const QString &role : LayerRoles::basemapRoles())
        out += layersWithRole(role);
    out.removeDuplicates();
    return out;
}

bool MapLayers::showsIllustrative() const
{
    return std::any_of(m_layers.cbegin(), m_layers.cend(),
                       [this](const Layer &l) { return l.entry.illustrative && isVisible(l.entry.layer); });
}

QString MapLayers::titleOf(const QString &layer, const QString &language) const
{
    for (const Layer &l : m_layers) {
        if (l.entry.layer == layer)
            return (language == u"en"_s ? l.entry.titleEn : l.entry.titleSl);
    }
    return layer;
}
