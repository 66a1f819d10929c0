pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls
import PtujConsole.Map

// The clerk's inbox of citizen reports: filters, sort, the list (linked with the map and
// the detail card), a tick box per report for bulk actions, and a few figures.
// Keys in the list: ↑/↓ (or K/J) move, Space ticks, Ctrl+A ticks all shown.
ColumnLayout {
    id: root

    required property ReportsController controller
    readonly property ReportInboxModel inbox: controller.inbox
    readonly property alias listView: list
    readonly property alias searchField: searchField
    readonly property bool english: Language.code === "en"

    spacing: 4

    Connections {
        target: root.controller
        function onSelectRequested(id) {
            const row = root.inbox.rowOf(id);
            if (row >= 0) {
                list.currentIndex = row;
                list.positionViewAtIndex(row, ListView.Contain);
            }
        }
        function onListFocusRequested() { list.forceActiveFocus(); }
    }
    // Where the list stood before the inbox reloaded, and whether an action caused the
    // reload: the clerk stays where they were instead of being thrown to the top.
    property int keptRow: -1
    property var keptId: -1
    property real keptY: 0
    property bool afterAction: false
    Connections {
        target: root.controller.workflow
        function onFinished(action, changed) { root.afterAction = changed.length > 0; }
    }
    Connections {
        target: root.inbox
        function onModelAboutToBeReset() {
            root.keptRow = list.currentIndex;
            root.keptId = root.controller.currentId;
            root.keptY = list.contentY;
        }
        // After the list view has handled the reset itself (it scrolls back to the top).
        function onModelReset() { Qt.callLater(root.restorePosition); }
    }
    function restorePosition() {
        // Keep the open report selected after filtering or a reload; when an action took it
        // out of the list, the report that took its place is the next to handle.
        // The list view may have moved its current row meanwhile: go by what was kept.
        let row = root.keptId >= 0 ? root.inbox.rowOf(root.keptId) : -1;
        if (row < 0 && root.afterAction && root.keptRow >= 0 && root.inbox.count > 0)
            row = Math.min(root.keptRow, root.inbox.count - 1);
        if (list.currentIndex !== row)
            list.currentIndex = row;
        else if (row >= 0 && root.inbox.idAt(row) !== root.controller.currentId)
            root.controller.open(root.inbox.idAt(row));
        if (root.afterAction)
            list.contentY = root.keptY;
        if (row >= 0)
            list.positionViewAtIndex(row, ListView.Contain);
        root.afterAction = false;
    }

    Label {
        Layout.fillWidth: true
        Layout.margins: 8
        Layout.bottomMargin: 0
        text: qsTr("Citizen reports")
        textFormat: Text.PlainText
        font.pixelSize: 16
        font.bold: true
    }
    Label {
        objectName: "reportStatistics"
        Layout.fillWidth: true
        Layout.leftMargin: 8
        Layout.rightMargin: 8
        wrapMode: Text.Wrap
        color: Theme.subtleTextColor
        font.pixelSize: 11
        text: root.controller.statistics.total === undefined ? ""
              : qsTr("%1 open · %2 overdue · %3 resolved · median time to resolve %4 days")
                .arg(root.controller.statistics.open).arg(root.controller.statistics.overdue).arg(root.controller.statistics.resolved)
                .arg((root.controller.statistics.median_hours_to_resolve / 24).toLocaleString(Qt.locale(), "f", 1))
        textFormat: Text.PlainText
    }

    ToolButton {
        objectName: "reportFiguresButton"
        Layout.leftMargin: 4
        text: qsTr("Open reports by domain and service")
        icon.source: figures.visible ? "qrc:/icons/collapse.svg" : "qrc:/icons/expand.svg"
        icon.width: 16
        icon.height: 16
        font.pixelSize: 11
        onClicked: figures.visible = !figures.visible
    }
    GridLayout {
        id: figures
        objectName: "reportFigures"
        visible: false
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 8
        columns: 2
        columnSpacing: 8
        rowSpacing: 0
        Repeater {
            model: Object.entries(root.controller.statistics.open_by_domain ?? {}).sort((a, b) => b[1] - a[1])
            delegate: Label {
                required property var modelData
                Layout.columnSpan: 2
                text: Domains.name(modelData[0], root.english ? "en" : "sl") + ": " + modelData[1]
                textFormat: Text.PlainText
                font.pixelSize: 11
            }
        }
        Repeater {
            model: Object.entries(root.controller.statistics.open_by_service ?? {}).sort((a, b) => b[1] - a[1])
            delegate: Label {
                required property var modelData
                Layout.columnSpan: 2
                text: "→ " + (modelData[0] === "(unassigned)" ? qsTr("not assigned") : (root.controller.serviceNames[modelData[0]] ?? modelData[0])) + ": " + modelData[1]
                textFormat: Text.PlainText
                color: Theme.subtleTextColor
                font.pixelSize: 11
            }
        }
    }

    TextField {
        id: searchField
        objectName: "reportSearch"
        Layout.fillWidth: true
        Layout.leftMargin: 8
        Layout.rightMargin: 8
        placeholderText: qsTr("Search description, address, number …")
        onTextChanged: root.inbox.text = text
        Keys.onEscapePressed: clear()
        Keys.onDownPressed: list.forceActiveFocus()
    }

    ReportFilters {
        Layout.fillWidth: true
        Layout.leftMargin: 8
        Layout.rightMargin: 8
        inbox: root.inbox
        workflow: root.controller.workflow
        english: root.english
        areaFilter: root.controller.areaFilter
        onAreaFilterRequested: root.controller.areaFilterRequested()
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 8
        Layout.rightMargin: 8
        Label {
            objectName: "reportCount"
            Layout.fillWidth: true
            text: qsTr("%1 of %2 reports").arg(root.inbox.count).arg(root.inbox.totalCount)
            textFormat: Text.PlainText
            font.pixelSize: 11
            color: Theme.subtleTextColor
            elide: Text.ElideRight
        }
        FilterComboBox {
            objectName: "reportMapColours"
            textRole: "text"
            valueRole: "mode"
            implicitContentWidthPolicy: ComboBox.WidestText
            font.pixelSize: 11
            model: [{ text: qsTr("Map: by status"), mode: "status" }, { text: qsTr("Map: by age"), mode: "age" }]
            applied: root.controller.mapColours
            onChosen: (value) => root.controller.mapColours = value
        }
    }
    // The ticked reports on a line of their own (beside the count they ran under the combo box).
    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 8
        Layout.rightMargin: 8
        visible: root.controller.tickedIds.length > 0
        Label {
            objectName: "reportTicked"
            Layout.fillWidth: true
            text: qsTr("%n ticked", "", root.controller.tickedIds.length)
            textFormat: Text.PlainText
            font.pixelSize: 11
            font.bold: true
            elide: Text.ElideRight
        }
        ToolButton {
            objectName: "untickButton"
            text: qsTr("Untick")
            onClicked: root.controller.tickedIds = []
        }
    }

    ListView {
        id: list
        objectName: "reportList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.inbox
        currentIndex: -1
        keyNavigationEnabled: true
        highlightMoveDuration: 0
        ScrollBar.vertical: ScrollBar {}

        onCurrentIndexChanged: {
            const id = currentIndex >= 0 ? root.inbox.idAt(currentIndex) : -1;
            if (id >= 0)
                root.controller.open(id);
        }
        Keys.onPressed: (event) => {
            if (event.key === Qt.Key_J) {
                incrementCurrentIndex();
            } else if (event.key === Qt.Key_K) {
                decrementCurrentIndex();
            } else if (event.key === Qt.Key_Space && root.controller.currentId >= 0) {
                root.controller.toggleTick(root.controller.currentId);
            } else if (event.key === Qt.Key_A && (event.modifiers & Qt.ControlModifier)) {
                const all = [];
                for (let i = 0; i < count; ++i)
                    all.push(root.inbox.idAt(i));
                root.controller.tickedIds = all;
            } else {
                return;
            }
            event.accepted = true;
        }

        delegate: ReportDelegate {
            english: root.english
            categoryName: root.controller.categoryName(serviceCode, serviceName)
            ticked: root.controller.tickedIds.indexOf(reportId) >= 0
            onTickToggled: root.controller.toggleTick(reportId)
            onClicked: {
                list.currentIndex = index;
                list.forceActiveFocus();
            }
        }

        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: root.inbox.status === ReportInboxModel.Loading ? qsTr("Loading …")
                  : root.inbox.status === ReportInboxModel.Error ? root.inbox.errorString
                  : qsTr("No reports match the filters.")
            textFormat: Text.PlainText
            color: Theme.subtleTextColor
            wrapMode: Text.Wrap
            width: parent.width - 20
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
