#pragma once

#include <QColor>
#include <QString>

/// One of the 5 pillars of the strategy that group its domains.
struct Pillar
{
    QString id;
    QString nameSl;
    QString nameEn;
};

/// One of the 14 domains of the strategy; every layer and report belongs to exactly one.
struct Domain
{
    QString id;
    QString nameSl;
    QString nameEn;
    int pillarIndex = -1;
    QColor color;  ///< default style colour of the domain's layers
};
