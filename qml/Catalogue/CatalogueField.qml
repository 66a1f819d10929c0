import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One editable catalogue field; fieldKey is its key in the catalogue.
TextField {
    required property string fieldKey

    objectName: "catalogueField_" + fieldKey
    Layout.fillWidth: true
    selectByMouse: true
}
