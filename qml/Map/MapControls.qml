import QtQuick
import QtQuick.Controls

// The map's buttons and their keys: zoom (Ctrl++ / Ctrl+-), bookmarks, measuring (M),
// whole municipality (Home).
Column {
    id: root

    required property var map
    required property bool measuring
    readonly property alias bookmarksButton: bookmarksButton

    signal measureToggled()
    signal homeRequested()

    function zoomBy(step) {
        root.map.zoomLevel = Math.max(root.map.minimumZoomLevel, Math.min(root.map.maximumZoomLevel,
                                                                          root.map.zoomLevel + step));
    }

    spacing: 4

    RoundButton {
        objectName: "zoomInButton"
        text: qsTr("Zoom in")
        display: AbstractButton.IconOnly
        icon.source: "qrc:/icons/zoom-in.svg"
        icon.width: 20
        icon.height: 20
        onClicked: root.zoomBy(1)
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Zoom in")
    }
    RoundButton {
        objectName: "zoomOutButton"
        text: qsTr("Zoom out")
        display: AbstractButton.IconOnly
        icon.source: "qrc:/icons/zoom-out.svg"
        icon.width: 20
        icon.height: 20
        onClicked: root.zoomBy(-1)
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Zoom out")
    }
    BookmarksButton {
        id: bookmarksButton
        map: root.map
    }
    BasemapButton {
        objectName: "basemapButton"
    }
    RoundButton {
        objectName: "measureButton"
        text: qsTr("Measure distance and area (M)")
        display: AbstractButton.IconOnly
        icon.source: "qrc:/icons/measure.svg"
        icon.width: 20
        icon.height: 20
        checkable: true
        checked: root.measuring
        onClicked: root.measureToggled()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Measure distance and area (M)")
    }
    RoundButton {
        objectName: "homeButton"
        text: qsTr("Whole municipality")
        display: AbstractButton.IconOnly
        icon.source: "qrc:/icons/home.svg"
        icon.width: 20
        icon.height: 20
        onClicked: root.homeRequested()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Whole municipality")
    }

    Shortcut {
        sequences: [StandardKey.ZoomIn]
        onActivated: root.zoomBy(1)
    }
    Shortcut {
        sequences: [StandardKey.ZoomOut]
        onActivated: root.zoomBy(-1)
    }
    Shortcut {
        sequence: "M"
        onActivated: root.measureToggled()
    }
    Shortcut {
        sequence: "Home"
        onActivated: root.homeRequested()
    }
}
