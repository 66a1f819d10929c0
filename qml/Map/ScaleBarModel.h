#pragma once

#include <QObject>
#include <QQmlEngine>

/// The scale bar's round length and width for the map's current resolution.
class ScaleBarModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(double metersPerPixel READ metersPerPixel WRITE setMetersPerPixel NOTIFY changed)
    Q_PROPERTY(double maximumWidth READ maximumWidth WRITE setMaximumWidth NOTIFY changed)
    Q_PROPERTY(double meters READ meters NOTIFY changed)
    Q_PROPERTY(double barWidth READ barWidth NOTIFY changed)

public:
    using QObject::QObject;

    double metersPerPixel() const { return m_metersPerPixel; }
    void setMetersPerPixel(double value);
    double maximumWidth() const { return m_maximumWidth; }
    void setMaximumWidth(double value);
    double meters() const { return m_meters; }
    double barWidth() const { return m_barWidth; }

signals:
    void changed();

private:
    void update();

    double m_metersPerPixel = 0;
    double m_maximumWidth = 120;
    double m_meters = 0;
    double m_barWidth = 0;
};
