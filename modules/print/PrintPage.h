#pragma once

#include "RenderScene.h"
#include "Symbology.h"

#include <optional>

#include <QDateTime>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QPainter;

/// A printed map page laid out in millimetres — title, subtitle, the map in a frame, legend,
/// scale bar and scale, north arrow, date, sources — so every part keeps its size on paper
/// whatever the page (A4 … A1) and resolution. Drawn with QPainter as vectors (areas, lines,
/// symbols as shapes, all text as text): onto QPdfWriter it gives a searchable PDF with
/// embedded fonts, onto a QImage a PNG at the chosen dpi.
namespace PrintPage {

struct Spec
{
    QPageSize::PageSizeId page = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    int dpi = 300;        ///< for PNG pages and the PDF's device resolution
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    bool sources = true;
    bool overview = true; ///< a small map of the whole municipality with the printed area on it
};

/// What the screen shows over the layers and the page carries when asked: the reports'
/// markers, the selected features, the measured line or area. In Web Mercator metres.
struct Mark
{
    enum class Kind { Report, Selection, Measure };
    Kind kind = Kind::Report;
    QList<QPointF> points;
    QList<QList<QPointF>> lines;
    QList<QList<QPointF>> areas; ///< outer rings
    QColor color;                ///< a report's colour (its status or age on the screen)
    QString label;               ///< a report cell's count, a measurement's length or area
};

struct LegendItem
{
    QString title;
    QColor color;
    QString kind;         ///< "polygon", "line" or "point"
    bool emphasised = false;
    bool outline = false;
    /// The layer's symbol as the map draws it; unset: drawn from color and the flags.
    std::optional<Symbol> symbol;
    /// A classified layer's classes (label, symbol), each on its own row under the title.
    QList<std::pair<QString, Symbol>> classes;
};

struct Content
{
    QString title;
    QString subtitle;
    QDateTime date;
    std::shared_ptr<const RenderScene> scene;
    QRectF area;          ///< in Web Mercator metres: what must show in the map frame
    QList<LegendItem> legend; ///< top of the drawing order first
    QStringList credits;
    bool illustrative = false; ///< some drawn layer is an illustrative sample
    QList<Mark> marks;    ///< drawn over the layers, in this order
    QRectF overviewArea;  ///< in Web Mercator metres: what the overview inset shows (the municipality)
};

/// The subtitle a print of the municipality's map carries when none is given.
QString defaultSubtitle();

/// "A4", "a3", … "A1" → the page size (nullopt for any other name).
std::optional<QPageSize::PageSizeId> pageSizeNamed(const QString &name);
/// "portrait" / "landscape" (also "pokončno" / "ležeče").
std::optional<QPageLayout::Orientation> orientationNamed(const QString &name);
/// The page's size in millimetres, turned for the orientation.
QSizeF pageMillimetres(const Spec &spec);

/// Where each part goes on the page, in millimetres from the top left corner.
struct Frames
{
    QSizeF page;
    QRectF title, subtitle, map, legend, footer;
};
Frames frames(const Spec &spec);

/// The ground scale denominator of the map frame (the N of 1 : N) for this content and page.
double scaleDenominator(const Spec &spec, const Content &content);

/// Draws the page; the painter's device has `spec.dpi` pixels per inch and the page's size.
void paint(QPainter &painter, const Spec &spec, const Content &content);

/// Writes the page to a PDF (one page of the spec's size) or a PNG (at spec.dpi), chosen
/// by the file's suffix; false with errorString set when it cannot be written.
bool write(const QString &path, const Spec &spec, const Content &content, QString *errorString);

} // namespace PrintPage
