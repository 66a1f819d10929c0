#pragma once

#include "ReportInboxModel.h"
#include "ReportWorkflow.h"

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
