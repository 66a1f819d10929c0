import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ToolBar {
    id: root

    signal importRequested()
    signal printRequested()

    background: Rectangle {
        color: Theme.headerColor
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 8
        spacing: 12

        Label {
            text: qsTr("Ptuj Operations Console")
            textFormat: Text.PlainText
            color: Theme.headerTextColor
            font.pixelSize: 18
            font.bold: true
        }
        Label {
            text: qsTr("City Municipality of Ptuj · digital transformation strategy 2023–2030")
            textFormat: Text.PlainText
            color: Theme.headerSubtleColor
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        ToolButton {
            objectName: "importButton"
            text: qsTr("Import data…")
            palette.buttonText: Theme.headerTextColor
            onClicked: root.importRequested()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Import a Shapefile, GeoPackage, GeoJSON, KML, GML, CSV … (Ctrl+I)")
        }
        ToolButton {
            objectName: "printToolButton"
            text: qsTr("Print…")
            palette.buttonText: Theme.headerTextColor
            onClicked: root.printRequested()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Print the map as it is now (Ctrl+P)")
        }
        LanguageSwitch {}
    }
}
