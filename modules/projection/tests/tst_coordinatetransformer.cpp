#include "CoordinateTransformer.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

class tst_CoordinateTransformer : public QObject
{
    Q_OBJECT

private slots:
    // Control points: GURS label points of the settlements of Mestna občina Ptuj, published
    // with D96/TM metres and their ETRS89 longitude/latitude (data/geodata, GURS RPE, CC BY 4.0).
    // The published degrees have 7 decimals (≈1 cm), so 5 cm is the tolerance.
    void wgs84ToD96_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("e");
        QTest::addColumn<double>("n");
        QTest::newRow("Ptuj") << 15.8708617 << 46.4198068 << 566941.0 << 142604.0;
        QTest::newRow("Grajena") << 15.8398051 << 46.4560271 << 564511.0 << 146604.0;
        QTest::newRow("Kicar") << 15.9100577 << 46.4533304 << 569911.0 << 146364.0;
        QTest::newRow("Krčevina pri Vurbergu") << 15.8124985 << 46.4843848 << 562381.0 << 149734.0;
        QTest::newRow("Spuhlja") << 15.9089744 << 46.4116828 << 569881.0 << 141734.0;
        // Geodetic definition of D96/TM: central meridian 15° E maps to E = 500 000 m;
        // N = 0.9999 × GRS80 meridian arc to 45° (4 984 944.378 m) − 5 000 000 m.
        QTest::newRow("central meridian, 45° N") << 15.0 << 45.0 << 500000.0 << -15554.116;
    }

    void wgs84ToD96()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, e);
        QFETCH(double, n);
        // ETRS89 geographic: D96/TM's own datum, so no datum shift is involved.
        CoordinateTransformer t(u"EPSG:4258"_s, u"EPSG:3794"_s);
        QVERIFY2(t.isValid(), qPrintable(t.errorString()));
        const auto p = t.transform(QPointF(lon, lat));
        QVERIFY(p.has_value());
        QVERIFY2(std::abs(p->x() - e) < 0.05, qPrintable(QString::number(p->x(), 'f', 3)));
        QVERIFY2(std::abs(p->y() - n) < 0.05, qPrintable(QString::number(p->y(), 'f', 3)));

        // The console's readout works from WGS84; at this accuracy it equals ETRS89 in PROJ's
        // default (ballpark/null) transformation, within a metre.
        CoordinateTransformer fromWgs(u"EPSG:4326"_s, u"EPSG:3794"_s);
        const auto q = fromWgs.transform(QPointF(lon, lat));
        QVERIFY(q.has_value());
        QVERIFY(std::abs(q->x() - e) < 1.0 && std::abs(q->y() - n) < 1.0);

        CoordinateTransformer back(u"EPSG:3794"_s, u"EPSG:4258"_s);
        const auto r = back.transform(*p);
        QVERIFY(r.has_value());
        QVERIFY(std::abs(r->x() - lon) < 1e-8 && std::abs(r->y() - lat) < 1e-8);
    }

    void batchEqualsSingle()
    {
        CoordinateTransformer t(u"EPSG:3794"_s, u"EPSG:3857"_s);
        QVERIFY(t.isValid());
        std::vector<double> xs, ys;
        for (int i = 0; i < 100; ++i) {
            xs.push_back(560000 + i * 137.5);
            ys.push_back(140000 + i * 91.25);
        }
        auto bx = xs, by = ys;
        QCOMPARE(t.transform(bx, by), 0);
        for (size_t i = 0; i < xs.size(); ++i) {
            const auto p = t.transform(QPointF(xs[i], ys[i]));
            QVERIFY(p.has_value());
            QCOMPARE(bx[i], p->x());
            QCOMPARE(by[i], p->y());
        }
    }

    void invalidInput()
    {
        CoordinateTransformer bad(u"EPSG:999999"_s, u"EPSG:3794"_s);
        QVERIFY(!bad.isValid());
        QVERIFY(bad.errorString().contains(u"EPSG:999999"_s));
        QVERIFY(!bad.transform(QPointF(15, 46)).has_value());

        CoordinateTransformer t(u"EPSG:4326"_s, u"EPSG:3794"_s);
        QVERIFY(!t.transform(QPointF(qQNaN(), 46)).has_value());
    }

    void movable()
    {
        CoordinateTransformer a(u"EPSG:4326"_s, u"EPSG:3794"_s);
        CoordinateTransformer b = std::move(a);
        QVERIFY(b.isValid());
        QVERIFY(!a.isValid()); // NOLINT(bugprone-use-after-move): moved-from state is specified
        QVERIFY(b.transform(QPointF(15.87, 46.42)).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_CoordinateTransformer)
#include "tst_coordinatetransformer.moc"
