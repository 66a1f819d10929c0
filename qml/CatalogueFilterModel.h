#pragma once

#include <QQmlEngine>
#include <QSortFilterProxyModel>

/// The catalogue filtered by a text that may occur in the layer name, titles, domain,
/// owner or licence (case- and diacritic-insensitive), sorted by Slovenian title.
class CatalogueFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit CatalogueFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    int count() const { return rowCount(); }

signals:
    void filterTextChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
    QString m_folded;
};
