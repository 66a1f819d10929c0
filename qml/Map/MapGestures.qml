import QtQuick

// The map's mouse and touch input: drag pans, Shift+drag selects a rectangle (Ctrl+Shift+drag
// adds to the selection), the wheel and a pinch zoom, a click identifies (Ctrl+click adds).
Item {
    id: root

    required property var map
    readonly property bool hovered: hover.hovered
    readonly property point hoverPosition: hover.point.position
    readonly property bool selecting: boxDrag.active || boxAddDrag.active
    readonly property point selectionFrom: boxDrag.active ? boxDrag.centroid.pressPosition : boxAddDrag.centroid.pressPosition
    readonly property point selectionTo: boxDrag.active ? boxDrag.centroid.position : boxAddDrag.centroid.position

    signal rectangleSelected(real x1, real y1, real x2, real y2, bool add)
    signal tapped(real x, real y, bool add)

    DragHandler {
        target: null
        acceptedModifiers: Qt.NoModifier
        onTranslationChanged: (delta) => root.map.pan(-delta.x, -delta.y)
    }
    DragHandler {
        id: boxDrag
        target: null
        acceptedModifiers: Qt.ShiftModifier
        onActiveChanged: if (!active) root.rectangleSelected(centroid.pressPosition.x, centroid.pressPosition.y,
                                                             centroid.position.x, centroid.position.y, false)
    }
    DragHandler {
        id: boxAddDrag
        target: null
        acceptedModifiers: Qt.ShiftModifier | Qt.ControlModifier
        onActiveChanged: if (!active) root.rectangleSelected(centroid.pressPosition.x, centroid.pressPosition.y,
                                                             centroid.position.x, centroid.position.y, true)
    }
    WheelHandler {
        target: root.map
        acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
        rotationScale: 1 / 120
        property: "zoomLevel"
    }
    PinchHandler {
        target: null
        property real startZoom
        onActiveChanged: if (active) startZoom = root.map.zoomLevel
        onActiveScaleChanged: root.map.zoomLevel = startZoom + Math.log2(activeScale)
    }
    HoverHandler {
        id: hover
    }
    TapHandler {
        onTapped: (eventPoint) => root.tapped(eventPoint.position.x, eventPoint.position.y,
                                              point.modifiers & Qt.ControlModifier)
    }
}
