#include "LayerTreeModel.h"
#include "MapLayers.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The layer tree as a list model over the sample store: drawing order, visibility,
// opacity, legend and counts, checked by Qt's model tester on every change.
class tst_LayerTreeModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MapLayers m_layers;
    LayerTreeModel m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QString nameAt(int row) const { return m_model.data(m_model.index(row), LayerTreeModel::NameRole).toString(); }

private slots:
    void initTestCase()
    {
        // Order, visibility and opacity are remembered in settings: keep the user's out of it.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ptuj-console-tests"_s);
        QSettings().clear();
        const QString store = m_dir.filePath(u"ptuj.gpkg"_s);
        QVERIFY(QFile::copy(QStringLiteral(PTUJ_DATA_DIR "/ptuj.gpkg"), store));
        QFile::setPermissions(store, QFile::ReadOwner | QFile::WriteOwner);
        m_tester = std::make_unique<QAbstractItemModelTester>(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model.setLayers(&m_layers);
        m_layers.setStorePath(store);
        QTRY_VERIFY_WITH_TIMEOUT(m_layers.status() == MapLayers::Ready, 30000);
        QTRY_VERIFY(m_model.rowCount() > 20);
    }

    void rowsFollowTheDrawingOrder()
    {
        const QStringList order = m_layers.drawingOrder();
        QCOMPARE(m_model.rowCount(), order.size());
        for (int row = 0; row < order.size(); ++row) {
            QCOMPARE(nameAt(row), order.at(row));
            QCOMPARE(m_model.data(m_model.index(row), LayerTreeModel::OrderRole).toInt(), row);
        }
        const int drava = m_model.rowOf(u"drava"_s);
        QVERIFY(drava >= 0);
        const QModelIndex i = m_model.index(drava);
        QCOMPARE(m_model.data(i, LayerTreeModel::KindRole).toString(), u"line"_s);
        QCOMPARE(m_model.data(i, LayerTreeModel::DomainRole).toString(), u"water"_s);
        QVERIFY(m_model.data(i, LayerTreeModel::CountRole).toInt() >= 1);
        QVERIFY(!m_model.data(i, LayerTreeModel::TitleSlRole).toString().isEmpty());
        QCOMPARE(m_model.data(m_model.index(m_model.rowOf(u"naselja"_s)), LayerTreeModel::CountRole).toInt(), 10);
    }

    void visibilityAndOpacityGoToTheMap()
    {
        const QModelIndex i = m_model.index(m_model.rowOf(u"drava"_s));
        QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_model.setData(i, false, LayerTreeModel::VisibleRole));
        QVERIFY(!m_layers.isVisible(u"drava"_s));
        QCOMPARE(m_model.data(i, LayerTreeModel::VisibleRole).toBool(), false);
        QVERIFY(!changed.isEmpty());
        QVERIFY(m_model.setData(i, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(m_layers.isVisible(u"drava"_s));

        QVERIFY(m_model.setData(i, 0.4, LayerTreeModel::OpacityRole));
        QCOMPARE(m_layers.opacityOf(u"drava"_s), 0.4);
        QCOMPARE(m_model.data(i, LayerTreeModel::OpacityRole).toDouble(), 0.4);
        QVERIFY(m_model.setData(i, 0.0, LayerTreeModel::OpacityRole));   // clamped, never invisible
        QCOMPARE(m_model.data(i, LayerTreeModel::OpacityRole).toDouble(), 0.1);
        QVERIFY(!m_model.setData(i, u"opaque"_s, LayerTreeModel::OpacityRole));
        QVERIFY(!m_model.setData(i, u"x"_s, LayerTreeModel::NameRole));
    }

    void movingALayerMovesItsRow()
    {
        const QString top = nameAt(0), second = nameAt(1);
        QSignalSpy moved(&m_model, &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(&m_model, &QAbstractItemModel::modelReset);
        QVERIFY(m_model.move(0, 3));
        QCOMPARE(nameAt(3), top);
        QCOMPARE(nameAt(0), second);
        QCOMPARE(m_layers.drawingOrder().at(3), top);
        QCOMPARE(moved.size(), 1);   // a move, not a reset: views keep their place
        QCOMPARE(reset.size(), 0);
        QVERIFY(m_model.move(3, 0));
        QCOMPARE(nameAt(0), top);
        QVERIFY(!m_model.move(0, m_model.rowCount()));
        QVERIFY(!m_model.move(-1, 0));
    }

    void reloadKeepsTheModelConsistent()
    {
        const int rows = m_model.rowCount();
        m_layers.reload();
        QTRY_VERIFY_WITH_TIMEOUT(m_layers.status() == MapLayers::Ready, 30000);
        QTRY_COMPARE(m_model.rowCount(), rows);
    }
};

QTEST_MAIN(tst_LayerTreeModel)
#include "tst_layertreemodel.moc"
