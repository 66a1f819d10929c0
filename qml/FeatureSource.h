#pragma once

#include "GeoFeature.h"

#include <QFutureWatcher>
#include <QGeoRectangle>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

/// A small vector file read off the GUI thread and handed to map items as WGS84 shapes.
class FeatureSource : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QUrl source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString labelField READ labelField WRITE setLabelField NOTIFY labelFieldChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(QVariantList polygons READ polygons NOTIFY dataChanged)
    Q_PROPERTY(QVariantList points READ points NOTIFY dataChanged)
    Q_PROPERTY(QGeoRectangle extent READ extent NOTIFY dataChanged)
    Q_PROPERTY(int count READ count NOTIFY dataChanged)

public:
    enum Status { Null, Loading, Ready, Error };
    Q_ENUM(Status)

    explicit FeatureSource(QObject *parent = nullptr);
    ~FeatureSource() override;

    QUrl source() const { return m_source; }
    void setSource(const QUrl &source);
    QString labelField() const { return m_labelField; }
    void setLabelField(const QString &field);
    Status status() const { return m_status; }
    QString errorString() const { return m_errorString; }
    /// One QGeoPolygon per polygon part (holes included).
    QVariantList polygons() const { return m_polygons; }
    /// One {coordinate, label} map per point.
    QVariantList points() const { return m_points; }
    QGeoRectangle extent() const { return m_extent; }
    int count() const { return m_count; }

signals:
    void sourceChanged();
    void labelFieldChanged();
    void statusChanged();
    void dataChanged();

private:
    struct Result
    {
        std::optional<GeoLayerData> data;
        QString error;
    };
    void load();
    void finish(const Result &result);
    void setStatus(Status status, const QString &error = {});

    QUrl m_source;
    QString m_labelField;
    Status m_status = Null;
    QString m_errorString;
    QVariantList m_polygons;
    QVariantList m_points;
    QGeoRectangle m_extent;
    int m_count = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Result> m_watcher;
};
