import QtQuick
import QtTest
import QtPositioning
import PtujConsole
import PtujConsoleTests

MainViewTestCase {
    name: "Catalogue"

    function catalogueRow(list, layerName) {
        return findChild(list, "catalogue_" + layerName);
    }

    function test_catalogueListsTheSampleStore() {
        const view = createView();
        const catalogue = TestSession.context.catalogue;
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
        const catalogue = TestSession.context.catalogue;
        tryVerify(() => catalogue.status === CatalogueModel.Ready && catalogue.count > 0);
        const before = catalogue.count;
        const healthBefore = catalogue.countInDomain("health");
        const dialog = view.importDialog;
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
        const catalogue = TestSession.context.catalogue;
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
}
