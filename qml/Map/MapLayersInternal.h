#pragma once

// Helpers shared by MapLayers.cpp and MapLayersFind.cpp (not part of any API).

#include "CatalogueEntry.h"
#include "DomainRegistry.h"
#include "GeoFeature.h"
#include "LayerScene.h"

#include <QGeoRectangle>
#include <QVariantMap>

#include <algorithm>
#include <optional>

namespace MapLayersInternal {

using namespace Qt::StringLiterals;

/// Attributes that name a feature, in order of preference.
inline const QStringList &labelColumns()
{
    return LayerScene::labelColumns();
}

/// A feature's label: the first of the usual name attributes it has.
inline QString labelOf(const GeoFeature &f)
{
    return LayerScene::labelOf(f);
}

/// Grows a box by another edge by edge (QRectF::united() skips the zero-size boxes of
/// single points).
inline void growBox(std::optional<QRectF> &box, const QRectF &b)
{
    box = !box ? b
               : QRectF(QPointF(std::min(box->left(), b.left()), std::min(box->top(), b.top())),
                        QPointF(std::max(box->right(), b.right()), std::max(box->bottom(), b.bottom())));
}

inline QGeoRectangle toGeo(const QRectF &r)
{
    return QGeoRectangle(QGeoCoordinate(r.bottom(), r.left()), QGeoCoordinate(r.top(), r.right()));
}

/// A feature's attributes as the lists show them: [{name, sl, en, value}], aliases from the
/// catalogue, hidden and technical fields left out.
inline QVariantList shownFieldsOf(const CatalogueEntry &entry, const QVariantMap &attributes)
{
    QVariantList out;
    for (const ShownField &f : entry.shownFields(attributes))
        out.append(QVariantMap{{u"name"_s, f.name}, {u"sl"_s, f.sl}, {u"en"_s, f.en}, {u"value"_s, f.value}});
    return out;
}

/// One feature as the identify, inside and search lists show it.
inline QVariantMap hitOf(const CatalogueEntry &entry, const GeoFeature &f)
{
    return {{u"layer"_s, entry.layer},
            {u"titleSl"_s, entry.titleSl},
            {u"titleEn"_s, entry.titleEn},
            {u"domain"_s, entry.domain},
            {u"color"_s, DomainRegistry::colorOf(entry.domain)},
            {u"label"_s, labelOf(f)},
            {u"fid"_s, f.fid},
            {u"isArea"_s, !f.polygons.isEmpty()},
            {u"attributes"_s, f.attributes},
            {u"fields"_s, shownFieldsOf(entry, f.attributes)}};
}

} // namespace MapLayersInternal
