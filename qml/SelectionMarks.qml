pragma ComponentBehavior: Bound
import QtQuick

// Marks drawn above the map's layers so other symbols never hide them: the rectangle
// being dragged out with Shift, and the points picked in the attribute table.
Item {
    id: root

    required property var map
    required property var points
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

    Repeater {
        model: root.points
        delegate: Rectangle {
            required property var modelData
            readonly property point at: {
                // Follow the camera.
                void (root.map.center.latitude + root.map.center.longitude + root.map.zoomLevel + root.map.width
                      + root.map.height);
                return root.map.fromCoordinate(modelData, false);
            }
            x: at.x - width / 2
            y: at.y - height / 2
            width: 24
            height: 24
            radius: 12
            color: "transparent"
            border.color: "#f1c40f"
            border.width: 4
        }
    }
}
