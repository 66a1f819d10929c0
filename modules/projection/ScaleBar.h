#pragma once

#include <QString>

/// A scale bar of a "round" ground length (1, 2 or 5 × 10^n metres) that fits a width.
struct ScaleBar
{
    double meters = 0;   ///< ground length the bar stands for
    double pixels = 0;   ///< its width on screen
    bool isValid() const { return meters > 0 && pixels > 0; }

    /// The longest round length whose bar is at most maxPixels wide at this resolution.
    static ScaleBar fit(double metersPerPixel, double maxPixels);
};
