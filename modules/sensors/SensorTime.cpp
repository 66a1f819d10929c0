#include "SensorTime.h"

#include <cstdio>

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, int *year, int *month, int *day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    *year = int(qint64(yoe) + era * 400 + (m <= 2));
    *month = int(m);
    *day = int(d);
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// 01:00 UTC on the last Sunday of the month.
qint64 lastSundayOneUtc(int year, int month)
{
    const qint64 last = daysFromCivil(year, unsigned(month), unsigned(daysInMonth(year, month)));
    const qint64 weekday = ((last % 7) + 7 + 4) % 7; // 1970-01-01 was a Thursday (4); Sunday is 0
    return (last - weekday) * 86400 + 3600;
}

bool digits(QByteArrayView t, qsizetype at, qsizetype n, int *out)
{
    if (at + n > t.size())
        return false;
    int v = 0;
    for (qsizetype i = at; i < at + n; ++i) {
        const char c = t[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

} // namespace

qint64 SensorTime::fromCivil(int year, int month, int day, int hour, int minute, int second)
{
    return daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60 + second;
}

std::optional<SensorTime::Parsed> SensorTime::parseIso(QByteArrayView text)
{
    QByteArrayView t = text.trimmed();
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!digits(t, 0, 4, &y) || t.size() < 10 || t[4] != '-' || !digits(t, 5, 2, &mo) || t[7] != '-'
        || !digits(t, 8, 2, &d))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
        return std::nullopt;
    qsizetype i = 10;
    if (i < t.size()) {
        if ((t[i] != 'T' && t[i] != 't' && t[i] != ' ') || !digits(t, i + 1, 2, &h) || i + 3 >= t.size()
            || t[i + 3] != ':' || !digits(t, i + 4, 2, &mi))
            return std::nullopt;
        i += 6;
        if (i < t.size() && t[i] == ':') {
            if (!digits(t, i + 1, 2, &s))
                return std::nullopt;
            i += 3;
            if (i < t.size() && (t[i] == '.' || t[i] == ',')) {
                ++i;
                const qsizetype start = i;
                while (i < t.size() && t[i] >= '0' && t[i] <= '9')
                    ++i;
                if (i == start || i - start > 9)
                    return std::nullopt;
            }
        }
        // 24:00 is not accepted: no source we read writes it, and it hides date errors.
        if (h > 23 || mi > 59 || s > 60)
            return std::nullopt;
        if (s == 60)
            s = 59; // a leap second holds the last second of its minute
    }
    Parsed p;
    p.seconds = fromCivil(y, mo, d, h, mi, s);
    if (i < t.size()) {
        if (t[i] == 'Z' || t[i] == 'z') {
            ++i;
        } else if (t[i] == '+' || t[i] == '-') {
            const int sign = t[i] == '+' ? 1 : -1;
            int oh = 0, om = 0;
            if (!digits(t, i + 1, 2, &oh))
                return std::nullopt;
            i += 3;
            if (i < t.size() && t[i] == ':')
                ++i;
            if (i < t.size()) {
                if (!digits(t, i, 2, &om))
                    return std::nullopt;
                i += 2;
            }
            if (oh > 14 || om > 59)
                return std::nullopt;
            p.seconds -= sign * (oh * 3600 + om * 60);
        } else {
            return std::nullopt;
        }
        p.hadOffset = true;
    }
    if (i != t.size())
        return std::nullopt;
    return p;
}

bool SensorTime::isSummerTime(qint64 utcSeconds)
{
    int y = 0, m = 0, d = 0;
    civilFromDays(utcSeconds >= 0 ? utcSeconds / 86400 : (utcSeconds - 86399) / 86400, &y, &m, &d);
    return utcSeconds >= lastSundayOneUtc(y, 3) && utcSeconds < lastSundayOneUtc(y, 10);
}

qint64 SensorTime::fromLjubljana(int year, int month, int day, int hour, int minute, bool *ambiguous, bool *skipped)
{
    const qint64 wall = fromCivil(year, month, day, hour, minute, 0);
    const qint64 asSummer = wall - 7200;
    const qint64 asWinter = wall - 3600;
    const bool summerFits = isSummerTime(asSummer);
    const bool winterFits = !isSummerTime(asWinter);
    if (ambiguous)
        *ambiguous = summerFits && winterFits;
    if (skipped)
        *skipped = !summerFits && !winterFits;
    return summerFits ? asSummer : asWinter;
}

QString SensorTime::toIso(qint64 utcSeconds)
{
    const qint64 days = utcSeconds >= 0 ? utcSeconds / 86400 : (utcSeconds - 86399) / 86400;
    const qint64 rest = utcSeconds - days * 86400;
    int y = 0, m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, int(rest / 3600), int(rest / 60 % 60),
                  int(rest % 60));
    return QString::fromLatin1(buf);
}
