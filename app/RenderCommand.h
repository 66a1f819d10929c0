#pragma once

#include <QGeoRectangle>
#include <QSize>
#include <QString>
#include <QStringList>

/// `ptuj-console render`: a printable situation map (title, date, legend, scale bar,
/// north arrow, attributions) of chosen layers and area, as PNG or PDF, without a display.
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
    QString m_error;
};
