#include "LayerRoleList.h"

#include "LayerRoles.h"

using namespace Qt::StringLiterals;

LayerRoleList::LayerRoleList(QObject *parent)
    : QObject(parent)
{
}

QVariantList LayerRoleList::roles() const
{
    QVariantList out;
    for (const LayerRole &r : LayerRoles::all())
        out.append(QVariantMap{{u"id"_s, r.id}, {u"nameSl"_s, r.nameSl}, {u"nameEn"_s, r.nameEn}});
    return out;
}

QString LayerRoleList::name(const QString &id, const QString &language) const
{
    return LayerRoles::name(id, language);
}

QString LayerRoleList::names(const QStringList &ids, const QString &language) const
{
    QStringList out;
    for (const QString &id : ids)
        out.append(LayerRoles::name(id, language));
    return out.join(u", "_s);
}
