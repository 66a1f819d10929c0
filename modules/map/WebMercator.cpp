#include "WebMercator.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

QPointF WebMercator::fromLonLat(QPointF lonLat)
{
    const double lat = std::clamp(lonLat.y(), -85.05112878, 85.05112878);
    return {kRadius * qDegreesToRadians(lonLat.x()),
            kRadius * std::log(std::tan(M_PI / 4 + qDegreesToRadians(lat) / 2))};
}

QPointF WebMercator::toLonLat(QPointF m)
{
    return {qRadiansToDegrees(m.x() / kRadius), qRadiansToDegrees(2 * std::atan(std::exp(m.y() / kRadius)) - M_PI / 2)};
}

double WebMercator::metersPerPixel(double zoomLevel)
{
    return 2 * M_PI * kRadius / (256.0 * std::pow(2.0, zoomLevel));
}
