#pragma once

#include "Actor.h"

#include <QQmlEngine>

/// Who acts, as a QML value type (the context's `actor`, passed on to the workflow).
struct ActorForeign
{
    Q_GADGET
    QML_FOREIGN(Actor)
    QML_VALUE_TYPE(actor)
    QML_UNCREATABLE("Actors come from the application context")
};
