#!/usr/bin/env python3
"""Fails when a stage of the library uses a type declared by a stage that comes after it.

The stages of Sources/Diptych and the order in which they may look: a folder may use what the
folders before it declare, never what a later one declares. The check reads declarations and
identifiers as text (comments and string literals removed), which is enough for Swift type
names: they are capitalized and unique in the module.

    python3 Tools/check-stage-dependencies.py [--list]
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "Sources" / "Diptych"
# Each entry: a stage and the stages it may use (besides itself). Text, Model and Parallel are the
# ground.
ORDER = ["Text", "Model", "Parallel", "Read", "Segment", "Align", "Check", "Pipeline", "Evaluate", "Write", "Batch"]

DECL = re.compile(r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|fileprivate|private|final|indirect|nonisolated)\s+)*"
                  r"(?:struct|enum|class|protocol|actor|typealias)\s+([A-Z]\w*)", re.M)
COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
STRING = re.compile(r'#*"""(?:.|\n)*?"""#*|"(?:\\.|[^"\\\n])*"')
IDENT = re.compile(r"\b[A-Z]\w*\b")


def stage_of(path: pathlib.Path) -> str:
    return path.relative_to(ROOT).parts[0]


def main() -> int:
    files = [p for p in ROOT.rglob("*.swift")]
    owner = {}
    for path in files:
        for name in DECL.findall(path.read_text(encoding="utf-8")):
            owner.setdefault(name, stage_of(path))
    unknown = sorted({stage_of(p) for p in files} - set(ORDER))
    if unknown:
        print(f"check-stage-dependencies: folders not in ORDER: {', '.join(unknown)}")
        return 1
    rank = {stage: i for i, stage in enumerate(ORDER)}
    violations = []
    for path in sorted(files):
        stage = stage_of(path)
        text = STRING.sub('""', COMMENT.sub("", path.read_text(encoding="utf-8")))
        for name in sorted(set(IDENT.findall(text))):
            used = owner.get(name)
            if used and rank[used] > rank[stage]:
                violations.append(f"{path.relative_to(ROOT.parent.parent)}: {stage} uses {name} from {used}")
    for line in violations:
        print(line)
    print(f"{len(violations)} backward dependencies among {len(files)} files")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
