import QtQuick
import QtTest
import QtPositioning
import PtujConsole
import PtujConsoleTests

MainViewTestCase {
    id: mapTools
    name: "MapTools"

    function test_layersOnTheMapAndTheirVisibility() {
        const view = createView();
        const layers = view.mapPanel.layers;
        tryVerify(() => layers.status === MapLayers.Ready);
        // All 28 sample layers are drawn: 1 boundary + 8 districts + … polygons, the Drava …
        verify(layers.counts.polygons > 40, layers.counts.polygons);
        verify(layers.counts.lines >= 40, layers.counts.lines);
        verify(layers.counts.points > 250, layers.counts.points);
        // Settlement names are labelled at every zoom.
        const settlements = layers.pointsOf("naselja");
        compare(settlements.length, 10);
        verify(settlements.every(p => p.alwaysLabel && p.label.length > 0), JSON.stringify(settlements[0]));

        const list = view.domainPanel.listView;
        tryVerify(() => findChild(list, "layerVisible_drava") !== null);
        const drava = findChild(list, "layerVisible_drava");
        verify(drava.checked);
        const linesBefore = layers.counts.lines;
        mouseClick(drava);
        verify(!drava.checked);
        compare(layers.hiddenLayers.indexOf("drava") >= 0, true);
        compare(layers.counts.lines, linesBefore - 1);
        tryVerify(() => view.mapPanel.vectorLayers.upToDate, 5000, "redrawn without the Drava");
        mouseClick(drava);
        compare(layers.counts.lines, linesBefore);

        // Zoom to the sports facilities: all five are then on screen, and closer than before.
        const zoomBefore = view.mapPanel.map.zoomLevel;
        view.mapPanel.zoomToLayer("sport_facilities");
        verify(view.mapPanel.map.zoomLevel > zoomBefore);
        for (const p of layers.pointsOf("sport_facilities")) {
            const xy = view.mapPanel.map.fromCoordinate(p.coordinate, false);
            verify(xy.x >= 0 && xy.x <= view.mapPanel.map.width && xy.y >= 0 && xy.y <= view.mapPanel.map.height);
        }
    }

    function test_offlineBasemapFromTheStore() {
        const view = createView();
        const panel = view.mapPanel;
        const basemap = panel.basemap;
        compare(BasemapSettings.mode, BasemapSettings.Store);
        verify(basemap.visible);
        tryVerify(() => basemap.complete, 10000, "the basemap tiles of the first view come from the store");
        compare(basemap.missingTiles, 0);
        // Closer than the sample store was seeded (10–15): tiles are drawn from its layers.
        panel.map.center = ptuj;
        panel.map.zoomLevel = 17.2;
        tryVerify(() => basemap.complete, 10000, "zoom 17 tiles drawn on demand");
        // Tiles cover the whole view, and the municipality's land colour is on screen.
        const image = grabImage(basemap);
        let land = 0, covered = 0, samples = 0;
        for (let y = 5; y < image.height; y += 20) {
            for (let x = 5; x < image.width; x += 20) {
                const c = image.pixel(x, y);
                ++samples;
                covered += c.a > 0.99 ? 1 : 0;
                land += Qt.colorEqual(c, "#f6f4ef") ? 1 : 0;
            }
        }
        compare(covered, samples);
        verify(land > 0, "land pixels: " + land);

        // No basemap: the item goes, the map still works.
        BasemapSettings.mode = BasemapSettings.None;
        verify(!basemap.visible);
        BasemapSettings.mode = BasemapSettings.Store;
        verify(basemap.visible);

        // An online source needs a usable address; an unreachable one reports why tiles are missing.
        verify(BasemapSettings.checkUrl("ftp://x/{z}/{x}/{y}") !== "");
        verify(BasemapSettings.checkUrl("https://tiles.example.org/{z}/{x}.png") !== "");
        compare(BasemapSettings.checkUrl("https://tiles.example.org/{z}/{x}/{y}.png"), "");
        BasemapSettings.onlineUrl = "http://127.0.0.1:1/{z}/{x}/{y}.png";
        BasemapSettings.mode = BasemapSettings.Online;
        compare(basemap.onlineUrl, "http://127.0.0.1:1/{z}/{x}/{y}.png");
        tryVerify(() => basemap.problem !== "", 10000, "refused connections are reported");
        verify(!basemap.complete);
        BasemapSettings.mode = BasemapSettings.Store;
        BasemapSettings.onlineUrl = "";
        tryVerify(() => basemap.complete, 10000);
    }

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
        const panel = view.domainPanel;
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

    function test_identifyWhatIsThere() {
        const view = createView();
        const panel = view.mapPanel;
        tryVerify(() => panel.layers.status === MapLayers.Ready);
        // Click on the Ptuj settlement point: the settlement is listed, with its attributes.
        const p = panel.map.fromCoordinate(ptuj, false);
        mouseClick(panel.map, p.x, p.y);
        tryVerify(() => panel.identifyPanel.results.length > 0);
        const ptujHit = panel.identifyPanel.results.find(r => r.layer === "naselja");
        verify(ptujHit, JSON.stringify(panel.identifyPanel.results.map(r => r.layer)));
        compare(ptujHit.attributes.NA_UIME, "Ptuj");
        // The municipality boundary polygon contains the point too, listed after the point.
        const order = panel.identifyPanel.results.map(r => r.layer);
        verify(order.indexOf("obcina_meja") > order.indexOf("naselja"), order.join(","));
        verify(panel.identifyPanel.visible);
        keyClick(Qt.Key_Escape);
        compare(panel.identifyPanel.results.length, 0);

        // Far outside the municipality: nothing.
        panel.identifyAt(2, 2);
        compare(panel.identifyPanel.results.length, 0);
        verify(!panel.identifyPanel.visible);
    }

    function test_bookmarks() {
        const view = createView();
        const button = view.mapPanel.bookmarksButton;
        const map = view.mapPanel.map;
        compare(button.bookmarks.get(0).name, "Staro mestno jedro");
        // Ctrl+3 goes to CERO Gajke.
        keyClick(Qt.Key_3, Qt.ControlModifier);
        verify(map.center.distanceTo(QtPositioning.coordinate(46.4137, 15.9262)) < 5, map.center);
        compare(map.zoomLevel, 16);

        const before = button.bookmarks.count;
        map.center = QtPositioning.coordinate(46.43, 15.88);
        map.zoomLevel = 15;
        verify(button.bookmarks.add("Zbirno mesto Breg", map.center, map.zoomLevel));
        verify(!button.bookmarks.add("   ", map.center, 15), "an empty name is refused");
        compare(button.bookmarks.count, before + 1);
        button.bookmarks.remove(0); // built-in: stays
        compare(button.bookmarks.count, before + 1);
        button.bookmarks.remove(before);
        compare(button.bookmarks.count, before);
    }

    function test_measureDistanceAndArea() {
        const view = createView();
        const panel = view.mapPanel;
        const map = panel.map;
        mouseClick(findChild(view, "measureButton"));
        verify(panel.measuring);
        // Ptuj → Kicar → Spuhlja, clicked on the map.
        const kicar = QtPositioning.coordinate(46.4533304, 15.9100577);
        for (const c of [ptuj, kicar, spuhlja]) {
            const p = map.fromCoordinate(c, false);
            mouseClick(map, p.x, p.y);
        }
        compare(panel.measurement.count, 3);
        // Clicks land within a pixel (~15 m here) of the points: Ptuj–Kicar is 4,791.7 m and
        // Kicar–Spuhlja 4,161 m on the ellipsoid.
        const expected = ptuj.distanceTo(kicar) + kicar.distanceTo(spuhlja);
        verify(Math.abs(panel.measurement.length - expected) < 60, panel.measurement.length + " vs " + expected);
        verify(panel.measurement.area > 5e6 && panel.measurement.area < 7e6, panel.measurement.area);
        verify(findChild(view, "measureArea").visible);
        // No identify while measuring.
        compare(panel.identifyPanel.results.length, 0);
        keyClick(Qt.Key_Backspace);
        compare(panel.measurement.count, 2);
        keyClick(Qt.Key_Escape);
        verify(!panel.measuring);
        compare(panel.measurement.count, 0);
    }

    function test_searchByName() {
        const view = createView();
        const panel = view.mapPanel;
        tryVerify(() => panel.layers.status === MapLayers.Ready);
        // Without diacritics, case ignored; names that start with the text come first.
        const hits = panel.layers.search("GRAJENSC");
        verify(hits.length >= 1);
        verify(hits.some(h => h.label === "Grajenščak" && h.layer === "naselja"), JSON.stringify(hits.map(h => h.label)));
        verify(hits.every(h => h.label.toLowerCase().indexOf("grajenšč") >= 0));
        verify(panel.layers.search("x").length === 0, "one letter finds nothing");

        const field = panel.searchField;
        field.forceActiveFocus();
        keyClick(Qt.Key_F, Qt.ControlModifier);
        for (const ch of "drava")
            keyClick(ch);
        tryVerify(() => field.results.length > 0);
        verify(field.results.some(h => h.layer === "drava"), JSON.stringify(field.results.map(h => h.layer)));
        // Enter shows the first hit, with its attributes.
        const first = field.results[0];
        keyClick(Qt.Key_Return);
        compare(field.results.length, 0);
        compare(panel.identifyPanel.results.length, 1);
        compare(panel.identifyPanel.results[0].label, first.label);
        const c = panel.map.fromCoordinate(first.center, false);
        verify(c.x > 0 && c.x < panel.map.width && c.y > 0 && c.y < panel.map.height);
    }

    // The vector layers are drawn with the same projection as Qt Location's map, so a
    // feature sits exactly where the map says its coordinate is.
    function test_vectorLayersFollowTheMapCamera() {
        const view = createView();
        const panel = view.mapPanel;
        const map = panel.map;
        const item = panel.vectorLayers;
        tryVerify(() => item.upToDate);
        for (const zoom of [11, 13.5, 17]) {
            map.zoomLevel = zoom;
            for (const c of [ptuj, spuhlja, QtPositioning.coordinate(46.48, 15.81)]) {
                const expected = map.fromCoordinate(c, false);
                const ours = item.toItem(c);
                verify(Math.abs(ours.x - expected.x) < 0.5 && Math.abs(ours.y - expected.y) < 0.5,
                       `zoom ${zoom}: ${ours} vs ${expected}`);
            }
        }
        // Panning redraws for the new view.
        const before = item.renderCount;
        map.pan(200, 100);
        tryVerify(() => item.upToDate && item.renderCount > before, 5000);
    }

    function test_layerOpacityAndLegend() {
        const view = createView();
        const layers = view.mapPanel.layers;
        tryVerify(() => layers.status === MapLayers.Ready);
        compare(layers.kindOf("drava"), "line");
        compare(layers.kindOf("natura2000"), "polygon");
        compare(layers.kindOf("aed"), "point");
        compare(layers.kindOf("nope"), "");
        compare(layers.opacityOf("natura2000"), 1);
        layers.setOpacity("natura2000", 0.5);
        compare(layers.opacityOf("natura2000"), 0.5);
        tryVerify(() => view.mapPanel.vectorLayers.upToDate);
        layers.setOpacity("natura2000", 0); // at least 10 %: a layer is hidden with its switch
        compare(layers.opacityOf("natura2000"), 0.1);
        layers.setOpacity("natura2000", 1);
    }

    Component {
        id: swatchComponent
        LegendSwatch {}
    }

    // The legend symbol draws its kind in the layer's colour: a stroke across the middle
    // for lines (the background above it), a dot for points, a translucent tint for areas.
    // (grabImage takes the window's pixels, so "blank" is the background, not alpha 0;
    // the three stand side by side so none shows through another.)
    function test_legendSymbolsDrawTheirKind() {
        const red = Qt.color("#d01010");
        const near = (c, r, g, b) => Math.abs(c.r - r) < 0.1 && Math.abs(c.g - g) < 0.1 && Math.abs(c.b - b) < 0.1;
        const line = createTemporaryObject(swatchComponent, mapTools, { kind: "line", color: red, width: 32, height: 24 });
        waitForRendering(line);
        let image = grabImage(line);
        verify(near(image.pixel(16, 12), red.r, red.g, red.b), "the line's stroke is in its colour");
        const above = image.pixel(16, 2);
        verify(!near(above, red.r, red.g, red.b), "nothing is drawn above the stroke");
        const point = createTemporaryObject(swatchComponent, mapTools, { kind: "point", color: red, x: 40, width: 32, height: 24 });
        waitForRendering(point);
        image = grabImage(point);
        verify(near(image.pixel(16, 12), red.r, red.g, red.b), "the dot is in the layer's colour");
        const corner = image.pixel(1, 1);
        verify(!near(corner, red.r, red.g, red.b), "the corner is empty");
        const area = createTemporaryObject(swatchComponent, mapTools, { kind: "polygon", color: red, x: 80, width: 32, height: 24 });
        waitForRendering(area);
        image = grabImage(area);
        const inside = image.pixel(16, 12);
        verify(!near(inside, red.r, red.g, red.b) && inside.r > inside.g + 0.1, "the fill is a translucent tint, " + inside);
        verify(near(image.pixel(0, 12), red.r, red.g, red.b), "the outline is in the layer's colour");
    }

    function test_printTheCurrentView() {
        const view = createView();
        tryVerify(() => view.mapPanel.layers.status === MapLayers.Ready);
        const dialog = view.printDialog;
        dialog.open();
        dialog.titleField.text = "Preizkus tiska";
        dialog.fileField.text = TestSession.context.dataDirectory + "/../tst-print.png";
        mouseClick(findChild(dialog, "printButton"));
        tryVerify(() => dialog.job.status !== PrintJob.Running, 60000);
        compare(dialog.job.status, PrintJob.Ready, dialog.job.errorString);
        verify(findChild(dialog, "printStatus").text.indexOf("tst-print.png") >= 0);

        // A bad target is reported, not ignored.
        dialog.fileField.text = "/nonexistent/folder/x.pdf";
        mouseClick(findChild(dialog, "printButton"));
        tryVerify(() => dialog.job.status === PrintJob.Error, 60000);
        verify(dialog.job.errorString.indexOf("does not exist") >= 0, dialog.job.errorString);
        dialog.close();
    }
}
