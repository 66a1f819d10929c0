#pragma once

#include "InputPolicy.h"

#include <QByteArray>
#include <QString>

/// Nesting checks that run before a document reaches a parser that recurses (Qt's JSON
/// parser, QXmlStreamReader::readElementText, GDAL's json-c): a document nested 100,000
/// deep overflows the stack and takes the whole window down with it.
namespace NestingDepth {

/// Deepest nesting of arrays and objects in JSON text (strings and escapes skipped); stops
/// counting once `limit` is passed.
int json(const QByteArray &data, int limit = InputPolicy::kMaxNestingDepth);
/// Deepest element nesting of an XML document; stops once `limit` is passed. A document
/// QXmlStreamReader rejects for its syntax returns its depth so far (the parser then
/// reports the syntax error).
int xml(const QByteArray &data, int limit = InputPolicy::kMaxNestingDepth);

/// A message when the JSON/XML in `data` is nested deeper than the policy allows, naming
/// `origin`; empty when it is fine.
QString checkJson(const QByteArray &data, const QString &origin);
QString checkXml(const QByteArray &data, const QString &origin);

} // namespace NestingDepth
