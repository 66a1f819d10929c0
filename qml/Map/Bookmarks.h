#pragma once

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <QQmlEngine>

/// Saved map views: three of the municipality's places everyone needs, plus the user's
/// own, remembered between runs.
class Bookmarks : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles { NameRole = Qt::UserRole + 1, CoordinateRole, ZoomRole, BuiltInRole };
    Q_ENUM(Roles)

    explicit Bookmarks(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Adds a view under a name (trimmed, not empty); false when the name is empty.
    Q_INVOKABLE bool add(const QString &name, const QGeoCoordinate &center, double zoomLevel);
    /// Removes a user bookmark; the built-in ones stay.
    Q_INVOKABLE void remove(int row);
    /// {name, coordinate, zoom} of a row, for QML.
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();

private:
    struct Bookmark
    {
        QString name;
        QGeoCoordinate center;
        double zoom = 14;
        bool builtIn = false;
    };
    void save() const;

    QList<Bookmark> m_items;
};
