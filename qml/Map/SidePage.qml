import QtQuick

// One page a capability adds to the side panel. The Shell shows a tab titled `title` (its
// button's objectName is `name + "Tab"`), ordered by `order`, and creates `component` once.
QtObject {
    id: page

    /// Stable, untranslated name: "reports" → tab "reportsTab", `Capability.show("reports")`.
    required property string name
    required property string title
    /// Lower comes first; the first page is shown at start.
    property int order: 100
    required property Component component
    /// Set by the Shell: this page is the one shown.
    property bool current: false
    /// The item the Shell made from `component` (null until then).
    property Item item: null

    /// Ask the Shell to bring this page to the front.
    signal activationRequested()
    function activate() { activationRequested(); }
}
