pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls
import PtujConsole.Map

// The layer's style: one symbol, or classes by a field (categorised by value, graduated by
// ranges), each class with its colour, shape / dash / pattern, size or width and label.
// Saved into the store for the map, the legend, the print and QGIS alike.
Dialog {
    id: root

    required property string storePath
    required property string author
    readonly property bool english: Language.code === "en"
    readonly property StyleEditor editor: editor
    readonly property var style: editor.style
    readonly property bool classified: (style.type ?? "single") !== "single"

    signal saved(string layer)

    /// The layer's title in the UI language, for the header (the table name when it has none).
    property string layerTitle: ""

    function openFor(layer, title) {
        root.layerTitle = title ?? "";
        editor.open(root.storePath, layer);
        open();
    }

    function typeLabel(t) {
        return t === "categorised" ? qsTr("Categories by value")
             : t === "graduated" ? qsTr("Ranges of a number") : qsTr("One symbol");
    }
    title: qsTr("Style: %1").arg(root.layerTitle.length > 0 ? root.layerTitle : editor.layer)
    header: Label {
        text: root.title
        textFormat: Text.PlainText
        elide: Text.ElideRight
        font.bold: true
        padding: 6
    }
    modal: true
    width: Math.min(parent ? parent.width - 80 : 620, 620)
    height: Math.min(640, parent ? parent.height - 40 : 640)

    StyleEditor {
        id: editor
        onSaved: (layer) => { root.saved(layer); root.close(); }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "styleSaveButton"
            text: qsTr("Save")
            enabled: editor.status !== StyleEditor.Loading && editor.layer !== ""
            onClicked: editor.save(root.author)
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    onRejected: editor.revert()

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            visible: editor.status === StyleEditor.Error
            text: editor.errorString
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: "#b03a2e"
        }
        RowLayout {
            spacing: 8
            Label { text: qsTr("Drawn as"); textFormat: Text.PlainText }
            PlainComboBox {
                id: typeBox
                objectName: "styleType"
                Layout.preferredWidth: 200
                model: ["single", "categorised", "graduated"].map(t => ({ value: t, text: root.typeLabel(t) }))
                textRole: "text"
                valueRole: "value"
                currentIndex: ["single", "categorised", "graduated"].indexOf(root.style.type ?? "single")
                onActivated: editor.setType(currentValue)
            }
        }
        RowLayout {
            visible: root.classified
            spacing: 8
            Label { text: qsTr("Field"); textFormat: Text.PlainText }
            PlainComboBox {
                id: fieldBox
                objectName: "styleField"
                Layout.preferredWidth: 180
                model: editor.fields.map(f => ({ value: f, text: f }))
                textRole: "text"
                valueRole: "value"
                currentIndex: editor.fields.indexOf(root.style.field ?? "")
            }
            SpinBox {
                id: classCount
                objectName: "styleClassCount"
                visible: root.style.type === "graduated"
                from: 2
                to: 12
                value: 5
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Number of ranges")
            }
            Button {
                objectName: "styleClassify"
                text: qsTr("Make classes")
                enabled: fieldBox.currentIndex >= 0 && editor.status !== StyleEditor.Loading
                onClicked: editor.classify(fieldBox.currentValue, classCount.value)
            }
        }
        Label {
            text: root.classified ? qsTr("Any other value") : qsTr("Symbol")
            textFormat: Text.PlainText
            font.bold: true
        }
        StyleSymbolControls {
            editor: root.editor
            classIndex: -1
            symbol: root.style.symbol ?? ({})
        }
        Label {
            visible: root.classified
            text: qsTr("Classes (%1)").arg((root.style.classes ?? []).length)
            textFormat: Text.PlainText
            font.bold: true
        }
        ListView {
            id: classList
            objectName: "styleClasses"
            visible: root.classified
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: root.classified ? (root.style.classes ?? []) : []
            ScrollBar.vertical: ScrollBar {}
            delegate: ColumnLayout {
                id: classRow
                required property var modelData
                required property int index
                width: classList.width - 12
                spacing: 2
                RowLayout {
                    spacing: 6
                    Label {
                        Layout.preferredWidth: 120
                        text: classRow.modelData.value !== undefined ? String(classRow.modelData.value)
                              : Number(classRow.modelData.min).toLocaleString(Qt.locale(), "g", 6) + " – "
                                + Number(classRow.modelData.max).toLocaleString(Qt.locale(), "g", 6)
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        color: Theme.subtleTextColor
                    }
                    TextField {
                        objectName: "styleLabel_" + classRow.index
                        Layout.fillWidth: true
                        // The label in the UI's language; the other stays as it is.
                        text: (root.english ? classRow.modelData.label_en : classRow.modelData.label_sl) ?? ""
                        placeholderText: qsTr("Label in the legend")
                        onEditingFinished: editor.setLabel(classRow.index, root.english ? "en" : "sl", text)
                    }
                }
                StyleSymbolControls {
                    editor: root.editor
                    classIndex: classRow.index
                    symbol: classRow.modelData.symbol ?? ({})
                }
            }
        }
        Item {
            visible: !root.classified
            Layout.fillHeight: true
        }
    }
}
