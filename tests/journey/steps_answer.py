# Issue 11, items 4 and 6, through the real window in English: a clerk opens a report, reads
# its history as people say it, and answers a Ptuj resident in Slovenian although the console
# runs in English. Coordinates are the window's, as the screenshots show them.

def run(s):
    s.shot("answer-start")
    s.click(115, 41)    # Reports
    s.wait(2)
    s.shot("answer-inbox")
    s.click(180, 335)   # a report
    s.wait(2)
    s.shot("answer-card-history")
    s.key("r")
    s.wait(2)
    s.shot("answer-dialog-slovenian")
    s.key("Escape")
