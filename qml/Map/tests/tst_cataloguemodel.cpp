#include "CatalogueModel.h"
#include "LayerRoleList.h"
#include "LayerRoles.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The catalogue as QML sees it, over a copy of the sample store: rows, roles and edits that
// run off the GUI thread and say when they fail.
class tst_CatalogueModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    static int rowOf(const CatalogueModel &model, const QString &layer)
    {
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.data(model.index(i), CatalogueModel::LayerRole).toString() == layer)
                return i;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"ptuj.gpkg"_s);
        QVERIFY(QFile::copy(QStringLiteral(PTUJ_DATA_DIR "/ptuj.gpkg"), m_store));
        QVERIFY(QFile::setPermissions(m_store, QFile::ReadOwner | QFile::WriteOwner));
    }

    void rolesAndAttributionOfTheSampleStore()
    {
        CatalogueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.status(), CatalogueModel::Null);
        model.setStorePath(m_store);
        QCOMPARE(model.status(), CatalogueModel::Loading);
        QTRY_COMPARE(model.status(), CatalogueModel::Ready);
        QVERIFY(model.rowCount() >= 28);
        const int boundary = rowOf(model, u"obcina_meja"_s);
        QVERIFY(boundary >= 0);
        const QModelIndex i = model.index(boundary);
        QCOMPARE(model.data(i, CatalogueModel::LayerRolesRole).toStringList(), QStringList{LayerRoles::MunicipalBoundary});
        QCOMPARE(model.data(i, CatalogueModel::AttributionRole).toString(), u"© GURS, CC BY 4.0"_s);
        QCOMPARE(model.data(model.index(rowOf(model, u"drava"_s)), CatalogueModel::LayerRolesRole).toStringList(),
                 QStringList{LayerRoles::WaterBodies});
        QCOMPARE(model.roleNames().value(CatalogueModel::LayerRolesRole), "layerRoles");
        QCOMPARE(model.countInDomain(u"water"_s), 4);
    }

    void editsRolesAndRefusesUnknownOnes()
    {
        CatalogueModel model;
        model.setStorePath(m_store);
        QTRY_COMPARE(model.status(), CatalogueModel::Ready);
        QSignalSpy saved(&model, &CatalogueModel::saved);
        QSignalSpy failed(&model, &CatalogueModel::saveFailed);

        model.update(u"schools"_s, {{u"roles"_s, QStringList{LayerRoles::Schools, LayerRoles::HealthFacilities}}});
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toString(), u"schools"_s);
        QCOMPARE(model.data(model.index(rowOf(model, u"schools"_s)), CatalogueModel::LayerRolesRole).toStringList(),
                 (QStringList{LayerRoles::Schools, LayerRoles::HealthFacilities}));

        model.update(u"schools"_s, {{u"roles"_s, QStringList{u"school"_s}}});
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.first().at(1).toString().contains(u"unknown role school"_s), qPrintable(failed.first().at(1).toString()));
        QCOMPARE(model.data(model.index(rowOf(model, u"schools"_s)), CatalogueModel::LayerRolesRole).toStringList(),
                 (QStringList{LayerRoles::Schools, LayerRoles::HealthFacilities}));
        QCOMPARE(saved.size(), 1);
    }

    void roleNamesInBothLanguages()
    {
        LayerRoleList list;
        QCOMPARE(list.roles().size(), LayerRoles::all().size());
        QCOMPARE(list.roles().first().toMap().value(u"id"_s).toString(), LayerRoles::MunicipalBoundary);
        QCOMPARE(list.name(LayerRoles::WaterMains, u"sl"_s), u"Vodovod"_s);
        QCOMPARE(list.name(LayerRoles::WaterMains, u"en"_s), u"Water mains"_s);
        QCOMPARE(list.names({LayerRoles::Roads, u"nonsense"_s}, u"en"_s), u"Roads, nonsense"_s);
        QVERIFY(LayerRoles::whyNot({LayerRoles::Roads}).isEmpty());
        QVERIFY(!LayerRoles::whyNot({u"road"_s}).isEmpty());
    }
};

QTEST_MAIN(tst_CatalogueModel)
#include "tst_cataloguemodel.moc"
