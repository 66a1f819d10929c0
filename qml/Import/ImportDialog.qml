pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PtujConsole.Controls
import PtujConsole.Map

// Import any GDAL vector file into the store: choose file and domain, watch progress,
// cancel, read the report (what was imported, repaired and rejected, and why).
Dialog {
    id: root

    required property string storePath
    readonly property alias job: job
    readonly property alias sourceField: sourceField
    readonly property alias domainBox: domainBox
    readonly property bool english: Language.code === "en"

    signal imported()

    title: qsTr("Import data")
    modal: true
    width: Math.min(parent ? parent.width - 80 : 720, 720)
    padding: 16
    // Own buttons: Qt's standard ones would need Qt's translations for "Close".
    footer: DialogButtonBox {
        Button {
            text: qsTr("Close")
            enabled: job.status !== ImportJob.Running
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    closePolicy: job.status === ImportJob.Running ? Popup.NoAutoClose : Popup.CloseOnEscape

    ImportJob {
        id: job
        onFinished: if (status === ImportJob.Ready) root.imported()
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a vector file")
        nameFilters: [qsTr("Vector data (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.gml *.csv *.fgb)"),
                      qsTr("All files (*)")]
        onAccepted: sourceField.text = decodeURIComponent(selectedFile.toString().replace(/^file:\/\//, ""))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        GridLayout {
            columns: 3
            columnSpacing: 8
            rowSpacing: 6
            Layout.fillWidth: true
            enabled: job.status !== ImportJob.Running

            Label { text: qsTr("File"); textFormat: Text.PlainText }
            TextField {
                id: sourceField
                objectName: "importSourceField"
                Layout.fillWidth: true
                placeholderText: qsTr("Shapefile, GeoPackage, GeoJSON, KML/KMZ, GML, CSV, FlatGeobuf …")
            }
            Button {
                text: qsTr("Browse…")
                onClicked: fileDialog.open()
            }

            Label { text: qsTr("Domain"); textFormat: Text.PlainText }
            PlainComboBox {
                id: domainBox
                objectName: "importDomainBox"
                Layout.fillWidth: true
                Layout.columnSpan: 2
                model: Domains
                textRole: root.english ? "nameEn" : "nameSl"
                valueRole: "domainId"
            }

            Label { text: qsTr("Layer name"); textFormat: Text.PlainText }
            TextField {
                id: layerField
                objectName: "importLayerField"
                Layout.fillWidth: true
                Layout.columnSpan: 2
                placeholderText: qsTr("from the file (letters, digits, _)")
            }

            Label { text: qsTr("Title"); textFormat: Text.PlainText }
            TextField {
                id: titleField
                Layout.fillWidth: true
                Layout.columnSpan: 2
                placeholderText: qsTr("shown in the catalogue, e.g. Poplavna območja 2024")
            }

            Label { text: qsTr("Source CRS"); textFormat: Text.PlainText }
            TextField {
                id: crsField
                Layout.fillWidth: true
                placeholderText: qsTr("from the file; e.g. EPSG:3912 for D48/GK")
            }
            Label {
                text: qsTr("D48/GK is converted to D96/TM")
                textFormat: Text.PlainText
                color: Theme.subtleTextColor
                font.pixelSize: 11
            }

            Label { text: qsTr("Encoding"); textFormat: Text.PlainText }
            PlainComboBox {
                id: encodingBox
                Layout.fillWidth: true
                model: [qsTr("as the file says"), "UTF-8", "CP1250", "ISO-8859-2"]
            }
            CheckBox {
                id: replaceBox
                text: qsTr("Replace a layer of the same name")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            ProgressBar {
                objectName: "importProgress"
                Layout.fillWidth: true
                from: 0
                to: 1
                value: Math.max(0, job.progress)
                indeterminate: job.status === ImportJob.Running && job.progress < 0
                visible: job.status !== ImportJob.Null
            }
            Button {
                objectName: "importStartButton"
                text: qsTr("Import")
                highlighted: true
                enabled: sourceField.text.length > 0 && job.status !== ImportJob.Running
                onClicked: job.start(root.storePath, Qt.resolvedUrl("file://" + sourceField.text), {
                    domain: domainBox.currentValue,
                    layer: layerField.text,
                    title_sl: titleField.text,
                    title_en: titleField.text,
                    sourceCrs: crsField.text,
                    encoding: encodingBox.currentIndex > 0 ? encodingBox.currentText : "",
                    replace: replaceBox.checked
                })
            }
            Button {
                objectName: "importCancelButton"
                text: qsTr("Cancel import")
                visible: job.status === ImportJob.Running
                onClicked: job.cancel()
            }
        }

        ImportReportView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 160
            job: job
        }
    }

    Shortcut {
        sequence: "Ctrl+Return"
        enabled: root.visible && sourceField.text.length > 0 && job.status !== ImportJob.Running
        onActivated: job.start(root.storePath, Qt.resolvedUrl("file://" + sourceField.text),
                               { domain: domainBox.currentValue, layer: layerField.text })
    }
}
