import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The selection at a glance: how many features, list them, zoom to them, clear (Esc).
Pane {
    id: root

    required property int count

    signal listRequested()
    signal zoomRequested()
    signal clearRequested()

    padding: 4
    background: Rectangle {
        // Nothing that lands on the panel reaches the map.
        InputBlocker {}
        color: Qt.rgba(1, 1, 1, 0.94)
        border.color: "#c9a227"
        radius: 4
    }

    RowLayout {
        spacing: 6
        Rectangle {
            Layout.preferredWidth: 12
            Layout.preferredHeight: 12
            radius: 6
            color: "#f1c40f"
            border.color: "#1d1d1b"
        }
        Label {
            objectName: "selectionCountLabel"
            text: qsTr("%n feature(s) selected", "", root.count)
            textFormat: Text.PlainText
        }
        ToolButton {
            objectName: "selectionListButton"
            text: qsTr("List")
            onClicked: root.listRequested()
        }
        ToolButton {
            objectName: "selectionZoomButton"
            text: qsTr("Zoom to")
            onClicked: root.zoomRequested()
        }
        ToolButton {
            objectName: "selectionClearButton"
            text: qsTr("Clear (Esc)")
            onClicked: root.clearRequested()
        }
    }
}
