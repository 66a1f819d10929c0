#pragma once

#include "GeoFeature.h"

#include <QString>

#include <atomic>
#include <optional>

/// Reads a whole vector layer through GDAL/OGR into memory, transformed to one CRS.
///
/// For small reference layers (boundary, districts, settlement points) that the UI shows
/// as they are; large layers go through the store and are read by viewport instead.
class VectorFileReader
{
public:
    struct Options
    {
        QString layer;                           ///< layer name; empty = first layer
        QString targetCrs = QStringLiteral("EPSG:4326");
        const std::atomic_bool *cancel = nullptr;
    };

    /// The layer's features; on failure nullopt and, in errorString, what is wrong with the file.
    static std::optional<GeoLayerData> read(const QString &path, const Options &options, QString *errorString);
};
