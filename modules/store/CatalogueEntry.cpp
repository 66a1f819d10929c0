#include "CatalogueEntry.h"

#include <QJsonArray>
#include <QSet>

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
        {u"fields"_s, fieldsToJson()},
    };
    if (!extent.isNull())
        o.insert(u"extent"_s, QJsonArray{extent.left(), extent.top(), extent.right(), extent.bottom()});
    return o;
}

QStringList CatalogueEntry::editableKeys()
{
    return {u"domain"_s, u"title_sl"_s, u"title_en"_s, u"description_sl"_s, u"description_en"_s, u"owner"_s,
            u"update_interval"_s, u"period_of_use"_s, u"users"_s, u"links"_s, u"source"_s, u"licence"_s,
            u"illustrative"_s, u"roles"_s, u"attribution"_s, u"fields"_s};
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
        else if (key == u"fields"_s) fields = fieldsFromJson(v);
        else unknown.append(key);
    }
    return unknown;
}

QJsonArray CatalogueEntry::fieldsToJson() const
{
    QJsonArray out;
    for (const FieldAlias &f : fields) {
        QJsonObject o{{u"name"_s, f.name}};
        if (!f.sl.isEmpty())
            o.insert(u"sl"_s, f.sl);
        if (!f.en.isEmpty())
            o.insert(u"en"_s, f.en);
        if (f.hidden)
            o.insert(u"hidden"_s, true);
        out.append(o);
    }
    return out;
}

QList<FieldAlias> CatalogueEntry::fieldsFromJson(const QJsonValue &value)
{
    // From a manifest, an edit or a stored row: anything but an array of {name, …} objects
    // within the caps is left out, never half-read.
    QList<FieldAlias> out;
    QSet<QString> seen;
    const auto text = [](const QJsonValue &v) { return v.toString().trimmed().left(kMaxAliasLength); };
    for (const QJsonValue &v : value.toArray()) {
        if (out.size() >= kMaxFields)
            break;
        const QJsonObject o = v.toObject();
        const QString name = o.value(u"name"_s).toString();
        if (name.isEmpty() || name.size() > kMaxAliasLength || seen.contains(name))
            continue;
        seen.insert(name);
        out.append({name, text(o.value(u"sl"_s)), text(o.value(u"en"_s)), o.value(u"hidden"_s).toBool()});
    }
    return out;
}

bool CatalogueEntry::isTechnicalField(const QString &name)
{
    // Keys and bookkeeping of the source systems, not facts about the feature: OSM's
    // "@id"/"@type"/"@lat", the GeoPackage and Shapefile row ids, ESRI's shape measures.
    static const QSet<QString> technical = {u"fid"_s, u"ogc_fid"_s, u"objectid"_s, u"gid"_s, u"osm_id"_s,
                                            u"osm_type"_s, u"osm_way_id"_s, u"globalid"_s, u"shape_leng"_s,
                                            u"shape_length"_s, u"shape_area"_s, u"shape_len"_s};
    return name.startsWith(u'@') || technical.contains(name.toLower());
}

bool CatalogueEntry::isHiddenField(const QString &name) const
{
    for (const FieldAlias &f : fields) {
        if (f.name == name)
            return f.hidden;
    }
    return isTechnicalField(name);
}

QString CatalogueEntry::aliasOf(const QString &name, const QString &language) const
{
    for (const FieldAlias &f : fields) {
        if (f.name != name)
            continue;
        if (language == u"en"_s && !f.en.isEmpty())
            return f.en;
        return f.sl.isEmpty() ? name : f.sl;
    }
    return name;
}

QList<ShownField> CatalogueEntry::shownFields(const QVariantMap &attributes) const
{
    QList<ShownField> out;
    QSet<QString> done;
    const auto add = [&](const QString &name, const QString &sl, const QString &en) {
        done.insert(name);
        const auto it = attributes.constFind(name);
        if (it == attributes.cend())
            return;
        const QString value = it->toString();
        if (!value.isEmpty())
            out.append({name, sl.isEmpty() ? name : sl, !en.isEmpty() ? en : sl.isEmpty() ? name : sl, value});
    };
    for (const FieldAlias &f : fields) {
        if (f.hidden)
            done.insert(f.name);
        else
            add(f.name, f.sl, f.en);
    }
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        if (!done.contains(it.key()) && !isTechnicalField(it.key()))
            add(it.key(), {}, {});
    }
    return out;
}
