import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls
import PtujConsole.Map

// Cursor position in WGS84 and D96/TM, zoom level and scale bar.
Pane {
    id: root

    required property var cursorCoordinate
    required property real metersPerPixel
    required property real zoomLevel
    property string message
    readonly property alias easting: readout.easting
    readonly property alias northing: readout.northing

    readonly property string wgs84Text: readout.coordinate.isValid
        ? qsTr("WGS84 %1° N, %2° E").arg(readout.coordinate.latitude.toLocaleString(Qt.locale(), "f", 5))
                                    .arg(readout.coordinate.longitude.toLocaleString(Qt.locale(), "f", 5))
        : qsTr("WGS84 —")
    readonly property string d96Text: readout.valid
        ? qsTr("D96/TM e %1 m, n %2 m").arg(readout.easting.toLocaleString(Qt.locale(), "f", 1))
                                       .arg(readout.northing.toLocaleString(Qt.locale(), "f", 1))
        : qsTr("D96/TM —")

    padding: 4
    leftPadding: 10
    rightPadding: 10
    background: Rectangle {
        color: Theme.panelColor
        border.color: Theme.panelBorderColor
    }

    CoordinateReadout {
        id: readout
        coordinate: root.cursorCoordinate
    }

    RowLayout {
        anchors.fill: parent
        spacing: 18

        Label {
            objectName: "wgs84Label"
            text: root.wgs84Text
            textFormat: Text.PlainText
            font.family: "DejaVu Sans Mono"
            Layout.minimumWidth: 260
        }
        Label {
            objectName: "d96Label"
            text: root.d96Text
            textFormat: Text.PlainText
            font.family: "DejaVu Sans Mono"
            Layout.minimumWidth: 300
        }
        Label {
            text: root.message
            textFormat: Text.PlainText
            color: Theme.boundaryColor
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            objectName: "zoomLabel"
            text: qsTr("Zoom %1").arg(root.zoomLevel.toLocaleString(Qt.locale(), "f", 1))
            textFormat: Text.PlainText
        }
        ScaleBarIndicator {
            metersPerPixel: root.metersPerPixel
        }
    }
}
