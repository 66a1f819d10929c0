import QtQuick
import QtQuick.Controls
import PtujConsole.Controls

// A round-length scale bar (1, 2 or 5 × 10ⁿ m) at most 140 px wide.
Item {
    id: root

    required property real metersPerPixel
    readonly property alias meters: model.meters
    readonly property alias barWidth: model.barWidth

    implicitWidth: 150
    implicitHeight: 26
    objectName: "scaleBar"

    ScaleBarModel {
        id: model
        metersPerPixel: root.metersPerPixel
        maximumWidth: 140
    }

    Label {
        id: label
        anchors.horizontalCenter: bar.horizontalCenter
        anchors.top: parent.top
        font.pixelSize: 11
        text: model.meters >= 1000
              ? qsTr("%1 km").arg((model.meters / 1000).toLocaleString(Qt.locale(), "f", 0))
              : qsTr("%1 m").arg(model.meters.toLocaleString(Qt.locale(), "f", 0))
        textFormat: Text.PlainText
        visible: model.barWidth > 0
    }
    Rectangle {
        id: bar
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 3
        width: model.barWidth
        height: 6
        color: "transparent"
        border.color: Theme.textColor
        border.width: 2
        visible: model.barWidth > 0
    }
}
