#pragma once

#include <QStringList>

/// `ptuj-console tiles seed|status|trim`: the store's offline basemap and tile cache.
/// Needs a QGuiApplication (names are drawn with fonts); the offscreen platform will do.
namespace TileCommands {

int run(const QStringList &arguments);

} // namespace TileCommands
