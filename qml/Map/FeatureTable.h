#pragma once

#include <QAbstractTableModel>
#include <QGeoCoordinate>
#include <QPointer>
#include <QQmlEngine>

#include "MapLayers.h"

/// A layer's attribute table: one row per feature, one column per attribute, sortable
/// by any column and filtered by a text found in any cell (case and diacritics ignored).
class FeatureTable : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MapLayers *mapLayers READ mapLayers WRITE setMapLayers NOTIFY sourceChanged)
    Q_PROPERTY(QString layer READ layer WRITE setLayer NOTIFY sourceChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    /// Only the rows of features in the map's selection.
    Q_PROPERTY(bool onlySelected READ onlySelected WRITE setOnlySelected NOTIFY filterTextChanged)
    /// Bumps when the map's selection changes, for bindings that colour selected rows.
    Q_PROPERTY(int selectionRevision READ selectionRevision NOTIFY selectionRevisionChanged)
    /// "sl" or "en": the language of the column headers (the catalogue's field aliases).
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int rows READ rows NOTIFY rowsChanged)
    Q_PROPERTY(int total READ total NOTIFY rowsChanged)

public:
    explicit FeatureTable(QObject *parent = nullptr);

    MapLayers *mapLayers() const { return m_layers; }
    void setMapLayers(MapLayers *layers);
    QString layer() const { return m_layer; }
    void setLayer(const QString &layer);
    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    bool onlySelected() const { return m_onlySelected; }
    void setOnlySelected(bool only);
    int selectionRevision() const { return m_selectionRevision; }
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    /// A column's attribute name (the header shows its alias).
    Q_INVOKABLE QString columnName(int column) const { return m_columns.value(column); }
    int rows() const { return int(m_rows.size()); }
    int total() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Sorts by a column; a second call on the same column reverses the order.
    Q_INVOKABLE void sortBy(int column);
    Q_INVOKABLE int sortColumn() const { return m_sortColumn; }
    /// The row showing the feature with this fid, or -1 (filtered out or not in the layer).
    Q_INVOKABLE int rowOfFid(qint64 fid) const;
    /// A row's feature for the map: fid, label, center, extent, isPoint, shapes.
    Q_INVOKABLE QVariantMap feature(int row) const;
    /// The fid of the feature in a row (-1 past the end).
    Q_INVOKABLE qint64 fidOfRow(int row) const;
    /// Whether the feature in a row is in the map's selection.
    Q_INVOKABLE bool isRowSelected(int row) const;

signals:
    void sourceChanged();
    void languageChanged();
    void filterTextChanged();
    void rowsChanged();
    void selectionRevisionChanged();

private:
    void rebuild();
    void refilter();
    void applyFilterAndSort();
    const QList<GeoFeature> *features() const;

    QPointer<MapLayers> m_layers;
    QString m_layer;
    QString m_filterText;
    bool m_onlySelected = false;
    int m_selectionRevision = 0;
    QStringList m_columns;
    QString m_language = QStringLiteral("sl");
    QList<int> m_rows; // indices into the layer's features, filtered and sorted
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
