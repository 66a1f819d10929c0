import QtQuick
import QtPositioning

// The reports over the map while the inbox is shown: their cells, the open one ringed,
// and its detail card beside the map's buttons.
Item {
    id: root

    required property var map
    required property ReportsController controller
    required property real metersPerPixel
    property var layerTitle: (layer) => layer
    readonly property var report: controller.current
    readonly property alias card: card
    readonly property alias overlay: overlay

    // What a print of the map carries of the inbox: its report cells in view.
    function printMarks() {
        return root.visible ? overlay.printMarks() : [];
    }

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
        inbox: root.controller.inbox
        metersPerPixel: root.metersPerPixel
        currentId: root.controller.currentId
        colourBy: root.controller.mapColours
        currentCoordinate: root.report.latitude !== undefined
                           ? QtPositioning.coordinate(root.report.latitude, root.report.longitude) : undefined
        onReportClicked: (id) => root.controller.select(id)
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
        workflow: root.controller.workflow
        details: root.controller.details
        report: root.report
        targets: root.controller.targets()
        serviceNames: root.controller.serviceNames
        categoryName: root.controller.categoryName
        layerTitle: root.layerTitle
        actions.keysEnabled: root.visible && visible && !actions.answerDialog.visible
        actions.languageOf: (id) => root.controller.inbox.get(root.controller.inbox.rowOf(id)).language || "sl"
        onCloseRequested: root.controller.currentId = -1
        actions.onFinishedInput: root.controller.listFocusRequested()
        onShowOnMap: (id) => root.controller.select(id)
    }

    Connections {
        target: root.controller
        function onReportActivated(id) { root.centreOn(root.controller.inbox.get(root.controller.inbox.rowOf(id))); }
    }
}
