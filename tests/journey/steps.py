# The journey of issue 10 through the real window (1400 × 900, Slovenian): search as you type,
# identify by a click, what lies inside an area, the planner's catalogue roles, the clerk
# stepping through reports. Coordinates are the window's, as the screenshots show them.

def run(s):
    s.shot("start")
    # Search as you type: the answer arrives from a worker as the letters come.
    s.click(480, 52)
    s.type("grajensc")
    s.shot("search-as-you-type")
    s.key("Return")
    s.shot("search-hit-shown")
    s.key("Escape")
    s.click(1373, 237)  # home view
    # A click on Ptuj: what is there, topmost first, selected on the map.
    s.click(923, 602)
    s.shot("identify-ptuj")
    s.key("Escape")
    # The planner: the boundary loses its role, the map stops treating it as the boundary;
    # given back, the emphasis returns.
    s.click(294, 41)    # Katalog
    s.click(308, 593)   # edit "Meja Mestne občine Ptuj"
    s.shot("catalogue-editor-roles")
    s.click(542, 563)   # untick "Meja občine"
    s.shot("catalogue-role-unticked")
    s.click(887, 740)   # Shrani
    s.wait(3)
    s.shot("boundary-without-role")
    s.click(308, 593)
    s.click(542, 563)   # tick it again
    s.click(887, 740)
    s.wait(3)
    s.shot("boundary-role-back")
    # The clerk: the inbox, a report opened, then ↓ five times: the card follows at once and
    # its history, duplicates and nearest assets arrive from the worker.
    s.click(115, 41)    # Prijave
    s.wait(2)
    s.shot("reports-inbox")
    s.click(180, 335)
    s.shot("report-opened")
    for _ in range(5):
        s.key("Down")
    s.wait(1)
    s.shot("report-after-five-downs")
    # The card closed, a click on Mestni Vrh with the reports shown: the identify list lies
    # above the report cells, not under them.
    s.click(1312, 63)
    s.click(572, 511)
    s.shot("identify-over-report-cells")
    # The coordinator prints: Ctrl+P opens the dialog with a preview of the page.
    s.key("Escape")
    s.key("ctrl+p")
    s.wait(4)
    s.shot("print-dialog-preview")
