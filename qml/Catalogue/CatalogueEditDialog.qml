pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls
import PtujConsole.Map

// Edits the descriptive catalogue fields of one layer; measured fields stay read-only.
Dialog {
    id: root

    required property CatalogueModel catalogue
    property var entry: ({})
    // The roles ticked in the dialog (LayerRoles ids): what the basemap, the nearest-asset
    // lookup and the analyses use this layer for.
    property var chosenRoles: []
    readonly property bool english: Language.code === "en"

    function openFor(e) {
        entry = e;
        domainBox.currentIndex = domainBox.indexOfValue(e.domain);
        for (const f of fields.children) {
            if (f.fieldKey !== undefined)
                f.text = e[f.fieldKey] ?? "";
        }
        chosenRoles = Array.from(e.roles ?? []);
        open();
    }

    title: qsTr("Catalogue: %1").arg(entry.layer ?? "")
    // The style's header reads markup; the title names a layer of the store.
    header: Label {
        text: root.title
        textFormat: Text.PlainText
        visible: root.title !== "" && parent?.parent === Overlay.overlay
        elide: Text.ElideRight
        font.bold: true
        padding: 6
        background: Rectangle {
            x: 1
            y: 1
            width: parent.width - 2
            height: parent.height - 1
            color: root.palette.window
            radius: 2
        }
    }
    modal: true
    width: Math.min(parent ? parent.width - 80 : 640, 640)
    footer: DialogButtonBox {
        Button {
            text: qsTr("Save")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    onAccepted: {
        const changes = { domain: domainBox.currentValue, roles: chosenRoles };
        for (const f of fields.children) {
            if (f.fieldKey === undefined)
                continue;
            changes[f.fieldKey] = (f.fieldKey === "users" || f.fieldKey === "links")
                ? f.text.split(",").map(s => s.trim()).filter(s => s.length > 0) : f.text;
        }
        root.catalogue.update(entry.layer, changes);
    }

    // With the roles the fields may be taller than a small window: they scroll.
    height: Math.min(implicitHeight, parent ? parent.height - 40 : implicitHeight)

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        GridLayout {
            id: fields
            width: scroller.availableWidth
            columns: 2
            columnSpacing: 8

            Label { text: qsTr("Domain"); textFormat: Text.PlainText }
            PlainComboBox {
                id: domainBox
                Layout.fillWidth: true
                model: Domains
                textRole: root.english ? "nameEn" : "nameSl"
                valueRole: "domainId"
            }
            Label { text: qsTr("Title (sl)"); textFormat: Text.PlainText }
            CatalogueField { fieldKey: "title_sl" }
            Label { text: qsTr("Title (en)"); textFormat: Text.PlainText }
            CatalogueField { fieldKey: "title_en" }
            Label { text: qsTr("Meaning (sl)"); textFormat: Text.PlainText }
            CatalogueField { fieldKey: "description_sl" }
            Label { text: qsTr("Meaning (en)"); textFormat: Text.PlainText }
            CatalogueField { fieldKey: "description_en" }
            Label { text: qsTr("Owner"); textFormat: Text.PlainText }
            CatalogueField { fieldKey: "owner" }
            Label { text: qsTr("Update interval"); textFormat: Text.PlainText }
            CatalogueField { fieldKey: "update_interval" }
            Label { text: qsTr("Period of use"); textFormat: Text.PlainText }
            CatalogueField { fieldKey: "period_of_use" }
            Label { text: qsTr("Users"); textFormat: Text.PlainText }
            CatalogueField { fieldKey: "users"; placeholderText: qsTr("comma-separated") }
            Label { text: qsTr("Linked layers"); textFormat: Text.PlainText }
            CatalogueField { fieldKey: "links"; placeholderText: qsTr("comma-separated layer names") }
            Label { text: qsTr("Source"); textFormat: Text.PlainText }
            CatalogueField { fieldKey: "source" }
            Label { text: qsTr("Licence"); textFormat: Text.PlainText }
            CatalogueField { fieldKey: "licence" }
            Label { text: qsTr("Attribution"); textFormat: Text.PlainText }
            CatalogueField { fieldKey: "attribution"; placeholderText: qsTr("shown on the map and prints, e.g. © GURS, CC BY 4.0") }
            Label {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 6
                text: qsTr("Roles")
                textFormat: Text.PlainText
            }
            Flow {
                objectName: "roleChoices"
                // The check boxes wrap in the column's width instead of widening it.
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                spacing: 2
                Repeater {
                    model: LayerRoleList.roles
                    delegate: PlainCheckBox {
                        required property var modelData
                        objectName: "role_" + modelData.id
                        text: root.english ? modelData.nameEn : modelData.nameSl
                        checked: root.chosenRoles.indexOf(modelData.id) >= 0
                        onToggled: {
                            const others = root.chosenRoles.filter(r => r !== modelData.id);
                            root.chosenRoles = checked ? others.concat([modelData.id]) : others;
                        }
                    }
                }
            }
        }
    }
}
