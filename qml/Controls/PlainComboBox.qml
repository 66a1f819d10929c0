pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A combo box whose choices are shown as they are, never as markup: service, category and
// template names come from the store or an endpoint (the style's delegate reads HTML).
// The chosen one is drawn by a TextField, which never reads markup.
ComboBox {
    id: root

    delegate: PlainMenuItem {
        required property var model
        required property int index

        width: ListView.view.width
        text: model[root.textRole]
        font.weight: root.currentIndex === index ? Font.DemiBold : Font.Normal
        highlighted: root.highlightedIndex === index
        hoverEnabled: root.hoverEnabled
    }
}
