#include "RenderCommand.h"

#include <QJsonObject>

#include "ConsoleWindow.h"
#include "MapLayers.h"
#include "PrintMarks.h"
#include "WebMercator.h"
#include "Store.h"
#include "WindowCapture.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QLocale>
#include <QFileInfo>
#include <QPainter>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <algorithm>
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
    // A PDF is always a page of the print engine; a PNG when a page or dpi is asked for.
    m_engine = m_pdf || !options.page.isEmpty() || !options.orientation.isEmpty() || !options.dpi.isEmpty()
               || !options.omit.isEmpty() || !options.marks.isEmpty() || !options.sizeGiven;
    if (!options.page.isEmpty()) {
        const auto page = PrintPage::pageSizeNamed(options.page);
        if (!page) {
            m_error = u"--page must be A4, A3, A2 or A1, not '%1'"_s.arg(options.page);
            return false;
        }
        m_spec.page = *page;
    }
    if (!options.orientation.isEmpty()) {
        const auto orientation = PrintPage::orientationNamed(options.orientation);
        if (!orientation) {
            m_error = u"--orientation must be landscape or portrait, not '%1'"_s.arg(options.orientation);
            return false;
        }
        m_spec.orientation = *orientation;
    }
    if (!options.dpi.isEmpty()) {
        bool ok = false;
        const int dpi = options.dpi.toInt(&ok);
        if (!ok || dpi < 30 || dpi > 1200) {
            m_error = u"--dpi must be a whole number from 30 to 1200, not '%1'"_s.arg(options.dpi);
            return false;
        }
        m_spec.dpi = dpi;
    }
    for (const QString &part : options.omit.split(u',', Qt::SkipEmptyParts)) {
        const QString p = part.trimmed().toLower();
        if (p == u"legend"_s)
            m_spec.legend = false;
        else if (p == u"sources"_s)
            m_spec.sources = false;
        else if (p == u"scale"_s)
            m_spec.scaleBar = false;
        else if (p == u"north"_s)
            m_spec.northArrow = false;
        else if (p == u"overview"_s)
            m_spec.overview = false;
        else {
            m_error = u"--omit takes legend, sources, scale, north and overview, not '%1'"_s.arg(part.trimmed());
            return false;
        }
    }
    // A 300 dpi A1 page is 9933 × 7016 px: refused as a PNG before it is drawn.
    if (!m_pdf && m_engine) {
        const QSizeF mm = PrintPage::pageMillimetres(m_spec);
        const double pixels = mm.width() / 25.4 * m_spec.dpi * mm.height() / 25.4 * m_spec.dpi;
        if (pixels > 120e6) {
            m_error = u"a PNG of that page at %1 dpi would be %2 megapixels; choose a lower --dpi or a PDF"_s
                          .arg(m_spec.dpi).arg(qint64(pixels / 1e6));
            return false;
        }
    }
    if (!options.marks.isEmpty()) {
        if (!m_engine) {
            m_error = u"--marks is printed on a page (--page or a PDF), not on a --size PNG"_s;
            return false;
        }
        if (!PrintMarks::read(options.marks, &m_marks, &m_error))
            return false;
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

int RenderCommand::runEngine(const QString &language)
{
    QQmlApplicationEngine engine;
    startLanguage(engine, language);
    MapLayers layers;
    layers.setStorePath(m_options.storePath);
    QEventLoop loop;
    QObject::connect(&layers, &MapLayers::statusChanged, &loop, [&] {
        if (layers.status() != MapLayers::Loading)
            loop.quit();
    });
    if (layers.status() == MapLayers::Loading)
        loop.exec();
    if (layers.status() != MapLayers::Ready) {
        std::fprintf(stderr, "ptuj-console: %s\n", qPrintable(layers.errorString()));
        return 1;
    }
    // The chosen layers, and under them the layers the offline basemap is drawn from, so the
    // map has its context (the boundary, districts, water, roads) as the screen shows it.
    if (!m_layers.isEmpty()) {
        QStringList drawn = m_layers;
        for (const QString &l : layers.basemapLayers())
            if (!drawn.contains(l))
                drawn.append(l);
        layers.setOnlyLayers(drawn);
    }
    PrintPage::Content content;
    content.title = m_options.title;
    content.subtitle = m_options.subtitle.isEmpty() ? PrintPage::defaultSubtitle()
                                                    : m_options.subtitle;
    content.date = QDateTime::currentDateTime();
    content.scene = layers.scene();
    const QGeoRectangle area = m_area.isValid() ? m_area : layers.extent();
    if (area.isValid()) {
        const QPointF a = WebMercator::fromLonLat(QPointF(area.topLeft().longitude(), area.bottomRight().latitude()));
        const QPointF b = WebMercator::fromLonLat(QPointF(area.bottomRight().longitude(), area.topLeft().latitude()));
        content.area = QRectF(a, b).normalized();
    }
    const bool english = QLocale().language() == QLocale::English;
    // The legend in drawing order, top first, as the layer list shows it.
    const QStringList order = layers.drawingOrder();
    QList<std::pair<qsizetype, PrintPage::LegendItem>> legend;
    for (const QVariant &v : layers.legend()) {
        const QVariantMap m = v.toMap();
        const QString name = m.value(u"layer"_s).toString();
        PrintPage::LegendItem item{english ? m.value(u"titleEn"_s).toString() : m.value(u"titleSl"_s).toString(),
                                   QColor(m.value(u"color"_s).toString()), layers.kindOf(name), false, false, {}, {}};
        // The symbols the map draws, and a classified layer's classes each with its own.
        Symbol symbol;
        QString why;
        if (Symbol::fromJson(QJsonObject::fromVariantMap(m.value(u"symbol"_s).toMap()), &symbol, &why))
            item.symbol = symbol;
        for (const QVariant &c : m.value(u"classes"_s).toList()) {
            const QVariantMap cm = c.toMap();
            Symbol classSymbol;
            if (Symbol::fromJson(QJsonObject::fromVariantMap(cm.value(u"symbol"_s).toMap()), &classSymbol, &why))
                item.classes.append({cm.value(english ? u"labelEn"_s : u"labelSl"_s).toString(), classSymbol});
        }
        if (!item.kind.isEmpty())
            legend.append({order.indexOf(name), item});
    }
    std::stable_sort(legend.begin(), legend.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[index, item] : std::as_const(legend))
        content.legend.append(item);
    // What is drawn over the layers, on top of the legend as on the map.
    content.marks = m_marks;
    const auto hasMark = [this](PrintPage::Mark::Kind kind) {
        return std::any_of(m_marks.cbegin(), m_marks.cend(), [kind](const PrintPage::Mark &m) { return m.kind == kind; });
    };
    const auto markItem = [](const QString &title, const QString &kind, const Symbol &symbol) {
        PrintPage::LegendItem item{title, symbol.color, kind, false, false, symbol, {}};
        return item;
    };
    QList<PrintPage::LegendItem> markLegend;
    if (hasMark(PrintPage::Mark::Kind::Measure)) {
        Symbol s;
        s.color = QColor(0xd3, 0x2f, 0x2f);
        s.stroke = s.color;
        s.dash = Symbol::Dash::Dash;
        s.width = 0.7;
        markLegend.append(markItem(QCoreApplication::translate("RenderCommand", "Measured"), u"line"_s, s));
    }
    if (hasMark(PrintPage::Mark::Kind::Selection)) {
        Symbol s;
        s.color = QColor(0x00, 0xb4, 0xd8);
        s.stroke = s.color;
        s.fillOpacity = 0.2;
        s.width = 0.8;
        markLegend.append(markItem(QCoreApplication::translate("RenderCommand", "Selected"), u"polygon"_s, s));
    }
    if (hasMark(PrintPage::Mark::Kind::Report)) {
        Symbol s;
        s.color = QColor(0xc0, 0x39, 0x2b);
        s.stroke = Qt::white;
        s.shape = Symbol::Shape::Circle;
        s.size = 3;
        markLegend.append(markItem(QCoreApplication::translate("RenderCommand", "Citizens' reports (number in the circle)"),
                                   u"point"_s, s));
    }
    content.legend = markLegend + content.legend;
    const QStringList boundary = layers.layersWithRole(u"municipal_boundary"_s);
    const QGeoRectangle whole = boundary.isEmpty() ? layers.extent() : layers.extentOf(boundary.first());
    if (whole.isValid()) {
        const QPointF a = WebMercator::fromLonLat(QPointF(whole.topLeft().longitude(), whole.bottomRight().latitude()));
        const QPointF b = WebMercator::fromLonLat(QPointF(whole.bottomRight().longitude(), whole.topLeft().latitude()));
        content.overviewArea = QRectF(a, b).normalized();
    }
    content.credits = layers.credits();
    content.illustrative = layers.showsIllustrative();
    QString error;
    if (!PrintPage::write(m_options.out, m_spec, content, &error)) {
        std::fprintf(stderr, "ptuj-console: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s\n", qPrintable(QFileInfo(m_options.out).absoluteFilePath()));
    return 0;
}

int RenderCommand::run(const QString &language)
{
    if (m_engine)
        return runEngine(language);
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
    const bool written = image.save(m_options.out, "PNG");
    if (!written) {
        std::fprintf(stderr, "ptuj-console: cannot write %s\n", qPrintable(m_options.out));
        return 1;
    }
    std::printf("%s\n", qPrintable(QFileInfo(m_options.out).absoluteFilePath()));
    return 0;
}
