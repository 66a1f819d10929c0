#include "TestSession.h"

namespace {
// Test-binary only: QuickTest offers no other way to hand an object to every test file.
ConsoleContext *g_context = nullptr;
}

TestSession::TestSession(ConsoleContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

TestSession *TestSession::create(QQmlEngine *engine, QJSEngine *)
{
    return new TestSession(g_context, engine);
}

void TestSession::provide(ConsoleContext *context)
{
    g_context = context;
}
