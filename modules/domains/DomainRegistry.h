#pragma once

#include "Domain.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

/// The fixed list of the strategy's 14 domains, ordered by pillar, as a list model.
class DomainRegistry : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount CONSTANT)
    Q_PROPERTY(int pillarCount READ pillarCount CONSTANT)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameSlRole,
        NameEnRole,
        PillarIdRole,
        PillarNameSlRole,
        PillarNameEnRole,
        PillarIndexRole,
        ColorRole,
    };
    Q_ENUM(Roles)

    explicit DomainRegistry(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int pillarCount() const { return int(pillars().size()); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Ids of the 14 domains in the strategy's order.
    Q_INVOKABLE QStringList ids() const;
    /// Row of the domain with this id, or -1.
    Q_INVOKABLE int indexOf(const QString &id) const;
    /// Domain name in "sl" or "en"; an empty string for an unknown id.
    Q_INVOKABLE QString name(const QString &id, const QString &language) const;
    /// Default colour of the domain's layers; gray for an unknown id.
    Q_INVOKABLE QColor color(const QString &id) const;

    static const QList<Domain> &domains();
    static const QList<Pillar> &pillars();
    static std::optional<Domain> find(const QString &id);
    /// The domain's colour without a model instance; gray for an unknown id.
    static QColor colorOf(const QString &id);
};
