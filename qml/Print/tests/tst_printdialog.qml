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

        // A bad target is reported, not ignored.
        dialog.fileField.text = "/nonexistent/folder/x.pdf";
        mouseClick(findChild(dialog, "printButton"));
        tryVerify(() => dialog.job.status === PrintJob.Error, 60000);
        verify(dialog.job.errorString.indexOf("does not exist") >= 0, dialog.job.errorString);
        dialog.close();
    }
}
