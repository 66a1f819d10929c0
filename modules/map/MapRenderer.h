#pragma once

#include "RenderScene.h"
#include "WebMercator.h"

#include <QImage>

class QPainter;

#include <atomic>

/// Draws a scene for a viewport into an image (QPainter, antialiased). Safe to run on a
/// worker thread; features outside the view are skipped by their bounds, and details
/// smaller than a pixel are dropped.
namespace MapRenderer {

struct Options
{
    qreal devicePixelRatio = 1;
    double labelMinZoomMetersPerPixel = 4.8; ///< other point labels when zoomed in this far (zoom ≥ 15)
    QColor boundaryColor = QColor(0xb0, 0x3a, 0x2e);
    const std::atomic_bool *cancel = nullptr;
    /// Draw groups of layers on several threads when there is much to draw.
    bool parallel = true;
    /// Threads to split over when parallel: 0 takes the machine's cores (at most 4); tests
    /// set it so the split is exercised on a one-core machine too.
    int threads = 0;
};

/// A transparent image of the viewport's size × devicePixelRatio; a null image when cancelled.
QImage render(const RenderScene &scene, const WebMercator::Viewport &viewport, const Options &options);

/// The same picture drawn as vectors into any painter (a PDF page): areas, lines and point
/// symbols as shapes, labels as text. The painter's units are the viewport's pixels (scale
/// it for paper); drawing is clipped to the viewport. One thread; for prints.
void paint(QPainter &painter, const RenderScene &scene, const WebMercator::Viewport &viewport, const Options &options);

} // namespace MapRenderer
