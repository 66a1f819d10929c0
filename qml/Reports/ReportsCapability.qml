pragma ComponentBehavior: Bound
import QtQuick
import PtujConsole.Controls
import PtujConsole.Map

// Citizen reports: the clerk's inbox as a side-panel page, the report cells and the detail
// card over the map while that page is shown, and the area filter drawn with the map's
// measuring tool.
Capability {
    id: reportsCapability

    name: "reports"
    readonly property alias inbox: reportInbox
    readonly property alias workflow: reportWorkflow
    readonly property alias controller: reportsController
    busy: reportsController.busy

    pages: [
        SidePage {
            id: inboxPage
            name: "reports"
            title: qsTr("Reports")
            order: 20
            component: Component {
                ReportsPanel {
                    objectName: "reportsPanel"
                    controller: reportsController
                }
            }
        }
    ]

    overlays: [
        Component {
            ReportsView {
                objectName: "reportsView"
                visible: inboxPage.current && !reportsCapability.mapPanel.printMode
                map: reportsCapability.mapPanel.map
                controller: reportsController
                metersPerPixel: reportsCapability.mapPanel.metersPerPixel
                layerTitle: (layer) => reportsCapability.mapPanel.layers.titleOf(layer, Language.code)
            }
        }
    ]

    function show(view: string): bool {
        if (view !== "reports" && view !== "report")
            return false;
        inboxPage.activate();
        // The first report of the list opened in the card.
        if (view === "report")
            Qt.callLater(() => {
                if (reportInbox.count === 0)
                    return;
                reportsController.open(reportInbox.idAt(0));
                reportsController.selectRequested(reportsController.currentId);
            });
        return true;
    }

    ReportInboxModel {
        id: reportInbox
        storePath: reportsCapability.context.storePath
    }
    ReportWorkflow {
        id: reportWorkflow
        storePath: reportsCapability.context.storePath
        actor: reportsCapability.context.actor
    }
    ReportsController {
        id: reportsController
        inbox: reportInbox
        workflow: reportWorkflow
        onAreaFilterRequested: {
            // The area measured on the map limits the inbox; without one, start measuring.
            const map = reportsCapability.mapPanel;
            if (map.measurement.count >= 3) {
                reportInbox.polygon = map.measurement.path.map(c => ({ longitude: c.longitude, latitude: c.latitude }));
                map.measuring = false;
            } else {
                map.measuring = true;
            }
        }
    }
}
