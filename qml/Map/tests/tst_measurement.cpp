// The measuring tool: geodesic length, and the area and perimeter from three points on,
// against figures worked out by hand on the WGS84 ellipsoid; undo and clear.
#include "Measurement.h"

#include <QSignalSpy>
#include <QTest>

class tst_Measurement : public QObject
{
    Q_OBJECT

private slots:
    void measuresALineAndAnArea()
    {
        Measurement m;
        QSignalSpy changed(&m, &Measurement::changed);
        QCOMPARE(m.count(), 0);
        QCOMPARE(m.length(), 0.0);
        // 0.01° of latitude at Ptuj is 1111.6 m on the ellipsoid (meridian arc).
        const QGeoCoordinate a(46.42, 15.87), b(46.43, 15.87), c(46.43, 15.88);
        m.add(a);
        QCOMPARE(m.count(), 1);
        QCOMPARE(m.length(), 0.0);
        m.add(b);
        QVERIFY2(std::abs(m.length() - 1111.6) < 1.5, qPrintable(QString::number(m.length())));
        QCOMPARE(m.area(), 0.0); // two points enclose nothing
        // 0.01° of longitude at 46.43° N is 767.8 m: a right triangle of about ½·1111.6·767.3 m².
        m.add(c);
        QVERIFY2(std::abs(m.length() - (1111.6 + 767.8)) < 3, qPrintable(QString::number(m.length())));
        QVERIFY2(std::abs(m.area() - 0.5 * 1111.6 * 767.5) < 0.01 * m.area(), qPrintable(QString::number(m.area())));
        const double hypotenuse = std::hypot(1111.6, 767.5);
        QVERIFY2(std::abs(m.perimeter() - (1111.6 + 767.8 + hypotenuse)) < 5, qPrintable(QString::number(m.perimeter())));
        QCOMPARE(m.path().size(), 3);
        QCOMPARE(m.path().first().value<QGeoCoordinate>(), a);
        QCOMPARE(changed.count(), 3);
        // An invalid click is not a point.
        m.add(QGeoCoordinate());
        QCOMPARE(m.count(), 3);

        m.undo();
        QCOMPARE(m.count(), 2);
        QCOMPARE(m.area(), 0.0);
        QVERIFY(std::abs(m.length() - 1111.6) < 1.5);
        m.clear();
        QCOMPARE(m.count(), 0);
        QCOMPARE(m.length(), 0.0);
        m.undo(); // nothing to undo: no harm
        QCOMPARE(m.count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Measurement)
#include "tst_measurement.moc"
