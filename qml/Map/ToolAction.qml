import QtQuick.Controls

// An action a capability puts in the tool bar: text, shortcut and the tool tip that explains it.
Action {
    /// Stable, untranslated name; the tool bar's button is `name + "ToolButton"`.
    required property string name
    /// Longer than the text, shown on hover; say the shortcut here.
    property string toolTip
}
