#!/usr/bin/env bash
# Makes the DOCX, HTML, PDF and clean-text versions of the format fixtures from their Markdown
# (Tests/DiptychTests/Read/Fixtures/<name>/{en,zh}.md). The generated files are committed, so
# tests never need these tools. Needs Debian packages (only to regenerate):
#   apt-get update && apt-get install -y pandoc poppler-utils
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-wqy-microhei
# pandoc turns [^n] into real Word footnotes and "1." paragraphs into Word's automatic numbering.
set -euo pipefail
cd "$(dirname "$0")/.."
root=Tests/DiptychTests/Read/Fixtures
for dir in "$root"/*/; do
  [ -f "$dir/en.md" ] || continue
  for lang in en zh; do
    md="$dir/$lang.md"
    # -smart: no typographic rewriting (no-break spaces after "No.", curly quotes), so the clean
    # text made from the same Markdown says exactly what the DOCX and HTML say.
    pandoc -f markdown-smart "$md" -o "$dir/$lang.docx"
    pandoc -f markdown-smart "$md" --standalone --metadata pagetitle=fixture -o "$dir/$lang.html"
    python3 Tools/formats/markdown_to_text.py "$md" > "$dir/$lang.txt"
    # The same page with its footnotes in Word's HTML markup and in bare fn/fnref links.
    for style in word fnref; do
      python3 Tools/formats/html_footnote_styles.py "$style" "$dir/$lang.html" > "$dir/$lang.$style.html"
    done
  done
  # DOCX -> PDF; a private profile keeps it clear of any running LibreOffice.
  profile=$(mktemp -d)
  soffice -env:UserInstallation=file://"$profile" --headless --norestore \
    --convert-to pdf --outdir "$dir" "$dir/en.docx" "$dir/zh.docx" >/dev/null
  rm -rf "$profile"
  for lang in en zh; do
    pdftotext -enc UTF-8 -layout "$dir/$lang.pdf" "$dir/$lang.pdf.txt"
  done
done
echo "fixtures written under $root"
