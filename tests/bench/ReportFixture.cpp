#include "ReportFixture.h"

#include "CoordinateTransformer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <random>

using namespace Qt::StringLiterals;

namespace ReportFixture {

namespace {
const QStringList kCodes = {u"pothole"_s,  u"street_light"_s, u"illegal_dumping"_s, u"overflowing_bin"_s, u"damaged_bench"_s,
                            u"water_leak"_s, u"fallen_tree"_s, u"graffiti"_s,      u"flooding"_s,        u"illegal_parking"_s,
                            u"playground"_s, u"traffic_sign"_s, u"sewer"_s};

} // namespace

QByteArray requestsJson(int n)
{
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> x(558000, 576000), y(137000, 152000), u(0, 1);
    CoordinateTransformer toWgs84(u"EPSG:3794"_s, u"EPSG:4326"_s);
    const QDateTime start(QDate(2024, 12, 1), QTime(0, 0), QTimeZone::UTC);
    const QStringList statuses = {u"new"_s, u"acknowledged"_s, u"assigned"_s, u"in_progress"_s, u"resolved"_s, u"resolved"_s,
                                  u"resolved"_s, u"rejected"_s};
    const QStringList words = {u"jama"_s, u"luč"_s, u"smeti"_s, u"klop"_s, u"voda"_s, u"drevo"_s, u"grafiti"_s, u"cesta"_s,
                               u"pločnik"_s, u"Čučkova"_s, u"Ormoška"_s, u"Spuhlja"_s};
    QJsonArray array;
    for (int i = 0; i < n; ++i) {
        const QPointF ll = toWgs84.transform(QPointF(x(rng), y(rng))).value_or(QPointF());
        const QDateTime requested = start.addSecs(qint64(u(rng) * 720 * 86400));
        const QString status = statuses[int(u(rng) * statuses.size()) % statuses.size()];
        QString text;
        for (int w = 0; w < 6; ++w)
            text += words[int(u(rng) * words.size()) % words.size()] + u' ';
        array.append(QJsonObject{
            {u"service_request_id"_s, u"B-%1"_s.arg(i)},
            {u"service_code"_s, kCodes[int(u(rng) * kCodes.size()) % kCodes.size()]},
            {u"status"_s, status == u"resolved"_s || status == u"rejected"_s ? u"closed"_s : u"open"_s},
            {u"ptuj_status"_s, status},
            {u"description"_s, text.trimmed()},
            {u"address"_s, u"Ptuj"_s},
            {u"requested_datetime"_s, requested.toString(Qt::ISODate)},
            {u"updated_datetime"_s, requested.addDays(3).toString(Qt::ISODate)},
            {u"lat"_s, ll.y()},
            {u"long"_s, ll.x()},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}


} // namespace ReportFixture
