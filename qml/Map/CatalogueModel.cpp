#include "CatalogueModel.h"

#include "Store.h"

#include <QJsonObject>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

CatalogueModel::CatalogueModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] { finish(m_watcher.result()); });
}

CatalogueModel::~CatalogueModel()
{
    m_watcher.waitForFinished();
}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogueEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LayerRole: return e.layer;
    case DomainRole: return e.domain;
    case TitleSlRole: return e.titleSl;
    case TitleEnRole: return e.titleEn;
    case DescriptionSlRole: return e.descriptionSl;
    case DescriptionEnRole: return e.descriptionEn;
    case OwnerRole: return e.owner;
    case UpdateIntervalRole: return e.updateInterval;
    case PeriodOfUseRole: return e.periodOfUse;
    case UsersRole: return e.users.join(u", "_s);
    case LinksRole: return e.links.join(u", "_s);
    case SourceRole: return e.source;
    case LicenceRole: return e.licence;
    case CrsRole: return e.crs;
    case GeometryTypeRole: return e.geometryType;
    case FeatureCountRole: return e.featureCount;
    case ImportedAtRole: return e.importedAt;
    case IllustrativeRole: return e.illustrative;
    case FormatRole: return e.format;
    case LayerRolesRole: return e.roles;
    case AttributionRole: return e.attribution;
    default: return {};
    }
}

QHash<int, QByteArray> CatalogueModel::roleNames() const
{
    return {
        {LayerRole, "layerName"},
        {DomainRole, "domain"},
        {TitleSlRole, "titleSl"},
        {TitleEnRole, "titleEn"},
        {DescriptionSlRole, "descriptionSl"},
        {DescriptionEnRole, "descriptionEn"},
        {OwnerRole, "owner"},
        {UpdateIntervalRole, "updateInterval"},
        {PeriodOfUseRole, "periodOfUse"},
        {UsersRole, "users"},
        {LinksRole, "links"},
        {SourceRole, "source"},
        {LicenceRole, "licence"},
        {CrsRole, "crs"},
        {GeometryTypeRole, "geometryType"},
        {FeatureCountRole, "featureCount"},
        {ImportedAtRole, "importedAt"},
        {IllustrativeRole, "illustrative"},
        {FormatRole, "format"},
        {LayerRolesRole, "layerRoles"},
        {AttributionRole, "attribution"},
    };
}

void CatalogueModel::setStorePath(const QString &path)
{
    m_storePath = path;
    reload();
}

int CatalogueModel::countInDomain(const QString &domain) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [&](const CatalogueEntry &e) { return e.domain == domain; }));
}

void CatalogueModel::reload()
{
    if (m_storePath.isEmpty()) {
        setStatus(Null);
        return;
    }
    const QString path = m_storePath;
    start([path] {
        Loaded r;
        QString error;
        if (auto store = Store::open(path, Store::Mode::ReadOnly, &error))
            r.entries = store->catalogue();
        else
            r.error = error;
        return r;
    });
}

void CatalogueModel::update(const QString &layer, const QVariantMap &fields)
{
    const QString path = m_storePath;
    const QJsonObject metadata = QJsonObject::fromVariantMap(fields);
    start([path, layer, metadata] {
        Loaded r;
        QString error;
        auto store = Store::open(path, Store::Mode::ReadWrite, &error);
        if (!store || !store->updateCatalogue(layer, metadata, &error))
            r.saveError = error;
        r.savedLayer = layer;
        if (store)
            r.entries = store->catalogue();
        return r;
    });
}

void CatalogueModel::start(std::function<Loaded()> work)
{
    m_queue.push_back(std::move(work));
    if (m_watcher.isRunning())
        return;
    setStatus(Loading);
    m_watcher.setFuture(QtConcurrent::run(std::move(m_queue.front())));
    m_queue.pop_front();
}

void CatalogueModel::finish(const Loaded &result)
{
    if (!result.error.isEmpty()) {
        setStatus(Error, result.error);
    } else {
        const bool countChange = result.entries.size() != m_entries.size();
        beginResetModel();
        m_entries = result.entries;
        endResetModel();
        if (countChange)
            emit countChanged();
        setStatus(Ready);
    }
    if (!result.savedLayer.isEmpty()) {
        if (result.saveError.isEmpty())
            emit saved(result.savedLayer);
        else
            emit saveFailed(result.savedLayer, result.saveError);
    }
    if (!m_queue.empty()) {
        setStatus(Loading);
        m_watcher.setFuture(QtConcurrent::run(std::move(m_queue.front())));
        m_queue.pop_front();
    }
}

void CatalogueModel::setStatus(Status status, const QString &error)
{
    if (status == m_status && error == m_errorString)
        return;
    m_status = status;
    m_errorString = error;
    emit statusChanged();
}
