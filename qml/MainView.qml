pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtPositioning

// The main window's content: tool bar, domain panel, map and status bar.
Item {
    id: root

    required property ConsoleContext context

    readonly property alias mapPanel: mapPanel
    readonly property alias sidePanel: sidePanel
    readonly property alias domainPanel: sidePanel.domainPanel
    readonly property alias importDialog: importDialog
    readonly property alias printDialog: printDialog
    readonly property alias statusBar: statusBar
    readonly property alias reportsView: reportsView
    readonly property alias reportInbox: reportInbox
    readonly property alias reportWorkflow: reportWorkflow
    // True when every bundled reference layer has loaded (or failed with a message).
    readonly property bool ready: mapPanel.ready

    // A view for screenshots and demos; "identify" lists what is at the town hall and
    // "measure" measures a triangle of settlements and "table" opens the heritage
    // attribute table, once the layers are loaded.
    property string pendingIdentify: ""
    function show(view) {
        sidePanel.tabBar.currentIndex = view === "catalogue" ? 3 : view === "order" ? 2
                                        : (view === "reports" || view === "report") ? 1 : 0;
        if (view === "report")
            Qt.callLater(() => sidePanel.reportsPanel.listView.currentIndex = 0);
        if (view === "import")
            importDialog.open();
        if (view === "identify" || view === "measure" || view === "table" || view === "inside")
            pendingIdentify = view;
        identifyWhenReady();
    }
    function identifyWhenReady() {
        if (!pendingIdentify || !ready)
            return;
        const view = pendingIdentify;
        pendingIdentify = "";
        if (view === "inside") {
            // What lies in the flood zone on the Drava (a point of its centre line).
            const hits = mapPanel.layers.identify(QtPositioning.coordinate(46.424991, 15.852268), 1);
            const zone = hits.find(h => h.layer === "flood_hazard") ?? hits.find(h => h.isArea);
            if (zone)
                mapPanel.identifyPanel.insideRequested(zone);
            return;
        }
        if (view === "table") {
            mapPanel.tableLayer = "heritage";
            mapPanel.attributeTable.selectRow(0);
            return;
        }
        if (view === "measure") {
            // Ptuj → Kicar → Spuhlja settlement points.
            mapPanel.measuring = true;
            for (const c of [[46.4198068, 15.8708617], [46.4533304, 15.9100577], [46.4116828, 15.9089744]])
                mapPanel.measurement.add(QtPositioning.coordinate(c[0], c[1]));
            return;
        }
        const p = mapPanel.map.fromCoordinate(QtPositioning.coordinate(46.41951, 15.87193), false);
        mapPanel.identifyAt(p.x, p.y);
    }
    // Later, not inside the change of ready: acting moves the camera, which changes ready.
    onReadyChanged: Qt.callLater(identifyWhenReady)

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ConsoleToolBar {
            Layout.fillWidth: true
            onImportRequested: importDialog.open()
            onPrintRequested: printDialog.open()
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            SidePanel {
                id: sidePanel
                SplitView.preferredWidth: 330
                SplitView.minimumWidth: 220
                mapLayers: mapPanel.layers
                catalogue: root.context.catalogue
                reportInbox: reportInbox
                reportWorkflow: reportWorkflow
                onEditRequested: (entry) => catalogueEditor.openFor(entry)
                onZoomToLayer: (layer) => mapPanel.zoomToLayer(layer)
                onTableRequested: (layer) => mapPanel.tableLayer = layer
            }

            MapPanel {
                id: mapPanel
                storePath: root.context.storePath
                SplitView.fillWidth: true
            }
        }

        StatusBarPanel {
            id: statusBar
            Layout.fillWidth: true
            cursorCoordinate: mapPanel.cursorCoordinate
            metersPerPixel: mapPanel.metersPerPixel
            zoomLevel: mapPanel.zoomLevel
            message: mapPanel.errorString
        }
    }

    ReportInboxModel {
        id: reportInbox
        storePath: root.context.storePath
    }
    ReportWorkflow {
        id: reportWorkflow
        storePath: root.context.storePath
        actor: root.context.actor
    }
    ReportsView {
        id: reportsView
        parent: mapPanel
        anchors.fill: parent
        visible: sidePanel.reportsShown && !mapPanel.printMode
        map: mapPanel.map
        inbox: reportInbox
        workflow: reportWorkflow
        panel: sidePanel.reportsPanel
        metersPerPixel: mapPanel.metersPerPixel
        layerTitle: (layer) => mapPanel.layers.titleOf(layer, Language.code)
    }
    Connections {
        target: sidePanel.reportsPanel
        function onAreaFilterRequested() {
            // The area measured on the map limits the inbox; without one, start measuring.
            if (mapPanel.measurement.count >= 3) {
                reportInbox.polygon = mapPanel.measurement.path.map(c => ({ longitude: c.longitude, latitude: c.latitude }));
                mapPanel.measuring = false;
            } else {
                mapPanel.measuring = true;
            }
        }
    }

    ImportDialog {
        id: importDialog
        anchors.centerIn: parent
        storePath: root.context.storePath
        onImported: {
            root.context.catalogue.reload();
            mapPanel.layers.reload();
        }
    }

    PrintDialog {
        id: printDialog
        anchors.centerIn: parent
        storePath: root.context.storePath
        renderProgram: root.context.renderProgram
        mapPanel: mapPanel
    }

    Shortcut {
        sequence: StandardKey.Print
        onActivated: printDialog.open()
    }

    CatalogueEditDialog {
        id: catalogueEditor
        anchors.centerIn: parent
        catalogue: root.context.catalogue
    }

    Connections {
        target: root.context.catalogue
        // A layer moved to another domain takes that domain's colour on the map.
        function onSaved() { mapPanel.layers.reload(); }
    }

    Shortcut {
        sequence: "Ctrl+I"
        onActivated: importDialog.open()
    }
}
