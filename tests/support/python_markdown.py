"""Renders with Python-Markdown as the course's report.py does.

Reads a JSON list of markdown texts from stdin and writes the list of HTML
renderings (`markdown.markdown(text)`, no extensions) to stdout. Which
Python-Markdown is the one first on PYTHONPATH. A text that it does not
finish within 5 seconds (nesting at the recursion limit takes a few), or stops on with an exception (a RecursionError, or
the AssertionError Python's HTML parser raises on some marked sections),
gives null: no page. Called from the script's top level, as the depth of the
stack decides where Python stops.
"""

import json
import signal
import sys

import markdown


class GiveUp(BaseException):
    pass


def give_up(*_):
    raise GiveUp()


signal.signal(signal.SIGALRM, give_up)
rendered = []
for text in json.load(sys.stdin):
    signal.setitimer(signal.ITIMER_REAL, 5)
    try:
        rendered.append(markdown.markdown(text))
    except (GiveUp, Exception):
        rendered.append(None)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
json.dump(rendered, sys.stdout)
