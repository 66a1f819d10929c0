import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// While the store's layers are read (a large store takes seconds): how far it is, and a way
// to stop it — the layers shown before stay.
Pane {
    id: root

    required property MapLayers layers

    visible: layers.status === MapLayers.Loading
    padding: 6
    background: Rectangle {
        // Nothing that lands on the panel reaches the map.
        InputBlocker {}
        color: Qt.rgba(1, 1, 1, 0.94)
        border.color: "#7f8c8d"
        radius: 4
    }

    RowLayout {
        spacing: 8
        Label {
            objectName: "loadingLabel"
            text: qsTr("Loading layers… %1 %").arg(Math.round(root.layers.progress * 100))
            textFormat: Text.PlainText
        }
        ProgressBar {
            Layout.preferredWidth: 140
            from: 0
            to: 1
            value: root.layers.progress
        }
        Button {
            objectName: "loadingCancelButton"
            text: qsTr("Cancel")
            onClicked: root.layers.cancel()
        }
    }
}
