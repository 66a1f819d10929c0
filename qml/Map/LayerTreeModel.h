#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

class MapLayers;

/// The map's layers as a list model, in drawing order (the one drawn on top first), for the
/// layer panels: one row per loaded layer with its title, domain, legend, visibility,
/// opacity and feature count. Visibility and opacity are editable (setData) and the order
/// through move(); every change goes to MapLayers, which remembers it between runs.
class LayerTreeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MapLayers *layers READ layers WRITE setLayers NOTIFY layersChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        TitleSlRole,
        TitleEnRole,
        DomainRole,
        ColorRole,
        KindRole,   ///< legend symbol: "polygon", "line", "point" or ""
        VisibleRole,
        OpacityRole,
        OrderRole,  ///< 0 = drawn on top
        CountRole,  ///< features loaded
    };
    Q_ENUM(Role)

    explicit LayerTreeModel(QObject *parent = nullptr);

    MapLayers *layers() const { return m_layers; }
    void setLayers(MapLayers *layers);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Moves a layer to another place in the drawing order; false when out of range.
    Q_INVOKABLE bool move(int from, int to);
    /// The row of a layer, -1 when it is not loaded.
    Q_INVOKABLE int rowOf(const QString &layer) const { return int(m_names.indexOf(layer)); }

signals:
    void layersChanged();

private:
    void sync();
    void refreshValues();

    QPointer<MapLayers> m_layers;
    QStringList m_names;
};
