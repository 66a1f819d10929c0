pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtLocation
import QtPositioning

// The map: works with no network (no online tiles), shows the municipality's
// real boundary, districts and settlements from the bundled GURS data.
Item {
    id: root

    readonly property alias map: map
    readonly property bool ready: (boundary.status === FeatureSource.Ready && fitted && settlements.status !== FeatureSource.Loading
                                   && districts.status !== FeatureSource.Loading && aeds.status !== FeatureSource.Loading)
                                  || boundary.status === FeatureSource.Error
    readonly property string errorString: boundary.errorString || districts.errorString || settlements.errorString
                                          || aeds.errorString
    readonly property var cursorCoordinate: hover.hovered ? map.toCoordinate(hover.point.position, false)
                                                          : QtPositioning.coordinate()
    readonly property real zoomLevel: map.zoomLevel
    // Ground metres per screen pixel across the middle of the view.
    readonly property real metersPerPixel: {
        const y = map.height / 2;
        const dx = Math.min(100, map.width);
        // Depend on the camera so the value follows every pan and zoom.
        void (map.zoomLevel + map.center.latitude + map.mapReady);
        const a = map.toCoordinate(Qt.point(0, y), false);
        const b = map.toCoordinate(Qt.point(dx, y), false);
        return (a.isValid && b.isValid && dx > 0) ? a.distanceTo(b) / dx : 0;
    }
    readonly property var homeCenter: QtPositioning.coordinate(46.437, 15.878)

    // The first fit waits for both the boundary and a laid-out map.
    property bool fitted: false
    function fitOnce() {
        if (fitted || boundary.status !== FeatureSource.Ready || !map.mapReady || map.width <= 0 || map.height <= 0)
            return;
        fitted = true;
        showWholeMunicipality();
    }

    function showWholeMunicipality() {
        if (boundary.extent.isValid)
            map.fitViewportToGeoShape(boundary.extent, 24);
        else
            map.center = root.homeCenter;
    }

    FeatureSource {
        id: boundary
        source: DataPaths.file("geodata/ptuj_obcina_boundary.geojson")
        onStatusChanged: root.fitOnce()
    }
    FeatureSource {
        id: districts
        source: DataPaths.file("geodata/ptuj_cetrti_ODO_CM.geojson")
    }
    FeatureSource {
        id: settlements
        source: DataPaths.file("geodata/ptuj_naselja_points.geojson")
        labelField: "NA_UIME"
    }

    FeatureSource {
        id: aeds
        source: DataPaths.file("geodata/ptuj_aed_osm.geojson")
    }

    Map {
        id: map

        anchors.fill: parent
        plugin: Plugin {
            name: "itemsoverlay"
        }
        color: Theme.mapBackgroundColor
        center: root.homeCenter
        zoomLevel: 12
        minimumZoomLevel: 8
        maximumZoomLevel: 19
        copyrightsVisible: false
        onMapReadyChanged: root.fitOnce()
        onWidthChanged: root.fitOnce()
        onHeightChanged: root.fitOnce()

        MapItemView {
            model: districts.polygons
            delegate: MapPolygon {
                required property var modelData
                geoShape: modelData
                autoFadeIn: false
                color: "transparent"
                border.color: Theme.districtColor
                border.width: 1
            }
        }

        MapItemView {
            model: boundary.polygons
            delegate: MapPolygon {
                required property var modelData
                geoShape: modelData
                autoFadeIn: false
                color: Qt.rgba(1, 1, 1, 0.35)
                border.color: Theme.boundaryColor
                border.width: 3
            }
        }

        MapItemView {
            model: aeds.points
            delegate: MapQuickItem {
                required property var modelData

                coordinate: modelData.coordinate
                autoFadeIn: false
                anchorPoint.x: 7
                anchorPoint.y: 7
                sourceItem: Rectangle {
                    width: 14
                    height: 14
                    radius: 3
                    color: Theme.aedColor
                    border.color: "white"
                    Text {
                        anchors.centerIn: parent
                        text: "+"
                        color: "white"
                        font.bold: true
                        font.pixelSize: 12
                    }
                }
            }
        }

        MapItemView {
            model: settlements.points
            delegate: MapQuickItem {
                id: settlement

                required property var modelData

                coordinate: modelData.coordinate
                autoFadeIn: false
                anchorPoint.x: 5
                anchorPoint.y: 5
                sourceItem: Item {
                    Rectangle {
                        width: 10
                        height: 10
                        radius: 5
                        color: Theme.settlementColor
                        border.color: "white"
                        border.width: 2
                    }
                    Label {
                        x: 14
                        y: -5
                        text: settlement.modelData.label
                        font.pixelSize: 12
                        font.bold: true
                        color: Theme.settlementColor
                        style: Text.Outline
                        styleColor: "white"
                    }
                }
            }
        }

        DragHandler {
            id: drag
            target: null
            onTranslationChanged: (delta) => map.pan(-delta.x, -delta.y)
        }
        WheelHandler {
            acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
            rotationScale: 1 / 120
            property: "zoomLevel"
        }
        PinchHandler {
            target: null
            property real startZoom
            onActiveChanged: if (active) startZoom = map.zoomLevel
            onActiveScaleChanged: map.zoomLevel = startZoom + Math.log2(activeScale)
        }
        HoverHandler {
            id: hover
        }
    }

    Column {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 10
        spacing: 4

        RoundButton {
            objectName: "zoomInButton"
            text: "+"
            onClicked: map.zoomLevel = Math.min(map.maximumZoomLevel, map.zoomLevel + 1)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Zoom in")
        }
        RoundButton {
            objectName: "zoomOutButton"
            text: "−"
            onClicked: map.zoomLevel = Math.max(map.minimumZoomLevel, map.zoomLevel - 1)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Zoom out")
        }
        RoundButton {
            objectName: "homeButton"
            text: "⌂"
            onClicked: root.showWholeMunicipality()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Whole municipality")
        }
    }

    Label {
        objectName: "attributionLabel"
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 6
        text: qsTr("Boundary, districts, settlements: © GURS, CC BY 4.0 · defibrillators: © OpenStreetMap contributors, ODbL")
        font.pixelSize: 10
        color: Theme.subtleTextColor
        background: Rectangle {
            color: Qt.rgba(1, 1, 1, 0.7)
        }
    }

    Shortcut {
        sequences: [StandardKey.ZoomIn]
        onActivated: map.zoomLevel = Math.min(map.maximumZoomLevel, map.zoomLevel + 1)
    }
    Shortcut {
        sequences: [StandardKey.ZoomOut]
        onActivated: map.zoomLevel = Math.max(map.minimumZoomLevel, map.zoomLevel - 1)
    }
    Shortcut {
        sequence: "Home"
        onActivated: root.showWholeMunicipality()
    }
}
