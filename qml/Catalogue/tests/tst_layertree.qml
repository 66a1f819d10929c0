import QtQuick
import QtTest
import QtPositioning
import PtujConsole.Controls
import PtujConsole.Map
import PtujConsoleTests

MainViewTestCase {
    name: "LayerTree"

    function test_drawingOrder() {
        let view = createView();
        let layers = view.mapPanel.layers;
        layers.resetOrder();
        const order = layers.drawingOrder;
        compare(order.length, layers.layerNames().length);
        // By default points are drawn over lines over areas.
        const kinds = order.map(l => layers.kindOf(l));
        verify(kinds.lastIndexOf("point") < kinds.indexOf("polygon"), kinds.join(","));

        // Open the order tab; the flood zone moves to the top with its ▲ button pressed
        // repeatedly, and with Alt+↓ one down again.
        mouseClick(findChild(view, "orderTab"));
        const list = findChild(view, "drawingOrderList");
        verify(list);
        const start = layers.drawingOrder.indexOf("flood_hazard");
        verify(start > 0);
        for (let i = 0; i < start; ++i) {
            list.positionViewAtIndex(layers.drawingOrder.indexOf("flood_hazard"), ListView.Center);
            const up = findChild(list, "moveUp_flood_hazard");
            verify(up);
            up.clicked();
        }
        compare(layers.drawingOrder[0], "flood_hazard");
        tryVerify(() => view.mapPanel.vectorLayers.upToDate, 5000, "redrawn in the new order");
        list.currentIndex = 0;
        list.forceActiveFocus();
        keyClick(Qt.Key_Down, Qt.AltModifier);
        compare(layers.drawingOrder[1], "flood_hazard");
        compare(list.currentIndex, 1);

        // The order is remembered by the next window.
        const saved = Array.from(layers.drawingOrder); // a copy: the list belongs to the view
        view.destroy();
        view = createView();
        compare(Array.from(view.mapPanel.layers.drawingOrder), saved);
        view.mapPanel.layers.resetOrder();
        verify(view.mapPanel.layers.drawingOrder[1] !== "flood_hazard");
    }

    function test_filterTheLayerTree() {
        const view = createView();
        const panel = part(view, "domainPanel");
        const list = panel.listView;
        tryVerify(() => findChild(list, "layerVisible_drava") !== null);
        panel.filterField.text = "poplav"; // "Poplavna nevarnost" (flood hazard), in the protection domain
        tryVerify(() => findChild(list, "layerVisible_drava") === null || !findChild(list, "domain_water").visible);
        // Folded domains make room: protection (last pillar) comes into view.
        tryVerify(() => findChild(list, "domain_protection") !== null && findChild(list, "domain_protection").visible);
        const protection = findChild(list, "domain_protection");
        verify(findChild(protection, "layerVisible_flood_hazard") !== null);
        verify(findChild(protection, "layerVisible_sensors") === null);
        panel.filterField.text = "";
        tryVerify(() => findChild(list, "domain_water") !== null && findChild(list, "domain_water").visible);
    }
}
