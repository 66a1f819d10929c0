import QtQuick
import QtQuick.Controls
import PtujConsole.Controls

// A round button of the map's column. Its tool tip opens to the left of it, beside the
// column, never over the buttons above or below it.
RoundButton {
    id: root

    // Longer than the text when needed; say the shortcut here.
    property string toolTip: text
    property bool toolTipAllowed: true

    display: AbstractButton.IconOnly
    icon.width: 20
    icon.height: 20

    PlainToolTip {
        objectName: "mapButtonToolTip"
        visible: root.hovered && root.toolTipAllowed
        delay: 500
        text: root.toolTip
        x: -implicitWidth - 8
        y: (root.height - implicitHeight) / 2
    }
}
