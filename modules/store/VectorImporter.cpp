#include "VectorImporter.h"

#include "CsvLayout.h"
#include "DomainRegistry.h"
#include "GdalInputPolicy.h"
#include "LayerImport.h"
#include "Store.h"

#include <cpl_string.h>
#include <gdal_priv.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcImport, "ptuj.store.import", QtInfoMsg)

namespace {

struct DatasetCloser
{
    void operator()(GDALDataset *ds) const { GDALClose(ds); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

QString gdalError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg());
}

} // namespace


VectorImporter::VectorImporter(ImportOptions options)
    : m_options(std::move(options))
{
}

QString VectorImporter::sanitizeLayerName(const QString &name)
{
    QString out;
    const QString folded = name.normalized(QString::NormalizationForm_KD).toLower();
    for (const QChar c : folded) {
        if (c == u'đ')
            out += u'd';
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (c.category() != QChar::Mark_NonSpacing && !out.endsWith(u'_'))
            out += u'_';
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    while (out.startsWith(u'_'))
        out.remove(0, 1);
    if (out.isEmpty() || out.front().isDigit())
        out.prepend(u"layer_"_s);
    return out.left(60);
}

QList<ImportReport> VectorImporter::run(Store &store)
{
    static const bool registered = [] { GDALAllRegister(); return true; }();
    Q_UNUSED(registered);
    const auto failed = [this](const QString &message) {
        ImportReport r;
        r.source = QFileInfo(m_options.source).fileName();
        r.error = message;
        r.cancelled = message == u"cancelled"_s;
        qCDebug(lcImport) << message;
        return QList<ImportReport>{r};
    };

    if (!DomainRegistry::find(m_options.domain)) {
        QStringList ids;
        for (const Domain &d : DomainRegistry::domains())
            ids.append(d.id);
        return failed(QCoreApplication::translate("VectorImporter", "unknown domain '%1'; use one of: %2").arg(m_options.domain, ids.join(u", "_s)));
    }
    const QFileInfo info(m_options.source);
    if (!info.exists())
        return failed(QCoreApplication::translate("VectorImporter", "%1 does not exist").arg(m_options.source));
    if (info.isDir())
        return failed(QCoreApplication::translate("VectorImporter", "%1 is a directory; give a file (for a Shapefile, its .shp)").arg(m_options.source));
    if (!info.isReadable())
        return failed(QCoreApplication::translate("VectorImporter", "%1 cannot be read (permissions)").arg(m_options.source));
    if (info.size() == 0)
        return failed(QCoreApplication::translate("VectorImporter", "%1 is empty").arg(m_options.source));
    if (info.suffix().compare(u"shp"_s, Qt::CaseInsensitive) == 0) {
        for (const QString &ext : {u"shx"_s, u"dbf"_s}) {
            const QString base = info.path() + u'/' + info.completeBaseName() + u'.';
            if (!QFileInfo::exists(base + ext) && !QFileInfo::exists(base + ext.toUpper()))
                return failed(QCoreApplication::translate("VectorImporter", "the Shapefile %1 has no .%2 file beside it; a Shapefile needs its .shp, .shx and .dbf "
                              "(and a .prj for the CRS)").arg(info.fileName(), ext));
        }
    }

    // GDAL reads local files only (GdalInputPolicy), and a file that only points at others
    // is read when the user asks for it.
    GdalInputPolicy::disableNetwork();
    const QByteArray nativePath = QFile::encodeName(info.absoluteFilePath());
    const QByteArrayList allowed = GdalInputPolicy::allowedDrivers(m_options.allowIndirect);
    CPLStringList allowedList;
    for (const QByteArray &d : allowed)
        allowedList.AddString(d.constData());
    {
        CPLErrorReset();
        GDALDriverH all = GDALIdentifyDriverEx(nativePath.constData(), GDAL_OF_VECTOR, nullptr, nullptr);
        const QString driver = all ? QString::fromUtf8(GDALGetDriverShortName(all)) : QString();
        if (!driver.isEmpty()) {
            if (const QString why = GdalInputPolicy::checkSource(info.fileName(), driver, m_options.allowIndirect);
                !why.isEmpty())
                return failed(why);
        }
    }

    CPLStringList openOptions;
    const bool isCsv = info.suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0;
    QStringList layoutWarnings;
    if (isCsv) {
        // The coordinate columns are picked here, by exact name: GDAL's own guess among
        // several candidates crashed (x,x,y; x,lon,y,lat).
        const CsvLayout::Layout layout = CsvLayout::inspectFile(info.absoluteFilePath());
        if (!layout.ok)
            return failed(layout.error);
        layoutWarnings = layout.warnings;
        for (const QByteArray &option : layout.gdalOpenOptions())
            openOptions.AddString(option.constData());
    }
    if (!m_options.encoding.isEmpty() && info.suffix().compare(u"shp"_s, Qt::CaseInsensitive) == 0)
        openOptions.SetNameValue("ENCODING", m_options.encoding.toUtf8().constData());

    CPLErrorReset();
    DatasetPtr source(GDALDataset::Open(nativePath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, allowedList.List(),
                                        openOptions.List(), nullptr));
    if (!source) {
        const QString reason = gdalError();
        return failed(QCoreApplication::translate("VectorImporter", "%1 is not a vector file GDAL can read%2").arg(
            info.fileName(), reason.isEmpty() ? QString() : u" ("_s + reason + u')'));
    }

    QList<OGRLayer *> layers;
    if (!m_options.sourceLayer.isEmpty()) {
        OGRLayer *l = source->GetLayerByName(m_options.sourceLayer.toUtf8().constData());
        if (!l)
            return failed(QCoreApplication::translate("VectorImporter", "%1 has no layer named %2").arg(info.fileName(), m_options.sourceLayer));
        layers.append(l);
    } else {
        for (int i = 0; i < source->GetLayerCount(); ++i)
            layers.append(source->GetLayer(i));
    }
    if (layers.isEmpty())
        return failed(QCoreApplication::translate("VectorImporter", "%1 holds no vector layer").arg(info.fileName()));
    if (layers.size() > 1 && !m_options.layer.isEmpty()) {
        QStringList names;
        for (OGRLayer *l : layers)
            names.append(QString::fromUtf8(l->GetName()));
        return failed(QCoreApplication::translate("VectorImporter", "%1 has %2 layers (%3): choose one with --source-layer, or leave --layer out to import all")
                          .arg(info.fileName())
                          .arg(layers.size())
                          .arg(names.join(u", "_s)));
    }
    if (isCsv && layers.first()->GetGeomType() == wkbNone)
        return failed(QCoreApplication::translate("VectorImporter", "%1 has no coordinates: it needs x and y (or lon and lat, easting and northing) columns, or a "
                      "WKT column").arg(info.fileName()));

    QString error;
    if (!store.beginBulkWrite(&error))
        return failed(error);
    QList<ImportReport> reports;
    for (OGRLayer *layer : layers) {
        const QString name = !m_options.layer.isEmpty()
                                 ? sanitizeLayerName(m_options.layer)
                                 : sanitizeLayerName(layers.size() == 1 && isCsv ? info.completeBaseName()
                                                                                 : QString::fromUtf8(layer->GetName()));
        LayerImport job(m_options, *source, *layer, store, name, m_progress, m_cancel);
        if (!job.run()) {
            store.rollback();
            ImportReport r = job.report();
            r.ok = false;
            qCDebug(lcImport) << "import of" << m_options.source << "failed:" << r.error;
            return {r};
        }
        job.report().ok = true;
        job.report().warnings.append(layoutWarnings);
        reports.append(job.report());
    }
    if (!store.commit(&error))
        return failed(error);
    return reports;
}
