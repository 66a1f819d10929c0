// libFuzzer target: Open311 GeoReport v2 answers (JSON, XML, CSV) through Open311::parseRequests
// and parseServices, each input in every format, as a server that sends the wrong
// Content-Type (or a file with the wrong suffix) makes the console read it.

#include "Open311Parser.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// The parsers are linear once the nesting check has run; larger inputs only slow the run.
constexpr size_t kMaxInput = 1024 * 1024;

[[noreturn]] void broken(const char *what, const QString &error)
{
    std::fprintf(stderr, "fuzz_open311: %s (error: \"%s\")\n", what, qUtf8Printable(error));
    std::abort();
}

// A result is either ok or says what is wrong, never both or neither: the importer shows
// `error` to the user when !ok.
template<typename T>
void checkResult(const Open311::Parsed<T> &parsed, const QString &origin)
{
    if (parsed.ok && !parsed.error.isEmpty())
        broken("ok together with an error message", parsed.error);
    if (!parsed.ok && parsed.error.isEmpty())
        broken("refused without an error message", parsed.error);
    if (!parsed.ok && !parsed.error.contains(origin))
        broken("error message does not name the input", parsed.error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > kMaxInput)
        return -1;
    // Not copied: ASan then sees any read past the end of the input.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString origin = u"fuzz-input"_s;

    for (const auto format : {Open311::Format::Auto, Open311::Format::Json, Open311::Format::Xml, Open311::Format::Csv}) {
        checkResult(Open311::parseRequests(bytes, format, origin), origin);
        checkResult(Open311::parseServices(bytes, format, origin), origin);
    }
    for (const QString &hint : {QString(), u"application/json"_s, u"text/xml"_s, u"csv"_s}) {
        const Open311::Format detected = Open311::detectFormat(bytes, hint);
        if (detected == Open311::Format::Auto)
            broken("detectFormat answered Auto", hint);
    }
    return 0;
}
