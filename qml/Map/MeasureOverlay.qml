import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls

// The measuring tool's read-out: length of the line, and area and perimeter once the
// points enclose one. Backspace removes the last point, Esc ends measuring.
Pane {
    id: root

    required property Measurement measurement

    signal finishRequested()
    signal selectInsideRequested()

    function formatLength(m) {
        return m >= 1000 ? qsTr("%1 km").arg((m / 1000).toLocaleString(Qt.locale(), "f", 3))
                         : qsTr("%1 m").arg(m.toLocaleString(Qt.locale(), "f", 1));
    }
    function formatArea(m2) {
        return m2 >= 10000 ? qsTr("%1 ha").arg((m2 / 10000).toLocaleString(Qt.locale(), "f", 2))
                           : qsTr("%1 m²").arg(m2.toLocaleString(Qt.locale(), "f", 0));
    }

    padding: 8
    background: Rectangle {
        // Nothing that lands on the panel reaches the map.
        InputBlocker {}
        color: Theme.panelColor
        border.color: Theme.panelBorderColor
        radius: 4
    }

    ColumnLayout {
        spacing: 2

        Label {
            text: qsTr("Measuring: click points on the map")
            textFormat: Text.PlainText
            font.bold: true
        }
        Label {
            objectName: "measureLength"
            text: qsTr("Length: %1").arg(root.formatLength(root.measurement.length))
            textFormat: Text.PlainText
        }
        Label {
            objectName: "measureArea"
            visible: root.measurement.count >= 3
            text: qsTr("Area: %1 · perimeter %2").arg(root.formatArea(root.measurement.area))
                                                   .arg(root.formatLength(root.measurement.perimeter))
            textFormat: Text.PlainText
        }
        Button {
            objectName: "measureSelectInside"
            visible: root.measurement.count >= 3
            text: qsTr("List what lies inside")
            onClicked: root.selectInsideRequested()
        }
        Label {
            text: qsTr("Backspace removes the last point, Esc ends")
            textFormat: Text.PlainText
            font.pixelSize: 11
            color: Theme.subtleTextColor
        }
    }
}
