import QtQuick
import QtTest
import QtPositioning
import PtujConsole.Controls
import PtujConsole.Map
import PtujConsoleTests

// The identify / "what lies inside" list as Civil Protection reads it: fields under their
// catalogue names, and what lies just outside a flood zone within a chosen distance.
MainViewTestCase {
    id: identifyList
    name: "IdentifyList"

    // The low-hazard (Q500) zone on the left bank of the Drava west of the old town, from the
    // panel's own identify (a point on the surface of the sample zone).
    function q500Hit(panel) {
        const inZone = QtPositioning.coordinate(46.4387081, 15.8371482);
        panel.map.center = inZone;
        const p = panel.map.fromCoordinate(inZone, false);
        panel.identifyAt(p.x, p.y);
        tryVerify(() => panel.identifyPanel.results.some(h => h.layer === "flood_hazard"));
        const hit = panel.identifyPanel.results.find(h => h.layer === "flood_hazard" && h.label.indexOf("Q500") >= 0);
        verify(hit, JSON.stringify(panel.identifyPanel.results.map(h => h.label)));
        return hit;
    }

    function test_fieldsShowUnderTheirAliases() {
        const view = createView();
        const panel = view.mapPanel;
        tryVerify(() => panel.layers.status === MapLayers.Ready);
        const hit = q500Hit(panel);
        const names = hit.fields.map(f => f.name);
        // The catalogue's names, in both languages; the raw keys are not shown.
        const hazard = hit.fields.find(f => f.name === "hazard_sl");
        verify(hazard, JSON.stringify(names));
        compare(hazard.sl, "Razred poplavne nevarnosti");
        compare(hazard.en, "Flood hazard class");
        compare(hazard.value, "majhna");
        verify(names.indexOf("fid") < 0 && names.every(n => !n.startsWith("@")), JSON.stringify(names));

        // The panel shows the alias, not the key, and switches with the language.
        const list = findChild(panel.identifyPanel, "identifyList");
        function shown() {
            const texts = [];
            for (const label of findLabels(list))
                texts.push(label.text);
            return texts.join("\n");
        }
        tryVerify(() => shown().indexOf("Razred poplavne nevarnosti: majhna") >= 0, 3000, shown());
        verify(shown().indexOf("hazard_sl") < 0, shown());
        Language.code = "en";
        tryVerify(() => shown().indexOf("Flood hazard class: majhna") >= 0, 3000, shown());
        // "1 feature here", not "1 features".
        panel.identifyPanel.results = [hit];
        compare(findChild(panel.identifyPanel, "identifyHeader").text, "1 feature here");
    }

    // OŠ Olge Meglič and OŠ Mladika lie some 40 m outside the Q500 zone: inside only they are
    // not listed, within 50 m they are, with how far out they are.
    function test_whatLiesNearTheFloodZone() {
        const view = createView();
        const panel = view.mapPanel;
        tryVerify(() => panel.layers.status === MapLayers.Ready);
        const zone = q500Hit(panel);
        panel.identifyPanel.insideRequested(zone);
        tryVerify(() => panel.identifyPanel.insideOf.length > 0 && panel.finder.status === MapFinder.Ready, 10000);
        const schools = ["OŠ Olge Meglič", "OŠ Mladika"];
        const listed = () => panel.identifyPanel.results.filter(h => schools.indexOf(h.label) >= 0);
        compare(listed().length, 0, "inside only");
        const insideCount = panel.identifyPanel.results.length;

        const band = findChild(panel.identifyPanel, "bandBox");
        verify(band && band.visible);
        compare(band.currentValue, 0);
        band.currentIndex = band.indexOfValue(50);
        band.activated(band.currentIndex);
        compare(panel.finder.bandMeters, 50);
        tryVerify(() => listed().length === 2, 10000, JSON.stringify(panel.identifyPanel.results.map(h => h.label)));
        for (const school of listed()) {
            verify(school.near === true, school.label);
            verify(school.distance > 20 && school.distance < 50, school.label + ": " + school.distance);
        }
        verify(panel.identifyPanel.results.length > insideCount);
        // Within each layer, what lies inside comes before what is near.
        const results = panel.identifyPanel.results;
        for (let i = 1; i < results.length; ++i) {
            if (results[i].layer === results[i - 1].layer)
                verify(!(results[i - 1].near === true && results[i].near !== true), results[i].layer + " " + results[i].label);
        }
        // The counts per layer say how many schools.
        const counts = panel.identifyPanel.counts;
        const schoolCount = counts.find(c => c.title === "Osnovne šole");
        verify(schoolCount && schoolCount.count >= 2, JSON.stringify(counts));
        verify(findChild(panel.identifyPanel, "identifyCounts").visible);
        // The band stays chosen for the next area and is shown so.
        compare(band.currentValue, 50);
        band.currentIndex = band.indexOfValue(0);
        band.activated(band.currentIndex);
        tryVerify(() => listed().length === 0, 10000);
    }

    // Every Label under an item (the list's delegates).
    function findLabels(item) {
        let out = [];
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (child.text !== undefined && child.textFormat !== undefined && child.visible)
                out.push(child);
            out = out.concat(findLabels(child));
        }
        if (item.contentItem && item.contentItem !== item && item.contentItem.children)
            out = out.concat(findLabels(item.contentItem));
        return out;
    }
}
