import QtQuick

// The window `ptuj-console render` draws offscreen.
Window {
    id: window

    required property string storePath
    property string title
    property var layers: []
    property var area
    readonly property bool ready: view.ready

    visible: true

    PrintView {
        id: view
        anchors.fill: parent
        storePath: window.storePath
        title: window.title || qsTr("Situation map")
        layers: window.layers
        area: window.area
    }
}
