#!/usr/bin/env python3
"""Rewrites the footnotes of pandoc's HTML in another HTML convention, for the format fixtures.

  html_footnote_styles.py word  IN.html > OUT.html   # Word's "Save as Web Page" markup
  html_footnote_styles.py fnref IN.html > OUT.html   # bare fn/fnref links, a plain <ol> of notes

word: calls are <a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1"> holding
[1] inside Word's downlevel-revealed conditional (<![if !supportFootnotes]> ... <![endif]>),
and each body is a <div style='mso-element:footnote' id=ftn1> in the footnote-list div, opening
with the link back <a href="#_ftnref1" name="_ftn1">[1]</a>.
fnref: calls are <sup><a href="#fn1" id="fnref1">1</a></sup>; the bodies are the items of an
<ol> without class or role, each ending with <a href="#fnref1">↩</a>.
Only the footnote markup changes (and pandoc's stylesheet is left out); the rest is pandoc's.
"""
import re
import sys

CALL = re.compile(r'<a\s+href="#fn(\d+)"[^>]*>\s*<sup>(\d+)</sup>\s*</a>', re.S)
SECTION = re.compile(r'<section\s+class="footnotes[^"]*"[^>]*>\s*<hr\s*/>\s*<ol>(.*?)</ol>\s*</section>', re.S)
ITEM = re.compile(r'<li\s+id="fn(\d+)"[^>]*>(.*?)</li>', re.S)
BACK = re.compile(r'<a\s+href="#fnref\d+"[^>]*>[^<]*</a>', re.S)


def word_mark(number, size):
    return ("<span class=MsoFootnoteReference><span style='mso-special-character:footnote'>"
            "<![if !supportFootnotes]><span class=MsoFootnoteReference>"
            f"<span style='font-size:{size}pt;line-height:115%'>[{number}]</span></span>"
            "<![endif]></span></span>")


def word(page):
    page = CALL.sub(lambda m: (f"<a style='mso-footnote-id:ftn{m[1]}' href=\"#_ftn{m[1]}\" "
                               f"name=\"_ftnref{m[1]}\" title=\"\">{word_mark(m[2], '12.0')}</a>"), page)

    def body(m):
        number, content = m[1], BACK.sub("", m[2]).strip()
        anchor = (f"<a style='mso-footnote-id:ftn{number}' href=\"#_ftnref{number}\" "
                  f"name=\"_ftn{number}\" title=\"\">{word_mark(number, '10.0')}</a>")
        paragraphs = re.findall(r"<p>(.*?)</p>", content, re.S) or [content]
        html = "".join(
            f"<p class=MsoFootnoteText>{anchor + ' ' if i == 0 else ''}{p}</p>\n"
            for i, p in enumerate(paragraphs))
        return f"<div style='mso-element:footnote' id=ftn{number}>\n{html}</div>\n"

    def section(m):
        return ("<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\n"
                "<hr align=left size=1 width=\"33%\">\n<![endif]>\n"
                + ITEM.sub(body, m[1]).strip() + "\n</div>")

    return SECTION.sub(section, page)


def fnref(page):
    page = CALL.sub(lambda m: f'<sup><a href="#fn{m[1]}" id="fnref{m[1]}">{m[2]}</a></sup>', page)

    def item(m):
        content = BACK.sub("", m[2]).strip()
        content = re.sub(r"</p>\s*$", f' <a href="#fnref{m[1]}">↩</a></p>', content)
        return f'<li id="fn{m[1]}">{content}</li>'

    return SECTION.sub(lambda m: "<hr>\n<ol>" + ITEM.sub(item, m[1]) + "</ol>", page)


if __name__ == "__main__":
    style, path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        page = f.read()
    # pandoc's stylesheet says nothing about notes; without it the fixtures stay small.
    page = re.sub(r"\s*<style>.*?</style>", "", page, flags=re.S)
    out = {"word": word, "fnref": fnref}[style](page)
    if out.count("<li id=\"fn") and style == "word" or "footnote-ref" in out:
        sys.exit(f"{path}: not every footnote was rewritten")
    sys.stdout.write(out)
