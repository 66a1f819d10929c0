#include "CatalogueEntry.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList out;
    if (value.isString()) {
        out.append(value.toString());
    } else {
        for (const QJsonValue &v : value.toArray())
            out.append(v.toString());
    }
    return out;
}

} // namespace

QJsonObject CatalogueEntry::toJson() const
{
    QJsonObject o{
        {u"layer"_s, layer},
        {u"domain"_s, domain},
        {u"title_sl"_s, titleSl},
        {u"title_en"_s, titleEn},
        {u"description_sl"_s, descriptionSl},
        {u"description_en"_s, descriptionEn},
        {u"format"_s, format},
        {u"owner"_s, owner},
        {u"update_interval"_s, updateInterval},
        {u"period_of_use"_s, periodOfUse},
        {u"users"_s, toArray(users)},
        {u"links"_s, toArray(links)},
        {u"source"_s, source},
        {u"licence"_s, licence},
        {u"crs"_s, crs},
        {u"geometry_type"_s, geometryType},
        {u"feature_count"_s, featureCount},
        {u"imported_at"_s, importedAt.toUTC().toString(Qt::ISODate)},
        {u"illustrative"_s, illustrative},
        {u"roles"_s, toArray(roles)},
        {u"attribution"_s, attribution},
        {u"style"_s, symbology.toJson()},
    };
    if (!extent.isNull())
        o.insert(u"extent"_s, QJsonArray{extent.left(), extent.top(), extent.right(), extent.bottom()});
    return o;
}

QStringList CatalogueEntry::editableKeys()
{
    return {u"domain"_s, u"title_sl"_s, u"title_en"_s, u"description_sl"_s, u"description_en"_s, u"owner"_s,
            u"update_interval"_s, u"period_of_use"_s, u"users"_s, u"links"_s, u"source"_s, u"licence"_s,
            u"illustrative"_s, u"roles"_s, u"attribution"_s};
}

QStringList CatalogueEntry::applyMetadata(const QJsonObject &m)
{
    QStringList unknown;
    for (auto it = m.begin(); it != m.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue &v = it.value();
        if (key == u"domain"_s) domain = v.toString();
        else if (key == u"title_sl"_s) titleSl = v.toString();
        else if (key == u"title_en"_s) titleEn = v.toString();
        else if (key == u"description_sl"_s) descriptionSl = v.toString();
        else if (key == u"description_en"_s) descriptionEn = v.toString();
        else if (key == u"owner"_s) owner = v.toString();
        else if (key == u"update_interval"_s) updateInterval = v.toString();
        else if (key == u"period_of_use"_s) periodOfUse = v.toString();
        else if (key == u"users"_s) users = toList(v);
        else if (key == u"links"_s) links = toList(v);
        else if (key == u"source"_s) source = v.toString();
        else if (key == u"licence"_s) licence = v.toString();
        else if (key == u"illustrative"_s) illustrative = v.toBool();
        else if (key == u"roles"_s) roles = toList(v);
        else if (key == u"attribution"_s) attribution = v.toString();
        else unknown.append(key);
    }
    return unknown;
}
