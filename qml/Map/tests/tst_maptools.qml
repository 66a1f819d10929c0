import QtQuick
import QtTest
import QtPositioning
import PtujConsole.Controls
import PtujConsole.Map
import PtujConsoleTests

MainViewTestCase {
    name: "MapTools"

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
        tryCompare(panel.finder, "status", MapFinder.Ready);
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
        // The answers come from a worker; wait for the one for the whole word.
        tryVerify(() => field.results.length > 0 && !field.searching);
        verify(field.results.some(h => h.layer === "drava"), JSON.stringify(field.results.map(h => h.layer)));
        // Enter shows the first hit, with its attributes.
        const first = field.results[0];
        keyClick(Qt.Key_Return);
        compare(field.results.length, 0);
        compare(panel.identifyPanel.results.length, 1);
        compare(panel.identifyPanel.results[0].label, first.label);
        const c = panel.map.fromCoordinate(first.center, false);
        verify(c.x > 0 && c.x < panel.map.width && c.y > 0 && c.y < panel.map.height);

        // Enter before the answer has come takes the first hit when it comes.
        field.forceActiveFocus();
        field.text = "";
        for (const ch of "spuhlja")
            keyClick(ch);
        keyClick(Qt.Key_Return);
        tryVerify(() => panel.identifyPanel.results.length === 1 && panel.identifyPanel.results[0].label === "Spuhlja",
                  5000, "Enter picked the settlement");
        compare(field.results.length, 0);

        // A text nothing answers: the list says so rather than staying shut.
        field.forceActiveFocus();
        for (const ch of "qqzx")
            keyClick(ch);
        tryVerify(() => field.nothingFound);
        compare(field.results.length, 0);
        keyClick(Qt.Key_Escape);
        verify(!field.nothingFound);
    }

}
