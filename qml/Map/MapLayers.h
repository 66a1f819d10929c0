#pragma once

#include "CatalogueEntry.h"
#include "GeoFeature.h"
#include "RenderScene.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QGeoRectangle>
#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <optional>
#include <memory>

class FeatureGrid;
class LabelIndex;

/// The store's layers for the map: read once off the GUI thread (WGS84 for identify and
/// search, Web Mercator for drawing), and the scene of the visible ones in their domain
/// colours. Which layers are hidden is remembered between runs. Of large layers only the
/// geometry and the label are kept in memory; identify reads the rest from the store.
class MapLayers : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString storePath READ storePath WRITE setStorePath NOTIFY storePathChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    /// While Loading: the share of the layers read so far, 0…1.
    Q_PROPERTY(qreal progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QVariantMap counts READ counts NOTIFY shapesChanged)
    Q_PROPERTY(QStringList hiddenLayers READ hiddenLayers NOTIFY visibilityChanged)
    Q_PROPERTY(QGeoRectangle extent READ extent NOTIFY shapesChanged)
    Q_PROPERTY(QStringList onlyLayers READ onlyLayers WRITE setOnlyLayers NOTIFY visibilityChanged)
    Q_PROPERTY(QVariantList legend READ legend NOTIFY shapesChanged)
    Q_PROPERTY(QStringList credits READ credits NOTIFY shapesChanged)
    Q_PROPERTY(bool showsIllustrative READ showsIllustrative NOTIFY shapesChanged)
    /// Features in the selection (kept until cleared; shown highlighted over all layers).
    Q_PROPERTY(int selectionCount READ selectionCount NOTIFY selectionChanged)
    /// Every loaded layer, the one drawn on top first (remembered between runs).
    Q_PROPERTY(QStringList drawingOrder READ drawingOrder NOTIFY orderChanged)

public:
    enum Status { Null, Loading, Ready, Error };
    Q_ENUM(Status)

    explicit MapLayers(QObject *parent = nullptr);
    ~MapLayers() override;

    QString storePath() const { return m_storePath; }
    void setStorePath(const QString &path);
    Status status() const { return m_status; }
    QString errorString() const { return m_errorString; }
    qreal progress() const;
    /// Stops a load between two layers; the layers shown before stay.
    Q_INVOKABLE void cancel();
    /// Drawn parts: {polygons, lines, points}.
    QVariantMap counts() const { return m_counts; }
    /// What the map draws now; shared with render jobs.
    std::shared_ptr<const RenderScene> scene() const { return m_scene; }
    /// A layer's features in WGS84 (nullptr for an unknown layer); valid until the next reload.
    const QList<GeoFeature> *featuresOf(const QString &layer) const;
    /// A loaded layer's catalogue entry (aliases, roles, style); null when not loaded.
    const CatalogueEntry *entryOf(const QString &layer) const;
    /// Title of a layer in "sl" or "en".
    Q_INVOKABLE QString titleOf(const QString &layer, const QString &language) const;
    /// The points of a layer: {coordinate, label, alwaysLabel}.
    Q_INVOKABLE QVariantList pointsOf(const QString &layer) const;
    QStringList hiddenLayers() const { return QStringList(m_hidden.cbegin(), m_hidden.cend()); }
    /// Extent of the layers with the municipal-boundary role when there are any, else of all layers.
    QGeoRectangle extent() const;
    /// The credits of the drawn layers that are not illustrative samples, each once, bottom
    /// layer first: the catalogue's attribution, or its licence when it has none.
    QStringList credits() const;
    /// The same for any of these layers, drawn or not (e.g. those the basemap is drawn from).
    Q_INVOKABLE QStringList creditsOf(const QStringList &layers) const;
    /// Loaded layers the offline basemap is drawn from: those with its roles.
    Q_INVOKABLE QStringList basemapLayers() const;
    /// Whether any drawn layer is an illustrative sample.
    bool showsIllustrative() const;
    /// Loaded layers the catalogue gives this role (LayerRoles), in catalogue order.
    Q_INVOKABLE QStringList layersWithRole(const QString &role) const;

    /// When set, exactly these layers are drawn (for print), whatever is hidden.
    QStringList onlyLayers() const { return m_only; }
    void setOnlyLayers(const QStringList &layers);
    /// The drawn layers: layer, titleSl, titleEn, color, licence, source, illustrative.
    QVariantList legend() const;
    /// The same for these layers, drawn or not (e.g. those the basemap is drawn from).
    Q_INVOKABLE QVariantList describe(const QStringList &layers) const;
    /// One layer's legend entry (as describe() gives it: kind, symbol, classes …); empty when not loaded.
    Q_INVOKABLE QVariantMap legendOf(const QString &layer) const
    {
        const QVariantList one = describe({layer});
        return one.isEmpty() ? QVariantMap() : one.first().toMap();
    }
    /// Names of the loaded layers.
    Q_INVOKABLE QStringList layerNames() const;
    /// The domain id of a loaded layer ("" when unknown).
    Q_INVOKABLE QString domainOf(const QString &layer) const;

    int selectionCount() const;
    /// Makes these features (maps with layer and fid, as identify() gives them) the
    /// selection, or adds them to it.
    Q_INVOKABLE void select(const QVariantList &features, bool add = false);
    /// Adds a feature to the selection, or takes it out when it is in.
    Q_INVOKABLE void toggleSelected(const QString &layer, qint64 fid);
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE bool isSelected(const QString &layer, qint64 fid) const
    {
        return m_selection.value(layer).contains(fid);
    }
    /// The selected features in identify()'s form, topmost layer first.
    Q_INVOKABLE QVariantList selectedFeatures() const;
    /// The selected features as a print marks them: GeoJSON features with mark "selection".
    Q_INVOKABLE QVariantList selectionMarks() const;
    /// The selected fids of one layer.
    Q_INVOKABLE QList<qint64> selectedFids(const QString &layer) const;
    /// The area the selection covers (invalid when empty).
    Q_INVOKABLE QGeoRectangle selectionExtent() const;

    QStringList drawingOrder() const;
    /// Moves a layer to a place in the drawing order (0 = on top).
    Q_INVOKABLE void moveLayer(const QString &layer, int index);
    /// Back to the order of the catalogue: points over lines over areas.
    Q_INVOKABLE void resetOrder();

    Q_INVOKABLE void reload();
    Q_INVOKABLE bool isVisible(const QString &layer) const
    {
        return m_only.isEmpty() ? !m_hidden.contains(layer) : m_only.contains(layer);
    }
    Q_INVOKABLE void setVisible(const QString &layer, bool visible);
    Q_INVOKABLE QGeoRectangle extentOf(const QString &layer) const;
    /// A layer's opacity, 0.1…1 (remembered between runs).
    Q_INVOKABLE double opacityOf(const QString &layer) const { return m_opacity.value(layer, 1.0); }
    Q_INVOKABLE void setOpacity(const QString &layer, double opacity);
    /// Features of a layer loaded on the map (0 when it is not loaded).
    Q_INVOKABLE int featureCountOf(const QString &layer) const;
    /// How a layer's legend swatch looks: "polygon", "line", "point" or "" when empty.
    Q_INVOKABLE QString kindOf(const QString &layer) const;
    /// Features of the visible layers at a place, topmost first: points and lines within
    /// toleranceMeters, polygons containing it. Each: layer, titleSl, titleEn, domain,
    /// color, label, attributes.
    Q_INVOKABLE QVariantList identify(const QGeoCoordinate &at, double toleranceMeters) const;
    /// The widest distance band inside() takes (metres).
    static constexpr double kMaxBandMeters = 5000;
    /// Features of the visible layers inside a polygon (a list of coordinates): points in
    /// it, lines with a stretch in it, areas with most of their area in it; same form as
    /// identify(), plus "distance" (metres to the area, 0 inside). With bandMeters > 0 also
    /// the features within that distance of it: points and lines that near, areas with most
    /// of their area within it (a school 37 m outside a flood zone).
    Q_INVOKABLE QVariantList inside(const QVariantList &polygon, double bandMeters = 0) const;
    /// Features of the visible layers inside an area feature of a layer (e.g. a flood zone);
    /// the feature itself is left out.
    Q_INVOKABLE QVariantList insideFeature(const QString &layer, qint64 fid, double bandMeters = 0) const;
    /// Features whose name contains the text (case and diacritics ignored), names that
    /// start with it first; each: layer, titleSl, titleEn, label, color, center, extent,
    /// isPoint, domain, fid, attributes.
    Q_INVOKABLE QVariantList search(const QString &text, int limit = 20) const;
    /// search() on a worker thread over the layers as they are now (a later reload does not
    /// disturb it); setting *cancelled makes it stop early with what it has.
    QFuture<QVariantList> searchLater(const QString &text, int limit,
                                      std::shared_ptr<const std::atomic_bool> cancelled = {}) const;
    /// identify(), inside() and insideFeature() on a worker thread, likewise.
    QFuture<QVariantList> identifyLater(const QGeoCoordinate &at, double toleranceMeters) const;
    QFuture<QVariantList> insideLater(const QVariantList &polygon, double bandMeters = 0) const;
    QFuture<QVariantList> insideFeatureLater(const QString &layer, qint64 fid, double bandMeters = 0) const;

signals:
    void layersReloaded();
    void storePathChanged();
    void statusChanged();
    void progressChanged();
    void shapesChanged();
    void visibilityChanged();
    void orderChanged();
    void selectionChanged();

private:
    /// The union of these layers' extents (invalid when none has one).
    QGeoRectangle unitedExtent(const QStringList &layers) const;

    struct Layer
    {
        CatalogueEntry entry;
        QList<GeoFeature> features;   // WGS84
        RenderScene::Layer projected; // Web Mercator, styled
        bool partial = false;         // large layer: only the label attribute is loaded
        // Built with the layer, off the GUI thread: where each feature is, and its label folded.
        std::shared_ptr<const FeatureGrid> grid;
        std::shared_ptr<const LabelIndex> labels;
    };
    /// What the finders need, copied in O(layers) (the features are shared, never written):
    /// identify, inside and search run on it on any thread.
    struct Snapshot
    {
        QList<Layer> layers;
        QSet<QString> visible;
        QString storePath;
    };
    Snapshot snapshot() const;
    /// A classified layer's legend rows: labelSl, labelEn, symbol (JSON as a map), other.
    static QVariantList legendClasses(const Layer &layer);
    static QVariantList identifyIn(const Snapshot &s, const QGeoCoordinate &at, double toleranceMeters);
    static QVariantList insideIn(const Snapshot &s, const QList<GeoPolygon> &areas, const QString &skipLayer,
                                 qint64 skipFid, double bandMeters);
    static QVariantList searchIn(const Snapshot &s, const QString &text, int limit, const std::atomic_bool *cancelled);
    static void completeAttributesIn(const Snapshot &s, QVariantList &hits);
    /// The polygon of coordinates as a closed ring (nullopt: fewer than three corners).
    static std::optional<GeoPolygon> polygonOf(const QVariantList &coordinates);
    /// The area parts of a layer's feature (empty when there are none).
    QList<GeoPolygon> areaOf(const QString &layer, qint64 fid) const;
    struct Loaded
    {
        QList<Layer> layers;
        QString error;
        bool cancelled = false;
    };
    /// How far the running load is, written by its workers.
    struct LoadProgress
    {
        std::atomic_int read = 0;
        std::atomic_int total = 0;
        std::atomic_bool cancelled = false;
    };
    void finish(const Loaded &loaded);
    void rebuild();
    void completeAttributes(QVariantList &hits) const;
    void setStatus(Status status, const QString &error = {});

    QString m_storePath;
    Status m_status = Null;
    QString m_errorString;
    QList<Layer> m_layers;
    QSet<QString> m_hidden;
    QHash<QString, double> m_opacity;
    QStringList m_only;
    QStringList m_order; // top first; may name layers that are not loaded
    QHash<QString, QSet<qint64>> m_selection;
    QVariantMap m_counts;
    std::shared_ptr<const RenderScene> m_scene = std::make_shared<RenderScene>();
    QFutureWatcher<Loaded> m_watcher;
    std::shared_ptr<LoadProgress> m_progress;
    QTimer m_progressTimer;
};
