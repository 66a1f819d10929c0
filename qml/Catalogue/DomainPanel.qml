pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls
import PtujConsole.Map

// The strategy's 14 domains grouped by its 5 pillars, named in both languages.
Pane {
    id: root

    required property CatalogueModel catalogue
    required property MapLayers mapLayers

    signal zoomToLayer(string layer)
    signal tableRequested(string layer)
    signal styleRequested(string layer)
    readonly property alias listView: list
    readonly property alias filterField: filterField
    readonly property bool english: Language.code === "en"

    padding: 0
    background: Rectangle {
        color: Theme.panelColor
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            Layout.fillWidth: true
            Layout.margins: 12
            Layout.bottomMargin: 2
            text: qsTr("Strategy domains")
            textFormat: Text.PlainText
            font.pixelSize: 16
            font.bold: true
            color: Theme.textColor
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.bottomMargin: 8
            text: qsTr("%1 domains in %2 pillars").arg(Domains.count).arg(Domains.pillarCount)
            textFormat: Text.PlainText
            color: Theme.subtleTextColor
        }
        TextField {
            id: filterField
            objectName: "layerFilter"
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            Layout.bottomMargin: 6
            placeholderText: qsTr("Filter layers …")
            selectByMouse: true
            Keys.onEscapePressed: clear()
        }

        ListView {
            id: list

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            // Fourteen domains: all of them made at once, so a layer's row (and its buttons)
            // exists however far down its domain lies, classes and all.
            cacheBuffer: 20000
            model: Domains
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            section.property: root.english ? "pillarNameEn" : "pillarNameSl"
            section.criteria: ViewSection.FullString
            section.delegate: Rectangle {
                id: sectionHeader

                required property string section

                width: ListView.view.width
                height: sectionLabel.implicitHeight + 12
                color: Theme.sectionColor

                Label {
                    id: sectionLabel
                    anchors.fill: parent
                    anchors.leftMargin: 12
                    anchors.rightMargin: 12
                    verticalAlignment: Text.AlignVCenter
                    text: sectionHeader.section
                    textFormat: Text.PlainText
                    font.bold: true
                    font.capitalization: Font.AllUppercase
                    font.pixelSize: 11
                    color: Theme.subtleTextColor
                    wrapMode: Text.WordWrap
                }
            }

            delegate: DomainDelegate {
                width: ListView.view.width
                filterText: filterField.text
                english: root.english
                catalogue: root.catalogue
                mapLayers: root.mapLayers
                onZoomToLayer: (layer) => root.zoomToLayer(layer)
                onTableRequested: (layer) => root.tableRequested(layer)
                onStyleRequested: (layer) => root.styleRequested(layer)
            }
        }
    }
}
