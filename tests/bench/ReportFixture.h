#pragma once

#include <QByteArray>

/// The benchmarks' citizen reports: n Open311 requests as JSON, spread over the 18 × 15 km
/// of the municipality with a fixed seed (the same set in every run and benchmark).
namespace ReportFixture {

QByteArray requestsJson(int n);

} // namespace ReportFixture
