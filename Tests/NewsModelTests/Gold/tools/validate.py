#!/usr/bin/env python3
"""Validate the hand-written gold annotations (never produces them).

Checks every Gold/{seeds,bbc,bbc-heldout*}/*.json against its article:
  * the JSON shape (keys, kinds, topic slugs, types);
  * each `text` occurs verbatim on line `line` of the article;
  * the character just before the text is an opening quote mark and the one just after is a
    closing mark (a warning, not an error: a missing opening mark is a legitimate case);
  * quotes are listed in file order;
  * coverage: every double quote mark of the article touches an annotated quote, and every
    span in single quote marks is listed for review (warnings).

Usage: python3 Tests/NewsModelTests/Gold/tools/validate.py [-v] [json ...]   (exit 1 on errors;
-v also lists the quotes left open because their paragraph continues in a new quote)
"""
import json
import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
ROOT = GOLD.parent.parent.parent
SEEDS = ROOT / "corpus"
BBC = ROOT.parent / "shared" / "corpus" / "bbc"

TOPICS = set("""taiwan ukraine russia north-korea south-china-sea trade fentanyl human-rights
military-contacts balloon economy technology climate elections immigration health education crime
terrorism iraq european-union taxes jobs sport film music media""".split())
KINDS = {"direct", "partial", "fragment"}
QUOTE_KEYS = {"text", "speaker", "kind", "topics", "line", "speakerAliases"}
OPENING = set('"“‘\'')
CLOSING = set('"”’\'')
DOUBLE = set('"“”')


def read_article(path):
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def article_path(json_path, file_field):
    if json_path.parent.name == "seeds":
        return SEEDS / file_field
    return BBC / file_field


def locate(row, text, start):
    """Column of `text` on `row` at or after `start`, preferring an occurrence inside marks."""
    found = [m.start() for m in re.finditer(re.escape(text), row) if m.start() >= start]
    for col in found:
        if col > 0 and row[col - 1] in OPENING:
            return col
    return found[0] if found else row.find(text)


def check(json_path):
    errors, warnings, notes = [], [], []
    doc = json.loads(json_path.read_text(encoding="utf-8"))
    if set(doc) != {"file", "quotes"}:
        errors.append(f"top-level keys {sorted(doc)}")
    file_field = doc.get("file", "")
    expected = (json_path.stem + ".txt" if json_path.parent.name == "seeds"
                else json_path.stem.replace("-", "/", 1) + ".txt")
    if file_field != expected:
        errors.append(f"file field {file_field!r}, expected {expected!r}")
    path = article_path(json_path, file_field)
    if not path.exists():
        return [f"missing article {path}"], warnings, notes, {}
    lines = read_article(path).split("\n")
    consumed = set()  # (line, column) of marks touching an annotated quote
    last = (0, -1)
    stats = {"quotes": 0, "direct": 0, "partial": 0, "fragment": 0, "null": 0}
    for i, q in enumerate(doc.get("quotes", [])):
        tag = f"#{i} {q.get('text', '')[:40]!r}"
        extra = set(q) - QUOTE_KEYS
        missing = (QUOTE_KEYS - {"speakerAliases"}) - set(q)
        if extra or missing:
            errors.append(f"{tag}: keys extra={sorted(extra)} missing={sorted(missing)}")
            continue
        text, line, kind, speaker = q["text"], q["line"], q["kind"], q["speaker"]
        stats["quotes"] += 1
        stats[kind] = stats.get(kind, 0) + 1
        if speaker is None:
            stats["null"] += 1
        if kind not in KINDS:
            errors.append(f"{tag}: kind {kind!r}")
        if not (speaker is None or (isinstance(speaker, str) and speaker.strip())):
            errors.append(f"{tag}: speaker {speaker!r}")
        aliases = q.get("speakerAliases")
        if aliases is not None and (speaker is None or not all(isinstance(a, str) and a for a in aliases)):
            errors.append(f"{tag}: speakerAliases {aliases!r}")
        if kind == "fragment" and speaker is not None:
            warnings.append(f"{tag}: fragment with a speaker")
        bad = [t for t in q["topics"] if t not in TOPICS]
        if bad or len(set(q["topics"])) != len(q["topics"]):
            errors.append(f"{tag}: topics {q['topics']}")
        if not isinstance(text, str) or not text or text != text.strip():
            errors.append(f"{tag}: empty text or surrounding blanks")
            continue
        if not isinstance(line, int) or not 1 <= line <= len(lines):
            errors.append(f"{tag}: line {line!r} out of range")
            continue
        row = lines[line - 1]
        col = locate(row, text, last[1] + 1 if last[0] == line else 0)
        if col < 0:
            where = [n + 1 for n, l in enumerate(lines) if text in l]
            errors.append(f"{tag}: not on line {line} (found on {where})")
            continue
        if row.count(text) > 1 and not (col > 0 and row[col - 1] in OPENING):
            warnings.append(f"{tag}: occurs {row.count(text)} times on line {line}, none in marks")
        if (line, col) <= last:
            errors.append(f"{tag}: out of file order")
        last = (line, col)
        start = col
        while start > 0 and row[start - 1] == " ":  # `" very important"`: a blank inside the mark
            start -= 1
        before = row[start - 1] if start > 0 else ""
        end = col + len(text)
        after = row[end] if end < len(row) else ""
        if before in OPENING:
            consumed.add((line, start - 1))
        else:
            warnings.append(f"{tag}: no opening mark before it (line {line}: ...{row[max(0, col - 20):col]!r})")
        if after in CLOSING:
            consumed.add((line, end))
        elif after == "" or row[end:end + 2] in (' "', ' “'):
            notes.append(f"{tag}: unclosed, the paragraph continues ({row[end:end + 20]!r}...)")
        else:
            warnings.append(f"{tag}: no closing mark after it ({row[end:end + 20]!r}...)")
    for n, row in enumerate(lines, 1):
        for c, ch in enumerate(row):
            if ch in DOUBLE and (n, c) not in consumed:
                warnings.append(f"unannotated mark line {n}:{c}: {row[max(0, c - 30):c + 30]!r}")
        for m in re.finditer(r"(?:(?<=^)|(?<=[\s(\[\"“]))['‘](?=\w)", row):
            if (n, m.start()) not in consumed:
                warnings.append(f"single-quote span? line {n}: {row[m.start():m.start() + 50]!r}")
    return errors, warnings, notes, stats


def main(argv):
    verbose = "-v" in argv
    argv = [a for a in argv if a != "-v"]
    files = [Path(a) for a in argv] or sorted(GOLD.glob("seeds/*.json")) + sorted(GOLD.glob("bbc/*.json")) + sorted(GOLD.glob("bbc-heldout*/*.json"))
    total_errors = 0
    totals = {}
    for jp in files:
        errors, warnings, notes, stats = check(jp.resolve())
        if not verbose:
            notes = []
        for k, v in stats.items():
            totals[k] = totals.get(k, 0) + v
        if errors or warnings or notes:
            print(f"== {jp.name}")
        for n in notes:
            print(f"  note  {n}")
        for e in errors:
            print(f"  ERROR {e}")
        for w in warnings:
            print(f"  warn  {w}")
        total_errors += len(errors)
    print(f"{len(files)} files, {total_errors} errors; {totals}")
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
