#include "ScaleBar.h"

#include <cmath>

ScaleBar ScaleBar::fit(double metersPerPixel, double maxPixels)
{
    if (!(metersPerPixel > 0) || !(maxPixels > 0) || !std::isfinite(metersPerPixel))
        return {};
    const double maxMeters = metersPerPixel * maxPixels;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMeters)));
    double best = magnitude;
    for (const double step : {2.0, 5.0}) {
        if (step * magnitude <= maxMeters)
            best = step * magnitude;
    }
    return {best, best / metersPerPixel};
}
