import QtQuick
import QtTest
import QtPositioning
import PtujConsole.Controls
import PtujConsole.Map
import PtujConsole.Import
import PtujConsoleTests

MainViewTestCase {
    name: "Import"

    function test_importIntoTheStore() {
        const view = createView();
        const catalogue = TestSession.context.catalogue;
        tryVerify(() => catalogue.status === CatalogueModel.Ready && catalogue.count > 0);
        const before = catalogue.count;
        const healthBefore = catalogue.countInDomain("health");
        const dialog = view.capability("import").dialog;
        dialog.open();
        tryVerify(() => dialog.opened);
        dialog.sourceField.text = TestSession.context.dataFile("geodata/ptuj_aed_osm.geojson").toString().replace("file://", "");
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
        const catalogue = TestSession.context.catalogue;
        tryVerify(() => catalogue.status === CatalogueModel.Ready && catalogue.count > 0);
        const before = catalogue.count;
        const dialog = view.capability("import").dialog;
        dialog.open();
        dialog.sourceField.text = "/nonexistent/poplave.shp";
        mouseClick(findChild(dialog, "importStartButton"));
        tryVerify(() => dialog.job.status === ImportJob.Error, 20000);
        // The importer's reason names the file, in the UI language (Slovenian here).
        verify(dialog.job.errorString.indexOf("/nonexistent/poplave.shp ne obstaja") >= 0, dialog.job.errorString);
        verify(findChild(dialog, "importSummary").text.indexOf("/nonexistent/poplave.shp") >= 0);
        catalogue.reload();
        tryVerify(() => catalogue.status === CatalogueModel.Ready);
        compare(catalogue.count, before);
        dialog.close();
    }
}
