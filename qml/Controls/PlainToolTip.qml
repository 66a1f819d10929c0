import QtQuick
import QtQuick.Controls

// A tool tip that shows its text as it is, never as markup: for descriptions from the
// catalogue (the style's tool tip, and so the attached ToolTip.text, reads HTML).
ToolTip {
    id: root

    contentItem: Text {
        text: root.text
        textFormat: Text.PlainText
        font: root.font
        wrapMode: Text.Wrap
        color: root.palette.toolTipText
    }
}
