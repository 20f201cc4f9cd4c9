/// The report's stylesheet, inline so the page needs nothing else: screen and print.
enum HTMLReportStyle {
  static let css = #"""

    :root {
      --ink: #1d2433; --muted: #5b6478; --rule: #d9dde5; --paper: #ffffff; --band: #f6f7f9;
      --error: #b42318; --error-bg: #fde8e6; --warning: #a15c07; --warning-bg: #fef3d6;
      --info: #1f5fbf; --info-bg: #e6effc; --alone: #8a6d1f;
      --sans: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Helvetica Neue", Arial, \#
    sans-serif;
      --serif: "Noto Serif", Georgia, "Times New Roman", serif;
      --cjk-serif: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif;
      --cjk-sans: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", \#
    sans-serif;
      --mono: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
    }
    * { box-sizing: border-box; }
    html { color: var(--ink); background: var(--paper); font: 15px/1.5 var(--sans); }
    body { margin: 0; }
    :lang(zh) { font-family: var(--cjk-sans); }
    code, kbd, .code { font-family: var(--mono); font-size: 0.85em; }
    kbd { border: 1px solid var(--rule); border-bottom-width: 2px; border-radius: 4px; padding: 0 \#
    0.3em; background: var(--band); }
    .path { font-family: var(--mono); font-size: 0.8em; color: var(--muted); font-weight: normal; \#
    word-break: break-all; }

    .top { padding: 20px 28px 12px; border-bottom: 1px solid var(--rule); background: var(--band); }
    h1 { font-size: 1.45rem; margin: 0 0 2px; font-weight: 650; letter-spacing: -0.01em; }
    h2 { font-size: 1.05rem; margin: 0 0 8px; }
    .generated { margin: 0 0 14px; color: var(--muted); font-size: 0.85rem; }
    .summary { display: flex; flex-wrap: wrap; gap: 18px 36px; align-items: flex-start; }
    .counts { display: grid; grid-template-columns: repeat(3, minmax(7.5em, auto)); gap: 8px; \#
    margin: 0; }
    .count { background: var(--paper); border: 1px solid var(--rule); border-radius: 8px; \#
    padding: 6px 12px; }
    .count dt { font-size: 0.75rem; color: var(--muted); text-transform: uppercase; \#
    letter-spacing: 0.04em; }
    .count dd { margin: 0; font-size: 1.5rem; font-weight: 650; font-variant-numeric: \#
    tabular-nums; }
    .count.source-only dd, .count.target-only dd { color: var(--alone); }
    .by-code { border-collapse: collapse; background: var(--paper); border: 1px solid \#
    var(--rule); border-radius: 8px; font-size: 0.85rem; }
    .by-code th, .by-code td { padding: 3px 12px; border-bottom: 1px solid var(--rule); \#
    text-align: right; font-variant-numeric: tabular-nums; }
    .by-code th[scope=row] { text-align: left; font-weight: normal; }
    .by-code thead th { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; \#
    color: var(--muted); }
    .by-code td.zero { color: #b7bcc7; }
    .by-code tr.total th, .by-code tr.total td { font-weight: 650; border-bottom: 0; }
    .by-code td.none { text-align: left; color: var(--muted); }
    td.sev-error, th.sev-error { color: var(--error); font-weight: 650; }
    td.sev-warning, th.sev-warning { color: var(--warning); font-weight: 650; }
    td.sev-info, th.sev-info { color: var(--info); font-weight: 650; }

    .filters { margin-top: 14px; display: flex; flex-wrap: wrap; gap: 6px 18px; align-items: \#
    center; }
    .filters fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: \#
    6px; align-items: center; }
    .filters legend { float: left; font-size: 0.75rem; text-transform: uppercase; letter-spacing: \#
    0.04em; color: var(--muted); margin-right: 4px; }
    .chip { display: inline-flex; gap: 5px; align-items: center; border: 1px solid var(--rule); \#
    border-radius: 999px; padding: 2px 10px 2px 7px; background: var(--paper); font-size: \#
    0.82rem; cursor: pointer; user-select: none; }
    .chip .n { color: var(--muted); font-variant-numeric: tabular-nums; }
    .chip.sev-error { border-color: var(--error); } .chip.sev-warning { border-color: \#
    var(--warning); } .chip.sev-info { border-color: var(--info); }
    .nav { display: flex; gap: 6px; align-items: center; }
    .nav button { font: inherit; font-size: 0.82rem; border: 1px solid var(--rule); background: \#
    var(--paper); border-radius: 6px; padding: 2px 10px; cursor: pointer; }
    .nav button:hover { border-color: var(--muted); }
    #shown { color: var(--muted); font-size: 0.82rem; margin-left: 6px; }
    .keys { flex-basis: 100%; margin: 2px 0 0; color: var(--muted); font-size: 0.8rem; }

    .document-wide { margin: 16px 28px 0; padding: 10px 14px; border: 1px solid var(--rule); \#
    border-radius: 8px; }

    main { padding: 0 0 40px; }
    table.units { width: 100%; border-collapse: collapse; table-layout: fixed; }
    col.c-unit { width: 6.5em; } col.c-source { width: 37%; } col.c-target { width: 34%; } \#
    col.c-notes { width: 29%; }
    table.units thead th { position: sticky; top: 0; z-index: 2; background: var(--paper); \#
    text-align: left; padding: 8px 12px; border-bottom: 2px solid var(--ink); font-size: 0.8rem; \#
    text-transform: uppercase; letter-spacing: 0.04em; }
    table.units thead th .path { text-transform: none; letter-spacing: 0; margin-left: 6px; }
    tr.unit > * { vertical-align: top; padding: 10px 12px; border-bottom: 1px solid var(--rule); }
    tr.unit:target > *, tr.unit.current > * { background: #fffbe6; }
    tr.unit:target > th { box-shadow: inset 4px 0 0 var(--ink); }
    th.meta { text-align: left; font-weight: normal; font-size: 0.75rem; color: var(--muted); }
    th.meta span { display: block; }
    .anchor { font-family: var(--mono); font-size: 0.95rem; font-weight: 650; color: var(--ink); \#
    text-decoration: none; }
    .anchor:hover { text-decoration: underline; }
    .shape { font-variant-numeric: tabular-nums; }
    tr.merged .shape { color: var(--warning); font-weight: 650; }
    tr.flagged.worst-error > th.meta { box-shadow: inset 4px 0 0 var(--error); }
    tr.flagged.worst-warning > th.meta { box-shadow: inset 4px 0 0 var(--warning); }
    tr.flagged.worst-info > th.meta { box-shadow: inset 4px 0 0 var(--info); }

    td.side { font-family: var(--serif); font-size: 1rem; line-height: 1.55; }
    td.side:lang(zh) { font-family: var(--cjk-serif); line-height: 1.75; }
    .block { display: grid; grid-template-columns: minmax(2.6em, max-content) minmax(0, 1fr); \#
    column-gap: 0.6em; }
    .block + .block { margin-top: 0.6em; }
    .label { grid-column: 1; color: var(--muted); font-variant-numeric: tabular-nums; max-width: \#
    8em; overflow-wrap: anywhere; text-align: right; }
    .block .text { grid-column: 2; margin: 0; overflow-wrap: anywhere; }
    .block.heading .text, .block.title .text { font-weight: 650; }
    .block.title .text { font-size: 1.1em; }
    .block.footnote { font-size: 0.88em; }
    .fn-call { font-size: 0.7em; line-height: 0; padding: 0 0.1em; }
    .fn-call a, .fn-number { color: var(--info); text-decoration: none; }
    .fn-bodies { list-style: none; margin: 0.7em 0 0 3.2em; padding: 0.4em 0 0; border-top: 1px \#
    solid var(--rule); font-size: 0.85em; color: var(--muted); }
    .fn-bodies li + li { margin-top: 0.2em; }
    .fn-number { font-weight: 650; margin-right: 0.3em; }

    tr.alone > td.side.empty {
      background: repeating-linear-gradient(135deg, #faf6ea 0 8px, #f3ecd6 8px 16px);
      vertical-align: middle;
    }
    .missing { margin: 0; text-align: center; font: italic 0.85rem var(--sans); color: \#
    var(--alone); }
    tr.alone > td.side:not(.empty) { background: #fffdf6; }

    mark.fact { color: inherit; border-radius: 3px; padding: 0 1px; box-decoration-break: clone; \#
    -webkit-box-decoration-break: clone; }
    mark.fact.sev-error { background: var(--error-bg); box-shadow: inset 0 -2px 0 var(--error); }
    mark.fact.sev-warning { background: var(--warning-bg); box-shadow: inset 0 -2px 0 \#
    var(--warning); }
    mark.fact.sev-info { background: var(--info-bg); box-shadow: inset 0 -2px 0 var(--info); }
    mark.fact.muted { background: none; box-shadow: none; }
    mark.fact.focus { outline: 2px solid var(--ink); outline-offset: 1px; }

    .findings { list-style: none; margin: 0; padding: 0; font-size: 0.85rem; }
    .finding { padding: 5px 8px; border-radius: 6px; border-left: 3px solid; margin-bottom: 5px; \#
    cursor: pointer; }
    .finding.sev-error { border-color: var(--error); background: var(--error-bg); }
    .finding.sev-warning { border-color: var(--warning); background: var(--warning-bg); }
    .finding.sev-info { border-color: var(--info); background: var(--info-bg); }
    .finding.current { outline: 2px solid var(--ink); outline-offset: 1px; }
    .finding:focus { outline: 2px solid var(--ink); }
    .finding .sev { font-size: 0.72rem; font-weight: 700; text-transform: uppercase; \#
    letter-spacing: 0.04em; }
    .finding.sev-error .sev { color: var(--error); } .finding.sev-warning .sev { color: \#
    var(--warning); } .finding.sev-info .sev { color: var(--info); }
    .finding .code { color: var(--muted); }
    .finding .message { display: block; }
    [hidden] { display: none !important; }

    @media (max-width: 900px) {
      col.c-unit { width: 4.5em; } col.c-notes { width: 26%; }
      .counts { grid-template-columns: repeat(2, auto); }
    }

    @media print {
      @page { size: A4 landscape; margin: 12mm; }
      html { font-size: 10pt; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .top { background: none; padding: 0 0 8px; }
      .filters, .nav, .keys { display: none; }
      table.units thead th { position: static; }
      tr.unit { break-inside: avoid; page-break-inside: avoid; }
      tr.unit:target > *, tr.unit.current > * { background: none; }
      .finding.current { outline: none; }
      a { color: inherit; text-decoration: none; }
    }

    """#
}
