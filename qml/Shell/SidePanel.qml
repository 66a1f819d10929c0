pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Map

// The left panel: one tab per page the capabilities contribute, in their order. A page is
// made once and kept while another is shown; a page asks to come to the front itself.
Pane {
    id: root

    /// Sorted by SidePage.order.
    required property list<SidePage> pages
    readonly property alias tabBar: tabs
    readonly property SidePage currentPage: tabs.currentIndex >= 0 && tabs.currentIndex < pages.length
                                           ? pages[tabs.currentIndex] : null

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            Layout.fillWidth: true
            Repeater {
                model: root.pages
                delegate: TabButton {
                    id: tab
                    required property SidePage modelData
                    required property int index
                    objectName: modelData.name + "Tab"
                    text: modelData.title
                    contentItem: Text {
                        text: tab.text
                        font: tab.font
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        color: tab.palette.buttonText
                    }
                    Binding {
                        tab.modelData.current: tab.index === tabs.currentIndex
                    }
                    Connections {
                        target: tab.modelData
                        function onActivationRequested() { tabs.currentIndex = tab.index; }
                    }
                }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            Repeater {
                model: root.pages
                delegate: Loader {
                    required property SidePage modelData
                    sourceComponent: modelData.component
                    onLoaded: modelData.item = item
                }
            }
        }
    }
}
