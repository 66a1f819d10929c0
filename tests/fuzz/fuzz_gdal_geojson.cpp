// libFuzzer target: a GeoJSON file on the importer's path. GDAL's GeoJSON driver (and only it)
// opens the bytes with network access off as VectorImporter::run has it, and every feature's
// fields are read and its geometry goes through GeometryCheck::checkAndRepair, as
// LayerImport::copyFeatures does.

#include "GdalInputPolicy.h"
#include "GeometryCheck.h"

#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

// GDAL's GeoJSON driver holds the whole document as json-c objects; past 1 MB the run only
// gets slower.
constexpr size_t kMaxInput = 1024 * 1024;
constexpr const char *kPath = "/vsimem/fuzz-input.geojson";

[[noreturn]] void broken(const char *what, const OGRGeometry *geometry)
{
    char *wkt = nullptr;
    if (geometry)
        geometry->exportToWkt(&wkt);
    std::fprintf(stderr, "fuzz_gdal_geojson: %s (%s)\n", what, wkt ? wkt : "no geometry");
    std::abort();
}

// What checkAndRepair promises for a geometry it lets through to the store.
void checkVerdict(const GeometryCheck::Result &result, const OGRGeometry *geometry, OGRwkbGeometryType target)
{
    using GeometryCheck::Verdict;
    if (result.verdict == Verdict::Rejected || result.verdict == Verdict::Empty) {
        if (result.reason.isEmpty())
            broken("rejected without a reason", geometry);
        return;
    }
    if (!geometry || geometry->IsEmpty())
        broken("kept an empty geometry as a geometry", geometry);
    if (!GeometryCheck::hasFiniteCoordinates(*geometry))
        broken("kept a NaN or infinite coordinate", geometry);
    OGREnvelope env;
    geometry->getEnvelope(&env);
    for (const double v : {env.MinX, env.MaxX, env.MinY, env.MaxY}) {
        if (!(std::abs(v) <= GeometryCheck::kMaxCoordinate))
            broken("kept a coordinate beyond kMaxCoordinate", geometry);
    }
    if (target != wkbUnknown && wkbFlatten(geometry->getGeometryType()) != wkbFlatten(target))
        broken("kept a geometry of another type than the layer's", geometry);
}

void readLayer(OGRLayer &layer)
{
    const OGRwkbGeometryType type = layer.GetGeomType();
    const OGRwkbGeometryType target = type == wkbNone ? wkbUnknown : GeometryCheck::storeType(type);
    layer.ResetReading();
    while (std::unique_ptr<OGRFeature> feature{layer.GetNextFeature()}) {
        // Properties of every JSON type become fields: read each as the importer copies it.
        for (int i = 0; i < feature->GetFieldCount(); ++i) {
            if (feature->IsFieldSetAndNotNull(i))
                (void)feature->GetFieldAsString(i);
        }
        std::unique_ptr<OGRGeometry> geometry(feature->StealGeometry());
        const GeometryCheck::Result result = GeometryCheck::checkAndRepair(geometry, target);
        checkVerdict(result, geometry.get(), target);
    }
}

struct DatasetCloser
{
    void operator()(GDALDataset *ds) const { GDALClose(ds); }
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    GdalInputPolicy::disableNetwork();
    // GDAL's own messages about broken input would flood the log; the checks here decide.
    CPLSetErrorHandler(CPLQuietErrorHandler);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > kMaxInput)
        return -1;
    // The /vsimem/ file reads the fuzzer's buffer in place (no copy, no ownership).
    VSIFCloseL(VSIFileFromMemBuffer(kPath, const_cast<GByte *>(data), vsi_l_offset(size), FALSE));
    {
        const char *const drivers[] = {"GeoJSON", nullptr};
        std::unique_ptr<GDALDataset, DatasetCloser> source(GDALDataset::Open(
            kPath, GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
        if (source) {
            for (int i = 0; i < source->GetLayerCount(); ++i)
                readLayer(*source->GetLayer(i));
        }
    }
    VSIUnlink(kPath);
    return 0;
}
