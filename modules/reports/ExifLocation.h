#pragma once

#include <QByteArray>
#include <QPointF>

#include <optional>

/// The GPS position a camera wrote into a photo's EXIF data (libexif).
namespace ExifLocation {

/// Longitude/latitude in WGS84 degrees; nullopt when the photo has no GPS position.
std::optional<QPointF> read(const QByteArray &jpeg);

/// An EXIF block ("Exif\0\0" …) with a GPS position, for tests and sample photos.
QByteArray gpsExifBlock(double lon, double lat);
/// A tiny JPEG stream made of the EXIF block only (SOI, APP1, EOI): enough for EXIF readers.
QByteArray minimalJpegWithGps(double lon, double lat);

} // namespace ExifLocation
