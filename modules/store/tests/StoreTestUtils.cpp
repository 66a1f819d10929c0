#include "StoreTestUtils.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <QCryptographicHash>
#include <QDate>
#include <QFile>

#include <memory>

using namespace Qt::StringLiterals;

bool StoreTestUtils::writeVectorFile(const QString &path, const char *driverName, int epsg, OGRwkbGeometryType type,
                                     const std::vector<Feature> &features, const QStringList &layerOptions,
                                     const QString &layerName, bool addToExisting)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        return false;
    GDALDataset *ds = addToExisting ? GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE)
                                    : driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // the WKT below is x/y, longitude first
    if (epsg)
        srs.importFromEPSG(epsg);
    std::vector<QByteArray> optionBytes;
    std::vector<char *> options;
    for (const QString &o : layerOptions)
        optionBytes.push_back(o.toUtf8());
    for (QByteArray &b : optionBytes)
        options.push_back(b.data());
    options.push_back(nullptr);
    OGRLayer *layer = ds->CreateLayer(layerName.toUtf8().constData(), epsg ? &srs : nullptr, type, options.data());
    bool ok = layer != nullptr;
    if (ok && !features.empty()) {
        for (auto it = features.front().attributes.cbegin(); it != features.front().attributes.cend(); ++it) {
            OGRFieldType t = OFTString;
            switch (it.value().typeId()) {
            case QMetaType::Int: t = OFTInteger; break;
            case QMetaType::LongLong: t = OFTInteger64; break;
            case QMetaType::Double: t = OFTReal; break;
            case QMetaType::QDate: t = OFTDate; break;
            default: break;
            }
            OGRFieldDefn field(it.key().toUtf8().constData(), t);
            ok = ok && layer->CreateField(&field) == OGRERR_NONE;
        }
    }
    for (const Feature &f : features) {
        if (!ok)
            break;
        OGRFeature feature(layer->GetLayerDefn());
        for (auto it = f.attributes.cbegin(); it != f.attributes.cend(); ++it) {
            const QByteArray name = it.key().toUtf8();
            const QVariant &v = it.value();
            switch (v.typeId()) {
            case QMetaType::Int: feature.SetField(name.constData(), v.toInt()); break;
            case QMetaType::LongLong: feature.SetField(name.constData(), GIntBig(v.toLongLong())); break;
            case QMetaType::Double: feature.SetField(name.constData(), v.toDouble()); break;
            case QMetaType::QDate: {
                const QDate d = v.toDate();
                feature.SetField(name.constData(), d.year(), d.month(), d.day());
                break;
            }
            case QMetaType::QByteArray: feature.SetField(name.constData(), v.toByteArray().constData()); break;
            default: feature.SetField(name.constData(), v.toString().toUtf8().constData()); break;
            }
        }
        if (!f.wkt.isEmpty()) {
            OGRGeometry *g = nullptr;
            const QByteArray wkt = f.wkt.toUtf8();
            if (OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &g) != OGRERR_NONE)
                ok = false;
            feature.SetGeometryDirectly(g);
        }
        ok = ok && layer->CreateFeature(&feature) == OGRERR_NONE;
    }
    GDALClose(ds);
    return ok;
}

QByteArray StoreTestUtils::contentHash(const QString &storePath)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(storePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    sqlite3_stmt *tables = nullptr;
    sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_master WHERE type IN ('table','index','trigger','view') "
                           "ORDER BY name", -1, &tables, nullptr);
    QStringList names;
    while (sqlite3_step(tables) == SQLITE_ROW) {
        const auto *name = reinterpret_cast<const char *>(sqlite3_column_text(tables, 0));
        const auto *sql = reinterpret_cast<const char *>(sqlite3_column_text(tables, 1));
        hash.addData(QByteArrayView(name));
        if (sql)
            hash.addData(QByteArrayView(sql));
        const QString n = QString::fromUtf8(name);
        if (!n.startsWith(u"sqlite_"_s))
            names.append(n);
    }
    sqlite3_finalize(tables);
    for (const QString &name : names) {
        const QByteArray sql = u"SELECT * FROM \"%1\" ORDER BY 1"_s.arg(name).toUtf8();
        sqlite3_stmt *rows = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &rows, nullptr) != SQLITE_OK)
            continue; // indexes and triggers
        while (sqlite3_step(rows) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(rows); ++c) {
                const void *blob = sqlite3_column_blob(rows, c);
                hash.addData(QByteArrayView(static_cast<const char *>(blob), blob ? sqlite3_column_bytes(rows, c) : 0));
                hash.addData(QByteArrayView("|"));
            }
        }
        sqlite3_finalize(rows);
    }
    sqlite3_close(db);
    return hash.result().toHex();
}

QString StoreTestUtils::integrityCheck(const QString &storePath)
{
    sqlite3 *db = nullptr;
    QString result = u"cannot open"_s;
    if (sqlite3_open_v2(storePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *q = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &q, nullptr);
        if (sqlite3_step(q) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
        sqlite3_finalize(q);
    }
    sqlite3_close(db);
    return result;
}

QByteArray StoreTestUtils::gridCsv(int count, const QString &nameAtRow, int row, const QByteArray &rawName)
{
    QByteArray csv = "x,y,name,value\n";
    const int side = 1000;
    for (int i = 0; i < count; ++i) {
        const double x = 560000 + (i % side) * 12.5;
        const double y = 138000 + (i / side) * 12.5;
        QByteArray name = "tocka " + QByteArray::number(i);
        if (i == row)
            name = rawName.isEmpty() ? nameAtRow.toUtf8() : rawName;
        csv += QByteArray::number(x, 'f', 2) + ',' + QByteArray::number(y, 'f', 2) + ',' + name + ','
               + QByteArray::number(i) + '\n';
    }
    return csv;
}
