#include "SensorThingsClient.h"

#include "BoundedHttp.h"
#include "InputPolicy.h"
#include "SensorThingsParser.h"
#include "SensorTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SensorThingsClient", text);
}

void merge(SensorBatch &into, SensorBatch &&from)
{
    into.stations.append(from.stations);
    into.datastreams.append(from.datastreams);
    for (auto it = from.observations.begin(); it != from.observations.end(); ++it)
        into.observations[it.key()].append(it.value());
    into.warnings.append(from.warnings);
    for (const QString &r : std::as_const(from.rejected))
        into.reject(r);
    into.moreRejected += from.moreRejected;
}

} // namespace

SensorThingsClient::SensorThingsClient(QNetworkAccessManager &manager, QUrl base, Options options)
    : m_manager(manager)
    , m_base(std::move(base))
    , m_options(std::move(options))
{
    if (m_options.now == 0)
        m_options.now = QDateTime::currentSecsSinceEpoch();
}

QUrl SensorThingsClient::endpoint(const QString &path) const
{
    QUrl url = m_base;
    QString p = url.path();
    if (!p.endsWith(u'/'))
        p += u'/';
    url.setPath(p + path);
    return url;
}

bool SensorThingsClient::getPages(const QUrl &first, const std::function<std::optional<QString>(const QByteArray &, const QString &)> &page,
                                  QString *error)
{
    BoundedHttp::Limits limits;
    limits.timeoutMs = m_options.timeoutMs;
    QSet<QString> seen;
    QUrl url = first;
    for (int n = 0; url.isValid() && !url.isEmpty(); ++n) {
        const QString address = url.toString(QUrl::FullyEncoded);
        if (seen.contains(address)) {
            *error = tr("%1 sent a next page that it already sent (@iot.nextLink loops); stopped there").arg(m_base.toDisplayString());
            return true; // what came before is good
        }
        if (n >= kMaxPages) {
            *error = tr("%1 sent more than %2 pages; stopped there").arg(m_base.toDisplayString()).arg(kMaxPages);
            return true;
        }
        seen.insert(address);
        ++m_requests;
        const BoundedHttp::Answer a = BoundedHttp::get(m_manager, url, limits, "application/json");
        if (!a.ok) {
            *error = a.error;
            return false;
        }
        const std::optional<QString> next = page(a.body, url.toDisplayString());
        if (!next) // the page could not be read
            return false;
        if (next->isEmpty())
            break;
        const QUrl nextUrl = url.resolved(QUrl(*next));
        if (!InputPolicy::isAllowedRemoteUrl(nextUrl)) {
            *error = tr("%1 sent a next page at %2, which is not an http(s) address; stopped there")
                         .arg(m_base.toDisplayString(), nextUrl.toDisplayString().left(200));
            return true;
        }
        url = nextUrl;
    }
    return true;
}

SensorBatch SensorThingsClient::fetch()
{
    SensorBatch batch;
    if (const QString why = InputPolicy::whyNotEndpoint(m_base); !why.isEmpty()) {
        batch.error = why;
        return batch;
    }
    // Every Thing with its datastreams and their latest readings.
    QUrl things = endpoint(u"Things"_s);
    QUrlQuery q;
    q.addQueryItem(u"$expand"_s, u"Locations,Datastreams($expand=ObservedProperty,Sensor,"
                                 "Observations($orderby=phenomenonTime desc;$top=1))"_s);
    q.addQueryItem(u"$top"_s, QString::number(m_options.pageSize));
    things.setQuery(q);
    QString pageError, stopped;
    const bool ok = getPages(things, [&](const QByteArray &body, const QString &origin) -> std::optional<QString> {
        SensorThingsParser::Page p = SensorThingsParser::parseThings(body, origin);
        if (!p.batch.error.isEmpty()) {
            pageError = p.batch.error;
            return std::nullopt;
        }
        merge(batch, std::move(p.batch));
        return p.nextLink;
    }, &stopped);
    if (!ok) {
        batch.error = pageError.isEmpty() ? stopped : pageError;
        return batch;
    }
    if (!stopped.isEmpty())
        batch.warnings.append(stopped);

    // The readings between the store's latest and the service's latest, where there is a gap.
    const QList<SensorDatastreamInfo> streams = batch.datastreams;
    for (const SensorDatastreamInfo &d : streams) {
        const QString id = SensorBatch::streamId(d.stationCode, d.key);
        const QList<SensorObservation> latest = batch.observations.value(id);
        if (latest.isEmpty() || d.remoteRef.isEmpty())
            continue;
        const qint64 serverLatest =
            std::max_element(latest.cbegin(), latest.cend(), [](const auto &a, const auto &b) { return a.t < b.t; })->t;
        const auto storedIt = m_options.stored.constFind(id);
        const qint64 from = storedIt != m_options.stored.cend() ? *storedIt : m_options.now - m_options.firstFetchSeconds;
        if (serverLatest <= from)
            continue;
        if (storedIt != m_options.stored.cend() && d.intervalSeconds > 0 && serverLatest - from <= d.intervalSeconds)
            continue; // the latest reading is the only new one
        QUrl obs = endpoint(u"Datastreams(%1)/Observations"_s.arg(d.remoteRef));
        QUrlQuery oq;
        oq.addQueryItem(u"$filter"_s, u"phenomenonTime gt %1"_s.arg(SensorTime::toIso(from)));
        oq.addQueryItem(u"$orderby"_s, u"phenomenonTime asc"_s);
        oq.addQueryItem(u"$top"_s, u"1000"_s);
        obs.setQuery(oq);
        QString streamStopped;
        const bool got = getPages(obs, [&](const QByteArray &body, const QString &origin) -> std::optional<QString> {
            SensorThingsParser::Page p = SensorThingsParser::parseObservations(body, origin, d.stationCode, d.key);
            if (!p.batch.error.isEmpty()) {
                pageError = p.batch.error;
                return std::nullopt;
            }
            merge(batch, std::move(p.batch));
            return p.nextLink;
        }, &streamStopped);
        if (!got) {
            // Its latest reading waits too: stored alone it would hide the gap from the next poll.
            batch.observations.remove(id);
            batch.warnings.append(tr("datastream %1 of %2: its new readings could not be fetched (%3); "
                                     "the next poll asks again")
                                      .arg(d.name, d.stationCode, pageError.isEmpty() ? streamStopped : pageError));
            pageError.clear();
        } else if (!streamStopped.isEmpty()) {
            batch.warnings.append(streamStopped);
        }
    }
    return batch;
}
