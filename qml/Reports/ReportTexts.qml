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
    function age(days) {
        return days < 1 ? qsTr("today") : qsTr("%n day(s)", "", Math.floor(days));
    }
}
