import QtQuick
import QtQuick.Controls

// What a capability contributes to the console, the one registration mechanism the Shell
// reads: side-panel pages, items over the map, tool-bar actions (with their shortcuts).
// app/ lists the capabilities (ConsoleContext.capabilities); the Shell creates each with the
// context and the map, so a new capability adds itself without editing the Shell.
QtObject {
    id: capability

    required property ConsoleContext context
    /// The map the overlays draw on; its `layers`, `measurement` and `map` are shared.
    required property MapPanel mapPanel

    /// Stable, untranslated name (e.g. "reports").
    required property string name
    property list<SidePage> pages
    /// Created over the map, filling it, under the map's own panels and controls.
    property list<Component> overlays
    /// True while the capability still reads what it shows (a screenshot waits for it).
    property bool busy: false
    /// Shown in the tool bar in this order; an action's shortcut works from anywhere.
    property list<ToolAction> actions
    /// Anything else the capability owns (controllers, dialogs' models, connections).
    default property list<QtObject> data

    /// A named view for `ptuj-console screenshot --view` and demos; true when handled.
    /// The default brings the page of that name to the front.
    function show(view: string): bool {
        for (const page of pages) {
            if (page.name === view) {
                page.activate();
                return true;
            }
        }
        return false;
    }
}
