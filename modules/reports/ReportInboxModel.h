#pragma once

#include "Report.h"
#include "ReportQueries.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>

class LabelIndex;

#include <array>
#include <cstdint>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <vector>

class Store;

/// The clerk's inbox: every report of the store, filtered and sorted in memory so a change
/// of filter over 100,000 reports takes milliseconds.
///
/// Set `storePath` and the reports are read on a worker thread (`status` goes Loading →
/// Ready or Error); C++ callers with an open store use load(). Set the filters; call
/// reload() after a ReportService write. The polygon filter takes points as {x, y} or {longitude, latitude}
/// maps, QPointF or [x, y] lists, in `polygonCrs` (EPSG:4326 or EPSG:3794).
class ReportInboxModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString storePath READ storePath WRITE setStorePath NOTIFY storePathChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(QStringList statuses READ statuses WRITE setStatuses NOTIFY filterChanged)
    Q_PROPERTY(QString domain READ domain WRITE setDomain NOTIFY filterChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filterChanged)
    Q_PROPERTY(QString service READ service WRITE setService NOTIFY filterChanged)
    Q_PROPERTY(int maxAgeDays READ maxAgeDays WRITE setMaxAgeDays NOTIFY filterChanged)
    Q_PROPERTY(bool overdueOnly READ overdueOnly WRITE setOverdueOnly NOTIFY filterChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)
    Q_PROPERTY(QVariantList polygon READ polygon WRITE setPolygon NOTIFY filterChanged)
    Q_PROPERTY(QString polygonCrs READ polygonCrs WRITE setPolygonCrs NOTIFY filterChanged)
    Q_PROPERTY(SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY filterChanged)
    Q_PROPERTY(QDateTime referenceTime READ referenceTime WRITE setReferenceTime NOTIFY filterChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        SourceRole,
        ServiceRequestIdRole,
        ServiceCodeRole,
        ServiceNameRole,
        DomainRole,
        UnknownCategoryRole,
        DescriptionRole,
        AddressRole,
        LatitudeRole,
        LongitudeRole,
        XRole,
        YRole,
        LocationSourceRole,
        StatusRole,
        RemoteStatusRole,
        DuplicateOfRole,
        PriorityRole,
        ServiceRole,
        DueAtRole,
        OverdueRole,
        AgeDaysRole,
        PublicAnswerRole,
        LanguageRole,
        AnswerLanguageRole,
        InternalNotesRole,
        MaskedContactRole,
        MediaUrlRole,
        RequestedAtRole,
        UpdatedAtRole,
        LocalUpdatedAtRole,
        ResolvedAtRole,
        WarningsRole,
        IsOpenRole,
    };
    Q_ENUM(Roles)

    enum Status { Null, Loading, Ready, Error };
    Q_ENUM(Status)

    enum SortOrder {
        PriorityThenOldest,  ///< urgent first, then the longest waiting
        NewestFirst,
        OldestFirst,
    };
    Q_ENUM(SortOrder)

    explicit ReportInboxModel(QObject *parent = nullptr);
    ~ReportInboxModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString storePath() const { return m_storePath; }
    void setStorePath(const QString &path);
    int totalCount() const;
    QString errorString() const { return m_error; }
    Status status() const { return m_status; }

    QStringList statuses() const { return m_statuses; }
    void setStatuses(const QStringList &statuses);
    QString domain() const { return m_domain; }
    void setDomain(const QString &domain);
    QString category() const { return m_category; }
    void setCategory(const QString &serviceCode);
    QString service() const { return m_service; }
    void setService(const QString &service);
    int maxAgeDays() const { return m_maxAgeDays; }
    void setMaxAgeDays(int days);
    bool overdueOnly() const { return m_overdueOnly; }
    void setOverdueOnly(bool overdue);
    QString text() const { return m_text; }
    void setText(const QString &text);
    QVariantList polygon() const { return m_polygon; }
    void setPolygon(const QVariantList &polygon);
    QString polygonCrs() const { return m_polygonCrs; }
    void setPolygonCrs(const QString &crs);
    SortOrder sortOrder() const { return m_sortOrder; }
    void setSortOrder(SortOrder order);
    /// "Now" for age and overdue; invalid (the default) means the clock.
    QDateTime referenceTime() const { return m_referenceTime; }
    void setReferenceTime(const QDateTime &time);

    /// Reads every report from `storePath` again on a worker thread (after a write), keeping the filters.
    Q_INVOKABLE void reload();
    /// Reads from an open store on the caller's thread (CLI, tests, benchmarks).
    bool load(Store &store);
    /// Report id of a row, -1 outside.
    Q_INVOKABLE qint64 idAt(int row) const;
    /// Row of a report id among the filtered rows, -1 when filtered out.
    Q_INVOKABLE int rowOf(qint64 id) const;
    /// Every role of a row as a map (for the detail card).
    Q_INVOKABLE QVariantMap get(int row) const;
    /// Only these fids stay (e.g. what the map's selection holds); empty list: no restriction.
    Q_INVOKABLE void setIdFilter(const QList<qint64> &ids);

    /// The filtered reports counted per square cell of cellMetres (D96/TM grid), for a heat or
    /// cluster layer that follows the inbox filters: [{x, y, longitude, latitude, count, open,
    /// meanAgeDays}], each at the mean position of its reports.
    Q_INVOKABLE QVariantList gridCells(double cellMetres) const;
    /// The id of the shown report nearest to a WGS84 position within a distance in
    /// metres, or -1 (a click on the map).
    Q_INVOKABLE qint64 idNear(double longitude, double latitude, double metres) const;
    QList<ReportGridCell> grid(double cellMetres) const;

    /// The report behind a row (C++ callers).
    const Report *reportAt(int row) const;

signals:
    void storePathChanged();
    void statusChanged();
    void countChanged();
    void errorStringChanged();
    void filterChanged();

private:
    struct Entry;
    struct Key;
    struct Loaded;
    static std::shared_ptr<Loaded> read(Store &store);
    void finishLoading();
    void setStatus(Status status);
    void setReports(Loaded &&loaded);
    /// The entries' indexes in a sort order, worked out once per load (on the loader's thread).
    static std::vector<std::uint32_t> sorted(const std::vector<Entry> &entries, SortOrder order);
    void refilter();
    void setError(const QString &error);

    QString m_storePath;
    QString m_error;
    Status m_status = Null;
    QFutureWatcher<std::shared_ptr<Loaded>> m_watcher;
    bool m_reloadPending = false;
    std::vector<Entry> m_all;
    std::array<std::vector<std::uint32_t>, 3> m_orders; // m_all's indexes in each SortOrder
    // What the filters look at, compact and beside each other (m_all's Reports are large and
    // scattered: walking them in a sort order costs a cache miss each).
    std::vector<Key> m_keys;               // one per m_all entry
    QHash<QString, std::uint32_t> m_codes; // status, domain, category and service values → codes
    std::shared_ptr<const LabelIndex> m_texts; // every entry's folded text, for the text filter
    QString m_textMatchesFor;              // the folded text m_textMatches answers
    std::vector<bool> m_textMatches;       // per entry; empty: no text filter
    QList<qsizetype> m_rows;  // indexes into m_all, filtered and sorted

    QStringList m_statuses;
    QString m_domain;
    QString m_category;
    QString m_service;
    int m_maxAgeDays = 0;
    bool m_overdueOnly = false;
    QString m_text;
    QString m_foldedText;
    QVariantList m_polygon;
    QString m_polygonCrs = QStringLiteral("EPSG:4326");
    QList<QPointF> m_polygonD96;
    QRectF m_polygonBox;
    SortOrder m_sortOrder = PriorityThenOldest;
    QDateTime m_referenceTime;
    QList<qint64> m_idFilter;
};
