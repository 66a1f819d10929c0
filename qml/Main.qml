import QtQuick
import QtQuick.Controls

ApplicationWindow {
    id: window

    width: 1400
    height: 900
    visible: true
    title: qsTr("Ptuj Operations Console")

    // Read by `ptuj-console screenshot` to know when the map is complete.
    readonly property bool ready: mainView.ready

    MainView {
        id: mainView
        anchors.fill: parent
    }
}
