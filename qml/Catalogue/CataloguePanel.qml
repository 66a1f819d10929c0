pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls
import PtujConsole.Map

// The data and metadata catalogue (section 7 of the strategy): every layer in the store,
// its domain, owner, licence, CRS and size; filterable; edited in place.
Pane {
    id: root

    required property CatalogueModel catalogue
    readonly property alias listView: list
    readonly property alias filterModel: filtered
    readonly property bool english: Language.code === "en"

    signal editRequested(var entry)

    padding: 0
    background: Rectangle {
        color: Theme.panelColor
    }

    CatalogueFilterModel {
        id: filtered
        sourceModel: root.catalogue
        filterText: filter.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: filter
            objectName: "catalogueFilter"
            Layout.fillWidth: true
            Layout.margins: 8
            placeholderText: qsTr("Filter by name, domain, owner …")
        }

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 10
            Layout.bottomMargin: 4
            color: root.catalogue.status === CatalogueModel.Error ? Theme.boundaryColor : Theme.subtleTextColor
            wrapMode: Text.WordWrap
            text: root.catalogue.status === CatalogueModel.Error
                  ? qsTr("The store cannot be read: %1").arg(root.catalogue.errorString)
                  : filter.text.length > 0 ? qsTr("%1 of %2 layers").arg(filtered.count).arg(root.catalogue.count)
                                           : qsTr("%1 layers in the store").arg(root.catalogue.count)
            textFormat: Text.PlainText
        }

        ListView {
            id: list

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: filtered
            ScrollBar.vertical: ScrollBar {}

            delegate: CatalogueDelegate {
                width: ListView.view.width
                english: root.english
                onEditRequested: (entry) => root.editRequested(entry)
            }
        }
    }
}
