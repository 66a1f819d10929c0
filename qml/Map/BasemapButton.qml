import QtQuick
import QtQuick.Controls

// Chooses the basemap: the console's own (from the store, works offline), a configured
// online source (cached in the store), or none.
MapButton {
    id: root

    text: qsTr("Basemap")
    icon.source: "qrc:/icons/basemap.svg"
    onClicked: menu.open()
    toolTip: qsTr("Basemap")
    toolTipAllowed: !menu.visible

    Menu {
        id: menu
        objectName: "basemapMenu"
        x: -width - 6
        y: 0

        MenuItem {
            objectName: "basemapStore"
            text: qsTr("Ptuj basemap (offline, from the store)")
            checkable: true
            checked: BasemapSettings.mode === BasemapSettings.Store
            onTriggered: BasemapSettings.mode = BasemapSettings.Store
        }
        MenuItem {
            objectName: "basemapOnline"
            text: BasemapSettings.onlineUrl !== "" ? qsTr("Online map (cached in the store)")
                                                   : qsTr("Online map (not set up)")
            enabled: BasemapSettings.checkUrl(BasemapSettings.onlineUrl) === ""
            checkable: true
            checked: BasemapSettings.mode === BasemapSettings.Online
            onTriggered: BasemapSettings.mode = BasemapSettings.Online
        }
        MenuItem {
            objectName: "basemapNone"
            text: qsTr("No basemap")
            checkable: true
            checked: BasemapSettings.mode === BasemapSettings.None
            onTriggered: BasemapSettings.mode = BasemapSettings.None
        }
        MenuSeparator {}
        MenuItem {
            text: qsTr("Online source…")
            onTriggered: sourceDialog.open()
        }
    }

    BasemapSourceDialog {
        id: sourceDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
    }
}
