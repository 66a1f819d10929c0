#include "DomainRegistry.h"

using namespace Qt::StringLiterals;

namespace {

// Section 4 of the strategy: 5 pillars ("stebri") and their 14 domains, in its order.
const QList<Pillar> kPillars = {
    {u"business"_s, u"Mesto poslovnih priložnosti"_s, u"City of business opportunities"_s},
    {u"green"_s, u"Okolju prijazno mesto"_s, u"Environment-friendly city"_s},
    {u"heritage"_s, u"Zakladnica tisočletij"_s, u"Treasury of millennia"_s},
    {u"people"_s, u"Mesto aktivnih, zdravih in ustvarjalnih ljudi"_s,
     u"City of active, healthy and creative people"_s},
    {u"governance"_s, u"Uprava, zaščita in reševanje, telekomunikacije"_s,
     u"Administration, protection and rescue, telecommunications"_s},
};

// Colours are distinct on the map at a glance and keep enough contrast on a light basemap.
const QList<Domain> kDomains = {
    {u"economy"_s, u"Gospodarstvo"_s, u"Economy"_s, 0, QColor(0x8e, 0x44, 0xad)},
    {u"agriculture"_s, u"Kmetijstvo"_s, u"Agriculture"_s, 0, QColor(0x9a, 0x7d, 0x0a)},
    {u"energy"_s, u"Energetika"_s, u"Energy"_s, 1, QColor(0xe6, 0x7e, 0x22)},
    {u"environment"_s, u"Okolje"_s, u"Environment"_s, 1, QColor(0x27, 0xae, 0x60)},
    {u"mobility"_s, u"Mobilnost"_s, u"Mobility"_s, 1, QColor(0x34, 0x49, 0x5e)},
    {u"water"_s, u"Vode"_s, u"Water"_s, 1, QColor(0x21, 0x7d, 0xbb)},
    {u"culture"_s, u"Kultura"_s, u"Culture"_s, 2, QColor(0xa9, 0x32, 0x26)},
    {u"tourism"_s, u"Turizem"_s, u"Tourism"_s, 2, QColor(0xd4, 0xac, 0x0d)},
    {u"health"_s, u"Prebivalstvo in zdravje"_s, u"Population and health"_s, 3, QColor(0xc0, 0x39, 0x2b)},
    {u"sport"_s, u"Šport"_s, u"Sport"_s, 3, QColor(0x16, 0xa0, 0x85)},
    {u"security"_s, u"Varnost"_s, u"Security"_s, 3, QColor(0x2c, 0x3e, 0x50)},
    {u"administration"_s, u"Uprava"_s, u"Administration"_s, 4, QColor(0x7f, 0x8c, 0x8d)},
    {u"protection"_s, u"Zaščita in reševanje"_s, u"Protection and rescue"_s, 4, QColor(0xd3, 0x54, 0x00)},
    {u"telecom"_s, u"Telekomunikacije"_s, u"Telecommunications"_s, 4, QColor(0x5d, 0x6d, 0x7e)},
};

} // namespace

DomainRegistry::DomainRegistry(QObject *parent)
    : QAbstractListModel(parent)
{
}

int DomainRegistry::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(kDomains.size());
}

QVariant DomainRegistry::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain &d = kDomains.at(index.row());
    const Pillar &p = kPillars.at(d.pillarIndex);
    switch (role) {
    case Qt::DisplayRole:
    case NameSlRole: return d.nameSl;
    case IdRole: return d.id;
    case NameEnRole: return d.nameEn;
    case PillarIdRole: return p.id;
    case PillarNameSlRole: return p.nameSl;
    case PillarNameEnRole: return p.nameEn;
    case PillarIndexRole: return d.pillarIndex;
    case ColorRole: return d.color;
    default: return {};
    }
}

QHash<int, QByteArray> DomainRegistry::roleNames() const
{
    return {
        {IdRole, "domainId"},
        {NameSlRole, "nameSl"},
        {NameEnRole, "nameEn"},
        {PillarIdRole, "pillarId"},
        {PillarNameSlRole, "pillarNameSl"},
        {PillarNameEnRole, "pillarNameEn"},
        {PillarIndexRole, "pillarIndex"},
        {ColorRole, "domainColor"},
    };
}

QStringList DomainRegistry::ids() const
{
    QStringList out;
    for (const Domain &d : kDomains)
        out.append(d.id);
    return out;
}

int DomainRegistry::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < kDomains.size(); ++i) {
        if (kDomains.at(i).id == id)
            return int(i);
    }
    return -1;
}

QString DomainRegistry::name(const QString &id, const QString &language) const
{
    const auto d = find(id);
    if (!d)
        return {};
    return language == u"en"_s ? d->nameEn : d->nameSl;
}

QColor DomainRegistry::color(const QString &id) const
{
    return colorOf(id);
}

QColor DomainRegistry::colorOf(const QString &id)
{
    const auto d = find(id);
    return d ? d->color : QColor(Qt::gray);
}

const QList<Domain> &DomainRegistry::domains()
{
    return kDomains;
}

const QList<Pillar> &DomainRegistry::pillars()
{
    return kPillars;
}

std::optional<Domain> DomainRegistry::find(const QString &id)
{
    for (const Domain &d : kDomains) {
        if (d.id == id)
            return d;
    }
    return std::nullopt;
}
