#include "ScaleBar.h"

#include <QTest>

class tst_ScaleBar : public QObject
{
    Q_OBJECT

private slots:
    void fit_data()
    {
        QTest::addColumn<double>("metersPerPixel");
        QTest::addColumn<double>("maxPixels");
        QTest::addColumn<double>("meters");
        QTest::newRow("1 m/px, 120 px") << 1.0 << 120.0 << 100.0;
        QTest::newRow("1 m/px, 250 px") << 1.0 << 250.0 << 200.0;
        QTest::newRow("1 m/px, 99 px") << 1.0 << 99.0 << 50.0;
        QTest::newRow("10 m/px, 120 px") << 10.0 << 120.0 << 1000.0;
        QTest::newRow("38.2 m/px, 150 px") << 38.2 << 150.0 << 5000.0;
        QTest::newRow("0.3 m/px, 100 px") << 0.3 << 100.0 << 20.0;
        QTest::newRow("exact fit") << 2.0 << 100.0 << 200.0;
    }

    void fit()
    {
        QFETCH(double, metersPerPixel);
        QFETCH(double, maxPixels);
        QFETCH(double, meters);
        const ScaleBar bar = ScaleBar::fit(metersPerPixel, maxPixels);
        QVERIFY(bar.isValid());
        QCOMPARE(bar.meters, meters);
        QVERIFY(bar.pixels <= maxPixels + 1e-9);
        QCOMPARE(bar.pixels, meters / metersPerPixel);
        // Round: the mantissa is 1, 2 or 5.
        const double mantissa = bar.meters / std::pow(10.0, std::floor(std::log10(bar.meters)));
        QVERIFY(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) || qFuzzyCompare(mantissa, 5.0));
    }

    void invalid()
    {
        QVERIFY(!ScaleBar::fit(0, 100).isValid());
        QVERIFY(!ScaleBar::fit(-1, 100).isValid());
        QVERIFY(!ScaleBar::fit(1, 0).isValid());
        QVERIFY(!ScaleBar::fit(qQNaN(), 100).isValid());
        QVERIFY(!ScaleBar::fit(qInf(), 100).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_ScaleBar)
#include "tst_scalebar.moc"
