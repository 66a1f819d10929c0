#pragma once

#include "GeoFeature.h"

#include <QJsonObject>

/// GeoJSON encoding of features for the command line.
namespace GeoJson {

QJsonObject geometry(const GeoFeature &feature);
QJsonObject feature(const GeoFeature &feature);

} // namespace GeoJson
