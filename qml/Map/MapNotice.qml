import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls

// A line over the map that says what the map cannot show or just did: the online basemap
// is out of reach, a list was saved. `show()` puts up a passing notice that goes after a
// while; a notice with `persistent` stays while its cause lasts, with an action to try again.
Pane {
    id: root

    property string text: ""
    property string actionText: ""
    property bool persistent: false
    property int timeout: 8000

    signal actionTriggered()
    // Closed by the user; a persistent notice's owner hides it (its visibility is bound).
    signal dismissed()

    function show(message) {
        root.text = message;
        root.visible = true;
        if (!root.persistent)
            hideTimer.restart();
    }

    visible: false
    padding: 8
    background: Rectangle {
        // Nothing that lands on the notice reaches the map.
        InputBlocker {}
        color: Theme.panelColor
        border.color: Theme.panelBorderColor
        radius: 4
    }

    Timer {
        id: hideTimer
        interval: root.timeout
        onTriggered: root.visible = false
    }

    RowLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            objectName: "noticeText"
            Layout.fillWidth: true
            Layout.maximumWidth: 460
            text: root.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
        Button {
            id: actionButton
            objectName: "noticeAction"
            visible: root.actionText.length > 0
            text: root.actionText
            contentItem: Text {
                text: root.actionText
                textFormat: Text.PlainText
                font: actionButton.font
                color: actionButton.palette.buttonText
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            onClicked: root.actionTriggered()
        }
        ToolButton {
            objectName: "noticeClose"
            text: qsTr("Close")
            display: AbstractButton.IconOnly
            icon.source: "qrc:/icons/close.svg"
            icon.width: 16
            icon.height: 16
            onClicked: {
                if (!root.persistent)
                    root.visible = false;
                root.dismissed();
            }
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Close")
        }
    }
}
