pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls
import PtujConsole.Map

// One report in full: what, where, when, who handles it, the photo, possible duplicates
// nearby, the nearest assets, the public answer and the history — with the actions.
Pane {
    id: root

    required property ReportWorkflow workflow
    required property var report        // the inbox's get(row) map; {} for none
    property var targets: []            // the ids the actions apply to
    readonly property real duplicateRadius: details.duplicateRadius
    property string message: ""
    readonly property bool english: Language.code === "en"
    readonly property var reportId: report.reportId ?? -1
    // What the card shows beyond the row: read on a worker by the controller for its current
    // report (stepping through the list never waits for these reads).
    required property ReportDetails details
    readonly property var history: details.history
    readonly property var duplicates: details.duplicates
    readonly property var assets: details.assets
    readonly property var photos: details.photos
    readonly property alias actions: actions
    readonly property string warningsText: Array.isArray(report.warnings) ? report.warnings.join("; ")
                                                                          : (report.warnings ?? "")
    // Service id → name, from the inbox panel; layer name → title, from the map's layers.
    property var serviceNames: ({})
    // Category code → name in the UI language (the controller's categoryName).
    property var categoryName: (code, sentName) => sentName || code || ""
    property var layerTitle: (layer) => layer
    // As tall as the content, at most the space there is.
    implicitHeight: content.implicitHeight + topPadding + bottomPadding

    // A stored value of a report field as the clerk reads it: names instead of ids, local
    // dates, long texts cut short.
    function historyValue(field, value) {
        if (value === undefined || value === null || value === "")
            return "–";
        switch (field) {
        case "status": return ReportTexts.statusName(value);
        case "service": return serviceNames[value] ?? value;
        case "priority": return ReportTexts.priorityName(Number(value)) || value;
        case "service_code": return categoryName(value, value);
        case "domain": return Domains.name(value, english ? "en" : "sl");
        case "duplicate_of": return "#" + value;
        case "language":
        case "answer_language": return ReportTexts.languageName(value);
        case "due_at":
        case "requested_at": {
            const d = new Date(value);
            return isNaN(d.getTime()) ? value : Qt.formatDateTime(d, "d. M. yyyy hh:mm");
        }
        }
        const text = String(value).replace(/\s+/g, " ");
        return text.length > 140 ? text.slice(0, 139) + "…" : text;
    }
    function historyLine(entry) {
        const head = Qt.formatDateTime(entry.at, "d. M. yyyy hh:mm") + " · " + (entry.whoName || entry.who) + " · "
                   + ReportTexts.actionName(entry.action);
        if (!entry.field) {
            // An import's first row: "created from <source> (<id>)".
            const created = /^created from (.*) \((.*)\)$/.exec(entry.newValue ?? "");
            return head + (created ? " · " + qsTr("created from %1 (%2)").arg(created[1]).arg(created[2]) : "");
        }
        // Long texts: what they became; the rest: from → to.
        const textField = ["public_answer", "internal_notes", "description"].indexOf(entry.field) >= 0;
        return head + " · " + ReportTexts.fieldName(entry.field) + ": "
               + (textField ? historyValue(entry.field, entry.newValue)
                            : historyValue(entry.field, entry.oldValue) + " → " + historyValue(entry.field, entry.newValue));
    }

    signal closeRequested()
    signal showOnMap(var id)

    padding: 8
    background: Rectangle {
        // Nothing that lands on the panel reaches the map.
        InputBlocker {}
        color: Qt.rgba(1, 1, 1, 0.97)
        border.color: Theme.panelBorderColor
        radius: 4
    }

    Connections {
        target: root.workflow
        function onFinished(action, changed, refused) {
            const reasons = Object.keys(refused).map(id => "#" + id + ": " + refused[id]);
            root.message = reasons.length > 0 ? qsTr("Not changed: %1").arg(reasons.join("; ")) : "";
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            id: content
            width: parent.width
            spacing: 6

            RowLayout {
                Layout.fillWidth: true
                Rectangle {
                    Layout.preferredWidth: 12
                    Layout.preferredHeight: 12
                    radius: 6
                    color: ReportTexts.statusColor(root.report.status ?? "")
                }
                Label {
                    objectName: "reportTitle"
                    Layout.fillWidth: true
                    text: root.categoryName(root.report.serviceCode, root.report.serviceName) + " · #" + root.reportId
                    textFormat: Text.PlainText
                    font.bold: true
                    font.pixelSize: 14
                    elide: Text.ElideRight
                }
                ToolButton {
                    text: qsTr("Close (Esc)")
                    display: AbstractButton.IconOnly
                    icon.source: "qrc:/icons/close.svg"
                    icon.width: 18
                    icon.height: 18
                    onClicked: root.closeRequested()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Close (Esc)")
                }
            }
            Label {
                objectName: "reportStatusLine"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: ReportTexts.statusName(root.report.status ?? "")
                      + (root.report.priority ? " · " + qsTr("priority %1 (%2)").arg(root.report.priority)
                                                .arg(ReportTexts.priorityName(root.report.priority)) : "")
                      + (root.report.service ? " · " + (root.serviceNames[root.report.service] ?? root.report.service)
                                             : " · " + qsTr("not assigned"))
                      + (root.report.dueAt ? " · " + qsTr("due %1").arg(Qt.formatDate(root.report.dueAt, "d. M. yyyy")) : "")
                textFormat: Text.PlainText
                color: root.report.overdue ? "#c0392b" : Theme.textColor
            }
            Label {
                Layout.fillWidth: true
                visible: root.report.unknownCategory === true
                text: qsTr("Unknown category “%1”: kept, choose the right one.").arg(root.report.serviceCode ?? "")
                textFormat: Text.PlainText
                color: "#b9770e"
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: root.report.description ?? ""
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.subtleTextColor
                font.pixelSize: 11
                text: [root.report.address,
                       root.report.requestedAt ? qsTr("reported %1").arg(Qt.formatDateTime(root.report.requestedAt, "d. M. yyyy hh:mm")) : "",
                       root.report.maskedContact ? qsTr("by %1").arg(root.report.maskedContact) : "",
                       (root.report.source ?? "") + " " + (root.report.serviceRequestId ?? "")]
                      .filter(s => s && s.length > 0).join(" · ")
                textFormat: Text.PlainText
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Citizen's language")
                    textFormat: Text.PlainText
                    color: Theme.subtleTextColor
                    font.pixelSize: 11
                }
                FilterComboBox {
                    // Answers default to it (the reply templates' text in that language).
                    objectName: "reportLanguage"
                    Layout.preferredWidth: 150
                    font.pixelSize: 11
                    model: ["sl", "en"].concat(["sl", "en"].indexOf(root.report.language ?? "sl") < 0 ? [root.report.language] : [])
                                       .map(code => ({ code: code, text: ReportTexts.languageName(code) }))
                    textRole: "text"
                    valueRole: "code"
                    applied: root.report.language ?? "sl"
                    onChosen: value => root.workflow.perform("language", [root.reportId], value)
                }
                Item { Layout.fillWidth: true }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: root.warningsText !== ""
                spacing: 4
                Image {
                    Layout.alignment: Qt.AlignTop
                    source: "qrc:/icons/warning.svg"
                    sourceSize: Qt.size(14, 14)
                }
                Label {
                    Layout.fillWidth: true
                    text: root.warningsText
                    textFormat: Text.PlainText
                    color: "#b9770e"
                    wrapMode: Text.Wrap
                    font.pixelSize: 11
                }
            }
            Image {
                objectName: "reportPhoto"
                Layout.fillWidth: true
                Layout.preferredHeight: visible ? 160 : 0
                visible: root.photos.length > 0
                source: root.photos.length > 0 ? root.photos[0].source : ""
                fillMode: Image.PreserveAspectFit
                asynchronous: true
            }

            ReportActions {
                id: actions
                Layout.fillWidth: true
                workflow: root.workflow
                report: root.report
                targets: root.targets
                duplicates: root.duplicates
                onRefused: reason => root.message = reason
            }
            Label {
                objectName: "reportMessage"
                Layout.fillWidth: true
                visible: root.message !== ""
                text: root.message
                textFormat: Text.PlainText
                color: "#c0392b"
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: (root.report.publicAnswer ?? "") !== ""
                objectName: "reportPublicAnswer"
                text: (root.report.answerLanguage
                       ? qsTr("Public answer (%1): %2").arg(ReportTexts.languageName(root.report.answerLanguage))
                       : qsTr("Public answer: %2")).arg(root.report.publicAnswer ?? "")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.italic: true
            }

            Label {
                text: qsTr("Possible duplicates within %1 m").arg(root.duplicateRadius)
                textFormat: Text.PlainText
                font.bold: true
                visible: root.duplicates.length > 0
            }
            Repeater {
                model: root.duplicates
                delegate: RowLayout {
                    id: duplicate
                    required property var modelData
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: "#" + duplicate.modelData.reportId + " · " + Math.round(duplicate.modelData.distance) + " m · "
                              + ReportTexts.statusName(duplicate.modelData.status) + " · " + duplicate.modelData.description
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        font.pixelSize: 11
                    }
                    ToolButton {
                        text: qsTr("Open this report")
                        display: AbstractButton.IconOnly
                        icon.source: "qrc:/icons/map-pin.svg"
                        icon.width: 16
                        icon.height: 16
                        onClicked: root.showOnMap(duplicate.modelData.reportId)
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Open this report")
                    }
                    ToolButton {
                        objectName: "markDuplicateOf_" + duplicate.modelData.reportId
                        text: qsTr("Duplicate of it")
                        onClicked: actions.confirmDuplicate(duplicate.modelData.reportId)
                    }
                }
            }

            Label {
                text: qsTr("Nearest assets")
                textFormat: Text.PlainText
                font.bold: true
                visible: root.assets.length > 0
            }
            Repeater {
                model: root.assets
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: root.layerTitle(modelData.layer) + ": " + (modelData.name || "#" + modelData.fid) + " · "
                          + Math.round(modelData.distance) + " m"
                    textFormat: Text.PlainText
                    font.pixelSize: 11
                    elide: Text.ElideRight
                }
            }

            Label {
                text: qsTr("History")
                textFormat: Text.PlainText
                font.bold: true
            }
            Label {
                objectName: "detailsLoading"
                visible: root.details.status === ReportDetails.Loading && root.history.length === 0
                text: qsTr("Reading the history, duplicates and nearby infrastructure …")
                textFormat: Text.PlainText
                color: Theme.subtleTextColor
            }
            Label {
                visible: root.details.status === ReportDetails.Error
                text: root.details.errorString
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                color: "#c0392b"
            }
            Repeater {
                objectName: "reportHistory"
                model: root.history
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: 11
                    text: root.historyLine(modelData)
                    textFormat: Text.PlainText
                }
            }
        }
    }
}
