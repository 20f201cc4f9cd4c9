#!/usr/bin/env python3
"""Corpus entries where one unit is dropped from the Chinese, with and without renumbering.

    python3 Tools/make-omission-corpus.py [--devset ../shared/data/unpc-devset] [--out corpus/]

Writes corpus/omission-<what>-<numbering>/{en.txt,zh.txt,expected.txt,README.md} and the faithful
twin corpus/omission-faithful/. Each document: heading I, paragraphs 1-5, heading II, paragraph 6
introducing a list (a)-(d), paragraphs 7-8, heading III, paragraphs 9-11; paragraphs are two real
devset sentence pairs (lines with digits skipped, taken in order: deterministic). The Chinese drops
paragraph 3, list item (b) or heading II; "renumbered" numbers what follows consecutively (as an
auto-numbered document does), "kept" keeps the English numbers with a gap. expected.txt lists the
structural findings a parity check must make: "<code> <English line>", one a line (empty for the
twin).
"""
import argparse
import os
import re

HEADINGS = [("I. Introduction", "一、导言"), ("II. Recommendations", "二、建议"), ("III. Conclusions", "三、结论")]
CHINESE_NUMERALS = "一二三四五六七八九十"
LETTERS = "abcdefgh"


def sentence_pairs(devset):
    english = open(os.path.join(devset, "devset.en"), encoding="utf-8").read().split("\n")
    chinese = open(os.path.join(devset, "devset.zh"), encoding="utf-8").read().split("\n")
    for en, zh in zip(english, chinese):
        if re.search(r"[0-9０-９]", en + zh) or len(en) < 60 or en[:1] in "(•-" or not en[:1].isupper():
            continue
        yield en.strip(), zh.strip()


def build(pairs, drop, renumber):
    """The English and Chinese texts and the English line of the dropped unit."""
    units = []  # (kind, key, english, chinese)
    paragraph = 0
    item = 0

    def add_paragraph():
        nonlocal paragraph
        paragraph += 1
        (e1, z1), (e2, z2) = next(pairs), next(pairs)
        units.append(("paragraph", paragraph, f"{e1} {e2}", z1 + z2))

    units.append(("heading", 1) + HEADINGS[0])
    for _ in range(5):
        add_paragraph()
    units.append(("heading", 2) + HEADINGS[1])
    add_paragraph()
    for _ in range(4):
        item += 1
        e, z = next(pairs)
        units.append(("item", item, e, z))
    for _ in range(2):
        add_paragraph()
    units.append(("heading", 3) + HEADINGS[2])
    for _ in range(3):
        add_paragraph()

    english, chinese = [], []
    shift = {"paragraph": 0, "item": 0, "heading": 0}
    dropped_line = None
    for kind, key, en, zh in units:
        if kind == "heading":
            en_label, zh_label = f"{en.split('.')[0]}.", None
        english.append(label(kind, key, 0, "en") + " " + en.split(". ", 1)[1] if kind == "heading" else label(kind, key, 0, "en") + " " + en)
        if drop == (kind, key):
            dropped_line = 2 * len(english) - 1
            if renumber:
                shift[kind] -= 1
            continue
        zh_text = zh.split("、", 1)[1] if kind == "heading" else zh
        chinese.append(label(kind, key, shift[kind], "zh") + ("" if kind == "heading" else " ") + zh_text)
    return "\n\n".join(english) + "\n", "\n\n".join(chinese) + "\n", dropped_line


def label(kind, key, shift, language):
    value = key + shift
    if kind == "paragraph":
        return f"{value}."
    if kind == "item":
        return f"({LETTERS[value - 1]})"
    roman = ["I", "II", "III", "IV"][value - 1]
    return f"{roman}." if language == "en" else f"{CHINESE_NUMERALS[value - 1]}、"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devset", default="../shared/data/unpc-devset")
    parser.add_argument("--out", default="corpus")
    args = parser.parse_args()
    cases = [("faithful", None, False)]
    for what, unit, code in [("paragraph", ("paragraph", 3), "unit-missing"), ("list-item", ("item", 2), "unit-missing"),
                             ("heading", ("heading", 2), "unit-missing")]:
        for renumber in (True, False):
            cases.append((f"{what}-{'renumbered' if renumber else 'kept'}", unit, renumber, code))
    for case in cases:
        name, unit, renumber = case[:3]
        english, chinese, line = build(sentence_pairs(args.devset), unit, renumber)
        folder = os.path.join(args.out, f"omission-{name}")
        os.makedirs(folder, exist_ok=True)
        open(os.path.join(folder, "en.txt"), "w", encoding="utf-8").write(english)
        open(os.path.join(folder, "zh.txt"), "w", encoding="utf-8").write(chinese)
        expected = f"{case[3]} {line}\n" if unit else ""
        open(os.path.join(folder, "expected.txt"), "w", encoding="utf-8").write(expected)
        what = "nothing is dropped (the faithful twin)" if not unit else (
            f"the Chinese drops the {unit[0]} on English line {line}; "
            + ("what follows is renumbered consecutively" if renumber else "the other numbers are kept, with a gap"))
        open(os.path.join(folder, "README.md"), "w", encoding="utf-8").write(
            f"# omission-{name}\n\nMade by `Tools/make-omission-corpus.py` from the UN Parallel Corpus devset "
            f"(deterministic). {what[0].upper() + what[1:]}.\n\n`expected.txt`: the structural findings a parity "
            f"check must make, `<code> <English line>`.\n")


if __name__ == "__main__":
    main()
