#pragma once

#include "MapRenderer.h"

#include <QFutureWatcher>
#include <QGeoCoordinate>
#include <QImage>
#include <QPointer>
#include <QQuickItem>

#include <atomic>
#include <memory>

#include "MapLayers.h"

/// Draws the store's layers over Qt Location's Map, kept in step with its camera.
///
/// Drawing happens in a worker (MapRenderer, QPainter on an image); the item shows the
/// last image as one texture, moved and scaled with the camera until the next image for
/// the new view is ready, so panning and zooming never wait for drawing. Bearing and
/// tilt are not supported: the console's map keeps north up.
///
/// Why not a geoservices plugin: Debian's Qt Location ships no private headers, so a
/// custom plugin cannot be built against the distribution's Qt; an overlay item can.
class VectorMapItem : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MapLayers *layers READ layers WRITE setLayers NOTIFY layersChanged)
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY cameraChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY cameraChanged)
    Q_PROPERTY(bool upToDate READ upToDate NOTIFY upToDateChanged)
    Q_PROPERTY(int renderCount READ renderCount NOTIFY upToDateChanged)

public:
    explicit VectorMapItem(QQuickItem *parent = nullptr);
    ~VectorMapItem() override;

    MapLayers *layers() const { return m_layers; }
    void setLayers(MapLayers *layers);
    QGeoCoordinate center() const { return m_center; }
    void setCenter(const QGeoCoordinate &center);
    double zoomLevel() const { return m_zoomLevel; }
    void setZoomLevel(double zoomLevel);
    /// True when the image on screen was drawn for the current view and layers.
    bool upToDate() const { return m_upToDate; }
    int renderCount() const { return m_renderCount; }

    /// Where a coordinate is in this item (the map's pixels), by this item's projection.
    Q_INVOKABLE QPointF toItem(const QGeoCoordinate &coordinate) const;

signals:
    void layersChanged();
    void cameraChanged();
    void upToDateChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    struct Rendered
    {
        QImage image;
        WebMercator::Viewport viewport;
        int revision = -1;
    };
    WebMercator::Viewport viewport() const;
    void changed();
    void startRender();
    void finished(const Rendered &result);
    void setUpToDate(bool upToDate);

    QPointer<MapLayers> m_layers;
    QGeoCoordinate m_center;
    double m_zoomLevel = 12;
    Rendered m_shown;
    bool m_newImage = false;
    bool m_upToDate = false;
    int m_renderCount = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Rendered> m_watcher;
};
