pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import PtujConsole.Map

// Importing a vector file into the store: a tool-bar action (Ctrl+I) opening the dialog;
// what was imported appears in the catalogue and on the map.
Capability {
    id: importCapability

    name: "import"

    actions: [
        ToolAction {
            id: importAction
            name: "import"
            text: qsTr("Import data…")
            icon.source: "qrc:/icons/import.svg"
            shortcut: "Ctrl+I"
            toolTip: qsTr("Import a Shapefile, GeoPackage, GeoJSON, KML, GML, CSV … (Ctrl+I)")
        }
    ]

    /// The dialog, once the overlay that holds it is made (tests and demos open it).
    property ImportDialog dialog: null

    overlays: [
        Component {
            Item {
                ImportDialog {
                    id: dialog
                    Component.onCompleted: importCapability.dialog = dialog
                    objectName: "importDialog"
                    anchors.centerIn: Overlay.overlay
                    storePath: importCapability.context.storePath
                    onImported: {
                        importCapability.context.catalogue.reload();
                        importCapability.mapPanel.layers.reload();
                    }
                }
                Connections {
                    target: importAction
                    function onTriggered() { dialog.open(); }
                }
            }
        }
    ]

    function show(view: string): bool {
        if (view !== "import")
            return false;
        importAction.trigger();
        return true;
    }
}
