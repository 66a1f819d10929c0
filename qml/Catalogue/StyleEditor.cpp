#include "StyleEditor.h"

#include "DomainRegistry.h"
#include "SqliteStatement.h"
#include "Store.h"
#include "Symbology.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QtConcurrent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &name)
{
    return u"\""_s + QString(name).replace(u"\""_s, u"\"\""_s) + u"\""_s;
}

int domainIndexOf(const QString &domain)
{
    const auto domains = DomainRegistry::domains();
    for (qsizetype i = 0; i < domains.size(); ++i) {
        if (domains.at(i).id == domain)
            return int(i);
    }
    return 0;
}

} // namespace

StyleEditor::StyleEditor(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] { finish(m_watcher.result()); });
}

StyleEditor::~StyleEditor()
{
    m_watcher.waitForFinished();
}

QStringList StyleEditor::shapes() const { return Symbol::shapeNames(); }
QStringList StyleEditor::dashes() const { return Symbol::dashNames(); }
QStringList StyleEditor::fills() const { return Symbol::fillNames(); }

void StyleEditor::setStatus(Status status, const QString &error)
{
    if (status == m_status && error == m_error)
        return;
    m_status = status;
    m_error = error;
    emit statusChanged();
}

void StyleEditor::run(std::function<Result()> work)
{
    if (m_watcher.isRunning())
        return;
    setStatus(Loading);
    m_watcher.setFuture(QtConcurrent::run(std::move(work)));
}

void StyleEditor::open(const QString &storePath, const QString &layer)
{
    m_storePath = storePath;
    run([storePath, layer] {
        Result r;
        r.action = Result::Open;
        QString error;
        auto store = Store::open(storePath, Store::Mode::ReadOnly, &error);
        const auto entry = store ? store->catalogueEntry(layer) : std::nullopt;
        if (!entry) {
            r.error = store ? QCoreApplication::translate("StyleEditor", "the store has no layer named %1").arg(layer) : error;
            return r;
        }
        const auto kind = Symbology::kindOf(entry->geometryType);
        if (!kind) {
            r.error = QCoreApplication::translate("StyleEditor", "layer %1 has no geometry to style").arg(layer);
            return r;
        }
        r.layer = layer;
        r.domain = entry->domain;
        r.kind = Symbology::kindName(*kind);
        for (const QString &c : store->columnsOf(layer)) {
            if (c != u"fid"_s && c != u"geom"_s)
                r.fields.append(c);
        }
        r.style = entry->symbology.toJson().toVariantMap();
        return r;
    });
}

void StyleEditor::setType(const QString &type)
{
    if (type == m_style.value(u"type"_s).toString())
        return;
    m_style.insert(u"type"_s, type);
    if (type != u"single"_s && m_style.value(u"field"_s).toString().isEmpty() && !m_fields.isEmpty())
        m_style.insert(u"field"_s, m_fields.first());
    emit styleChanged();
}

void StyleEditor::classify(const QString &field, int count)
{
    if (!m_fields.contains(field)) {
        setStatus(Error, QCoreApplication::translate("StyleEditor", "layer %1 has no field %2").arg(m_layer, field));
        return;
    }
    const QString type = m_style.value(u"type"_s).toString() == u"graduated"_s ? u"graduated"_s : u"categorised"_s;
    count = std::clamp(count, 2, 12);
    const QString path = m_storePath, layer = m_layer, domain = m_domain;
    const Symbology::Kind kind = Symbology::kindFromName(m_kind);
    const QVariantMap base = m_style.value(u"symbol"_s).toMap();
    run([path, layer, domain, kind, field, type, count, base] {
        Result r;
        r.action = Result::Classify;
        QString error;
        auto store = Store::open(path, Store::Mode::ReadOnly, &error);
        if (!store) {
            r.error = error;
            return r;
        }
        const QColor domainColor = DomainRegistry::colorOf(domain);
        const int domainIndex = domainIndexOf(domain);
        QJsonArray classes;
        if (type == u"categorised"_s) {
            // Every value, the most frequent first, at most as many as a style may hold; one
            // automatic variant of the domain's family each, so no two classes look alike.
            SqliteStatement q(store->db(), u"SELECT %1, COUNT(*) AS n FROM %2 WHERE %1 IS NOT NULL GROUP BY %1 "
                                           "ORDER BY n DESC, %1 LIMIT %3"_s
                                               .arg(quoted(field), quoted(layer))
                                               .arg(Symbology::kMaxClasses)
                                               .toUtf8()
                                               .constData());
            int i = 0;
            while (q.next()) {
                const QString value = q.text(0);
                const Symbology variant = Symbology::automatic(domainColor, kind, i++, domainIndex);
                classes.append(QJsonObject{{u"value"_s, value}, {u"label_sl"_s, value}, {u"label_en"_s, value},
                                           {u"symbol"_s, variant.symbol.toJson()}});
            }
        } else {
            SqliteStatement q(store->db(), u"SELECT MIN(CAST(%1 AS REAL)), MAX(CAST(%1 AS REAL)) FROM %2 "
                                           "WHERE typeof(%1) IN ('integer', 'real')"_s
                                               .arg(quoted(field), quoted(layer))
                                               .toUtf8()
                                               .constData());
            if (!q.next() || q.value(0).isNull()) {
                r.error = QCoreApplication::translate("StyleEditor", "field %1 holds no numbers to make ranges of").arg(field);
                return r;
            }
            const double lo = q.value(0).toDouble(), hi = q.value(1).toDouble();
            const double step = hi > lo ? (hi - lo) / count : 1;
            // One hue, light to dark: a graduated style reads as "more".
            float h, s, l, a;
            domainColor.getHslF(&h, &s, &l, &a);
            for (int i = 0; i < count; ++i) {
                Symbol symbol;
                QString why;
                Symbol::fromJson(QJsonObject::fromVariantMap(base), &symbol, &why);
                const float t = count > 1 ? float(i) / float(count - 1) : 0.f;
                symbol.color = QColor(QColor::fromHslF(std::max(0.f, h), std::max(0.35f, s), 0.85f - 0.55f * t).name());
                symbol.fill = Symbol::Fill::Solid;
                symbol.fillOpacity = 0.6;
                if (kind == Symbology::Kind::Line)
                    symbol.width = 0.4 + 0.3 * i;
                const double from = lo + step * i, to = i == count - 1 ? hi : lo + step * (i + 1);
                const QString label = u"%1 – %2"_s.arg(QLocale().toString(from, 'g', 6), QLocale().toString(to, 'g', 6));
                classes.append(QJsonObject{{u"min"_s, from}, {u"max"_s, to}, {u"label_sl"_s, label}, {u"label_en"_s, label},
                                           {u"symbol"_s, symbol.toJson()}});
            }
        }
        if (classes.isEmpty()) {
            r.error = QCoreApplication::translate("StyleEditor", "field %1 has no values to make classes of").arg(field);
            return r;
        }
        r.style = QVariantMap{{u"type"_s, type}, {u"field"_s, field}, {u"symbol"_s, base},
                              {u"classes"_s, classes.toVariantList()}};
        return r;
    });
}

void StyleEditor::setSymbolValue(int index, const QString &key, const QVariant &value)
{
    QVariantList classes = m_style.value(u"classes"_s).toList();
    const auto change = [&](QVariantMap symbol) {
        if (key == u"color"_s || key == u"stroke"_s)
            symbol.insert(key, value.value<QColor>().isValid() ? value.value<QColor>().name() : value.toString());
        else
            symbol.insert(key, value);
        return symbol;
    };
    if (index < 0) {
        m_style.insert(u"symbol"_s, change(m_style.value(u"symbol"_s).toMap()));
    } else if (index < classes.size()) {
        QVariantMap c = classes.at(index).toMap();
        c.insert(u"symbol"_s, change(c.value(u"symbol"_s).toMap()));
        classes[index] = c;
        m_style.insert(u"classes"_s, classes);
    } else {
        return;
    }
    emit styleChanged();
}

void StyleEditor::setLabel(int index, const QString &language, const QString &text)
{
    const QString key = language == u"en"_s ? u"label_en"_s : u"label_sl"_s;
    if (index < 0) {
        m_style.insert(language == u"en"_s ? u"other_en"_s : u"other_sl"_s, text);
    } else {
        QVariantList classes = m_style.value(u"classes"_s).toList();
        if (index >= classes.size())
            return;
        QVariantMap c = classes.at(index).toMap();
        c.insert(key, text);
        classes[index] = c;
        m_style.insert(u"classes"_s, classes);
    }
    emit styleChanged();
}

void StyleEditor::save(const QString &author)
{
    Symbology symbology;
    QString why;
    if (!Symbology::fromJson(QJsonObject::fromVariantMap(m_style), &symbology, &why)) {
        setStatus(Error, QCoreApplication::translate("StyleEditor", "The style is not saved: %1").arg(why));
        return;
    }
    const QString path = m_storePath, layer = m_layer;
    run([path, layer, symbology, author] {
        Result r;
        r.action = Result::Save;
        QString error;
        auto store = Store::open(path, Store::Mode::ReadWrite, &error);
        if (!store || !store->writeSymbology(layer, symbology, author, &error)) {
            r.error = QCoreApplication::translate("StyleEditor", "The style is not saved: %1").arg(error);
            return r;
        }
        r.layer = layer;
        r.style = symbology.toJson().toVariantMap();
        return r;
    });
}

void StyleEditor::revert()
{
    m_style = m_loadedStyle;
    emit styleChanged();
}

void StyleEditor::finish(const Result &r)
{
    if (!r.error.isEmpty()) {
        setStatus(Error, r.error);
        return;
    }
    switch (r.action) {
    case Result::Open: {
        m_layer = r.layer;
        m_kind = r.kind;
        m_domain = r.domain;
        m_fields = r.fields;
        m_style = m_loadedStyle = r.style;
        m_palette.clear();
        const QColor domainColor = DomainRegistry::colorOf(r.domain);
        for (int i = 0; i < 5; ++i)
            m_palette.append(Symbology::automatic(domainColor, Symbology::Kind::Point, i).symbol.color);
        for (const Domain &d : DomainRegistry::domains()) {
            if (d.id != r.domain)
                m_palette.append(d.color);
        }
        m_palette.append(QColor(0x1d, 0x1d, 0x1b));
        m_palette.append(QColor(Qt::white));
        setStatus(Ready);
        emit loaded();
        emit styleChanged();
        break;
    }
    case Result::Classify:
        m_style = r.style;
        setStatus(Ready);
        emit styleChanged();
        break;
    case Result::Save:
        m_style = m_loadedStyle = r.style;
        setStatus(Ready);
        emit styleChanged();
        emit saved(r.layer);
        break;
    }
}
