#include "FeatureSource.h"

#include "VectorFileReader.h"

#include <QGeoPolygon>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

QList<QGeoCoordinate> toPath(const GeoRing &ring)
{
    QList<QGeoCoordinate> path;
    path.reserve(ring.size());
    for (const QPointF &p : ring)
        path.append(QGeoCoordinate(p.y(), p.x()));
    return path;
}

} // namespace

FeatureSource::FeatureSource(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        if (!m_watcher.isCanceled())
            finish(m_watcher.result());
    });
}

FeatureSource::~FeatureSource()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void FeatureSource::setSource(const QUrl &source)
{
    if (source == m_source)
        return;
    m_source = source;
    emit sourceChanged();
    load();
}

void FeatureSource::setLabelField(const QString &field)
{
    if (field == m_labelField)
        return;
    m_labelField = field;
    emit labelFieldChanged();
    if (m_status == Ready)
        load();
}

void FeatureSource::load()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_source.isEmpty()) {
        setStatus(Null);
        return;
    }
    const QString path = m_source.isLocalFile() ? m_source.toLocalFile() : m_source.toString();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    setStatus(Loading);
    m_watcher.setFuture(QtConcurrent::run([path, cancel] {
        Result r;
        r.data = VectorFileReader::read(path, {.cancel = cancel.get()}, &r.error);
        return r;
    }));
}

void FeatureSource::finish(const Result &result)
{
    if (!result.data) {
        if (result.error != u"cancelled"_s)
            setStatus(Error, result.error);
        return;
    }
    m_polygons.clear();
    m_points.clear();
    for (const GeoFeature &f : result.data->features) {
        for (const GeoPolygon &polygon : f.polygons) {
            QGeoPolygon shape(toPath(polygon.value(0)));
            for (qsizetype i = 1; i < polygon.size(); ++i)
                shape.addHole(toPath(polygon[i]));
            m_polygons.append(QVariant::fromValue(shape));
        }
        const QString label = f.attributes.value(m_labelField).toString();
        for (const QPointF &p : f.points)
            m_points.append(QVariantMap{{u"coordinate"_s, QVariant::fromValue(QGeoCoordinate(p.y(), p.x()))},
                                        {u"label"_s, label}});
    }
    const QRectF e = result.data->extent;
    m_extent = e.isNull() ? QGeoRectangle()
                          : QGeoRectangle(QGeoCoordinate(e.bottom(), e.left()), QGeoCoordinate(e.top(), e.right()));
    m_count = int(result.data->features.size());
    emit dataChanged();
    setStatus(Ready);
}

void FeatureSource::setStatus(Status status, const QString &error)
{
    if (status == m_status && error == m_errorString)
        return;
    m_status = status;
    m_errorString = error;
    emit statusChanged();
}
