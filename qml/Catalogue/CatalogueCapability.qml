pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import PtujConsole.Map

// The layers and their catalogue: the strategy's domains with their layers (the first page),
// the drawing order, the data catalogue and its editor.
Capability {
    id: catalogueCapability

    name: "catalogue"

    pages: [
        SidePage {
            name: "domains"
            title: qsTr("Domains")
            order: 10
            component: Component {
                DomainPanel {
                    objectName: "domainPanel"
                    catalogue: catalogueCapability.context.catalogue
                    mapLayers: catalogueCapability.mapPanel.layers
                    onZoomToLayer: (layer) => catalogueCapability.mapPanel.zoomToLayer(layer)
                    onTableRequested: (layer) => catalogueCapability.mapPanel.tableLayer = layer
                }
            }
        },
        SidePage {
            name: "order"
            title: qsTr("Order")
            order: 30
            component: Component {
                DrawingOrderPanel {
                    objectName: "orderPanel"
                    mapLayers: catalogueCapability.mapPanel.layers
                }
            }
        },
        SidePage {
            name: "catalogue"
            title: qsTr("Catalogue")
            order: 40
            component: Component {
                CataloguePanel {
                    objectName: "cataloguePanel"
                    catalogue: catalogueCapability.context.catalogue
                    onEditRequested: (entry) => catalogueCapability.editRequested(entry)
                }
            }
        }
    ]

    /// The dialog, once the overlay that holds it is made (tests and demos open it).
    property CatalogueEditDialog dialog: null

    overlays: [
        Component {
            Item {
                CatalogueEditDialog {
                    id: editor
                    Component.onCompleted: catalogueCapability.dialog = editor
                    objectName: "catalogueEditDialog"
                    anchors.centerIn: Overlay.overlay
                    catalogue: catalogueCapability.context.catalogue
                }
                Connections {
                    target: catalogueCapability
                    function onEditRequested(entry) { editor.openFor(entry); }
                }
            }
        }
    ]

    signal editRequested(var entry)

    readonly property Connections saved: Connections {
        target: catalogueCapability.context.catalogue
        // A layer moved to another domain takes that domain's colour on the map.
        function onSaved() { catalogueCapability.mapPanel.layers.reload(); }
    }
}
