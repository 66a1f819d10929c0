import QtQuick
import QtQuick.Controls

// One line of plain text cut off with "…" where it does not fit; hovering a cut-off text
// shows the whole of it (as plain text: names come from the catalogue and from outside).
Label {
    id: root

    textFormat: Text.PlainText
    elide: Text.ElideRight
    maximumLineCount: 1

    HoverHandler { id: hover }
    PlainToolTip {
        visible: root.truncated && hover.hovered
        delay: 500
        text: root.text
    }
}
