pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtPositioning
import PtujConsole.Controls
import PtujConsole.Map

// A printable situation map: title, date and time, the map, legend, scale bar, north
// arrow and the attribution of every layer shown.
Rectangle {
    id: root

    required property string storePath
    property string title: qsTr("Situation map")
    property var layers: []
    property var area: QtPositioning.rectangle()
    readonly property bool ready: map.ready
    readonly property bool english: Language.code === "en"
    readonly property string printedAt: new Date().toLocaleString(Qt.locale(), Locale.ShortFormat)

    color: "white"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "printTitle"
                Layout.fillWidth: true
                text: root.title
                textFormat: Text.PlainText
                font.pixelSize: 26
                font.bold: true
                color: Theme.headerColor
                elide: Text.ElideRight
            }
            Label {
                text: qsTr("Mestna občina Ptuj · %1").arg(root.printedAt)
                textFormat: Text.PlainText
                color: Theme.subtleTextColor
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                border.color: Theme.panelBorderColor
                color: "transparent"

                MapPanel {
                    id: map
                    anchors.fill: parent
                    anchors.margins: 1
                    storePath: root.storePath
                    printMode: true
                    onlyLayers: root.layers
                    fitTo: root.area
                }
                Column {
                    // North is up: the print map is never rotated.
                    anchors.top: parent.top
                    anchors.right: parent.right
                    anchors.margins: 10
                    Image {
                        objectName: "northArrow"
                        anchors.horizontalCenter: parent.horizontalCenter
                        source: "qrc:/icons/north.svg"
                        sourceSize: Qt.size(28, 28)
                    }
                    Label {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: qsTr("N")
                        textFormat: Text.PlainText
                        font.pixelSize: 18
                        font.bold: true
                        color: Theme.textColor
                    }
                }
                Rectangle {
                    anchors.left: parent.left
                    anchors.bottom: parent.bottom
                    anchors.margins: 10
                    width: scale.implicitWidth + 12
                    height: scale.implicitHeight + 8
                    color: Qt.rgba(1, 1, 1, 0.85)
                    ScaleBarIndicator {
                        id: scale
                        anchors.centerIn: parent
                        metersPerPixel: map.metersPerPixel
                    }
                }
            }

            ColumnLayout {
                Layout.preferredWidth: 300
                Layout.maximumWidth: 300
                Layout.fillHeight: true
                // A long legend is cut rather than stretching the page.
                Layout.maximumHeight: parent.height
                clip: true
                spacing: 4

                Label {
                    text: qsTr("Legend")
                    textFormat: Text.PlainText
                    font.bold: true
                    font.pixelSize: 16
                }
                Repeater {
                    model: map.layers.legend
                    delegate: RowLayout {
                        id: entry
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 6
                        Rectangle {
                            Layout.preferredWidth: 14
                            Layout.preferredHeight: 14
                            color: entry.modelData.color
                            radius: 2
                        }
                        Label {
                            Layout.fillWidth: true
                            text: (root.english ? entry.modelData.titleEn : entry.modelData.titleSl) || entry.modelData.layer
                            textFormat: Text.PlainText
                            wrapMode: Text.WordWrap
                        }
                    }
                }
                Item {
                    Layout.fillHeight: true
                }
                Label {
                    text: qsTr("Sources")
                    textFormat: Text.PlainText
                    font.bold: true
                }
                Label {
                    objectName: "printAttribution"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: 10
                    color: Theme.subtleTextColor
                    text: {
                        const lines = [];
                        const samples = [];
                        for (const l of map.layers.legend) {
                            const title = (root.english ? l.titleEn : l.titleSl) || l.layer;
                            if (l.illustrative)
                                samples.push(title);
                            else
                                lines.push(title + ": " + [l.source, l.licence].filter(s => s).join(" · "));
                        }
                        if (samples.length > 0)
                            lines.push(qsTr("Illustrative samples, not official datasets: %1").arg(samples.join(", ")));
                        // The offline basemap is drawn from store layers too: credit those not listed above.
                        if (map.basemap.visible && BasemapSettings.mode === BasemapSettings.Store) {
                            const shown = map.layers.legend.map(l => l.layer);
                            const under = map.layers.describe(map.layers.basemapLayers().filter(l => shown.indexOf(l) < 0));
                            if (under.length > 0)
                                lines.push(qsTr("Basemap drawn from: %1").arg(under.map(
                                    l => ((root.english ? l.titleEn : l.titleSl) || l.layer)
                                         + (l.illustrative ? "" : " (" + [l.source, l.licence].filter(s => s).join(" · ") + ")"))
                                    .join("; ")));
                        } else if (BasemapSettings.mode === BasemapSettings.Online && BasemapSettings.onlineAttribution !== "") {
                            lines.push(qsTr("Basemap: %1").arg(BasemapSettings.onlineAttribution));
                        }
                        return lines.join("\n");
                    }
                    textFormat: Text.PlainText
                }
            }
        }
    }
}
