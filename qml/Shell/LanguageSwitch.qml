pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls

// Two toggle buttons, SL and EN; the choice is remembered between runs.
RowLayout {
    id: root

    spacing: 0

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Language")

    Repeater {
        model: Language.available

        delegate: Button {
            id: button

            required property string modelData

            objectName: "languageButton_" + modelData
            text: modelData.toUpperCase() // no markup: a code of Language.available, the program's own list
            checkable: true
            checked: Language.code === modelData
            flat: !checked
            implicitWidth: 44
            palette.buttonText: checked ? Theme.headerColor : Theme.headerTextColor
            ToolTip.visible: hovered
            ToolTip.text: modelData === "sl" ? qsTr("Slovenian") : qsTr("English")
            onClicked: Language.code = modelData
        }
    }
}
