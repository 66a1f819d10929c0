#!/usr/bin/env python3
"""Runs a command and prints its wall time in seconds and its peak resident memory in KB.

The build root has no /usr/bin/time; getrusage(RUSAGE_CHILDREN) gives the same maximum RSS.
Usage: measure.py CMD [ARG...]   (the command's stdout is discarded, its stderr kept)
"""
import resource
import subprocess
import sys
import time

start = time.monotonic()
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
elapsed = time.monotonic() - start
if rc != 0:
    sys.exit(f"measure.py: {sys.argv[1]} exited with {rc}")
print(f"{elapsed:.3f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
