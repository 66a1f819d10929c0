#pragma once

#include "ConsoleContext.h"

#include <QObject>
#include <QQmlEngine>

/// The application context of the QuickTests, as the console's main() would build it
/// (a private copy of the sample store, the test data, the console binary for prints).
/// QuickTest creates the root objects itself, so the tests reach the context here instead
/// of through Main's required property.
class TestSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(ConsoleContext *context READ context CONSTANT)

public:
    explicit TestSession(ConsoleContext *context, QObject *parent = nullptr);
    static TestSession *create(QQmlEngine *engine, QJSEngine *);

    ConsoleContext *context() const { return m_context; }

    /// The context every engine of this test binary gets (set once by the test's setup).
    static void provide(ConsoleContext *context);

private:
    ConsoleContext *m_context;
};
