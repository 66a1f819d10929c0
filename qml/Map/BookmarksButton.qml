pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls

// Saved views of the map: go to one (Ctrl+1 … Ctrl+9), save the current view (Ctrl+B).
MapButton {
    id: root

    required property var map
    readonly property alias bookmarks: bookmarks

    function goTo(row) {
        const b = bookmarks.get(row);
        if (b.coordinate === undefined)
            return;
        map.center = b.coordinate;
        map.zoomLevel = b.zoom;
    }
    function saveCurrentView() {
        nameField.text = "";
        saveDialog.open();
        nameField.forceActiveFocus();
    }

    objectName: "bookmarksButton"
    text: qsTr("Bookmarks (Ctrl+1 … Ctrl+9, save with Ctrl+B)")
    icon.source: "qrc:/icons/star-filled.svg"
    onClicked: menu.open()
    toolTip: qsTr("Bookmarks (Ctrl+1 … Ctrl+9, save with Ctrl+B)")
    toolTipAllowed: !menu.visible

    Bookmarks {
        id: bookmarks
    }

    Menu {
        id: menu
        y: root.height

        Instantiator {
            model: bookmarks
            delegate: PlainMenuItem {
                required property int index
                required property string name
                text: (index < 9 ? (index + 1) + "  " : "") + name
                onTriggered: root.goTo(index)
            }
            onObjectAdded: (index, object) => menu.insertItem(index, object)
            onObjectRemoved: (index, object) => menu.removeItem(object)
        }
        MenuSeparator {}
        MenuItem {
            text: qsTr("Save this view…")
            onTriggered: root.saveCurrentView()
        }
    }

    Dialog {
        id: saveDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Save this view")
        footer: DialogButtonBox {
            Button {
                text: qsTr("Save")
                enabled: nameField.text.trim().length > 0
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onAccepted: bookmarks.add(nameField.text, root.map.center, root.map.zoomLevel)

        TextField {
            id: nameField
            width: 280
            placeholderText: qsTr("Name, e.g. Zbirno mesto Breg")
            onAccepted: saveDialog.accept()
        }
    }

    Shortcut {
        sequence: "Ctrl+B"
        onActivated: root.saveCurrentView()
    }
    Instantiator {
        model: 9
        delegate: Shortcut {
            required property int index
            sequence: "Ctrl+" + (index + 1)
            onActivated: root.goTo(index)
        }
    }
}
