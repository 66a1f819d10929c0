import QtQuick
import QtQuick.Controls
import QtTest
import QtPositioning
import PtujConsole.Controls
import PtujConsole.Map
import PtujConsole.Print
import PtujConsole.Reports
import PtujConsoleTests

// Texts from outside are shown as they are: markup in a report from an endpoint, in a
// service name or in a catalogue title is neither rendered nor is its <img> fetched.
MainViewTestCase {
    id: hostileCase
    name: "HostileText"

    HostileEndpoint {
        id: endpoint
    }
    Component {
        id: workflowComponent
        ReportWorkflow {
            storePath: TestSession.context.storePath
            actor: TestSession.context.actor
        }
    }
    Component {
        id: printComponent
        PrintView {
            width: 1600
            height: 1100
            storePath: TestSession.context.storePath
        }
    }
    Component {
        id: printJobComponent
        PrintJob {
            program: TestSession.context.renderProgram
        }
    }
    SignalSpy {
        id: importedSpy
        signalName: "imported"
    }

    // Every Text, Label and TextEdit under item whose text contains needle (a text shown
    // as rich text still has its markup in `text`); controls' own texts are among them.
    function textsShowing(item, needle) {
        const found = [];
        const visit = (i) => {
            if (i.textFormat !== undefined && typeof i.text === "string" && i.text.indexOf(needle) >= 0)
                found.push(i);
            for (let k = 0; k < i.children.length; ++k)
                visit(i.children[k]);
        };
        visit(item);
        return found;
    }

    function verifyShownAsItIs(item, needle, what) {
        const texts = textsShowing(item, needle);
        verify(texts.length > 0, what + " is shown");
        for (const t of texts)
            compare(t.textFormat, Text.PlainText, what + " is read as markup: " + t.text);
    }

    // Nothing anywhere in the window (popups included) renders the markup, and no text
    // fetched the pixel: a rich text loads its images as soon as it is laid out.
    function verifyNoMarkupAnywhere() {
        for (const t of textsShowing(hostileCase, "pixel.png").concat(textsShowing(Overlay.overlay, "pixel.png")))
            compare(t.textFormat, Text.PlainText, "read as markup: " + t.text);
        wait(300);
        compare(endpoint.pixelRequests, 0, "a text fetched the tracking pixel");
    }

    // Imports the endpoint's report (again: the import is idempotent) before a view reads
    // the store, so the view's category list has the endpoint's service too.
    function importHostileReport() {
        verify(endpoint.baseUrl.toString() !== "", "the local endpoint listens");
        const workflow = createTemporaryObject(workflowComponent, hostileCase);
        importedSpy.target = workflow;
        importedSpy.clear();
        workflow.importUrl(endpoint.baseUrl);
        importedSpy.wait(20000);
        const summary = importedSpy.signalArguments[0][0];
        verify(summary.ok, JSON.stringify(summary));
    }

    function catalogueTitle(layer) {
        const catalogue = TestSession.context.catalogue;
        for (let i = 0; i < catalogue.count; ++i) {
            const index = catalogue.index(i, 0);
            if (catalogue.data(index, CatalogueModel.LayerRole) === layer)
                return catalogue.data(index, CatalogueModel.TitleSlRole);
        }
        return undefined;
    }

    function openHostileReport(view) {
        mouseClick(findChild(view, "reportsTab"));
        const inbox = view.capability("reports").inbox;
        const panel = part(view, "reportsPanel");
        const statuses = findChild(panel, "reportStatusFilter");
        statuses.currentIndex = statuses.count - 1; // all statuses: the report is resolved
        statuses.activated(statuses.currentIndex);
        let id = -1;
        tryVerify(() => {
            if (inbox.status !== ReportInboxModel.Ready)
                return false;
            for (let i = 0; i < inbox.count && id < 0; ++i) {
                if (inbox.get(i).serviceRequestId === endpoint.serviceRequestId)
                    id = inbox.idAt(i);
            }
            return id >= 0;
        }, 10000, "the endpoint's report is in the inbox");
        panel.controller.select(id);
        tryVerify(() => part(view, "reportsView").card.visible && part(view, "reportsView").card.reportId === id);
        return id;
    }

    function test_reportTextsAreShownAsTheyAre() {
        importHostileReport();
        const view = createView();
        const id = openHostileReport(view);
        const card = part(view, "reportsView").card;
        verifyShownAsItIs(card, "<b>opis</b>", "the description in the card");
        verifyShownAsItIs(card, "<b>naslov</b>", "the address in the card");
        verifyShownAsItIs(card, "<b>odgovor</b>", "the public answer in the card");
        // The category by the store's name for it (the endpoint's service list named it).
        verifyShownAsItIs(card, "<b>kategorija</b>", "the category name in the card");
        const row = findChild(part(view, "reportsPanel").listView, "report_" + id);
        verify(row, "the report's row in the inbox");
        verifyShownAsItIs(row, "<b>kategorija</b>", "the category name in the inbox");
        verifyShownAsItIs(row, "<b>naslov</b>", "the address in the inbox");

        // A note with markup, and so a history value with it.
        view.capability("reports").workflow.perform("note", [id], endpoint.hostile("zapis"));
        tryVerify(() => textsShowing(card, "<b>zapis</b>").length > 0, 5000, "the note is in the history");
        verifyShownAsItIs(card, "<b>zapis</b>", "the note in the history");

        // The endpoint's service is a category of the filter, drawn by its delegate.
        const category = findChild(part(view, "reportsPanel"), "reportCategoryFilter");
        category.popup.open();
        tryVerify(() => category.popup.opened);
        verifyShownAsItIs(category.popup.contentItem, "<b>kategorija</b>", "the endpoint's category in the filter");
        verifyNoMarkupAnywhere();
        category.popup.close();
    }

    function test_catalogueTextsAreShownAsTheyAre() {
        const view = createView();
        const catalogue = TestSession.context.catalogue;
        tryVerify(() => catalogue.status === CatalogueModel.Ready && catalogue.count > 0);
        mouseClick(findChild(view, "catalogueTab"));
        const list = part(view, "cataloguePanel").listView;
        tryVerify(() => findChild(list, "catalogue_natura2000") !== null);
        const before = findChild(list, "catalogue_natura2000");
        const original = { title_sl: before.titleSl, description_sl: before.descriptionSl };
        catalogue.update("natura2000", { title_sl: endpoint.hostile("naslov"), description_sl: endpoint.hostile("opis") });
        try {
            tryVerify(() => catalogueTitle("natura2000") === endpoint.hostile("naslov"), 5000,
                      "the new title is in the catalogue");
            // The only row, so it is on screen for the mouse.
            findChild(view, "catalogueFilter").text = "natura2000";
            const row = findChild(list, "catalogue_natura2000");
            verifyShownAsItIs(row, "<b>naslov</b>", "the title in the catalogue");
            // The description is the row's tool tip (offscreen has no hover unless asked).
            row.hoverEnabled = true;
            mouseMove(row, row.width / 2, row.height / 2);
            const tip = findChild(row, "catalogueDescriptionTip");
            tryVerify(() => tip.opened, 3000, "the tool tip shows");
            verifyShownAsItIs(tip.contentItem, "<b>opis</b>", "the description in the tool tip");

            // The layer under its domain and in the drawing order.
            mouseClick(findChild(view, "domainsTab"));
            part(view, "domainPanel").filterField.text = "natura2000";
            verifyShownAsItIs(part(view, "domainPanel"), "<b>naslov</b>", "the title under its domain");
            mouseClick(findChild(view, "orderTab"));
            const order = part(view, "orderPanel").listView;
            order.positionViewAtIndex(view.mapPanel.layers.drawingOrder.indexOf("natura2000"), ListView.Contain);
            tryVerify(() => textsShowing(order, "<b>naslov</b>").length > 0, 10000,
                      "the map's layers reload with the new title");
            verifyShownAsItIs(order, "<b>naslov</b>", "the title in the drawing order");
            verifyNoMarkupAnywhere();
        } finally {
            // The tests after this one read the sample's title.
            catalogue.update("natura2000", original);
            tryVerify(() => catalogueTitle("natura2000") === original.title_sl, 5000);
        }
    }

    function test_printTitleIsShownAsItIs() {
        const title = endpoint.hostile("naslov");
        const page = createTemporaryObject(printComponent, hostileCase, { title: title, layers: ["drava"] });
        tryVerify(() => page.ready, 15000);
        verifyShownAsItIs(page, "<b>naslov</b>", "the printed title");
        verifyNoMarkupAnywhere();

        // `ptuj-console render --title '<b>…</b><img …>'` draws the same page in a process of its own.
        const job = createTemporaryObject(printJobComponent, hostileCase);
        job.start(TestSession.context.storePath, TestSession.context.storePath + "-hostile-title.png", title, ["drava"],
                  QtPositioning.rectangle(QtPositioning.coordinate(46.45, 15.83), QtPositioning.coordinate(46.40, 15.92)));
        tryVerify(() => job.status !== PrintJob.Running, 60000);
        compare(job.status, PrintJob.Ready, job.errorString);
        wait(300);
        compare(endpoint.pixelRequests, 0, "the render fetched the tracking pixel");
    }
}
