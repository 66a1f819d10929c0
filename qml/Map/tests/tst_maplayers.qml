import QtQuick
import QtTest
import QtPositioning
import PtujConsole.Controls
import PtujConsole.Map
import PtujConsoleTests

MainViewTestCase {
    id: mapTools
    name: "MapLayers"

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

        const list = part(view, "domainPanel").listView;
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
        // No network: the store's own basemap stands in, and the map says so (not a blank map).
        tryVerify(() => basemap.fallbackReason !== "", 10000, "refused connections are reported");
        tryVerify(() => basemap.complete, 10000, "the store's tiles stand in for the online ones");
        compare(basemap.missingTiles, 0);
        const notice = findChild(panel, "basemapNotice");
        verify(notice);
        tryVerify(() => notice.visible, 5000, "the fallback is said over the map");
        verify(notice.text.indexOf(basemap.fallbackReason) >= 0, notice.text);
        // Closed by the user it stays closed; "Try again" asks the network again.
        notice.dismissed();
        verify(!notice.visible);
        basemap.retry();
        tryVerify(() => basemap.fallbackReason !== "" && notice.visible, 10000, "still no network: said again");
        BasemapSettings.mode = BasemapSettings.Store;
        BasemapSettings.onlineUrl = "";
        tryVerify(() => basemap.complete, 10000);
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
}
