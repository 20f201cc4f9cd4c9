#!/usr/bin/env python3
"""Build synthetic UN-style English/Chinese corpus entries whose alignment is known.

Each entry is made of consecutive sentence pairs of the UN Parallel Corpus devset, grouped into
numbered paragraphs under Roman-numbered headings. The English side is left as built; the Chinese
side is then edited (a paragraph deleted, a sentence deleted, two paragraphs merged, a paragraph
split, a heading dropped), so the block-level and sentence-level gold alignments are known exactly.

Every run with the same --seed and devset writes byte-identical files.

Usage: make-synthetic-corpus.py --seed N --out corpus/ [--devset DIR] [--only NAME ...]
Stdlib only.
"""

import argparse
import os
import random
import re
import sys
import textwrap
import unicodedata

DEFAULT_DEVSET = "/work/shared/data/unpc-devset"

# ---------------------------------------------------------------------------------------------
# Entries


class EntrySpec:
    """What one entry looks like: its size, its layout and the edits on its Chinese side."""

    def __init__(self, name, paragraphs, layout, edits, zh_numbering, summary):
        self.name = name
        self.paragraphs = paragraphs
        self.layout = layout  # "numbered" or "unnumbered-zh"
        self.edits = edits  # kind -> how many
        self.zh_numbering = zh_numbering  # "keep" or "renumber"
        self.summary = summary


ONE_OF_EACH = {"delete-paragraph": 1, "delete-sentence": 1, "merge": 1, "split": 1, "drop-heading": 1}

ENTRIES = [
    EntrySpec(
        "unpc-synth-numbered", 50, "numbered", ONE_OF_EACH, "keep",
        "Both sides print paragraph numbers (\"1. \") and a blank line between blocks; one edit of "
        "each kind on the Chinese side, which keeps the English paragraph numbers (a deleted "
        "paragraph leaves a gap, a merged paragraph keeps the first number, the second half of a "
        "split paragraph has no number).",
    ),
    EntrySpec(
        "unpc-synth-unnumbered-zh", 45, "unnumbered-zh", ONE_OF_EACH, "keep",
        "PDF-extraction layout. English: hard-wrapped at about 90 columns, each paragraph number "
        "on its own line, a blank line only before headings. Chinese: no paragraph numbers, "
        "hard-wrapped at 40 CJK characters (80 columns, a CJK character taking 2) with no blank "
        "lines; the last line of a paragraph is shorter and ends with 。. One edit of each kind.",
    ),
    EntrySpec(
        "unpc-synth-edits", 75, "numbered", {
            "delete-paragraph": 3, "delete-sentence": 3, "merge": 3, "split": 3, "drop-heading": 2,
        }, "renumber",
        "Both sides numbered, blank lines between blocks; heavy edits on the Chinese side, which is "
        "numbered consecutively as an auto-numbered document would be, so after the first edit its "
        "paragraph and heading numbers no longer match the English ones.",
    ),
    EntrySpec(
        "unpc-synth-clean", 35, "numbered", {}, "keep",
        "Both sides numbered, blank lines between blocks, no edits: a faithful 1:1 control.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Reading the devset

# Anything a reader could take for a paragraph label: "12.", "(a)", "iv)", "A.", "一、", "（三）".
EN_LABEL = re.compile(r"^\s*\(?([0-9]+|[ivxlcdm]+|[IVXLCDM]+|[A-Za-z])[.)](\s|$)")
ZH_LABEL = re.compile(r"^\s*[(（]?([0-9]+|[一二三四五六七八九十百]+|[a-zA-Z]|[ivxIVX]+)[)）.．、]")
# A second sentence inside an English line: end punctuation, space, capital.
EN_SECOND_SENTENCE = re.compile(r"[.?!][\"”’)]?\s+[\"“‘(]?[A-Z]")
ZH_SENTENCE_END = re.compile(r"[。？！]")
# A bullet or footnote mark left at the start of a Chinese line: "o 12月28日", "* 联合国",
# "6 克罗地亚" (but not "2 000多人").
ZH_MARKER = re.compile(r"^(([A-Za-z]|[•·*–—-])\s|[0-9]{1,2}\s+(?=[^\x00-\x7f]))")
EN_HEADING = re.compile(r"^([IVX]+)\. (\S.*)$")
ZH_HEADING = re.compile(r"^[一二三四五六七八九十]+\s*[.．、]\s*(\S.*)$")

WHITE_SPACE = frozenset(
    [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
    + list(range(0x2000, 0x200B))
)


def diptych_length(text):
    return sum(1 for ch in text if ord(ch) not in WHITE_SPACE)


def read_lines(path):
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def body_sentence_pool(english, chinese):
    """Devset pairs fit to be paragraph sentences: one plain sentence each side, no label."""
    pool = []
    for line, (en, zh) in enumerate(zip(english, chinese)):
        en, zh = en.strip(), zh.strip()
        if not en or not zh or EN_LABEL.match(en) or ZH_LABEL.match(zh) or ZH_MARKER.match(zh):
            continue
        if not en.endswith(".") or not zh.endswith("。") or not en[0].isupper():
            continue
        if EN_SECOND_SENTENCE.search(en) or ZH_SENTENCE_END.search(zh[:-1]):
            continue
        # A line that starts with punctuation is the tail of another sentence in the corpus.
        if zh[0] in NO_LINE_START or not zh[0].strip():
            continue
        # A semicolon list is one sentence here, but a segmenter may cut Chinese at "；".
        if ";" in en or "；" in zh or ";" in zh:
            continue
        if not 40 <= len(en) <= 600 or "\t" in en + zh:
            continue
        ratio = diptych_length(zh) / diptych_length(en)
        # Far outside the devset's 1st–99th percentiles means a bad pair, not a translation.
        if not 0.18 <= ratio <= 0.70:
            continue
        pool.append((line, en, zh))
    return pool


def heading_pool(english, chinese):
    """Roman-numbered devset headings, without their numbers, e.g. ("Cooperation", "合作")."""
    seen = set()
    headings = []
    for line, (en, zh) in enumerate(zip(english, chinese)):
        en_match, zh_match = EN_HEADING.match(en.strip()), ZH_HEADING.match(zh.strip())
        if not en_match or not zh_match:
            continue
        en_text, zh_text = en_match.group(2).strip(), zh_match.group(1).strip()
        if len(en_text) > 60 or en_text.endswith(".") or zh_text.endswith("。"):
            continue
        if en_text.lower() in seen or en_text.lower() == "introduction":
            continue
        seen.add(en_text.lower())
        headings.append((line, en_text, zh_text))
    return headings


# ---------------------------------------------------------------------------------------------
# Numbers


def roman(number):
    numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, letters in numerals:
        while number >= value:
            out += letters
            number -= value
    return out


def chinese_numeral(number):
    digits = "零一二三四五六七八九"
    if number < 10:
        return digits[number]
    tens, units = divmod(number, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")


# ---------------------------------------------------------------------------------------------
# Building the English document


class Block:
    """A heading or a paragraph: its kind, its number and its sentence pairs (line, en, zh)."""

    def __init__(self, kind, number, sentences):
        self.kind = kind
        self.number = number
        self.sentences = sentences


def build_source(spec, rng, pool, start, headings):
    """The English document's blocks, consuming the pool from `start`; returns (blocks, next)."""
    blocks = [Block("heading", 1, [(-1, "Introduction", "导言")])]
    heading_texts = list(headings)
    rng.shuffle(heading_texts)
    cursor = start
    next_heading_at = rng.randint(4, 8)
    for paragraph in range(1, spec.paragraphs + 1):
        if paragraph == next_heading_at and heading_texts and spec.paragraphs - paragraph >= 3:
            blocks.append(Block("heading", sum(b.kind == "heading" for b in blocks) + 1,
                                [heading_texts.pop()]))
            next_heading_at = paragraph + rng.randint(5, 12)
        size = rng.randint(2, 5)
        if cursor + size > len(pool):
            sys.exit("the devset has too few usable sentence pairs for these entries")
        sentences = [pool[i] for i in range(cursor, cursor + size)]
        cursor += size
        blocks.append(Block("paragraph", paragraph, sentences))
    return blocks, cursor


# ---------------------------------------------------------------------------------------------
# Choosing the edits


def choose_edits(spec, rng, blocks):
    """Edit sites: block index -> (kind, argument). Edits never touch or neighbour each other."""
    reserved = set()
    sites = {}
    kinds = [kind for kind, count in sorted(spec.edits.items()) for _ in range(count)]
    rng.shuffle(kinds)
    for kind in kinds:
        candidates = []
        for index, block in enumerate(blocks):
            if index < 2:  # Leave the opening heading and first paragraph alone.
                continue
            span = 2 if kind == "merge" else 1
            if index + span > len(blocks):
                continue
            if any(i in reserved for i in range(index - 1, index + span + 1)):
                continue
            covered = blocks[index:index + span]
            if kind == "drop-heading":
                if block.kind == "heading":
                    candidates.append(index)
            elif any(b.kind != "paragraph" for b in covered):
                continue
            elif kind in ("delete-sentence", "split") and len(block.sentences) < 2:
                continue
            else:
                candidates.append(index)
        if not candidates:
            sys.exit(f"{spec.name}: no room left for a '{kind}' edit")
        index = rng.choice(candidates)
        argument = None
        if kind == "delete-sentence":
            argument = rng.randrange(len(blocks[index].sentences))
        elif kind == "split":
            argument = rng.randint(1, len(blocks[index].sentences) - 1)
        sites[index] = (kind, argument)
        span = 2 if kind == "merge" else 1
        reserved.update(range(index, index + span))
    return sites


# ---------------------------------------------------------------------------------------------
# Making the Chinese document and the gold


def apply_edits(spec, blocks, sites):
    """The Chinese blocks (kind, number or None, [zh sentences]) and the block and sentence gold."""
    target = []
    block_gold, sentence_gold = [], []
    source_sentence = 0
    target_sentence = 0
    edits_done = []

    def keep_sentences(sentences):
        nonlocal source_sentence, target_sentence
        for _ in sentences:
            sentence_gold.append(([source_sentence], [target_sentence]))
            source_sentence += 1
            target_sentence += 1

    def drop_sentences(sentences):
        nonlocal source_sentence
        for _ in sentences:
            sentence_gold.append(([source_sentence], []))
            source_sentence += 1

    index = 0
    while index < len(blocks):
        block = blocks[index]
        kind, argument = sites.get(index, (None, None))
        zh = [s[2] for s in block.sentences]
        label = f"{'heading' if block.kind == 'heading' else 'paragraph'} {block.number}"
        if kind in ("drop-heading", "delete-paragraph"):
            block_gold.append(([index], []))
            drop_sentences(block.sentences)
            edits_done.append(f"{kind}: English {label} (block {index}) has no Chinese counterpart")
        elif kind == "delete-sentence":
            block_gold.append(([index], [len(target)]))
            target.append(("paragraph", block.number, zh[:argument] + zh[argument + 1:]))
            keep_sentences(block.sentences[:argument])
            drop_sentences(block.sentences[argument:argument + 1])
            keep_sentences(block.sentences[argument + 1:])
            edits_done.append(f"delete-sentence: sentence {argument + 1} of {len(zh)} of English "
                              f"{label} (block {index}) is missing in Chinese")
        elif kind == "merge":
            following = blocks[index + 1]
            block_gold.append(([index, index + 1], [len(target)]))
            target.append(("paragraph", block.number, zh + [s[2] for s in following.sentences]))
            keep_sentences(block.sentences + following.sentences)
            edits_done.append(f"merge: English {label} and paragraph {following.number} (blocks "
                              f"{index}, {index + 1}) are one Chinese paragraph")
            index += 1
        elif kind == "split":
            block_gold.append(([index], [len(target), len(target) + 1]))
            target.append(("paragraph", block.number, zh[:argument]))
            target.append(("paragraph", None, zh[argument:]))
            keep_sentences(block.sentences)
            edits_done.append(f"split: English {label} (block {index}) is two Chinese paragraphs, "
                              f"after its sentence {argument} of {len(zh)}")
        else:
            block_gold.append(([index], [len(target)]))
            target.append((block.kind, block.number, zh))
            keep_sentences(block.sentences)
        index += 1

    if spec.zh_numbering == "renumber":
        counters = {"heading": 0, "paragraph": 0}
        renumbered = []
        for kind, _, sentences in target:
            counters[kind] += 1
            renumbered.append((kind, counters[kind], sentences))
        target = renumbered
    return target, block_gold, sentence_gold, edits_done


# ---------------------------------------------------------------------------------------------
# Rendering

EN_WRAP = 90
ZH_WRAP = 80  # columns; a CJK (wide) character takes 2, so 40 CJK characters a line.
# Chinese typesetting never starts a line with closing punctuation.
NO_LINE_START = set("，。、；：？！）》」』”’%．,.;:?!)")
ASCII_TEXT = re.compile(r"[\x20-\x7e]")
LINE_LABEL = re.compile(r"^\s*(\(?[0-9a-zA-Z]{1,4}[.)]\s|[0-9]+[.．、]|[一二三四五六七八九十]+、|[(（][^)）]{1,4}[)）])")


def columns(ch):
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def wrap_chinese(text, width):
    """Greedy hard wrap by columns, keeping ASCII words whole and punctuation off line starts.

    A space at a break is dropped, as PDF text extraction drops it."""
    lines, start = [], 0
    while start < len(text):
        used, end = 0, start
        while end < len(text) and used + columns(text[end]) <= width:
            used += columns(text[end])
            end += 1
        if end < len(text):
            if ASCII_TEXT.match(text[end]) and ASCII_TEXT.match(text[end - 1]):
                run_start = end
                while run_start > start and ASCII_TEXT.match(text[run_start - 1]):
                    run_start -= 1
                space = text.rfind(" ", run_start, end)
                if run_start > start + width // 4:
                    end = run_start  # The whole ASCII run moves down.
                elif space > start:
                    end = space  # A long English run breaks between words.
            while end < len(text) and text[end] in NO_LINE_START and end - 1 > start:
                end -= 1
        lines.append(text[start:end].rstrip(" "))
        start = end
        while start < len(text) and text[start] == " ":
            start += 1
    return lines


def line_columns(line):
    return sum(columns(ch) for ch in line)


def wrapped_chinese_paragraph(text):
    """Lines for one Chinese paragraph: every line but the last is (nearly) full and does not end
    a sentence; the last is clearly shorter and ends one, so the paragraph end is recoverable."""
    for width in range(ZH_WRAP, ZH_WRAP - 9, -1):
        lines = wrap_chinese(text, width)
        body, last = lines[:-1], lines[-1]
        if line_columns(last) > width - 6:
            continue
        if any(line_columns(line) < width - 12 or line[-1] in "。？！" for line in body):
            continue
        if any(LINE_LABEL.match(line) for line in lines[1:]):
            continue
        return lines, True
    return wrap_chinese(text, ZH_WRAP), False


def wrapped_english_paragraph(text):
    for width in range(EN_WRAP, EN_WRAP - 10, -1):
        lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)
        if not any(LINE_LABEL.match(line) for line in lines[1:]):
            return lines
    return textwrap.wrap(text, width=EN_WRAP, break_long_words=False, break_on_hyphens=False)


def render_numbered(blocks, language):
    """One line a block, blank lines between blocks: "I. Introduction", "1. Text"."""
    chunks = []
    for kind, number, sentences in blocks:
        text = " ".join(sentences) if language == "en" else "".join(sentences)
        if kind == "heading":
            prefix = f"{roman(number)}. " if language == "en" else f"{chinese_numeral(number)}、"
        else:
            prefix = f"{number}. " if number is not None else ""
        chunks.append(prefix + text)
    return "\n\n".join(chunks) + "\n"


def render_english_pdf(blocks):
    lines = []
    for kind, number, sentences in blocks:
        if kind == "heading":
            if lines:
                lines.append("")
            lines.append(f"{roman(number)}. {sentences[0]}")
        else:
            lines.append(f"{number}.")
            lines.extend(wrapped_english_paragraph(" ".join(sentences)))
    return "\n".join(lines) + "\n"


def render_chinese_pdf(blocks):
    lines, unclear = [], 0
    for kind, number, sentences in blocks:
        if kind == "heading":
            lines.append(f"{chinese_numeral(number)}、{sentences[0]}")
        else:
            wrapped, clear = wrapped_chinese_paragraph("".join(sentences))
            unclear += 0 if clear else 1
            lines.extend(wrapped)
    return "\n".join(lines) + "\n", unclear


# ---------------------------------------------------------------------------------------------
# Checking and writing


def format_gold(pairs):
    return "".join(f"[{', '.join(map(str, s))}]:[{', '.join(map(str, t))}]\n" for s, t in pairs)


def check_gold(pairs, source_count, target_count, what):
    """Every index of each side exactly once, ascending: the gold is a monotone partition."""
    for side, count in ((0, source_count), (1, target_count)):
        seen = [i for pair in pairs for i in pair[side]]
        if seen != list(range(count)):
            sys.exit(f"internal error: {what} gold does not cover side {side} 0..{count - 1} in order")


def count_numbered_blocks(text):
    return len([chunk for chunk in text.split("\n\n") if chunk.strip()])


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def readme(spec, seed, blocks, target, edits_done, pool_lines, unclear, source_terms):
    en_paragraphs = sum(b.kind == "paragraph" for b in blocks)
    en_headings = len(blocks) - en_paragraphs
    zh_paragraphs = sum(kind == "paragraph" for kind, _, _ in target)
    zh_headings = len(target) - zh_paragraphs
    en_sentences = sum(len(b.sentences) for b in blocks)
    zh_sentences = sum(len(s) for _, _, s in target)
    edits = "\n".join(f"- {line}" for line in edits_done) or "- none"
    first, last = min(pool_lines) + 1, max(pool_lines) + 1
    wrap_note = ""
    if spec.layout == "unnumbered-zh":
        wrap_note = (f"\nChinese paragraphs whose wrap could not keep the last line clearly short "
                     f"and the other lines free of a final 。: {unclear}.\n")
    return f"""# {spec.name}

Synthetic UN-style English/Chinese document pair with a known alignment.

{spec.summary}

Made by `Tools/make-synthetic-corpus.py --seed {seed} --out corpus/` (deterministic: the same seed
and devset give the same bytes).

| | English | Chinese |
|---|---|---|
| headings | {en_headings} | {zh_headings} |
| paragraphs | {en_paragraphs} | {zh_paragraphs} |
| blocks | {len(blocks)} | {len(target)} |
| sentences | {en_sentences} | {zh_sentences} |
{wrap_note}
## Edits applied to the Chinese side

{edits}

## Files

- `en.txt`, `zh.txt`: the two versions (UTF-8, LF).
- `gold.align`: block alignment, one pair a line, `[i, j]:[k]`, `[3]:[]`, 0-based block indices
  in reading order; each heading is one block and each paragraph is one block (no title, no
  footnotes).
- `gold.sentences.align`: the same at sentence level, with 0-based sentence indices counted through
  each document in order; a heading is one sentence, a paragraph number is not a sentence.

## How it was made

Paragraphs are 2–5 consecutive devset sentence pairs (devset lines {first}–{last}, skipping lines
that carry a label such as "12." or "(a)", that do not end with "." / "。", that hold more than
one sentence, or that hold a semicolon, where a segmenter might cut Chinese text). English sentences are joined with a space, Chinese ones with nothing. Headings are
"Introduction" / "导言" and Roman-numbered devset headings with their numbers replaced
("I. …" / "一、…"). English paragraph numbers run 1, 2, … through the document.

## Provenance

Text from the United Nations Parallel Corpus v1.0 development set (UNv1.0.devset, English and
Chinese): Ziemski, Junczys-Dowmunt & Pouliquen, "The United Nations Parallel Corpus v1.0", LREC
2016. The documents themselves are synthetic: the grouping, numbering, headings' numbers and the
Chinese edits are ours, so they do not reproduce any real UN document.

{source_terms}
"""


def make_entry(spec, seed, pool, start, headings, out, source_terms):
    rng = random.Random(f"{seed}:{spec.name}")
    blocks, cursor = build_source(spec, rng, pool, start, headings)
    sites = choose_edits(spec, rng, blocks)
    target, block_gold, sentence_gold, edits_done = apply_edits(spec, blocks, sites)

    source_blocks = [(b.kind, b.number, [s[1] for s in b.sentences]) for b in blocks]
    unclear = 0
    if spec.layout == "numbered":
        en_text = render_numbered(source_blocks, "en")
        zh_text = render_numbered(target, "zh")
        assert count_numbered_blocks(en_text) == len(blocks)
        assert count_numbered_blocks(zh_text) == len(target)
    else:
        en_text = render_english_pdf(source_blocks)
        zh_text, unclear = render_chinese_pdf(target)

    check_gold(block_gold, len(blocks), len(target), "block")
    check_gold(sentence_gold, sum(len(b.sentences) for b in blocks),
               sum(len(s) for _, _, s in target), "sentence")

    folder = os.path.join(out, spec.name)
    os.makedirs(folder, exist_ok=True)
    write(os.path.join(folder, "en.txt"), en_text)
    write(os.path.join(folder, "zh.txt"), zh_text)
    write(os.path.join(folder, "gold.align"), format_gold(block_gold))
    write(os.path.join(folder, "gold.sentences.align"), format_gold(sentence_gold))
    pool_lines = [s[0] for b in blocks if b.kind == "paragraph" for s in b.sentences]
    write(os.path.join(folder, "README.md"),
          readme(spec, seed, blocks, target, edits_done, pool_lines, unclear, source_terms))
    print(f"{spec.name}: {len(blocks)} English blocks, {len(target)} Chinese blocks, "
          f"{len(edits_done)} edits" + (f", {unclear} unclear wraps" if unclear else ""))
    return cursor


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--out", required=True, help="corpus folder; one sub-folder per entry")
    parser.add_argument("--devset", default=DEFAULT_DEVSET, help="folder with devset.{en,zh}")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="write only these entries")
    args = parser.parse_args()

    english = read_lines(os.path.join(args.devset, "devset.en"))
    chinese = read_lines(os.path.join(args.devset, "devset.zh"))
    if len(english) != len(chinese):
        sys.exit("devset.en and devset.zh differ in length")
    terms = [line for line in read_lines(os.path.join(args.devset, "SOURCE.txt"))
             if line.startswith("Terms:")]
    pool = body_sentence_pool(english, chinese)
    headings = [(line, en, zh) for line, en, zh in heading_pool(english, chinese)]

    start = 0
    for spec in ENTRIES:
        # Entries take disjoint stretches of the pool, whichever of them are written.
        if args.only and spec.name not in args.only:
            start = build_source(spec, random.Random(f"{args.seed}:{spec.name}"), pool, start,
                                 headings)[1]
            continue
        start = make_entry(spec, args.seed, pool, start, headings, args.out,
                           "\n".join(terms) or "Terms: see /work/shared/data/unpc-devset/SOURCE.txt")


if __name__ == "__main__":
    main()
