#pragma once

#include "ImportReport.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>

class Store;

/// What to import and how.
struct ImportOptions
{
    QString source;        ///< a file GDAL/OGR can read (for a Shapefile, the .shp)
    QString domain;        ///< one of the 14 domain ids
    QString layer;         ///< name in the store; default: from the source layer's name
    QString sourceLayer;   ///< layer inside a multi-layer source; default: all of them
    QString sourceCrs;     ///< e.g. "EPSG:3912"; overrides or supplies the source's CRS
    QString encoding;      ///< text encoding of the attributes, e.g. "CP1250"
    QJsonObject metadata;  ///< catalogue fields (title_sl, owner, licence …)
    bool replace = false;  ///< replace a layer of the same name
    /// Read formats that only point at other files (VRT …) and follow a data file's own
    /// links (a GeoJSON crs link). Network access stays off either way.
    bool allowIndirect = false;
};

/// Imports a vector source into the store through GDAL/OGR, all or nothing.
///
/// Every layer of the source is written in one transaction together with its catalogue
/// entry, default style and import log; any failure or a cancel rolls it all back, so the
/// store keeps exactly its previous content. Features stream through one at a time
/// (constant memory). Layers in the obsolete D48/GK (EPSG:3912) are converted to D96/TM
/// (EPSG:3794) with PROJ's best available operation; other CRSs are kept.
class VectorImporter
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit VectorImporter(ImportOptions options);

    /// Called every few thousand features; total is -1 when the source cannot tell cheaply.
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// One report per imported layer; on failure a single report with ok = false.
    QList<ImportReport> run(Store &store);

    /// A store-safe layer name: lower-case ASCII letters, digits and underscores.
    static QString sanitizeLayerName(const QString &name);

private:
    ImportOptions m_options;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};
