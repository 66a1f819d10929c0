pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PtujConsole.Controls

// Find a place by name across every layer (Ctrl+F); Enter takes the first hit.
TextField {
    id: root

    required property MapLayers mapLayers
    readonly property bool english: Language.code === "en"
    property var results: []

    signal picked(var hit)

    /// A search for the text is still running (its answer replaces `results` when it comes).
    readonly property bool searching: finder.status === FeatureSearch.Loading
    /// The search is done and found nothing: the list says so instead of staying shut.
    readonly property bool nothingFound: finder.status === FeatureSearch.Ready && results.length === 0

    // Enter before the answer for the last letter is there takes its first hit when it comes.
    property bool pickWhenReady: false

    function pick(hit) {
        finder.clear();
        pickWhenReady = false;
        results = [];
        popup.close();
        picked(hit);
    }

    FeatureSearch {
        id: finder
        layers: root.mapLayers
        limit: 12
        onResultsChanged: {
            root.results = results;
            if (root.pickWhenReady && status === FeatureSearch.Ready && results.length > 0)
                root.pick(results[0]);
            else if (results.length > 0 || root.nothingFound)
                popup.open();
            else
                popup.close();
        }
    }

    objectName: "searchField"
    placeholderText: qsTr("Search places (Ctrl+F)")
    implicitWidth: 280
    // The search runs on a worker; its results arrive a moment later.
    onTextEdited: {
        pickWhenReady = false;
        finder.text = text;
    }
    onAccepted: {
        if (finder.status === FeatureSearch.Ready && results.length > 0)
            pick(results[0]);
        else if (finder.status === FeatureSearch.Loading)
            pickWhenReady = true;
    }
    Keys.onEscapePressed: {
        text = "";
        finder.clear();
        results = [];
        popup.close();
    }

    Shortcut {
        sequence: StandardKey.Find
        onActivated: root.forceActiveFocus()
    }

    Popup {
        id: popup
        y: root.height
        width: root.width
        padding: 0
        height: root.nothingFound ? nothing.implicitHeight + 12 : Math.min(list.contentHeight, 320)

        Label {
            id: nothing
            objectName: "searchNothingFound"
            visible: root.nothingFound
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            leftPadding: 8
            rightPadding: 8
            wrapMode: Text.Wrap
            text: qsTr("Nothing found for “%1”").arg(root.text.trim())
            textFormat: Text.PlainText
            color: Theme.subtleTextColor
        }

        ListView {
            id: list
            objectName: "searchResults"
            anchors.fill: parent
            clip: true
            model: root.results
            delegate: ItemDelegate {
                id: row
                required property var modelData
                width: ListView.view.width
                text: modelData.label
                onClicked: root.pick(modelData)
                contentItem: RowLayout {
                    spacing: 6
                    Rectangle {
                        Layout.preferredWidth: 8
                        Layout.preferredHeight: 8
                        radius: 2
                        color: row.modelData.color
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.label
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                    }
                    Label {
                        text: (root.english ? row.modelData.titleEn : row.modelData.titleSl) || row.modelData.layer
                        textFormat: Text.PlainText
                        font.pixelSize: 11
                        color: Theme.subtleTextColor
                        elide: Text.ElideRight
                        Layout.maximumWidth: 120
                    }
                }
            }
        }
    }
}
