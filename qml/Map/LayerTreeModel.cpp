#include "LayerTreeModel.h"

#include "DomainRegistry.h"
#include "MapLayers.h"

using namespace Qt::StringLiterals;

LayerTreeModel::LayerTreeModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void LayerTreeModel::setLayers(MapLayers *layers)
{
    if (m_layers == layers)
        return;
    if (m_layers)
        disconnect(m_layers, nullptr, this, nullptr);
    m_layers = layers;
    if (m_layers) {
        connect(m_layers, &MapLayers::orderChanged, this, &LayerTreeModel::sync);
        connect(m_layers, &MapLayers::layersReloaded, this, &LayerTreeModel::sync);
        connect(m_layers, &MapLayers::shapesChanged, this, &LayerTreeModel::sync);
        connect(m_layers, &MapLayers::visibilityChanged, this, &LayerTreeModel::refreshValues);
    }
    sync();
    emit layersChanged();
}

void LayerTreeModel::sync()
{
    const QStringList names = m_layers ? m_layers->drawingOrder() : QStringList();
    if (names == m_names) {
        refreshValues();
        return;
    }
    // One layer moved: a row move keeps the views' current item and scroll position.
    if (names.size() == m_names.size() && names.size() > 1) {
        for (int from = 0; from < m_names.size(); ++from) {
            QStringList moved = m_names;
            const QString name = moved.takeAt(from);
            const int to = int(names.indexOf(name));
            if (to < 0)
                break;
            moved.insert(to, name);
            if (moved != names || to == from)
                continue;
            if (beginMoveRows({}, from, from, {}, to > from ? to + 1 : to)) {
                m_names = names;
                endMoveRows();
                refreshValues();
                return;
            }
        }
    }
    beginResetModel();
    m_names = names;
    endResetModel();
}

void LayerTreeModel::refreshValues()
{
    if (!m_names.isEmpty())
        emit dataChanged(index(0), index(int(m_names.size()) - 1), {KindRole, VisibleRole, OpacityRole, CountRole, OrderRole,
                                                                    TitleSlRole, TitleEnRole, DomainRole, ColorRole});
}

int LayerTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant LayerTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_layers)
        return {};
    const QString &name = m_names.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return name;
    case TitleSlRole:
        return m_layers->titleOf(name, u"sl"_s);
    case TitleEnRole:
        return m_layers->titleOf(name, u"en"_s);
    case DomainRole:
        return m_layers->domainOf(name);
    case ColorRole:
        return DomainRegistry::colorOf(m_layers->domainOf(name));
    case KindRole:
        return m_layers->kindOf(name);
    case VisibleRole:
    case Qt::CheckStateRole:
        return role == VisibleRole ? QVariant(m_layers->isVisible(name))
                                   : QVariant(m_layers->isVisible(name) ? Qt::Checked : Qt::Unchecked);
    case OpacityRole:
        return m_layers->opacityOf(name);
    case OrderRole:
        return index.row();
    case CountRole:
        return m_layers->featureCountOf(name);
    default:
        return {};
    }
}

bool LayerTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_layers)
        return false;
    const QString name = m_names.at(index.row());
    if (role == VisibleRole || role == Qt::CheckStateRole) {
        const bool visible = role == VisibleRole ? value.toBool() : value.toInt() == Qt::Checked;
        m_layers->setVisible(name, visible);
        return m_layers->isVisible(name) == visible;
    }
    if (role == OpacityRole) {
        bool ok = false;
        const double opacity = value.toDouble(&ok);
        if (!ok)
            return false;
        m_layers->setOpacity(name, opacity);
        return true;
    }
    return false;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsUserCheckable | Qt::ItemIsEditable : base;
}

QHash<int, QByteArray> LayerTreeModel::roleNames() const
{
    return {{NameRole, "name"}, {TitleSlRole, "titleSl"}, {TitleEnRole, "titleEn"}, {DomainRole, "domain"},
            {ColorRole, "color"}, {KindRole, "kind"}, {VisibleRole, "layerVisible"}, {OpacityRole, "layerOpacity"},
            {OrderRole, "order"}, {CountRole, "featureCount"}};
}

bool LayerTreeModel::move(int from, int to)
{
    if (!m_layers || from < 0 || to < 0 || from >= m_names.size() || to >= m_names.size())
        return false;
    if (from != to)
        m_layers->moveLayer(m_names.at(from), to);
    return true;
}
