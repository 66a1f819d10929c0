#pragma once

#include <QGeoRectangle>
#include <QSize>
#include <QString>
#include <QStringList>

#include "PrintPage.h"

/// `ptuj-console render`: a printable situation map (title, date, legend, scale bar,
/// north arrow, attributions) of chosen layers and area, without a display. A PDF, and a PNG
/// asked for with --page/--dpi, come from the print engine (PrintPage: an ISO page laid out
/// in millimetres, vectors and text); a PNG with --size is the window's print view.
class RenderCommand
{
public:
    struct Options
    {
        QString storePath;
        QString out;
        QString size = QStringLiteral("1600x1000");
        QString bbox;    ///< minlon,minlat,maxlon,maxlat in WGS84
        QString layers;  ///< comma-separated; empty = every layer
        QString title;
        QString subtitle;
        QString page;        ///< A4 … A1; empty: A4
        QString orientation; ///< landscape (default) or portrait
        QString dpi;         ///< empty: 300
        QString omit;        ///< parts left off: legend, sources, scale, north, overview
        QString marks;       ///< GeoJSON of report markers, selection and measured shape (PrintMarks)
        bool sizeGiven = false; ///< --size: a PNG of the window's print view at that size
    };

    /// Checks the options; false with errorString() when they are unusable.
    bool parse(const Options &options);
    int run(const QString &language);
    QString errorString() const { return m_error; }

private:
    Options m_options;
    QSize m_size;
    QGeoRectangle m_area;
    QStringList m_layers;
    bool m_pdf = false;
    bool m_engine = false;
    PrintPage::Spec m_spec;
    QList<PrintPage::Mark> m_marks;
    int runEngine(const QString &language);
    QString m_error;
};
