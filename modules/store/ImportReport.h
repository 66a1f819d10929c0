#pragma once

#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

/// What one import did: counts, CRS handling, and a reason for every feature it rejected
/// or repaired. Failed imports carry the error and leave the store unchanged.
struct ImportReport
{
    struct Item
    {
        qint64 sourceFid = -1;
        QString reason;
    };

    bool ok = false;
    bool cancelled = false;
    QString error;
    QString layer;
    QString source;
    QString format;
    QString sourceCrs;
    QString crs;                 ///< CRS of the layer in the store
    QString transformation;      ///< empty when the data kept its CRS
    qint64 read = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 repaired = 0;
    qint64 emptyGeometry = 0;    ///< imported with no geometry (null or empty)
    qint64 outsideSlovenia = 0;  ///< imported, but lying outside Slovenia: a CRS hint
    QRectF bbox;                 ///< in the store CRS
    QList<Item> rejects;         ///< the first kMaxItems, with their reasons
    QList<Item> repairs;
    QStringList warnings;

    static constexpr int kMaxItems = 1000;

    void reject(qint64 fid, const QString &reason);
    void repair(qint64 fid, const QString &reason);
    QJsonObject toJson() const;
};
