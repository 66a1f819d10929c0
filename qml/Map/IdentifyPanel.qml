pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PtujConsole.Controls

// What is at the clicked place: every feature of the visible layers there, topmost
// first, with its layer and attributes.
Pane {
    id: root

    property var results: []
    // Set when the list shows what lies inside an area, e.g. "POO Drava".
    property string insideOf: ""
    // The layers the list comes from (for saving it with the features' geometry).
    property MapLayers mapLayers: null
    // What else the inside list counts: features within this many metres (0: inside only).
    property real bandMeters: 0
    readonly property bool english: Language.code === "en"
    readonly property bool listsAnArea: insideOf.length > 0
    // How many of the list each layer holds, in the list's order: [{title, count}].
    readonly property var counts: {
        const order = [];
        const byLayer = {};
        for (const hit of root.results) {
            if (byLayer[hit.layer] === undefined) {
                byLayer[hit.layer] = {title: (root.english ? hit.titleEn : hit.titleSl) || hit.layer, count: 0};
                order.push(hit.layer);
            }
            byLayer[hit.layer].count += 1;
        }
        return order.map(l => byLayer[l]);
    }

    signal closeRequested()
    signal insideRequested(var hit)
    signal bandChosen(real meters)
    signal messageShown(string text)

    FeatureListExport {
        id: listExport
        onFinished: (ok, message) => root.messageShown(message)
    }

    FileDialog {
        id: saveDialog
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV table (*.csv)"), qsTr("GeoJSON (*.geojson)")]
        onAccepted: listExport.save(root.mapLayers, root.results, selectedFile)
    }

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
                // A long area name wraps instead of running under the close button.
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
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

        // What the list counts and how near: the distance band, counts per layer, saving.
        RowLayout {
            Layout.fillWidth: true
            visible: root.listsAnArea
            spacing: 6
            Label {
                text: qsTr("Also near")
                textFormat: Text.PlainText
            }
            FilterComboBox {
                objectName: "bandBox"
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: [{value: 0, text: qsTr("no, inside only")},
                        {value: 25, text: qsTr("within 25 m")},
                        {value: 50, text: qsTr("within 50 m")},
                        {value: 100, text: qsTr("within 100 m")},
                        {value: 250, text: qsTr("within 250 m")}]
                applied: root.bandMeters
                onChosen: (value) => root.bandChosen(value)
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Also list what lies outside the area but this near to it")
            }
            ToolButton {
                objectName: "saveListButton"
                text: qsTr("Save list…")
                enabled: root.results.length > 0 && !listExport.busy
                onClicked: saveDialog.open()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Save the list as a CSV table or as GeoJSON with the features' shapes")
            }
        }
        Flow {
            objectName: "identifyCounts"
            Layout.fillWidth: true
            visible: root.listsAnArea && root.counts.length > 1
            spacing: 8
            Repeater {
                model: root.counts
                delegate: Label {
                    required property var modelData
                    text: qsTr("%1: %2").arg(modelData.title).arg(modelData.count)
                    textFormat: Text.PlainText
                    font.pixelSize: 11
                    color: Theme.subtleTextColor
                }
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
                    objectName: "nearLabel"
                    Layout.fillWidth: true
                    visible: card.modelData.near === true
                    text: card.modelData.distance > 0 ? qsTr("%1 m outside").arg(Math.max(1, Math.round(card.modelData.distance)))
                                                      : qsTr("partly inside")
                    textFormat: Text.PlainText
                    font.italic: true
                    color: Theme.subtleTextColor
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
                // The attributes under their aliases from the catalogue; technical fields
                // (OSM's "@id", row ids) are left out.
                Repeater {
                    model: card.modelData.fields ?? []
                    delegate: Label {
                        required property var modelData
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: 11
                        color: Theme.subtleTextColor
                        text: (root.english ? modelData.en : modelData.sl) + ": " + modelData.value
                        textFormat: Text.PlainText
                    }
                }
            }
        }
    }
}
