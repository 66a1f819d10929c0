#include "VectorMapItem.h"

#include "MapLayers.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QSGSimpleTextureNode>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcVectorMap, "ptuj.map.draw", QtInfoMsg)

VectorMapItem::VectorMapItem(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    connect(&m_watcher, &QFutureWatcher<Rendered>::finished, this, [this] { finished(m_watcher.result()); });
}

VectorMapItem::~VectorMapItem()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void VectorMapItem::setLayers(MapLayers *layers)
{
    if (layers == m_layers)
        return;
    if (m_layers)
        disconnect(m_layers, nullptr, this, nullptr);
    m_layers = layers;
    if (m_layers)
        connect(m_layers, &MapLayers::shapesChanged, this, &VectorMapItem::changed);
    emit layersChanged();
    changed();
}

void VectorMapItem::setCenter(const QGeoCoordinate &center)
{
    if (center == m_center)
        return;
    m_center = center;
    emit cameraChanged();
    changed();
}

void VectorMapItem::setZoomLevel(double zoomLevel)
{
    if (qFuzzyCompare(zoomLevel, m_zoomLevel))
        return;
    m_zoomLevel = zoomLevel;
    emit cameraChanged();
    changed();
}

void VectorMapItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        changed();
}

WebMercator::Viewport VectorMapItem::viewport() const
{
    return {WebMercator::fromLonLat(QPointF(m_center.longitude(), m_center.latitude())),
            WebMercator::metersPerPixel(m_zoomLevel), size()};
}

QPointF VectorMapItem::toItem(const QGeoCoordinate &c) const
{
    return viewport().toPixel(WebMercator::fromLonLat(QPointF(c.longitude(), c.latitude())));
}

void VectorMapItem::changed()
{
    setUpToDate(false);
    update(); // move the image we have with the camera right away
    if (!m_watcher.isRunning())
        startRender();
}

void VectorMapItem::startRender()
{
    if (!m_layers || !m_center.isValid() || width() <= 0 || height() <= 0)
        return;
    auto scene = m_layers->scene();
    const WebMercator::Viewport view = viewport();
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([scene, view, dpr, cancel] {
        QElapsedTimer clock;
        clock.start();
        Rendered r{MapRenderer::render(*scene, view, {.devicePixelRatio = dpr, .cancel = cancel.get()}), view,
                   scene->revision};
        qCDebug(lcVectorMap) << "drew" << scene->layers.size() << "layers in" << clock.elapsed() << "ms";
        return r;
    }));
}

void VectorMapItem::finished(const Rendered &result)
{
    if (!result.image.isNull()) {
        m_shown = result;
        m_newImage = true;
        ++m_renderCount;
        update();
    }
    const bool current = m_layers && result.viewport == viewport() && result.revision == m_layers->scene()->revision;
    if (current && !result.image.isNull())
        setUpToDate(true);
    else
        startRender(); // the camera or the layers moved on while drawing
}

void VectorMapItem::setUpToDate(bool upToDate)
{
    if (upToDate == m_upToDate)
        return;
    m_upToDate = upToDate;
    emit upToDateChanged();
}

QSGNode *VectorMapItem::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *node = static_cast<QSGSimpleTextureNode *>(old);
    if (m_shown.image.isNull()) {
        delete node;
        return nullptr;
    }
    if (!node) {
        node = new QSGSimpleTextureNode;
        node->setOwnsTexture(true);
        node->setFiltering(QSGTexture::Linear);
    }
    if (m_newImage || !node->texture()) {
        node->setTexture(window()->createTextureFromImage(m_shown.image, QQuickWindow::TextureHasAlphaChannel));
        m_newImage = false;
    }
    // Where the drawn view lies in the current one: only scale and offset change.
    const QRectF drawn = m_shown.viewport.bounds();
    const WebMercator::Viewport now = viewport();
    const QPointF topLeft = now.toPixel(QPointF(drawn.left(), drawn.bottom()));
    const QPointF bottomRight = now.toPixel(QPointF(drawn.right(), drawn.top()));
    node->setRect(QRectF(topLeft, bottomRight));
    return node;
}
