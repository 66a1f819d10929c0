# Issue 11, item 2, through the real window: a planner opens the style of the agricultural
# land (categorised by land use, one fill pattern per class), renames a class, gives the
# meadows another pattern, saves, and sees the legend and the map take it. Coordinates are
# the window's, as the screenshots show them.

def run(s):
    s.shot("style-start")
    s.click(265, 267)   # the style button of "Kmetijska zemljišča"
    s.wait(2)
    s.shot("style-editor")
    s.click(755, 367, 1)  # the label of the class "njiva"
    s.key("ctrl+a")
    s.type("njiva (orna zemlja)")
    s.wait(1)
    s.shot("style-class-renamed")
    s.click(963, 751)   # Shrani
    s.wait(3)
    s.shot("style-saved-legend")
