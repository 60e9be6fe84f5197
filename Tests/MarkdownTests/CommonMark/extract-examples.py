#!/usr/bin/env python3
"""Extracts the numbered examples of the CommonMark spec into the JSON fixture the tests read.

A one-off, run when the spec changes (the tests never read the spec itself):

    python3 extract-examples.py commonmark-spec.txt > spec-0.31.2.json

It reads the spec as the reference implementation's spec_tests.py does: an example is the text
between a line of 32 backticks followed by " example" and a line of 32 backticks, Markdown first,
then a line with a single ".", then the expected HTML; "→" stands for a tab; the section is the
last heading ("#" lines) outside an example.
"""
import json
import re
import sys

FENCE = "`" * 32


def examples(lines):
    section = ""
    state = 0  # 0: prose, 1: Markdown of an example, 2: its HTML
    markdown, html, start = [], [], 0
    for number, line in enumerate(lines, start=1):
        if state == 0:
            if line.startswith(FENCE + " example"):
                state, markdown, html, start = 1, [], [], number
            elif re.match(r"#+ ", line):
                section = re.sub(r"^#+ ", "", line).strip()
        elif line.rstrip("\n") == FENCE:
            yield {
                "example": 0,
                "section": section,
                "line": start,
                "markdown": "".join(markdown).replace("→", "\t"),
                "html": "".join(html).replace("→", "\t"),
            }
            state = 0
        elif state == 1 and line == ".\n":
            state = 2
        elif state == 1:
            markdown.append(line)
        else:
            html.append(line)


def main():
    with open(sys.argv[1], encoding="utf-8") as spec:
        found = list(examples(spec.readlines()))
    for index, example in enumerate(found, start=1):
        example["example"] = index
    json.dump(found, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
