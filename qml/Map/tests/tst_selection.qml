import QtQuick
import QtTest
import QtPositioning
import PtujConsole.Controls
import PtujConsole.Map
import PtujConsoleTests

MainViewTestCase {
    name: "Selection"

    function test_attributeTableLinkedToTheMap() {
        const view = createView();
        const panel = view.mapPanel;
        tryVerify(() => panel.layers.status === MapLayers.Ready);
        const list = part(view, "domainPanel").listView;
        tryVerify(() => findChild(list, "tableButton_naselja") !== null);
        findChild(list, "tableButton_naselja").clicked(); // the row may be scrolled out of view
        compare(panel.tableLayer, "naselja");
        const table = panel.attributeTable.table;
        compare(table.rows, 10);
        compare(table.total, 10);

        // Sort by the settlement name, then filter without diacritics.
        const nameColumn = [...Array(table.columnCount()).keys()].find(c => table.columnName(c) === "NA_UIME");
        // The header shows the catalogue's name of the field.
        compare(table.headerData(nameColumn, Qt.Horizontal), "Naselje");
        table.sortBy(nameColumn);
        compare(table.data(table.index(0, nameColumn)), "Grajena");
        table.sortBy(nameColumn);
        compare(table.data(table.index(0, nameColumn)), "Spuhlja");
        table.filterText = "krcevina";
        compare(table.rows, 1);
        table.filterText = "";

        // A row selects the feature and centres it, highlighted over the layers.
        const layers = panel.layers;
        const row = table.rowOfFid(1);
        panel.attributeTable.selectRow(row, false);
        compare(layers.selectionCount, 1);
        verify(layers.isSelected("naselja", 1));
        verify(table.isRowSelected(row));
        compare(layers.counts.selected, 1);
        const point = table.feature(row).points[0];
        const xy = panel.map.fromCoordinate(point, false);
        verify(Math.abs(xy.x - panel.map.width / 2) < 1 && Math.abs(xy.y - panel.map.height / 2) < 1, "centred");
        // Ctrl on a second row adds it.
        panel.attributeTable.selectRow(table.rowOfFid(2), true);
        compare(layers.selectionCount, 2);
        // A click on the map selects what is there and picks its row.
        const other = layers.pointsOf("naselja").find(p => p.label === "Ptuj");
        const pxy = panel.map.fromCoordinate(other.coordinate, false);
        panel.identifyAt(pxy.x, pxy.y, false);
        tryCompare(layers, "selectionCount", 1);
        const ptujFid = layers.selectedFids("naselja")[0];
        compare(table.feature(table.rowOfFid(ptujFid)).attributes.NA_UIME, "Ptuj");
        compare(panel.attributeTable.selectedRow, table.rowOfFid(ptujFid));
        // Ctrl+click on the map adds a feature; "selected only" lists just the selection.
        const spuhljaXy = panel.map.fromCoordinate(spuhlja, false);
        panel.identifyAt(spuhljaXy.x, spuhljaXy.y, true);
        tryCompare(layers, "selectionCount", 2);
        const only = findChild(panel.attributeTable, "onlySelectedBox");
        only.toggle();
        only.toggled();
        compare(table.rows, 2);
        // Esc clears the selection; the filtered table follows.
        keyClick(Qt.Key_Escape);
        compare(layers.selectionCount, 0);
        compare(table.rows, 0);
        only.toggle();
        only.toggled();
        compare(table.rows, 10);

        mouseClick(findChild(view, "tableCloseButton"));
        compare(panel.tableLayer, "");
    }

    // Civil Protection's question: what lies inside the flood zone?
    function test_whatLiesInsideAnArea() {
        const view = createView();
        const panel = view.mapPanel;
        const layers = panel.layers;
        tryVerify(() => layers.status === MapLayers.Ready);
        // Everything settlement-like lies inside the municipality boundary.
        const boundary = layers.identify(ptuj, 1).find(h => h.layer === "obcina_meja");
        verify(boundary && boundary.isArea);
        const inMunicipality = layers.insideFeature("obcina_meja", boundary.fid);
        compare(inMunicipality.filter(h => h.layer === "naselja").length, 10);
        verify(inMunicipality.every(h => !(h.layer === "obcina_meja" && h.fid === boundary.fid)), "not itself");

        // Through the panel: identify on the Drava flood zone, then "what lies inside?".
        const p = panel.map.fromCoordinate(ptuj, false);
        panel.identifyAt(p.x, p.y);
        tryVerify(() => panel.identifyPanel.results.some(h => h.isArea));
        const area = panel.identifyPanel.results.find(h => h.isArea);
        verify(area, JSON.stringify(panel.identifyPanel.results.map(h => h.layer)));
        panel.identifyPanel.insideRequested(area);
        tryVerify(() => panel.identifyPanel.insideOf.length > 0);
        verify(findChild(panel.identifyPanel, "identifyHeader").text.indexOf(panel.identifyPanel.insideOf) >= 0);

        // And inside a drawn (measured) triangle Ptuj – Kicar – Spuhlja.
        const kicar = QtPositioning.coordinate(46.4533304, 15.9100577);
        const triangle = layers.inside([ptuj, kicar, spuhlja]);
        verify(triangle.length > 0);
        verify(triangle.every(h => h.layer !== "naselja" || ["Ptuj", "Kicar", "Spuhlja", "Podvinci"].indexOf(h.label) >= 0),
               JSON.stringify(triangle.filter(h => h.layer === "naselja").map(h => h.label)));
        compare(layers.inside([ptuj, kicar]).length, 0);
    }

    function test_rectangleSelection() {
        const view = createView();
        const panel = view.mapPanel;
        tryVerify(() => panel.layers.status === MapLayers.Ready);
        // A box around the Ptuj settlement point selects and lists it.
        const p = panel.map.fromCoordinate(ptuj, false);
        panel.selectRectangle(p.x - 20, p.y - 20, p.x + 20, p.y + 20, false);
        tryVerify(() => panel.identifyPanel.results.some(h => h.layer === "naselja" && h.label === "Ptuj"));
        verify(panel.identifyPanel.insideOf.length > 0);
        const layers = panel.layers;
        const first = layers.selectionCount;
        verify(first > 0);
        compare(layers.selectionCount, panel.identifyPanel.results.length);
        tryVerify(() => findChild(panel, "selectionBar").visible);
        // A second box elsewhere with add keeps the first one's features.
        const s = panel.map.fromCoordinate(spuhlja, false);
        panel.selectRectangle(s.x - 10, s.y - 10, s.x + 10, s.y + 10, true);
        tryVerify(() => layers.selectionCount > first);
        verify(layers.selectedFeatures().some(h => h.label === "Spuhlja"));
        verify(layers.selectedFeatures().some(h => h.label === "Ptuj"));
        verify(layers.selectionExtent().isValid);
        findChild(panel, "selectionClearButton").clicked();
        compare(layers.selectionCount, 0);
        // With the mouse: Shift + drag draws the box and does not pan the map. (Numbers, not
        // the coordinate: a value read from a property follows the property.)
        const latitude = panel.map.center.latitude;
        panel.identifyPanel.results = [];
        mouseDrag(panel.map, p.x - 30, p.y - 30, 60, 60, Qt.LeftButton, Qt.ShiftModifier);
        tryVerify(() => panel.identifyPanel.results.length > 0);
        verify(panel.identifyPanel.results.some(h => h.label === "Ptuj"));
        compare(panel.map.center.latitude, latitude);
        // Without Shift a drag pans.
        mouseDrag(panel.map, 400, 300, 80, 60);
        verify(panel.map.center.latitude > latitude, "dragging down moves the view north");
    }

    // Nothing that lands on a panel reaches the map: a click on a table row selects that
    // row's feature only (not also the district under the table), and the wheel over the
    // identify list does not zoom the map.
    function test_panelsKeepTheirInput() {
        const view = createView();
        const panel = view.mapPanel;
        const layers = panel.layers;
        tryVerify(() => layers.status === MapLayers.Ready);
        const list = part(view, "domainPanel").listView;
        tryVerify(() => findChild(list, "tableButton_naselja") !== null);
        findChild(list, "tableButton_naselja").clicked();
        const tablePanel = panel.attributeTable;
        tryVerify(() => tablePanel.visible && tablePanel.height > 100);
        const tableView = findChild(tablePanel, "attributeTable");
        tryVerify(() => tableView.rows > 0 && tableView.itemAtCell(Qt.point(0, 0)) !== null);
        const cell = tableView.itemAtCell(Qt.point(0, 0));
        waitForRendering(tablePanel);
        mouseClick(cell, 10, cell.height / 2);
        tryCompare(layers, "selectionCount", 1);
        const fid = panel.attributeTable.table.fidOfRow(0);
        verify(layers.isSelected("naselja", fid));
        // Give a map click (had it leaked through) the time to answer.
        wait(300);
        compare(layers.selectionCount, 1);
        verify(layers.isSelected("naselja", fid), JSON.stringify(layers.selectedFeatures().map(h => h.layer)));

        // The wheel over the identify list.
        const p = panel.map.fromCoordinate(ptuj, false);
        panel.identifyAt(p.x, p.y);
        tryVerify(() => panel.identifyPanel.visible && panel.identifyPanel.results.length > 0);
        waitForRendering(panel.identifyPanel);
        const zoom = panel.map.zoomLevel;
        for (let i = 0; i < 5; ++i)
            mouseWheel(panel.identifyPanel, panel.identifyPanel.width / 2, panel.identifyPanel.height - 10, 0, -120);
        wait(100);
        compare(panel.map.zoomLevel, zoom);
        // Over the map itself the wheel still zooms.
        mouseWheel(panel.map, 40, panel.map.height / 2, 0, 120);
        tryVerify(() => panel.map.zoomLevel > zoom);
    }
}
