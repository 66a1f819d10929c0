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
    Q_PROPERTY(QString domain READ domain WRITE setDomain NOTIFY domainChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit CatalogueFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    /// Only layers of this domain; empty for all.
    QString domain() const { return m_domain; }
    void setDomain(const QString &domain);
    int count() const { return rowCount(); }

signals:
    void filterTextChanged();
    void domainChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
    QString m_folded;
    QString m_domain;
};
