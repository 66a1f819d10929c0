#pragma once

#include "GeoFeature.h"

#include <QByteArrayView>

/// Decodes geometry blobs straight into GeoFeature parts, without GDAL: the hot path of
/// viewport queries reads thousands of them per frame.
namespace WkbReader {

/// ISO/OGC WKB (2D, Z, M and ZM variants; Z and M are dropped). False on malformed input.
bool readWkb(QByteArrayView wkb, GeoFeature &feature);
/// A GeoPackage geometry blob ("GP" header, optional envelope, then WKB). An empty
/// geometry decodes to no parts and returns true.
bool readGeoPackage(QByteArrayView blob, GeoFeature &feature);

} // namespace WkbReader
