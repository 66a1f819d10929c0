pragma Singleton
import QtQuick

// Names and colours of report statuses and priorities, in the UI language.
QtObject {
    readonly property var statusOrder: ["new", "acknowledged", "assigned", "in_progress", "resolved", "rejected",
                                        "duplicate"]
    readonly property var openStatuses: ["new", "acknowledged", "assigned", "in_progress"]

    function statusName(status) {
        switch (status) {
        case "new": return qsTr("New");
        case "acknowledged": return qsTr("Acknowledged");
        case "assigned": return qsTr("Assigned");
        case "in_progress": return qsTr("In progress");
        case "resolved": return qsTr("Resolved");
        case "rejected": return qsTr("Rejected");
        case "duplicate": return qsTr("Duplicate");
        }
        return status;
    }
    function statusColor(status) {
        switch (status) {
        case "new": return "#c0392b";
        case "acknowledged": return "#e67e22";
        case "assigned": return "#b7950b";
        case "in_progress": return "#2e86c1";
        case "resolved": return "#27ae60";
        case "rejected": return "#7f8c8d";
        case "duplicate": return "#a6acaf";
        }
        return "#5f6368";
    }
    function priorityName(priority) {
        switch (priority) {
        case 1: return qsTr("Urgent");
        case 2: return qsTr("High");
        case 3: return qsTr("Normal");
        case 4: return qsTr("Low");
        }
        return "";
    }
    /// The language a report is written and answered in, by its code.
    function languageName(code) {
        switch (code) {
        case "sl": return qsTr("Slovenian");
        case "en": return qsTr("English");
        case "hu": return qsTr("Hungarian");
        case "hr": return qsTr("Croatian");
        case "de": return qsTr("German");
        case "it": return qsTr("Italian");
        }
        return code ?? "";
    }
    /// What a history entry did, as the clerk would say it.
    function actionName(action) {
        switch (action) {
        case "import": return qsTr("Import");
        case "acknowledge": return qsTr("Acknowledged");
        case "status": return qsTr("Status change");
        case "assign": return qsTr("Assignment");
        case "priority": return qsTr("Priority change");
        case "due": return qsTr("Due date change");
        case "category": return qsTr("Category change");
        case "answer": return qsTr("Public answer");
        case "resolve": return qsTr("Resolved");
        case "reject": return qsTr("Rejected");
        case "reopen": return qsTr("Reopened");
        case "note": return qsTr("Internal note");
        case "follow": return qsTr("Follower added");
        case "duplicate": return qsTr("Marked as duplicate");
        case "merge": return qsTr("Duplicates merged");
        case "undo": return qsTr("Undone");
        case "language": return qsTr("Language change");
        }
        return action ?? "";
    }
    /// A report field's name as the detail card calls it.
    function fieldName(field) {
        switch (field) {
        case "status": return qsTr("status");
        case "service": return qsTr("service");
        case "priority": return qsTr("priority");
        case "due_at": return qsTr("due");
        case "service_code": return qsTr("category");
        case "service_name": return qsTr("category name");
        case "domain": return qsTr("domain");
        case "duplicate_of": return qsTr("duplicate of");
        case "public_answer": return qsTr("public answer");
        case "internal_notes": return qsTr("internal notes");
        case "description": return qsTr("description");
        case "address": return qsTr("address");
        case "lat": return qsTr("latitude");
        case "lon": return qsTr("longitude");
        case "requested_at": return qsTr("reported");
        case "media_url": return qsTr("photo link");
        case "followers": return qsTr("followers");
        case "language": return qsTr("language");
        case "answer_language": return qsTr("answer language");
        }
        return field ?? "";
    }
    function age(days) {
        return days < 1 ? qsTr("today") : qsTr("%n day(s)", "", Math.floor(days));
    }
}
