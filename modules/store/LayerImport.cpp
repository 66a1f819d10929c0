#include "LayerImport.h"

#include "CatalogueEntry.h"
#include "DomainRegistry.h"
#include "GeometryCheck.h"
#include "LayerRoles.h"
#include "ReservedNames.h"
#include "SqliteStatement.h"
#include "Store.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <proj.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <future>

using namespace Qt::StringLiterals;

namespace {


// Slovenia with a small margin, in WGS84 degrees: features outside hint at a wrong CRS.
constexpr double kSloMinLon = 13.3, kSloMaxLon = 16.7, kSloMinLat = 45.35, kSloMaxLat = 46.95;
// The same box in D96/TM, every store's usual CRS, as PROJ's TransformBounds gives it (21
// points per edge), rounded outwards to the metre: asking PROJ for it took 54 ms of each
// import's start, a quarter of ogr2ogr's whole run for a small file. tst_vectorimporter
// compares it with PROJ.
constexpr double kSloMinX96 = 366792, kSloMinY96 = 23339, kSloMaxX96 = 633208, kSloMaxY96 = 202572;

QString gdalError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg());
}

QString crsCode(const OGRSpatialReference &srs)
{
    if (const char *name = srs.GetAuthorityName(nullptr); name && srs.GetAuthorityCode(nullptr))
        return QString::fromUtf8(name) + u':' + QString::fromUtf8(srs.GetAuthorityCode(nullptr));
    // An ESRI .prj often has no code; ask PROJ's database for the best match.
    if (OGRSpatialReference *match = srs.FindBestMatch(90, "EPSG", nullptr)) {
        QString code;
        if (match->GetAuthorityName(nullptr) && match->GetAuthorityCode(nullptr))
            code = QString::fromUtf8(match->GetAuthorityName(nullptr)) + u':' + QString::fromUtf8(match->GetAuthorityCode(nullptr));
        match->Release();
        if (!code.isEmpty())
            return code;
    }
    return QString::fromUtf8(srs.GetName());
}

// Which PROJ operation turns a point of this area from one CRS into the other: recorded
// in the import log so a planner can see that D48 → D96 used the regional EPSG transform.
QString operationUsedAt(const QString &from, const QString &to, double x, double y)
{
    PJ_CONTEXT *ctx = proj_context_create();
    QString name;
    if (PJ *raw = proj_create_crs_to_crs(ctx, from.toUtf8().constData(), to.toUtf8().constData(), nullptr)) {
        if (PJ *pj = proj_normalize_for_visualization(ctx, raw)) {
            proj_trans(pj, PJ_FWD, proj_coord(x, y, 0, 0));
            if (PJ *used = proj_trans_get_last_used_operation(pj)) {
                name = QString::fromUtf8(proj_get_name(used));
                if (const char *code = proj_get_id_code(used, 0))
                    name += u" (EPSG:"_s + QString::fromUtf8(code) + u')';
                proj_destroy(used);
            }
            proj_destroy(pj);
        }
        proj_destroy(raw);
    }
    proj_context_destroy(ctx);
    return name;
}

// What is wrong with a CRS that parsed but cannot place data on a map: a PROJ pipeline or
// an operation instead of a CRS, or a definition PROJ cannot resolve. Empty when it is fine.
QString notACrs(const OGRSpatialReference &srs)
{
    if (srs.IsEmpty())
        return QCoreApplication::translate("LayerImport", "empty");
    if (!srs.IsProjected() && !srs.IsGeographic() && !srs.IsCompound())
        return QCoreApplication::translate("LayerImport", "not a projected or geographic coordinate reference system (a PROJ pipeline, an operation or an "
               "engineering frame)");
    return {};
}


std::optional<Symbology::Kind> styleKind(OGRwkbGeometryType type)
{
    const auto flat = wkbFlatten(type);
    if (flat == wkbMultiPolygon || flat == wkbPolygon)
        return Symbology::Kind::Polygon;
    if (flat == wkbMultiLineString || flat == wkbLineString)
        return Symbology::Kind::Line;
    if (flat == wkbPoint || flat == wkbMultiPoint)
        return Symbology::Kind::Point;
    return std::nullopt;
}

// Text that was decoded with the wrong code page: CP1250's Š/š/Ž/ž (0x8A/0x9A/0x8E/0x9E)
// read as Latin-1 become C1 control characters (UTF-8 C2 80 … C2 9F), which real text
// never contains. Works on the UTF-8 bytes: this runs for every string of every feature.
bool looksMisdecoded(const char *utf8)
{
    for (const char *p = utf8; *p; ++p) {
        if (static_cast<unsigned char>(*p) == 0xC2 && static_cast<unsigned char>(p[1]) >= 0x80
            && static_cast<unsigned char>(p[1]) <= 0x9F)
            return true;
    }
    return false;
}

bool isAscii(const char *text)
{
    for (const char *p = text; *p; ++p) {
        if (static_cast<unsigned char>(*p) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

bool LayerImport::prepareCrs()
{
    m_sourceSrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    m_targetSrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (!m_options.sourceCrs.isEmpty()) {
        // Never a file or an address: --source-crs names a CRS (EPSG:3912, WKT, PROJJSON).
        if (m_sourceSrs.SetFromUserInput(m_options.sourceCrs.toUtf8().constData(),
                                         OGRSpatialReference::SET_FROM_USER_INPUT_LIMITATIONS_get())
            != OGRERR_NONE)
            return fail(QCoreApplication::translate("LayerImport", "unknown CRS '%1' given with --source-crs; use a code like EPSG:3794").arg(m_options.sourceCrs));
        if (const QString why = notACrs(m_sourceSrs); !why.isEmpty())
            return fail(QCoreApplication::translate("LayerImport", "'%1' given with --source-crs is %2; give a coordinate reference system such as EPSG:3794").arg(
                m_options.sourceCrs, why));
    } else if (const OGRSpatialReference *srs = m_src.GetSpatialRef()) {
        m_sourceSrs = *srs;
        m_sourceSrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (const QString why = notACrs(m_sourceSrs); !why.isEmpty())
            return fail(QCoreApplication::translate("LayerImport", "the CRS that %1 declares is %2; give the right one with --source-crs (e.g. EPSG:3794)").arg(
                m_report.source, why));
    } else if (m_src.GetGeomType() != wkbNone) {
        return fail(QCoreApplication::translate("LayerImport", "%1 does not say which coordinate reference system it uses; give it with --source-crs "
                    "(EPSG:3794 for D96/TM, EPSG:3912 for D48/GK, EPSG:4326 for GPS longitude/latitude)")
                        .arg(m_report.source));
    }
    m_report.sourceCrs = crsCode(m_sourceSrs);

    OGRSpatialReference d48;
    d48.importFromEPSG(3912);
    d48.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const bool sameAsEpsg = m_sourceSrs.IsSame(&d48);
    if (m_report.sourceCrs == u"EPSG:3912"_s || sameAsEpsg) {
        m_targetSrs.importFromEPSG(3794);
        // A .prj in ESRI's words that is D48/GK (IsSame: the same datum, ellipsoid and
        // projection) transforms from EPSG's own definition: PROJ finds the same operations
        // for it in half the time (30 ms instead of 60 at the start of every import).
        m_transform.reset(OGRCreateCoordinateTransformation(sameAsEpsg ? &d48 : &m_sourceSrs, &m_targetSrs));
        if (!m_transform)
            return fail(QCoreApplication::translate("LayerImport", "PROJ cannot transform D48/GK to D96/TM: %1").arg(gdalError()));
        m_report.crs = u"EPSG:3794"_s;
        m_report.transformation = QCoreApplication::translate("LayerImport", "EPSG:3912 → EPSG:3794 with PROJ's best available operation");
    } else {
        m_targetSrs = m_sourceSrs;
        m_report.crs = m_report.sourceCrs;
    }

    // Slovenia's box in the store CRS, for the "outside Slovenia" hint.
    m_slovenia = sloveniaBoxIn(m_targetSrs, m_report.crs);
    return true;
}

OGREnvelope LayerImport::sloveniaBoxIn(const OGRSpatialReference &crs, const QString &code)
{
    OGREnvelope box;
    if (code == u"EPSG:3794"_s) {
        box.MinX = kSloMinX96;
        box.MinY = kSloMinY96;
        box.MaxX = kSloMaxX96;
        box.MaxY = kSloMaxY96;
        return box;
    }
    if (crs.IsEmpty())
        return box;
    OGRSpatialReference wgs84;
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    wgs84.importFromEPSG(4326);
    TransformPtr toCrs(OGRCreateCoordinateTransformation(&wgs84, &crs));
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    if (toCrs && toCrs->TransformBounds(kSloMinLon, kSloMinLat, kSloMaxLon, kSloMaxLat, &minX, &minY, &maxX, &maxY, 21)) {
        box.MinX = minX;
        box.MinY = minY;
        box.MaxX = maxX;
        box.MaxY = maxY;
    }
    return box;
}

bool LayerImport::createLayer()
{
    // Only user layers: never the GeoPackage's, SQLite's or a module's own tables.
    if (const QString why = ReservedNames::whyNot(m_store.db(), m_name); !why.isEmpty())
        return fail(why);
    if (m_store.hasLayer(m_name)) {
        if (!m_options.replace)
            return fail(QCoreApplication::translate("LayerImport", "the store already has a layer named %1; choose another name with --layer or replace it "
                        "with --replace").arg(m_name));
        GDALDataset *ds = m_store.dataset();
        for (int i = 0; i < ds->GetLayerCount(); ++i) {
            if (QString::fromUtf8(ds->GetLayer(i)->GetName()).compare(m_name, Qt::CaseInsensitive) == 0) {
                if (ds->DeleteLayer(i) != OGRERR_NONE)
                    return fail(QCoreApplication::translate("LayerImport", "cannot replace layer %1: %2").arg(m_name, explainStoreError(gdalError())));
                break;
            }
        }
        // A replaced layer keeps what it is for unless the new metadata says otherwise.
        if (const auto old = m_store.catalogueEntry(m_name)) {
            m_keptRoles = old->roles;
            m_keptFields = old->fields;
        }
        SqliteStatement del(m_store.db(), "DELETE FROM ptuj_catalogue WHERE layer = ?");
        del.bind(1, m_name);
        if (!del.exec())
            return fail(explainStoreError(del.errorString()));
    }

    m_type = m_src.GetGeomType() == wkbNone ? wkbNone : GeometryCheck::storeType(m_src.GetGeomType());
    m_kind = styleKind(m_type);
    const QByteArray title = m_options.metadata.value(u"title_sl"_s).toString().toUtf8();
    CPLStringList options;
    options.SetNameValue("GEOMETRY_NAME", "geom");
    options.SetNameValue("FID", "fid");
    options.SetNameValue("SPATIAL_INDEX", "YES");
    options.SetNameValue("IDENTIFIER", m_name.toUtf8().constData());
    if (!title.isEmpty())
        options.SetNameValue("DESCRIPTION", title.constData());
    CPLErrorReset();
    m_dst = m_store.dataset()->CreateLayer(m_name.toUtf8().constData(), m_targetSrs.IsEmpty() ? nullptr : &m_targetSrs,
                                           m_type, options.List());
    if (!m_dst)
        return fail(QCoreApplication::translate("LayerImport", "cannot create layer %1 in the store: %2").arg(m_name, explainStoreError(gdalError())));

    // Every source field is kept, whatever its name or type; names that clash with the
    // store's own columns get a suffix, and the report says so.
    OGRFeatureDefn *defn = m_src.GetLayerDefn();
    m_fieldMap.assign(size_t(defn->GetFieldCount()), -1);
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        OGRFieldDefn field(defn->GetFieldDefn(i));
        const QString name = QString::fromUtf8(field.GetNameRef());
        if (name.compare(u"fid"_s, Qt::CaseInsensitive) == 0 || name.compare(u"geom"_s, Qt::CaseInsensitive) == 0) {
            const QByteArray renamed = (name + u"_src"_s).toUtf8();
            field.SetName(renamed.constData());
            m_report.warnings.append(QCoreApplication::translate("LayerImport", "field %1 renamed to %1_src (the store uses that name)").arg(name));
        }
        // GeoPackage has no list types: keep them as JSON text.
        const OGRFieldType t = field.GetType();
        if (t == OFTStringList || t == OFTIntegerList || t == OFTInteger64List || t == OFTRealList) {
            field.SetType(OFTString);
            field.SetSubType(OFSTJSON);
        }
        if (m_dst->CreateField(&field) != OGRERR_NONE)
            return fail(QCoreApplication::translate("LayerImport", "cannot create field %1: %2").arg(name, explainStoreError(gdalError())));
        m_fieldMap[size_t(i)] = m_dst->GetLayerDefn()->GetFieldCount() - 1;
        if (field.GetType() == OFTString && field.GetSubType() != OFSTJSON)
            m_stringFields.push_back(i);
    }
    return true;
}

bool LayerImport::checkText(OGRFeature &feature, qint64 fid)
{
    const bool recode = !m_options.encoding.isEmpty() && m_report.format != u"ESRI Shapefile"_s;
    for (const int i : m_stringFields) {
        if (!feature.IsFieldSetAndNotNull(i))
            continue;
        const char *raw = feature.GetFieldAsString(i);
        if (recode) {
            char *utf8 = CPLRecode(raw, m_options.encoding.toUtf8().constData(), CPL_ENC_UTF8);
            feature.SetField(i, utf8);
            CPLFree(utf8);
            raw = feature.GetFieldAsString(i);
        }
        if (isAscii(raw))
            continue;
        if (!CPLIsUTF8(raw, -1) || looksMisdecoded(raw)) {
            const QString text = QString::fromUtf8(raw);
            return fail(QCoreApplication::translate("LayerImport", "text in field %1 of feature %2 is not in the encoding the file declares (%3…); give the "
                        "right one with --encoding (e.g. CP1250 for older Slovenian data)")
                            .arg(QString::fromUtf8(feature.GetFieldDefnRef(i)->GetNameRef()))
                            .arg(fid)
                            .arg(text.left(20)));
        }
    }
    return true;
}

// For the progress bar. Counting a CSV's features means reading it all (a third of the
// import's time at 1M rows), so a text file's count is estimated from its first lines.
qint64 LayerImport::estimatedFeatureCount()
{
    if (m_src.TestCapability(OLCFastFeatureCount))
        return m_src.GetFeatureCount(TRUE);
    QFile file(m_options.source);
    if (m_report.format != u"CSV"_s || !file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray head = file.read(256 * 1024);
    const qsizetype lines = head.count('\n');
    if (lines < 2)
        return -1;
    return qint64(double(file.size()) * double(lines) / double(head.size())) - 1;
}

bool LayerImport::copyFeatures()
{
    const qint64 total = estimatedFeatureCount();
    m_src.ResetReading();
    OGRFeatureDefn *dstDefn = m_dst->GetLayerDefn();
    const OGRwkbGeometryType target = m_type == wkbNone ? wkbUnknown : m_type;
    const bool checkSlovenia = m_slovenia.IsInit();
    OGRFeature out(dstDefn); // reused: allocating one per feature is measurable at 1M features
    while (std::unique_ptr<OGRFeature> src{m_src.GetNextFeature()}) {
        ++m_report.read;
        const qint64 fid = src->GetFID();
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            m_report.cancelled = true;
            return fail(u"cancelled"_s);
        }
        if (m_progress && m_report.read % 4096 == 0)
            m_progress(m_report.read, std::max(total, m_report.read));
        if (!checkText(*src, fid))
            return false;

        std::unique_ptr<OGRGeometry> geometry(src->StealGeometry());
        if (geometry && !geometry->IsEmpty() && m_transform) {
            // Broken coordinates are named as such, not as a failed transformation.
            if (!GeometryCheck::hasFiniteCoordinates(*geometry)) {
                m_report.reject(fid, QCoreApplication::translate("LayerImport", "broken coordinate (NaN or infinite)"));
                continue;
            }
            if (m_transform && geometry->transform(m_transform.get()) != OGRERR_NONE) {
                m_report.reject(fid, QCoreApplication::translate("LayerImport", "cannot be transformed to %1 (outside the area the CRS is defined for)").arg(m_report.crs));
                continue;
            }
        }
        const GeometryCheck::Result check = GeometryCheck::checkAndRepair(geometry, target);
        switch (check.verdict) {
        case GeometryCheck::Verdict::Rejected: m_report.reject(fid, check.reason); continue;
        case GeometryCheck::Verdict::Repaired: m_report.repair(fid, check.reason); break;
        case GeometryCheck::Verdict::Empty: ++m_report.emptyGeometry; break;
        case GeometryCheck::Verdict::Ok: break;
        }
        if (geometry && !geometry->IsEmpty() && checkSlovenia && !check.envelope.Intersects(m_slovenia))
            ++m_report.outsideSlovenia;
        if (!m_kind && geometry)
            m_kind = styleKind(geometry->getGeometryType());

        out.SetFID(OGRNullFID);
        out.SetFrom(src.get(), m_fieldMap.data(), TRUE);
        out.SetGeometryDirectly(geometry.release());
        CPLErrorReset();
        if (m_dst->CreateFeature(&out) != OGRERR_NONE)
            return fail(QCoreApplication::translate("LayerImport", "cannot write feature %1 to the store: %2").arg(fid).arg(explainStoreError(gdalError())));
        ++m_report.imported;
    }
    if (m_progress)
        m_progress(m_report.read, m_report.read);
    if (CPLGetLastErrorType() >= CE_Failure && m_report.read == 0)
        return fail(QCoreApplication::translate("LayerImport", "%1 cannot be read: %2").arg(m_report.source, gdalError()));
    if (m_report.read == 0)
        return fail(QCoreApplication::translate("LayerImport", "%1 holds no features").arg(m_report.source));
    if (m_report.imported == 0)
        return fail(QCoreApplication::translate("LayerImport", "none of the %1 features could be imported; the first reason: %2").arg(m_report.read).arg(
            m_report.rejects.value(0).reason));
    if (m_report.outsideSlovenia > 0)
        m_report.warnings.append(QCoreApplication::translate("LayerImport", "%1 feature(s) lie outside Slovenia: check that the source CRS (%2) is right")
                                     .arg(m_report.outsideSlovenia)
                                     .arg(m_report.sourceCrs));
    if (m_report.emptyGeometry > 0)
        m_report.warnings.append(QCoreApplication::translate("LayerImport", "%1 feature(s) have no geometry (none given, empty, or NaN coordinates); they are "
                                 "kept with their attributes").arg(m_report.emptyGeometry));
    return true;
}

bool LayerImport::writeCatalogue()
{
    // The GeoPackage driver builds the R-tree of a new layer lazily; build it now, inside
    // the transaction, so the committed store is complete.
    if (m_dst->SyncToDisk() != OGRERR_NONE)
        return fail(QCoreApplication::translate("LayerImport", "cannot finish layer %1: %2").arg(m_name, explainStoreError(gdalError())));

    CatalogueEntry entry;
    entry.layer = m_name;
    entry.domain = m_options.domain;
    entry.titleSl = entry.titleEn = m_name;
    entry.source = QFileInfo(m_options.source).fileName();
    QJsonObject metadata = m_options.metadata;
    const QJsonValue style = metadata.take(u"style"_s);
    if (const QStringList unknown = entry.applyMetadata(metadata); !unknown.isEmpty())
        m_report.warnings.append(QCoreApplication::translate("LayerImport", "catalogue field(s) not known and not stored: %1 (known: %2)").arg(
            unknown.join(u", "_s), CatalogueEntry::editableKeys().join(u", "_s)));
    entry.domain = m_options.domain;
    if (!m_options.metadata.contains(u"roles"_s))
        entry.roles = m_keptRoles;
    if (!m_options.metadata.contains(u"fields"_s))
        entry.fields = m_keptFields;
    if (const QString why = LayerRoles::whyNot(entry.roles); !why.isEmpty()) {
        m_report.warnings.append(QCoreApplication::translate("LayerImport", "roles not stored: %1").arg(why));
        entry.roles.removeIf([](const QString &r) { return !LayerRoles::find(r); });
    }
    entry.format = m_report.format;
    entry.crs = m_report.crs;
    entry.geometryType = QString::fromUtf8(OGRGeometryTypeToName(m_type));
    entry.featureCount = m_report.imported;
    OGREnvelope env;
    if (m_dst->GetExtent(&env, TRUE) == OGRERR_NONE) {
        entry.extent = QRectF(QPointF(env.MinX, env.MinY), QPointF(env.MaxX, env.MaxY));
        m_report.bbox = entry.extent;
    }
    entry.importedAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_store.writeCatalogueEntry(entry, &error))
        return fail(error);

    if (m_kind) {
        // The style given with the data (a manifest's "style"), else the one the layer had
        // before a replace, else the next automatic one of its domain no other layer uses.
        Symbology symbology;
        bool chosen = false;
        if (style.isObject()) {
            QString why;
            chosen = Symbology::fromJson(style.toObject(), &symbology, &why);
            if (!chosen)
                m_report.warnings.append(QCoreApplication::translate("LayerImport", "style not used: %1").arg(why));
        }
        if (!chosen) {
            QList<Symbology> taken;
            for (const CatalogueEntry &other : m_store.catalogue()) {
                if (other.layer == m_name && other.symbologyStored) {
                    symbology = other.symbology;
                    chosen = true;
                }
                if (other.layer != m_name)
                    taken.append(other.symbology);
            }
            if (!chosen)
                symbology = Store::automaticSymbology(entry, taken);
        }
        if (!LayerStyle::write(m_store.db(), m_name, u"geom"_s, *m_kind, symbology, u"ptuj-console"_s, &error))
            return fail(QCoreApplication::translate("LayerImport", "cannot write the style of %1: %2").arg(m_name, explainStoreError(error)));
    }

    SqliteStatement log(m_store.db(), "INSERT INTO ptuj_import_log (layer, source, started_at, finished_at, imported, "
                                      "rejected, repaired, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QString finished = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    log.bind(1, m_name).bind(2, QFileInfo(m_options.source).absoluteFilePath());
    log.bind(3, m_startedAt.toString(Qt::ISODateWithMs)).bind(4, finished);
    log.bind(5, m_report.imported).bind(6, m_report.rejected).bind(7, m_report.repaired);
    log.bind(8, QString::fromUtf8(QJsonDocument(m_report.toJson()).toJson(QJsonDocument::Compact)));
    if (!log.exec())
        return fail(explainStoreError(log.errorString()));
    return true;
}

bool LayerImport::run()
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    if (!prepareCrs())
        return false;
    // Name the operation PROJ picks for this data's area (from the source's extent), for the
    // import log. Finding it costs as much as creating the transformation (80 ms), so it runs
    // on its own thread, with its own PROJ context, while the features are copied.
    std::future<QString> used;
    OGREnvelope env;
    if (m_transform && m_src.GetExtent(&env, FALSE) == OGRERR_NONE) {
        used = std::async(std::launch::async, operationUsedAt, m_report.sourceCrs, m_report.crs,
                          (env.MinX + env.MaxX) / 2, (env.MinY + env.MaxY) / 2);
    }
    if (!createLayer() || !copyFeatures())
        return false;
    if (used.valid()) {
        if (const QString name = used.get(); !name.isEmpty())
            m_report.transformation += u": "_s + name;
    }
    return writeCatalogue();
}

