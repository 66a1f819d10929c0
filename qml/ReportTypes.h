#pragma once

#include "ReportInboxModel.h"
#include "ReportWorkflow.h"
#include "Actor.h"

#include <QQmlEngine>

/// The reports module's models in QML (the module itself has no Qt Quick).
struct ReportInboxModelForeign
{
    Q_GADGET
    QML_FOREIGN(ReportInboxModel)
    QML_NAMED_ELEMENT(ReportInboxModel)
};

struct ReportWorkflowForeign
{
    Q_GADGET
    QML_FOREIGN(ReportWorkflow)
    QML_NAMED_ELEMENT(ReportWorkflow)
};

/// Who acts, as a QML value type (the context's `actor`, passed on to the workflow).
struct ActorForeign
{
    Q_GADGET
    QML_FOREIGN(Actor)
    QML_VALUE_TYPE(actor)
    QML_UNCREATABLE("Actors come from the application context")
};
