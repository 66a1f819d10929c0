// A layer's attribute table over the sample store's settlements: columns and rows, sort
// both ways, a filter typed without diacritics, "only selected" following the map's
// selection, and a reload keeping it consistent (QAbstractItemModelTester throughout).
#include "FeatureTable.h"
#include "MapLayers.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_FeatureTable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MapLayers m_layers;

    int column(const FeatureTable &t, const QString &name) const
    {
        for (int c = 0; c < t.columnCount(); ++c)
            if (t.columnName(c) == name)
                return c;
        return -1;
    }
    QStringList names(const FeatureTable &t, int nameColumn) const
    {
        QStringList out;
        for (int r = 0; r < t.rowCount(); ++r)
            out.append(t.data(t.index(r, nameColumn)).toString());
        return out;
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(u"ptuj-test"_s);
        QCoreApplication::setApplicationName(u"tst_featuretable"_s);
        const QString store = m_dir.filePath(u"ptuj.gpkg"_s);
        QVERIFY(QFile::copy(QStringLiteral(PTUJ_DATA_DIR "/ptuj.gpkg"), store));
        m_layers.setStorePath(store);
        QTRY_COMPARE_WITH_TIMEOUT(m_layers.status(), MapLayers::Ready, 30000);
    }

    void rowsColumnsSortAndFilter()
    {
        FeatureTable table;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table.rows(), 0);
        table.setMapLayers(&m_layers);
        table.setLayer(u"naselja"_s);
        QCOMPARE(table.rows(), 10); // the municipality's settlements
        QCOMPARE(table.total(), 10);
        const int name = column(table, u"NA_UIME"_s);
        QVERIFY2(name >= 0, "the settlement name column");

        table.sortBy(name);
        QStringList sorted = names(table, name);
        QStringList expected = sorted;
        std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
            return QString::localeAwareCompare(a, b) < 0;
        });
        QCOMPARE(sorted, expected);
        table.sortBy(name); // again: the other way
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(names(table, name), expected);
        QCOMPARE(table.sortColumn(), name);

        table.setFilterText(u"grajensc"_s);
        QCOMPARE(table.rows(), 1);
        QCOMPARE(table.data(table.index(0, name)).toString(), u"Grajenščak"_s);
        const qint64 fid = table.fidOfRow(0);
        QCOMPARE(table.rowOfFid(fid), 0);
        QCOMPARE(table.feature(0).value(u"fid"_s).toLongLong(), fid);
        QVERIFY(table.feature(0).value(u"center"_s).value<QGeoCoordinate>().isValid());
        QCOMPARE(table.fidOfRow(5), -1);
        QCOMPARE(table.feature(5), QVariantMap());
        table.setFilterText({});
        QCOMPARE(table.rows(), 10);

        // Only the selected rows, following the map's selection.
        table.setOnlySelected(true);
        QCOMPARE(table.rows(), 0);
        m_layers.select({QVariantMap{{u"layer"_s, u"naselja"_s}, {u"fid"_s, fid}}});
        QTRY_COMPARE(table.rows(), 1);
        QVERIFY(table.isRowSelected(0));
        m_layers.clearSelection();
        QTRY_COMPARE(table.rows(), 0);
        table.setOnlySelected(false);

        // An unknown layer is an empty table, not a crash.
        table.setLayer(u"ni_sloja"_s);
        QCOMPARE(table.rows(), 0);
        QCOMPARE(table.columnCount(), 0);
    }

    void headersShowTheCataloguesAliasesAndHideTechnicalFields()
    {
        FeatureTable table;
        table.setMapLayers(&m_layers);
        table.setLayer(u"naselja"_s);
        const int name = column(table, u"NA_UIME"_s);
        QVERIFY(name > 0);
        QCOMPARE(table.headerData(name, Qt::Horizontal).toString(), u"Naselje"_s);
        QCOMPARE(table.headerData(0, Qt::Horizontal).toString(), u"ID"_s);
        // The catalogue's order: the name first after the id.
        QCOMPARE(name, 1);
        // Hidden in the catalogue (the register's internal id, the duplicate lat/lon).
        QCOMPARE(column(table, u"NA_MID"_s), -1);
        QCOMPARE(column(table, u"lat"_s), -1);
        QVERIFY(column(table, u"NA_ID"_s) > 0);

        QSignalSpy headers(&table, &QAbstractItemModel::headerDataChanged);
        table.setLanguage(u"en"_s);
        QCOMPARE(headers.size(), 1);
        QCOMPARE(table.headerData(name, Qt::Horizontal).toString(), u"Settlement"_s);

        // OSM's bookkeeping ("@id", "@type", "@lat") is never a column; its tags are, by alias.
        table.setLayer(u"aed"_s);
        QVERIFY(table.rows() > 0);
        for (int c = 0; c < table.columnCount(); ++c)
            QVERIFY2(!table.columnName(c).startsWith(u'@'), qPrintable(table.columnName(c)));
        const int where = column(table, u"defibrillator:location"_s);
        QVERIFY(where > 0);
        QCOMPARE(table.headerData(where, Qt::Horizontal).toString(), u"Where the defibrillator is"_s);
    }

    void followsAReload()
    {
        FeatureTable table;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setMapLayers(&m_layers);
        table.setLayer(u"naselja"_s);
        QSignalSpy rows(&table, &FeatureTable::rowsChanged);
        m_layers.reload();
        QTRY_COMPARE(m_layers.status(), MapLayers::Ready);
        QTRY_VERIFY(rows.count() >= 1);
        QCOMPARE(table.rows(), 10);
    }
};

QTEST_MAIN(tst_FeatureTable)
#include "tst_featuretable.moc"
