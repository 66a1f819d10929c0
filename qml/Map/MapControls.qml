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

    MapButton {
        objectName: "zoomInButton"
        text: qsTr("Zoom in")
        icon.source: "qrc:/icons/zoom-in.svg"
        onClicked: root.zoomBy(1)
    }
    MapButton {
        objectName: "zoomOutButton"
        text: qsTr("Zoom out")
        icon.source: "qrc:/icons/zoom-out.svg"
        onClicked: root.zoomBy(-1)
    }
    BookmarksButton {
        id: bookmarksButton
        map: root.map
    }
    BasemapButton {
        objectName: "basemapButton"
    }
    MapButton {
        objectName: "measureButton"
        text: qsTr("Measure distance and area (M)")
        icon.source: "qrc:/icons/measure.svg"
        checkable: true
        checked: root.measuring
        onClicked: root.measureToggled()
    }
    MapButton {
        objectName: "homeButton"
        text: qsTr("Whole municipality")
        icon.source: "qrc:/icons/home.svg"
        onClicked: root.homeRequested()
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
