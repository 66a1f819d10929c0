// libFuzzer target: a CSV file on the importer's path. CsvLayout::inspect picks the columns,
// GDAL opens the bytes with the open options and drivers VectorImporter::run uses, and every
// feature's fields are read and its geometry goes through GeometryCheck::checkAndRepair, as
// LayerImport::copyFeatures does.

#include "CsvLayout.h"
#include "GdalInputPolicy.h"
#include "GeometryCheck.h"

#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// GDAL reads a CSV line by line; past 1 MB the run only gets slower.
constexpr size_t kMaxInput = 1024 * 1024;
constexpr const char *kPath = "/vsimem/fuzz-input.csv";

[[noreturn]] void broken(const char *what, const OGRGeometry *geometry)
{
    char *wkt = nullptr;
    if (geometry)
        geometry->exportToWkt(&wkt);
    std::fprintf(stderr, "fuzz_gdal_csv: %s (%s)\n", what, wkt ? wkt : "no geometry");
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
        // AUTODETECT_TYPE=YES turns columns into numbers and dates: read each as the importer copies it.
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
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // VectorImporter::run refuses what CsvLayout refuses before GDAL opens it.
    const CsvLayout::Layout layout = CsvLayout::inspect(bytes, u"fuzz-input.csv"_s);
    if (!layout.ok)
        return 0;

    CPLStringList openOptions;
    // Exactly the importer's options (VectorImporter::run).
    for (const QByteArray &option : layout.gdalOpenOptions())
        openOptions.AddString(option.constData());

    static const QByteArrayList allowed = GdalInputPolicy::allowedDrivers(false);
    static const CPLStringList allowedList = [] {
        CPLStringList list;
        for (const QByteArray &d : allowed)
            list.AddString(d.constData());
        return list;
    }();

    // The /vsimem/ file reads the fuzzer's buffer in place (no copy, no ownership).
    VSIFCloseL(VSIFileFromMemBuffer(kPath, const_cast<GByte *>(data), vsi_l_offset(size), FALSE));
    {
        std::unique_ptr<GDALDataset, DatasetCloser> source(GDALDataset::Open(
            kPath, GDAL_OF_VECTOR | GDAL_OF_READONLY, allowedList.List(), openOptions.List(), nullptr));
        if (source && source->GetLayerCount() > 0 && source->GetLayer(0)->GetGeomType() != wkbNone) {
            for (int i = 0; i < source->GetLayerCount(); ++i)
                readLayer(*source->GetLayer(i));
        }
    }
    VSIUnlink(kPath);
    return 0;
}
