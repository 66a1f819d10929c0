import QtQuick
import QtTest
import QtPositioning
import PtujConsole.Controls
import PtujConsole.Map
import PtujConsole.Print
import PtujConsoleTests

// The printed map credits every source it shows, the basemap's included.
TestCase {
    id: testCase
    name: "PrintView"
    width: 1600
    height: 1100
    visible: true
    when: windowShown

    Component {
        id: printComponent
        PrintView {
            width: 1600
            height: 1100
            storePath: TestSession.context.storePath
        }
    }

    function test_basemapLayersAreCredited() {
        BasemapSettings.mode = BasemapSettings.Store;
        // Only the Drava is drawn as a layer; boundary and districts come with the basemap.
        const view = createTemporaryObject(printComponent, testCase, { layers: ["drava"] });
        tryVerify(() => view.ready, 15000);
        const text = findChild(view, "printAttribution").text;
        verify(text.indexOf("Geodetska uprava") >= 0 || text.indexOf("GURS") >= 0, text);
        verify(text.indexOf("Meja Mestne občine Ptuj") >= 0, text);
        // No basemap, no basemap credit.
        BasemapSettings.mode = BasemapSettings.None;
        const bare = findChild(view, "printAttribution").text;
        verify(bare.indexOf("Meja Mestne občine Ptuj") < 0, bare);
        BasemapSettings.mode = BasemapSettings.Store;
    }
}
