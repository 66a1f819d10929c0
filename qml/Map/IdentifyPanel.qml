pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls

// What is at the clicked place: every feature of the visible layers there, topmost
// first, with its layer and attributes.
Pane {
    id: root

    property var results: []
    // Set when the list shows what lies inside an area, e.g. "POO Drava".
    property string insideOf: ""
    readonly property bool english: Language.code === "en"

    signal closeRequested()
    signal insideRequested(var hit)

    visible: results.length > 0
    padding: 10
    background: Rectangle {
        // Nothing that lands on the panel reaches the map.
        InputBlocker {}
        color: Theme.panelColor
        border.color: Theme.panelBorderColor
        radius: 4
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                objectName: "identifyHeader"
                text: root.insideOf.length > 0 ? qsTr("%n feature(s) inside %1", "", root.results.length).arg(root.insideOf)
                                               : qsTr("%n feature(s) here", "", root.results.length)
                textFormat: Text.PlainText
                font.bold: true
            }
            ToolButton {
                objectName: "identifyCloseButton"
                text: qsTr("Close (Esc)")
                display: AbstractButton.IconOnly
                icon.source: "qrc:/icons/close.svg"
                icon.width: 18
                icon.height: 18
                onClicked: root.closeRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Close (Esc)")
            }
        }

        ListView {
            objectName: "identifyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Math.min(contentHeight, 520)
            clip: true
            spacing: 8
            model: root.results
            ScrollBar.vertical: ScrollBar {}

            delegate: ColumnLayout {
                id: card

                required property var modelData
                readonly property var keys: Object.keys(modelData.attributes)
                                                .filter(k => String(modelData.attributes[k] ?? "").length > 0)

                width: ListView.view.width
                spacing: 2

                RowLayout {
                    spacing: 6
                    Rectangle {
                        Layout.preferredWidth: 10
                        Layout.preferredHeight: 10
                        radius: 2
                        color: card.modelData.color
                    }
                    Label {
                        Layout.fillWidth: true
                        text: (root.english ? card.modelData.titleEn : card.modelData.titleSl) || card.modelData.layer
                        textFormat: Text.PlainText
                        font.bold: true
                        elide: Text.ElideRight
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.modelData.label.length > 0
                    text: card.modelData.label
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                }
                Button {
                    objectName: "insideButton_" + card.modelData.layer
                    visible: card.modelData.isArea === true
                    text: qsTr("What lies inside?")
                    flat: true
                    onClicked: root.insideRequested(card.modelData)
                }
                Repeater {
                    model: card.keys
                    delegate: Label {
                        required property string modelData
                        Layout.fillWidth: true
                        wrapMode: Text.WrapAnywhere
                        font.pixelSize: 11
                        color: Theme.subtleTextColor
                        text: modelData + ": " + card.modelData.attributes[modelData]
                        textFormat: Text.PlainText
                    }
                }
            }
        }
    }
}
