import QtQuick
import QtTest
import QtPositioning
import PtujConsole.Controls
import PtujConsole.Map
import PtujConsole.Print
import PtujConsoleTests

MainViewTestCase {
    name: "PrintDialog"

    function test_printTheCurrentView() {
        const view = createView();
        tryVerify(() => view.mapPanel.layers.status === MapLayers.Ready);
        const dialog = view.capability("print").dialog;
        dialog.open();
        dialog.titleField.text = "Preizkus tiska";
        dialog.fileField.text = TestSession.context.dataDirectory + "/../tst-print.png";
        mouseClick(findChild(dialog, "printButton"));
        tryVerify(() => dialog.job.status !== PrintJob.Running, 60000);
        compare(dialog.job.status, PrintJob.Ready, dialog.job.errorString);
        verify(findChild(dialog, "printStatus").text.indexOf("tst-print.png") >= 0);

        // The page as it will print: a preview drawn when the dialog opens and after a change.
        tryVerify(() => dialog.previewJob.status === PrintJob.Ready, 60000);
        const preview = findChild(dialog, "printPreview");
        tryVerify(() => preview.status === Image.Ready && preview.sourceSize.width > preview.sourceSize.height, 10000,
                  "a landscape preview");
        dialog.orientationBox.currentIndex = 1;
        dialog.orientationBox.activated(1);
        tryVerify(() => preview.status === Image.Ready && preview.sourceSize.height > preview.sourceSize.width, 60000,
                  "a portrait preview");
        // An A3 portrait PDF.
        dialog.pageBox.currentIndex = 1;
        dialog.pageBox.activated(1);
        dialog.fileField.text = TestSession.context.dataDirectory + "/../tst-print-a3.pdf";
        mouseClick(findChild(dialog, "printButton"));
        tryVerify(() => dialog.job.status !== PrintJob.Running, 60000);
        compare(dialog.job.status, PrintJob.Ready, dialog.job.errorString);

        // A bad target is reported, not ignored.
        dialog.fileField.text = "/nonexistent/folder/x.pdf";
        mouseClick(findChild(dialog, "printButton"));
        tryVerify(() => dialog.job.status === PrintJob.Error, 60000);
        verify(dialog.job.errorString.indexOf("does not exist") >= 0, dialog.job.errorString);
        dialog.close();
    }
}
