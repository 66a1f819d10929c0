#include "Bookmarks.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const auto kKey = u"map/bookmarks"_s;
}

Bookmarks::Bookmarks(QObject *parent)
    : QAbstractListModel(parent)
{
    // Proper names, the same in both languages.
    m_items = {
        {u"Staro mestno jedro"_s, QGeoCoordinate(46.4200, 15.8705), 16, true},
        {u"Ptujsko jezero"_s, QGeoCoordinate(46.4020, 15.9000), 14, true},
        {u"CERO Gajke"_s, QGeoCoordinate(46.4137, 15.9262), 16, true},
    };
    for (const QVariant &v : QSettings().value(kKey).toList()) {
        const QVariantMap m = v.toMap();
        const QGeoCoordinate c(m.value(u"lat"_s).toDouble(), m.value(u"lon"_s).toDouble());
        if (!m.value(u"name"_s).toString().isEmpty() && c.isValid())
            m_items.append({m.value(u"name"_s).toString(), c, m.value(u"zoom"_s).toDouble(), false});
    }
}

int Bookmarks::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant Bookmarks::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bookmark &b = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return b.name;
    case CoordinateRole: return QVariant::fromValue(b.center);
    case ZoomRole: return b.zoom;
    case BuiltInRole: return b.builtIn;
    default: return {};
    }
}

QHash<int, QByteArray> Bookmarks::roleNames() const
{
    return {{NameRole, "name"}, {CoordinateRole, "coordinate"}, {ZoomRole, "zoom"}, {BuiltInRole, "builtIn"}};
}

bool Bookmarks::add(const QString &name, const QGeoCoordinate &center, double zoomLevel)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || !center.isValid())
        return false;
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items.append({trimmed, center, zoomLevel, false});
    endInsertRows();
    save();
    emit countChanged();
    return true;
}

void Bookmarks::remove(int row)
{
    if (row < 0 || row >= m_items.size() || m_items.at(row).builtIn)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    save();
    emit countChanged();
}

QVariantMap Bookmarks::get(int row) const
{
    if (row < 0 || row >= m_items.size())
        return {};
    const Bookmark &b = m_items.at(row);
    return {{u"name"_s, b.name}, {u"coordinate"_s, QVariant::fromValue(b.center)}, {u"zoom"_s, b.zoom}};
}

void Bookmarks::save() const
{
    QVariantList list;
    for (const Bookmark &b : m_items) {
        if (!b.builtIn)
            list.append(QVariantMap{{u"name"_s, b.name},
                                    {u"lat"_s, b.center.latitude()},
                                    {u"lon"_s, b.center.longitude()},
                                    {u"zoom"_s, b.zoom}});
    }
    QSettings().setValue(kKey, list);
}
