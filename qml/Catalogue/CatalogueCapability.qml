pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import PtujConsole.Controls
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
                    onStyleRequested: (layer) => catalogueCapability.styleRequested(layer)
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
    property StyleEditorDialog styleDialog: null

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
                StyleEditorDialog {
                    id: styleEditor
                    Component.onCompleted: catalogueCapability.styleDialog = styleEditor
                    objectName: "styleEditorDialog"
                    anchors.centerIn: Overlay.overlay
                    storePath: catalogueCapability.context.storePath
                    author: catalogueCapability.context.actor.name
                    // The map, the legends and the print take the new style.
                    onSaved: catalogueCapability.mapPanel.layers.reload()
                }
                Connections {
                    target: catalogueCapability
                    function onEditRequested(entry) { editor.openFor(entry); }
                    function onStyleRequested(layer) {
                        styleEditor.openFor(layer, catalogueCapability.mapPanel.layers.titleOf(layer, Language.code));
                    }
                }
            }
        }
    ]

    signal editRequested(var entry)
    signal styleRequested(string layer)

    readonly property Connections saved: Connections {
        target: catalogueCapability.context.catalogue
        // A layer moved to another domain takes that domain's colour on the map.
        function onSaved() { catalogueCapability.mapPanel.layers.reload(); }
    }
}
