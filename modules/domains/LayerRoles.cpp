#include "LayerRoles.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LayerRoles {

const QList<LayerRole> &all()
{
    static const QList<LayerRole> roles = {
        {MunicipalBoundary, u"Meja občine"_s, u"Municipal boundary"_s},
        {Districts, u"Četrtne skupnosti"_s, u"Districts"_s},
        {Settlements, u"Naselja"_s, u"Settlements"_s},
        {Roads, u"Ceste"_s, u"Roads"_s},
        {StreetLights, u"Javna razsvetljava"_s, u"Street lights"_s},
        {WaterMains, u"Vodovod"_s, u"Water mains"_s},
        {WasteContainers, u"Zbiralnice odpadkov"_s, u"Waste containers"_s},
        {FloodHazard, u"Poplavna nevarnost"_s, u"Flood hazard"_s},
        {Schools, u"Šole"_s, u"Schools"_s},
        {SchoolRoutes, u"Šolske poti"_s, u"School routes"_s},
        {WaterBodies, u"Vodna telesa"_s, u"Water bodies"_s},
        {LandUse, u"Raba prostora"_s, u"Land use"_s},
        {ProtectedAreas, u"Varovana območja narave"_s, u"Protected nature areas"_s},
        {FireBrigades, u"Gasilska društva"_s, u"Fire brigades"_s},
        {HealthFacilities, u"Zdravstvo"_s, u"Health facilities"_s},
        {Defibrillators, u"Defibrilatorji (AED)"_s, u"Defibrillators (AED)"_s},
        {Sensors, u"Senzorji in merilne postaje"_s, u"Sensors and gauges"_s},
        {WardenZones, u"Redarski okoliši"_s, u"Warden zones"_s},
        {Heritage, u"Kulturna dediščina"_s, u"Cultural heritage"_s},
        {Parking, u"Parkirišča"_s, u"Parking"_s},
    };
    return roles;
}

QStringList ids()
{
    QStringList out;
    for (const LayerRole &r : all())
        out.append(r.id);
    return out;
}

std::optional<LayerRole> find(const QString &id)
{
    const auto &roles = all();
    const auto it = std::find_if(roles.cbegin(), roles.cend(), [&id](const LayerRole &r) { return r.id == id; });
    if (it == roles.cend())
        return std::nullopt;
    return *it;
}

QString name(const QString &id, const QString &language)
{
    const auto role = find(id);
    if (!role)
        return id;
    return language == u"en"_s ? role->nameEn : role->nameSl;
}

QStringList assetRoles()
{
    return {Roads, StreetLights, WaterMains, WasteContainers};
}

QStringList basemapRoles()
{
    return {MunicipalBoundary, Districts, LandUse, WaterBodies, Roads};
}

QString whyNot(const QStringList &roles)
{
    QStringList unknown;
    for (const QString &r : roles) {
        if (!find(r))
            unknown.append(r);
    }
    if (unknown.isEmpty())
        return {};
    return QCoreApplication::translate("LayerRoles", "unknown role %1; the roles are: %2").arg(unknown.join(u", "_s), ids().join(u", "_s));
}

} // namespace LayerRoles
