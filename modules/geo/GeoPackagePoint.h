#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QPointF>

#include <optional>

/// GeoPackage geometry blobs of single points, as the store's point layers (reports,
/// sensor stations) write and read them.
namespace GeoPackagePoint {

/// The blob of a point: "GP" header (version 0, little endian, no envelope, the SRS id),
/// then a little-endian WKB point.
QByteArray blob(QPointF point, int srsId = 3794);
/// The point of a GeoPackage point blob (any envelope, either byte order); nullopt when
/// it is not a point.
std::optional<QPointF> read(QByteArrayView blob);

} // namespace GeoPackagePoint
