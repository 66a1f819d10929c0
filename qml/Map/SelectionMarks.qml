import QtQuick

// The rectangle being dragged out with Shift (or Ctrl+Shift), drawn above the map's
// layers. Selected features themselves are highlighted by the vector layers' renderer.
Item {
    id: root

    required property bool dragging
    required property point from
    required property point to

    Rectangle {
        objectName: "selectionRectangle"
        visible: root.dragging
        x: Math.min(root.from.x, root.to.x)
        y: Math.min(root.from.y, root.to.y)
        width: Math.abs(root.to.x - root.from.x)
        height: Math.abs(root.to.y - root.from.y)
        color: Qt.rgba(0.95, 0.77, 0.06, 0.15)
        border.color: "#f1c40f"
        border.width: 2
    }
}
