#pragma once

#include "CatalogueEntry.h"

#include <QHash>
#include <QList>
#include <QVariantMap>
#include <QString>

#include <memory>
#include <optional>

class GDALDataset;
class SchemaRegistry;
struct sqlite3;

/// The console's store: one OGC GeoPackage (SQLite, WAL) holding every layer and the
/// application's tables. One instance owns one GDAL dataset and its SQLite connection,
/// so it belongs to one thread at a time.
class Store
{
public:
    enum class Mode {
        ReadOnly,
        ReadWrite,
        Create,   ///< create the file when missing, else open it for writing
    };

    /// Opens (or creates) a store; nullptr with a message a user can act on when it cannot.
    /// Opened for writing, the store first gets every pending step of SchemaRegistry::global()
    /// in one transaction.
    static std::unique_ptr<Store> open(const QString &path, Mode mode, QString *errorString);
    /// The same with the steps of `schema` instead of the global registry's.
    static std::unique_ptr<Store> open(const QString &path, Mode mode, const SchemaRegistry &schema,
                                       QString *errorString);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    bool isWritable() const { return m_writable; }
    GDALDataset *dataset() const { return m_dataset; }
    sqlite3 *db() const { return m_db; }

    /// Starts a transaction that already holds the write lock, so a store locked by another
    /// program is reported here and not halfway through a write.
    bool beginWrite(QString *errorString);
    /// beginWrite() for a write that adds many pages (an import): when no other connection
    /// has the store open, the transaction runs with SQLite's rollback journal, which writes
    /// each new page once instead of twice (WAL, then the checkpoint). The store is in WAL
    /// mode again after commit() or rollback().
    bool beginBulkWrite(QString *errorString);
    bool commit(QString *errorString);
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    /// Feature layers (gpkg_contents rows of data_type 'features'), in name order.
    QStringList layerNames() const;
    bool hasLayer(const QString &name) const;
    /// Column names of a layer's table (fid and geometry included), in table order.
    QStringList columnsOf(const QString &layer) const;
    /// All attributes of the features with these fids, by fid.
    QHash<qint64, QVariantMap> attributesOf(const QString &layer, const QList<qint64> &fids) const;

    QList<CatalogueEntry> catalogue() const;
    std::optional<CatalogueEntry> catalogueEntry(const QString &layer) const;
    /// Inserts or replaces a catalogue row; call inside beginWrite()/commit().
    bool writeCatalogueEntry(const CatalogueEntry &entry, QString *errorString);
    /// Replaces a layer's style (ours and QGIS's default style) in its own transaction.
    bool writeSymbology(const QString &layer, const Symbology &symbology, const QString &author, QString *errorString);
    /// The style a layer gets when nobody chose one: its domain's next variant of its kind
    /// that none of the taken styles uses (administrative areas as outlines).
    static Symbology automaticSymbology(const CatalogueEntry &entry, const QList<Symbology> &taken);
    /// Layers the catalogue gives this role (LayerRoles), by name; empty when none has it.
    QStringList layersWithRole(const QString &role) const;
    /// Edits descriptive catalogue fields of one layer in its own transaction.
    bool updateCatalogue(const QString &layer, const QJsonObject &metadata, QString *errorString);

    /// How long a write waits for another program's lock before giving up.
    static void setBusyTimeout(int milliseconds);
    /// The per-user store: <user data dir>/ptuj.gpkg.
    static QString defaultPath();

private:
    void restoreWal();
    void attachSymbology(QList<CatalogueEntry> &entries) const;
    Store() = default;

    QString m_path;
    GDALDataset *m_dataset = nullptr;
    sqlite3 *m_db = nullptr;
    bool m_writable = false;
    bool m_inTransaction = false;
    bool m_leftWal = false; // beginBulkWrite() switched to the rollback journal
};

/// Turns an SQLite/GDAL message into one a user can act on (locked, damaged, read-only, full).
QString explainStoreError(const QString &message);
