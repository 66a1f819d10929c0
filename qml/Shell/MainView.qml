pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtPositioning
import PtujConsole.Controls
import PtujConsole.Map

// The main window's content: tool bar, side panel, map and status bar, laid out around what
// the capabilities contribute. The capabilities come from the context (app/ lists them);
// this file names none of them.
Item {
    id: root

    required property ConsoleContext context

    readonly property alias mapPanel: mapPanel
    readonly property alias sidePanel: sidePanel
    readonly property alias statusBar: statusBar
    // True when every bundled reference layer has loaded (or failed with a message).
    readonly property bool ready: mapPanel.ready && !capabilities.some(c => c.busy)
    /// Every capability, created once with the context and the map, in the context's order.
    property list<Capability> capabilities
    /// The capability of that name, or null.
    function capability(name: string): Capability {
        for (const c of capabilities) {
            if (c.name === name)
                return c;
        }
        return null;
    }

    /// One kind of contribution ("pages", "overlays" or "actions") of every capability.
    function contributions(kind) {
        return capabilities.reduce((all, c) => all.concat(Array.from(c[kind])), []);
    }

    function createCapabilities() {
        const made = [];
        for (const ref of root.context.capabilities) {
            const [uri, type] = ref.split("/");
            const component = Qt.createComponent(uri, type, Component.PreferSynchronous, root);
            const capability = component.status === Component.Ready
                ? component.createObject(root, { context: root.context, mapPanel: mapPanel }) : null;
            if (capability)
                made.push(capability);
            else
                console.warn("capability", ref, "could not be created:", component.errorString());
        }
        capabilities = made;
    }
    Component.onCompleted: {
        createCapabilities();
        if (pendingView !== "")
            show(pendingView);
    }

    // A view for screenshots and demos: a capability's page or view by name; the map's own
    // are "identify" (what is at the town hall), "measure" (a triangle of settlements),
    // "table" (the heritage attribute table) and "inside", once the layers are loaded.
    property string pendingView: ""
    property string pendingIdentify: ""
    function show(view) {
        if (capabilities.length === 0) {
            pendingView = view;
            return;
        }
        pendingView = "";
        for (const c of capabilities) {
            if (c.show(view))
                return;
        }
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
            const hazard = mapPanel.layers.layersWithRole("flood_hazard");
            const zone = hits.find(h => hazard.indexOf(h.layer) >= 0) ?? hits.find(h => h.isArea);
            if (zone)
                mapPanel.identifyPanel.insideRequested(zone);
            return;
        }
        if (view === "table") {
            mapPanel.tableLayer = mapPanel.layers.layersWithRole("heritage")[0] ?? "";
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
            actions: root.contributions("actions")
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            SidePanel {
                id: sidePanel
                SplitView.preferredWidth: 330
                SplitView.minimumWidth: 220
                pages: root.contributions("pages").sort((a, b) => a.order - b.order)
            }

            MapPanel {
                id: mapPanel
                storePath: root.context.storePath
                SplitView.fillWidth: true
                overlays: root.contributions("overlays")
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
}
