#pragma once

#include "CatalogueEntry.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QQmlEngine>

#include <deque>
#include <functional>

/// The store's data catalogue as a list model; reads and edits run off the GUI thread.
class CatalogueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use ConsoleContext.catalogue")
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Status { Null, Loading, Ready, Error };
    Q_ENUM(Status)

    enum Roles {
        LayerRole = Qt::UserRole + 1,
        DomainRole,
        TitleSlRole,
        TitleEnRole,
        DescriptionSlRole,
        DescriptionEnRole,
        OwnerRole,
        UpdateIntervalRole,
        PeriodOfUseRole,
        UsersRole,
        LinksRole,
        SourceRole,
        LicenceRole,
        CrsRole,
        GeometryTypeRole,
        FeatureCountRole,
        ImportedAtRole,
        IllustrativeRole,
        FormatRole,
        LayerRolesRole,   ///< "layerRoles": the LayerRoles ids of the layer (a list)
        AttributionRole,
    };
    Q_ENUM(Roles)

    explicit CatalogueModel(QObject *parent = nullptr);
    ~CatalogueModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setStorePath(const QString &path);
    Status status() const { return m_status; }
    QString errorString() const { return m_errorString; }

    /// Re-reads the catalogue from the store.
    Q_INVOKABLE void reload();
    /// Saves edited descriptive fields of a layer (keys as in CatalogueEntry::editableKeys).
    Q_INVOKABLE void update(const QString &layer, const QVariantMap &fields);
    /// Number of layers filed under a domain.
    Q_INVOKABLE int countInDomain(const QString &domain) const;

signals:
    void statusChanged();
    void countChanged();
    void saved(const QString &layer);
    void saveFailed(const QString &layer, const QString &message);

private:
    struct Loaded
    {
        QList<CatalogueEntry> entries;
        QString error;
        QString savedLayer;
        QString saveError;
    };
    void start(std::function<Loaded()> work);
    void finish(const Loaded &result);
    void setStatus(Status status, const QString &error = {});

    QString m_storePath;
    QList<CatalogueEntry> m_entries;
    Status m_status = Null;
    QString m_errorString;
    QFutureWatcher<Loaded> m_watcher;
    std::deque<std::function<Loaded()>> m_queue; // store jobs run one at a time, in order
};
