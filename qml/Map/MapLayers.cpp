#include "MapLayers.h"

#include "FeatureIndex.h"
#include "GeoJsonGeometry.h"
#include "FeatureQuery.h"
#include "LayerRoles.h"
#include "Store.h"
#include "Text.h"
#include "LayerScene.h"
#include "MapLayersInternal.h"
#include "WebMercator.h"

#include <QJsonObject>

#include <QElapsedTimer>
#include <QGeoPolygon>
#include <QLoggingCategory>
#include <QPolygonF>
#include <QSettings>
#include <QtConcurrent>
#include <QThread>
#include <QThreadPool>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace MapLayersInternal;

Q_LOGGING_CATEGORY(lcMapLayers, "ptuj.map.layers", QtInfoMsg)

namespace {

const auto kHiddenKey = u"map/hiddenLayers"_s;
const auto kOpacityKey = u"map/layerOpacity"_s;
const auto kOrderKey = u"map/layerOrder"_s;
using LayerScene::kLargeLayer;
using LayerScene::project;

} // namespace

MapLayers::MapLayers(QObject *parent)
    : QObject(parent)
{
    const QVariantMap opacity = QSettings().value(kOpacityKey).toMap();
    for (auto it = opacity.cbegin(); it != opacity.cend(); ++it)
        m_opacity.insert(it.key(), std::clamp(it.value().toDouble(), 0.1, 1.0));
    const QStringList hidden = QSettings().value(kHiddenKey).toStringList();
    m_hidden = QSet<QString>(hidden.cbegin(), hidden.cend());
    m_order = QSettings().value(kOrderKey).toStringList();
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] { finish(m_watcher.result()); });
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &MapLayers::progressChanged);
}

MapLayers::~MapLayers()
{
    if (m_progress)
        m_progress->cancelled = true;
    m_watcher.waitForFinished();
}

qreal MapLayers::progress() const
{
    if (m_status != Loading || !m_progress)
        return m_status == Ready ? 1.0 : 0.0;
    const int total = m_progress->total;
    return total > 0 ? qreal(m_progress->read) / total : 0.0;
}

void MapLayers::cancel()
{
    if (m_watcher.isRunning() && m_progress)
        m_progress->cancelled = true;
}

void MapLayers::setStorePath(const QString &path)
{
    if (path == m_storePath)
        return;
    m_storePath = path;
    emit storePathChanged();
    reload();
}

void MapLayers::reload()
{
    if (m_storePath.isEmpty()) {
        setStatus(Error, u"no store"_s);
        return;
    }
    if (m_watcher.isRunning())
        return;
    setStatus(Loading);
    const QString path = m_storePath;
    m_progress = std::make_shared<LoadProgress>();
    m_progressTimer.start();
    emit progressChanged();
    m_watcher.setFuture(QtConcurrent::run([path, progress = m_progress] {
        Loaded loaded;
        QString error;
        QList<CatalogueEntry> entries;
        {
            auto store = Store::open(path, Store::Mode::ReadOnly, &error);
            if (!store) {
                loaded.error = error;
                return loaded;
            }
            entries = store->catalogue();
        }
        progress->total = int(entries.size());
        // The layers are shared out over the cores, biggest first to the least loaded, and
        // each share is read through its own connection: a store with several large layers
        // opens in the time of its largest. A small store is read on one connection: a
        // second one costs more than it saves.
        const qint64 features = std::accumulate(entries.cbegin(), entries.cend(), qint64(0),
                                                [](qint64 n, const CatalogueEntry &e) { return n + e.featureCount; });
        const int workers = features < 4 * kLargeLayer ? 1 : std::clamp(QThread::idealThreadCount(), 1, 4);
        QList<QList<qsizetype>> shares(workers);
        QList<qint64> weight(workers, 0);
        QList<qsizetype> bySize(entries.size());
        std::iota(bySize.begin(), bySize.end(), 0);
        std::stable_sort(bySize.begin(), bySize.end(), [&entries](qsizetype a, qsizetype b) {
            return entries.at(a).featureCount > entries.at(b).featureCount;
        });
        for (const qsizetype i : std::as_const(bySize)) {
            const auto lightest = std::min_element(weight.begin(), weight.end()) - weight.begin();
            shares[lightest].append(i);
            weight[lightest] += entries.at(i).featureCount + 100;
        }
        shares.removeIf([](const QList<qsizetype> &share) { return share.isEmpty(); });

        struct Read
        {
            QList<std::pair<qsizetype, Layer>> layers;
            QStringList errors;
        };
        const auto readShare = [&path, &entries, &progress](const QList<qsizetype> &share) {
            Read out;
            QString openError;
            auto store = Store::open(path, Store::Mode::ReadOnly, &openError);
            if (!store) {
                out.errors.append(openError);
                return out;
            }
            FeatureQuery query(*store);
            // The whole world in WGS84: every feature of every layer, transformed once.
            const QRectF world(QPointF(-180, -90), QPointF(180, 90));
            for (const qsizetype i : share) {
                if (progress->cancelled)
                    break;
                const CatalogueEntry &entry = entries.at(i);
                QElapsedTimer clock;
                clock.start();
                const bool large = entry.featureCount >= kLargeLayer;
                QStringList columns;
                if (large) {
                    const QStringList all = store->columnsOf(entry.layer);
                    for (const QString &c : MapLayersInternal::labelColumns()) {
                        if (all.contains(c)) {
                            columns = {c};
                            break;
                        }
                    }
                    // The attribute the style classifies by, or every feature would take the base symbol.
                    const QString field = entry.symbology.type == Symbology::Type::Single ? QString() : entry.symbology.field;
                    if (!field.isEmpty() && all.contains(field) && !columns.contains(field))
                        columns.append(field);
                }
                query.setAttributeColumns(columns);
                const auto result = query.run(entry.layer, world, u"EPSG:4326"_s, -1, !large || !columns.isEmpty());
                const qint64 read = clock.elapsed();
                if (!result.ok) {
                    out.errors.append(u"layer %1: %2"_s.arg(entry.layer, result.error));
                    continue;
                }
                Layer layer{entry, result.features, project(entry, result.features), large, {}, {}};
                // The finders' indexes, here on the loader's thread rather than at the first click.
                layer.grid = std::make_shared<const FeatureGrid>(layer.features);
                QStringList labels;
                labels.reserve(layer.features.size());
                for (const GeoFeature &f : std::as_const(layer.features))
                    labels.append(MapLayersInternal::labelOf(f));
                layer.labels = std::make_shared<const LabelIndex>(labels);
                out.layers.append({i, std::move(layer)});
                ++progress->read;
                qCDebug(lcMapLayers) << entry.layer << result.features.size() << "features: read" << read
                                     << "ms, projected" << clock.elapsed() - read << "ms";
            }
            return out;
        };
        // An own pool: the global one may be busy with other loads (the reports inbox).
        QThreadPool pool;
        pool.setMaxThreadCount(int(shares.size()));
        const QList<Read> reads = QtConcurrent::blockingMapped(&pool, shares, readShare);
        // Back in the catalogue's order.
        QList<std::pair<qsizetype, Layer>> all;
        for (const Read &r : reads) {
            all += r.layers;
            if (!r.errors.isEmpty())
                loaded.error = r.errors.last();
        }
        std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (auto &[index, layer] : all)
            loaded.layers.append(std::move(layer));
        loaded.cancelled = progress->cancelled && progress->read < progress->total;
        return loaded;
    }));
}

void MapLayers::finish(const Loaded &loaded)
{
    m_progressTimer.stop();
    if (loaded.cancelled) {
        // Half a store is not shown: what was there before stays.
        setStatus(m_layers.isEmpty() ? Null : Ready, tr("Loading the layers was cancelled."));
        emit progressChanged();
        return;
    }
    m_layers = loaded.layers;
    // A reload keeps the selection of layers that are still there.
    for (auto it = m_selection.begin(); it != m_selection.end();) {
        if (!featuresOf(it.key()))
            it = m_selection.erase(it);
        else
            ++it;
    }
    emit layersReloaded();
    emit orderChanged();
    emit selectionChanged();
    // Ready first: the view fits itself to the layers' extent before the new scene is
    // there, so the first picture is drawn once, for the fitted view, not also for the old.
    if (m_layers.isEmpty() && !loaded.error.isEmpty())
        setStatus(Error, loaded.error);
    else
        setStatus(Ready, loaded.error);
    emit progressChanged();
    rebuild();
}

void MapLayers::setOnlyLayers(const QStringList &layers)
{
    if (layers == m_only)
        return;
    m_only = layers;
    emit visibilityChanged();
    rebuild();
}

void MapLayers::setOpacity(const QString &layer, double opacity)
{
    opacity = std::clamp(opacity, 0.1, 1.0);
    if (qFuzzyCompare(opacity, opacityOf(layer)))
        return;
    m_opacity.insert(layer, opacity);
    QVariantMap saved;
    for (auto it = m_opacity.cbegin(); it != m_opacity.cend(); ++it)
        saved.insert(it.key(), it.value());
    QSettings().setValue(kOpacityKey, saved);
    emit visibilityChanged();
    rebuild();
}

int MapLayers::featureCountOf(const QString &layer) const
{
    for (const Layer &l : m_layers) {
        if (l.entry.layer == layer)
            return int(l.features.size());
    }
    return 0;
}

QString MapLayers::kindOf(const QString &layer) const
{
    for (const Layer &l : m_layers) {
        if (l.entry.layer != layer)
            continue;
        if (!l.projected.polygons.isEmpty())
            return u"polygon"_s;
        if (!l.projected.lines.isEmpty())
            return u"line"_s;
        if (!l.projected.points.isEmpty())
            return u"point"_s;
    }
    return {};
}

void MapLayers::setVisible(const QString &layer, bool visible)
{
    if (visible == !m_hidden.contains(layer))
        return;
    if (visible)
        m_hidden.remove(layer);
    else
        m_hidden.insert(layer);
    QSettings().setValue(kHiddenKey, hiddenLayers());
    emit visibilityChanged();
    rebuild();
}

QGeoRectangle MapLayers::extentOf(const QString &layer) const
{
    for (const Layer &l : m_layers) {
        if (l.entry.layer != layer)
            continue;
        std::optional<QRectF> box;
        for (const GeoFeature &f : l.features) {
            if (const auto b = f.bounds())
                MapLayersInternal::growBox(box, *b);
        }
        return box ? toGeo(*box) : QGeoRectangle();
    }
    return {};
}

QGeoRectangle MapLayers::extent() const
{
    const QGeoRectangle boundary = unitedExtent(layersWithRole(LayerRoles::MunicipalBoundary));
    return boundary.isValid() ? boundary : unitedExtent(layerNames());
}

QGeoRectangle MapLayers::unitedExtent(const QStringList &layers) const
{
    QGeoRectangle all;
    for (const QString &layer : layers) {
        const QGeoRectangle e = extentOf(layer);
        if (e.isValid())
            all = all.isValid() ? all.united(e) : e;
    }
    return all;
}

int MapLayers::selectionCount() const
{
    int n = 0;
    for (const QSet<qint64> &fids : m_selection)
        n += int(fids.size());
    return n;
}

void MapLayers::select(const QVariantList &features, bool add)
{
    if (!add)
        m_selection.clear();
    for (const QVariant &v : features) {
        const QVariantMap f = v.toMap();
        const QString layer = f.value(u"layer"_s).toString();
        if (featuresOf(layer))
            m_selection[layer].insert(f.value(u"fid"_s).toLongLong());
    }
    emit selectionChanged();
    rebuild();
}

void MapLayers::toggleSelected(const QString &layer, qint64 fid)
{
    if (!featuresOf(layer))
        return;
    QSet<qint64> &fids = m_selection[layer];
    if (!fids.remove(fid))
        fids.insert(fid);
    if (fids.isEmpty())
        m_selection.remove(layer);
    emit selectionChanged();
    rebuild();
}

void MapLayers::clearSelection()
{
    if (m_selection.isEmpty())
        return;
    m_selection.clear();
    emit selectionChanged();
    rebuild();
}

QList<qint64> MapLayers::selectedFids(const QString &layer) const
{
    QList<qint64> fids(m_selection.value(layer).cbegin(), m_selection.value(layer).cend());
    std::sort(fids.begin(), fids.end());
    return fids;
}

QVariantList MapLayers::selectedFeatures() const
{
    QVariantList out;
    for (const QString &layer : drawingOrder()) {
        const QSet<qint64> fids = m_selection.value(layer);
        if (fids.isEmpty())
            continue;
        for (const Layer &l : m_layers) {
            if (l.entry.layer != layer)
                continue;
            for (const GeoFeature &f : l.features) {
                if (fids.contains(f.fid))
                    out.append(MapLayersInternal::hitOf(l.entry, f));
            }
        }
    }
    completeAttributes(out);
    return out;
}

QVariantList MapLayers::selectionMarks() const
{
    QVariantList out;
    for (const Layer &l : m_layers) {
        const QSet<qint64> fids = m_selection.value(l.entry.layer);
        if (fids.isEmpty())
            continue;
        for (const GeoFeature &f : l.features) {
            if (!fids.contains(f.fid))
                continue;
            const QJsonValue geometry = GeoJsonGeometry::of(f);
            if (geometry.isObject())
                out.append(QVariantMap{{u"type"_s, u"Feature"_s},
                                       {u"geometry"_s, geometry.toObject().toVariantMap()},
                                       {u"properties"_s, QVariantMap{{u"mark"_s, u"selection"_s}}}});
        }
    }
    return out;
}

QGeoRectangle MapLayers::selectionExtent() const
{
    std::optional<QRectF> box;
    for (const Layer &l : m_layers) {
        const QSet<qint64> fids = m_selection.value(l.entry.layer);
        if (fids.isEmpty())
            continue;
        for (const GeoFeature &f : l.features) {
            if (!fids.contains(f.fid))
                continue;
            if (const auto b = f.bounds())
                MapLayersInternal::growBox(box, *b);
        }
    }
    return box ? MapLayersInternal::toGeo(*box) : QGeoRectangle();
}

QStringList MapLayers::drawingOrder() const
{
    // The saved order for the layers it names; layers it does not know (new imports) go
    // on top, areas below lines below points, as a cartographer would stack them.
    const auto rank = [this](const QString &layer) {
        const QString kind = kindOf(layer);
        return kind == u"point"_s ? 0 : kind == u"line"_s ? 1 : 2;
    };
    QStringList unknown, known;
    for (const Layer &l : m_layers) {
        if (!m_order.contains(l.entry.layer))
            unknown.append(l.entry.layer);
    }
    std::stable_sort(unknown.begin(), unknown.end(), [&rank](const QString &a, const QString &b) {
        return rank(a) < rank(b);
    });
    for (const QString &name : m_order) {
        if (featuresOf(name))
            known.append(name);
    }
    return unknown + known;
}

void MapLayers::moveLayer(const QString &layer, int index)
{
    QStringList order = drawingOrder();
    const qsizetype from = order.indexOf(layer);
    if (from < 0)
        return;
    index = std::clamp(index, 0, int(order.size()) - 1);
    if (index == from)
        return;
    order.move(from, index);
    // Keep the places of layers that are not loaded now (another store) after the rest.
    for (const QString &name : std::as_const(m_order)) {
        if (!order.contains(name))
            order.append(name);
    }
    m_order = order;
    QSettings().setValue(kOrderKey, m_order);
    emit orderChanged();
    rebuild();
}

void MapLayers::resetOrder()
{
    m_order.clear();
    QSettings().remove(kOrderKey);
    emit orderChanged();
    rebuild();
}

void MapLayers::rebuild()
{
    auto scene = std::make_shared<RenderScene>();
    scene->revision = m_scene->revision + 1;
    qsizetype polygons = 0, lines = 0, points = 0;
    const QStringList order = drawingOrder();
    QList<const Layer *> bottomFirst;
    for (const Layer &l : m_layers)
        bottomFirst.append(&l);
    std::stable_sort(bottomFirst.begin(), bottomFirst.end(), [&order](const Layer *a, const Layer *b) {
        return order.indexOf(a->entry.layer) > order.indexOf(b->entry.layer);
    });
    for (const Layer *layer : std::as_const(bottomFirst)) {
        const Layer &l = *layer;
        if (!isVisible(l.entry.layer))
            continue;
        scene->layers.append(l.projected);
        scene->layers.last().opacity = opacityOf(l.entry.layer);
        polygons += l.projected.polygons.size();
        lines += l.projected.lines.size();
        points += l.projected.points.size();
    }
    // The selection over everything, in the highlight style.
    RenderScene::Layer highlight;
    highlight.name = u"selection"_s;
    highlight.highlight = true;
    qsizetype selected = 0;
    for (const Layer &l : m_layers) {
        const QSet<qint64> fids = m_selection.value(l.entry.layer);
        if (fids.isEmpty() || !isVisible(l.entry.layer))
            continue;
        QList<GeoFeature> chosen;
        for (const GeoFeature &f : l.features) {
            if (fids.contains(f.fid))
                chosen.append(f);
        }
        selected += chosen.size();
        const RenderScene::Layer part = project(l.entry, chosen);
        highlight.polygons += part.polygons;
        highlight.lines += part.lines;
        highlight.points += part.points;
        highlight.bounds = highlight.bounds.isNull() ? part.bounds : highlight.bounds.united(part.bounds);
    }
    if (selected > 0) {
        // A single point has a zero-size box; give the highlight layer some extent.
        highlight.bounds = highlight.bounds.adjusted(-1, -1, 1, 1);
        scene->layers.append(highlight);
    }
    m_scene = std::move(scene);
    m_counts = {{u"polygons"_s, polygons}, {u"lines"_s, lines}, {u"points"_s, points}, {u"selected"_s, selected}};
    emit shapesChanged();
}

const QList<GeoFeature> *MapLayers::featuresOf(const QString &layer) const
{
    for (const Layer &l : m_layers) {
        if (l.entry.layer == layer)
            return &l.features;
    }
    return nullptr;
}

const CatalogueEntry *MapLayers::entryOf(const QString &layer) const
{
    for (const Layer &l : m_layers) {
        if (l.entry.layer == layer)
            return &l.entry;
    }
    return nullptr;
}

QVariantList MapLayers::pointsOf(const QString &layer) const
{
    QVariantList out;
    for (const Layer &l : m_layers) {
        if (l.entry.layer != layer)
            continue;
        for (const GeoFeature &f : l.features) {
            for (const QPointF &p : f.points)
                out.append(QVariantMap{{u"coordinate"_s, QVariant::fromValue(QGeoCoordinate(p.y(), p.x()))},
                                       {u"label"_s, labelOf(f)},
                                       {u"alwaysLabel"_s, l.projected.labelAlways}});
        }
    }
    return out;
}

void MapLayers::setStatus(Status status, const QString &error)
{
    if (status == m_status && error == m_errorString)
        return;
    m_status = status;
    m_errorString = error;
    emit statusChanged();
}
