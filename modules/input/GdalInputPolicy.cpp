#include "GdalInputPolicy.h"

#include <cpl_conv.h>
#include <cpl_http.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <gdal_version.h>
#include <ogr_srs_api.h>

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <mutex>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGdalPolicy, "ptuj.input.gdal", QtInfoMsg)

namespace {

// Drivers that read what a file names elsewhere.
const QStringList &indirectDrivers()
{
    static const QStringList names{u"VRT"_s, u"OGR_VRT"_s, u"GPSBabel"_s, u"OGR_PDS"_s, u"GTI"_s};
    return names;
}

// Drivers that talk to a server or a database instead of reading a file.
const QStringList &serviceDrivers()
{
    static const QStringList names{
        u"WFS"_s,        u"OAPIF"_s,       u"CSW"_s,      u"Elasticsearch"_s, u"CouchDB"_s, u"Carto"_s,
        u"AmigoCloud"_s, u"NGW"_s,         u"EEDA"_s,     u"PLSCENES"_s,      u"MongoDBv3"_s, u"PostgreSQL"_s,
        u"MySQL"_s,      u"ODBC"_s,        u"MSSQLSpatial"_s, u"OCI"_s,       u"HANA"_s,    u"OGR_OGDI"_s,
        u"DB2ODBC"_s,    u"IDB"_s,         u"GNMDatabase"_s,  u"ADBC"_s,      u"XODR"_s,    u"GFT"_s,
        u"WMS"_s,        u"WMTS"_s,        u"WCS"_s,      u"DAAS"_s,          u"OGCAPI"_s,  u"STACIT"_s,
        u"STACTA"_s,     u"EEDAI"_s,       u"PDS4"_s,
    };
    return names;
}

CPLHTTPResult *refuseFetch(const char *url, CSLConstList, GDALProgressFunc, void *, CPLHTTPFetchWriteFunc, void *,
                           void *)
{
    qCWarning(lcGdalPolicy) << "refused a GDAL network request for" << url;
    auto *result = static_cast<CPLHTTPResult *>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup("network access is off for imports (the console never lets GDAL fetch "
                                  "what a data file names)");
    CPLError(CE_Failure, CPLE_AppDefined, "network access is off for imports: %s was not fetched", url);
    return result;
}

} // namespace

void GdalInputPolicy::disableNetwork()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLHTTPSetFetchCallback(refuseFetch, nullptr);
        OSRSetPROJEnableNetwork(FALSE);
        // GML: never download an application schema or resolve xlinks a file names.
        CPLSetConfigOption("GML_DOWNLOAD_WFS_SCHEMA", "NO");
        CPLSetConfigOption("GML_SKIP_RESOLVE_ELEMS", "ALL");
        CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 9, 0)
        // Without their handlers these prefixes are plain (non-existent) local paths.
        for (const char *prefix : {"/vsicurl/", "/vsicurl_streaming/", "/vsis3/", "/vsis3_streaming/", "/vsigs/",
                                   "/vsigs_streaming/", "/vsiaz/", "/vsiaz_streaming/", "/vsiadls/", "/vsioss/",
                                   "/vsioss_streaming/", "/vsiswift/", "/vsiswift_streaming/", "/vsiwebhdfs/",
                                   "/vsihdfs/"})
            VSIRemovePluginHandler(prefix);
#else
        // Older GDAL cannot unregister /vsicurl/: allow it no file extension at all.
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".ptuj-network-is-off");
#endif
    });
}

bool GdalInputPolicy::isIndirectDriver(const QString &driver)
{
    return indirectDrivers().contains(driver, Qt::CaseInsensitive);
}

QByteArrayList GdalInputPolicy::allowedDrivers(bool allowIndirect)
{
    GDALAllRegister();
    QByteArrayList out;
    for (int i = 0; i < GDALGetDriverCount(); ++i) {
        GDALDriverH driver = GDALGetDriver(i);
        if (!GDALGetMetadataItem(driver, GDAL_DCAP_VECTOR, nullptr))
            continue;
        const QString name = QString::fromUtf8(GDALGetDriverShortName(driver));
        if (serviceDrivers().contains(name, Qt::CaseInsensitive))
            continue;
        if (!allowIndirect && isIndirectDriver(name))
            continue;
        out.append(name.toUtf8());
    }
    return out;
}

QString GdalInputPolicy::checkSource(const QString &path, const QString &driver, bool allowIndirect)
{
    if (serviceDrivers().contains(driver, Qt::CaseInsensitive))
        return QCoreApplication::translate("GdalInputPolicy", "%1 is a connection to a service (%2), not a data file; the importer reads local files only").arg(
            path, driver);
    if (!allowIndirect && isIndirectDriver(driver))
        return QCoreApplication::translate("GdalInputPolicy", "%1 is a %2 file: it only points at other files or addresses, which the importer does not read "
               "unless you name such a file on purpose with --allow-indirect (the store never reads an address)")
            .arg(path, driver);
    if (driver.compare(u"GeoJSON"_s, Qt::CaseInsensitive) == 0 || driver.compare(u"GeoJSONSeq"_s, Qt::CaseInsensitive) == 0
        || driver.compare(u"TopoJSON"_s, Qt::CaseInsensitive) == 0) {
        // A GeoJSON 2008 "crs" of type "link" makes GDAL read the file or address it names.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            static const QRegularExpression link(uR"re("type"\s*:\s*"link")re"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
            const uchar *mapped = file.map(0, file.size());
            const QByteArray bytes = mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file.size())
                                            : file.read(64LL * 1024 * 1024);
            // Only the bytes around each "link" are decoded: the file may be large.
            for (qsizetype at = bytes.indexOf("\"link\""); at >= 0; at = bytes.indexOf("\"link\"", at + 6)) {
                const qsizetype from = std::max<qsizetype>(0, at - 40);
                const QString around = QString::fromUtf8(bytes.mid(from, at + 6 - from));
                if (link.match(around).hasMatch()) {
                    if (!allowIndirect)
                        return QCoreApplication::translate("GdalInputPolicy", "%1 names its coordinate reference system by a link (\"crs\": {\"type\": \"link\"}); "
                               "the importer does not follow links inside a data file: give the CRS with "
                               "--source-crs (or import with --allow-indirect, network access stays off)")
                            .arg(path);
                    break;
                }
            }
        }
    }
    return {};
}
