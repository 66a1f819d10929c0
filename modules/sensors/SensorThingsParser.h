#pragma once

#include "SensorBatch.h"

#include <QByteArray>
#include <QJsonObject>

/// Documents of an OGC SensorThings API v1.1 service (FROST and others), as the client
/// fetches them or a user saved them: a collection of Things with their Locations and
/// Datastreams expanded (ObservedProperty, Sensor and Observations optionally expanded
/// too), or a collection of one datastream's Observations.
///
/// Stations are Things (code: the Thing's `properties.code`, else "sta-<@iot.id>");
/// datastreams are keyed "sta-<@iot.id>". A Datastream's `properties` may carry `levels`
/// (name → number; names beginning with "low" are lower limits), `interval_seconds` and
/// `rate_per_hour`; a Thing's `properties.domain` places it in one of the 14 domains.
namespace SensorThingsParser {

struct Page
{
    SensorBatch batch;
    QString nextLink; ///< `@iot.nextLink`, as sent (opaque)
};

/// A collection of Things.
Page parseThings(const QByteArray &data, const QString &origin);
/// A collection of Observations of one datastream.
Page parseObservations(const QByteArray &data, const QString &origin, const QString &stationCode, const QString &key);

/// One Observation: `phenomenonTime` an instant or an interval "start/end" (the value holds
/// at the end), `result` a number, a string or null. False with the reason for one without
/// a usable time or without a result member; `warning` set when it is kept with one.
bool readObservation(const QJsonObject &o, SensorObservation *out, QString *why, QString *warning);

/// The key of a SensorThings entity id in the store ("sta-12").
QString keyOf(const QJsonValue &iotId);

/// True when the data looks like a SensorThings collection (for --format detection).
bool looksLike(const QByteArray &data);

} // namespace SensorThingsParser
