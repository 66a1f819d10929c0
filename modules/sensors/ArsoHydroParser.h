#pragma once

#include "SensorBatch.h"

#include <QByteArray>

/// ARSO's hydrological data (`<arsopodatki>`, as served for hidro_podatki_zadnji.xml): one
/// `postaja` per gauge with its latest water level (`vodostaj`, cm), discharge (`pretok`,
/// m³/s) and water temperature (`temp_vode`, °C), and its high-water thresholds, which
/// become the datastreams' levels.
///
/// Times: ARSO writes `datum` as wall-clock time in Ljubljana (CET in winter, CEST in
/// summer; the feed of 14 August 2026 17:30 carries `datum_cet` 16:30 beside it). We read
/// `datum_cet` when it is there, because a fixed UTC+1 has no doubtful hour; otherwise
/// `datum` as Ljubljana time by the EU summer-time rule, and a reading in the hour that
/// repeats in October is kept with a warning (taken as summer time). Never the
/// workstation's zone: two consoles must store the same instant.
namespace ArsoHydroParser {

/// The datastream keys of a gauge.
inline constexpr const char *kWaterLevel = "vodostaj";
inline constexpr const char *kDischarge = "pretok";
inline constexpr const char *kWaterTemperature = "temp_vode";

/// Reads one document. Missing or empty elements are missing values (never 0); a value that
/// is not a number is left out with its reason; a station without coordinates is kept with
/// a warning. `origin` names the file or address in messages.
SensorBatch parse(const QByteArray &data, const QString &origin);

/// True when the data looks like an ARSO document (for --format detection).
bool looksLike(const QByteArray &data);

} // namespace ArsoHydroParser
