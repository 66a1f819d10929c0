#pragma once

#include <QString>
#include <QUrl>

#include <optional>

/// The limits every reader of outside data keeps to, in one place (README: "Security and
/// input handling"). Data from files, endpoints and citizens can be wrong or malicious: each
/// reader checks these before it allocates or recurses, and refuses with a message that
/// names the limit.
namespace InputPolicy {

/// A document read whole into memory (an Open311, CAP, SensorThings or ARSO file).
inline constexpr qint64 kMaxDocumentBytes = 256LL * 1024 * 1024;
/// One HTTP answer.
inline constexpr qint64 kMaxHttpBodyBytes = 64LL * 1024 * 1024;
/// A photo a report names.
inline constexpr qint64 kMaxPhotoBytes = 20LL * 1024 * 1024;
/// Nesting of XML elements or JSON arrays/objects. The formats we read need fewer than 20
/// levels; a deeper document is an attack on the parser's stack.
inline constexpr int kMaxNestingDepth = 128;
/// Longest wait a user may ask for one HTTP answer (--timeout), in seconds.
inline constexpr double kMaxTimeoutSeconds = 3600;
/// All the pages of one endpoint import together, in seconds.
inline constexpr double kDefaultTotalDeadlineSeconds = 1800;
/// Columns a GeoPackage table can hold: SQLite's 2,000 less fid and geom.
inline constexpr int kMaxAttributeColumns = 1998;
/// Tiles `tiles seed` draws without --force.
inline constexpr qint64 kMaxTilesWithoutForce = 100000;

/// Schemes a remote record or endpoint may use: http and https only. file:, data:, ftp: and
/// the rest would let the other side make the console read local files or other services.
bool isAllowedRemoteUrl(const QUrl &url);
/// Why `url` may not be used as an endpoint (empty when it may).
QString whyNotEndpoint(const QUrl &url);

/// A --timeout in seconds as milliseconds: finite, above zero, at most kMaxTimeoutSeconds;
/// nullopt with *error set otherwise (1e12 must not wrap around to "no timeout").
std::optional<int> timeoutMilliseconds(const QString &seconds, QString *error);

/// Bytes as "12.3 MB" for messages.
QString formatBytes(qint64 bytes);

} // namespace InputPolicy
