import QtQuick

// Under a panel that floats over the map: takes every press and wheel turn that the panel's
// own controls leave, so nothing that lands on a panel reaches the map below (a click on a
// table row does not also identify the district behind the table; scrolling past the end
// of a list does not zoom the map). Put it first in the panel, filling it.
MouseArea {
    anchors.fill: parent
    z: -1
    acceptedButtons: Qt.AllButtons
    onWheel: (wheel) => wheel.accepted = true
}
