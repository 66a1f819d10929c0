#pragma once

#include "MapLayers.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

#include <functional>

/// What lies at a place or in an area, answered on a worker thread (MapLayers' identify,
/// inside and insideFeature, on a snapshot of the layers). One question at a time: a new one
/// makes the answer to the older one be dropped, so a quick second click wins. The answer
/// arrives with the tag the question was asked with (what to do with it).
class MapFinder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MapLayers *layers READ layers WRITE setLayers NOTIFY layersChanged)
    /// Null: nothing asked; Loading: a question is being answered; Ready: the last one is.
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(qreal progress READ progress NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    /// What inside() and insideFeature() also count: features within this many metres of
    /// the area (0: only what lies inside). Changing it asks the last such question again.
    Q_PROPERTY(double bandMeters READ bandMeters WRITE setBandMeters NOTIFY bandMetersChanged)

public:
    enum Status { Null, Loading, Ready, Error };
    Q_ENUM(Status)

    explicit MapFinder(QObject *parent = nullptr);
    ~MapFinder() override;

    MapLayers *layers() const { return m_layers; }
    void setLayers(MapLayers *layers);
    Status status() const { return m_status; }
    qreal progress() const { return m_status == Ready ? 1.0 : 0.0; }
    QString errorString() const { return m_errorString; }
    double bandMeters() const { return m_bandMeters; }
    void setBandMeters(double meters);

    Q_INVOKABLE void identify(const QGeoCoordinate &at, double toleranceMeters, const QVariant &tag = {});
    Q_INVOKABLE void inside(const QVariantList &polygon, const QVariant &tag = {});
    Q_INVOKABLE void insideFeature(const QString &layer, qint64 fid, const QVariant &tag = {});

signals:
    void layersChanged();
    void statusChanged();
    void bandMetersChanged();
    /// The answer to the latest question, in identify()'s form.
    void answered(const QVariantList &results, const QVariant &tag);

private:
    void ask(QFuture<QVariantList> future, const QVariant &tag);
    void setStatus(Status status, const QString &error = {});

    QPointer<MapLayers> m_layers;
    Status m_status = Null;
    QString m_errorString;
    QFutureWatcher<QVariantList> m_watcher;
    QVariant m_tag;
    double m_bandMeters = 0;
    // The last inside question, to ask again with another band.
    std::function<QFuture<QVariantList>(double)> m_lastInside;
    QVariant m_lastInsideTag;
};
