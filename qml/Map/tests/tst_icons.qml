import QtQuick
import QtQuick.Controls
import QtTest
import PtujConsole.Controls
import PtujConsole.Map
import PtujConsoleTests

// The UI's icons are SVGs in ptuj_resources (qrc:/icons/…), drawn by the Qt SVG image
// plugin. Without the plugin or the linked resource every icon-only button is an empty
// circle or square: these tests fail then.
MainViewTestCase {
    id: icons
    name: "Icons"

    // Every icon the QML uses (grep 'qrc:/icons/' qml/).
    readonly property var used: ["basemap", "close", "collapse", "drag-handle", "edit", "expand", "home",
                                 "map-pin", "measure", "move-down", "move-up", "north", "sort", "star-filled",
                                 "table", "warning", "zoom-in", "zoom-out", "zoom-to-layer"]

    Component {
        id: imageComponent
        Image {
            sourceSize: Qt.size(24, 24)
        }
    }

    // Pixels in the middle half of the item that are clearly darker than the button face:
    // the icon's ink (the styles' button faces and borders are light or at the edge).
    function inkIn(item) {
        const image = grabImage(item);
        let ink = 0;
        for (let y = Math.floor(image.height / 4); y < Math.ceil(image.height * 3 / 4); ++y) {
            for (let x = Math.floor(image.width / 4); x < Math.ceil(image.width * 3 / 4); ++x) {
                const c = image.pixel(x, y);
                if (0.299 * c.r + 0.587 * c.g + 0.114 * c.b < 0.5)
                    ++ink;
            }
        }
        return ink;
    }

    function test_everyIconLoads_data() {
        return icons.used.map(name => ({ tag: name, source: "qrc:/icons/" + name + ".svg" }));
    }

    function test_everyIconLoads(data) {
        const image = createTemporaryObject(imageComponent, icons, { source: data.source });
        verify(image);
        tryVerify(() => image.status !== Image.Loading);
        compare(image.status, Image.Ready, data.source + " (Qt SVG image plugin installed? ptuj_resources linked?)");
        compare(image.implicitWidth, 24);
        compare(image.implicitHeight, 24);
    }

    function test_theApplicationIconLoads() {
        const image = createTemporaryObject(imageComponent, icons, { source: "qrc:/app/ptuj-console.svg" });
        tryVerify(() => image.status !== Image.Loading);
        compare(image.status, Image.Ready);
        // And a missing one does not: the check above can fail.
        ignoreWarning(/Cannot open: qrc:\/icons\/no-such-icon\.svg/);
        const missing = createTemporaryObject(imageComponent, icons, { source: "qrc:/icons/no-such-icon.svg" });
        tryVerify(() => missing.status !== Image.Loading);
        compare(missing.status, Image.Error);
    }

    function test_iconOnlyButtonsShowTheirIcon() {
        const view = createView();
        const zoomIn = findChild(view.mapPanel, "zoomInButton");
        verify(zoomIn);
        compare(zoomIn.icon.source, "qrc:/icons/zoom-in.svg");
        // The text stays, for the screen reader and the tool tip, but is not drawn.
        compare(zoomIn.text, "Povečaj");
        compare(zoomIn.display, AbstractButton.IconOnly);
        waitForRendering(zoomIn);
        verify(inkIn(zoomIn) > 10, "the zoom-in button draws no icon");

        // A button of the layer tree (the first page): the attribute table of the Drava.
        tryVerify(() => findChild(view, "tableButton_drava") !== null);
        const table = findChild(view, "tableButton_drava");
        compare(table.icon.source, "qrc:/icons/table.svg");
        tryVerify(() => table.visible && table.width > 0);
        waitForRendering(table);
        verify(inkIn(table) > 10, "the attribute-table button draws no icon");
    }
}
