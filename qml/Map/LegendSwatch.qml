import QtQuick

// A layer's (or a class's) legend symbol, drawn by the map's own symbol painter: the patch,
// stroke or point symbol the map shows (`kind`, `symbol` as the legend gives it). Without
// a symbol, `color` in the default look.
SymbolSwatch {
    implicitWidth: 16
    implicitHeight: 12
}
