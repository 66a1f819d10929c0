pragma ComponentBehavior: Bound
import QtQuick
import PtujConsole.Controls

// One of the inbox's filter choices. What it shows is read from the filter the model
// applies (`applied`), matched by value, never kept as an index of its own: a new list of
// choices (after a language switch, or the store's services arriving) resets a combo box to
// its first entry, which then showed a filter that was not applied.
PlainComboBox {
    id: root

    // The filter value the inbox applies now (a string, a number or a list of strings).
    required property var applied

    // The clerk chose another value; the owner applies it to the inbox.
    signal chosen(var value)

    function keyOf(value) {
        if (value === undefined || value === null)
            return "";
        if (typeof value === "object" && value.length !== undefined)
            return JSON.stringify(Array.from(value).sort());
        return JSON.stringify(value);
    }

    // Selects the choice whose value is the applied filter (-1 when none is).
    function showApplied() {
        const key = keyOf(applied);
        for (let i = 0; i < count; ++i) {
            if (keyOf(valueAt(i)) === key) {
                currentIndex = i;
                return;
            }
        }
        currentIndex = -1;
    }

    onActivated: chosen(currentValue)
    onAppliedChanged: showApplied()
    // Again once the combo box has finished taking the new choices (it may pick its first
    // entry after announcing the new model).
    onModelChanged: {
        showApplied();
        Qt.callLater(showApplied);
    }
    Component.onCompleted: showApplied()
}
