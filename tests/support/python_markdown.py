"""Renders with Debian's Python-Markdown, as the course's report.py does.

Reads a JSON list of markdown texts from stdin and writes the list of HTML
renderings (`markdown.markdown(text)`, no extensions) to stdout. A text that
Python-Markdown does not finish within 5 seconds, or stops on with a
RecursionError, gives null: no page. Called from the script's top level, as
the depth of the stack decides where Python stops.
"""

import json
import signal
import sys

import markdown


def give_up(*_):
    raise TimeoutError()


signal.signal(signal.SIGALRM, give_up)
rendered = []
for text in json.load(sys.stdin):
    signal.alarm(5)
    try:
        rendered.append(markdown.markdown(text))
    except (TimeoutError, RecursionError):
        rendered.append(None)
    finally:
        signal.alarm(0)
json.dump(rendered, sys.stdout)
