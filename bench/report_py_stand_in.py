"""A stand-in for the course's report.py, for bench/course.mjs only.

Made from ../shared/spec/official-checker.md (report.py itself is not here):
`check` finds the answers, counts words and images and prints a WARNING line
per failed constraint as report.py does; `html` renders the report with
Python-Markdown after dropping its first 43 characters. It imports markdown at
the top, as report.py does (report.py also imports typer, which cannot be
installed here).
"""

import re
import sys

import markdown

WORDS = {3: (0, 200), 7: (50, 100), 11: (200, 300), 12: (50, 100), 14: (200, 300), 17: (50, 200), 28: (0, 200),
         29: (200, 400), 30: (200, 400), 31: (50, 300)}
for number in [4, 5, 6, 8, 9, 10, 13, 15, 16, 18, 22, 23, 24, 25, 26, 27]:
    WORDS[number] = (100, 200)
IMAGES = {14: (1, 3), 19: (1, 2), 20: (1, 2), 21: (1, 2), 29: (1, 1)}


def answers(text):
    pieces = text.split("Answer:")[1:]
    found = []
    for piece in pieces:
        if "###" in piece:
            cut = piece.split("###")[0]
            if "##" in cut:
                cut = cut.split("##")[0]
            found.append(cut)
    found.append(pieces[-1])
    return [answer.strip("\n") for answer in found]


def check(path):
    with open(path, encoding="utf-8") as file:
        found = answers(file.read())
    if len(found) != 31:
        raise ValueError("Number of answers are different from the expected 31. Have you changed the template?")
    passed = 0
    for number, answer in enumerate(found, start=1):
        ok = True
        words = len(answer.split())
        images = len(re.findall(r"!\[.*?\]\(.*?\)", answer))
        if number in WORDS and not WORDS[number][0] <= words <= WORDS[number][1]:
            ok = False
            print(f"WARNING: Question {number} failed check. Expected number of words to be between {WORDS[number][0]} and {WORDS[number][1]} but got {words}")
        if number in IMAGES and not IMAGES[number][0] <= images <= IMAGES[number][1]:
            ok = False
            print(f"WARNING: Question {number} failed check. Expected number of screenshots to be between {IMAGES[number][0]} and {IMAGES[number][1]} but got {images}")
        passed += ok
    print(f"Total number of questions passed: {passed}/31")


def html(path, out):
    with open(path, encoding="utf-8") as file:
        text = file.read()[43:]
    with open(out, "w", encoding="utf-8") as file:
        file.write(markdown.markdown(text))


if sys.argv[1] == "check":
    try:
        check(sys.argv[2])
    except ValueError as error:
        print(error)
else:
    html(sys.argv[2], sys.argv[3])
