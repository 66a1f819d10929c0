#include "Measurement.h"

#include "GeodesicMeasure.h"

QVariantList Measurement::path() const
{
    QVariantList out;
    for (const QGeoCoordinate &c : m_points)
        out.append(QVariant::fromValue(c));
    return out;
}

void Measurement::add(const QGeoCoordinate &coordinate)
{
    if (!coordinate.isValid())
        return;
    m_points.append(coordinate);
    update();
}

void Measurement::undo()
{
    if (m_points.isEmpty())
        return;
    m_points.removeLast();
    update();
}

void Measurement::clear()
{
    if (m_points.isEmpty())
        return;
    m_points.clear();
    update();
}

void Measurement::update()
{
    QList<QPointF> lonLat;
    for (const QGeoCoordinate &c : m_points)
        lonLat.append(QPointF(c.longitude(), c.latitude()));
    m_length = GeodesicMeasure::length(lonLat);
    m_area = GeodesicMeasure::area(lonLat);
    m_perimeter = GeodesicMeasure::perimeter(lonLat);
    emit changed();
}
