#include "GeometryCheck.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool isFiniteValue(double v)
{
    return std::isfinite(v);
}

bool curveFinite(const OGRSimpleCurve &curve)
{
    for (int i = 0; i < curve.getNumPoints(); ++i) {
        if (!isFiniteValue(curve.getX(i)) || !isFiniteValue(curve.getY(i)) || (curve.Is3D() && !isFiniteValue(curve.getZ(i))))
            return false;
    }
    return true;
}

// Dimension of a type: 0 points, 1 lines, 2 polygons.
int dimension(OGRwkbGeometryType type)
{
    const auto flat = wkbFlatten(type);
    if (OGR_GT_IsSubClassOf(flat, wkbCurvePolygon) || OGR_GT_IsSubClassOf(flat, wkbMultiSurface))
        return 2;
    if (OGR_GT_IsSubClassOf(flat, wkbCurve) || OGR_GT_IsSubClassOf(flat, wkbMultiCurve))
        return 1;
    return 0;
}

// Dimension of a geometry: a collection has its parts' dimension, or -1 when its parts mix
// dimensions (a point and a line) or it has no non-empty part.
int dimension(const OGRGeometry &g)
{
    if (wkbFlatten(g.getGeometryType()) != wkbGeometryCollection)
        return dimension(g.getGeometryType());
    int dim = -1;
    for (const OGRGeometry *part : *g.toGeometryCollection()) {
        if (part->IsEmpty())
            continue;
        const int partDim = dimension(*part);
        if (partDim < 0 || (dim >= 0 && partDim != dim))
            return -1;
        dim = partDim;
    }
    return dim;
}

// Total length of the lines in a geometry of dimension 1 (a curve, multi-curve or a
// collection of them).
double lineLength(const OGRGeometry &g)
{
    const auto flat = wkbFlatten(g.getGeometryType());
    if (OGR_GT_IsSubClassOf(flat, wkbCurve))
        return g.toCurve()->get_Length();
    if (OGR_GT_IsSubClassOf(flat, wkbGeometryCollection)) {
        double length = 0;
        for (const OGRGeometry *part : *g.toGeometryCollection())
            length += lineLength(*part);
        return length;
    }
    return 0;
}

// Keeps only the parts of a (make-valid) collection that have the layer's dimension.
std::unique_ptr<OGRGeometry> partsOfDimension(std::unique_ptr<OGRGeometry> g, int dim)
{
    if (!g)
        return nullptr;
    if (wkbFlatten(g->getGeometryType()) != wkbGeometryCollection)
        return dimension(*g) == dim ? std::move(g) : nullptr;
    auto out = std::make_unique<OGRGeometryCollection>();
    for (const OGRGeometry *part : *g->toGeometryCollection()) {
        if (dimension(*part) == dim)
            out->addGeometry(part);
    }
    if (out->IsEmpty())
        return nullptr;
    return out;
}

} // namespace

OGRwkbGeometryType GeometryCheck::storeType(OGRwkbGeometryType source)
{
    const bool hasZ = OGR_GT_HasZ(source);
    OGRwkbGeometryType flat = wkbFlatten(source);
    if (OGR_GT_IsSubClassOf(flat, wkbCurvePolygon) || OGR_GT_IsSubClassOf(flat, wkbMultiSurface))
        flat = wkbMultiPolygon;
    else if (OGR_GT_IsSubClassOf(flat, wkbCurve) || OGR_GT_IsSubClassOf(flat, wkbMultiCurve))
        flat = wkbMultiLineString;
    else if (flat != wkbPoint && flat != wkbMultiPoint)
        flat = wkbUnknown;
    return OGR_GT_SetModifier(flat, hasZ, FALSE);
}

bool GeometryCheck::hasFiniteCoordinates(const OGRGeometry &g)
{
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPoint: {
        const auto &p = *g.toPoint();
        return g.IsEmpty() || (isFiniteValue(p.getX()) && isFiniteValue(p.getY()) && (!p.Is3D() || isFiniteValue(p.getZ())));
    }
    case wkbLineString:
    case wkbLinearRing:
    case wkbCircularString:
        return curveFinite(*g.toSimpleCurve());
    case wkbPolygon:
    case wkbTriangle:
        for (const OGRLinearRing *ring : *g.toPolygon()) {
            if (!curveFinite(*ring))
                return false;
        }
        return true;
    default:
        if (OGR_GT_IsSubClassOf(wkbFlatten(g.getGeometryType()), wkbGeometryCollection)) {
            for (const OGRGeometry *part : *g.toGeometryCollection()) {
                if (!hasFiniteCoordinates(*part))
                    return false;
            }
            return true;
        }
        // Polyhedral surfaces and TINs are made of polygons (found while writing the fuzz targets: their
        // "linear geometry" is themselves, so asking for it recursed without end).
        if (OGR_GT_IsSubClassOf(wkbFlatten(g.getGeometryType()), wkbPolyhedralSurface)) {
            for (const OGRPolygon *part : *g.toPolyhedralSurface()) {
                if (!hasFiniteCoordinates(*part))
                    return false;
            }
            return true;
        }
        // Curved types: check their linear approximation, which must be another type.
        std::unique_ptr<OGRGeometry> linear(g.getLinearGeometry());
        return linear && wkbFlatten(linear->getGeometryType()) != wkbFlatten(g.getGeometryType())
               && hasFiniteCoordinates(*linear);
    }
}

GeometryCheck::Result GeometryCheck::checkAndRepair(std::unique_ptr<OGRGeometry> &geometry, OGRwkbGeometryType targetType)
{
    if (!geometry || geometry->IsEmpty())
        return {Verdict::Empty, QCoreApplication::translate("GeometryCheck", "no geometry")};
    if (!hasFiniteCoordinates(*geometry))
        return {Verdict::Rejected, QCoreApplication::translate("GeometryCheck", "broken coordinate (NaN or infinite)")};
    {
        // Finite but absurd (±1e308) coordinates would make the layer's extent infinite.
        OGREnvelope env;
        geometry->getEnvelope(&env);
        if (std::max({std::abs(env.MinX), std::abs(env.MaxX), std::abs(env.MinY), std::abs(env.MaxY)}) > kMaxCoordinate)
            return {Verdict::Rejected, QCoreApplication::translate("GeometryCheck", "coordinate out of range (beyond ±1e9: no coordinate reference system reaches "
                                       "that far; the file is damaged or uses other units)")};
    }

    // A layer of mixed geometry (GEOMETRY) checks each geometry by its own dimension.
    // A collection counts by its parts; one that mixes points, lines and areas fits no typed layer.
    const int geometryDim = dimension(*geometry);
    const int targetDim = targetType == wkbUnknown ? geometryDim : dimension(targetType);
    if (targetType != wkbUnknown && geometryDim < 0)
        return {Verdict::Rejected, QCoreApplication::translate("GeometryCheck", "a %1 mixing points, lines or areas in a layer of %2 geometries").arg(
                                       QString::fromUtf8(OGRGeometryTypeToName(geometry->getGeometryType())),
                                       QString::fromUtf8(OGRGeometryTypeToName(targetType)))};
    if (targetType != wkbUnknown && geometryDim != targetDim)
        return {Verdict::Rejected, QCoreApplication::translate("GeometryCheck", "a %1 in a layer of %2 geometries").arg(
                                       QString::fromUtf8(OGRGeometryTypeToName(geometry->getGeometryType())),
                                       QString::fromUtf8(OGRGeometryTypeToName(targetType)))};

    Result result;
    // Points are always valid once finite; GEOS validity matters for lines and polygons.
    if (targetDim > 0) {
        if (targetDim == 1) {
            // A line needs at least two distinct points: zero length means it has not.
            if (!(lineLength(*geometry) > 0))
                return {Verdict::Rejected, QCoreApplication::translate("GeometryCheck", "line with fewer than two distinct points")};
        } else if (!geometry->IsValid()) {
            const char *options[] = {"METHOD=STRUCTURE", nullptr};
            auto fixed = partsOfDimension(std::unique_ptr<OGRGeometry>(geometry->MakeValid(options)), targetDim);
            if (!fixed || fixed->IsEmpty() || !fixed->IsValid())
                return {Verdict::Rejected, QCoreApplication::translate("GeometryCheck", "invalid polygon that make-valid cannot repair")};
            geometry = std::move(fixed);
            result = {Verdict::Repaired, QCoreApplication::translate("GeometryCheck", "invalid polygon (self-intersection or bad ring) repaired with make-valid")};
        }
    }
    if (targetType != wkbUnknown && wkbFlatten(geometry->getGeometryType()) != wkbFlatten(targetType)) {
        geometry.reset(OGRGeometryFactory::forceTo(geometry.release(), targetType));
        // forceTo hands back what it cannot convert unchanged (several points for one Point).
        if (!geometry || wkbFlatten(geometry->getGeometryType()) != wkbFlatten(targetType))
            return {Verdict::Rejected, QCoreApplication::translate("GeometryCheck", "cannot convert to %1").arg(QString::fromUtf8(OGRGeometryTypeToName(targetType)))};
    }
    return result;
}
