#include "ImportReport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

void ImportReport::reject(qint64 fid, const QString &reason)
{
    ++rejected;
    if (rejects.size() < kMaxItems)
        rejects.append({fid, reason});
}

void ImportReport::repair(qint64 fid, const QString &reason)
{
    ++repaired;
    if (repairs.size() < kMaxItems)
        repairs.append({fid, reason});
}

QJsonObject ImportReport::toJson() const
{
    const auto items = [](const QList<Item> &list) {
        QJsonArray a;
        for (const Item &i : list)
            a.append(QJsonObject{{u"fid"_s, i.sourceFid}, {u"reason"_s, i.reason}});
        return a;
    };
    QJsonObject o{
        {u"layer"_s, layer},
        {u"source"_s, source},
        {u"format"_s, format},
        {u"imported"_s, imported},
        {u"rejected"_s, rejected},
        {u"repaired"_s, repaired},
        {u"empty_geometry"_s, emptyGeometry},
        {u"outside_slovenia"_s, outsideSlovenia},
        {u"crs"_s, crs},
        {u"source_crs"_s, sourceCrs},
        {u"rejects"_s, items(rejects)},
        {u"repairs"_s, items(repairs)},
        {u"warnings"_s, QJsonArray::fromStringList(warnings)},
    };
    if (!transformation.isEmpty())
        o.insert(u"transformation"_s, transformation);
    if (!bbox.isNull())
        o.insert(u"bbox"_s, QJsonArray{bbox.left(), bbox.top(), bbox.right(), bbox.bottom()});
    return o;
}
