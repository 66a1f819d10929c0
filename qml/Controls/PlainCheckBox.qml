import QtQuick
import QtQuick.Controls

// A check box whose text is shown as it is, never as markup: for names that may come from
// the store (the style's check box reads HTML in its text).
CheckBox {
    id: root

    contentItem: Text {
        leftPadding: root.indicator && !root.mirrored ? root.indicator.width + root.spacing : 0
        rightPadding: root.indicator && root.mirrored ? root.indicator.width + root.spacing : 0
        text: root.text
        textFormat: Text.PlainText
        font: root.font
        color: root.enabled ? root.palette.windowText : root.palette.placeholderText
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
    }
}
