"""Renders with Python-Markdown as the course's report.py does.

Reads a JSON list of markdown texts from stdin and writes the list of HTML
renderings (`markdown.markdown(text)`, no extensions) to stdout. Which
Python-Markdown is the one first on PYTHONPATH. A text that it does not
finish within its budget of CPU time (the first argument, in seconds; 5 by
default), or stops on with an exception (a RecursionError, or the
AssertionError Python's HTML parser raises on some marked sections), gives
null: no page. Called from the script's top level, as the depth of the stack
decides where Python stops.

The budget is CPU time, not time on the clock: it tells a text that never
finishes (Debian's release on some comments) from one that is only slow,
whatever else the machine is doing. On the clock, a list nested 495 deep
(3 s of CPU) overran 5 s on a loaded machine and read as no page.
"""

import json
import signal
import sys

import markdown


class GiveUp(BaseException):
    pass


def give_up(*_):
    raise GiveUp()


budget = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
signal.signal(signal.SIGPROF, give_up)
rendered = []
for text in json.load(sys.stdin):
    signal.setitimer(signal.ITIMER_PROF, budget)
    try:
        rendered.append(markdown.markdown(text))
    except (GiveUp, Exception):
        rendered.append(None)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
json.dump(rendered, sys.stdout)
