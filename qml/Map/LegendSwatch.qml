import QtQuick

// A layer's legend symbol in its style: a filled square for areas, a stroke for lines,
// a dot for points.
Item {
    id: root

    required property string kind
    required property color color

    implicitWidth: 16
    implicitHeight: 12

    Rectangle {
        visible: root.kind === "polygon"
        anchors.fill: parent
        color: Qt.rgba(root.color.r, root.color.g, root.color.b, 0.35)
        border.color: root.color
    }
    Rectangle {
        visible: root.kind === "line"
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width
        height: 3
        radius: 1.5
        color: root.color
    }
    Rectangle {
        visible: root.kind === "point" || root.kind === ""
        anchors.centerIn: parent
        width: 9
        height: 9
        radius: 4.5
        color: root.color
        border.color: "white"
    }
}
