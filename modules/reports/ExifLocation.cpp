#include "ExifLocation.h"

#include <libexif/exif-data.h>
#include <libexif/exif-utils.h>

#include <cmath>
#include <cstdlib>
#include <cstring>

namespace {

std::optional<double> degrees(ExifData *data, ExifTag valueTag, ExifTag refTag, char negativeRef)
{
    ExifContent *gps = data->ifd[EXIF_IFD_GPS];
    ExifEntry *value = exif_content_get_entry(gps, valueTag);
    if (!value || value->format != EXIF_FORMAT_RATIONAL || value->components < 3)
        return std::nullopt;
    const ExifByteOrder order = exif_data_get_byte_order(data);
    double parts[3];
    for (int i = 0; i < 3; ++i) {
        const ExifRational r = exif_get_rational(value->data + 8 * i, order);
        if (r.denominator == 0)
            return std::nullopt;
        parts[i] = double(r.numerator) / double(r.denominator);
    }
    double result = parts[0] + parts[1] / 60.0 + parts[2] / 3600.0;
    ExifEntry *ref = exif_content_get_entry(gps, refTag);
    if (ref && ref->size > 0 && ref->data && char(ref->data[0]) == negativeRef)
        result = -result;
    return result;
}

void addEntry(ExifContent *ifd, ExifTag tag, ExifFormat format, unsigned long components, const void *bytes,
              unsigned int size)
{
    ExifEntry *e = exif_entry_new();
    e->tag = tag;
    e->format = format;
    e->components = components;
    e->size = size;
    // libexif frees entry data with its default allocator (free).
    e->data = static_cast<unsigned char *>(std::malloc(size));
    std::memcpy(e->data, bytes, size);
    exif_content_add_entry(ifd, e);
    exif_entry_unref(e);
}

void addDegrees(ExifContent *ifd, ExifTag tag, double value, ExifByteOrder order)
{
    unsigned char bytes[24];
    const double a = std::abs(value);
    const auto d = ExifLong(a);
    const auto m = ExifLong((a - d) * 60);
    const auto s = ExifLong(std::llround(((a - d) * 60 - m) * 60 * 10000));
    exif_set_rational(bytes, order, {d, 1});
    exif_set_rational(bytes + 8, order, {m, 1});
    exif_set_rational(bytes + 16, order, {s, 10000});
    addEntry(ifd, tag, EXIF_FORMAT_RATIONAL, 3, bytes, sizeof bytes);
}

} // namespace

std::optional<QPointF> ExifLocation::read(const QByteArray &jpeg)
{
    if (jpeg.size() < 4)
        return std::nullopt;
    ExifData *data = exif_data_new_from_data(reinterpret_cast<const unsigned char *>(jpeg.constData()),
                                             static_cast<unsigned int>(jpeg.size()));
    if (!data)
        return std::nullopt;
    const auto lat = degrees(data, ExifTag(EXIF_TAG_GPS_LATITUDE), ExifTag(EXIF_TAG_GPS_LATITUDE_REF), 'S');
    const auto lon = degrees(data, ExifTag(EXIF_TAG_GPS_LONGITUDE), ExifTag(EXIF_TAG_GPS_LONGITUDE_REF), 'W');
    exif_data_unref(data);
    if (!lat || !lon || !std::isfinite(*lat) || !std::isfinite(*lon))
        return std::nullopt;
    return QPointF(*lon, *lat);
}

QByteArray ExifLocation::gpsExifBlock(double lon, double lat)
{
    ExifData *data = exif_data_new();
    const ExifByteOrder order = EXIF_BYTE_ORDER_INTEL;
    exif_data_set_byte_order(data, order);
    ExifContent *gps = data->ifd[EXIF_IFD_GPS];
    const char north[2] = {lat < 0 ? 'S' : 'N', 0};
    const char east[2] = {lon < 0 ? 'W' : 'E', 0};
    addEntry(gps, ExifTag(EXIF_TAG_GPS_LATITUDE_REF), EXIF_FORMAT_ASCII, 2, north, 2);
    addDegrees(gps, ExifTag(EXIF_TAG_GPS_LATITUDE), lat, order);
    addEntry(gps, ExifTag(EXIF_TAG_GPS_LONGITUDE_REF), EXIF_FORMAT_ASCII, 2, east, 2);
    addDegrees(gps, ExifTag(EXIF_TAG_GPS_LONGITUDE), lon, order);
    unsigned char *bytes = nullptr;
    unsigned int size = 0;
    exif_data_save_data(data, &bytes, &size);
    QByteArray block(reinterpret_cast<const char *>(bytes), qsizetype(size));
    std::free(bytes);
    exif_data_unref(data);
    return block;
}

QByteArray ExifLocation::minimalJpegWithGps(double lon, double lat)
{
    const QByteArray exif = gpsExifBlock(lon, lat);
    QByteArray jpeg("\xFF\xD8\xFF\xE1", 4);
    const auto length = quint16(exif.size() + 2);
    jpeg.append(char(length >> 8)).append(char(length & 0xFF));
    jpeg.append(exif);
    jpeg.append("\xFF\xD9", 2);
    return jpeg;
}
