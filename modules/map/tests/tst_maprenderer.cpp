#include "MapRenderer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

RenderScene::Part part(const QList<QPointF> &lonLat)
{
    RenderScene::Part p;
    QList<QPointF> ring;
    for (const QPointF &ll : lonLat)
        ring.append(WebMercator::fromLonLat(ll));
    p.rings.append(ring);
    p.bounds = QPolygonF(ring).boundingRect();
    return p;
}

RenderScene scene()
{
    RenderScene s;
    RenderScene::Layer area;
    area.name = QStringLiteral("area");
    area.color = QColor(0x27, 0xae, 0x60);
    area.polygons.append(part({{15.86, 46.41}, {15.88, 46.41}, {15.88, 46.43}, {15.86, 46.43}, {15.86, 46.41}}));
    area.bounds = area.polygons.first().bounds;
    RenderScene::Layer points;
    points.name = QStringLiteral("points");
    points.color = QColor(0xc0, 0x39, 0x2b);
    points.points.append({WebMercator::fromLonLat({15.90, 46.42}), QStringLiteral("Ptuj")});
    points.bounds = QRectF(points.points.first().at, QSizeF(1, 1));
    s.layers = {area, points};
    return s;
}

} // namespace

class tst_MapRenderer : public QObject
{
    Q_OBJECT

private slots:
    void projection()
    {
        // Known EPSG:3857 values: 15° E is 1,669,792.36 m; 46.42° N is 5,850,000-ish m.
        const QPointF m = WebMercator::fromLonLat({15.0, 46.42});
        QVERIFY(std::abs(m.x() - 1669792.36) < 0.01);
        const QPointF back = WebMercator::toLonLat(m);
        QVERIFY(std::abs(back.x() - 15.0) < 1e-9 && std::abs(back.y() - 46.42) < 1e-9);
        // Zoom 0: the equator's 40,075 km over 256 px.
        QVERIFY(std::abs(WebMercator::metersPerPixel(0) - 156543.03392) < 1e-4);
        QVERIFY(std::abs(WebMercator::metersPerPixel(12) * 4096 - 156543.03392) < 1e-4);
    }

    void drawsWhereTheCoordinatesAre()
    {
        const WebMercator::Viewport view{WebMercator::fromLonLat({15.88, 46.42}), WebMercator::metersPerPixel(13),
                                         QSizeF(400, 300)};
        const QImage image = MapRenderer::render(scene(), view, {});
        QCOMPARE(image.size(), QSize(400, 300));
        // Inside the square: its translucent green; outside it: nothing.
        const QPoint inside = view.toPixel(WebMercator::fromLonLat({15.87, 46.42})).toPoint();
        const QColor c = image.pixelColor(inside);
        QVERIFY2(c.alpha() > 40 && c.green() > c.red(), qPrintable(c.name(QColor::HexArgb)));
        QCOMPARE(image.pixelColor(5, 5).alpha(), 0);
        // The point: red, opaque, where its coordinate is.
        const QPoint point = view.toPixel(WebMercator::fromLonLat({15.90, 46.42})).toPoint();
        const QColor pc = image.pixelColor(point);
        QVERIFY2(pc.alpha() == 255 && pc.red() > 150 && pc.green() < 100, qPrintable(pc.name(QColor::HexArgb)));
    }

    void layersAreDrawnInSceneOrder()
    {
        // Two opaque squares on the same place: the later layer is the one seen.
        RenderScene s;
        for (const QColor &c : {QColor(Qt::red), QColor(Qt::blue)}) {
            RenderScene::Layer l;
            l.color = c;
            l.polygons.append(part({{15.86, 46.41}, {15.88, 46.41}, {15.88, 46.43}, {15.86, 46.43}, {15.86, 46.41}}));
            l.bounds = l.polygons.first().bounds;
            s.layers.append(l);
        }
        const WebMercator::Viewport view{WebMercator::fromLonLat({15.87, 46.42}), WebMercator::metersPerPixel(13),
                                         QSizeF(200, 200)};
        QColor c = MapRenderer::render(s, view, {}).pixelColor(100, 100);
        QVERIFY2(c.blue() > c.red(), qPrintable(c.name(QColor::HexArgb)));
        s.layers.swapItemsAt(0, 1);
        c = MapRenderer::render(s, view, {}).pixelColor(100, 100);
        QVERIFY2(c.red() > c.blue(), qPrintable(c.name(QColor::HexArgb)));
    }

    void selectionIsHighlightedOverEverything()
    {
        RenderScene s = scene();
        // The selection holds the square; a layer after it would still be below it.
        RenderScene::Layer selection = s.layers.first();
        selection.highlight = true;
        s.layers.append(selection);
        const WebMercator::Viewport view{WebMercator::fromLonLat({15.87, 46.42}), WebMercator::metersPerPixel(14),
                                         QSizeF(400, 400)};
        const QImage image = MapRenderer::render(s, view, {});
        // The square's west edge is drawn in the highlight yellow.
        const QPoint edge = view.toPixel(WebMercator::fromLonLat({15.86, 46.42})).toPoint();
        const QColor c = image.pixelColor(edge);
        QVERIFY2(c.red() > 200 && c.green() > 160 && c.blue() < 80, qPrintable(c.name(QColor::HexArgb)));
        // Inside: the yellow wash over the layer's green.
        const QColor inside = image.pixelColor(view.toPixel(WebMercator::fromLonLat({15.87, 46.425})).toPoint());
        QVERIFY2(inside.red() > 100, qPrintable(inside.name(QColor::HexArgb)));
    }

    void labelsDoNotOverlap()
    {
        // Fifty named points on one spot draw one name, not a smear of fifty.
        const auto darkPixels = [](int copies) {
            RenderScene s;
            RenderScene::Layer l;
            l.color = QColor(0x21, 0x7d, 0xbb);
            for (int i = 0; i < copies; ++i)
                l.points.append({WebMercator::fromLonLat({15.87 + i * 1e-7, 46.42}), QStringLiteral("Hajdina %1").arg(i % 10)});
            l.bounds = QRectF(l.points.first().at, QSizeF(1, 1));
            s.layers = {l};
            const WebMercator::Viewport view{WebMercator::fromLonLat({15.87, 46.42}), WebMercator::metersPerPixel(17),
                                             QSizeF(300, 200)};
            const QImage image = MapRenderer::render(s, view, {});
            int dark = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    dark += image.pixelColor(x, y).alpha() > 200 && qGray(image.pixel(x, y)) < 60;
            return dark;
        };
        const int one = darkPixels(1);
        QVERIFY(one > 10);
        QVERIFY2(darkPixels(50) <= one * 1.2, qPrintable(QString::number(darkPixels(50)) + u" vs "_s + QString::number(one)));
    }

    void parallelDrawingGivesTheSamePicture()
    {
        // Enough to be split over threads: areas, a line layer and many points, overlapping.
        RenderScene s;
        const QColor colors[] = {QColor(0x27, 0xae, 0x60), QColor(0x21, 0x7d, 0xbb), QColor(0xc0, 0x39, 0x2b)};
        for (int k = 0; k < 3; ++k) {
            RenderScene::Layer l;
            l.color = colors[k];
            for (int i = 0; i < 4000; ++i) {
                const double x = 15.85 + (i % 80) * 0.0005 + k * 0.0002, y = 46.41 + (i / 80) * 0.0004;
                if (k == 2)
                    l.points.append({WebMercator::fromLonLat({x, y}), {}});
                else
                    l.polygons.append(part({{x, y}, {x + 0.0006, y}, {x + 0.0006, y + 0.0005}, {x, y + 0.0005}, {x, y}}));
            }
            l.bounds = QRectF(WebMercator::fromLonLat({15.84, 46.40}), WebMercator::fromLonLat({15.91, 46.44})).normalized();
            s.layers.append(l);
        }
        const WebMercator::Viewport view{WebMercator::fromLonLat({15.87, 46.42}), WebMercator::metersPerPixel(14),
                                         QSizeF(500, 400)};
        const QImage one = MapRenderer::render(s, view, {.parallel = false});
        const QImage many = MapRenderer::render(s, view, {.parallel = true, .threads = 3});
        QCOMPARE(one.size(), many.size());
        int worst = 0;
        for (int y = 0; y < one.height(); ++y) {
            for (int x = 0; x < one.width(); ++x) {
                const QRgb a = one.pixel(x, y), b = many.pixel(x, y);
                worst = std::max({worst, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                                  std::abs(qBlue(a) - qBlue(b)), std::abs(qAlpha(a) - qAlpha(b))});
            }
        }
        QVERIFY2(worst <= 3, qPrintable(QString::number(worst)));
    }

    void cullsAndCancels()
    {
        // A view far away draws nothing.
        const WebMercator::Viewport far{WebMercator::fromLonLat({14.5, 46.05}), WebMercator::metersPerPixel(13),
                                        QSizeF(200, 200)};
        const QImage empty = MapRenderer::render(scene(), far, {});
        for (int y = 0; y < empty.height(); y += 10)
            for (int x = 0; x < empty.width(); x += 10)
                QCOMPARE(empty.pixelColor(x, y).alpha(), 0);
        std::atomic_bool cancel = true;
        const WebMercator::Viewport view{WebMercator::fromLonLat({15.88, 46.42}), 10, QSizeF(200, 200)};
        QVERIFY(MapRenderer::render(scene(), view, {.cancel = &cancel}).isNull());
    }

    void layerOpacity()
    {
        RenderScene s = scene();
        s.layers[1].opacity = 0.5;
        const WebMercator::Viewport view{WebMercator::fromLonLat({15.88, 46.42}), WebMercator::metersPerPixel(13),
                                         QSizeF(400, 300)};
        const QImage image = MapRenderer::render(s, view, {});
        const QColor pc = image.pixelColor(view.toPixel(WebMercator::fromLonLat({15.90, 46.42})).toPoint());
        QVERIFY2(std::abs(pc.alpha() - 128) <= 2, qPrintable(QString::number(pc.alpha())));
    }

    void highDpi()
    {
        const WebMercator::Viewport view{WebMercator::fromLonLat({15.88, 46.42}), 10, QSizeF(200, 100)};
        const QImage image = MapRenderer::render(scene(), view, {.devicePixelRatio = 2});
        QCOMPARE(image.size(), QSize(400, 200));
        QCOMPARE(image.devicePixelRatio(), 2.0);
    }
};

QTEST_MAIN(tst_MapRenderer)
#include "tst_maprenderer.moc"
