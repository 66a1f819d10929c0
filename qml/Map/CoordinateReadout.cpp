#include "CoordinateReadout.h"

using namespace Qt::StringLiterals;

CoordinateReadout::CoordinateReadout(QObject *parent)
    : QObject(parent)
    , m_toD96(u"EPSG:4326"_s, u"EPSG:3794"_s)
{
}

void CoordinateReadout::setCoordinate(const QGeoCoordinate &coordinate)
{
    if (coordinate == m_coordinate)
        return;
    m_coordinate = coordinate;
    const auto p = coordinate.isValid() ? m_toD96.transform(QPointF(coordinate.longitude(), coordinate.latitude()))
                                        : std::nullopt;
    m_valid = p.has_value();
    m_easting = p ? p->x() : qQNaN();
    m_northing = p ? p->y() : qQNaN();
    emit coordinateChanged();
}
