// Saved views: the three built-in places, the user's own added and removed, remembered
// between runs (QSettings in a temporary folder), built-in ones never removed.
#include "Bookmarks.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Bookmarks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(u"ptuj-test"_s);
        QCoreApplication::setApplicationName(u"tst_bookmarks"_s);
        QSettings().clear();
    }

    void addRemoveAndRemember()
    {
        {
            Bookmarks bookmarks;
            QAbstractItemModelTester tester(&bookmarks, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(bookmarks.rowCount(), 3);
            QVERIFY(bookmarks.get(0).value(u"name"_s).toString().contains(u"mestno jedro"_s));
            QVERIFY(bookmarks.data(bookmarks.index(0), Bookmarks::BuiltInRole).toBool());
            QVERIFY(!bookmarks.add(u"   "_s, QGeoCoordinate(46.4, 15.9), 15)); // no name
            QVERIFY(bookmarks.add(u"  Mestna hiša "_s, QGeoCoordinate(46.4199, 15.8700), 17.5));
            QCOMPARE(bookmarks.rowCount(), 4);
            QCOMPARE(bookmarks.get(3).value(u"name"_s).toString(), u"Mestna hiša"_s);
            QCOMPARE(bookmarks.get(3).value(u"zoom"_s).toDouble(), 17.5);
            bookmarks.remove(0); // a built-in one stays
            QCOMPARE(bookmarks.rowCount(), 4);
            bookmarks.remove(99);
            QCOMPARE(bookmarks.rowCount(), 4);
        }
        {
            // The next run has it.
            Bookmarks again;
            QCOMPARE(again.rowCount(), 4);
            QCOMPARE(again.get(3).value(u"coordinate"_s).value<QGeoCoordinate>(), QGeoCoordinate(46.4199, 15.8700));
            QVERIFY(!again.data(again.index(3), Bookmarks::BuiltInRole).toBool());
            again.remove(3);
            QCOMPARE(again.rowCount(), 3);
        }
        QCOMPARE(Bookmarks().rowCount(), 3);
        // A damaged saved list loses only the damaged entries.
        QSettings().setValue(u"map/bookmarks"_s, QVariantList{QVariantMap{{u"name"_s, u""_s}},
                                                              QVariantMap{{u"name"_s, u"Brez mesta"_s}, {u"lat"_s, 999}},
                                                              QVariantMap{{u"name"_s, u"Grad"_s}, {u"lat"_s, 46.4224},
                                                                          {u"lon"_s, 15.8689}, {u"zoom"_s, 17}}});
        Bookmarks damaged;
        QCOMPARE(damaged.rowCount(), 4);
        QCOMPARE(damaged.get(3).value(u"name"_s).toString(), u"Grad"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Bookmarks)
#include "tst_bookmarks.moc"
