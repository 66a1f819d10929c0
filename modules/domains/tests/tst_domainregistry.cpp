#include "DomainRegistry.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_DomainRegistry : public QObject
{
    Q_OBJECT

private slots:
    void modelIsConsistent()
    {
        DomainRegistry registry;
        QAbstractItemModelTester tester(&registry, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(registry.rowCount(), 14);
        QCOMPARE(registry.property("count").toInt(), 14);
    }

    void domainsAreUniqueAndComplete()
    {
        QSet<QString> ids;
        QSet<QRgb> colours;
        for (const Domain &d : DomainRegistry::domains()) {
            QVERIFY2(!d.nameSl.isEmpty() && !d.nameEn.isEmpty(), qPrintable(d.id));
            QVERIFY(d.pillarIndex >= 0 && d.pillarIndex < DomainRegistry::pillars().size());
            QVERIFY(d.color.isValid());
            ids.insert(d.id);
            colours.insert(d.color.rgb());
        }
        QCOMPARE(ids.size(), 14);
        QCOMPARE(colours.size(), 14);
        QCOMPARE(DomainRegistry::pillars().size(), 5);
    }

    // A sectioned list view needs each pillar's domains to be contiguous and in pillar order.
    void pillarsAreContiguous()
    {
        int last = -1;
        for (const Domain &d : DomainRegistry::domains()) {
            QVERIFY2(d.pillarIndex >= last, qPrintable(d.id));
            last = d.pillarIndex;
        }
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("sl");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("pillarSl");
        QTest::newRow("economy") << u"economy"_s << u"Gospodarstvo"_s << u"Economy"_s << u"Mesto poslovnih priložnosti"_s;
        QTest::newRow("water") << u"water"_s << u"Vode"_s << u"Water"_s << u"Okolju prijazno mesto"_s;
        QTest::newRow("health") << u"health"_s << u"Prebivalstvo in zdravje"_s << u"Population and health"_s
                                << u"Mesto aktivnih, zdravih in ustvarjalnih ljudi"_s;
        QTest::newRow("sport") << u"sport"_s << u"Šport"_s << u"Sport"_s << u"Mesto aktivnih, zdravih in ustvarjalnih ljudi"_s;
        QTest::newRow("protection") << u"protection"_s << u"Zaščita in reševanje"_s << u"Protection and rescue"_s
                                    << u"Uprava, zaščita in reševanje, telekomunikacije"_s;
    }

    void lookup()
    {
        QFETCH(QString, id);
        QFETCH(QString, sl);
        QFETCH(QString, en);
        QFETCH(QString, pillarSl);
        DomainRegistry registry;
        const int row = registry.indexOf(id);
        QVERIFY(row >= 0);
        const QModelIndex idx = registry.index(row);
        QCOMPARE(idx.data(DomainRegistry::NameSlRole).toString(), sl);
        QCOMPARE(idx.data(DomainRegistry::NameEnRole).toString(), en);
        QCOMPARE(idx.data(DomainRegistry::PillarNameSlRole).toString(), pillarSl);
        QCOMPARE(registry.name(id, u"en"_s), en);
        QCOMPARE(registry.name(id, u"sl"_s), sl);
        QCOMPARE(DomainRegistry::find(id)->nameEn, en);
    }

    void unknownDomain()
    {
        DomainRegistry registry;
        QCOMPARE(registry.indexOf(u"parking"_s), -1);
        QVERIFY(registry.name(u"parking"_s, u"sl"_s).isEmpty());
        QVERIFY(!DomainRegistry::find(u""_s));
    }

    void roleNamesAreExposed()
    {
        DomainRegistry registry;
        const auto roles = registry.roleNames();
        for (const char *name : {"domainId", "nameSl", "nameEn", "pillarNameSl", "pillarNameEn", "domainColor"})
            QVERIFY2(roles.values().contains(QByteArray(name)), name);
    }
};

QTEST_GUILESS_MAIN(tst_DomainRegistry)
#include "tst_domainregistry.moc"
