import QtQuick
import QtTest
import QtPositioning
import PtujConsole

TestCase {
    id: testCase

    name: "MainView"
    width: 1400
    height: 900
    visible: true
    when: windowShown

    Component {
        id: mainViewComponent
        MainView {}
    }

    // GURS label points of two settlements (data/geodata/ptuj_naselja_points.geojson).
    readonly property var ptuj: QtPositioning.coordinate(46.4198068, 15.8708617)
    readonly property var spuhlja: QtPositioning.coordinate(46.4116828, 15.9089744)

    function createView() {
        const view = createTemporaryObject(mainViewComponent, testCase, { width: 1400, height: 900 });
        verify(view);
        tryVerify(() => view.ready, 10000, "the reference layers load");
        return view;
    }

    function init() {
        Language.code = "sl";
    }

    function test_domainPanelListsFourteenDomainsInFivePillars() {
        const view = createView();
        const list = view.domainPanel.listView;
        compare(list.count, 14);
        const pillars = new Set();
        for (let i = 0; i < Domains.count; ++i)
            pillars.add(Domains.data(Domains.index(i, 0), Qt.UserRole + 4));
        compare(pillars.size, 5);
        const water = findChild(list, "domain_water");
        verify(water, "the water domain has a row");
        compare(water.text, "Vode");
    }

    function test_languageSwitch() {
        const view = createView();
        const list = view.domainPanel.listView;
        tryVerify(() => findChild(list, "domain_health") !== null);
        compare(findChild(list, "domain_health").text, "Prebivalstvo in zdravje");
        const zoomLabel = findChild(view.statusBar, "zoomLabel");
        verify(zoomLabel.text.startsWith("Povečava"), zoomLabel.text);

        const attribution = findChild(view.mapPanel, "attributionLabel");
        verify(attribution.text.startsWith("Meja, četrti, naselja: © GURS"), attribution.text);

        mouseClick(findChild(view, "languageButton_en"));
        verify(attribution.text.startsWith("Boundary, districts, settlements: © GURS"), attribution.text);
        compare(Language.code, "en");
        compare(findChild(list, "domain_health").text, "Population and health");
        verify(zoomLabel.text.startsWith("Zoom"), zoomLabel.text);

        mouseClick(findChild(view, "languageButton_sl"));
        compare(Language.code, "sl");
        compare(findChild(list, "domain_health").text, "Prebivalstvo in zdravje");
    }

    function test_mapShowsTheMunicipality() {
        const view = createView();
        const map = view.mapPanel.map;
        // The whole boundary is fitted: the town and the far settlements are on screen.
        for (const c of [ptuj, spuhlja, QtPositioning.coordinate(46.4843848, 15.8124985)]) {
            const p = map.fromCoordinate(c, false);
            verify(p.x > 0 && p.x < map.width && p.y > 0 && p.y < map.height, `${c} is visible`);
        }
        verify(map.zoomLevel > 10 && map.zoomLevel < 15, map.zoomLevel);
    }

    function test_cursorReadoutInD96() {
        const view = createView();
        const map = view.mapPanel.map;
        const p = map.fromCoordinate(ptuj, false);
        mouseMove(map, p.x, p.y);
        tryVerify(() => view.statusBar.easting > 0);
        // GURS publishes the Ptuj label point at e 566 941, n 142 604; one pixel is ~15 m here.
        verify(Math.abs(view.statusBar.easting - 566941) < 40, view.statusBar.easting);
        verify(Math.abs(view.statusBar.northing - 142604) < 40, view.statusBar.northing);
        const d96 = findChild(view.statusBar, "d96Label").text;
        verify(d96.startsWith("D96/TM e 566"), d96);
        const wgs = findChild(view.statusBar, "wgs84Label").text;
        verify(wgs.indexOf("46,41") >= 0 || wgs.indexOf("46,42") >= 0, wgs);
    }

    function test_zoomButtonsAndScaleBar() {
        const view = createView();
        const map = view.mapPanel.map;
        const before = map.zoomLevel;
        mouseClick(findChild(view, "zoomInButton"));
        compare(map.zoomLevel, before + 1);

        // Ground resolution must match two known points' geodesic distance over their pixel distance.
        const a = map.fromCoordinate(ptuj, false);
        const b = map.fromCoordinate(spuhlja, false);
        const pixels = Math.hypot(b.x - a.x, b.y - a.y);
        const expected = ptuj.distanceTo(spuhlja) / pixels;
        const mpp = view.mapPanel.metersPerPixel;
        verify(Math.abs(mpp - expected) / expected < 0.02, `${mpp} vs ${expected}`);

        const bar = findChild(view.statusBar, "scaleBar");
        verify(bar.meters > 0);
        verify(bar.barWidth > 0 && bar.barWidth <= 140);
        verify(Math.abs(bar.barWidth * mpp - bar.meters) < 1e-6 * bar.meters + 0.01);

        mouseClick(findChild(view, "zoomOutButton"));
        compare(map.zoomLevel, before);
    }

    function catalogueRow(list, layerName) {
        return findChild(list, "catalogue_" + layerName);
    }

    function test_catalogueListsTheSampleStore() {
        const view = createView();
        const catalogue = ConsoleStore.catalogue;
        tryVerify(() => catalogue.status === CatalogueModel.Ready && catalogue.count >= 28);
        mouseClick(findChild(view, "catalogueTab"));
        const list = view.sidePanel.cataloguePanel.listView;
        tryVerify(() => catalogueRow(list, "natura2000") !== null);
        const natura = catalogueRow(list, "natura2000");
        compare(natura.domain, "environment");
        verify(natura.illustrative, "sample layers say they are illustrative");
        verify(!catalogueRow(list, "obcina_meja").illustrative, "the GURS boundary is official");

        const filter = findChild(view, "catalogueFilter");
        filter.text = "natura";
        compare(view.sidePanel.cataloguePanel.filterModel.count, 1);
        filter.text = "zascita"; // without diacritics: the Protection and rescue domain
        verify(view.sidePanel.cataloguePanel.filterModel.count >= 3);
        filter.text = "";
        compare(view.sidePanel.cataloguePanel.filterModel.count, catalogue.count);

        // Water has the Drava, Lake Ptuj, the Grajena and the water mains.
        const water = findChild(view.domainPanel.listView, "domain_water");
        compare(water.layerCount, 4);
    }

    function test_importIntoTheStore() {
        const view = createView();
        const catalogue = ConsoleStore.catalogue;
        tryVerify(() => catalogue.status === CatalogueModel.Ready && catalogue.count > 0);
        const before = catalogue.count;
        const healthBefore = catalogue.countInDomain("health");
        const dialog = view.importDialog;
        dialog.open();
        tryVerify(() => dialog.opened);
        dialog.sourceField.text = DataPaths.file("geodata/ptuj_aed_osm.geojson").toString().replace("file://", "");
        findChild(dialog, "importLayerField").text = "aed_uvoz_test";
        dialog.domainBox.currentIndex = Domains.indexOf("health");
        mouseClick(findChild(dialog, "importStartButton"));
        tryVerify(() => dialog.job.status === ImportJob.Ready, 20000, dialog.job.errorString);
        compare(dialog.job.report.imported, 15);
        compare(dialog.job.report.rejected, 0);
        tryCompare(catalogue, "count", before + 1);
        compare(catalogue.countInDomain("health"), healthBefore + 1);
        verify(findChild(dialog, "importSummary").text.indexOf("15") >= 0);
        dialog.close();
    }

    function test_importFailureLeavesTheStore() {
        const view = createView();
        const catalogue = ConsoleStore.catalogue;
        tryVerify(() => catalogue.status === CatalogueModel.Ready && catalogue.count > 0);
        const before = catalogue.count;
        const dialog = view.importDialog;
        dialog.open();
        dialog.sourceField.text = "/nonexistent/poplave.shp";
        mouseClick(findChild(dialog, "importStartButton"));
        tryVerify(() => dialog.job.status === ImportJob.Error, 20000);
        verify(dialog.job.errorString.indexOf("does not exist") >= 0, dialog.job.errorString);
        verify(findChild(dialog, "importSummary").text.indexOf("/nonexistent/poplave.shp") >= 0);
        catalogue.reload();
        tryVerify(() => catalogue.status === CatalogueModel.Ready);
        compare(catalogue.count, before);
        dialog.close();
    }

    function test_editCatalogueEntry() {
        const view = createView();
        const catalogue = ConsoleStore.catalogue;
        tryVerify(() => catalogue.status === CatalogueModel.Ready && catalogue.count > 0);
        catalogue.update("naselja", { owner: "GURS, Območna geodetska uprava Ptuj" });
        tryVerify(() => {
            for (let i = 0; i < catalogue.count; ++i) {
                const idx = catalogue.index(i, 0);
                if (catalogue.data(idx, Qt.UserRole + 1) === "naselja")
                    return catalogue.data(idx, Qt.UserRole + 7) === "GURS, Območna geodetska uprava Ptuj";
            }
            return false;
        });
        // An unknown field is refused with a reason, the entry unchanged.
        let failure = "";
        const conn = catalogue.saveFailed.connect((layer, message) => failure = message);
        catalogue.update("naselja", { colour: "red" });
        tryVerify(() => failure.length > 0);
        verify(failure.indexOf("unknown catalogue field") >= 0, failure);
    }

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
}
