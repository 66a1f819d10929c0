#include "VectorFileReader.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>
#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcGeo, "ptuj.geo", QtInfoMsg)

namespace {

struct DatasetCloser
{
    void operator()(GDALDataset *ds) const { GDALClose(ds); }
};

GeoRing toRing(const OGRSimpleCurve &curve)
{
    GeoRing ring;
    ring.reserve(curve.getNumPoints());
    for (int i = 0; i < curve.getNumPoints(); ++i)
        ring.append(QPointF(curve.getX(i), curve.getY(i)));
    return ring;
}

void collect(const OGRGeometry &geometry, GeoFeature &feature)
{
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPoint: {
        const auto &p = *geometry.toPoint();
        if (!p.IsEmpty())
            feature.points.append(QPointF(p.getX(), p.getY()));
        break;
    }
    case wkbLineString:
        feature.lines.append(toRing(*geometry.toLineString()));
        break;
    case wkbPolygon: {
        const auto &polygon = *geometry.toPolygon();
        if (polygon.IsEmpty())
            break;
        GeoPolygon out;
        for (const OGRLinearRing *ring : polygon)
            out.append(toRing(*ring));
        feature.polygons.append(out);
        break;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *geometry.toGeometryCollection())
            collect(*part, feature);
        break;
    default: {
        // Curves and surfaces: linearise, then take the parts as usual.
        std::unique_ptr<OGRGeometry> linear(geometry.getLinearGeometry());
        if (linear && wkbFlatten(linear->getGeometryType()) != wkbFlatten(geometry.getGeometryType()))
            collect(*linear, feature);
        break;
    }
    }
}

QVariant fieldValue(OGRFeature &f, int i)
{
    if (!f.IsFieldSetAndNotNull(i))
        return {};
    switch (f.GetFieldDefnRef(i)->GetType()) {
    case OFTInteger: return f.GetFieldAsInteger(i);
    case OFTInteger64: return qint64(f.GetFieldAsInteger64(i));
    case OFTReal: return f.GetFieldAsDouble(i);
    default: return QString::fromUtf8(f.GetFieldAsString(i));
    }
}

QString authorityCode(const OGRSpatialReference &srs)
{
    const char *name = srs.GetAuthorityName(nullptr);
    const char *code = srs.GetAuthorityCode(nullptr);
    if (name && code)
        return QString::fromUtf8(name) + u':' + QString::fromUtf8(code);
    return QString::fromUtf8(srs.GetName());
}

} // namespace

std::optional<GeoLayerData> VectorFileReader::read(const QString &path, const Options &options, QString *errorString)
{
    const auto fail = [errorString](const QString &message) -> std::optional<GeoLayerData> {
        qCDebug(lcGeo) << message;
        if (errorString)
            *errorString = message;
        return std::nullopt;
    };
    static const bool registered = [] { GDALAllRegister(); return true; }();
    Q_UNUSED(registered);

    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("%1 does not exist").arg(path));
    if (!info.isReadable())
        return fail(QStringLiteral("%1 cannot be read").arg(path));

    CPLErrorReset();
    std::unique_ptr<GDALDataset, DatasetCloser> ds(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds) {
        const QString reason = QString::fromUtf8(CPLGetLastErrorMsg());
        return fail(QStringLiteral("%1 is not a vector file GDAL can read%2")
                                   .arg(path, reason.isEmpty() ? QString() : QStringLiteral(": ") + reason));
    }
    OGRLayer *layer = options.layer.isEmpty() ? ds->GetLayer(0) : ds->GetLayerByName(options.layer.toUtf8().constData());
    if (!layer) {
        return fail(options.layer.isEmpty()
                                   ? QStringLiteral("%1 holds no vector layer").arg(path)
                                   : QStringLiteral("%1 has no layer named %2").arg(path, options.layer));
    }

    GeoLayerData data;
    data.name = QString::fromUtf8(layer->GetName());

    OGRSpatialReference target;
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (target.SetFromUserInput(options.targetCrs.toUtf8().constData()) != OGRERR_NONE)
        return fail(QStringLiteral("unknown target CRS %1").arg(options.targetCrs));

    std::unique_ptr<OGRCoordinateTransformation> transform;
    if (const OGRSpatialReference *source = layer->GetSpatialRef()) {
        data.sourceCrs = authorityCode(*source);
        if (!source->IsSame(&target)) {
            transform.reset(OGRCreateCoordinateTransformation(source, &target));
            if (!transform)
                return fail(QStringLiteral("cannot transform %1 from %2 to %3")
                                           .arg(path, data.sourceCrs, options.targetCrs));
        }
    } else {
        return fail(QStringLiteral("%1 does not say which coordinate reference system it uses").arg(path));
    }

    OGRFeatureDefn *defn = layer->GetLayerDefn();
    layer->ResetReading();
    double minX = qInf(), minY = qInf(), maxX = -qInf(), maxY = -qInf();
    while (std::unique_ptr<OGRFeature> f{layer->GetNextFeature()}) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return fail(QStringLiteral("cancelled"));
        GeoFeature feature;
        feature.fid = f->GetFID();
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            feature.attributes.insert(QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()), fieldValue(*f, i));
        if (OGRGeometry *g = f->GetGeometryRef(); g && !g->IsEmpty()) {
            if (transform && g->transform(transform.get()) != OGRERR_NONE)
                return fail(QStringLiteral("feature %1 of %2 cannot be transformed to %3")
                                           .arg(feature.fid).arg(path, options.targetCrs));
            collect(*g, feature);
            OGREnvelope env;
            g->getEnvelope(&env);
            minX = std::min(minX, env.MinX);
            minY = std::min(minY, env.MinY);
            maxX = std::max(maxX, env.MaxX);
            maxY = std::max(maxY, env.MaxY);
        }
        if (!feature.hasGeometry())
            ++data.skippedEmpty;
        data.features.append(std::move(feature));
    }
    if (minX <= maxX)
        data.extent = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    qCDebug(lcGeo) << "read" << data.features.size() << "features from" << path;
    return data;
}
