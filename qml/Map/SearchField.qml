pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls

// Find a place by name across every layer (Ctrl+F); Enter takes the first hit.
TextField {
    id: root

    required property MapLayers mapLayers
    readonly property bool english: Language.code === "en"
    property var results: []

    signal picked(var hit)

    function pick(hit) {
        results = [];
        popup.close();
        picked(hit);
    }

    objectName: "searchField"
    placeholderText: qsTr("Search places (Ctrl+F)")
    implicitWidth: 280
    onTextEdited: {
        results = mapLayers.search(text, 12);
        if (results.length > 0)
            popup.open();
        else
            popup.close();
    }
    onAccepted: if (results.length > 0) pick(results[0])
    Keys.onEscapePressed: {
        text = "";
        results = [];
        popup.close();
    }

    Shortcut {
        sequence: StandardKey.Find
        onActivated: root.forceActiveFocus()
    }

    Popup {
        id: popup
        y: root.height
        width: root.width
        padding: 0
        height: Math.min(list.contentHeight, 320)

        ListView {
            id: list
            objectName: "searchResults"
            anchors.fill: parent
            clip: true
            model: root.results
            delegate: ItemDelegate {
                id: row
                required property var modelData
                width: ListView.view.width
                text: modelData.label
                onClicked: root.pick(modelData)
                contentItem: RowLayout {
                    spacing: 6
                    Rectangle {
                        Layout.preferredWidth: 8
                        Layout.preferredHeight: 8
                        radius: 2
                        color: row.modelData.color
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.label
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                    }
                    Label {
                        text: (root.english ? row.modelData.titleEn : row.modelData.titleSl) || row.modelData.layer
                        textFormat: Text.PlainText
                        font.pixelSize: 11
                        color: Theme.subtleTextColor
                        elide: Text.ElideRight
                        Layout.maximumWidth: 120
                    }
                }
            }
        }
    }
}
