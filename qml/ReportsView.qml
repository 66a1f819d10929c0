import QtQuick
import QtPositioning

// The reports over the map while the inbox is shown: their cells, the open one ringed,
// and its detail card beside the map's buttons.
Item {
    id: root

    required property var map
    required property ReportInboxModel inbox
    required property ReportWorkflow workflow
    required property ReportsPanel panel
    required property real metersPerPixel
    property var layerTitle: (layer) => layer
    readonly property var report: panel.currentId >= 0 && inbox.count >= 0 ? inbox.get(inbox.rowOf(panel.currentId)) : ({})
    readonly property alias card: card
    readonly property alias overlay: overlay

    function centreOn(report) {
        if (report.latitude === undefined)
            return;
        // In the middle of the map: left of the card, which covers the right side.
        root.map.center = QtPositioning.coordinate(report.latitude, report.longitude);
    }

    ReportsMapOverlay {
        id: overlay
        anchors.fill: parent
        map: root.map
        inbox: root.inbox
        metersPerPixel: root.metersPerPixel
        currentId: root.panel.currentId
        colourBy: root.panel.mapColours
        currentCoordinate: root.report.latitude !== undefined
                           ? QtPositioning.coordinate(root.report.latitude, root.report.longitude) : undefined
        onReportClicked: (id) => root.panel.select(id)
    }

    ReportDetailCard {
        id: card
        objectName: "reportDetailCard"
        visible: root.report.reportId !== undefined
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.topMargin: 10
        anchors.rightMargin: 64
        width: Math.min(420, parent.width / 2)
        height: Math.min(implicitHeight, parent.height - 40)
        workflow: root.workflow
        report: root.report
        targets: root.panel.targets()
        serviceNames: root.panel.serviceNames
        layerTitle: root.layerTitle
        actions.keysEnabled: root.visible && visible && !actions.answerDialog.visible
        onCloseRequested: root.panel.currentId = -1
        actions.onFinishedInput: root.panel.listView.forceActiveFocus()
        onShowOnMap: (id) => root.panel.select(id)
    }

    Connections {
        target: root.panel
        function onReportActivated(id) { root.centreOn(root.inbox.get(root.inbox.rowOf(id))); }
    }
}
