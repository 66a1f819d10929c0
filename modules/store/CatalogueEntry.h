#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QRectF>
#include <QString>
#include <QStringList>

#include "Symbology.h"

/// A layer's catalogue metadata, as section 7 of the strategy lists it, plus what the
/// importer measured. Stored in the ptuj_catalogue table of the store.
struct CatalogueEntry
{
    QString layer;            ///< table name in the store
    QString domain;           ///< one of the 14 domain ids
    QString titleSl;
    QString titleEn;
    QString descriptionSl;    ///< meaning ("pomen") of the data
    QString descriptionEn;
    QString format;           ///< format of the source, e.g. "ESRI Shapefile"
    QString owner;
    QString updateInterval;
    QString periodOfUse;
    QStringList users;
    QStringList links;        ///< other layers this one relates to
    QString source;
    QString licence;
    QString crs;              ///< e.g. "EPSG:3794"
    QString geometryType;     ///< e.g. "MultiPolygon"
    qint64 featureCount = 0;
    QRectF extent;            ///< in the layer's CRS
    QDateTime importedAt;
    bool illustrative = false; ///< an illustrative sample, not an official dataset
    QString attribution;      ///< short credit shown on the map and prints, e.g. "© GURS, CC BY 4.0"
    QStringList roles;        ///< what the layer is for (LayerRoles ids), e.g. "municipal_boundary"
    Symbology symbology;      ///< how it is drawn: the stored style, else its automatic one
    bool symbologyStored = false; ///< false: nobody chose a style, the automatic one is shown

    QJsonObject toJson() const;
    /// Takes the descriptive fields present in a metadata object (as in a manifest or
    /// an edit); measured fields (count, extent, CRS, format) are left alone.
    /// Returns the names of keys it did not know, so callers can warn about them.
    QStringList applyMetadata(const QJsonObject &metadata);

    /// Names of the keys applyMetadata() accepts.
    static QStringList editableKeys();
};
