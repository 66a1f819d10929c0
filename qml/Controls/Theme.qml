pragma Singleton
import QtQuick

// Colours and sizes shared by the console's panels.
QtObject {
    readonly property color headerColor: "#1f3a5f"
    readonly property color headerTextColor: "#ffffff"
    readonly property color headerSubtleColor: "#c8d3e0"
    readonly property color panelColor: "#f7f7f5"
    readonly property color panelBorderColor: "#d0d0cc"
    readonly property color sectionColor: "#e8ebef"
    readonly property color textColor: "#1d1d1b"
    readonly property color subtleTextColor: "#5f6368"
    readonly property color accentColor: "#2e6da4"
    readonly property color mapBackgroundColor: "#eef0e8"
    readonly property color boundaryColor: "#b03a2e"
    readonly property color districtColor: "#5b6f8a"
    readonly property color settlementColor: "#1f3a5f"
    readonly property color aedColor: "#2e8b57"
}
