#include "CsvLayout.h"
#include "InputPolicy.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class tst_CsvLayout : public QObject
{
    Q_OBJECT

private slots:
    void picksColumns_data();
    void picksColumns();
    void refuses_data();
    void refuses();
    void tooManyColumns();
    void quotedSeparatorsAndLineBreaks();
    void gdalOptionsNameExactlyTheChosenColumns();
};

void tst_CsvLayout::gdalOptionsNameExactlyTheChosenColumns()
{
    const auto semicolon = CsvLayout::inspect("ime;Lon;Lat\na;15,8;46,4\n", u"s.csv"_s);
    QVERIFY(semicolon.ok);
    QCOMPARE(semicolon.gdalOpenOptions(), (QByteArrayList{"SEPARATOR=SEMICOLON", "X_POSSIBLE_NAMES=Lon", "Y_POSSIBLE_NAMES=Lat",
                                                          "KEEP_GEOM_COLUMNS=NO", "AUTODETECT_TYPE=YES"}));
    const auto wkt = CsvLayout::inspect("id,WKT\n1,POINT (1 2)\n", u"w.csv"_s);
    QVERIFY(wkt.ok);
    QVERIFY(wkt.gdalOpenOptions().contains("GEOM_POSSIBLE_NAMES=WKT"));
    QVERIFY(!wkt.gdalOpenOptions().join(' ').contains("X_POSSIBLE_NAMES"));
}

void tst_CsvLayout::picksColumns_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("x");
    QTest::addColumn<QString>("y");
    QTest::addColumn<QString>("wkt");
    QTest::addColumn<char>("separator");
    QTest::newRow("x,y") << QByteArray("id,x,y\n1,566000,141000\n") << u"x"_s << u"y"_s << QString() << ',';
    QTest::newRow("Lon/Lat keep their case") << QByteArray("Name,Lon,Lat\na,15.8,46.4\n") << u"Lon"_s << u"Lat"_s << QString() << ',';
    QTest::newRow("semicolon, decimal commas") << QByteArray("ime;e;n\na;566000,5;141000,2\n") << u"e"_s << u"n"_s << QString() << ';';
    QTest::newRow("tab") << QByteArray("easting\tnorthing\n1\t2\n") << u"easting"_s << u"northing"_s << QString() << '\t';
    QTest::newRow("wkt wins, x/y kept as attributes") << QByteArray("wkt,x,y\n\"POINT (1 2)\",1,2\n") << QString() << QString() << u"wkt"_s << ',';
    QTest::newRow("no coordinates at all") << QByteArray("a,b\n1,2\n") << QString() << QString() << QString() << ',';
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFx,y\n1,2\n") << u"x"_s << u"y"_s << QString() << ',';
    QTest::newRow("D96 survey names") << QByteArray("y_d96,x_d96\n566000,141000\n") << u"y_d96"_s << u"x_d96"_s << QString() << ',';
}

void tst_CsvLayout::picksColumns()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, x);
    QFETCH(QString, y);
    QFETCH(QString, wkt);
    QFETCH(char, separator);
    const CsvLayout::Layout l = CsvLayout::inspect(data, u"t.csv"_s);
    QVERIFY2(l.ok, qPrintable(l.error));
    QCOMPARE(l.xColumn, x);
    QCOMPARE(l.yColumn, y);
    QCOMPARE(l.wktColumn, wkt);
    QCOMPARE(l.separator, separator);
}

void tst_CsvLayout::refuses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("mentions");
    // The layouts that crashed GDAL with X_POSSIBLE_NAMES and KEEP_GEOM_COLUMNS=NO.
    QTest::newRow("x,x,y") << QByteArray("x,x,y\n1,2,3\n") << QStringList{u"\"x\""_s, u"more than once"_s};
    QTest::newRow("x,lon,y,lat") << QByteArray("x,lon,y,lat\n1,2,3,4\n") << QStringList{u"\"x\""_s, u"\"lon\""_s};
    QTest::newRow("lon,x,lat,y") << QByteArray("lon,x,lat,y\n1,2,3,4\n") << QStringList{u"\"lon\""_s, u"\"x\""_s};
    QTest::newRow("e,x,n,y") << QByteArray("e,x,n,y\n1,2,3,4\n") << QStringList{u"\"e\""_s, u"\"x\""_s};
    QTest::newRow("X and x") << QByteArray("X,x,y\n1,2,3\n") << QStringList{u"more than once"_s};
    QTest::newRow("two geometry columns") << QByteArray("wkt,geometry\nPOINT(1 2),POINT(1 2)\n") << QStringList{u"\"wkt\""_s, u"\"geometry\""_s};
    QTest::newRow("one axis only") << QByteArray("name,lat\na,46\n") << QStringList{u"\"lat\""_s, u"both"_s};
    QTest::newRow("unterminated quote") << QByteArray("x,y,name\n1,2,ok\n3,4,\"never closed\n5,6,x\n") << QStringList{u"line 3"_s, u"never closed"_s};
    QTest::newRow("empty") << QByteArray() << QStringList{u"header"_s};
}

void tst_CsvLayout::refuses()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, mentions);
    const CsvLayout::Layout l = CsvLayout::inspect(data, u"bad.csv"_s);
    QVERIFY(!l.ok);
    QVERIFY2(l.error.contains(u"bad.csv"_s), qPrintable(l.error));
    for (const QString &m : std::as_const(mentions))
        QVERIFY2(l.error.contains(m), qPrintable(l.error + u" lacks "_s + m));
}

void tst_CsvLayout::tooManyColumns()
{
    QStringList names{u"x"_s, u"y"_s};
    for (int i = 0; i < InputPolicy::kMaxAttributeColumns; ++i)
        names.append(u"c%1"_s.arg(i));
    QVERIFY(CsvLayout::inspect(names.join(u',').toUtf8() + '\n', u"wide.csv"_s).ok);
    names.append(u"one_too_many"_s);
    const auto l = CsvLayout::inspect(names.join(u',').toUtf8() + '\n', u"wide.csv"_s);
    QVERIFY(!l.ok);
    QVERIFY2(l.error.contains(u"2001 columns"_s), qPrintable(l.error));
}

void tst_CsvLayout::quotedSeparatorsAndLineBreaks()
{
    const auto l = CsvLayout::inspect("\"name, full\",x,y\n\"a\nb\",1,2\n\"say \"\"hi\"\"\",3,4\n", u"q.csv"_s);
    QVERIFY2(l.ok, qPrintable(l.error));
    QCOMPARE(l.columns, (QStringList{u"name, full"_s, u"x"_s, u"y"_s}));
    QCOMPARE(l.xColumn, u"x"_s);
}

QTEST_GUILESS_MAIN(tst_CsvLayout)
#include "tst_csvlayout.moc"
