#pragma once

#include <QString>

/// Where the bundled Ptuj sample data lives (build/data in a build tree,
/// share/ptuj-console/data when installed); --data-dir overrides it in the context.
namespace DataPaths {
/// The first of <bin>/../data and <bin>/../share/ptuj-console/data that exists.
QString defaultDirectory();
}
