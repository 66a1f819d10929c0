#include "ptuj_resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares the rcc-generated function where it is used, so it must be
// called outside any namespace (inside ptuj:: it would name ptuj::qInitResources_…).
static void initPtujIcons()
{
    Q_INIT_RESOURCE(ptuj_icons);
}

void ptuj::initResources()
{
    initPtujIcons();
}
