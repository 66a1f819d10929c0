import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls
import PtujConsole.Map

ItemDelegate {
    id: root

    required property string layerName
    required property string domain
    required property string titleSl
    required property string titleEn
    required property string descriptionSl
    required property string descriptionEn
    required property string owner
    required property string updateInterval
    required property string periodOfUse
    required property string users
    required property string links
    required property string source
    required property string licence
    required property string crs
    required property string geometryType
    required property int featureCount
    required property bool illustrative
    required property var layerRoles
    required property string attribution
    required property bool english

    signal editRequested(var entry)

    readonly property string title: (english ? titleEn : titleSl) || layerName
    readonly property string domainName: Domains.name(domain, english ? "en" : "sl")

    objectName: "catalogue_" + layerName
    text: title
    Accessible.name: title
    onDoubleClicked: editRequested(entryMap())

    function entryMap() {
        return {
            layer: layerName, domain: domain, title_sl: titleSl, title_en: titleEn,
            description_sl: descriptionSl, description_en: descriptionEn, owner: owner,
            update_interval: updateInterval, period_of_use: periodOfUse, users: users,
            links: links, source: source, licence: licence, illustrative: illustrative,
            roles: layerRoles, attribution: attribution
        };
    }

    PlainToolTip {
        objectName: "catalogueDescriptionTip"
        visible: root.hovered && text.length > 0
        delay: 600
        text: root.english ? (root.descriptionEn || root.descriptionSl) : (root.descriptionSl || root.descriptionEn)
    }

    contentItem: RowLayout {
        spacing: 8

        Rectangle {
            Layout.preferredWidth: 10
            Layout.preferredHeight: 10
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 4
            radius: 2
            color: Domains.color(root.domain)
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1

            ElidedLabel {
                Layout.fillWidth: true
                text: root.title
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.textColor
            }
            ElidedLabel {
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.pixelSize: 11
                color: Theme.subtleTextColor
                text: qsTr("%1 · %2 features · %3").arg(root.domainName).arg(root.featureCount).arg(root.crs)
                textFormat: Text.PlainText
            }
            ElidedLabel {
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.pixelSize: 11
                color: root.illustrative ? "#8a5a00" : Theme.subtleTextColor
                text: root.illustrative ? qsTr("Illustrative sample, not an official dataset")
                                        : (root.owner + (root.licence ? " · " + root.licence : ""))
                textFormat: Text.PlainText
            }
            ElidedLabel {
                objectName: "layerRolesLabel"
                Layout.fillWidth: true
                visible: root.layerRoles.length > 0
                elide: Text.ElideRight
                font.pixelSize: 11
                color: Theme.subtleTextColor
                text: qsTr("Role: %1").arg(LayerRoleList.names(root.layerRoles, root.english ? "en" : "sl"))
                textFormat: Text.PlainText
            }
        }
        ToolButton {
            objectName: "editButton_" + root.layerName
            text: qsTr("Edit catalogue entry")
            display: AbstractButton.IconOnly
            icon.source: "qrc:/icons/edit.svg"
            icon.width: 18
            icon.height: 18
            Layout.alignment: Qt.AlignTop
            onClicked: root.editRequested(root.entryMap())
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Edit catalogue entry")
        }
    }
}
