pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls
import PtujConsole.Map

// One symbol's controls in the style editor: its colour from the editor's palette, and what
// the layer's kind varies (a point's shape and size, a line's dash and width, an area's
// pattern and outline), with the symbol drawn as the map draws it.
RowLayout {
    id: controls
    required property StyleEditor editor
    required property int classIndex
    required property var symbol
    spacing: 6

    Button {
        id: colourButton
        objectName: "styleColour_" + controls.classIndex
        implicitWidth: 30
        implicitHeight: 24
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Colour")
        background: Rectangle {
            color: controls.symbol.color ?? "gray"
            border.color: Theme.subtleTextColor
            radius: 3
        }
        onClicked: colourPopup.open()
        Popup {
            id: colourPopup
            y: colourButton.height
            padding: 4
            contentItem: Grid {
                columns: 7
                spacing: 3
                Repeater {
                    model: controls.editor.palette
                    delegate: Rectangle {
                        required property color modelData
                        required property int index
                        objectName: "stylePaletteColour_" + index
                        width: 20
                        height: 20
                        radius: 3
                        color: modelData
                        border.color: Theme.subtleTextColor
                        TapHandler {
                            onTapped: {
                                controls.editor.setSymbolValue(controls.classIndex, "color", parent.modelData.toString());
                                colourPopup.close();
                            }
                        }
                    }
                }
            }
        }
    }
    PlainComboBox {
        objectName: "styleShape_" + controls.classIndex
        visible: controls.editor.kind === "point"
        Layout.preferredWidth: 120
        model: controls.editor.shapes.map(s => ({ value: s, text: controls.shapeLabel(s) }))
        textRole: "text"
        valueRole: "value"
        currentIndex: controls.editor.shapes.indexOf(controls.symbol.shape ?? "circle")
        onActivated: controls.editor.setSymbolValue(controls.classIndex, "shape", currentValue)
    }
    PlainComboBox {
        objectName: "styleDash_" + controls.classIndex
        visible: controls.editor.kind !== "point"
        Layout.preferredWidth: 110
        model: controls.editor.dashes.map(d => ({ value: d, text: controls.dashLabel(d) }))
        textRole: "text"
        valueRole: "value"
        currentIndex: controls.editor.dashes.indexOf(controls.symbol.dash ?? "solid")
        onActivated: controls.editor.setSymbolValue(controls.classIndex, "dash", currentValue)
    }
    PlainComboBox {
        objectName: "styleFill_" + controls.classIndex
        visible: controls.editor.kind === "polygon"
        Layout.preferredWidth: 140
        model: controls.editor.fills.map(f => ({ value: f, text: controls.fillLabel(f) }))
        textRole: "text"
        valueRole: "value"
        currentIndex: controls.editor.fills.indexOf(controls.symbol.fill ?? "solid")
        onActivated: controls.editor.setSymbolValue(controls.classIndex, "fill", currentValue)
    }
    SpinBox {
        objectName: "styleSize_" + controls.classIndex
        // Tenths of a millimetre: the size of a point, the width of a line or outline.
        readonly property string key: controls.editor.kind === "point" ? "size" : "width"
        from: controls.editor.kind === "point" ? 10 : 1
        to: controls.editor.kind === "point" ? 120 : 40
        value: Math.round((controls.symbol[key] ?? 0.5) * 10)
        editable: true
        Layout.preferredWidth: 96
        textFromValue: (v, locale) => Number(v / 10).toLocaleString(locale, "f", 1) + " mm"
        valueFromText: (text, locale) => Math.round(Number.fromLocaleString(locale, text.replace(" mm", "")) * 10)
        onValueModified: controls.editor.setSymbolValue(controls.classIndex, key, value / 10)
        ToolTip.visible: hovered
        ToolTip.text: controls.editor.kind === "point" ? qsTr("Symbol size") : qsTr("Line width")
    }
    LegendSwatch {
        kind: controls.editor.kind
        symbol: controls.symbol
        color: "gray"
        implicitWidth: 28
        implicitHeight: 20
    }


    function shapeLabel(s) {
        switch (s) {
        case "circle": return qsTr("circle");
        case "square": return qsTr("square");
        case "triangle": return qsTr("triangle");
        case "diamond": return qsTr("diamond");
        case "star": return qsTr("star");
        case "hexagon": return qsTr("hexagon");
        case "cross_fill": return qsTr("cross");
        case "pentagon": return qsTr("pentagon");
        }
        return s;
    }
    function dashLabel(d) {
        switch (d) {
        case "solid": return qsTr("solid");
        case "dash": return qsTr("dashed");
        case "dot": return qsTr("dotted");
        case "dash dot": return qsTr("dash-dot");
        }
        return d;
    }
    function fillLabel(f) {
        switch (f) {
        case "solid": return qsTr("solid");
        case "no": return qsTr("none (outline)");
        case "horizontal": return qsTr("horizontal lines");
        case "vertical": return qsTr("vertical lines");
        case "cross": return qsTr("grid");
        case "b_diagonal": return qsTr("rising diagonal lines");
        case "f_diagonal": return qsTr("falling diagonal lines");
        case "diagonal_x": return qsTr("diagonal grid");
        }
        return f;
    }
}
