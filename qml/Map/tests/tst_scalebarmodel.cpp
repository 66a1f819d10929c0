// The scale bar: a round length (1, 2 or 5 × 10ⁿ m) that fits the width, for the map's
// resolution; nothing while the resolution is unknown.
#include "ScaleBarModel.h"

#include <QSignalSpy>
#include <QTest>

class tst_ScaleBarModel : public QObject
{
    Q_OBJECT

private slots:
    void roundLengthsThatFit_data()
    {
        QTest::addColumn<double>("metersPerPixel");
        QTest::addColumn<double>("maximumWidth");
        QTest::addColumn<double>("meters");
        QTest::newRow("town, 2.4 m/px") << 2.4 << 120.0 << 200.0;
        QTest::newRow("street, 0.3 m/px") << 0.3 << 120.0 << 20.0;
        QTest::newRow("municipality, 19 m/px") << 19.0 << 120.0 << 2000.0;
        QTest::newRow("narrow bar") << 19.0 << 60.0 << 1000.0;
    }
    void roundLengthsThatFit()
    {
        QFETCH(double, metersPerPixel);
        QFETCH(double, maximumWidth);
        QFETCH(double, meters);
        ScaleBarModel model;
        QSignalSpy changed(&model, &ScaleBarModel::changed);
        model.setMaximumWidth(maximumWidth);
        model.setMetersPerPixel(metersPerPixel);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.meters(), meters);
        QVERIFY(model.barWidth() <= maximumWidth);
        QVERIFY(model.barWidth() > maximumWidth / 5); // a bar, not a dot
        QVERIFY(qFuzzyCompare(model.barWidth() * metersPerPixel, meters));
    }

    void nothingWithoutAResolution()
    {
        ScaleBarModel model;
        model.setMetersPerPixel(0);
        QCOMPARE(model.barWidth(), 0.0);
        model.setMetersPerPixel(qQNaN());
        QCOMPARE(model.barWidth(), 0.0);
        model.setMetersPerPixel(-3);
        QCOMPARE(model.barWidth(), 0.0);
    }
};

QTEST_GUILESS_MAIN(tst_ScaleBarModel)
#include "tst_scalebarmodel.moc"
