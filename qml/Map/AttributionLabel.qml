import QtQuick
import QtQuick.Controls
import PtujConsole.Controls

// The map's credits line. Credits come from the catalogue (each layer's attribution or
// licence), never from layer names: the drawn layers, and those the offline basemap is
// drawn from; an online basemap credits its source as configured.
Label {
    id: root

    required property MapLayers layers

    objectName: "attributionLabel"
    text: {
        const credits = root.layers.credits.slice();
        const online = BasemapSettings.mode === BasemapSettings.Online;
        if (!online) {
            for (const c of root.layers.creditsOf(root.layers.basemapLayers())) {
                if (credits.indexOf(c) < 0)
                    credits.push(c);
            }
        }
        if (root.layers.showsIllustrative)
            credits.push(qsTr("other layers: illustrative samples"));
        if (online && BasemapSettings.onlineAttribution !== "")
            credits.unshift(qsTr("Basemap: %1").arg(BasemapSettings.onlineAttribution));
        return credits.join(" · ");
    }
    textFormat: Text.PlainText
    font.pixelSize: 10
    color: Theme.subtleTextColor
    background: Rectangle {
        color: Qt.rgba(1, 1, 1, 0.7)
    }
}
