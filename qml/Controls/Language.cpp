#include "Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguage, "ptuj.ui.language")

namespace {
const auto kSettingsKey = u"ui/language"_s;
} // namespace

Language *Language::create(QQmlEngine *engine, QJSEngine *)
{
    return new Language(engine);
}

void Language::startIn(const QString &code)
{
    if (code == m_code || !apply(code))
        return;
    if (m_engine)
        m_engine->retranslate();
    emit codeChanged();
}

Language::Language(QQmlEngine *engine)
    : m_engine(engine)
{
    const QString initial = QSettings().value(kSettingsKey, u"sl"_s).toString();
    if (!apply(initial))
        apply(u"sl"_s);
}

QStringList Language::available() const
{
    return {u"sl"_s, u"en"_s};
}

void Language::setCode(const QString &code)
{
    if (code == m_code)
        return;
    if (!apply(code))
        return;
    QSettings().setValue(kSettingsKey, code);
    if (m_engine)
        m_engine->retranslate();
}

bool Language::apply(const QString &code)
{
    if (!available().contains(code)) {
        qCWarning(lcLanguage) << "unsupported UI language" << code << "- use sl or en";
        return false;
    }
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    // Source strings are English; the English file only holds the plural forms ("1 layer",
    // "2 layers"), the Slovenian one everything.
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(u":/i18n/ptuj-console_"_s + code + u".qm"_s)) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    } else if (code != u"en"_s) {
        qCWarning(lcLanguage) << "no translation for" << code;
        return false;
    }
    QLocale::setDefault(QLocale(code == u"sl"_s ? QLocale::Slovenian : QLocale::English,
                                code == u"sl"_s ? QLocale::Slovenia : QLocale::UnitedKingdom));
    m_code = code;
    emit codeChanged();
    return true;
}
