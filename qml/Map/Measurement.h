#pragma once

#include <QGeoCoordinate>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

/// The map's measuring tool: points clicked in order, their geodesic length and, from
/// three points on, the enclosed area on the WGS84 ellipsoid.
class Measurement : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList path READ path NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(double length READ length NOTIFY changed)
    Q_PROPERTY(double area READ area NOTIFY changed)
    Q_PROPERTY(double perimeter READ perimeter NOTIFY changed)

public:
    using QObject::QObject;

    QVariantList path() const;
    int count() const { return int(m_points.size()); }
    double length() const { return m_length; }
    double area() const { return m_area; }
    double perimeter() const { return m_perimeter; }

    Q_INVOKABLE void add(const QGeoCoordinate &coordinate);
    Q_INVOKABLE void undo();
    Q_INVOKABLE void clear();

signals:
    void changed();

private:
    void update();

    QList<QGeoCoordinate> m_points;
    double m_length = 0;
    double m_area = 0;
    double m_perimeter = 0;
};
