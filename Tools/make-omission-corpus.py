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

The omission-footnote-* entries are the same document with four footnotes (calls as PDF text
leaves superscript digits, "sentence.1 Next" and "意见1。"; bodies "1 …" after a rule at the end,
devset sentences): the Chinese drops footnote 2, its call and its body, with the later footnotes
renumbered or not, and omission-footnote-faithful is their twin.
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


# Characters after which a Chinese number is a date, a quantity or a reference, never a call.
NO_CALL_AFTER = set("表图段条款项章节件号页卷期第至和或到及与年月日届次个名人岁倍万亿千百余多点时分秒周天元度米吨国家类种级")
FOOTNOTES = 4
DROPPED_FOOTNOTE = 2


def takes_call(en, zh):
    """Whether a call can follow the sentence pair as PDF text prints it: "word.1", "意见1。"."""
    return re.search(r"[a-z]\.$", en) and re.search(r"[\u4e00-\u9fff]。$", zh) and zh[-2] not in NO_CALL_AFTER


def add_footnotes(paragraphs, pairs, drop, renumber):
    """Puts calls 1-4 into the first paragraphs from paragraph 2 on whose first or second sentence
    can take one, and returns the bodies (English, Chinese); the Chinese drops footnote 2 if `drop`."""
    number = 0
    for index, sentences in enumerate(paragraphs):
        if index < 1 or number == FOOTNOTES:
            continue
        which = next((i for i, (en, zh) in enumerate(sentences) if takes_call(en, zh)), None)
        if which is None:
            continue
        number += 1
        en, zh = sentences[which]
        zh_number = number - (1 if renumber and drop and number > DROPPED_FOOTNOTE else 0)
        zh = zh if drop and number == DROPPED_FOOTNOTE else f"{zh[:-1]}{zh_number}{zh[-1]}"
        sentences[which] = (f"{en}{number}", zh)
    english_bodies, chinese_bodies = [], []
    for number in range(1, FOOTNOTES + 1):
        en, zh = next(pairs)
        english_bodies.append(f"{number} {en}")
        if drop and number == DROPPED_FOOTNOTE:
            continue
        chinese_bodies.append(f"{number - (1 if renumber and drop and number > DROPPED_FOOTNOTE else 0)} {zh}")
    return english_bodies, chinese_bodies


def build_with_footnotes(pairs, drop, renumber):
    """The document with footnotes: texts, the English lines of the calls by number, and the English
    line of the dropped footnote's body."""
    units = []
    paragraphs = []

    def add_paragraph():
        paragraphs.append([next(pairs), next(pairs)])
        units.append(("paragraph", len(paragraphs)))

    units.append(("heading", 1))
    for _ in range(5):
        add_paragraph()
    units.append(("heading", 2))
    add_paragraph()
    items = []
    for item in range(1, 5):
        items.append(next(pairs))
        units.append(("item", item))
    for _ in range(2):
        add_paragraph()
    units.append(("heading", 3))
    for _ in range(3):
        add_paragraph()
    english_bodies, chinese_bodies = add_footnotes(paragraphs, pairs, drop, renumber)
    english, chinese = [], []
    call_lines = {}
    for kind, key in units:
        if kind == "heading":
            en, zh = HEADINGS[key - 1]
            english.append(en)
            chinese.append(zh)
        elif kind == "item":
            en, zh = items[key - 1]
            english.append(f"{label(kind, key, 0, 'en')} {en}")
            chinese.append(f"{label(kind, key, 0, 'zh')} {zh}")
        else:
            sentences = paragraphs[key - 1]
            en = " ".join(e for e, _ in sentences)
            english.append(f"{key}. {en}")
            chinese.append(f"{key}. " + "".join(z for _, z in sentences))
            for number in re.findall(r"[a-z]\.([0-9])(?: |$)", en):
                call_lines[int(number)] = 2 * len(english) - 1
    english_text = "\n\n".join(english) + "\n\n__________\n" + "\n".join(english_bodies) + "\n"
    chinese_text = "\n\n".join(chinese) + "\n\n__________\n" + "\n".join(chinese_bodies) + "\n"
    body_line = 2 * len(english) + 1 + DROPPED_FOOTNOTE
    return english_text, chinese_text, call_lines, body_line


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
    for renumber in (None, True, False):
        name = "footnote-" + ("faithful" if renumber is None else "renumbered" if renumber else "kept")
        cases.append((name, ("footnote", DROPPED_FOOTNOTE) if renumber is not None else None, bool(renumber),
                      "footnote-missing"))
    for case in cases:
        name, unit, renumber = case[:3]
        if name.startswith("footnote-"):
            english, chinese, lines, body_line = build_with_footnotes(sentence_pairs(args.devset), unit, renumber)
            line = lines[DROPPED_FOOTNOTE]
            expected = f"footnote-missing {line}\nfootnote-missing {body_line}\n" if unit else ""
            if unit and renumber:
                # One footnote-numbering for the run of renumbered footnotes, at its first call.
                expected += f"footnote-numbering {lines[DROPPED_FOOTNOTE + 1]}\n"
        else:
            english, chinese, line = build(sentence_pairs(args.devset), unit, renumber)
            expected = f"{case[3]} {line}\n" if unit else ""
        folder = os.path.join(args.out, f"omission-{name}")
        os.makedirs(folder, exist_ok=True)
        open(os.path.join(folder, "en.txt"), "w", encoding="utf-8").write(english)
        open(os.path.join(folder, "zh.txt"), "w", encoding="utf-8").write(chinese)
        open(os.path.join(folder, "expected.txt"), "w", encoding="utf-8").write(expected)
        if name == "footnote-faithful":
            what = "the document with four footnotes; nothing is dropped (the twin of the omission-footnote-* entries)"
        elif name.startswith("footnote-"):
            what = (f"the Chinese drops footnote {DROPPED_FOOTNOTE}: its call on English line {line} and its body "
                    f"on English line {body_line}; "
                    + ("the later footnotes are renumbered consecutively" if renumber else "the other footnote numbers are kept, with a gap"))
        else:
            what = "nothing is dropped (the faithful twin)" if not unit else (
                f"the Chinese drops the {unit[0]} on English line {line}; "
                + ("what follows is renumbered consecutively" if renumber else "the other numbers are kept, with a gap"))
        open(os.path.join(folder, "README.md"), "w", encoding="utf-8").write(
            f"# omission-{name}\n\nMade by `Tools/make-omission-corpus.py` from the UN Parallel Corpus devset "
            f"(deterministic). {what[0].upper() + what[1:]}.\n\n`expected.txt`: the structural findings a parity "
            f"check must make, `<code> <English line>`.\n")


if __name__ == "__main__":
    main()
