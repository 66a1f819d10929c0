#include "GeosGeometry.h"

#include <geos_c.h>

#include <QLoggingCategory>

#include <algorithm>
#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcGeos, "ptuj.geo.geos", QtInfoMsg)

namespace {

void onGeosMessage(const char *message, void *)
{
    qCDebug(lcGeos) << message;
}

} // namespace

struct GeosGeometry::Handle
{
    GEOSContextHandle_t ctx;

    struct Deleter
    {
        GEOSContextHandle_t ctx;
        void operator()(GEOSGeometry *g) const
        {
            if (g)
                GEOSGeom_destroy_r(ctx, g);
        }
    };
    using Geom = std::unique_ptr<GEOSGeometry, Deleter>;

    Geom own(GEOSGeometry *g) const { return Geom(g, Deleter{ctx}); }

    GEOSGeometry *sequence(const GeoRing &pts, bool ring) const
    {
        GeoRing p = pts;
        if (ring && !p.isEmpty() && p.first() != p.last())
            p.append(p.first());
        if ((ring && p.size() < 4) || (!ring && p.size() < 2))
            return nullptr;
        GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, unsigned(p.size()), 2);
        for (qsizetype i = 0; i < p.size(); ++i)
            GEOSCoordSeq_setXY_r(ctx, seq, unsigned(i), p[i].x(), p[i].y());
        return ring ? GEOSGeom_createLinearRing_r(ctx, seq) : GEOSGeom_createLineString_r(ctx, seq);
    }

    GEOSGeometry *polygon(const GeoPolygon &polygon) const
    {
        GEOSGeometry *shell = polygon.isEmpty() ? nullptr : sequence(polygon.first(), true);
        if (!shell)
            return nullptr;
        std::vector<GEOSGeometry *> holes;
        for (qsizetype i = 1; i < polygon.size(); ++i) {
            if (GEOSGeometry *hole = sequence(polygon[i], true))
                holes.push_back(hole);
        }
        return GEOSGeom_createPolygon_r(ctx, shell, holes.data(), unsigned(holes.size()));
    }

    /// One valid (multi)polygon: rings drawn by hand or digitised self-crossing are repaired
    /// so that area and intersection do not throw.
    Geom polygons(const QList<GeoPolygon> &polygons) const
    {
        std::vector<GEOSGeometry *> parts;
        for (const GeoPolygon &p : polygons) {
            if (GEOSGeometry *g = polygon(p))
                parts.push_back(g);
        }
        Geom multi = own(GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, parts.data(), unsigned(parts.size())));
        if (multi && GEOSisValid_r(ctx, multi.get()) != 1)
            multi = own(GEOSMakeValid_r(ctx, multi.get()));
        return multi;
    }

    Geom lines(const QList<GeoRing> &lines) const
    {
        std::vector<GEOSGeometry *> parts;
        for (const GeoRing &l : lines) {
            if (GEOSGeometry *g = sequence(l, false))
                parts.push_back(g);
        }
        return own(GEOSGeom_createCollection_r(ctx, GEOS_MULTILINESTRING, parts.data(), unsigned(parts.size())));
    }

    Geom feature(const GeoFeature &f) const
    {
        std::vector<GEOSGeometry *> parts;
        for (const QPointF &p : f.points)
            parts.push_back(GEOSGeom_createPointFromXY_r(ctx, p.x(), p.y()));
        for (const GeoRing &l : f.lines) {
            if (GEOSGeometry *g = sequence(l, false))
                parts.push_back(g);
        }
        if (Geom area = polygons(f.polygons); area && GEOSisEmpty_r(ctx, area.get()) == 0)
            parts.push_back(area.release());
        return own(GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, parts.data(), unsigned(parts.size())));
    }

    // The last grown area of intersectionAreaWithin(): the same list (shared data) and distance
    // are grown once, not once per feature compared with it.
    const void *grownKey = nullptr;
    qsizetype grownSize = -1;
    double grownDistance = -1;
    Geom grown = own(nullptr);

    const GEOSGeometry *grownArea(const QList<GeoPolygon> &b, double distance)
    {
        if (grown && grownKey == b.constData() && grownSize == b.size() && grownDistance == distance)
            return grown.get();
        grown.reset();
        if (const auto g = polygons(b))
            grown = own(GEOSBuffer_r(ctx, g.get(), distance, 8));
        grownKey = b.constData();
        grownSize = b.size();
        grownDistance = distance;
        return grown.get();
    }

    double areaOf(const GEOSGeometry *g) const
    {
        double a = 0;
        return g && GEOSArea_r(ctx, g, &a) == 1 ? a : 0;
    }

    double lengthOf(const GEOSGeometry *g) const
    {
        double l = 0;
        return g && GEOSLength_r(ctx, g, &l) == 1 ? l : 0;
    }
};

GeosGeometry::GeosGeometry()
    : m_handle(new Handle{GEOS_init_r()})
{
    GEOSContext_setNoticeMessageHandler_r(m_handle->ctx, onGeosMessage, nullptr);
    GEOSContext_setErrorMessageHandler_r(m_handle->ctx, onGeosMessage, nullptr);
}

GeosGeometry::~GeosGeometry()
{
    m_handle->grown.reset();
    GEOS_finish_r(m_handle->ctx);
    delete m_handle;
}

double GeosGeometry::area(const QList<GeoPolygon> &polygons) const
{
    const auto g = m_handle->polygons(polygons);
    return m_handle->areaOf(g.get());
}

double GeosGeometry::intersectionArea(const QList<GeoPolygon> &a, const QList<GeoPolygon> &b) const
{
    const auto ga = m_handle->polygons(a), gb = m_handle->polygons(b);
    if (!ga || !gb)
        return 0;
    const auto both = m_handle->own(GEOSIntersection_r(m_handle->ctx, ga.get(), gb.get()));
    return m_handle->areaOf(both.get());
}

double GeosGeometry::intersectionAreaWithin(const QList<GeoPolygon> &a, const QList<GeoPolygon> &b, double distance) const
{
    const auto ga = m_handle->polygons(a);
    const GEOSGeometry *gb = m_handle->grownArea(b, std::max(distance, 0.0));
    if (!ga || !gb)
        return 0;
    const auto both = m_handle->own(GEOSIntersection_r(m_handle->ctx, ga.get(), gb));
    return m_handle->areaOf(both.get());
}

double GeosGeometry::length(const QList<GeoRing> &lines) const
{
    const auto g = m_handle->lines(lines);
    return m_handle->lengthOf(g.get());
}

double GeosGeometry::lengthInside(const QList<GeoRing> &lines, const QList<GeoPolygon> &polygons) const
{
    const auto gl = m_handle->lines(lines), ga = m_handle->polygons(polygons);
    if (!gl || !ga)
        return 0;
    const auto in = m_handle->own(GEOSIntersection_r(m_handle->ctx, gl.get(), ga.get()));
    return m_handle->lengthOf(in.get());
}

bool GeosGeometry::intersects(const GeoFeature &a, const GeoFeature &b) const
{
    const auto ga = m_handle->feature(a), gb = m_handle->feature(b);
    return ga && gb && GEOSIntersects_r(m_handle->ctx, ga.get(), gb.get()) == 1;
}

std::optional<double> GeosGeometry::distance(const GeoFeature &a, const GeoFeature &b) const
{
    if (!a.hasGeometry() || !b.hasGeometry())
        return std::nullopt;
    const auto ga = m_handle->feature(a), gb = m_handle->feature(b);
    double d = 0;
    if (!ga || !gb || GEOSDistance_r(m_handle->ctx, ga.get(), gb.get(), &d) != 1)
        return std::nullopt;
    return d;
}
