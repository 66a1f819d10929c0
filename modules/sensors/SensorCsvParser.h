#pragma once

#include "SensorBatch.h"

#include <QByteArray>

/// Readings as CSV, one per row, with a header naming the columns (any order, comma or
/// semicolon): `station`, `datastream`, `time` (ISO 8601; without an offset read as UTC),
/// `value`, and optionally `unit`. A station the store does not know yet can be described
/// on its rows with `station_name`, `lon`, `lat` (WGS84) and `domain`; a datastream the
/// store does not know is created at a known station. An empty value is a reading without
/// a value (kept as missing); a value that is not a number, or a time that is not a time,
/// leaves that row out with its reason.
namespace SensorCsvParser {

SensorBatch parse(const QByteArray &data, const QString &origin);

} // namespace SensorCsvParser
