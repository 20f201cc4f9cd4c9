/// The report's script, inline: filters, finding-to-finding navigation and unit links.
///
/// Without it the page still shows everything; it only hides and moves.
enum HTMLReportScript {
  static let javaScript = #"""

    (() => {
      "use strict";
      const all = (selector, root = document) => Array.from(root.querySelectorAll(selector));
      const findings = all(".finding");
      const rows = all("tr.unit");
      const marks = all("mark[data-findings]");
      const byId = new Map(findings.map((f) => [f.id, f]));
      const onlyFindings = document.getElementById("only-findings");
      const shown = document.getElementById("shown");
      let visible = findings;

      function apply() {
        const severities = new Set(all("input[name=severity]:checked").map((i) => i.value));
        const codes = new Set(all("input[name=code]:checked").map((i) => i.value));
        for (const f of findings) f.hidden = !(severities.has(f.dataset.severity) && \#
    codes.has(f.dataset.code));
        for (const m of marks) {
          const ids = m.dataset.findings.split(" ");
          m.classList.toggle("muted", ids.every((id) => !byId.has(id) || byId.get(id).hidden));
        }
        let count = 0;
        for (const r of rows) {
          const any = r.querySelector(".finding:not([hidden])") !== null;
          r.hidden = onlyFindings.checked && !any;
          if (!r.hidden) count += 1;
        }
        visible = findings.filter((f) => !f.hidden && !(f.closest("tr") || {}).hidden);
        shown.textContent = count + " of " + rows.length + " units, " + visible.length + " of " + \#
    findings.length + " findings shown";
      }

      function select(finding) {
        for (const f of all(".finding.current")) f.classList.remove("current");
        for (const r of all("tr.unit.current")) r.classList.remove("current");
        for (const m of all("mark.focus")) m.classList.remove("focus");
        finding.classList.add("current");
        const row = finding.closest("tr.unit");
        if (row) {
          row.classList.add("current");
          history.replaceState(null, "", "#" + row.id);
          for (const m of all("mark[data-findings]", row)) {
            if (m.dataset.findings.split(" ").includes(finding.id)) m.classList.add("focus");
          }
        }
        finding.focus({ preventScroll: true });
        (row || finding).scrollIntoView({ block: "center", behavior: "smooth" });
      }

      function step(direction) {
        if (visible.length === 0) return;
        const current = visible.indexOf(document.querySelector(".finding.current"));
        const next = current < 0
          ? (direction > 0 ? 0 : visible.length - 1)
          : (current + direction + visible.length) % visible.length;
        select(visible[next]);
      }

      document.getElementById("filters").addEventListener("change", apply);
      for (const b of all("button[data-step]")) b.addEventListener("click", () => \#
    step(Number(b.dataset.step)));
      for (const f of findings) f.addEventListener("click", () => select(f));
      document.addEventListener("keydown", (event) => {
        if (event.ctrlKey || event.metaKey || event.altKey) return;
        if (event.target.matches && event.target.matches("input[type=text], input[type=search], \#
    textarea")) return;
        if (event.key === "j" || event.key === "n") { step(1); event.preventDefault(); }
        else if (event.key === "k" || event.key === "p") { step(-1); event.preventDefault(); }
        else if (event.key === "f") { onlyFindings.checked = !onlyFindings.checked; apply(); \#
    event.preventDefault(); }
      });
      apply();
    })();

    """#
}
