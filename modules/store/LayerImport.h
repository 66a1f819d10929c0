#pragma once

#include <QDateTime>

#include "CatalogueEntry.h"
#include "ImportReport.h"
#include "LayerStyle.h"
#include "VectorImporter.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>

#include <memory>
#include <optional>
#include <vector>

class Store;

/// Deleter for GDAL coordinate transformations held in a unique_ptr.
struct TransformDeleter
{
    void operator()(OGRCoordinateTransformation *ct) const { OGRCoordinateTransformation::DestroyCT(ct); }
};
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

/// Imports one source layer into the store's open transaction (internal to VectorImporter):
/// CRS handling, layer and fields, the feature stream with checks and repairs, then the
/// catalogue entry, style and import log.
class LayerImport
{
public:
    LayerImport(const ImportOptions &options, GDALDataset &source, OGRLayer &sourceLayer, Store &store,
                const QString &storeLayerName, const VectorImporter::Progress &progress, const std::atomic_bool *cancel)
        : m_options(options), m_source(source), m_src(sourceLayer), m_store(store), m_name(storeLayerName),
          m_progress(progress), m_cancel(cancel)
    {
        m_report.layer = storeLayerName;
        m_report.source = QFileInfo(options.source).fileName();
        m_report.format = QString::fromUtf8(source.GetDriver()->GetDescription());
    }

    /// Writes the layer into the store's open transaction; false with report().error set.
    bool run();
    /// Slovenia with a small margin in the given CRS (code as "EPSG:3794"): features outside
    /// it hint at a wrong source CRS. Empty when the CRS cannot hold it.
    static OGREnvelope sloveniaBoxIn(const OGRSpatialReference &crs, const QString &code);
    ImportReport &report() { return m_report; }

private:
    bool fail(const QString &message)
    {
        m_report.error = message;
        return false;
    }
    bool prepareCrs();
    bool createLayer();
    bool copyFeatures();
    bool writeCatalogue();
    bool checkText(OGRFeature &feature, qint64 fid);
    qint64 estimatedFeatureCount();

    const ImportOptions &m_options;
    GDALDataset &m_source;
    OGRLayer &m_src;
    Store &m_store;
    QString m_name;
    QStringList m_keptRoles; ///< roles of the layer this import replaces
    QList<FieldAlias> m_keptFields; ///< its field aliases
    const VectorImporter::Progress &m_progress;
    const std::atomic_bool *m_cancel;

    ImportReport m_report;
    QDateTime m_startedAt; // set when run() begins, for the import log
    OGRSpatialReference m_sourceSrs;
    OGRSpatialReference m_targetSrs;
    TransformPtr m_transform;
    OGRLayer *m_dst = nullptr;
    OGRwkbGeometryType m_type = wkbUnknown;
    std::optional<Symbology::Kind> m_kind;
    std::vector<int> m_fieldMap;
    std::vector<int> m_stringFields;
    OGREnvelope m_slovenia; // in the store CRS
};
