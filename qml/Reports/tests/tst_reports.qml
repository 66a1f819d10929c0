import QtQuick
import QtQuick.Controls
import QtTest
import QtPositioning
import PtujConsole.Controls
import PtujConsole.Map
import PtujConsoleTests
import PtujConsole.Reports

// A clerk's morning with the citizen reports of the sample store.
MainViewTestCase {
    name: "Reports"

    function openInbox(view) {
        mouseClick(findChild(view, "reportsTab"));
        const inbox = view.capability("reports").inbox;
        tryVerify(() => inbox.status === ReportInboxModel.Ready && inbox.count > 0, 10000, "the sample reports load");
        return inbox;
    }

    function firstRowWithStatus(inbox, status) {
        for (let i = 0; i < inbox.count; ++i) {
            if (inbox.get(i).status === status)
                return i;
        }
        return -1;
    }

    // From an unread report to a resolved one with a public answer, by keyboard only.
    function test_fromNewToResolvedWithTheKeyboard() {
        const view = createView();
        const inbox = openInbox(view);
        const panel = part(view, "reportsPanel");
        const list = panel.listView;
        // The default view is every open report; a few hundred samples over two years.
        verify(inbox.totalCount >= 200, inbox.totalCount);
        verify(inbox.count < inbox.totalCount);
        const row = firstRowWithStatus(inbox, "new");
        verify(row >= 0);
        list.forceActiveFocus();
        list.currentIndex = row;
        const id = inbox.idAt(row);
        compare(panel.controller.currentId, id);
        const card = part(view, "reportsView").card;
        tryVerify(() => card.visible);
        compare(card.reportId, id);

        keyClick(Qt.Key_A);
        tryVerify(() => inbox.get(inbox.rowOf(id)).status === "acknowledged", 5000, "acknowledged");
        keyClick(Qt.Key_S); // the services menu; the first service
        const menu = findChild(card, "serviceMenu");
        tryVerify(() => menu.opened);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        tryVerify(() => !menu.visible);
        tryVerify(() => inbox.get(inbox.rowOf(id)).service !== "", 5000, "assigned");
        tryVerify(() => list.activeFocus, 2000, "the keyboard is back in the inbox");
        keyClick(Qt.Key_4);
        tryVerify(() => inbox.get(inbox.rowOf(id)).priority === 4, 5000, "low");
        keyClick(Qt.Key_1);
        tryVerify(() => inbox.get(inbox.rowOf(id)).priority === 1, 5000, "urgent");
        // D: a due date three days from now (the second choice).
        keyClick(Qt.Key_D);
        const dueMenu = findChild(card, "dueMenu");
        tryVerify(() => dueMenu.opened);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        tryVerify(() => !dueMenu.visible);
        const inThreeDays = new Date();
        inThreeDays.setDate(inThreeDays.getDate() + 3);
        tryVerify(() => {
            const due = inbox.get(inbox.rowOf(id)).dueAt;
            return due && Qt.formatDate(due, "yyyy-MM-dd") === Qt.formatDate(inThreeDays, "yyyy-MM-dd");
        }, 5000, "due in three days");
        tryVerify(() => list.activeFocus);

        keyClick(Qt.Key_R);
        const dialog = findChild(card, "reportAnswerDialog");
        tryVerify(() => dialog.opened);
        const answer = findChild(dialog, "publicAnswer");
        verify(answer.text.length > 0, "a reply template fills the answer");
        // The clerk improves the template and keeps it for next time.
        answer.text = answer.text + " Lep pozdrav, Mestna občina Ptuj.";
        findChild(dialog, "templateName").text = "Odpravljeno s pozdravom";
        findChild(dialog, "saveTemplateButton").clicked();
        tryVerify(() => dialog.templates.some(t => t.name === "Odpravljeno s pozdravom"), 5000, "template saved");
        answer.forceActiveFocus();
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        // Resolved reports leave the "open" view: look for it among all.
        tryVerify(() => inbox.rowOf(id) < 0, 5000, "resolved, so no longer open");
        const all = findChild(panel, "reportStatusFilter");
        all.currentIndex = all.count - 1;
        all.activated(all.currentIndex);
        tryVerify(() => inbox.rowOf(id) >= 0);
        const done = inbox.get(inbox.rowOf(id));
        compare(done.status, "resolved");
        verify(done.publicAnswer.length > 0);

        // Every step is in the history, by the signed-in user.
        const history = view.capability("reports").workflow.history(id);
        const mine = history.filter(h => h.who === "referentka.test");
        verify(mine.length >= 4, JSON.stringify(history));
        verify(mine.some(h => h.field === "status" && h.newValue === "resolved"));
        verify(mine.some(h => h.field === "priority" && String(h.newValue) === "1"));
    }

    function test_bulkActionsAndRefusals() {
        const view = createView();
        const inbox = openInbox(view);
        const panel = part(view, "reportsPanel");
        const list = panel.listView;
        list.forceActiveFocus();
        // Tick two new reports with Space and acknowledge both at once.
        const ids = [];
        for (let i = 0; i < inbox.count && ids.length < 2; ++i) {
            if (inbox.get(i).status === "new") {
                list.currentIndex = i;
                keyClick(Qt.Key_Space);
                ids.push(inbox.idAt(i));
            }
        }
        compare(panel.controller.tickedIds.length, 2);
        compare(panel.controller.targets(), ids);
        // "2 ticked" on a line of its own, not under the map colours' box.
        const ticked = findChild(panel, "reportTicked");
        verify(ticked.visible);
        compare(ticked.text, "2 označeni");
        const colours = findChild(panel, "reportMapColours");
        const a = ticked.mapToItem(panel, 0, 0, ticked.width, ticked.height);
        const b = colours.mapToItem(panel, 0, 0, colours.width, colours.height);
        verify(a.y >= b.y + b.height || a.y + a.height <= b.y, "no overlap: " + a + " " + b);
        keyClick(Qt.Key_A);
        tryVerify(() => ids.every(id => inbox.get(inbox.rowOf(id)).status === "acknowledged"), 5000);
        panel.controller.tickedIds = [];

        // A closed report cannot be resolved again: the card says why.
        const all = findChild(panel, "reportStatusFilter");
        all.currentIndex = 5; // resolved
        all.activated(all.currentIndex);
        tryVerify(() => inbox.count > 0);
        panel.controller.select(inbox.idAt(0));
        const card = part(view, "reportsView").card;
        tryVerify(() => card.visible);
        view.capability("reports").workflow.perform("resolve", [inbox.idAt(0)], "Še enkrat");
        tryVerify(() => card.message.length > 0, 5000, "the refusal is shown");
    }

    function test_filtersAndTheMap() {
        const view = createView();
        const inbox = openInbox(view);
        const panel = part(view, "reportsPanel");
        const open = inbox.count;
        // Text without diacritics: "Potrčeva cesta".
        panel.searchField.text = "potrceva";
        tryVerify(() => inbox.count < open && inbox.count > 0);
        panel.searchField.text = "";
        tryVerify(() => inbox.count === open);
        const overdue = findChild(panel, "reportOverdueFilter");
        overdue.toggle();
        overdue.toggled();
        tryVerify(() => inbox.count < open);
        overdue.toggle();
        overdue.toggled();
        tryVerify(() => inbox.count === open);

        // By category and by age.
        const category = findChild(panel, "reportCategoryFilter");
        category.currentIndex = category.indexOfValue("pothole");
        category.activated(category.currentIndex);
        tryVerify(() => inbox.count > 0 && inbox.count < open);
        for (let i = 0; i < inbox.count; ++i)
            compare(inbox.get(i).serviceCode, "pothole");
        category.currentIndex = 0;
        category.activated(0);
        const age = findChild(panel, "reportAgeFilter");
        age.currentIndex = 2; // last 30 days
        age.activated(2);
        tryVerify(() => inbox.count < open);
        for (let i = 0; i < inbox.count; ++i)
            verify(inbox.get(i).ageDays <= 30);
        age.currentIndex = 0;
        age.activated(0);
        tryVerify(() => inbox.count === open);
        // Figures: open reports by domain add up to the open count (computed on a worker).
        tryVerify(() => panel.controller.figures.status === ReportFigures.Ready);
        const figures = panel.controller.statistics.open_by_domain;
        compare(Object.values(figures).reduce((a, b) => a + b, 0), panel.controller.statistics.open);

        // The map shows the open reports in cells whose counts add up to the list's.
        const overlay = part(view, "reportsView").overlay;
        tryVerify(() => overlay.cells.length > 0);
        compare(overlay.cells.reduce((n, c) => n + c.count, 0), inbox.count);
        // By age: every cell knows how old its reports are on average.
        verify(overlay.cells.every(c => c.meanAgeDays >= 0));
        const colours = findChild(panel, "reportMapColours");
        colours.currentIndex = 1;
        colours.activated(1);
        compare(overlay.colourBy, "age");
        colours.currentIndex = 0;
        colours.activated(0);
        // A single report's cell opens it.
        const map = view.mapPanel.map;
        map.zoomLevel = 18;
        // The cells follow the zoom by themselves (no refresh by hand).
        tryVerify(() => overlay.cells.some(c => c.count === 1), 5000, "cells of single reports at zoom 18");
        const single = overlay.cells.find(c => c.count === 1);
        const id = inbox.idNear(single.longitude, single.latitude, 50);
        verify(id >= 0);
        overlay.reportClicked(id);
        compare(panel.controller.currentId, id);

        // Only the reports inside an area drawn on the map.
        const m = view.mapPanel.measurement;
        m.clear();
        for (const c of [[46.41, 15.86], [46.43, 15.86], [46.43, 15.89], [46.41, 15.89]])
            m.add(QtPositioning.coordinate(c[0], c[1]));
        findChild(panel, "reportAreaFilter").clicked();
        tryVerify(() => inbox.polygon.length === 4);
        tryVerify(() => inbox.count < open);
        // The measuring tool is closed, but the area filtered by stays drawn on the map.
        verify(!view.mapPanel.measuring);
        const outline = findChild(overlay, "reportAreaOutline");
        verify(outline && outline.visible, "the drawn area is shown while it filters");
        findChild(panel, "reportAreaFilter").clicked();
        tryVerify(() => inbox.count === open);
        verify(!outline.visible);
    }

    // After a language switch the filters show what the inbox applies: the combo boxes
    // were rebuilt on their first entry ("Vse odprte / Vsa področja") while the list kept
    // the Security reports of one status.
    function test_filtersShowTheAppliedFilterAfterALanguageSwitch() {
        const view = createView();
        const inbox = openInbox(view);
        const panel = part(view, "reportsPanel");
        const status = findChild(panel, "reportStatusFilter");
        const domain = findChild(panel, "reportDomainFilter");
        const age = findChild(panel, "reportAgeFilter");
        status.currentIndex = 5; // resolved
        status.activated(status.currentIndex);
        domain.currentIndex = domain.indexOfValue("security");
        domain.activated(domain.currentIndex);
        age.currentIndex = 4; // last year
        age.activated(4);
        tryVerify(() => inbox.status === ReportInboxModel.Ready);
        compare(Array.from(inbox.statuses), ["resolved"]);
        compare(inbox.domain, "security");
        compare(inbox.maxAgeDays, 365);
        const count = inbox.count;
        verify(count > 0, "resolved Security reports in the sample store");

        const shownMatchesApplied = (language) => {
            tryVerify(() => status.currentIndex === 5 && domain.currentValue === "security", 2000, language);
            compare(Array.from(status.currentValue), Array.from(inbox.statuses), language + ": status");
            compare(status.currentText, ReportTexts.statusName("resolved"), language);
            compare(domain.currentValue, inbox.domain, language + ": domain");
            compare(domain.currentText, Domains.name("security", language), language);
            compare(age.currentValue, inbox.maxAgeDays, language + ": age");
            compare(inbox.count, count, language + ": the list is unchanged");
        };
        Language.code = "en";
        shownMatchesApplied("en");
        compare(domain.currentText, "Security");
        Language.code = "sl";
        shownMatchesApplied("sl");
        compare(domain.currentText, "Varnost");
    }

    // U closed a report at once; R and X opened their dialog on a closed report and refused
    // only after the clerk had typed; the list jumped to the top after every action.
    function test_oneKeyActionsAskFirstSayWhyAndKeepThePlace() {
        const view = createView();
        const inbox = openInbox(view);
        const panel = part(view, "reportsPanel");
        const list = panel.listView;
        const card = part(view, "reportsView").card;
        const workflow = view.capability("reports").workflow;
        // An open report down the list with a likely duplicate near it.
        let row = -1;
        for (let i = 20; i < inbox.count && row < 0; ++i) {
            if (workflow.duplicateCandidates(inbox.idAt(i)).length > 0)
                row = i;
        }
        verify(row >= 0, "an open report with a duplicate candidate");
        const id = inbox.idAt(row);
        list.forceActiveFocus();
        list.currentIndex = row;
        list.positionViewAtIndex(row, ListView.Center);
        tryVerify(() => card.visible && card.reportId === id && card.duplicates.length > 0, 5000);
        const scrolled = list.contentY;
        verify(scrolled > 0, "the list is scrolled");

        // U asks first; cancelling changes nothing.
        keyClick(Qt.Key_U);
        const confirm = findChild(card, "duplicateDialog");
        tryVerify(() => confirm.opened);
        verify(findChild(confirm, "duplicateQuestion").text.indexOf("#" + card.duplicates[0].reportId) >= 0);
        confirm.reject();
        tryVerify(() => !confirm.visible);
        compare(inbox.rowOf(id), row);
        verify(inbox.get(row).status !== "duplicate");

        // Confirmed, the report leaves the open list and the one that took its place is next.
        list.forceActiveFocus();
        keyClick(Qt.Key_U);
        tryVerify(() => confirm.opened);
        confirm.accept();
        tryVerify(() => inbox.rowOf(id) < 0, 5000, "closed as a duplicate, no longer open");
        tryCompare(list, "currentIndex", row);
        tryCompare(panel.controller, "currentId", inbox.idAt(row));
        // Still down the list, the next report in view (it was thrown back to the top).
        tryVerify(() => {
            const item = list.itemAtIndex(row);
            return list.contentY > 0 && item !== null && item.y >= list.contentY
                && item.y + item.height <= list.contentY + list.height + 1;
        }, 2000, "the list keeps its place");

        // On the closed report R, X and U open nothing and say why at once.
        const status = findChild(panel, "reportStatusFilter");
        status.currentIndex = 7; // duplicate
        status.activated(7);
        tryVerify(() => inbox.rowOf(id) >= 0);
        panel.controller.select(id);
        tryVerify(() => card.reportId === id && card.report.status === "duplicate", 5000);
        list.forceActiveFocus();
        const dialog = findChild(card, "reportAnswerDialog");
        for (const key of [Qt.Key_R, Qt.Key_X, Qt.Key_U]) {
            card.message = "";
            keyClick(key);
            verify(!dialog.visible, "no answer dialog for a closed report");
            verify(!confirm.visible, "no confirmation for a closed report");
            verify(card.message.indexOf("#" + id) >= 0, card.message);
        }
        verify(!findChild(card, "resolveButton").enabled);

        // The duplicate is taken back from the undo bar: a change of its own in the history,
        // by the signed-in clerk, and the report is open again.
        const undoButton = findChild(card, "undoButton");
        tryVerify(() => undoButton.visible);
        compare(findChild(card, "undoText").text, "Zaprto kot dvojnik.");
        const entries = workflow.history(id).length;
        undoButton.clicked();
        tryVerify(() => inbox.rowOf(id) < 0, 5000, "no longer a duplicate");
        const history = workflow.history(id);
        verify(history.length > entries, "the history grows, nothing is deleted");
        verify(history.some(h => h.newValue === "duplicate"), "the duplicate stays in the history");
        const undone = history.slice(entries);
        verify(undone.some(h => h.action === "undo" && h.field === "status" && h.oldValue === "duplicate"
                                && h.who === "referentka.test"), JSON.stringify(undone));
        verify(!undoButton.visible, "an undo is not undone again");

        // Ctrl+Z takes back a priority set with a key.
        status.currentIndex = 0; // all open
        status.activated(0);
        tryVerify(() => inbox.rowOf(id) >= 0);
        panel.controller.select(id);
        tryVerify(() => card.reportId === id);
        list.forceActiveFocus();
        const priority = inbox.get(inbox.rowOf(id)).priority;
        const other = priority === 1 ? 2 : 1;
        keyClick(Qt.Key_0 + other);
        tryVerify(() => inbox.get(inbox.rowOf(id)).priority === other, 5000);
        tryVerify(() => undoButton.visible);
        keyClick(Qt.Key_Z, Qt.ControlModifier);
        tryVerify(() => inbox.rowOf(id) >= 0 && inbox.get(inbox.rowOf(id)).priority === priority, 5000, "priority back");
    }

    // Two filters with the same number of reports in different places: the map's cells
    // must follow the second, not keep the first's (they refreshed only on a count change).
    function test_cellsFollowAFilterWithTheSameCount() {
        const view = createView();
        const inbox = openInbox(view);
        const overlay = part(view, "reportsView").overlay;
        const cellsNow = () => JSON.stringify(overlay.cells.map(c => [c.longitude, c.latitude, c.count]));
        const expected = () => JSON.stringify(inbox.gridCells(overlay.cellPixels * overlay.metersPerPixel)
                                              .map(c => [c.longitude, c.latitude, c.count]));
        inbox.statuses = [];
        inbox.category = "illegal_parking";
        tryVerify(() => inbox.count > 0 && cellsNow() === expected(), 5000, "cells of the first category");
        const first = cellsNow();
        const count = inbox.count;
        inbox.category = "playground";
        // The sample store has as many playground reports as illegal-parking ones.
        compare(inbox.count, count);
        tryVerify(() => cellsNow() !== first, 5000, "the cells move to the second category");
        compare(cellsNow(), expected());
    }

    // A clerk working in English answers Ptuj residents in Slovenian: the answer follows the
    // report's language unless chosen otherwise; template and category names follow the UI.
    function test_answerInTheReportsLanguage() {
        const view = createView();
        const inbox = openInbox(view);
        const panel = part(view, "reportsPanel");
        const list = panel.listView;
        const workflow = view.capability("reports").workflow;
        Language.code = "en";
        const row = firstRowWithStatus(inbox, "acknowledged");
        verify(row >= 0);
        list.forceActiveFocus();
        list.currentIndex = row;
        const id = inbox.idAt(row);
        const report = inbox.get(row);
        compare(report.language, "sl");
        const card = part(view, "reportsView").card;
        tryVerify(() => card.visible && card.reportId === id);
        // The category in the UI language, not the portal's Slovenian name.
        const category = workflow.categories().find(c => c.service_code === report.serviceCode);
        verify(category, report.serviceCode);
        tryVerify(() => findChild(card, "reportTitle").text.startsWith(category.name_en + " · #"),
                  2000, findChild(card, "reportTitle").text);
        const delegate = findChild(list, "report_" + id);
        verify(delegate);
        compare(delegate.categoryName, category.name_en);
        compare(findChild(card, "reportLanguage").currentText, "Slovenian");

        keyClick(Qt.Key_R);
        const dialog = findChild(card, "reportAnswerDialog");
        tryVerify(() => dialog.opened);
        const languageBox = findChild(dialog, "answerLanguage");
        const answer = findChild(dialog, "publicAnswer");
        const templateBox = findChild(dialog, "replyTemplate");
        const fixed = dialog.templates.find(t => t.name === "Odpravljeno");
        compare(languageBox.currentValue, "sl");
        compare(templateBox.displayText, "Fixed", "the template's name in English");
        compare(answer.text, fixed.text_sl, "the text in the report's language");
        verify(!findChild(dialog, "answerLanguageNote").visible);
        // Chosen explicitly: English, with a note that the citizen wrote in Slovenian.
        languageBox.currentIndex = 1;
        languageBox.activated(1);
        compare(dialog.language, "en");
        compare(answer.text, fixed.text_en);
        verify(findChild(dialog, "answerLanguageNote").visible);
        // Back to Slovenian, and sent.
        languageBox.currentIndex = 0;
        languageBox.activated(0);
        compare(answer.text, fixed.text_sl);
        answer.forceActiveFocus();
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        tryVerify(() => workflow.history(id).some(h => h.field === "status" && h.newValue === "resolved"), 5000);
        const exported = JSON.parse(JSON.stringify(workflow.history(id)));
        verify(exported.some(h => h.field === "answer_language" && h.newValue === "sl"), JSON.stringify(exported));
        verify(exported.some(h => h.field === "public_answer" && h.newValue === fixed.text_sl));

        // History reads as the clerk would say it: names, local dates, the person's name.
        const statusFilter = findChild(panel, "reportStatusFilter");
        statusFilter.currentIndex = statusFilter.count - 1;
        statusFilter.activated(statusFilter.currentIndex);
        tryVerify(() => inbox.rowOf(id) >= 0);
        list.currentIndex = inbox.rowOf(id);
        tryVerify(() => card.reportId === id && card.history.length > 0 && card.history.some(h => h.action === "resolve"), 5000);
        const resolved = card.history.find(h => h.action === "resolve" && h.field === "status");
        compare(resolved.whoName, "Referentka Testna");
        const line = card.historyLine(resolved);
        verify(line.indexOf("Referentka Testna") > 0, line);
        verify(line.indexOf("Resolved") > 0, line);
        verify(line.indexOf("Acknowledged → Resolved") > 0, line);
        verify(line.indexOf("referentka.test") < 0, line);
        verify(!/\d{4}-\d\d-\d\dT/.test(line), "no ISO timestamp: " + line);
        compare(line.slice(0, line.indexOf(" · ")), Qt.formatDateTime(resolved.at, "d. M. yyyy hh:mm"));
        // A service by its name, not its id.
        const services = workflow.services();
        compare(card.historyValue("service", services[0].id), services[0].name);
        compare(card.historyValue("service_code", category.service_code), category.name_en);
        Language.code = "sl";
        compare(card.historyValue("service_code", category.service_code), category.name_sl);
        compare(card.historyValue("status", "in_progress"), "V delu");
    }
}
