#include "ScaleBarModel.h"

#include "ScaleBar.h"

void ScaleBarModel::setMetersPerPixel(double value)
{
    if (qFuzzyCompare(value, m_metersPerPixel))
        return;
    m_metersPerPixel = value;
    update();
}

void ScaleBarModel::setMaximumWidth(double value)
{
    if (qFuzzyCompare(value, m_maximumWidth))
        return;
    m_maximumWidth = value;
    update();
}

void ScaleBarModel::update()
{
    const ScaleBar bar = ScaleBar::fit(m_metersPerPixel, m_maximumWidth);
    m_meters = bar.meters;
    m_barWidth = bar.pixels;
    emit changed();
}
