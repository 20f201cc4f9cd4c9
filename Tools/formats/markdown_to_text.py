#!/usr/bin/env python3
"""Turns a fixture's Markdown into the clean text a UN document gives when copied out as text:
title lines, headings and paragraphs separated by blank lines, footnote calls as bare numbers,
then a rule and the footnote bodies numbered. This is the plain-text reading every other format
of the fixture is compared with. Usage: markdown_to_text.py IN.md > OUT.txt"""
import re
import sys


def main(path: str) -> None:
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    out, notes, order = [], {}, []
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        for line in lines[1:end]:
            key, _, value = line.partition(":")
            if key.strip() in ("title", "subtitle"):
                out.append(value.strip().strip('"'))
        out.append("")
        lines = lines[end + 1:]
    body = []
    for line in lines:
        match = re.match(r"\[\^(\d+)\]:\s*(.*)", line)
        if match:
            notes[match.group(1)] = match.group(2)
        else:
            body.append(line)

    def call(match: re.Match) -> str:
        order.append(match.group(1))
        return str(len(order))

    for line in body:
        line = re.sub(r"^#+\s*", "", line)
        line = re.sub(r"\\$", "", line)
        line = re.sub(r"\[\^(\d+)\]", call, line)
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    out += ["", "__________________", ""]
    for number, key in enumerate(order, 1):
        out += [f"{number} {notes[key]}", ""]
    sys.stdout.write("\n".join(out).rstrip("\n") + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
