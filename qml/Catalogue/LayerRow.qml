pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls
import PtujConsole.Map

// One layer under its domain: shown on the map or not, its symbol (a classified layer's
// classes below it), its size, its style, its table, zoom to it.
ColumnLayout {
    id: root

    required property string layerName
    required property string domain
    required property string titleSl
    required property string titleEn
    required property int featureCount
    required property bool english
    required property MapLayers mapLayers

    signal zoomRequested(string layer)
    signal tableRequested(string layer)
    signal styleRequested(string layer)

    spacing: 0

    // Re-read when the layers (re)load: counts changes with them.
    readonly property var legend: root.mapLayers.counts.points >= 0 ? root.mapLayers.legendOf(root.layerName) : ({})
    readonly property var classes: root.legend.classes || []

    RowLayout {
        Layout.fillWidth: true
        spacing: 4

        CheckBox {
            id: visibleBox
            objectName: "layerVisible_" + root.layerName
            padding: 0
            checked: root.mapLayers.hiddenLayers.indexOf(root.layerName) < 0
            onToggled: root.mapLayers.setVisible(root.layerName, checked)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Show on the map")
        }
        LegendSwatch {
            objectName: "layerSwatch_" + root.layerName
            kind: root.legend.kind || ""
            symbol: root.legend.swatch || {}
            color: Domains.color(root.domain)
            opacity: visibleBox.checked ? opacitySlider.value : 0.3
        }
        ElidedLabel {
            Layout.fillWidth: true
            text: (root.english ? root.titleEn : root.titleSl) || root.layerName
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.pixelSize: 12
            color: visibleBox.checked ? Theme.textColor : Theme.subtleTextColor
        }
        Slider {
            id: opacitySlider
            objectName: "layerOpacity_" + root.layerName
            Layout.preferredWidth: 46
            from: 0.1
            to: 1
            value: root.mapLayers.opacityOf(root.layerName)
            enabled: visibleBox.checked
            onMoved: root.mapLayers.setOpacity(root.layerName, value)
            ToolTip.visible: hovered || pressed
            ToolTip.text: qsTr("Opacity %1 %").arg(Math.round(value * 100))
        }
        Label {
            text: root.featureCount.toLocaleString(Qt.locale(), "f", 0)
            textFormat: Text.PlainText
            font.pixelSize: 11
            color: Theme.subtleTextColor
        }
        ToolButton {
            objectName: "styleButton_" + root.layerName
            text: qsTr("Layer style")
            display: AbstractButton.IconOnly
            icon.source: "qrc:/icons/style.svg"
            icon.width: 16
            icon.height: 16
            padding: 2
            onClicked: root.styleRequested(root.layerName)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Layer style (symbols and classes)")
        }
        ToolButton {
            objectName: "tableButton_" + root.layerName
            text: qsTr("Attribute table")
            display: AbstractButton.IconOnly
            icon.source: "qrc:/icons/table.svg"
            icon.width: 16
            icon.height: 16
            padding: 2
            onClicked: root.tableRequested(root.layerName)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Attribute table")
        }
        ToolButton {
            objectName: "zoomToLayer_" + root.layerName
            text: qsTr("Zoom to layer")
            display: AbstractButton.IconOnly
            icon.source: "qrc:/icons/zoom-to-layer.svg"
            icon.width: 16
            icon.height: 16
            padding: 2
            onClicked: root.zoomRequested(root.layerName)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Zoom to layer")
        }
    }

    // A classified layer: one row per class with its symbol, as the map and the print show them.
    Repeater {
        model: root.classes
        delegate: RowLayout {
            id: classRow
            required property var modelData
            required property int index
            Layout.fillWidth: true
            Layout.leftMargin: 26
            spacing: 6
            LegendSwatch {
                objectName: "classSwatch_" + root.layerName + "_" + classRow.index
                kind: root.legend.kind || ""
                symbol: classRow.modelData.symbol
                color: Domains.color(root.domain)
            }
            Label {
                id: classLabel
                Layout.fillWidth: true
                text: root.english ? classRow.modelData.labelEn : classRow.modelData.labelSl
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: 11
                color: Theme.subtleTextColor
                HoverHandler { id: classHover }
                PlainToolTip {
                    visible: classLabel.truncated && classHover.hovered
                    text: classLabel.text
                }
            }
        }
    }
}
