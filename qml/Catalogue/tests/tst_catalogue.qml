import QtQuick
import QtTest
import QtPositioning
import PtujConsole.Controls
import PtujConsole.Map
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
        const list = part(view, "cataloguePanel").listView;
        tryVerify(() => catalogueRow(list, "natura2000") !== null);
        const natura = catalogueRow(list, "natura2000");
        compare(natura.domain, "environment");
        verify(natura.illustrative, "sample layers say they are illustrative");
        verify(!catalogueRow(list, "obcina_meja").illustrative, "the GURS boundary is official");

        const filter = findChild(view, "catalogueFilter");
        filter.text = "natura";
        compare(part(view, "cataloguePanel").filterModel.count, 1);
        filter.text = "zascita"; // without diacritics: the Protection and rescue domain
        verify(part(view, "cataloguePanel").filterModel.count >= 3);
        filter.text = "";
        compare(part(view, "cataloguePanel").filterModel.count, catalogue.count);

        // Water has the Drava, Lake Ptuj, the Grajena and the water mains.
        const water = findChild(part(view, "domainPanel").listView, "domain_water");
        compare(water.layerCount, 4);
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
        // The reason names the refused field, in the UI language (the store's message is translated).
        verify(failure.indexOf("colour") >= 0, failure);
        verify(failure.indexOf("neznana polja kataloga") >= 0, failure);
    }

    // Roles are ticked in the catalogue editor; the map finds the layer by its new role.
    function test_editRolesInTheDialog() {
        const view = createView();
        const catalogue = TestSession.context.catalogue;
        tryVerify(() => catalogue.status === CatalogueModel.Ready && catalogue.count > 0);
        mouseClick(findChild(view, "catalogueTab"));
        const list = part(view, "cataloguePanel").listView;
        tryVerify(() => catalogueRow(list, "naselja") !== null);
        const row = catalogueRow(list, "naselja");
        compare(findChild(row, "layerRolesLabel").text, "Vloga: Naselja");

        mouseClick(findChild(row, "editButton_naselja"));
        const dialog = view.capability("catalogue").dialog;
        tryVerify(() => dialog.opened);
        const settlements = findChild(dialog.contentItem, "role_settlements");
        const parking = findChild(dialog.contentItem, "role_parking");
        verify(settlements.checked, "the sample gives the settlements their role");
        verify(!parking.checked);
        // The check boxes wrap inside the dialog (once it is laid out).
        const flow = findChild(dialog.contentItem, "roleChoices");
        tryVerify(() => parking.x + parking.width <= flow.width && flow.height > 2 * parking.height);
        mouseClick(parking);
        verify(parking.checked);
        compare(dialog.chosenRoles, ["settlements", "parking"]);
        dialog.accept();

        const layers = view.mapPanel.layers;
        tryVerify(() => layers.layersWithRole("parking").indexOf("naselja") >= 0, 5000);
        verify(layers.layersWithRole("settlements").indexOf("naselja") >= 0);
        tryVerify(() => findChild(catalogueRow(list, "naselja"), "layerRolesLabel").text === "Vloga: Naselja, Parkirišča");

        catalogue.update("naselja", { roles: ["settlements"] });
        tryVerify(() => layers.layersWithRole("parking").indexOf("naselja") < 0, 5000);
    }
}
