#include "WkbReader.h"

#include <QtEndian>

#include <cmath>
#include <cstring>

namespace {

class Cursor
{
public:
    explicit Cursor(QByteArrayView data) : m_data(data) {}

    bool ok() const { return m_ok; }
    void setLittleEndian(bool little) { m_little = little; }

    quint32 u32()
    {
        if (!need(4))
            return 0;
        quint32 v;
        std::memcpy(&v, m_data.data() + m_pos, 4);
        m_pos += 4;
        return m_little ? qFromLittleEndian(v) : qFromBigEndian(v);
    }
    double f64()
    {
        if (!need(8))
            return 0;
        quint64 v;
        std::memcpy(&v, m_data.data() + m_pos, 8);
        m_pos += 8;
        v = m_little ? qFromLittleEndian(v) : qFromBigEndian(v);
        double d;
        std::memcpy(&d, &v, 8);
        return d;
    }
    quint8 u8()
    {
        if (!need(1))
            return 0;
        return quint8(m_data[m_pos++]);
    }
    void skip(qsizetype n)
    {
        if (need(n))
            m_pos += n;
    }

private:
    bool need(qsizetype n)
    {
        if (m_pos + n > m_data.size())
            m_ok = false;
        return m_ok;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_little = true;
    bool m_ok = true;
};

// Splits an ISO or EWKB-style type code into base type and number of ordinates.
bool decodeType(quint32 code, quint32 &base, int &dims)
{
    dims = 2;
    if (code & 0x80000000u)
        ++dims; // EWKB Z flag
    if (code & 0x40000000u)
        ++dims; // EWKB M flag
    code &= 0x0fffffffu;
    if (code >= 3000) {
        dims = 4;
        code -= 3000;
    } else if (code >= 2000 || code >= 1000) {
        dims = 3;
        code %= 1000;
    }
    base = code;
    return base >= 1 && base <= 7;
}

bool readPoints(Cursor &c, int dims, GeoRing &ring)
{
    const quint32 n = c.u32();
    if (!c.ok() || n > (1u << 28))
        return false;
    ring.reserve(qsizetype(n));
    for (quint32 i = 0; i < n && c.ok(); ++i) {
        const double x = c.f64();
        const double y = c.f64();
        c.skip(8 * (dims - 2));
        ring.append(QPointF(x, y));
    }
    return c.ok();
}

bool readGeometry(Cursor &c, GeoFeature &f, int depth)
{
    if (depth > 8)
        return false;
    c.setLittleEndian(c.u8() == 1);
    quint32 base = 0;
    int dims = 2;
    if (!c.ok() || !decodeType(c.u32(), base, dims))
        return false;
    switch (base) {
    case 1: {
        const double x = c.f64();
        const double y = c.f64();
        c.skip(8 * (dims - 2));
        if (c.ok() && !(std::isnan(x) && std::isnan(y))) // NaN,NaN is WKB's empty point
            f.points.append(QPointF(x, y));
        return c.ok();
    }
    case 2: {
        GeoRing line;
        if (!readPoints(c, dims, line))
            return false;
        f.lines.append(std::move(line));
        return true;
    }
    case 3: {
        const quint32 rings = c.u32();
        if (!c.ok() || rings > (1u << 20))
            return false;
        GeoPolygon polygon;
        for (quint32 i = 0; i < rings; ++i) {
            GeoRing ring;
            if (!readPoints(c, dims, ring))
                return false;
            polygon.append(std::move(ring));
        }
        if (!polygon.isEmpty())
            f.polygons.append(std::move(polygon));
        return true;
    }
    default: {
        const quint32 parts = c.u32();
        if (!c.ok() || parts > (1u << 24))
            return false;
        for (quint32 i = 0; i < parts; ++i) {
            if (!readGeometry(c, f, depth + 1))
                return false;
        }
        return true;
    }
    }
}

} // namespace

bool WkbReader::readWkb(QByteArrayView wkb, GeoFeature &feature)
{
    Cursor c(wkb);
    return readGeometry(c, feature, 0);
}

bool WkbReader::readGeoPackage(QByteArrayView blob, GeoFeature &feature)
{
    if (blob.size() < 8 || blob[0] != 'G' || blob[1] != 'P')
        return false;
    const auto flags = quint8(blob[3]);
    if (flags & 0x10)
        return true; // empty geometry
    static constexpr int kEnvelopeBytes[] = {0, 32, 48, 48, 64};
    const int envelope = (flags >> 1) & 0x07;
    if (envelope > 4)
        return false;
    const qsizetype offset = 8 + kEnvelopeBytes[envelope];
    if (blob.size() <= offset)
        return false;
    return readWkb(blob.sliced(offset), feature);
}
