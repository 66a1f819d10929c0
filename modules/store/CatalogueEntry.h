#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QVariantMap>
#include <QRectF>
#include <QString>
#include <QStringList>

#include "Symbology.h"

/// How a layer's attribute is shown: its alias in each language, or hidden.
struct FieldAlias
{
    QString name;   ///< the attribute's column name
    QString sl;     ///< alias in Slovenian ("" = the column name)
    QString en;     ///< alias in English ("" = the Slovenian alias, else the column name)
    bool hidden = false; ///< a technical field that the identify list and table leave out
};

/// One attribute of a feature as a list shows it: the column, its alias in both languages,
/// the value as text.
struct ShownField
{
    QString name;
    QString sl;
    QString en;
    QString value;
};

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
    QList<FieldAlias> fields; ///< aliases and hidden fields, in the order lists show them

    /// At most this many field entries, each text at most kMaxAliasLength characters.
    static constexpr qsizetype kMaxFields = 500;
    static constexpr qsizetype kMaxAliasLength = 200;

    QJsonObject toJson() const;
    /// Takes the descriptive fields present in a metadata object (as in a manifest or
    /// an edit); measured fields (count, extent, CRS, format) are left alone.
    /// Returns the names of keys it did not know, so callers can warn about them.
    QStringList applyMetadata(const QJsonObject &metadata);

    /// Names of the keys applyMetadata() accepts.
    static QStringList editableKeys();

    /// The "fields" array ([{name, sl, en, hidden}]) as stored and exchanged; fieldsFromJson()
    /// keeps the valid entries (a name, text within the caps, one entry per name).
    QJsonArray fieldsToJson() const;
    static QList<FieldAlias> fieldsFromJson(const QJsonValue &value);

    /// The attributes a list shows for a feature: the catalogue's fields first in its order,
    /// then the others by name; hidden and technical fields (OSM's "@id", "fid", "objectid"
    /// …) and empty values left out.
    QList<ShownField> shownFields(const QVariantMap &attributes) const;
    /// A column's alias in a language ("sl" or "en"), else the column name.
    QString aliasOf(const QString &name, const QString &language) const;
    /// Whether a list leaves the column out: hidden in the catalogue, or technical by its name.
    bool isHiddenField(const QString &name) const;
    static bool isTechnicalField(const QString &name);
};
