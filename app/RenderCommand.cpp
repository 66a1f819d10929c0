#include "RenderCommand.h"

#include "ConsoleWindow.h"
#include "Store.h"
#include "WindowCapture.h"

#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

using namespace Qt::StringLiterals;

bool RenderCommand::parse(const Options &options)
{
    m_options = options;
    const QFileInfo out(options.out);
    if (options.out.isEmpty()) {
        m_error = u"render needs --out FILE.png or FILE.pdf"_s;
        return false;
    }
    const QString suffix = out.suffix().toLower();
    if (suffix != u"png"_s && suffix != u"pdf"_s) {
        m_error = u"--out must end in .png or .pdf, not '%1'"_s.arg(out.fileName());
        return false;
    }
    m_pdf = suffix == u"pdf"_s;
    if (!out.absoluteDir().exists()) {
        m_error = u"the folder of %1 does not exist"_s.arg(options.out);
        return false;
    }
    const auto size = parseWindowSize(options.size, QSize(640, 400), QSize(8192, 8192), &m_error);
    if (!size)
        return false;
    m_size = *size;
    if (!options.bbox.isEmpty()) {
        QList<double> v;
        for (const QString &p : options.bbox.split(u',')) {
            bool ok = false;
            v.append(p.trimmed().toDouble(&ok));
            if (!ok)
                v.append(qQNaN());
        }
        if (v.size() != 4 || v[0] >= v[2] || v[1] >= v[3] || v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
            m_error = u"--bbox must be minlon,minlat,maxlon,maxlat in degrees with min < max, not '%1'"_s.arg(options.bbox);
            return false;
        }
        m_area = QGeoRectangle(QGeoCoordinate(v[3], v[0]), QGeoCoordinate(v[1], v[2]));
    }
    QString error;
    auto store = Store::open(options.storePath, Store::Mode::ReadOnly, &error);
    if (!store) {
        m_error = error;
        return false;
    }
    const QStringList known = store->layerNames();
    for (const QString &l : options.layers.split(u',', Qt::SkipEmptyParts)) {
        if (!known.contains(l.trimmed())) {
            m_error = u"the store has no layer named '%1'; it has: %2"_s.arg(l.trimmed(), known.join(u", "_s));
            return false;
        }
        m_layers.append(l.trimmed());
    }
    return true;
}

int RenderCommand::run(const QString &language)
{
    QQmlApplicationEngine engine;
    startLanguage(engine, language);
    engine.setInitialProperties({
        {u"storePath"_s, m_options.storePath},
        {u"title"_s, m_options.title},
        {u"layers"_s, m_layers},
        {u"area"_s, QVariant::fromValue(m_area)},
        {u"width"_s, m_size.width()},
        {u"height"_s, m_size.height()},
    });
    engine.loadFromModule("PtujConsole.Print", "PrintWindow");
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        std::fprintf(stderr, "ptuj-console: the print view could not be created\n");
        return 1;
    }
    QString error;
    const QImage image = captureWhenReady(window, &error);
    if (image.isNull()) {
        std::fprintf(stderr, "ptuj-console: %s\n", qPrintable(error.isEmpty() ? u"the map could not be drawn"_s : error));
        return 1;
    }
    bool written = false;
    if (m_pdf) {
        // One page the size of the picture at 150 dpi; the map is embedded as an image.
        QPdfWriter pdf(m_options.out);
        pdf.setCreator(u"Ptuj Operations Console"_s);
        pdf.setTitle(m_options.title);
        pdf.setResolution(150);
        pdf.setPageSize(QPageSize(QSizeF(image.width() / 150.0, image.height() / 150.0), QPageSize::Inch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        written = painter.begin(&pdf);
        if (written) {
            painter.drawImage(QRect(QPoint(0, 0), image.size()), image);
            written = painter.end();
        }
    } else {
        written = image.save(m_options.out, "PNG");
    }
    if (!written) {
        std::fprintf(stderr, "ptuj-console: cannot write %s\n", qPrintable(m_options.out));
        return 1;
    }
    std::printf("%s\n", qPrintable(QFileInfo(m_options.out).absoluteFilePath()));
    return 0;
}
