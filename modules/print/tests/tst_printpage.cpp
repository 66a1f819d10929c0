// The print engine's page, checked as a reader of the paper would: an A3 landscape PDF of
// A3's size in points, its fonts embedded, its title, legend and map labels extractable as
// text, no picture standing in for the map; a PNG at the chosen dpi; parts that grow with
// the page; the scale printed matches the map.
#include "PrintPage.h"
#include "WebMercator.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_PrintPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static PrintPage::Content content()
    {
        // Ptuj's old town and a 10 km wide area around it, in Web Mercator.
        const QPointF centre = WebMercator::fromLonLat(QPointF(15.8705, 46.4200));
        const double halfWidth = 5000 / std::cos(46.42 * M_PI / 180); // 10 km on the ground
        auto scene = std::make_shared<RenderScene>();
        RenderScene::Layer zone;
        zone.name = u"flood_hazard"_s;
        zone.color = QColor(0xd3, 0x54, 0x00);
        RenderScene::Part area;
        area.rings = {{centre + QPointF(-3000, -2000), centre + QPointF(3000, -2000), centre + QPointF(3000, 1500),
                       centre + QPointF(-3000, -2000)}};
        area.bounds = QPolygonF(area.rings.first()).boundingRect();
        zone.polygons = {area};
        zone.bounds = area.bounds;
        RenderScene::Layer river;
        river.name = u"drava"_s;
        river.color = QColor(0x2e, 0x86, 0xc1);
        RenderScene::Part line;
        line.rings = {{centre + QPointF(-6000, -3000), centre + QPointF(6000, -1000)}};
        line.bounds = QPolygonF(line.rings.first()).boundingRect();
        river.lines = {line};
        river.bounds = line.bounds;
        RenderScene::Layer brigades;
        brigades.name = u"fire_brigades"_s;
        brigades.color = QColor(0xc0, 0x39, 0x2b);
        brigades.labelAlways = true;
        brigades.points = {{centre, u"PGD Ptuj"_s}, {centre + QPointF(2500, 1800), u"PGD Grajena"_s}};
        brigades.bounds = QRectF(centre, centre + QPointF(2500, 1800)).normalized();
        scene->layers = {zone, river, brigades};
        PrintPage::Content c;
        c.title = u"Poplava Drave – situacija"_s;
        c.subtitle = u"Mestna občina Ptuj"_s;
        c.date = QDateTime(QDate(2026, 12, 3), QTime(14, 0));
        c.scene = scene;
        c.area = QRectF(centre - QPointF(halfWidth, halfWidth / 2), centre + QPointF(halfWidth, halfWidth / 2));
        c.legend = {{u"Gasilska društva"_s, brigades.color, u"point"_s},
                    {u"Reka Drava"_s, river.color, u"line"_s},
                    {u"Poplavna nevarnost"_s, zone.color, u"polygon"_s}};
        c.credits = {u"© GURS, CC BY 4.0"_s};
        c.illustrative = true;
        return c;
    }

private slots:
    void namesOfPagesAndOrientations()
    {
        QCOMPARE(PrintPage::pageSizeNamed(u"a3"_s), QPageSize::A3);
        QCOMPARE(PrintPage::pageSizeNamed(u"A1"_s), QPageSize::A1);
        QVERIFY(!PrintPage::pageSizeNamed(u"letter"_s));
        QCOMPARE(PrintPage::orientationNamed(u"landscape"_s), QPageLayout::Landscape);
        QCOMPARE(PrintPage::orientationNamed(u"pokončno"_s), QPageLayout::Portrait);
        QVERIFY(!PrintPage::orientationNamed(u"sideways"_s));
        PrintPage::Spec spec;
        spec.page = QPageSize::A3;
        QCOMPARE(PrintPage::pageMillimetres(spec).toSize(), QSize(420, 297));
        spec.orientation = QPageLayout::Portrait;
        QCOMPARE(PrintPage::pageMillimetres(spec).toSize(), QSize(297, 420));
    }

    void partsGrowWithThePage()
    {
        PrintPage::Spec a4, a1;
        a1.page = QPageSize::A1;
        const auto small = PrintPage::frames(a4), large = PrintPage::frames(a1);
        // Type grows slower than the page (as a cartographer's does): A1 is 2.8× A4's side.
        QVERIFY(large.title.height() > 1.5 * small.title.height());
        QVERIFY(large.title.height() < 2.8 * small.title.height());
        QVERIFY(large.map.width() > 2.5 * small.map.width());
        // Everything on the page, nothing overlapping the map.
        for (const auto &f : {small, large}) {
            const QRectF page(QPointF(0, 0), f.page);
            for (const QRectF &r : {f.title, f.map, f.legend, f.footer})
                QVERIFY(page.contains(r));
            QVERIFY(!f.map.intersects(f.legend));
            QVERIFY(!f.map.intersects(f.footer));
            QVERIFY(f.map.top() >= f.subtitle.bottom());
        }
    }

    void theScaleIsTheMapsScale()
    {
        PrintPage::Spec spec;
        spec.page = QPageSize::A3;
        const auto c = content();
        const double n = PrintPage::scaleDenominator(spec, c);
        // 10 km on the ground across the map frame's width (or the height, if tighter), with 4 % air.
        const auto f = PrintPage::frames(spec);
        const double expected = 1.04 * std::max(10000.0 / f.map.width(), 5000.0 / f.map.height()) * 1000;
        QVERIFY2(std::abs(n - expected) / expected < 0.02, qPrintable(u"%1 vs %2"_s.arg(n).arg(expected)));
    }

    void anA3LandscapePdfWithTextAndVectors()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdffonts, pdfinfo, pdfimages) is not installed");
        PrintPage::Spec spec;
        spec.page = QPageSize::A3;
        spec.orientation = QPageLayout::Landscape;
        const QString pdf = m_dir.filePath(u"situacija.pdf"_s);
        QString error;
        QVERIFY2(PrintPage::write(pdf, spec, content(), &error), qPrintable(error));

        const QString info = run(u"pdfinfo"_s, {pdf});
        QVERIFY2(info.contains(u"1190.55 x 841.89 pts (A3)"_s) || info.contains(u"1191 x 842 pts (A3)"_s), qPrintable(info));
        QVERIFY2(QRegularExpression(u"Pages:\\s+1\\n"_s).match(info).hasMatch(), qPrintable(info));
        const QString fonts = run(u"pdffonts"_s, {pdf});
        const QStringList rows = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!rows.isEmpty(), qPrintable(fonts));
        for (const QString &row : rows)
            QVERIFY2(row.contains(u" yes "_s), qPrintable(u"not embedded: "_s + row));
        const QString text = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        for (const QString &expected : {u"Poplava Drave – situacija"_s, u"Mestna občina Ptuj"_s, u"Gasilska društva"_s,
                                        u"Reka Drava"_s, u"PGD Ptuj"_s, u"© GURS, CC BY 4.0"_s, u"1 : "_s})
            QVERIFY2(text.contains(expected), qPrintable(u"no '%1' in: %2"_s.arg(expected, text)));
        // The map is vectors, not a picture of the map.
        const QString images = run(u"pdfimages"_s, {u"-list"_s, pdf});
        QVERIFY2(images.split(u'\n', Qt::SkipEmptyParts).size() <= 2, qPrintable(images));
    }

    void marksAndTheOverviewAreOnThePaper()
    {
        PrintPage::Content c = content();
        const QPointF centre = c.area.center();
        PrintPage::Mark report;
        report.kind = PrintPage::Mark::Kind::Report;
        report.points = {centre + QPointF(-1500, 800)};
        report.color = QColor(0xc0, 0x39, 0x2b);
        report.label = u"12"_s;
        PrintPage::Mark selected;
        selected.kind = PrintPage::Mark::Kind::Selection;
        selected.areas = {{centre + QPointF(500, 500), centre + QPointF(2500, 500), centre + QPointF(2500, 2000),
                           centre + QPointF(500, 2000)}};
        PrintPage::Mark measured;
        measured.kind = PrintPage::Mark::Kind::Measure;
        measured.lines = {{centre + QPointF(-4000, -1000), centre + QPointF(-1000, -2500)}};
        measured.label = u"3,354 km"_s;
        c.marks = {report, selected, measured};
        // The municipality, four times the printed area: the inset shows where the print lies.
        c.overviewArea = QRectF(c.area.center() - QPointF(c.area.width(), c.area.height()),
                                QSizeF(2 * c.area.width(), 2 * c.area.height()));

        PrintPage::Spec spec;
        spec.dpi = 100;
        const QString png = m_dir.filePath(u"marks.png"_s);
        QString error;
        QVERIFY2(PrintPage::write(png, spec, c, &error), qPrintable(error));
        const QImage image(png);
        const auto count = [&image](const QRectF &mm, auto &&match) {
            const double perMm = 100 / 25.4;
            int n = 0;
            for (int y = int(mm.top() * perMm); y < int(mm.bottom() * perMm); ++y)
                for (int x = int(mm.left() * perMm); x < int(mm.right() * perMm); ++x)
                    n += match(image.pixelColor(x, y)) ? 1 : 0;
            return n;
        };
        const auto cyan = [](const QColor &px) { return px.red() < 40 && px.green() > 160 && px.blue() > 190; };
        const auto red = [](const QColor &px) { return px.red() > 190 && px.green() < 80 && px.blue() < 80; };
        const PrintPage::Frames f = PrintPage::frames(spec);
        QVERIFY2(count(f.map, cyan) > 100, "the selection is ringed on the map");
        // The overview inset sits in the map's bottom right corner, with the printed area in red.
        const QRectF corner(f.map.right() - f.map.width() / 4 - 4, f.map.bottom() - f.map.height() / 2, f.map.width() / 4 + 4,
                            f.map.height() / 2);
        const int withInset = count(corner, red);
        QVERIFY2(withInset > 20, qPrintable(QString::number(withInset)));
        spec.overview = false;
        QVERIFY2(PrintPage::write(png, spec, c, &error), qPrintable(error));
        const QImage without(png);
        int redWithout = 0;
        for (int y = int(corner.top() * 100 / 25.4); y < int(corner.bottom() * 100 / 25.4); ++y)
            for (int x = int(corner.left() * 100 / 25.4); x < int(corner.right() * 100 / 25.4); ++x)
                redWithout += red(without.pixelColor(x, y)) ? 1 : 0;
        QVERIFY2(redWithout < withInset / 4, qPrintable(u"%1 vs %2"_s.arg(redWithout).arg(withInset)));

        // In a PDF the figures are text.
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        const QString pdf = m_dir.filePath(u"marks.pdf"_s);
        QVERIFY2(PrintPage::write(pdf, spec, c, &error), qPrintable(error));
        const QString text = run(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY2(text.contains(u"3,354 km"_s) && text.contains(u"12"_s), qPrintable(text));
    }

    void aPngAtTheChosenDpi()
    {
        PrintPage::Spec spec;
        spec.page = QPageSize::A4;
        spec.orientation = QPageLayout::Portrait;
        spec.dpi = 150;
        const QString png = m_dir.filePath(u"situacija.png"_s);
        QString error;
        QVERIFY2(PrintPage::write(png, spec, content(), &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1240, 1754)); // 210 × 297 mm at 150 dpi
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 150);
        // The flood zone's fill is on the paper.
        int orange = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4) {
                const QColor c = image.pixelColor(x, y);
                orange += (c.red() > 220 && c.green() > 150 && c.green() < 210 && c.blue() < 185) ? 1 : 0;
            }
        QVERIFY2(orange > 500, qPrintable(QString::number(orange)));

        QVERIFY(!PrintPage::write(m_dir.filePath(u"x.svg"_s), spec, content(), &error));
        QVERIFY(error.contains(u".pdf or .png"_s));
        QVERIFY(!PrintPage::write(u"/nonexistent/folder/x.pdf"_s, spec, content(), &error));
        QVERIFY(!QFile::exists(u"/nonexistent/folder/x.pdf"_s));
    }
};

QTEST_MAIN(tst_PrintPage)
#include "tst_printpage.moc"
