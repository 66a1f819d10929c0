pragma ComponentBehavior: Bound
import QtQuick

// A choice that shows what is applied (an inbox filter, a distance band). What it shows is
// read from the value its owner applies (`applied`), matched by value, never kept as an
// index of its own: a new list of choices (after a language switch, or the store's services
// arriving) resets a combo box to its first entry, which then showed what was not applied.
PlainComboBox {
    id: root

    // The value applied now (a string, a number or a list of strings).
    required property var applied

    // The user chose another value; the owner applies it.
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
        const key = root.keyOf(root.applied);
        for (let i = 0; i < root.count; ++i) {
            if (root.keyOf(root.valueAt(i)) === key) {
                root.currentIndex = i;
                return;
            }
        }
        root.currentIndex = -1;
    }

    onActivated: root.chosen(root.currentValue)
    onAppliedChanged: root.showApplied()
    // Again once the combo box has finished taking the new choices (it may pick its first
    // entry after announcing the new model).
    onModelChanged: {
        root.showApplied();
        Qt.callLater(root.showApplied);
    }
    Component.onCompleted: root.showApplied()
}
