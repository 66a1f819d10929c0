pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQml.Models
import PtujConsole.Controls

// The triage actions for the open report, or for every ticked one, with their keys:
// A acknowledge, S assign, 1–4 priority, D due date, R resolve, X reject, U duplicate of
// the nearest candidate, O reopen. The keys work while the inbox is shown (enabled).
Item {
    id: root

    required property ReportWorkflow workflow
    required property var report
    required property var targets
    required property var duplicates
    property bool keysEnabled: true
    /// The language report `id` is answered in (its row's, from the inbox).
    property var languageOf: (id) => id === root.report.reportId ? (root.report.language || "sl") : "sl"
    readonly property bool english: Language.code === "en"
    readonly property bool isOpen: report.isOpen === true
    readonly property alias answerDialog: answerDialog

    readonly property alias duplicateDialog: duplicateDialog

    // A menu or the answer dialog closed: the keyboard goes back to the inbox.
    signal finishedInput()
    // An action cannot be taken on this report; `reason` says why, before anything is typed.
    signal refused(string reason)

    // Why resolving, rejecting or closing as a duplicate is refused for the open report
    // alone ("" when it is allowed). Ticked reports are checked one by one by the service.
    function closingRefusal() {
        if (root.targets.length === 0)
            return qsTr("No report is open.");
        if (root.targets.length === 1 && !root.isOpen)
            return qsTr("Report #%1 is already closed (%2); reopen it (O) first.")
                .arg(root.report.reportId).arg(ReportTexts.statusName(root.report.status));
        return "";
    }

    function act(action, value) {
        if (root.targets.length > 0)
            root.workflow.perform(action, root.targets, value);
    }
    function answer(action) {
        const why = closingRefusal();
        if (why !== "") {
            root.refused(why);
            return;
        }
        answerDialog.action = action;
        answerDialog.ids = root.targets;
        answerDialog.languages = root.targets.map(id => root.languageOf(id));
        answerDialog.open();
    }
    // U closes the report as a duplicate of `original` (the nearest candidate when not
    // given): ask first, naming the report it duplicates.
    function confirmDuplicate(original) {
        let why = closingRefusal();
        if (why === "" && original === undefined && root.duplicates.length === 0)
            why = qsTr("No likely duplicate lies near this report.");
        if (why !== "") {
            root.refused(why);
            return;
        }
        duplicateDialog.ids = root.targets;
        duplicateDialog.original = original !== undefined ? original : root.duplicates[0].reportId;
        duplicateDialog.open();
    }
    function dueIn(days) {
        const d = new Date();
        d.setDate(d.getDate() + days);
        act("due", Qt.formatDate(d, "yyyy-MM-dd"));
    }

    // What the last action did, for the undo bar.
    function doneText(action) {
        switch (action) {
        case "acknowledge": return qsTr("Acknowledged.");
        case "assign": return qsTr("Assigned.");
        case "priority": return qsTr("Priority changed.");
        case "due": return qsTr("Due date changed.");
        case "category": return qsTr("Category changed.");
        case "duplicate": return qsTr("Closed as a duplicate.");
        case "resolve": return qsTr("Resolved.");
        case "reject": return qsTr("Rejected.");
        case "reopen": return qsTr("Reopened.");
        case "answer": return qsTr("Public answer saved.");
        case "note": return qsTr("Note added.");
        case "language": return qsTr("Language changed.");
        }
        return qsTr("Changed.");
    }

    implicitHeight: buttons.implicitHeight + (undoBar.visible ? undoBar.implicitHeight + 4 : 0)

    Flow {
    id: buttons
    width: root.width
    spacing: 4

    Button {
        objectName: "acknowledgeButton"
        text: qsTr("Acknowledge (A)")
        enabled: root.report.status === "new" || root.targets.length > 1
        onClicked: root.act("acknowledge")
    }
    Button {
        objectName: "assignButton"
        text: qsTr("Assign (S)")
        icon.source: "qrc:/icons/expand.svg"
        icon.width: 16
        icon.height: 16
        onClicked: serviceMenu.open()
        Menu {
            id: serviceMenu
            onClosed: root.finishedInput()
            objectName: "serviceMenu"
            // Menus take their items from an Instantiator, not a Repeater.
            Instantiator {
                model: root.workflow.storePath !== "" ? root.workflow.services() : []
                delegate: PlainMenuItem {
                    required property var modelData
                    text: modelData.name
                    onTriggered: root.act("assign", modelData.id)
                }
                onObjectAdded: (index, object) => serviceMenu.insertItem(index, object)
                onObjectRemoved: (index, object) => serviceMenu.removeItem(object)
            }
        }
    }
    Button {
        text: qsTr("Priority (1–4)")
        icon.source: "qrc:/icons/expand.svg"
        icon.width: 16
        icon.height: 16
        onClicked: priorityMenu.open()
        Menu {
            id: priorityMenu
            onClosed: root.finishedInput()
            Instantiator {
                model: [1, 2, 3, 4]
                delegate: PlainMenuItem {
                    required property int modelData
                    text: modelData + " · " + ReportTexts.priorityName(modelData)
                    onTriggered: root.act("priority", modelData)
                }
                onObjectAdded: (index, object) => priorityMenu.insertItem(index, object)
                onObjectRemoved: (index, object) => priorityMenu.removeItem(object)
            }
        }
    }
    Button {
        text: qsTr("Due (D)")
        icon.source: "qrc:/icons/expand.svg"
        icon.width: 16
        icon.height: 16
        onClicked: dueMenu.open()
        Menu {
            id: dueMenu
            onClosed: root.finishedInput()
            objectName: "dueMenu"
            Instantiator {
                model: [1, 3, 7, 14, 30]
                delegate: MenuItem {
                    required property int modelData
                    text: qsTr("in %n day(s)", "", modelData)
                    onTriggered: root.dueIn(modelData)
                }
                onObjectAdded: (index, object) => dueMenu.insertItem(index, object)
                onObjectRemoved: (index, object) => dueMenu.removeItem(object)
            }
        }
    }
    Button {
        objectName: "resolveButton"
        text: qsTr("Resolve… (R)")
        enabled: root.isOpen || root.targets.length > 1
        onClicked: root.answer("resolve")
    }
    Button {
        objectName: "rejectButton"
        text: qsTr("Reject… (X)")
        enabled: root.isOpen || root.targets.length > 1
        onClicked: root.answer("reject")
    }
    Button {
        objectName: "reopenButton"
        text: qsTr("Reopen (O)")
        visible: !root.isOpen
        onClicked: root.act("reopen")
    }
    }

    // The last action can be taken back here or with Ctrl+Z, as a change of its own.
    RowLayout {
        id: undoBar
        objectName: "undoBar"
        y: buttons.implicitHeight + 4
        width: root.width
        visible: root.workflow.canUndo
        Label {
            objectName: "undoText"
            Layout.fillWidth: true
            text: root.doneText(root.workflow.undoAction)
            textFormat: Text.PlainText
            elide: Text.ElideRight
        }
        Button {
            objectName: "undoButton"
            text: qsTr("Undo (Ctrl+Z)")
            onClicked: root.workflow.undo()
        }
    }

    ReportAnswerDialog {
        id: answerDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        workflow: root.workflow
        onClosed: root.finishedInput()
    }

    Dialog {
        id: duplicateDialog
        objectName: "duplicateDialog"
        property var ids: []
        property var original: -1
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Close as a duplicate?")
        standardButtons: Dialog.Ok | Dialog.Cancel
        width: 420
        Label {
            objectName: "duplicateQuestion"
            width: duplicateDialog.availableWidth
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            text: qsTr("%n report(s) will be closed as a duplicate of report #%1.", "", duplicateDialog.ids.length)
                  .arg(duplicateDialog.original)
        }
        onAccepted: root.workflow.perform("duplicate", duplicateDialog.ids, duplicateDialog.original)
        onClosed: root.finishedInput()
    }

    Shortcut {
        sequences: [StandardKey.Undo]
        enabled: root.keysEnabled && root.workflow.canUndo
        onActivated: root.workflow.undo()
    }
    Shortcut {
        sequence: "A"
        enabled: root.keysEnabled
        onActivated: root.act("acknowledge")
    }
    Shortcut {
        sequence: "S"
        enabled: root.keysEnabled
        onActivated: serviceMenu.open()
    }
    Shortcut {
        sequence: "D"
        enabled: root.keysEnabled
        onActivated: dueMenu.open()
    }
    Shortcut {
        sequence: "R"
        enabled: root.keysEnabled
        onActivated: root.answer("resolve")
    }
    Shortcut {
        sequence: "X"
        enabled: root.keysEnabled
        onActivated: root.answer("reject")
    }
    Shortcut {
        sequence: "O"
        enabled: root.keysEnabled
        onActivated: root.act("reopen")
    }
    Shortcut {
        sequence: "U"
        enabled: root.keysEnabled
        onActivated: root.confirmDuplicate()
    }
    Repeater {
        model: [1, 2, 3, 4]
        delegate: Item {
            id: key
            required property int modelData
            Shortcut {
                sequence: String(key.modelData)
                enabled: root.keysEnabled
                onActivated: root.act("priority", key.modelData)
            }
        }
    }
}
