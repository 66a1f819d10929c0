pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls
import PtujConsole.Map

ItemDelegate {
    id: root

    required property string domainId
    required property string nameSl
    required property string nameEn
    required property color domainColor
    required property bool english
    required property CatalogueModel catalogue
    required property MapLayers mapLayers
    // Only layers matching this text (name, domain, owner …; no diacritics needed).
    property string filterText: ""

    signal zoomToLayer(string layer)
    signal tableRequested(string layer)
    signal styleRequested(string layer)
    // Re-evaluated whenever the catalogue changes size (count is the dependency).
    readonly property int layerCount: catalogue.count >= 0 ? catalogue.countInDomain(domainId) : 0

    objectName: "domain_" + domainId
    // While filtering, domains without a matching layer fold away.
    visible: filterText === "" || layerFilter.count > 0
    height: visible ? implicitHeight : 0
    // The UI language first, the other one underneath, so mixed teams read the same list.
    text: english ? nameEn : nameSl
    Accessible.name: text

    contentItem: ColumnLayout {
        spacing: 2

    RowLayout {
        spacing: 10
        Layout.fillWidth: true

        Rectangle {
            Layout.preferredWidth: 14
            Layout.preferredHeight: 14
            radius: 3
            color: root.domainColor
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            ElidedLabel {
                Layout.fillWidth: true
                text: root.text
                textFormat: Text.PlainText
                color: Theme.textColor
                elide: Text.ElideRight
            }
            ElidedLabel {
                Layout.fillWidth: true
                text: root.english ? root.nameSl : root.nameEn
                textFormat: Text.PlainText
                color: Theme.subtleTextColor
                font.pixelSize: 11
                elide: Text.ElideRight
            }
        }
        Label {
            objectName: "layerCount"
            text: qsTr("%n layer(s)", "", root.layerCount)
            textFormat: Text.PlainText
            color: Theme.subtleTextColor
            font.pixelSize: 11
            visible: root.layerCount > 0
        }
    }

        Repeater {
            model: CatalogueFilterModel {
                id: layerFilter
                sourceModel: root.catalogue
                domain: root.domainId
                filterText: root.filterText
            }
            delegate: LayerRow {
                Layout.fillWidth: true
                Layout.leftMargin: 24
                english: root.english
                mapLayers: root.mapLayers
                onZoomRequested: (layer) => root.zoomToLayer(layer)
                onTableRequested: (layer) => root.tableRequested(layer)
                onStyleRequested: (layer) => root.styleRequested(layer)
            }
        }
    }
}
