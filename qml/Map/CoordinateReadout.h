#pragma once

#include "CoordinateTransformer.h"

#include <QGeoCoordinate>
#include <QObject>
#include <QQmlEngine>

/// Turns a WGS84 map coordinate into D96/TM (EPSG:3794) metres for the status bar.
class CoordinateReadout : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QGeoCoordinate coordinate READ coordinate WRITE setCoordinate NOTIFY coordinateChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY coordinateChanged)
    Q_PROPERTY(double easting READ easting NOTIFY coordinateChanged)
    Q_PROPERTY(double northing READ northing NOTIFY coordinateChanged)

public:
    explicit CoordinateReadout(QObject *parent = nullptr);

    QGeoCoordinate coordinate() const { return m_coordinate; }
    void setCoordinate(const QGeoCoordinate &coordinate);
    bool isValid() const { return m_valid; }
    double easting() const { return m_easting; }
    double northing() const { return m_northing; }

signals:
    void coordinateChanged();

private:
    CoordinateTransformer m_toD96;
    QGeoCoordinate m_coordinate;
    bool m_valid = false;
    double m_easting = qQNaN();
    double m_northing = qQNaN();
};
