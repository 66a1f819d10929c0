#pragma once

#include "GeoFeature.h"
#include "RenderScene.h"

#include <QStringList>

struct CatalogueEntry;

/// A store layer made ready for drawing: its features projected to Web Mercator once, in
/// its domain's style. Shared by the map, the print and the render benchmark, so all of
/// them draw the same picture.
namespace LayerScene {

/// Attributes that name a feature, in order of preference.
const QStringList &labelColumns();
/// A feature's label: the first of the usual name attributes it has.
QString labelOf(const GeoFeature &feature);
/// Rings in longitude/latitude → one drawable part in Web Mercator metres with its bounds.
RenderScene::Part projectPart(const QList<GeoRing> &rings);
/// The features (longitude/latitude) of a catalogue layer, projected and styled.
RenderScene::Layer project(const CatalogueEntry &entry, const QList<GeoFeature> &features);

/// From this size on a layer keeps only geometry and label in memory.
constexpr qint64 kLargeLayer = 20000;

} // namespace LayerScene
