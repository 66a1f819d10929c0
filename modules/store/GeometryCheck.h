#pragma once

#include <ogr_geometry.h>

#include <QString>

#include <memory>

/// Checks one incoming geometry and repairs it where that is safe (internal to the importer).
namespace GeometryCheck {

enum class Verdict {
    Ok,
    Empty,     ///< null or empty: the feature is kept without geometry
    Repaired,  ///< was invalid, made valid; reason says what was wrong
    Rejected,  ///< cannot be stored; reason says why
};

struct Result
{
    Verdict verdict = Verdict::Ok;
    QString reason;
    OGREnvelope envelope; ///< of the geometry as it is to be stored (Ok and Repaired)
};

/// Largest |x| or |y| a stored geometry may have: far beyond any CRS (metres or degrees).
inline constexpr double kMaxCoordinate = 1e9;

/// The layer type the store gives a source layer of this type: curves and surfaces become
/// MultiLineString and MultiPolygon, mixed or other types GEOMETRY (wkbUnknown); Z is kept.
OGRwkbGeometryType storeType(OGRwkbGeometryType source);

/// Every coordinate finite (no NaN or infinity).
bool hasFiniteCoordinates(const OGRGeometry &geometry);

/// Validates geometry in place: may replace it with a repaired version of the same
/// dimension, converted to targetType (the layer's type, e.g. MultiPolygon).
Result checkAndRepair(std::unique_ptr<OGRGeometry> &geometry, OGRwkbGeometryType targetType);

} // namespace GeometryCheck
