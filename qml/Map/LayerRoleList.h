#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

/// The catalogue's layer roles (LayerRoles) for QML, as the singleton "LayerRoleList":
/// what the catalogue editor offers and how a role is named in either language.
class LayerRoleList : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QVariantList roles READ roles CONSTANT)

public:
    explicit LayerRoleList(QObject *parent = nullptr);

    /// Every role: {id, nameSl, nameEn}, in the catalogue's order.
    QVariantList roles() const;
    /// A role's name in "sl" or "en"; the id for an unknown role.
    Q_INVOKABLE QString name(const QString &id, const QString &language) const;
    /// The names of these roles, joined with ", ".
    Q_INVOKABLE QString names(const QStringList &ids, const QString &language) const;
};
