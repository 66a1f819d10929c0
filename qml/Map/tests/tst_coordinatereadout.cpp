// The cursor readout: WGS84 in, D96/TM (EPSG:3794) easting and northing out, as PROJ gives
// them; invalid or unknown positions read as not valid.
#include "CoordinateReadout.h"
#include "CoordinateTransformer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CoordinateReadout : public QObject
{
    Q_OBJECT

private slots:
    void readsD96()
    {
        CoordinateReadout readout;
        QVERIFY(!readout.isValid());
        QSignalSpy changed(&readout, &CoordinateReadout::coordinateChanged);
        // The town hall of Ptuj.
        const QGeoCoordinate ptuj(46.4199, 15.8700);
        readout.setCoordinate(ptuj);
        QCOMPARE(changed.count(), 1);
        QVERIFY(readout.isValid());
        const CoordinateTransformer toD96(u"EPSG:4326"_s, u"EPSG:3794"_s);
        const auto expected = toD96.transform(QPointF(ptuj.longitude(), ptuj.latitude()));
        QVERIFY(expected);
        QCOMPARE(readout.easting(), expected->x());
        QCOMPARE(readout.northing(), expected->y());
        // Ptuj lies at about E 567 km, N 142 km of the Slovene grid.
        QVERIFY2(readout.easting() > 560000 && readout.easting() < 575000, qPrintable(QString::number(readout.easting())));
        QVERIFY2(readout.northing() > 135000 && readout.northing() < 150000, qPrintable(QString::number(readout.northing())));

        readout.setCoordinate(QGeoCoordinate());
        QVERIFY(!readout.isValid());
        QVERIFY(std::isnan(readout.easting()));
    }
};

QTEST_GUILESS_MAIN(tst_CoordinateReadout)
#include "tst_coordinatereadout.moc"
