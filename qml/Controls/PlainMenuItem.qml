import QtQuick
import QtQuick.Controls

// A menu item that shows its text as it is, never as markup: for names from the store or
// an endpoint (the style's menu item reads HTML in its text and fetches its images).
MenuItem {
    id: root

    contentItem: Text {
        readonly property real indicatorPadding: root.checkable && root.indicator
                                                 ? root.indicator.width + root.spacing : 0
        leftPadding: root.mirrored ? 0 : indicatorPadding
        rightPadding: root.mirrored ? indicatorPadding : 0
        text: root.text
        textFormat: Text.PlainText
        font: root.font
        color: root.down || root.highlighted ? root.palette.highlightedText : root.palette.text
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
    }
}
