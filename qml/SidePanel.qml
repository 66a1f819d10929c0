pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The left panel: the strategy's domains, the citizen reports' inbox, the layers' drawing
// order, and the catalogue.
Pane {
    id: root

    readonly property alias domainPanel: domainPanel
    readonly property alias cataloguePanel: cataloguePanel
    readonly property alias orderPanel: orderPanel
    readonly property alias tabBar: tabs

    required property MapLayers mapLayers
    required property CatalogueModel catalogue
    required property ReportInboxModel reportInbox
    required property ReportWorkflow reportWorkflow
    readonly property alias reportsPanel: reportsPanel
    readonly property bool reportsShown: tabs.currentIndex === 1

    signal editRequested(var entry)
    signal zoomToLayer(string layer)
    signal tableRequested(string layer)

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton {
                objectName: "domainsTab"
                text: qsTr("Domains")
            }
            TabButton {
                objectName: "reportsTab"
                text: qsTr("Reports")
            }
            TabButton {
                objectName: "orderTab"
                text: qsTr("Order")
            }
            TabButton {
                objectName: "catalogueTab"
                text: qsTr("Catalogue")
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            DomainPanel {
                id: domainPanel
                catalogue: root.catalogue
                mapLayers: root.mapLayers
                onZoomToLayer: (layer) => root.zoomToLayer(layer)
                onTableRequested: (layer) => root.tableRequested(layer)
            }
            ReportsPanel {
                id: reportsPanel
                inbox: root.reportInbox
                workflow: root.reportWorkflow
            }
            DrawingOrderPanel {
                id: orderPanel
                mapLayers: root.mapLayers
            }
            CataloguePanel {
                id: cataloguePanel
                catalogue: root.catalogue
                onEditRequested: (entry) => root.editRequested(entry)
            }
        }
    }
}
