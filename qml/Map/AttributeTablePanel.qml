pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls

// A layer's attribute table under the map: sort by a column (click its header), filter,
// pick a row to select its feature and show it on the map (Ctrl+click adds or removes
// it); rows of selected features are highlighted, and "Selected only" lists just those.
Pane {
    id: root

    required property MapLayers mapLayers
    property string layerName
    property int selectedRow: -1
    readonly property alias table: model
    readonly property bool english: Language.code === "en"

    signal featureSelected(var feature)
    signal closeRequested()

    // Scrolls to a feature's row (after a pick on the map).
    function selectFid(fid) {
        const row = model.rowOfFid(fid);
        if (row < 0)
            return;
        selectedRow = row;
        view.positionViewAtRow(row, TableView.Contain);
    }
    function selectRow(row, add) {
        selectedRow = row;
        const fid = model.fidOfRow(row);
        if (add)
            mapLayers.toggleSelected(layerName, fid);
        else
            mapLayers.select([{ layer: layerName, fid: fid }]);
        featureSelected(model.feature(row));
    }

    padding: 6
    background: Rectangle {
        // Nothing that lands on the panel reaches the map.
        InputBlocker {}
        color: Theme.panelColor
        border.color: Theme.panelBorderColor
    }
    onLayerNameChanged: selectedRow = -1

    FeatureTable {
        id: model
        mapLayers: root.mapLayers
        layer: root.layerName
        language: root.english ? "en" : "sl"
        onRowsChanged: root.selectedRow = -1
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("%1 · %2 of %n feature(s)", "", model.total).arg(root.mapLayers.titleOf(root.layerName, root.english ? "en" : "sl"))
                                                                 .arg(model.rows)
                textFormat: Text.PlainText
                font.bold: true
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            CheckBox {
                objectName: "onlySelectedBox"
                text: qsTr("Selected only (%1)").arg(root.mapLayers.selectedFids(root.layerName).length
                                                     + 0 * model.selectionRevision)
                checked: model.onlySelected
                onToggled: model.onlySelected = checked
            }
            TextField {
                objectName: "tableFilter"
                placeholderText: qsTr("Filter rows …")
                Layout.preferredWidth: 220
                onTextChanged: model.filterText = text
            }
            ToolButton {
                objectName: "tableCloseButton"
                text: qsTr("Close the table")
                display: AbstractButton.IconOnly
                icon.source: "qrc:/icons/close.svg"
                icon.width: 18
                icon.height: 18
                onClicked: root.closeRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Close the table")
            }
        }

        HorizontalHeaderView {
            id: header
            Layout.fillWidth: true
            syncView: view
            clip: true
            delegate: Rectangle {
                id: headerCell
                required property int index
                required property string display
                implicitWidth: 140
                implicitHeight: 26
                color: Theme.sectionColor
                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 6
                    anchors.rightMargin: sortIcon.visible ? sortIcon.width + 6 : 0
                    verticalAlignment: Text.AlignVCenter
                    text: headerCell.display
                    textFormat: Text.PlainText
                    font.bold: true
                    elide: Text.ElideRight
                }
                Image {
                    id: sortIcon
                    objectName: "sortIcon"
                    anchors.right: parent.right
                    anchors.rightMargin: 4
                    anchors.verticalCenter: parent.verticalCenter
                    visible: model.sortColumn() === headerCell.index
                    source: "qrc:/icons/sort.svg"
                    sourceSize: Qt.size(16, 16)
                }
                TapHandler {
                    // An exclusive grab from the press: the tap is this cell's alone.
                    gesturePolicy: TapHandler.ReleaseWithinBounds
                    onTapped: model.sortBy(headerCell.index)
                }
            }
        }

        TableView {
            id: view
            objectName: "attributeTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: model
            columnWidthProvider: () => 140
            ScrollBar.vertical: ScrollBar {}
            ScrollBar.horizontal: ScrollBar {}
            delegate: Rectangle {
                id: cell
                required property int row
                required property string display
                implicitHeight: 24
                readonly property bool selected: model.selectionRevision >= 0 && model.isRowSelected(cell.row)
                color: cell.selected ? "#fff2b3" : (cell.row % 2 ? "#ffffff" : "#f4f5f2")
                border.color: cell.row === root.selectedRow ? "#c9a227" : "transparent"
                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 6
                    verticalAlignment: Text.AlignVCenter
                    text: cell.display
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                }
                TapHandler {
                    gesturePolicy: TapHandler.ReleaseWithinBounds
                    onTapped: (eventPoint, button) => root.selectRow(cell.row, point.modifiers & Qt.ControlModifier)
                }
            }
        }
    }
}
