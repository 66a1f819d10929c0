import QtQuick
import QtTest
import QtPositioning
import PtujConsole.Controls
import PtujConsole.Map
import PtujConsoleTests

MainViewTestCase {
    name: "MainView"

    function test_domainPanelListsFourteenDomainsInFivePillars() {
        const view = createView();
        const list = part(view, "domainPanel").listView;
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
        const list = part(view, "domainPanel").listView;
        tryVerify(() => findChild(list, "domain_health") !== null);
        compare(findChild(list, "domain_health").text, "Prebivalstvo in zdravje");
        const zoomLabel = findChild(view.statusBar, "zoomLabel");
        verify(zoomLabel.text.startsWith("Povečava"), zoomLabel.text);

        const attribution = findChild(view.mapPanel, "attributionLabel");
        // Credits from the catalogue (GURS for the boundary, OSM for the defibrillators), the samples named as such.
        verify(attribution.text.startsWith("© GURS, CC BY 4.0"), attribution.text);
        verify(attribution.text.indexOf("© OpenStreetMap contributors, ODbL") > 0, attribution.text);
        verify(attribution.text.endsWith("drugi sloji: ponazoritveni vzorci"), attribution.text);

        const economy = findChild(list, "domain_economy");
        compare(findChild(economy, "layerCount").text, "1 sloj");

        mouseClick(findChild(view, "languageButton_en"));
        verify(attribution.text.startsWith("© GURS, CC BY 4.0"), attribution.text);
        verify(attribution.text.endsWith("other layers: illustrative samples"), attribution.text);
        // English plurals come from the English translation file.
        compare(findChild(economy, "layerCount").text, "1 layer");
        compare(findChild(findChild(list, "domain_water"), "layerCount").text, "4 layers");
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
}
