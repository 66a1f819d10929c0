import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls

// The public answer for resolving or rejecting reports: start from a reply template, edit,
// send with Ctrl+Enter. The answer is written in the report's language (what the citizen
// wrote in, Slovenian unless set otherwise), whatever language the console runs in; the
// clerk picks another one explicitly.
Dialog {
    id: root

    required property ReportWorkflow workflow
    property string action: "resolve" // or "reject", "answer"
    property var ids: []
    /// The languages of the reports answered (one per id).
    property var languages: []
    readonly property bool english: Language.code === "en"
    property int templatesRevision: 0
    readonly property var templates: (workflow.storePath !== "" && templatesRevision >= 0 ? workflow.replyTemplates() : []).filter(
                                          t => action === "answer" || t.status === (action === "resolve" ? "resolved" : "rejected"))
    /// The reports' language when they share one, else "".
    readonly property string reportLanguage: {
        const distinct = Array.from(new Set(languages.map(l => l || "sl")));
        return distinct.length === 1 ? distinct[0] : (distinct.length === 0 ? "sl" : "");
    }
    /// The language the answer is written in.
    property string language: "sl"
    readonly property var languageChoices: {
        const codes = ["sl", "en"];
        for (const l of languages)
            if (l && codes.indexOf(l) < 0)
                codes.push(l);
        return codes.map(code => ({ code: code, text: ReportTexts.languageName(code) }));
    }

    function templateText(t, lang) {
        if (!t)
            return "";
        return lang === "sl" ? t.text_sl : (t.text_en || t.text_sl);
    }
    function setLanguage(lang) {
        // An answer still as the template gave it follows the language; an edited one stays.
        const t = templateBox.currentIndex >= 0 ? templates[templateBox.currentIndex] : null;
        const untouched = answer.text === "" || (t && answer.text === templateText(t, root.language));
        root.language = lang;
        if (untouched && t)
            answer.text = templateText(t, lang);
    }

    objectName: "reportAnswerDialog"
    title: (action === "resolve" ? qsTr("Resolve with a public answer")
            : action === "reject" ? qsTr("Reject with a public answer") : qsTr("Public answer"))
           + (ids.length > 1 ? " · " + qsTr("%n report(s)", "", ids.length) : "")
    modal: true
    width: 540
    standardButtons: Dialog.Ok | Dialog.Cancel

    onOpened: {
        root.language = reportLanguage !== "" ? reportLanguage : "sl";
        templateBox.currentIndex = templates.length > 0 ? 0 : -1;
        answer.text = templates.length > 0 ? templateText(templates[0], root.language) : "";
        answer.forceActiveFocus();
    }
    onAccepted: workflow.perform(action, ids, { text: answer.text.trim(), language: root.language })
    Component.onCompleted: standardButton(Dialog.Ok).enabled = Qt.binding(() => answer.text.trim().length > 0)

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Answer in")
                textFormat: Text.PlainText
            }
            FilterComboBox {
                id: languageBox
                objectName: "answerLanguage"
                Layout.preferredWidth: 160
                model: root.languageChoices
                textRole: "text"
                valueRole: "code"
                applied: root.language
                onChosen: value => root.setLanguage(value)
            }
            PlainComboBox {
                id: templateBox
                objectName: "replyTemplate"
                Layout.fillWidth: true
                model: root.templates
                // Template names in the console's language; their texts in the answer's.
                textRole: root.english ? "name_en" : "name"
                displayText: currentIndex < 0 ? qsTr("No template") : currentText
                onActivated: (index) => answer.text = root.templateText(root.templates[index], root.language)
            }
        }
        Label {
            objectName: "answerLanguageNote"
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: "#b9770e"
            text: root.reportLanguage === ""
                  ? qsTr("The reports are in different languages; every citizen receives this answer in %1.")
                        .arg(ReportTexts.languageName(root.language))
                  : root.language !== root.reportLanguage
                    ? qsTr("The citizen wrote in %1; the answer goes out in %2.")
                          .arg(ReportTexts.languageName(root.reportLanguage)).arg(ReportTexts.languageName(root.language))
                    : ""
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
                text: templateBox.currentIndex >= 0 ? root.templates[templateBox.currentIndex].name : ""
            }
            Button {
                objectName: "saveTemplateButton"
                text: qsTr("Save as template")
                // Templates hold a Slovenian and an English text.
                enabled: templateName.text.trim() !== "" && answer.text.trim() !== ""
                         && (root.language === "sl" || root.language === "en")
                onClicked: {
                    const existing = root.templates.find(t => t.name === templateName.text.trim());
                    const status = root.action === "resolve" ? "resolved" : root.action === "reject" ? "rejected" : "acknowledged";
                    // The text replaces the answer language's text; the other stays.
                    const sl = root.language === "en" ? (existing?.text_sl ?? answer.text) : answer.text;
                    const en = root.language === "en" ? answer.text : (existing?.text_en ?? "");
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
