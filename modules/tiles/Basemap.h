#pragma once

#include "TileKey.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class Store;

/// The console's own basemap, drawn from the store's vector layers: land (the municipality
/// lighter than its surroundings), land use, water, roads, district and municipal
/// boundaries, and settlement and district names.
///
/// Loaded once (geometry pre-projected to Web Mercator), then safe to draw tiles from any
/// number of threads. Names are placed once per zoom level over the whole area, without
/// overlap, so a name cut by a tile edge continues on the neighbouring tile.
class Basemap
{
public:
    /// Which store layers feed which part of the basemap; layers missing from a store are
    /// skipped, so a store with only the boundary still gets a (plain) basemap.
    struct Sources
    {
        QStringList boundary;
        QStringList districts;
        QStringList landUse;
        QStringList water;
        QStringList roads;
        /// Settlement names stay with the settlements layer (always labelled there), so
        /// the basemap does not repeat them.
        QStringList places;

        /// The layers the catalogue gives the basemap's roles (LayerRoles): municipal
        /// boundary, districts, land use, water bodies, roads.
        static Sources fromRoles(const Store &store);
        QStringList all() const { return boundary + districts + landUse + water + roads + places; }
    };

    /// Reads the basemap layers; nullptr with a message when the store has none of them.
    static std::shared_ptr<const Basemap> load(Store &store, QString *errorString, const Sources &sources);
    /// What a basemap of these sources is drawn from: each layer with the time it was
    /// imported. Tiles drawn under another signature are out of date.
    static QString signature(const Store &store, const Sources &sources);
    /// Reads the layers of the basemap's roles (Sources::fromRoles).
    static std::shared_ptr<const Basemap> load(Store &store, QString *errorString);

    /// The layers actually used, for attribution.
    QStringList layers() const { return m_layers; }
    /// Where there is anything to draw, in Mercator metres.
    QRectF extent() const { return m_extent; }
    /// The names drawn at a zoom level and their boxes in world pixels (256 · 2^z wide).
    QList<std::pair<QString, QRectF>> placedLabels(int z) const;
    /// Draws one opaque tile of size × size pixels.
    QImage renderTile(const TileKey &key, int size = TileKey::kSize) const;

    struct Shape
    {
        QList<QPolygonF> rings; ///< Mercator metres; polygons: outer ring then holes
        QRectF bounds;
    };
    struct Label
    {
        QPointF at; ///< Mercator metres
        QString text;
        int kind = 0; ///< 0 settlement, 1 district
    };

private:
    struct PlacedLabel
    {
        QPointF worldPixel; ///< centre, in world pixels at the label zoom
        QRectF box;         ///< in world pixels, halo included
        QString text;
        int kind;
    };
    const QList<PlacedLabel> &labelsFor(int z) const;

    QList<Shape> m_boundary, m_districts, m_landUse, m_water, m_waterLines, m_roads;
    QList<Label> m_labels;
    QStringList m_layers;
    QRectF m_extent;
    mutable QMutex m_labelMutex;
    mutable QHash<int, QList<PlacedLabel>> m_placed;
};
