pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
import QtPositioning

// The inbox's reports on the map, aggregated into screen-sized cells so 100,000 reports
// cost as much to draw as a few dozen: a circle per cell with its count, coloured by
// status (red as far as its reports are open, green as far as they are closed) or by age
// (green under a week, yellow at a month, red from three months). A click on a cell zooms
// in; on a single report it opens it. The open report is ringed.
Item {
    id: root

    required property var map
    required property ReportInboxModel inbox
    required property real metersPerPixel
    property var currentId: -1
    property var currentCoordinate: undefined
    // "status" or "age"
    property string colourBy: "status"
    // Cells of this many pixels.
    property int cellPixels: 44
    property var cells: []

    signal reportClicked(var id)

    function refresh() {
        if (!visible || metersPerPixel <= 0 || inbox.status !== ReportInboxModel.Ready) {
            cells = [];
            return;
        }
        cells = inbox.gridCells(cellPixels * metersPerPixel);
    }

    onVisibleChanged: refresh()
    Timer {
        id: refreshTimer
        interval: 30
        onTriggered: root.refresh()
    }
    Connections {
        target: root.map
        function onZoomLevelChanged() { refreshTimer.restart(); }
        function onWidthChanged() { refreshTimer.restart(); }
    }
    Connections {
        target: root.inbox
        function onCountChanged() { refreshTimer.restart(); }
        function onStatusChanged() { refreshTimer.restart(); }
        // A new filter with the same count still moves the cells.
        function onModelReset() { refreshTimer.restart(); }
    }

    // The cells in view as a print draws them: GeoJSON points with their colour and count.
    function printMarks() {
        const hex = (c) => "#" + [c.r, c.g, c.b].map(v => Math.round(v * 255).toString(16).padStart(2, "0")).join("");
        const out = [];
        for (let i = 0; i < cellRepeater.count; ++i) {
            const cell = cellRepeater.itemAt(i) as Rectangle;
            const data = root.cells[i];
            if (!cell || !cell.visible || !data)
                continue;
            out.push({type: "Feature",
                      geometry: {type: "Point", coordinates: [data.longitude, data.latitude]},
                      properties: {mark: "report", color: hex(cell.color), label: String(data.count)}});
        }
        return out;
    }

    // The area the inbox is filtered by stays drawn while it filters (the measuring tool
    // that drew it is closed by then): the clerk sees which reports the list holds.
    Shape {
        id: areaOutline
        objectName: "reportAreaOutline"
        anchors.fill: parent
        visible: root.inbox.polygon.length >= 3
        preferredRendererType: Shape.CurveRenderer
        ShapePath {
            strokeColor: "#d32f2f"
            strokeWidth: 2.5
            strokeStyle: ShapePath.DashLine
            dashPattern: [4, 3]
            fillColor: "#1ad32f2f"
            joinStyle: ShapePath.RoundJoin
            PathPolyline {
                path: {
                    // Follow the camera.
                    void (root.map.center.latitude + root.map.center.longitude + root.map.zoomLevel + root.map.width
                          + root.map.height);
                    const ring = Array.from(root.inbox.polygon);
                    if (ring.length < 3)
                        return [];
                    return ring.concat([ring[0]]).map(c => root.map.fromCoordinate(
                        QtPositioning.coordinate(c.latitude, c.longitude), false));
                }
            }
        }
    }

    Repeater {
        id: cellRepeater
        objectName: "reportCells"
        model: root.cells
        delegate: Rectangle {
            id: cell
            required property var modelData
            readonly property point at: {
                // Follow the camera.
                void (root.map.center.latitude + root.map.center.longitude + root.map.zoomLevel + root.map.width);
                return root.map.fromCoordinate(QtPositioning.coordinate(modelData.latitude, modelData.longitude), false);
            }
            readonly property real openShare: modelData.count > 0 ? modelData.open / modelData.count : 0
            // 0 for a week or less, 1 from 90 days: green → yellow → red.
            readonly property real oldness: Math.max(0, Math.min(1, (modelData.meanAgeDays - 7) / 83))
            visible: at.x > -30 && at.y > -30 && at.x < root.width + 30 && at.y < root.height + 30
            width: modelData.count === 1 ? 14 : Math.min(40, 18 + 4 * Math.log2(modelData.count))
            height: width
            radius: width / 2
            x: at.x - width / 2
            y: at.y - height / 2
            color: root.colourBy === "age"
                   ? Qt.rgba(Math.min(1, 2 * oldness) * 0.85, (oldness < 0.5 ? 0.65 : 0.65 * (2 - 2 * oldness)) + 0.1, 0.15, 0.9)
                   : Qt.rgba(0.75 * openShare + 0.15 * (1 - openShare), 0.22 * openShare + 0.6 * (1 - openShare),
                             0.17 * openShare + 0.35 * (1 - openShare), 0.9)
            border.color: "white"
            border.width: 1.5
            Label {
                anchors.centerIn: parent
                visible: cell.modelData.count > 1
                text: cell.modelData.count
                textFormat: Text.PlainText
                color: "white"
                font.pixelSize: 10
                font.bold: true
            }
            TapHandler {
                onTapped: {
                    if (cell.modelData.count > 1) {
                        root.map.center = QtPositioning.coordinate(cell.modelData.latitude, cell.modelData.longitude);
                        root.map.zoomLevel = Math.min(root.map.maximumZoomLevel, root.map.zoomLevel + 2);
                    } else {
                        const id = root.inbox.idNear(cell.modelData.longitude, cell.modelData.latitude,
                                                     root.cellPixels * root.metersPerPixel);
                        if (id >= 0)
                            root.reportClicked(id);
                    }
                }
            }
        }
    }

    Rectangle {
        objectName: "currentReportRing"
        readonly property point at: {
            void (root.map.center.latitude + root.map.center.longitude + root.map.zoomLevel + root.map.width);
            return root.currentCoordinate ? root.map.fromCoordinate(root.currentCoordinate, false) : Qt.point(-100, -100);
        }
        visible: root.currentCoordinate !== undefined
        x: at.x - width / 2
        y: at.y - height / 2
        width: 30
        height: 30
        radius: 15
        color: "transparent"
        border.color: "#f1c40f"
        border.width: 4
    }
}
