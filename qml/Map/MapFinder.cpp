#include "MapFinder.h"

#include <algorithm>
#include <cmath>

MapFinder::MapFinder(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const QVariantList results = m_watcher.result();
        setStatus(Ready);
        emit answered(results, m_tag);
    });
}

MapFinder::~MapFinder()
{
    m_watcher.waitForFinished();
}

void MapFinder::setLayers(MapLayers *layers)
{
    if (m_layers == layers)
        return;
    m_layers = layers;
    emit layersChanged();
}

void MapFinder::identify(const QGeoCoordinate &at, double toleranceMeters, const QVariant &tag)
{
    if (!m_layers) {
        setStatus(Error, tr("no layers to look in"));
        return;
    }
    ask(m_layers->identifyLater(at, toleranceMeters), tag);
}

void MapFinder::inside(const QVariantList &polygon, const QVariant &tag)
{
    if (!m_layers) {
        setStatus(Error, tr("no layers to look in"));
        return;
    }
    QPointer<MapLayers> layers = m_layers;
    m_lastInside = [layers, polygon](double band) {
        return layers ? layers->insideLater(polygon, band) : QtFuture::makeReadyValueFuture(QVariantList());
    };
    m_lastInsideTag = tag;
    ask(m_lastInside(m_bandMeters), tag);
}

void MapFinder::insideFeature(const QString &layer, qint64 fid, const QVariant &tag)
{
    if (!m_layers) {
        setStatus(Error, tr("no layers to look in"));
        return;
    }
    QPointer<MapLayers> layers = m_layers;
    m_lastInside = [layers, layer, fid](double band) {
        return layers ? layers->insideFeatureLater(layer, fid, band) : QtFuture::makeReadyValueFuture(QVariantList());
    };
    m_lastInsideTag = tag;
    ask(m_lastInside(m_bandMeters), tag);
}

void MapFinder::setBandMeters(double meters)
{
    meters = std::clamp(std::isfinite(meters) ? meters : 0.0, 0.0, MapLayers::kMaxBandMeters);
    if (meters == m_bandMeters)
        return;
    m_bandMeters = meters;
    emit bandMetersChanged();
    if (m_lastInside)
        ask(m_lastInside(m_bandMeters), m_lastInsideTag);
}

void MapFinder::ask(QFuture<QVariantList> future, const QVariant &tag)
{
    // setFuture() forgets the older future: its answer, when it comes, is not delivered.
    m_tag = tag;
    setStatus(Loading);
    m_watcher.setFuture(future);
}

void MapFinder::setStatus(Status status, const QString &error)
{
    if (m_status == status && m_errorString == error)
        return;
    m_status = status;
    m_errorString = error;
    emit statusChanged();
}
