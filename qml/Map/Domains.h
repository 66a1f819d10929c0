#pragma once

#include "DomainRegistry.h"

#include <QQmlEngine>

/// Exposes the C++ domain registry to QML as the singleton "Domains".
struct DomainsForeign
{
    Q_GADGET
    QML_FOREIGN(DomainRegistry)
    QML_NAMED_ELEMENT(Domains)
    QML_SINGLETON

public:
    static DomainRegistry *create(QQmlEngine *, QJSEngine *) { return new DomainRegistry; }
};
