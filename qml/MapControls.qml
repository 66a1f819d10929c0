import QtQuick
import QtQuick.Controls

// The map's buttons: zoom, bookmarks, measuring, whole municipality.
Column {
    id: root

    required property var map
    required property bool measuring
    readonly property alias bookmarksButton: bookmarksButton

    signal measureToggled()
    signal homeRequested()

    spacing: 4

    RoundButton {
        objectName: "zoomInButton"
        text: "+"
        onClicked: root.map.zoomLevel = Math.min(root.map.maximumZoomLevel, root.map.zoomLevel + 1)
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Zoom in")
    }
    RoundButton {
        objectName: "zoomOutButton"
        text: "−"
        onClicked: root.map.zoomLevel = Math.max(root.map.minimumZoomLevel, root.map.zoomLevel - 1)
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Zoom out")
    }
    BookmarksButton {
        id: bookmarksButton
        map: root.map
    }
    RoundButton {
        objectName: "measureButton"
        text: "↔"
        checkable: true
        checked: root.measuring
        onClicked: root.measureToggled()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Measure distance and area (M)")
    }
    RoundButton {
        objectName: "homeButton"
        text: "⌂"
        onClicked: root.homeRequested()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Whole municipality")
    }
}
