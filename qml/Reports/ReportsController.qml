import QtQuick
import PtujConsole.Controls

// The state the reports capability owns, shared by its page (the inbox), its overlay (cells
// and detail card) and its actions: the models, the open report, the ticked ones and how the
// map colours the cells. Nothing outside the capability keeps any of this.
QtObject {
    id: controller

    required property ReportInboxModel inbox
    required property ReportWorkflow workflow

    /// The report open in the detail card (-1: none) and the ticked ones.
    property var currentId: -1
    property var tickedIds: []
    /// How the map colours the reports' cells: "status" or "age".
    property string mapColours: "status"
    /// The open report's history, duplicates nearby, nearest assets and photos, read on a
    /// worker; read again after every write.
    readonly property ReportDetails details: ReportDetails {
        storePath: controller.workflow.storePath
        reportId: controller.currentId
        duplicateRadius: 50
    }
    /// True while what the reports capability shows is still being read.
    readonly property bool busy: inbox.status === ReportInboxModel.Loading || figures.status === ReportFigures.Loading
                                 || details.status === ReportDetails.Loading
    /// The figures above the inbox, computed on a worker after every load of the inbox.
    readonly property ReportFigures figures: ReportFigures { storePath: controller.workflow.storePath }
    readonly property var statistics: figures.values
    readonly property var serviceNames: {
        const names = {};
        for (const s of (workflow.storePath !== "" ? workflow.services() : []))
            names[s.id] = s.name;
        return names;
    }
    /// Category (service_code) → its name in the UI language; a report whose category the
    /// store does not know shows the name the portal sent.
    readonly property var categoryNames: {
        const english = Language.code === "en";
        const names = {};
        for (const c of (workflow.storePath !== "" ? workflow.categories() : []))
            names[c.service_code] = (english ? c.name_en : c.name_sl) || c.name_sl || c.service_code;
        return names;
    }
    function categoryName(code, sentName) {
        return categoryNames[code] ?? (sentName || code || "");
    }
    /// The open report's row as a map (empty when none).
    readonly property var current: currentId >= 0 && inbox.count >= 0 ? inbox.get(inbox.rowOf(currentId)) : ({})
    /// True while a polygon drawn on the map limits the list.
    readonly property bool areaFilter: inbox.polygon.length > 0

    /// A report was opened from the list (the map centres on it).
    signal reportActivated(var id)
    /// The list should show and scroll to this report.
    signal selectRequested(var id)
    /// The clerk asked to limit the inbox to an area drawn on the map.
    signal areaFilterRequested()
    /// Keyboard focus goes back to the list (after a dialog or a menu).
    signal listFocusRequested()

    function refreshStatistics() {
        figures.refresh();
    }
    function open(id) {
        if (id === currentId)
            return;
        currentId = id;
        if (id >= 0)
            reportActivated(id);
    }
    function select(id) {
        currentId = id;
        selectRequested(id);
    }
    function toggleTick(id) {
        const i = tickedIds.indexOf(id);
        tickedIds = i < 0 ? tickedIds.concat([id]) : tickedIds.filter(t => t !== id);
    }
    /// What the actions apply to: the ticked reports, or else the open one.
    function targets() {
        return tickedIds.length > 0 ? tickedIds : (currentId >= 0 ? [currentId] : []);
    }

    readonly property Connections workflowChanges: Connections {
        target: controller.workflow
        // The inbox's reload brings new figures when it is done (below): once per write.
        function onFinished() {
            controller.inbox.reload();
            controller.details.revision = controller.details.revision + 1;
        }
        function onImported() {
            controller.inbox.reload();
            controller.details.revision = controller.details.revision + 1;
        }
    }
    readonly property Connections inboxChanges: Connections {
        target: controller.inbox
        function onStatusChanged() {
            if (controller.inbox.status === ReportInboxModel.Ready)
                controller.refreshStatistics();
        }
    }
}
