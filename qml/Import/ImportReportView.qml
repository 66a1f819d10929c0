pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls

// What an import did: a summary line, warnings, and every rejected feature with its reason.
ColumnLayout {
    id: root

    required property ImportJob job

    spacing: 6

    Label {
        objectName: "importSummary"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.bold: true
        color: root.job.status === ImportJob.Error ? Theme.boundaryColor : Theme.textColor
        text: {
            switch (root.job.status) {
            case ImportJob.Running:
                return qsTr("Importing … %1 features read").arg(root.job.processed.toLocaleString(Qt.locale(), "f", 0));
            case ImportJob.Ready:
                return qsTr("Imported %n feature(s), repaired %1, rejected %2.", "", root.job.report.imported)
                    .arg(root.job.report.repaired).arg(root.job.report.rejected);
            case ImportJob.Cancelled:
                return qsTr("Cancelled. The store is unchanged.");
            case ImportJob.Error:
                return qsTr("Import failed: %1. The store is unchanged.").arg(root.job.errorString);
            default:
                return qsTr("Choose a file and its domain, then Import (Ctrl+Enter).");
            }
        }
        textFormat: Text.PlainText
    }

    Repeater {
        model: root.job.status === ImportJob.Ready ? root.job.report.warnings : []
        delegate: RowLayout {
            id: warning
            required property string modelData
            Layout.fillWidth: true
            spacing: 4
            Image {
                Layout.alignment: Qt.AlignTop
                source: "qrc:/icons/warning.svg"
                sourceSize: Qt.size(16, 16)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: warning.modelData
                textFormat: Text.PlainText
                color: "#8a5a00"
            }
        }
    }

    ListView {
        objectName: "rejectList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.job.status === ImportJob.Ready ? root.job.report.rejects : []
        ScrollBar.vertical: ScrollBar {}
        header: Label {
            visible: ListView.view.count > 0
            text: qsTr("Rejected features")
            textFormat: Text.PlainText
            font.bold: true
        }
        delegate: Label {
            required property var modelData
            width: ListView.view.width
            wrapMode: Text.WordWrap
            text: qsTr("%1, feature %2: %3").arg(modelData.layer).arg(modelData.fid).arg(modelData.reason)
            textFormat: Text.PlainText
        }
    }
}
