#include "LayerStyle.h"

#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLayerStyle, "ptuj.store.style", QtWarningMsg)

bool LayerStyle::write(sqlite3 *db, const QString &layer, const QString &geometryColumn, Symbology::Kind kind,
                       const Symbology &symbology, const QString &author, QString *errorString)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    SqliteStatement own(db, "INSERT OR REPLACE INTO ptuj_layer_symbology (layer, style, updated_at, updated_by) "
                            "VALUES (?, ?, ?, ?)");
    own.bind(1, layer)
        .bind(2, QString::fromUtf8(QJsonDocument(symbology.toJson()).toJson(QJsonDocument::Compact)))
        .bind(3, now)
        .bind(4, author);
    SqliteStatement del(db, "DELETE FROM layer_styles WHERE f_table_name = ? AND styleName = 'default'");
    del.bind(1, layer);
    SqliteStatement ins(db, "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                            "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, ui) "
                            "VALUES ('', '', ?, ?, 'default', ?, ?, 1, ?, ?, '')");
    ins.bind(1, layer).bind(2, geometryColumn).bind(3, symbology.qgisQml(kind)).bind(4, symbology.sld(layer, kind));
    ins.bind(5, u"Style of the Ptuj Operations Console"_s).bind(6, author.left(30));
    for (SqliteStatement *s : {&own, &del, &ins}) {
        if (!s->exec()) {
            if (errorString)
                *errorString = s->errorString();
            return false;
        }
    }
    return true;
}

QHash<QString, Symbology> LayerStyle::readAll(sqlite3 *db)
{
    QHash<QString, Symbology> out;
    {
        SqliteStatement exists(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ptuj_layer_symbology'");
        if (!exists.next())
            return out;
    }
    SqliteStatement q(db, "SELECT layer, style FROM ptuj_layer_symbology");
    while (q.next()) {
        const QByteArray text = q.text(1).toUtf8();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text.left(1 << 20), &parseError);
        Symbology s;
        QString why;
        if (doc.isObject() && Symbology::fromJson(doc.object(), &s, &why))
            out.insert(q.text(0), s);
        else
            qCWarning(lcLayerStyle) << "style of" << q.text(0) << "not read:" << (why.isEmpty() ? parseError.errorString() : why);
    }
    return out;
}
