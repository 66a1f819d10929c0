import QtQuick
import QtTest
import QtPositioning
import PtujConsole.Controls
import PtujConsole.Map
import PtujConsole.Shell
import PtujConsoleTests

// The main view under test, created fresh for each test function; the store is a
// private copy of the sample store (tst_mainview.cpp).
TestCase {
    id: testCase

    width: 1400
    height: 900
    visible: true
    when: windowShown

    Component {
        id: mainViewComponent
        MainView {
            context: TestSession.context
        }
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

    // The part of the view with that objectName (a capability's page, overlay or dialog).
    function part(view, objectName) {
        const found = findChild(view, objectName);
        verify(found, objectName);
        return found;
    }

    function init() {
        Language.code = "sl";
    }
}
