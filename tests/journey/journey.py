#!/usr/bin/env python3
"""Drives the console as its users do — under Xvfb, with xdotool clicks and keys — and keeps
a screenshot of every step, so a person can look at what the journey really showed.

    scripts/journey [STEPS] [--out DIR]

Runs inside the build root (scripts/journey enters it). The console opens on a fresh copy of
the sample store; each step is (name, actions); the picture after it is DIR/NN-name.png.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

from PIL import ImageGrab

WIDTH, HEIGHT = 1400, 900  # the size the window opens at


class Session:
    def __init__(self, build, out, display=":97", lang=None):
        self.display = display
        self.out = out
        self.step = 0
        self.work = tempfile.mkdtemp(prefix="ptuj-journey.")
        store = os.path.join(self.work, "ptuj.gpkg")
        shutil.copy(os.path.join(build, "data", "ptuj.gpkg"), store)
        self.xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        if self.xvfb.poll() is not None:
            raise SystemExit(f"journey: Xvfb could not start on {display} (is another one running there?)")
        self.console = None
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=self.work,
                   XDG_CONFIG_HOME=os.path.join(self.work, "config"), XDG_DATA_HOME=os.path.join(self.work, "data"))
        args = [os.path.join(build, "bin", "ptuj-console"), "--store", store]
        if lang:
            args += ["--lang", lang]
        self.console = subprocess.Popen(args, env=env, stdout=open(os.path.join(self.work, "console.log"), "w"),
                                        stderr=subprocess.STDOUT)
        self.window = self.xdo("search", "--sync", "--onlyvisible", "--name", "Ptuj").split()[0]
        # No window manager under Xvfb: the window keeps the size it asks for, at 0,0.
        self.xdo("windowmove", "--sync", self.window, "0", "0")
        self.xdo("windowfocus", self.window)  # no window manager under Xvfb: focus directly
        time.sleep(4)  # layers, basemap tiles

    def xdo(self, *args):
        return subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=self.display), check=True,
                              capture_output=True, text=True, timeout=30).stdout

    def click(self, x, y, button=1, modifiers=()):
        for m in modifiers:
            self.xdo("keydown", m)
        self.xdo("mousemove", "--sync", str(x), str(y), "click", str(button))
        for m in modifiers:
            self.xdo("keyup", m)
        time.sleep(0.6)

    def key(self, *keys):
        self.xdo("key", "--delay", "80", *keys)
        time.sleep(0.6)

    def type(self, text):
        self.xdo("type", "--delay", "90", text)
        time.sleep(0.8)

    def wait(self, seconds):
        time.sleep(seconds)

    def shot(self, name):
        self.step += 1
        path = os.path.join(self.out, f"{self.step:02d}-{name}.png")
        geometry = dict(line.split("=") for line in self.xdo("getwindowgeometry", "--shell", self.window).split())
        w, h = int(geometry["WIDTH"]), int(geometry["HEIGHT"])
        ImageGrab.grab(xdisplay=self.display).crop((0, 0, min(w, WIDTH), min(h, HEIGHT))).save(path)
        print(path)
        return path

    def close(self):
        if getattr(self, "console", None):
            self.console.terminate()
            try:
                self.console.wait(10)
            except subprocess.TimeoutExpired:
                self.console.kill()
        if getattr(self, "xvfb", None):
            self.xvfb.terminate()
            self.xvfb.wait()
        if not getattr(self, "work", None):
            return ""
        log = open(os.path.join(self.work, "console.log")).read()
        shutil.rmtree(self.work, ignore_errors=True)
        return log


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("script", nargs="?", default=os.path.join(os.path.dirname(__file__), "steps.py"))
    parser.add_argument("--build", default="build")
    parser.add_argument("--out", default="docs/screenshots/journey")
    parser.add_argument("--lang")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    session = Session.__new__(Session)
    try:
        session.__init__(args.build, args.out, lang=args.lang)
        steps = {}
        exec(open(args.script).read(), steps)
        steps["run"](session)
    finally:
        log = session.close()
        if log.strip():
            print("--- console output ---\n" + log[-4000:])


if __name__ == "__main__":
    sys.exit(main())
