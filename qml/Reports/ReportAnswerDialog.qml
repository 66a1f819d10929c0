import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls

// The public answer for resolving or rejecting reports: start from a reply template, edit,
// send with Ctrl+Enter.
Dialog {
    id: root

    required property ReportWorkflow workflow
    property string action: "resolve" // or "reject", "answer"
    property var ids: []
    readonly property bool english: Language.code === "en"
    property int templatesRevision: 0
    readonly property var templates: (workflow.storePath !== "" && templatesRevision >= 0 ? workflow.replyTemplates() : []).filter(
                                          t => action === "answer" || t.status === (action === "resolve" ? "resolved" : "rejected"))

    objectName: "reportAnswerDialog"
    title: (action === "resolve" ? qsTr("Resolve with a public answer")
            : action === "reject" ? qsTr("Reject with a public answer") : qsTr("Public answer"))
           + (ids.length > 1 ? " · " + qsTr("%n report(s)", "", ids.length) : "")
    modal: true
    width: 520
    standardButtons: Dialog.Ok | Dialog.Cancel

    onOpened: {
        templateBox.currentIndex = templates.length > 0 ? 0 : -1;
        answer.text = templates.length > 0 ? (english ? templates[0].text_en : templates[0].text_sl) : "";
        answer.forceActiveFocus();
    }
    onAccepted: workflow.perform(action, ids, answer.text.trim())
    Component.onCompleted: standardButton(Dialog.Ok).enabled = Qt.binding(() => answer.text.trim().length > 0)

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        PlainComboBox {
            id: templateBox
            objectName: "replyTemplate"
            Layout.fillWidth: true
            model: root.templates
            textRole: "name"
            displayText: currentIndex < 0 ? qsTr("No template") : currentText
            onActivated: (index) => answer.text = root.english ? root.templates[index].text_en
                                                               : root.templates[index].text_sl
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 140
            TextArea {
                id: answer
                objectName: "publicAnswer"
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("What the citizen will read")
                Keys.onPressed: (event) => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                            && (event.modifiers & Qt.ControlModifier) && text.trim().length > 0) {
                        root.accept();
                        event.accepted = true;
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: templateName
                objectName: "templateName"
                Layout.fillWidth: true
                placeholderText: qsTr("Template name")
                text: templateBox.currentIndex >= 0 ? templateBox.currentText : ""
            }
            Button {
                objectName: "saveTemplateButton"
                text: qsTr("Save as template")
                enabled: templateName.text.trim() !== "" && answer.text.trim() !== ""
                onClicked: {
                    const existing = root.templates.find(t => t.name === templateName.text.trim());
                    const status = root.action === "resolve" ? "resolved" : root.action === "reject" ? "rejected" : "acknowledged";
                    // The text in the UI language replaces that language's text; the other stays.
                    const sl = root.english ? (existing?.text_sl ?? answer.text) : answer.text;
                    const en = root.english ? answer.text : (existing?.text_en ?? "");
                    root.workflow.saveReplyTemplate(templateName.text.trim(), status, sl, en);
                }
            }
        }
        Connections {
            target: root.workflow
            function onFinished(action) {
                if (action === "template")
                    ++root.templatesRevision;
            }
        }
        Label {
            text: qsTr("The answer is published with the report (Open311 status notes). Ctrl+Enter sends.")
            textFormat: Text.PlainText
            color: Theme.subtleTextColor
            font.pixelSize: 11
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
