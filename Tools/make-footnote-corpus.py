#!/usr/bin/env python3
"""One document pair with footnotes, written in each footnote convention seen in real files.

    python3 Tools/make-footnote-corpus.py [--devset corpus/unpc-devset] [--out corpus/]

Writes corpus/footnotes-<convention>/{en.txt,zh.txt,expected.txt,README.md}, the same English and
Chinese document three times, line for line, differing only in how footnotes are printed:

- superscript: calls as PDF extraction leaves superscript digits ("sentence.1 Next", "word2 next",
  "意见1。"), bodies after a rule at the end ("1 See …");
- bracketed: calls "[1]" ("sentence.[1] Next", "word[2] next", "意见[1]。"), bodies "[1] …" at
  the end with no rule (text saved from HTML);
- slash: the older UN style, calls "1/" ("sentence.1/ Next", "word 2/ next", "意见1/。"), bodies
  "1/ …" after the text, with no rule.

The document: heading I, paragraphs 1-4, heading II, paragraphs 5-7, each paragraph two devset
sentence pairs (lines with digits skipped, taken in order: deterministic), footnotes 1-5 whose
bodies are devset sentences. The Chinese drops the call of footnote 3 (its body is kept), a
divergence a parity check must find. expected.txt lists the structural findings:
"<code> <English line>".

It also converts the seed submission (corpus/seed-copuos-space-resources/bilingual.txt, real
PDF text) into corpus/footnotes-seed-{bracketed,slash}/bilingual.txt: its eight calls, found by
hand (SEED_CALLS), printed "[1]" or "1/" instead of as PDF digits, nothing else changed (the seed
has no footnote bodies). Its footnote divergences (English 1-3 numbered 4-6 in the Chinese,
Chinese 7 and 8 with no English counterpart) must be found the same.
"""
import argparse
import os
import re

HEADINGS = [("I. Introduction", "一、导言"), ("II. Recommendations", "二、建议")]
# Characters after which a Chinese number is a date, a quantity or a reference, never a call.
NO_CALL_AFTER = set("表图段条款项章节件号页卷期第至和或到及与年月日届次个名人岁倍万亿千百余多点时分秒周天元度米吨国家类种级")
# Footnote number → (paragraph, sentence of the paragraph after which the call stands).
CALLS = {1: (1, 0), 2: (2, 1), 3: (3, 0), 4: (3, 1), 5: (6, 0)}
DROPPED_IN_CHINESE = 3
CONVENTIONS = {
    "superscript": "calls as PDF extraction leaves superscript digits, glued to the text "
    "(\"sentence.1 Next\", \"word2 next\", \"意见1。\"); bodies \"1 …\" after a rule at the end",
    "bracketed": "calls \"[1]\" (\"sentence.[1] Next\", \"word[2] next\", \"意见[1]。\"); bodies "
    "\"[1] …\" at the end with no rule, as in text saved from HTML",
    "slash": "the older UN style: calls \"1/\" (\"sentence.1/ Next\", \"word 2/ next\", \"意见1/。\"); "
    "bodies \"1/ …\" after the text, with no rule",
}


SEED = "corpus/seed-copuos-space-resources/bilingual.txt"
# The seed's calls: (line, the text just before the call, number).
SEED_CALLS = [
    (8, "in 2021, ", 1), (11, "agenda item. ", 2), (15, "space law. ", 3), (100, "非正式磋商", 4),
    (102, "交换意见", 5), (105, "作用", 6), (113, "的基石。", 7), (127, "见", 8),
]


def convert_seed(text, convention):
    """The seed with its calls printed "[1]" (glued to the text before) or "1/" (spaced as before)."""
    lines = text.split("\n")
    for line, before, number in SEED_CALLS:
        call = before + str(number)
        assert lines[line - 1].count(call) == 1, (line, call)
        printed = before.rstrip(" ") + f"[{number}]" if convention == "bracketed" else call + "/"
        lines[line - 1] = lines[line - 1].replace(call, printed)
    return "\n".join(lines)


def sentence_pairs(devset):
    english = open(os.path.join(devset, "devset.en"), encoding="utf-8").read().split("\n")
    chinese = open(os.path.join(devset, "devset.zh"), encoding="utf-8").read().split("\n")
    for en, zh in zip(english, chinese):
        en, zh = en.strip(), zh.strip()
        # Sentences ending in a word and a full stop, so a call can be glued to the word.
        if re.search(r"[0-9０-９/\[\]]", en + zh) or len(en) < 60 or not en[:1].isupper():
            continue
        if not re.search(r"[a-z]\.$", en) or not re.search(r"[\u4e00-\u9fff]。$", zh):
            continue
        if zh[-2] in NO_CALL_AFTER or not re.search(r"^(\S+ ){3,}?[a-z]{4,} ", en):
            continue
        yield en, zh


def call(convention, number, english, glued):
    """The call as printed: after a full stop, or glued before it (`glued`)."""
    if convention == "superscript":
        return f"{number}"
    if convention == "bracketed":
        return f"[{number}]"
    return f" {number}/" if english and glued else f"{number}/"


def with_call(sentence, convention, number, english):
    """The sentence with its call: in English, odd calls after the full stop, even ones after the
    first lower-case word of four letters or more from the fourth word on; in Chinese, before the
    full stop."""
    if not english:
        return sentence[:-1] + call(convention, number, english, True) + sentence[-1]
    if number % 2:
        return sentence + call(convention, number, english, False)
    word = re.search(r"^(\S+ ){3,}?[a-z]{4,}(?= )", sentence).end()
    return sentence[:word] + call(convention, number, english, True) + sentence[word:]


def build(pairs, convention):
    paragraphs = [[next(pairs), next(pairs)] for _ in range(7)]
    bodies = [next(pairs) for _ in CALLS]
    english, chinese = [], []
    for index, sentences in enumerate(paragraphs):
        if index in (0, 4):
            english.append(HEADINGS[index // 4][0])
            chinese.append(HEADINGS[index // 4][1])
        en_parts, zh_parts = [en for en, _ in sentences], [zh for _, zh in sentences]
        for number, (paragraph, sentence) in CALLS.items():
            if paragraph == index:
                en_parts[sentence] = with_call(en_parts[sentence], convention, number, True)
                if number != DROPPED_IN_CHINESE:
                    zh_parts[sentence] = with_call(zh_parts[sentence], convention, number, False)
        english.append(f"{index + 1}. " + " ".join(en_parts))
        chinese.append(f"{index + 1}. " + "".join(zh_parts))
    # The rule, or an empty line where there is none: every version has the same line numbers.
    rule = "__________" if convention == "superscript" else ""
    en_bodies, zh_bodies = [], []
    for number, (en, zh) in zip(CALLS, bodies):
        marker = {"superscript": f"{number}", "bracketed": f"[{number}]", "slash": f"{number}/"}[convention]
        en_bodies.append(f"{marker} {en}")
        zh_bodies.append(f"{marker} {zh}")
    english_text = "\n\n".join(english) + "\n\n" + rule + "\n" + "\n".join(en_bodies) + "\n"
    chinese_text = "\n\n".join(chinese) + "\n\n" + rule + "\n" + "\n".join(zh_bodies) + "\n"
    paragraph, _ = CALLS[DROPPED_IN_CHINESE]
    line = 2 * (paragraph + 1 + (1 if paragraph < 4 else 2)) - 1
    return english_text, chinese_text, line


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devset", default="corpus/unpc-devset")
    parser.add_argument("--out", default="corpus")
    args = parser.parse_args()
    for convention, how in CONVENTIONS.items():
        english, chinese, line = build(sentence_pairs(args.devset), convention)
        folder = os.path.join(args.out, f"footnotes-{convention}")
        os.makedirs(folder, exist_ok=True)
        open(os.path.join(folder, "en.txt"), "w", encoding="utf-8").write(english)
        open(os.path.join(folder, "zh.txt"), "w", encoding="utf-8").write(chinese)
        open(os.path.join(folder, "expected.txt"), "w", encoding="utf-8").write(f"footnote-missing {line}\n")
        open(os.path.join(folder, "README.md"), "w", encoding="utf-8").write(
            f"# footnotes-{convention}\n\nMade by `Tools/make-footnote-corpus.py` from the UN Parallel Corpus "
            f"devset (deterministic). The same document as the other `footnotes-*` entries, line for line, "
            f"with its footnotes printed in one convention: {how}.\n\nThe Chinese drops the call of footnote "
            f"{DROPPED_IN_CHINESE} (English line {line}) and keeps its body. `expected.txt`: the structural "
            f"findings a parity check must make, `<code> <English line>`; the document model (blocks, "
            f"footnote calls and bodies) and every finding must be those of `footnotes-superscript`.\n\n"
            f"Text from the United Nations Parallel Corpus v1.0 development set (Ziemski, Junczys-Dowmunt & "
            f"Pouliquen, LREC 2016); the grouping, numbering and footnotes are ours.\n")
    seed = open(SEED, encoding="utf-8").read()
    for convention in ("bracketed", "slash"):
        folder = os.path.join(args.out, f"footnotes-seed-{convention}")
        os.makedirs(folder, exist_ok=True)
        open(os.path.join(folder, "bilingual.txt"), "w", encoding="utf-8").write(convert_seed(seed, convention))
        open(os.path.join(folder, "README.md"), "w", encoding="utf-8").write(
            f"# footnotes-seed-{convention}\n\nMade by `Tools/make-footnote-corpus.py` from "
            f"`corpus/seed-copuos-space-resources/bilingual.txt` (deterministic): the seed submission "
            f"with its eight footnote calls printed in one convention: {CONVENTIONS[convention]}. Nothing "
            f"else differs, line for line (the seed has no footnote bodies). The document model and every "
            f"finding must be the seed's: English footnotes 1–3 numbered 4–6 in the Chinese, Chinese "
            f"footnotes 7 and 8 with no English counterpart.\n\nThe seed is China's proposal to the Legal "
            f"Subcommittee of COPUOS, as extracted from PDF; see the seed entry's README.\n")


if __name__ == "__main__":
    main()
