// Reads of a sensor store with a year of readings, each beside the plain SQL that answers
// the same question, in the same run: the one-year chart at 1,000 px (min/max per pixel in
// SQL) against a SELECT of every row of that year; the latest value of every datastream;
// and the alarm evaluation of a new batch of 1,000 readings (rolled back after each round).
//
//   bench_sensors STORE
#include "AlarmEvaluator.h"
#include "SensorQueries.h"
#include "SqliteStatement.h"
#include "Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double p95(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))];
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_sensors STORE\n");
        return 2;
    }
    QString error;
    auto store = Store::open(QString::fromLocal8Bit(argv[1]), Store::Mode::ReadWrite, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    sqlite3 *db = store->db();
    const auto streams = SensorQueries::datastreams(db);
    if (streams.isEmpty()) {
        std::fprintf(stderr, "no datastreams in the store\n");
        return 1;
    }
    qint64 latest = 0;
    for (const auto &d : streams)
        latest = std::max(latest, d.latestT.value_or(0));
    const qint64 from = latest - 365 * 86400;

    // The chart: a year of one datastream at 1,000 px, against every row of that year.
    std::vector<double> chart, plain;
    qint64 rows = 0;
    for (int round = 0; round < 4; ++round) {
        for (const auto &d : streams) {
            QElapsedTimer t;
            t.start();
            const auto buckets = SensorQueries::buckets(db, d.id, from, latest + 1, 1000);
            chart.push_back(double(t.nsecsElapsed()) / 1e6);
            if (buckets.isEmpty())
                return 1;
            t.restart();
            SqliteStatement q(db, "SELECT t, value FROM sensor_observations WHERE datastream_id = ? AND t BETWEEN ? AND ?");
            q.bind(1, d.id).bind(2, from).bind(3, latest);
            qint64 n = 0;
            double sum = 0;
            while (q.next()) {
                sum += q.real(1);
                ++n;
            }
            plain.push_back(double(t.nsecsElapsed()) / 1e6);
            rows = n;
            if (sum < -1e300)
                std::puts("");
        }
    }
    std::printf("  chart of one year at 1000 px (min/max per pixel): p95 %.2f ms, median %.2f ms (goal p95 <= 50 ms)\n",
                p95(chart), median(chart));
    std::printf("  plain SELECT of the year's %lld rows:               p95 %.2f ms, median %.2f ms\n", rows, p95(plain),
                median(plain));
    std::printf("  ratio chart/plain (p95): %.2f\n", p95(chart) / p95(plain));

    // The latest value of every datastream, as the Sensors page reads it.
    std::vector<double> latestTimes, latestPlain;
    for (int round = 0; round < 50; ++round) {
        QElapsedTimer t;
        t.start();
        const auto list = SensorQueries::datastreams(db);
        latestTimes.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        // The same answer from the observations alone: the newest row per datastream.
        SqliteStatement q(db, "SELECT d.id, (SELECT value FROM sensor_observations o WHERE o.datastream_id = d.id "
                              "ORDER BY t DESC LIMIT 1) FROM sensor_datastreams d");
        int n = 0;
        while (q.next())
            ++n;
        latestPlain.push_back(double(t.nsecsElapsed()) / 1e6);
        if (n != list.size())
            return 1;
    }
    std::printf("  latest value of all %lld datastreams: p95 %.3f ms (goal <= 5 ms); newest row per datastream in SQL: p95 %.3f ms\n",
                qint64(streams.size()), p95(latestTimes), p95(latestPlain));

    // Alarm evaluation of a new batch of 1,000 readings of one datastream with levels, crossing them.
    const auto &d = streams.first();
    sqlite3_exec(db, "INSERT OR REPLACE INTO sensor_levels (datastream_id, name, value, low, origin) "
                     "SELECT id, 'bench', 1e9, 0, 'user' FROM sensor_datastreams LIMIT 1", nullptr, nullptr, nullptr);
    std::vector<SensorObservation> batch;
    for (int i = 0; i < 1000; ++i)
        batch.push_back({latest + (i + 1) * 900, (i % 100 < 50) ? 2e9 : 0.0, {}, 0});
    std::vector<double> evalTimes;
    int raised = 0;
    for (int round = 0; round < 20; ++round) {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        AlarmEvaluator alarms(db);
        QElapsedTimer t;
        t.start();
        if (!alarms.evaluate(d.id, batch, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        evalTimes.push_back(double(t.nsecsElapsed()) / 1e6);
        raised = alarms.raised();
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    sqlite3_exec(db, "DELETE FROM sensor_levels WHERE name = 'bench'", nullptr, nullptr, nullptr);
    std::printf("  alarm evaluation of 1000 new readings (%d alarms raised and cleared): p95 %.2f ms (goal <= 5 ms)\n", raised,
                p95(evalTimes));
    return 0;
}
