#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

class Store;

/// A report near another one in the same category, offered as a possible duplicate.
struct DuplicateCandidate
{
    qint64 id = -1;
    QString serviceRequestId;
    QString status;
    QString description;
    QDateTime requestedAt;
    double distanceMetres = 0;
};

/// The nearest feature of a store layer to a report.
struct NearestAsset
{
    QString layer;
    qint64 fid = -1;
    QString name;
    double distanceMetres = 0;
};

struct ReportHistoryEntry
{
    qint64 id = -1;
    QDateTime at;
    QString who;
    QString whoName;  ///< the display name (report_people), else who
    QString action;
    QString field;
    QString oldValue;
    QString newValue;
};

struct ReportStatistics
{
    int total = 0;
    int open = 0;
    int overdue = 0;
    double medianHoursToResolve = 0;  ///< over resolved reports with both dates; 0 when none
    int resolvedCount = 0;
    QMap<QString, int> openByDomain;
    QMap<QString, int> openByService;
    QJsonObject toJson() const;
};

/// Reports counted per square cell of the D96/TM grid, for a heat or cluster layer.
struct ReportGridCell
{
    QPointF centre;      ///< D96/TM
    QPointF centreLonLat;
    int count = 0;
    int open = 0;
    double meanAgeDays = 0; ///< of the cell's reports (the inbox model's grid)
};

struct ReportPhoto
{
    qint64 id = -1;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QByteArray data;
};

/// Read-only questions about reports for the inbox, the detail card and the map.
/// Distances are planar in D96/TM: at Ptuj its scale error is below 0.01 %, far below GPS error.
class ReportQueries
{
public:
    explicit ReportQueries(Store &store);

    /// Open or resolved reports of the same category within the radius (through the R-tree), nearest first.
    QList<DuplicateCandidate> duplicateCandidates(qint64 reportId, double radiusMetres = 50) const;
    /// Layers searched by nearestAssets() by default: those the catalogue gives an asset
    /// role (LayerRoles::assetRoles(): roads, street lights, water mains, waste containers).
    QStringList assetLayers() const;
    /// Per layer that exists in the store, its nearest feature within maxDistance metres.
    QList<NearestAsset> nearestAssets(qint64 reportId, const QStringList &layers, double maxDistanceMetres = 500) const;
    /// The same over assetLayers().
    QList<NearestAsset> nearestAssets(qint64 reportId) const { return nearestAssets(reportId, assetLayers()); }
    /// The report's timeline, oldest first.
    QList<ReportHistoryEntry> history(qint64 reportId) const;
    QList<ReportPhoto> photos(qint64 reportId, bool withData = true) const;
    ReportStatistics statistics(const QDateTime &now) const;
    /// Counts per cell of cellMetres; only the given statuses when the list is not empty.
    QList<ReportGridCell> grid(double cellMetres, const QStringList &statuses = {}) const;

    /// {id, name, email} of the active services.
    QJsonArray services() const;
    /// {service_code, domain, name_sl, name_en, default_service}.
    QJsonArray categories() const;
    /// {id, name, status, text_sl, text_en}.
    QJsonArray replyTemplates() const;

private:
    Store &m_store;
};
