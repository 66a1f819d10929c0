pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls
import PtujConsole.Map

// The order the layers are drawn in, whatever domain they belong to (the domain tree
// groups them by the strategy; this list stacks them): drag a row by its handle, or use
// the arrows (Alt+↑ / Alt+↓ on the selected row). The top row is drawn on top.
ColumnLayout {
    id: root

    required property MapLayers mapLayers
    property bool english: Language.code === "en"
    readonly property alias listView: list

    spacing: 0

    RowLayout {
        Layout.fillWidth: true
        Layout.margins: 8
        Label {
            Layout.fillWidth: true
            text: qsTr("Drawn on top first. Drag a row by its handle or use Alt+↑/↓.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.subtleTextColor
            font.pixelSize: 11
        }
        Button {
            objectName: "resetOrderButton"
            text: qsTr("Reset")
            onClicked: root.mapLayers.resetOrder()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Points over lines over areas, as in the catalogue")
        }
    }

    ListView {
        id: list
        objectName: "drawingOrderList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: LayerTreeModel {
            id: layerTree
            layers: root.mapLayers
        }
        currentIndex: -1
        keyNavigationEnabled: true
        ScrollBar.vertical: ScrollBar {}

        // Where a dragged row would land (index), -1 when nothing is dragged.
        property int dropIndex: -1

        Keys.onPressed: (event) => {
            if (!(event.modifiers & Qt.AltModifier) || currentIndex < 0)
                return;
            const name = layerTree.data(layerTree.index(currentIndex, 0), LayerTreeModel.NameRole);
            if (event.key === Qt.Key_Up && currentIndex > 0) {
                layerTree.move(currentIndex, currentIndex - 1);
                currentIndex = layerTree.rowOf(name);
                event.accepted = true;
            } else if (event.key === Qt.Key_Down && currentIndex < count - 1) {
                layerTree.move(currentIndex, currentIndex + 1);
                currentIndex = layerTree.rowOf(name);
                event.accepted = true;
            }
        }

        delegate: ItemDelegate {
            id: row

            required property string name
            required property int index
            required property string titleSl
            required property string titleEn
            required property string domain
            required property string kind
            required property bool layerVisible

            objectName: "orderRow_" + name
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            onClicked: {
                list.currentIndex = index;
                list.forceActiveFocus();
            }

            contentItem: RowLayout {
                spacing: 6
                Image {
                    id: handle
                    objectName: "dragHandle"
                    source: "qrc:/icons/drag-handle.svg"
                    sourceSize: Qt.size(16, 16)
                    opacity: 0.8
                    MouseArea {
                        id: dragArea
                        anchors.fill: parent
                        anchors.margins: -4
                        cursorShape: Qt.SizeVerCursor
                        drag.target: ghost
                        drag.axis: Drag.YAxis
                        onPressed: {
                            ghost.text = title.text;
                            ghost.y = row.mapToItem(list, 0, 0).y;
                            ghost.visible = true;
                        }
                        onPositionChanged: {
                            const y = ghost.y + ghost.height / 2 + list.contentY;
                            const at = list.indexAt(10, y);
                            list.dropIndex = at < 0 ? (y < 0 ? 0 : list.count - 1) : at;
                        }
                        onReleased: {
                            ghost.visible = false;
                            if (list.dropIndex >= 0)
                                layerTree.move(row.index, list.dropIndex);
                            list.dropIndex = -1;
                        }
                    }
                }
                LegendSwatch {
                    readonly property var legend: root.mapLayers.counts.points >= 0 ? root.mapLayers.legendOf(row.name) : ({})
                    kind: row.kind
                    symbol: legend.swatch ?? {}
                    color: Domains.color(row.domain)
                    opacity: row.layerVisible ? 1 : 0.3
                }
                ElidedLabel {
                    id: title
                    Layout.fillWidth: true
                    text: (root.english ? row.titleEn || row.titleSl : row.titleSl || row.titleEn) || row.name
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    font.pixelSize: 12
                    color: row.layerVisible ? Theme.textColor : Theme.subtleTextColor
                }
                ToolButton {
                    objectName: "moveUp_" + row.name
                    text: qsTr("Draw higher")
                    display: AbstractButton.IconOnly
                    icon.source: "qrc:/icons/move-up.svg"
                    icon.width: 16
                    icon.height: 16
                    padding: 2
                    enabled: row.index > 0
                    onClicked: layerTree.move(row.index, row.index - 1)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Draw higher")
                }
                ToolButton {
                    objectName: "moveDown_" + row.name
                    text: qsTr("Draw lower")
                    display: AbstractButton.IconOnly
                    icon.source: "qrc:/icons/move-down.svg"
                    icon.width: 16
                    icon.height: 16
                    padding: 2
                    enabled: row.index < list.count - 1
                    onClicked: layerTree.move(row.index, row.index + 1)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Draw lower")
                }
            }
            Rectangle {
                // The drop line above the row a dragged layer would take the place of.
                visible: list.dropIndex === row.index
                width: parent.width
                height: 2
                color: Theme.accentColor
            }
        }

        Label {
            id: ghost
            textFormat: Text.PlainText
            visible: false
            x: 24
            padding: 4
            font.pixelSize: 12
            background: Rectangle {
                color: Qt.rgba(1, 1, 1, 0.9)
                border.color: Theme.accentColor
            }
        }
    }
}
