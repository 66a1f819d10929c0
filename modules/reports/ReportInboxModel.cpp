#include "ReportInboxModel.h"

#include <cmath>

#include "CoordinateTransformer.h"
#include "FeatureIndex.h"
#include "PlanarGeometry.h"
#include "ReportRow.h"
#include "SqliteStatement.h"
#include "Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>
#include <limits>

using namespace Qt::StringLiterals;

struct ReportInboxModel::Entry
{
    Report report;
    qint64 requestedMs = 0;
    qint64 dueMs = 0;      // 0: no due date
};

struct ReportInboxModel::Key
{
    std::uint32_t status = 0, domain = 0, category = 0, service = 0; // codes of m_codes
    bool open = false;
    bool hasPosition = false;
    qint64 requestedMs = 0;
    qint64 dueMs = 0;
    qint64 id = 0;
    QPointF position;
};

struct ReportInboxModel::Loaded
{
    std::vector<Entry> entries;
    std::array<std::vector<std::uint32_t>, 3> orders;
    std::vector<Key> keys;
    QHash<QString, std::uint32_t> codes;
    std::shared_ptr<const LabelIndex> texts;
    QString error;
};

namespace {
// The code of a filter value no report has.
constexpr std::uint32_t kNoCode = std::numeric_limits<std::uint32_t>::max();
} // namespace

namespace {

std::optional<QPointF> pointFrom(const QVariant &v)
{
    if (v.canConvert<QPointF>() && v.typeId() == QMetaType::QPointF)
        return v.toPointF();
    const QVariantMap m = v.toMap();
    if (m.contains(u"x"_s) && m.contains(u"y"_s))
        return QPointF(m.value(u"x"_s).toDouble(), m.value(u"y"_s).toDouble());
    if (m.contains(u"longitude"_s) && m.contains(u"latitude"_s))
        return QPointF(m.value(u"longitude"_s).toDouble(), m.value(u"latitude"_s).toDouble());
    const QVariantList l = v.toList();
    if (l.size() >= 2)
        return QPointF(l[0].toDouble(), l[1].toDouble());
    return std::nullopt;
}

} // namespace

ReportInboxModel::ReportInboxModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ReportInboxModel::finishLoading);
}

ReportInboxModel::~ReportInboxModel()
{
    m_watcher.waitForFinished();
}

int ReportInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportInboxModel::totalCount() const
{
    return int(m_all.size());
}

const Report *ReportInboxModel::reportAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_all[size_t(m_rows[row])].report;
}

QVariant ReportInboxModel::data(const QModelIndex &index, int role) const
{
    const Report *r = index.isValid() ? reportAt(index.row()) : nullptr;
    if (!r)
        return {};
    const QDateTime now = m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
    switch (role) {
    case Qt::DisplayRole:
    case DescriptionRole: return r->description;
    case IdRole: return r->id;
    case SourceRole: return r->source;
    case ServiceRequestIdRole: return r->serviceRequestId;
    case ServiceCodeRole: return r->serviceCode;
    case ServiceNameRole: return r->serviceName;
    case DomainRole: return r->domain;
    case UnknownCategoryRole: return r->unknownCategory;
    case AddressRole: return r->address;
    case LatitudeRole: return r->lat ? QVariant(*r->lat) : QVariant();
    case LongitudeRole: return r->lon ? QVariant(*r->lon) : QVariant();
    case XRole: return r->position ? QVariant(r->position->x()) : QVariant();
    case YRole: return r->position ? QVariant(r->position->y()) : QVariant();
    case LocationSourceRole: return r->locationSource;
    case StatusRole: return r->status;
    case RemoteStatusRole: return r->remoteStatus;
    case DuplicateOfRole: return r->duplicateOf;
    case PriorityRole: return r->priority;
    case ServiceRole: return r->service;
    case DueAtRole: return r->dueAt;
    case OverdueRole: return r->isOverdue(now);
    case AgeDaysRole: return r->requestedAt.isValid() ? r->requestedAt.daysTo(now) : 0;
    case PublicAnswerRole: return r->publicAnswer;
    case LanguageRole: return r->language;
    case AnswerLanguageRole: return r->answerLanguage;
    case InternalNotesRole: return r->internalNotes;
    case MaskedContactRole: return r->maskedContact();
    case MediaUrlRole: return r->mediaUrl;
    case RequestedAtRole: return r->requestedAt;
    case UpdatedAtRole: return r->updatedAt;
    case LocalUpdatedAtRole: return r->localUpdatedAt;
    case ResolvedAtRole: return r->resolvedAt;
    case WarningsRole: return r->warnings;
    case IsOpenRole: return r->isOpen();
    default: return {};
    }
}

QHash<int, QByteArray> ReportInboxModel::roleNames() const
{
    return {
        {IdRole, "reportId"},
        {SourceRole, "source"},
        {ServiceRequestIdRole, "serviceRequestId"},
        {ServiceCodeRole, "serviceCode"},
        {ServiceNameRole, "serviceName"},
        {DomainRole, "domain"},
        {UnknownCategoryRole, "unknownCategory"},
        {DescriptionRole, "description"},
        {AddressRole, "address"},
        {LatitudeRole, "latitude"},
        {LongitudeRole, "longitude"},
        {XRole, "x"},
        {YRole, "y"},
        {LocationSourceRole, "locationSource"},
        {StatusRole, "status"},
        {RemoteStatusRole, "remoteStatus"},
        {DuplicateOfRole, "duplicateOf"},
        {PriorityRole, "priority"},
        {ServiceRole, "service"},
        {DueAtRole, "dueAt"},
        {OverdueRole, "overdue"},
        {AgeDaysRole, "ageDays"},
        {PublicAnswerRole, "publicAnswer"},
        {LanguageRole, "language"},
        {AnswerLanguageRole, "answerLanguage"},
        {InternalNotesRole, "internalNotes"},
        {MaskedContactRole, "maskedContact"},
        {MediaUrlRole, "mediaUrl"},
        {RequestedAtRole, "requestedAt"},
        {UpdatedAtRole, "updatedAt"},
        {LocalUpdatedAtRole, "localUpdatedAt"},
        {ResolvedAtRole, "resolvedAt"},
        {WarningsRole, "warnings"},
        {IsOpenRole, "isOpen"},
    };
}

void ReportInboxModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorStringChanged();
}

void ReportInboxModel::setStorePath(const QString &path)
{
    if (m_storePath == path)
        return;
    m_storePath = path;
    emit storePathChanged();
    reload();
}

void ReportInboxModel::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged();
}

void ReportInboxModel::reload()
{
    if (m_storePath.isEmpty()) {
        setStatus(Null);
        return;
    }
    if (m_watcher.isRunning()) {
        m_reloadPending = true;
        return;
    }
    setStatus(Loading);
    const QString path = m_storePath;
    // The worker opens its own store: a Store belongs to one thread.
    m_watcher.setFuture(QtConcurrent::run([path] {
        QString error;
        const auto store = Store::open(path, Store::Mode::ReadOnly, &error);
        if (!store) {
            auto failed = std::make_shared<Loaded>();
            failed->error = error;
            return failed;
        }
        return read(*store);
    }));
}

void ReportInboxModel::finishLoading()
{
    const std::shared_ptr<Loaded> loaded = m_watcher.result();
    if (m_reloadPending) {
        m_reloadPending = false;
        m_watcher.setFuture({});
        reload();
        return;
    }
    if (!loaded->error.isEmpty()) {
        setError(loaded->error);
        setStatus(Error);
        return;
    }
    setError({});
    setReports(std::move(*loaded));
    setStatus(Ready);
}

bool ReportInboxModel::load(Store &store)
{
    const std::shared_ptr<Loaded> loaded = read(store);
    if (!loaded->error.isEmpty()) {
        setError(loaded->error);
        setStatus(Error);
        return false;
    }
    setError({});
    setReports(std::move(*loaded));
    setStatus(Ready);
    return true;
}

std::shared_ptr<ReportInboxModel::Loaded> ReportInboxModel::read(Store &store)
{
    auto out = std::make_shared<Loaded>();
    SqliteStatement q(store.db(), QByteArray("SELECT ").append(ReportRow::selectColumns()).append(" FROM reports").constData());
    if (!q.isValid()) {
        out->error = QCoreApplication::translate("ReportInboxModel", "the store has no reports table (%1); open it once for writing to update it").arg(q.errorString());
        return out;
    }
    while (q.next()) {
        Entry e;
        e.report = ReportRow::read(q);
        const Report &r = e.report;
        e.requestedMs = r.requestedAt.isValid() ? r.requestedAt.toMSecsSinceEpoch() : 0;
        e.dueMs = r.dueAt.isValid() ? r.dueAt.toMSecsSinceEpoch() : 0;
        out->entries.push_back(std::move(e));
    }
    if (!q.errorString().isEmpty())
        out->error = explainStoreError(q.errorString());
    // Sorted here, once: a filter change then only walks the order it shows.
    for (const SortOrder order : {PriorityThenOldest, NewestFirst, OldestFirst})
        out->orders[size_t(order)] = sorted(out->entries, order);
    const auto code = [&codes = out->codes](const QString &value) {
        return codes.contains(value) ? codes.value(value) : codes.insert(value, std::uint32_t(codes.size())).value();
    };
    out->keys.reserve(out->entries.size());
    // What the text filter searches (id, category, description, address), folded once into
    // one block of text, as the map's search does.
    QStringList texts;
    texts.reserve(qsizetype(out->entries.size()));
    for (const Entry &e : out->entries) {
        const Report &r = e.report;
        out->keys.push_back({code(r.status), code(r.domain), code(r.serviceCode), code(r.service), r.isOpen(),
                             r.position.has_value(), e.requestedMs, e.dueMs, r.id, r.position.value_or(QPointF())});
        texts.append(r.serviceRequestId + u' ' + r.serviceName + u' ' + r.serviceCode + u' ' + r.description + u' '
                     + r.address);
    }
    out->texts = std::make_shared<const LabelIndex>(texts);
    return out;
}

std::vector<std::uint32_t> ReportInboxModel::sorted(const std::vector<Entry> &all, SortOrder order)
{
    std::vector<std::uint32_t> rows(all.size());
    std::iota(rows.begin(), rows.end(), 0u);
    switch (order) {
    case PriorityThenOldest:
        std::sort(rows.begin(), rows.end(), [&all](std::uint32_t a, std::uint32_t b) {
            const Entry &x = all[a], &y = all[b];
            if (x.report.priority != y.report.priority)
                return x.report.priority < y.report.priority;
            if (x.requestedMs != y.requestedMs)
                return x.requestedMs < y.requestedMs;
            return x.report.id < y.report.id;
        });
        break;
    case NewestFirst:
    case OldestFirst: {
        const bool newest = order == NewestFirst;
        std::sort(rows.begin(), rows.end(), [&all, newest](std::uint32_t a, std::uint32_t b) {
            const Entry &x = all[a], &y = all[b];
            if (x.requestedMs != y.requestedMs)
                return newest ? x.requestedMs > y.requestedMs : x.requestedMs < y.requestedMs;
            return x.report.id < y.report.id;
        });
        break;
    }
    }
    return rows;
}

void ReportInboxModel::setReports(Loaded &&loaded)
{
    beginResetModel();
    m_all = std::move(loaded.entries);
    m_orders = std::move(loaded.orders);
    m_keys = std::move(loaded.keys);
    m_codes = std::move(loaded.codes);
    m_texts = std::move(loaded.texts);
    m_textMatches.clear();
    m_rows.clear();
    endResetModel();
    refilter();
}

void ReportInboxModel::refilter()
{
    const QDateTime now = m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 oldestMs = m_maxAgeDays > 0 ? now.addDays(-m_maxAgeDays).toMSecsSinceEpoch() : 0;
    const auto codeOf = [this](const QString &value) { return m_codes.value(value, kNoCode); };
    QSet<std::uint32_t> statuses;
    for (const QString &status : m_statuses)
        statuses.insert(codeOf(status));
    const std::uint32_t domain = m_domain.isEmpty() ? kNoCode : codeOf(m_domain);
    const std::uint32_t category = m_category.isEmpty() ? kNoCode : codeOf(m_category);
    const std::uint32_t service = m_service.isEmpty() ? kNoCode : codeOf(m_service);
    const QSet<qint64> ids(m_idFilter.cbegin(), m_idFilter.cend());
    const bool byPolygon = m_polygonD96.size() >= 3;
    // The text filter as one scan of all texts, front to back, made again only when the text
    // changes (another filter changing keeps it).
    if (m_textMatchesFor != m_foldedText || m_textMatches.size() != m_keys.size()) {
        m_textMatchesFor = m_foldedText;
        m_textMatches.clear();
        if (!m_foldedText.isEmpty())
            m_textMatches.assign(m_keys.size(), false);
        if (!m_foldedText.isEmpty() && m_texts) {
            for (const LabelIndex::Hit &hit : m_texts->find(m_foldedText, std::numeric_limits<int>::max()))
                m_textMatches[hit.feature] = true;
        }
    }
    const std::vector<bool> &textMatches = m_textMatches;

    QList<qsizetype> rows;
    rows.reserve(qsizetype(m_all.size()));
    // Walked in the chosen order, which the loader sorted once: no sort per keystroke.
    const std::vector<std::uint32_t> &order = m_orders[size_t(m_sortOrder)];
    for (const std::uint32_t i : order) {
        const Key &k = m_keys[i];
        if (!statuses.isEmpty() && !statuses.contains(k.status))
            continue;
        if (!m_domain.isEmpty() && k.domain != domain)
            continue;
        if (!m_category.isEmpty() && k.category != category)
            continue;
        if (!m_service.isEmpty() && k.service != service)
            continue;
        if (oldestMs && k.requestedMs < oldestMs)
            continue;
        if (m_overdueOnly && !(k.open && k.dueMs && k.dueMs < nowMs))
            continue;
        if (!ids.isEmpty() && !ids.contains(k.id))
            continue;
        if (byPolygon) {
            if (!k.hasPosition || !m_polygonBox.contains(k.position) || !PlanarGeometry::ringContains(m_polygonD96, k.position))
                continue;
        }
        if (!textMatches.empty() && !textMatches[i])
            continue;
        rows.append(qsizetype(i));
    }
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != m_rows.size())
        emit countChanged();
}

qint64 ReportInboxModel::idAt(int row) const
{
    const Report *r = reportAt(row);
    return r ? r->id : -1;
}

int ReportInboxModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_all[size_t(m_rows[i])].report.id == id)
            return int(i);
    }
    return -1;
}

QVariantMap ReportInboxModel::get(int row) const
{
    QVariantMap out;
    const QModelIndex i = index(row);
    if (!i.isValid())
        return out;
    const auto roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(i, it.key()));
    return out;
}

QList<ReportGridCell> ReportInboxModel::grid(double cellMetres) const
{
    QList<ReportGridCell> out;
    if (!(cellMetres > 0))
        return out;
    QHash<quint64, qsizetype> cells;
    // Each cell sits where its reports are (their mean position), so a single report is
    // drawn on its own place and a cluster on its centre of mass.
    std::vector<QPointF> sums;
    const QDateTime now = m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
    for (const qsizetype i : m_rows) {
        const Report &r = m_all[size_t(i)].report;
        if (!r.position)
            continue;
        // D96/TM coordinates are positive in Slovenia: the integer cast is a floor.
        const auto gx = quint32(r.position->x() / cellMetres), gy = quint32(r.position->y() / cellMetres);
        const quint64 key = (quint64(gx) << 32) | gy;
        auto it = cells.find(key);
        if (it == cells.end()) {
            it = cells.insert(key, out.size());
            out.append(ReportGridCell());
            sums.emplace_back(0, 0);
        }
        ReportGridCell &cell = out[*it];
        ++cell.count;
        if (r.isOpen())
            ++cell.open;
        sums[size_t(*it)] += *r.position;
        if (r.requestedAt.isValid())
            cell.meanAgeDays += r.requestedAt.secsTo(now) / 86400.0;
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        out[i].centre = sums[size_t(i)] / out[i].count;
        out[i].meanAgeDays /= out[i].count;
    }
    std::vector<double> xs, ys;
    xs.reserve(size_t(out.size()));
    ys.reserve(size_t(out.size()));
    for (const ReportGridCell &c : std::as_const(out)) {
        xs.push_back(c.centre.x());
        ys.push_back(c.centre.y());
    }
    const CoordinateTransformer &toWgs84 = *CoordinateTransformer::forThread(u"EPSG:3794"_s, u"EPSG:4326"_s);
    toWgs84.transform(xs, ys);
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].centreLonLat = QPointF(xs[size_t(i)], ys[size_t(i)]);
    return out;
}

QVariantList ReportInboxModel::gridCells(double cellMetres) const
{
    QVariantList out;
    for (const ReportGridCell &c : grid(cellMetres))
        out.append(QVariantMap{{u"x"_s, c.centre.x()},
                               {u"y"_s, c.centre.y()},
                               {u"longitude"_s, c.centreLonLat.x()},
                               {u"latitude"_s, c.centreLonLat.y()},
                               {u"count"_s, c.count},
                               {u"open"_s, c.open},
                               {u"meanAgeDays"_s, c.meanAgeDays}});
    return out;
}

qint64 ReportInboxModel::idNear(double longitude, double latitude, double metres) const
{
    // Local metres (equirectangular) are exact enough within a click's reach.
    const PlanarGeometry::LocalMetres local(QPointF(longitude, latitude));
    qint64 best = -1;
    double bestDistance = metres;
    for (int row = 0; row < rowCount(); ++row) {
        const Report *r = reportAt(row);
        if (!r || !r->lat || !r->lon)
            continue;
        const QPointF d = local(QPointF(*r->lon, *r->lat));
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = r->id;
        }
    }
    return best;
}

void ReportInboxModel::setIdFilter(const QList<qint64> &ids)
{
    m_idFilter = ids;
    emit filterChanged();
    refilter();
}

#define PTUJ_INBOX_SETTER(Setter, member, Type)                                                                        \
    void ReportInboxModel::Setter(Type value)                                                                          \
    {                                                                                                                  \
        if (member == value)                                                                                           \
            return;                                                                                                    \
        member = value;                                                                                                \
        emit filterChanged();                                                                                          \
        refilter();                                                                                                    \
    }

// The filter setters differ only in their member; one definition each keeps them uniform.
PTUJ_INBOX_SETTER(setStatuses, m_statuses, const QStringList &)
PTUJ_INBOX_SETTER(setDomain, m_domain, const QString &)
PTUJ_INBOX_SETTER(setCategory, m_category, const QString &)
PTUJ_INBOX_SETTER(setService, m_service, const QString &)
PTUJ_INBOX_SETTER(setMaxAgeDays, m_maxAgeDays, int)
PTUJ_INBOX_SETTER(setOverdueOnly, m_overdueOnly, bool)
PTUJ_INBOX_SETTER(setSortOrder, m_sortOrder, SortOrder)
PTUJ_INBOX_SETTER(setReferenceTime, m_referenceTime, const QDateTime &)
#undef PTUJ_INBOX_SETTER

void ReportInboxModel::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_foldedText = ReportText::fold(text.trimmed());
    emit filterChanged();
    refilter();
}

void ReportInboxModel::setPolygon(const QVariantList &polygon)
{
    if (m_polygon == polygon)
        return;
    m_polygon = polygon;
    m_polygonD96.clear();
    const bool d96 = m_polygonCrs == u"EPSG:3794"_s;
    const CoordinateTransformer &toD96 = *CoordinateTransformer::forThread(u"EPSG:4326"_s, u"EPSG:3794"_s);
    for (const QVariant &v : polygon) {
        const auto p = pointFrom(v);
        if (!p)
            continue;
        const auto q = d96 ? p : toD96.transform(*p);
        if (q)
            m_polygonD96.append(*q);
    }
    double minX = qInf(), minY = qInf(), maxX = -qInf(), maxY = -qInf();
    for (const QPointF &p : std::as_const(m_polygonD96)) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    m_polygonBox = m_polygonD96.isEmpty() ? QRectF() : QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    emit filterChanged();
    refilter();
}

void ReportInboxModel::setPolygonCrs(const QString &crs)
{
    if (m_polygonCrs == crs)
        return;
    m_polygonCrs = crs;
    const QVariantList points = m_polygon;
    m_polygon.clear();
    setPolygon(points);
}
