import QtQuick
import QtTest
import QtPositioning
import PtujConsole.Controls
import PtujConsole.Map
import PtujConsole.Catalogue
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

    // The style editor: a layer in one symbol becomes categorised by a field; the map's
    // legend lists the classes with their symbols, the store keeps it (QGIS's style too),
    // and a style that is not one is refused with its reason, the stored one unchanged.
    function test_styleEditorClassifiesALayer() {
        const view = createView();
        const layers = view.mapPanel.layers;
        tryVerify(() => layers.status === MapLayers.Ready && layers.legendOf("fire_brigades").kind === "point");
        compare(layers.legendOf("fire_brigades").classes.length, 0);
        const cap = view.capability("catalogue");
        cap.styleRequested("fire_brigades");
        const dialog = cap.styleDialog;
        tryVerify(() => dialog.opened && dialog.editor.status === StyleEditor.Ready);
        compare(dialog.editor.kind, "point");
        verify(dialog.editor.fields.indexOf("settlement") >= 0);
        dialog.editor.setType("categorised");
        dialog.editor.classify("settlement");
        tryVerify(() => dialog.editor.status === StyleEditor.Ready && (dialog.style.classes ?? []).length === 7);
        // Nine brigades in seven settlements (three in Ptuj): seven classes, the most
        // frequent first, no two alike.
        compare(dialog.style.classes[0].value, "Ptuj");
        const seen = {};
        for (const c of dialog.style.classes) {
            const key = c.symbol.color + c.symbol.shape;
            verify(!seen[key], "two classes share " + key);
            seen[key] = true;
        }
        dialog.editor.setLabel(0, "sl", "<b>prvi</b>");
        dialog.editor.setSymbolValue(0, "shape", "star");
        mouseClick(findChild(dialog.footer, "styleSaveButton"));
        tryVerify(() => !dialog.opened);
        tryVerify(() => (layers.legendOf("fire_brigades").classes ?? []).length === 7);
        const first = layers.legendOf("fire_brigades").classes[0];
        compare(first.labelSl, "<b>prvi</b>"); // kept as text, shown as plain text
        compare(first.symbol.shape, "star");

        // Refused: the stored style stays.
        cap.styleRequested("fire_brigades");
        tryVerify(() => dialog.opened && dialog.editor.status === StyleEditor.Ready);
        dialog.editor.setSymbolValue(-1, "size", 500);
        mouseClick(findChild(dialog.footer, "styleSaveButton"));
        tryVerify(() => dialog.editor.status === StyleEditor.Error);
        verify(dialog.editor.errorString.indexOf("size") >= 0, dialog.editor.errorString);
        dialog.reject();
        compare(layers.legendOf("fire_brigades").classes.length, 7);
    }
}
