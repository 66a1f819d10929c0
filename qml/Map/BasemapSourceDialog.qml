import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls

// Sets up the online XYZ source: its address template, attribution and cache size.
Dialog {
    id: root

    objectName: "basemapSourceDialog"
    title: qsTr("Online basemap source")
    modal: true
    standardButtons: Dialog.Ok | Dialog.Cancel
    width: 520

    readonly property string problem: BasemapSettings.checkUrl(urlField.text)

    onOpened: {
        urlField.text = BasemapSettings.onlineUrl;
        attributionField.text = BasemapSettings.onlineAttribution;
        cacheField.value = BasemapSettings.cacheMegabytes;
        urlField.forceActiveFocus();
    }
    onAccepted: {
        BasemapSettings.onlineUrl = urlField.text;
        BasemapSettings.onlineAttribution = attributionField.text;
        BasemapSettings.cacheMegabytes = cacheField.value;
        BasemapSettings.mode = BasemapSettings.Online;
    }

    Component.onCompleted: standardButton(Dialog.Ok).enabled = Qt.binding(() => root.problem === "")

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            text: qsTr("Tile address (XYZ), e.g. https://tiles.example.org/{z}/{x}/{y}.png")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextField {
            id: urlField
            objectName: "basemapUrlField"
            Layout.fillWidth: true
            placeholderText: "https://…/{z}/{x}/{y}.png"
        }
        Label {
            text: root.problem
            textFormat: Text.PlainText
            visible: root.problem !== "" && urlField.text !== ""
            color: "#b03a2e"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Attribution shown on the map")
            textFormat: Text.PlainText
        }
        TextField {
            id: attributionField
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. © OpenStreetMap contributors")
        }
        RowLayout {
            Label {
                text: qsTr("Cache in the store (MB)")
                textFormat: Text.PlainText
            }
            SpinBox {
                id: cacheField
                from: 10
                to: 10000
                stepSize: 50
                editable: true
            }
        }
        Label {
            text: qsTr("Tiles that were seen are kept in the store and shown without a network; the least recently used go first when the cache is full.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.subtleTextColor
            Layout.fillWidth: true
        }
    }
}
