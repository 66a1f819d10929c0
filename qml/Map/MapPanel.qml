pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtLocation
import QtPositioning
import PtujConsole.Controls

// The map: works with no network (no online tiles) and shows the store's layers in
// their domain colours, framed by the real GURS boundary.
Item {
    id: root

    required property string storePath
    // For print: only these layers (all visible ones when empty), and no controls.
    property var onlyLayers: []
    property bool printMode: false
    /// What the capabilities draw over the map (Capability.overlays, gathered by the Shell):
    /// each is created once, fills the map and lies above the map's own tools.
    property list<Component> overlays
    // The area to show first; the whole municipality when not valid.
    property var fitTo: QtPositioning.rectangle()
    property bool measuring: false
    // The layer whose attribute table is open ("" for none).
    property string tableLayer: ""
    // The first fit waits for both the layers and a laid-out map.
    property bool fitted: false

    readonly property alias map: map
    readonly property alias layers: layers
    readonly property alias vectorLayers: vectorLayers
    readonly property alias identifyPanel: identifyPanel
    readonly property alias bookmarksButton: controls.bookmarksButton
    readonly property alias measurement: measurement
    readonly property alias searchField: searchField
    readonly property alias finder: finder
    readonly property alias attributeTable: attributeTable

    readonly property bool ready: (layers.status === MapLayers.Ready && fitted && vectorLayers.upToDate
                                   && (basemap.complete || !basemap.visible || basemap.problem !== ""))
                                  || layers.status === MapLayers.Error
    readonly property alias basemap: basemap
    readonly property string errorString: layers.errorString
    readonly property var cursorCoordinate: gestures.hovered ? map.toCoordinate(gestures.hoverPosition, false)
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

    onMeasuringChanged: if (!measuring) measurement.clear()

    // What a print carries over the layers, as GeoJSON features (PrintMarks): the
    // capabilities' markers (the inbox's report cells), the selection, the measured shape.
    function printMarks(what) {
        let out = [];
        if (what.reports) {
            for (let i = 0; i < overlayRepeater.count; ++i) {
                const item = overlayRepeater.itemAt(i) ? overlayRepeater.itemAt(i).item : null;
                if (item && item.visible && typeof item.printMarks === "function")
                    out = out.concat(item.printMarks());
            }
        }
        if (what.selection)
            out = out.concat(layers.selectionMarks());
        if (what.measure && root.measuring && measurement.count >= 2) {
            const ring = measurement.path.map(c => [c.longitude, c.latitude]);
            const area = measurement.count >= 3;
            out.push({type: "Feature",
                      geometry: area ? {type: "Polygon", coordinates: [ring.concat([ring[0]])]}
                                     : {type: "LineString", coordinates: ring},
                      properties: {mark: "measure",
                                   label: area ? measureOverlay.formatArea(measurement.area)
                                               : measureOverlay.formatLength(measurement.length)}});
        }
        return out;
    }

    // Says something over the map for a few seconds.
    function notify(text) {
        notice.show(text);
    }

    // Lists what lies at a point of the map (in item coordinates), 8 px around it, and
    // selects the topmost of it; with add (Ctrl+click) that one joins the selection or
    // leaves it instead.
    // The lookups run on a worker (finder); their answers come back in showIdentified()
    // and showInside().
    function identifyAt(x, y, add) {
        finder.identify(map.toCoordinate(Qt.point(x, y), false), 8 * metersPerPixel, {kind: "identify", add: add === true});
    }

    function showIdentified(hits, add) {
        // With the table open, a click on one of its features picks its row.
        const tableHit = hits.find(r => r.layer === tableLayer);
        const top = tableHit ?? hits[0];
        if (add) {
            if (top)
                layers.toggleSelected(top.layer, top.fid);
            identifyPanel.insideOf = qsTr("the selection");
            identifyPanel.results = layers.selectedFeatures();
        } else {
            layers.select(top ? [top] : []);
            identifyPanel.insideOf = "";
            identifyPanel.results = hits;
        }
        if (tableHit)
            attributeTable.selectFid(tableHit.fid);
    }

    // Selects (or, with add, adds) what lies in an area and lists it.
    function showInside(results, description, add) {
        layers.select(results, add);
        identifyPanel.insideOf = add ? qsTr("the selection") : description;
        identifyPanel.results = add ? layers.selectedFeatures() : results;
    }

    // Selects the features of the visible layers inside a screen rectangle.
    function selectRectangle(x1, y1, x2, y2, add) {
        const corners = [Qt.point(x1, y1), Qt.point(x2, y1), Qt.point(x2, y2), Qt.point(x1, y2)];
        finder.inside(corners.map(p => map.toCoordinate(p, false)),
                      {kind: "inside", description: qsTr("the selected rectangle"), add: add === true});
    }

    function clearSelection() {
        layers.clearSelection();
        identifyPanel.results = [];
    }

    // Shows a search hit: points close up, larger features whole, with its attributes.
    function showHit(hit) {
        if (hit.isPoint) {
            map.center = hit.center;
            map.zoomLevel = Math.max(map.zoomLevel, 17);
        } else {
            map.fitViewportToGeoShape(hit.extent, 60);
        }
        identifyPanel.results = [hit];
    }

    // Brings a feature picked in the table into view.
    function showFeature(feature) {
        if (feature.center === undefined)
            return;
        if (feature.isPoint)
            map.center = feature.center;
        else if (!map.visibleRegion.boundingGeoRectangle().contains(feature.center))
            map.fitViewportToGeoShape(feature.extent, 80);
    }

    function fitOnce() {
        if (fitted || layers.status !== MapLayers.Ready || !map.mapReady || map.width <= 0 || map.height <= 0)
            return;
        fitted = true;
        showWholeMunicipality();
    }

    function showWholeMunicipality() {
        if (fitTo.isValid)
            map.fitViewportToGeoShape(fitTo, 0);
        else if (layers.extent.isValid)
            map.fitViewportToGeoShape(layers.extent, 24);
        else
            map.center = root.homeCenter;
    }

    function zoomToLayer(layer) {
        const extent = layers.extentOf(layer);
        if (extent.isValid)
            map.fitViewportToGeoShape(extent, 40);
    }

    Measurement {
        id: measurement
    }

    MapLayers {
        id: layers
        storePath: root.storePath
        onlyLayers: root.onlyLayers
        onStatusChanged: root.fitOnce()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.mapBackgroundColor
    }

    BasemapItem {
        id: basemap
        objectName: "basemap"
        anchors.fill: map
        visible: BasemapSettings.mode !== BasemapSettings.None
        storePath: visible ? root.storePath : ""
        onlineUrl: BasemapSettings.effectiveUrl
        cacheMegabytes: BasemapSettings.cacheMegabytes
        center: map.center
        zoomLevel: map.zoomLevel
    }

    Map {
        id: map

        anchors.fill: parent
        plugin: Plugin {
            name: "itemsoverlay"
        }
        // Transparent: the basemap lies under the map.
        color: "transparent"
        center: root.homeCenter
        zoomLevel: 12
        minimumZoomLevel: 8
        maximumZoomLevel: 19
        copyrightsVisible: false
        onMapReadyChanged: root.fitOnce()
        onWidthChanged: root.fitOnce()
        onHeightChanged: root.fitOnce()

        MapGestures {
            id: gestures
            anchors.fill: parent
            map: map
            onRectangleSelected: (x1, y1, x2, y2, add) => root.selectRectangle(x1, y1, x2, y2, add)
            onTapped: (x, y, add) => {
                if (root.measuring)
                    measurement.add(map.toCoordinate(Qt.point(x, y), false));
                else
                    root.identifyAt(x, y, add);
            }
        }
        MapPolygon {
            visible: root.measuring && measurement.count >= 3
            path: measurement.path
            autoFadeIn: false
            color: Qt.rgba(0.85, 0.1, 0.4, 0.15)
            border.width: 0
        }
        MapPolyline {
            visible: root.measuring && measurement.count >= 2
            path: measurement.path
            autoFadeIn: false
            line.color: "#d81b60"
            line.width: 3
        }
    }

    VectorMapItem {
        id: vectorLayers
        anchors.fill: map
        layers: root.layers
        center: map.center
        zoomLevel: map.zoomLevel
    }

    SelectionMarks {
        anchors.fill: map
        dragging: gestures.selecting
        from: gestures.selectionFrom
        to: gestures.selectionTo
    }

    // The capabilities' overlays lie on the map and under the map's own panels and controls:
    // a report cell never covers the identify list, the table or the zoom buttons.
    Repeater {
        id: overlayRepeater
        model: root.overlays
        delegate: Loader {
            required property Component modelData
            anchors.fill: parent
            sourceComponent: modelData
        }
    }

    LoadingBanner {
        objectName: "loadingBanner"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: 10
        layers: root.layers
    }

    SelectionBar {
        objectName: "selectionBar"
        visible: !root.printMode && layers.selectionCount > 0
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: attributeTable.visible ? attributeTable.top : parent.bottom
        anchors.bottomMargin: 26
        count: layers.selectionCount
        onListRequested: {
            identifyPanel.insideOf = qsTr("the selection");
            identifyPanel.results = layers.selectedFeatures();
        }
        onZoomRequested: {
            const extent = layers.selectionExtent();
            if (extent.isValid)
                map.fitViewportToGeoShape(extent, 80);
        }
        onClearRequested: root.clearSelection()
    }

    MapControls {
        id: controls
        visible: !root.printMode
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 10
        map: map
        measuring: root.measuring
        onMeasureToggled: root.measuring = !root.measuring
        onHomeRequested: root.showWholeMunicipality()
    }

    AttributionLabel {
        visible: !root.printMode
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 6
        layers: root.layers
    }

    MapFinder {
        id: finder
        layers: root.layers
        onAnswered: (results, tag) => {
            if (tag.kind === "identify")
                root.showIdentified(results, tag.add);
            else
                root.showInside(results, tag.description, tag.add);
        }
    }

    IdentifyPanel {
        id: identifyPanel
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.topMargin: 10
        anchors.rightMargin: 64
        width: Math.min(360, parent.width / 2)
        height: Math.min(implicitHeight, parent.height - 60)
        mapLayers: root.layers
        bandMeters: finder.bandMeters
        onBandChosen: (meters) => finder.bandMeters = meters
        onMessageShown: (text) => notice.show(text)
        onCloseRequested: results = []
        onInsideRequested: (hit) => finder.insideFeature(hit.layer, hit.fid,
                                                         {kind: "inside", description: hit.label || hit.titleSl, add: false})
    }

    // The online basemap out of reach: the store's own basemap stands in, and the map says so.
    MapNotice {
        id: basemapNotice
        objectName: "basemapNotice"
        persistent: true
        visible: basemap.visible && basemap.fallbackReason !== "" && !root.printMode && !closedByUser
        property bool closedByUser: false
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: attributeTable.visible ? attributeTable.top : parent.bottom
        anchors.bottomMargin: 36
        text: qsTr("The online basemap cannot be reached (%1). The store's own basemap is shown instead.")
                  .arg(basemap.fallbackReason)
        actionText: qsTr("Try again")
        onActionTriggered: basemap.retry()
        onDismissed: closedByUser = true
        Connections {
            target: basemap
            function onFallbackChanged() { basemapNotice.closedByUser = false; }
        }
    }
    // Passing notices: a list saved, or why it was not.
    MapNotice {
        id: notice
        objectName: "mapNotice"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: basemapNotice.visible ? basemapNotice.top : attributeTable.visible ? attributeTable.top : parent.bottom
        anchors.bottomMargin: basemapNotice.visible ? 6 : 36
    }

    AttributeTablePanel {
        id: attributeTable
        objectName: "attributeTablePanel"
        visible: root.tableLayer !== "" && !root.printMode
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Math.min(280, parent.height / 3)
        mapLayers: layers
        layerName: root.tableLayer
        onFeatureSelected: (feature) => root.showFeature(feature)
        onCloseRequested: {
            root.tableLayer = "";
        }
    }

    SearchField {
        id: searchField
        visible: !root.printMode
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: 10
        mapLayers: layers
        onPicked: (hit) => root.showHit(hit)
    }

    MeasureOverlay {
        id: measureOverlay
        objectName: "measureOverlay"
        visible: root.measuring
        anchors.left: parent.left
        anchors.top: searchField.bottom
        anchors.margins: 10
        measurement: measurement
        onSelectInsideRequested: finder.inside(measurement.path,
                                               {kind: "inside", description: qsTr("the measured area"), add: false})
    }

    Shortcut {
        sequence: "Esc"
        enabled: identifyPanel.visible || root.measuring || layers.selectionCount > 0
        onActivated: {
            if (root.measuring)
                root.measuring = false;
            else
                root.clearSelection();
            identifyPanel.results = [];
        }
    }
    Shortcut {
        sequence: "Backspace"
        enabled: root.measuring
        onActivated: measurement.undo()
    }
}
