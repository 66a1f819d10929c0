import QtQuick
import QtQuick.Controls
import PtujConsole.Map

ApplicationWindow {
    id: window

    width: 1400
    height: 900
    visible: true
    title: qsTr("Ptuj Operations Console")

    /// The one application context, built by app/ (store, data, actor).
    required property ConsoleContext context

    // Read by `ptuj-console screenshot` to know when the map is complete.
    readonly property bool ready: mainView.ready
    // Which view `ptuj-console screenshot --view` shows: domains, catalogue or import.
    property string initialView: "domains"
    onInitialViewChanged: mainView.show(initialView)

    MainView {
        id: mainView
        anchors.fill: parent
        context: window.context
    }
}
