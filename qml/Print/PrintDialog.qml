pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PtujConsole.Controls

// Print the map as it is now (area and visible layers) to a PDF or PNG situation map.
Dialog {
    id: root

    required property string storePath
    required property string renderProgram
    required property var mapPanel
    readonly property alias job: job
    readonly property alias titleField: titleField
    readonly property alias fileField: fileField

    function print() {
        const visible = mapPanel.layers.layerNames().filter(l => mapPanel.layers.isVisible(l));
        job.start(storePath, fileField.text, titleField.text || qsTr("Situation map"), visible,
                  mapPanel.map.visibleRegion.boundingGeoRectangle());
    }

    title: qsTr("Print a situation map")
    modal: true
    width: Math.min(parent ? parent.width - 80 : 560, 560)
    footer: DialogButtonBox {
        Button {
            objectName: "printButton"
            text: qsTr("Print")
            enabled: fileField.text.length > 0 && job.status !== PrintJob.Running
            onClicked: root.print()
        }
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    PrintJob {
        id: job
        program: root.renderProgram
    }

    FileDialog {
        id: saveDialog
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF (*.pdf)"), qsTr("PNG image (*.png)")]
        onAccepted: fileField.text = decodeURIComponent(selectedFile.toString().replace(/^file:\/\//, ""))
    }

    GridLayout {
        anchors.fill: parent
        columns: 3

        Label { text: qsTr("Title"); textFormat: Text.PlainText }
        TextField {
            id: titleField
            Layout.fillWidth: true
            Layout.columnSpan: 2
            placeholderText: qsTr("e.g. Poplava Drave – stanje ob 14.00")
        }
        Label { text: qsTr("File"); textFormat: Text.PlainText }
        TextField {
            id: fileField
            Layout.fillWidth: true
            placeholderText: qsTr("…/situacija.pdf or .png")
        }
        Button {
            text: qsTr("Browse…")
            onClicked: saveDialog.open()
        }
        Label {
            Layout.columnSpan: 3
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            objectName: "printStatus"
            color: job.status === PrintJob.Error ? Theme.boundaryColor : Theme.subtleTextColor
            text: {
                switch (job.status) {
                case PrintJob.Running: return qsTr("Printing …");
                case PrintJob.Ready: return qsTr("Written to %1").arg(job.output);
                case PrintJob.Error: return qsTr("Printing failed: %1").arg(job.errorString);
                default: return qsTr("The map's current area and visible layers, with legend, scale bar, north arrow and sources.");
                }
            }
            textFormat: Text.PlainText
        }
    }
}
