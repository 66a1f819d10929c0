import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls
import PtujConsole.Map

// The inbox's filters: status, sort order, domain, service, category, age, overdue, and
// the area drawn on the map.
GridLayout {
    id: root

    required property ReportInboxModel inbox
    required property ReportWorkflow workflow
    required property bool english
    required property bool areaFilter

    signal areaFilterRequested()

    // The inbox opens on every open report.
    Component.onCompleted: root.inbox.statuses = ReportTexts.openStatuses

    columns: 2
    columnSpacing: 4
    rowSpacing: 2

    FilterComboBox {
        id: statusFilter
        objectName: "reportStatusFilter"
        Layout.fillWidth: true
        textRole: "text"
        valueRole: "statuses"
        model: [
            { text: qsTr("All open"), statuses: ReportTexts.openStatuses },
            { text: ReportTexts.statusName("new"), statuses: ["new"] },
            { text: ReportTexts.statusName("acknowledged"), statuses: ["acknowledged"] },
            { text: ReportTexts.statusName("assigned"), statuses: ["assigned"] },
            { text: ReportTexts.statusName("in_progress"), statuses: ["in_progress"] },
            { text: ReportTexts.statusName("resolved"), statuses: ["resolved"] },
            { text: ReportTexts.statusName("rejected"), statuses: ["rejected"] },
            { text: ReportTexts.statusName("duplicate"), statuses: ["duplicate"] },
            { text: qsTr("All statuses"), statuses: [] }
        ]
        applied: root.inbox.statuses
        onChosen: value => root.inbox.statuses = value
    }
    FilterComboBox {
        objectName: "reportSort"
        Layout.fillWidth: true
        textRole: "text"
        valueRole: "order"
        model: [
            { text: qsTr("Priority, then oldest"), order: ReportInboxModel.PriorityThenOldest },
            { text: qsTr("Newest first"), order: ReportInboxModel.NewestFirst },
            { text: qsTr("Oldest first"), order: ReportInboxModel.OldestFirst }
        ]
        applied: root.inbox.sortOrder
        onChosen: value => root.inbox.sortOrder = value
    }
    FilterComboBox {
        objectName: "reportDomainFilter"
        Layout.fillWidth: true
        textRole: "text"
        valueRole: "id"
        model: [{ text: qsTr("All domains"), id: "" }].concat(
                   Domains.ids().map(d => ({ text: Domains.name(d, root.english ? "en" : "sl"), id: d })))
        applied: root.inbox.domain
        onChosen: value => root.inbox.domain = value
    }
    FilterComboBox {
        objectName: "reportServiceFilter"
        Layout.fillWidth: true
        textRole: "name"
        valueRole: "id"
        model: [{ name: qsTr("All services"), id: "" }].concat(root.workflow.storePath !== "" ? root.workflow.services() : [])
        applied: root.inbox.service
        onChosen: value => root.inbox.service = value
    }
    FilterComboBox {
        objectName: "reportCategoryFilter"
        Layout.fillWidth: true
        textRole: "text"
        valueRole: "code"
        model: [{ text: qsTr("All categories"), code: "" }].concat(
                   (root.workflow.storePath !== "" ? root.workflow.categories() : []).map(
                       c => ({ text: root.english ? c.name_en : c.name_sl, code: c.service_code })))
        applied: root.inbox.category
        onChosen: value => root.inbox.category = value
    }
    FilterComboBox {
        objectName: "reportAgeFilter"
        Layout.fillWidth: true
        textRole: "text"
        valueRole: "days"
        model: [
            { text: qsTr("Any age"), days: 0 },
            { text: qsTr("Last 7 days"), days: 7 },
            { text: qsTr("Last 30 days"), days: 30 },
            { text: qsTr("Last 90 days"), days: 90 },
            { text: qsTr("Last year"), days: 365 }
        ]
        applied: root.inbox.maxAgeDays
        onChosen: value => root.inbox.maxAgeDays = value
    }
    CheckBox {
        objectName: "reportOverdueFilter"
        text: qsTr("Overdue only")
        checked: root.inbox.overdueOnly
        onToggled: root.inbox.overdueOnly = checked
    }
    Button {
        objectName: "reportAreaFilter"
        text: root.areaFilter ? qsTr("Whole area") : qsTr("In drawn area")
        onClicked: {
            if (root.areaFilter)
                root.inbox.polygon = [];
            else
                root.areaFilterRequested();
        }
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Only reports inside the area measured on the map (M, then click its corners)")
    }
}
