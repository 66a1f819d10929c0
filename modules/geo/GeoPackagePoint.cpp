#include "GeoPackagePoint.h"

#include <QtEndian>

QByteArray GeoPackagePoint::blob(QPointF point, int srsId)
{
    QByteArray b(8 + 21, Qt::Uninitialized);
    char *p = b.data();
    p[0] = 'G';
    p[1] = 'P';
    p[2] = 0;
    p[3] = 0x01;
    qToLittleEndian<qint32>(srsId, p + 4);
    p[8] = 0x01;
    qToLittleEndian<quint32>(1, p + 9);
    qToLittleEndian<double>(point.x(), p + 13);
    qToLittleEndian<double>(point.y(), p + 21);
    return b;
}

std::optional<QPointF> GeoPackagePoint::read(QByteArrayView blob)
{
    if (blob.size() < 8 || blob[0] != 'G' || blob[1] != 'P')
        return std::nullopt;
    const auto flags = quint8(blob[3]);
    static constexpr int envelopeSizes[] = {0, 32, 48, 48, 64};
    const int envelope = (flags >> 1) & 0x7;
    if (envelope > 4)
        return std::nullopt;
    const qsizetype offset = 8 + envelopeSizes[envelope];
    if (blob.size() < offset + 21)
        return std::nullopt;
    const char *w = blob.data() + offset;
    const bool little = w[0] == 0x01;
    const quint32 type = little ? qFromLittleEndian<quint32>(w + 1) : qFromBigEndian<quint32>(w + 1);
    if (type % 1000 != 1)
        return std::nullopt;
    const double x = little ? qFromLittleEndian<double>(w + 5) : qFromBigEndian<double>(w + 5);
    const double y = little ? qFromLittleEndian<double>(w + 13) : qFromBigEndian<double>(w + 13);
    return QPointF(x, y);
}
