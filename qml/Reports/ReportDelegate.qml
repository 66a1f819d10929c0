import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls

// One report in the inbox: status, priority, category, where, how old; a tick when it is
// in the bulk selection.
ItemDelegate {
    id: root

    required property int index
    required property var reportId
    required property string status
    required property int priority
    required property string serviceName
    required property string serviceCode
    required property string address
    required property string description
    required property double ageDays
    required property bool overdue
    required property bool unknownCategory
    property bool ticked: false
    property bool english: false
    /// The category's name in the UI language (the panel knows the store's categories).
    property string categoryName: serviceName || serviceCode

    signal tickToggled()

    objectName: "report_" + reportId
    // The list keeps the keyboard focus: its keys move, tick and act.
    focusPolicy: Qt.NoFocus
    Keys.forwardTo: ListView.view ? [ListView.view] : []
    width: ListView.view ? ListView.view.width : implicitWidth
    highlighted: ListView.isCurrentItem

    contentItem: RowLayout {
        spacing: 8
        CheckBox {
            objectName: "reportTick"
            padding: 0
            checked: root.ticked
            onClicked: root.tickToggled()
        }
        Rectangle {
            Layout.preferredWidth: 10
            Layout.preferredHeight: 10
            radius: 5
            color: ReportTexts.statusColor(root.status)
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: root.categoryName
                    textFormat: Text.PlainText
                    font.bold: root.status === "new"
                    elide: Text.ElideRight
                }
                Image {
                    // The category is not one of the store's: kept, but marked.
                    objectName: "unknownCategoryMark"
                    visible: root.unknownCategory
                    source: "qrc:/icons/warning.svg"
                    sourceSize: Qt.size(14, 14)
                }
                Label {
                    text: "P" + root.priority
                    textFormat: Text.PlainText
                    visible: root.priority > 0 && root.priority <= 2
                    color: root.highlighted ? "white" : "#c0392b"
                    font.bold: true
                    font.pixelSize: 11
                }
            }
            Label {
                Layout.fillWidth: true
                text: root.address || root.description
                textFormat: Text.PlainText
                color: root.highlighted ? "white" : Theme.subtleTextColor
                font.pixelSize: 11
                elide: Text.ElideRight
            }
            Label {
                text: ReportTexts.statusName(root.status) + " · " + ReportTexts.age(root.ageDays)
                      + (root.overdue ? " · " + qsTr("overdue") : "")
                textFormat: Text.PlainText
                color: root.highlighted ? "white" : root.overdue ? "#c0392b" : Theme.subtleTextColor
                font.pixelSize: 11
            }
        }
    }
}
