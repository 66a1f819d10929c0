#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>

#include <memory>

/// The UI language: Slovenian by default, English selectable; remembered between runs.
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)
    Q_PROPERTY(QStringList available READ available CONSTANT)

public:
    static Language *create(QQmlEngine *engine, QJSEngine *);

    QString code() const { return m_code; }
    /// Switches the UI to "sl" or "en"; other codes are ignored with a warning.
    void setCode(const QString &code);
    QStringList available() const;

    /// Starts in this language for this run (--lang) without changing the remembered one.
    void startIn(const QString &code);

signals:
    void codeChanged();

private:
    explicit Language(QQmlEngine *engine);
    bool apply(const QString &code);

    QPointer<QQmlEngine> m_engine;
    std::unique_ptr<QTranslator> m_translator;
    QString m_code;
};
