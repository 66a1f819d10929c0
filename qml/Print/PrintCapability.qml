pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import PtujConsole.Map

// Printing the map as it is now: a tool-bar action (Ctrl+P, the platform's Print key)
// opening the print dialog.
Capability {
    id: printCapability

    name: "print"

    actions: [
        ToolAction {
            id: printAction
            name: "print"
            text: qsTr("Print…")
            icon.source: "qrc:/icons/print.svg"
            shortcut: StandardKey.Print
            toolTip: qsTr("Print the map as it is now (Ctrl+P)")
        }
    ]

    /// The dialog, once the overlay that holds it is made (tests and demos open it).
    property PrintDialog dialog: null

    overlays: [
        Component {
            Item {
                PrintDialog {
                    id: dialog
                    Component.onCompleted: printCapability.dialog = dialog
                    objectName: "printDialog"
                    anchors.centerIn: Overlay.overlay
                    storePath: printCapability.context.storePath
                    renderProgram: printCapability.context.renderProgram
                    mapPanel: printCapability.mapPanel
                }
                Connections {
                    target: printAction
                    function onTriggered() { dialog.open(); }
                }
            }
        }
    ]
}
