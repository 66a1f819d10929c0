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

    readonly property alias pageBox: pageBox
    readonly property alias orientationBox: orientationBox
    readonly property alias previewJob: previewJob

    /// What the page carries besides the map, as the print engine takes it.
    function options() {
        return {page: pageBox.currentValue, orientation: orientationBox.currentValue, subtitle: subtitleField.text,
                legend: legendBox.checked, sources: sourcesBox.checked, overview: overviewBox.checked, dpi: dpiBox.value,
                marks: mapPanel.printMarks({reports: reportsBox.checked, selection: selectionBox.checked,
                                            measure: measureBox.checked})};
    }
    function visibleLayers() {
        return mapPanel.layers.layerNames().filter(l => mapPanel.layers.isVisible(l));
    }
    function print() {
        job.start(storePath, fileField.text, titleField.text || qsTr("Situation map"), visibleLayers(),
                  mapPanel.map.visibleRegion.boundingGeoRectangle(), options());
    }
    function refreshPreview() {
        if (!visible)
            return;
        previewJob.preview(storePath, titleField.text || qsTr("Situation map"), visibleLayers(),
                           mapPanel.map.visibleRegion.boundingGeoRectangle(), options());
    }
    onOpened: refreshPreview()

    title: qsTr("Print a situation map")
    modal: true
    width: Math.min(parent ? parent.width - 80 : 760, 760)
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
    // The page as it will print, small, redrawn a moment after any choice changes.
    PrintJob {
        id: previewJob
        program: root.renderProgram
    }
    Timer {
        id: previewTimer
        interval: 400
        onTriggered: root.refreshPreview()
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
        Label { text: qsTr("Subtitle"); textFormat: Text.PlainText }
        TextField {
            id: subtitleField
            objectName: "subtitleField"
            Layout.fillWidth: true
            Layout.columnSpan: 2
            placeholderText: qsTr("City Municipality of Ptuj")
            onEditingFinished: previewTimer.restart()
        }
        Label { text: qsTr("Page"); textFormat: Text.PlainText }
        RowLayout {
            Layout.columnSpan: 2
            PlainComboBox {
                id: pageBox
                objectName: "pageBox"
                textRole: "text"
                valueRole: "value"
                model: [{text: "A4", value: "A4"}, {text: "A3", value: "A3"}, {text: "A2", value: "A2"},
                        {text: "A1", value: "A1"}]
                onActivated: previewTimer.restart()
            }
            PlainComboBox {
                id: orientationBox
                objectName: "orientationBox"
                textRole: "text"
                valueRole: "value"
                model: [{text: qsTr("Landscape"), value: "landscape"}, {text: qsTr("Portrait"), value: "portrait"}]
                onActivated: previewTimer.restart()
            }
            CheckBox {
                id: legendBox
                objectName: "legendBox"
                text: qsTr("Legend")
                checked: true
                onToggled: previewTimer.restart()
            }
            CheckBox {
                id: sourcesBox
                objectName: "sourcesBox"
                text: qsTr("Sources")
                checked: true
                onToggled: previewTimer.restart()
            }
            CheckBox {
                id: overviewBox
                objectName: "overviewBox"
                text: qsTr("Overview")
                checked: true
                onToggled: previewTimer.restart()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("A small map of the whole municipality showing where the printed area lies")
            }
            Label { text: qsTr("PNG dpi"); textFormat: Text.PlainText }
            SpinBox {
                id: dpiBox
                objectName: "dpiBox"
                from: 72
                to: 600
                stepSize: 50
                value: 300
                editable: true
            }
        }
        Label { text: qsTr("On the map"); textFormat: Text.PlainText }
        RowLayout {
            Layout.columnSpan: 2
            CheckBox {
                id: reportsBox
                objectName: "reportsMarksBox"
                text: qsTr("Report markers")
                checked: true
                onToggled: previewTimer.restart()
            }
            CheckBox {
                id: selectionBox
                objectName: "selectionMarksBox"
                text: qsTr("Selection")
                checked: true
                enabled: root.mapPanel.layers.selectionCount > 0
                onToggled: previewTimer.restart()
            }
            CheckBox {
                id: measureBox
                objectName: "measureMarksBox"
                text: qsTr("Measured shape")
                checked: true
                enabled: root.mapPanel.measuring && root.mapPanel.measurement.count >= 2
                onToggled: previewTimer.restart()
            }
        }
        Image {
            objectName: "printPreview"
            Layout.columnSpan: 3
            Layout.fillWidth: true
            Layout.preferredHeight: 300
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            cache: false
            source: previewJob.status === PrintJob.Ready ? "file://" + previewJob.output : ""
            Label {
                anchors.centerIn: parent
                visible: previewJob.status === PrintJob.Running || previewJob.status === PrintJob.Error
                text: previewJob.status === PrintJob.Error ? qsTr("No preview: %1").arg(previewJob.errorString)
                                                           : qsTr("Drawing the preview …")
                textFormat: Text.PlainText
                color: Theme.subtleTextColor
            }
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
                default: return qsTr("The map's current area and visible layers, with what is drawn over them, legend, scale bar, north arrow, overview and sources.");
                }
            }
            textFormat: Text.PlainText
        }
    }
}
