#include "GeometryCheck.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
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


// Orientation of c against the line a→b, or 0 when the sign is in doubt. The differences
// are exact to half an ulp and the products to one, so a value smaller than the bound
// below may have the wrong sign: such a ring goes to GEOS, whose predicates are exact.
int orientation(const OGRRawPoint &a, const OGRRawPoint &b, const OGRRawPoint &c)
{
    const double dx1 = b.x - a.x, dy1 = b.y - a.y, dx2 = c.x - a.x, dy2 = c.y - a.y;
    const double l = dx1 * dy2, r = dy1 * dx2;
    const double det = l - r;
    const double bound = 1e-12 * (std::abs(l) + std::abs(r));
    if (det > bound)
        return 1;
    if (det < -bound)
        return -1;
    return 0;
}

// Vertex limit of the quick ring check: its pairwise segment test is quadratic, GEOS's sweep is not.
constexpr int kQuickRingMaxPoints = 64;

// True when a ring is certainly simple: closed, at least 4 points, no repeated consecutive
// point, no turn back along itself, and no two non-adjacent edges meeting (not even at a
// vertex). Such a ring is what GEOS calls a valid shell. False means "not certain": GEOS
// decides, so an invalid ring is always judged (and repaired) exactly as before.
bool certainlySimpleRing(const OGRRawPoint *p, int n)
{
    if (n < 4 || n > kQuickRingMaxPoints)
        return false;
    if (p[0].x != p[n - 1].x || p[0].y != p[n - 1].y)
        return false;
    const int edges = n - 1;
    for (int i = 0; i < edges; ++i) {
        // Edge i runs p[i]→p[i+1]; it and the next edge share one vertex and must turn there.
        const OGRRawPoint &next = p[i + 2 <= edges ? i + 2 : 1];
        if (orientation(p[i], p[i + 1], next) == 0)
            return false;
    }
    for (int i = 0; i < edges; ++i) {
        const OGRRawPoint &a = p[i], &b = p[i + 1];
        const double minX = std::min(a.x, b.x), maxX = std::max(a.x, b.x);
        const double minY = std::min(a.y, b.y), maxY = std::max(a.y, b.y);
        // The last edge is adjacent to the first.
        for (int j = i + 2; j < (i == 0 ? edges - 1 : edges); ++j) {
            const OGRRawPoint &c = p[j], &d = p[j + 1];
            if (std::max(c.x, d.x) < minX || std::min(c.x, d.x) > maxX || std::max(c.y, d.y) < minY
                || std::min(c.y, d.y) > maxY)
                continue;
            const int o1 = orientation(a, b, c), o2 = orientation(a, b, d);
            const int o3 = orientation(c, d, a), o4 = orientation(c, d, b);
            if (o1 == 0 || o2 == 0 || o3 == 0 || o4 == 0)
                return false;
            if (o1 != o2 && o3 != o4)
                return false; // they cross
        }
    }
    return true;
}

// The outer ring of a polygon, or of a multi-polygon of one part, that has no holes; null
// for anything else (holes and several parts need GEOS's nesting and overlap checks).
const OGRLinearRing *soleRing(const OGRGeometry &g)
{
    const OGRPolygon *polygon = nullptr;
    if (wkbFlatten(g.getGeometryType()) == wkbPolygon)
        polygon = g.toPolygon();
    else if (wkbFlatten(g.getGeometryType()) == wkbMultiPolygon && g.toMultiPolygon()->getNumGeometries() == 1)
        polygon = g.toMultiPolygon()->getGeometryRef(0);
    return polygon && polygon->getNumInteriorRings() == 0 ? polygon->getExteriorRing() : nullptr;
}

bool certainlySimpleRing(const OGRLinearRing &ring)
{
    const int n = ring.getNumPoints();
    if (n < 4 || n > kQuickRingMaxPoints)
        return false;
    std::array<OGRRawPoint, kQuickRingMaxPoints> p;
    ring.getPoints(p.data());
    return certainlySimpleRing(p.data(), n);
}

// The common case in one pass over the points, for a 2D polygon of one certainly simple ring
// (a parcel, a building) going into an area layer: finite coordinates in range, and its
// envelope. False when it is not such a polygon; the full check then decides.
bool isPlainSimplePolygon(const OGRGeometry &g, OGRwkbGeometryType targetType, OGREnvelope *env)
{
    const OGRwkbGeometryType type = g.getGeometryType();
    if (type != wkbPolygon && type != wkbMultiPolygon) // exactly: no Z, no M
        return false;
    if (targetType != wkbUnknown && wkbFlatten(targetType) != wkbPolygon && wkbFlatten(targetType) != wkbMultiPolygon)
        return false;
    const OGRLinearRing *outer = soleRing(g);
    if (!outer)
        return false;
    const OGRLinearRing &ring = *outer;
    const int n = ring.getNumPoints();
    if (n < 4 || n > kQuickRingMaxPoints)
        return false;
    std::array<OGRRawPoint, kQuickRingMaxPoints> p;
    ring.getPoints(p.data());
    double minX = p[0].x, maxX = p[0].x, minY = p[0].y, maxY = p[0].y;
    for (int i = 0; i < n; ++i) {
        if (!std::isfinite(p[i].x) || !std::isfinite(p[i].y))
            return false;
        minX = std::min(minX, p[i].x);
        maxX = std::max(maxX, p[i].x);
        minY = std::min(minY, p[i].y);
        maxY = std::max(maxY, p[i].y);
    }
    if (std::max({std::abs(minX), std::abs(maxX), std::abs(minY), std::abs(maxY)}) > GeometryCheck::kMaxCoordinate)
        return false;
    if (!certainlySimpleRing(p.data(), n))
        return false;
    env->MinX = minX;
    env->MaxX = maxX;
    env->MinY = minY;
    env->MaxY = maxY;
    return true;
}

// Polygon validity, without GEOS for the common case of one simple ring per polygon (a
// parcel, a building): 200,000 parcels spent most of their import time in GEOS's IsValid.
bool isValidArea(const OGRGeometry &g)
{
    if (const OGRLinearRing *ring = soleRing(g); ring && certainlySimpleRing(*ring))
        return true;
    return g.IsValid();
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
    if (Result plain; isPlainSimplePolygon(*geometry, targetType, &plain.envelope)) {
        if (wkbFlatten(targetType) == wkbMultiPolygon && geometry->getGeometryType() == wkbPolygon)
            geometry.reset(OGRGeometryFactory::forceToMultiPolygon(geometry.release()));
        return plain;
    }
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
        } else if (!isValidArea(*geometry)) {
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
    geometry->getEnvelope(&result.envelope);
    return result;
}
