pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls
import PtujConsole.Map

ToolBar {
    id: root

    /// What the capabilities put in the tool bar, in their order.
    required property list<ToolAction> actions

    background: Rectangle {
        color: Theme.headerColor
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 8
        spacing: 12

        Label {
            text: qsTr("Ptuj Operations Console")
            textFormat: Text.PlainText
            color: Theme.headerTextColor
            font.pixelSize: 18
            font.bold: true
        }
        Label {
            text: qsTr("City Municipality of Ptuj · digital transformation strategy 2023–2030")
            textFormat: Text.PlainText
            color: Theme.headerSubtleColor
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Repeater {
            model: root.actions
            delegate: ToolButton {
                id: toolButton
                required property ToolAction modelData
                objectName: modelData.name + "ToolButton"
                action: modelData
                palette.buttonText: Theme.headerTextColor
                // The action's icon (if any) beside its text, white on the dark header.
                icon.color: Theme.headerTextColor
                icon.width: 18
                icon.height: 18
                PlainToolTip {
                    visible: toolButton.hovered && text !== ""
                    text: toolButton.modelData.toolTip
                }
            }
        }
        LanguageSwitch {}
    }
}
