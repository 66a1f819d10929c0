#include "CatalogueFilterModel.h"

#include "CatalogueModel.h"
#include "DomainRegistry.h"
#include "Text.h"

CatalogueFilterModel::CatalogueFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CatalogueModel::TitleSlRole);
    setSortLocaleAware(true);
    sort(0);
    connect(this, &QAbstractItemModel::rowsInserted, this, &CatalogueFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &CatalogueFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &CatalogueFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &CatalogueFilterModel::countChanged);
}

void CatalogueFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_folded = Text::fold(text.trimmed());
    invalidateRowsFilter();
    emit filterTextChanged();
    emit countChanged();
}

void CatalogueFilterModel::setDomain(const QString &domain)
{
    if (domain == m_domain)
        return;
    m_domain = domain;
    invalidateRowsFilter();
    emit domainChanged();
    emit countChanged();
}

bool CatalogueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString domain = i.data(CatalogueModel::DomainRole).toString();
    if (!m_domain.isEmpty() && domain != m_domain)
        return false;
    if (m_folded.isEmpty())
        return true;
    const auto d = DomainRegistry::find(domain);
    QStringList haystack;
    for (const int role : {int(CatalogueModel::LayerRole), int(CatalogueModel::TitleSlRole),
                           int(CatalogueModel::TitleEnRole), int(CatalogueModel::OwnerRole),
                           int(CatalogueModel::LicenceRole), int(CatalogueModel::DomainRole)})
        haystack.append(i.data(role).toString());
    if (d)
        haystack << d->nameSl << d->nameEn;
    return Text::fold(haystack.join(u' ')).contains(m_folded);
}
