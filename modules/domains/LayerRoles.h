#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/// What a layer is for, independent of its name: the basemap, the nearest-asset lookup,
/// "what lies inside" and every later analysis find their layers by role, so a
/// municipality that imports its official data under other names loses nothing.
///
/// The catalogue gives each layer zero or more roles; several layers may share one (the
/// Drava, Lake Ptuj and the Grajena are all water bodies). This is the one list.
struct LayerRole
{
    QString id;
    QString nameSl;
    QString nameEn;
};

namespace LayerRoles {

inline const QString MunicipalBoundary = QStringLiteral("municipal_boundary");
inline const QString Districts = QStringLiteral("districts");
inline const QString Settlements = QStringLiteral("settlements");
inline const QString Roads = QStringLiteral("roads");
inline const QString StreetLights = QStringLiteral("street_lights");
inline const QString WaterMains = QStringLiteral("water_mains");
inline const QString WasteContainers = QStringLiteral("waste_containers");
inline const QString FloodHazard = QStringLiteral("flood_hazard");
inline const QString Schools = QStringLiteral("schools");
inline const QString SchoolRoutes = QStringLiteral("school_routes");
inline const QString WaterBodies = QStringLiteral("water_bodies");
inline const QString LandUse = QStringLiteral("land_use");
inline const QString ProtectedAreas = QStringLiteral("protected_areas");
inline const QString FireBrigades = QStringLiteral("fire_brigades");
inline const QString HealthFacilities = QStringLiteral("health_facilities");
inline const QString Defibrillators = QStringLiteral("defibrillators");
inline const QString Sensors = QStringLiteral("sensors");
inline const QString WardenZones = QStringLiteral("warden_zones");
inline const QString Heritage = QStringLiteral("heritage");
inline const QString Parking = QStringLiteral("parking");

/// Every role, in the order the catalogue lists them.
const QList<LayerRole> &all();
/// Ids of every role.
QStringList ids();
std::optional<LayerRole> find(const QString &id);
/// The role's name in "sl" or "en"; the id itself for an unknown id.
QString name(const QString &id, const QString &language);
/// The roles whose layers the nearest-asset lookup of a report searches.
QStringList assetRoles();
/// The roles whose layers the offline basemap is drawn from.
QStringList basemapRoles();
/// An empty string when every id is a role, else which ones are not and what the roles are.
QString whyNot(const QStringList &roles);

} // namespace LayerRoles
