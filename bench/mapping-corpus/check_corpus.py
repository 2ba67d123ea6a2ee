#!/usr/bin/env python3
"""Validate the column-mapping benchmark corpus.

Usage: python3 check_corpus.py [--fields PATH] [--quiet]

Checks every case file under dev/ and holdout/:
  * the file is valid JSON with the keys id, system, language, target, csv, expected
    (notes optional) and its id equals the file name;
  * ids are unique across both sets;
  * the target is one of the targets listed in the fields file;
  * the csv parses (RFC 4180, Python's csv module in strict mode) with exactly one of
    the delimiters , ; TAB | so that every row has the header's column count;
  * the header names are unique, there are 4 to 8 data rows and no blank rows;
  * every header is a key of `expected` and every key of `expected` is a header;
  * each value of `expected` is null or a field key of the case's target, and no field
    key is used twice in one case.
Exits 1 and lists the problems if any check fails; prints counts otherwise.
"""
import argparse
import collections
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ("dev", "holdout")
DELIMITERS = (",", ";", "\t", "|")
REQUIRED = ("id", "system", "language", "target", "csv", "expected")
ALLOWED = set(REQUIRED) | {"notes"}


def load_fields(path):
    """Parse the fields markdown: '## target-id (Label)' then '- `key` — ...' lines."""
    targets = {}
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^##\s+(\S+)", line)
            if m:
                current = m.group(1)
                targets[current] = set()
                continue
            m = re.match(r"^-\s+`([^`]+)`", line)
            if m and current:
                targets[current].add(m.group(1))
    return targets


def parse_csv(text, delim):
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True))
    except csv.Error:
        return None
    return rows


def check_case(path, case, targets, errors):
    name = os.path.basename(path)

    def err(msg):
        errors.append(f"{name}: {msg}")

    if not isinstance(case, dict):
        err("top level is not an object")
        return None
    for k in REQUIRED:
        if k not in case:
            err(f"missing key {k!r}")
    extra = set(case) - ALLOWED
    if extra:
        err(f"unexpected keys {sorted(extra)}")
    if any(k not in case for k in REQUIRED):
        return None
    if case["id"] + ".json" != name:
        err(f"id {case['id']!r} does not match the file name")
    for k in ("id", "system", "language", "target", "csv"):
        if not isinstance(case[k], str) or not case[k]:
            err(f"{k} must be a non-empty string")
    if "notes" in case and not isinstance(case["notes"], str):
        err("notes must be a string")
    expected = case["expected"]
    if not isinstance(expected, dict):
        err("expected must be an object")
        return None
    target = case["target"]
    if target not in targets:
        err(f"unknown target {target!r}")
        return None

    fields = targets[target]
    used = collections.Counter()
    for h, f in expected.items():
        if f is None:
            continue
        if not isinstance(f, str):
            err(f"expected[{h!r}] must be a string or null")
            continue
        if f not in fields:
            err(f"expected[{h!r}] = {f!r} is not a field of {target}")
        used[f] += 1
    for f, n in used.items():
        if n > 1:
            err(f"field {f!r} is mapped from {n} columns")
    if not used:
        err("no column maps to a field")

    # CSV: find the delimiter that gives a consistent table whose header matches expected.
    text = case["csv"]
    candidates = []
    for d in DELIMITERS:
        rows = parse_csv(text, d)
        if not rows or len(rows[0]) < 2:
            continue
        if set(rows[0]) != set(expected) or len(rows[0]) != len(expected):
            continue
        if all(len(r) == len(rows[0]) for r in rows):
            candidates.append((d, rows))
    if len(candidates) != 1:
        # Explain what went wrong with the most plausible delimiter.
        best = None
        for d in DELIMITERS:
            rows = parse_csv(text, d)
            if rows and (best is None or len(rows[0]) > len(best[1][0])):
                best = (d, rows)
        if best is None:
            err("csv does not parse")
            return None
        d, rows = best
        header = rows[0]
        if len(candidates) > 1:
            err("csv is consistent with several delimiters: " + ", ".join(repr(c[0]) for c in candidates))
        counts = collections.Counter(len(r) for r in rows)
        if len(counts) > 1:
            err(f"inconsistent column counts with delimiter {d!r}: {dict(counts)}")
        missing = [h for h in header if h not in expected]
        if missing:
            err(f"headers missing from expected: {missing}")
        unknown = [k for k in expected if k not in header]
        if unknown:
            err(f"expected keys that are not headers: {unknown}")
        if len(set(header)) != len(header):
            err("duplicate header names")
        return None
    delim, rows = candidates[0]
    header, data = rows[0], rows[1:]
    if len(set(header)) != len(header):
        err("duplicate header names")
    if not 4 <= len(data) <= 8:
        err(f"{len(data)} data rows (want 4 to 8)")
    for i, r in enumerate(data, 2):
        if all(v == "" for v in r):
            err(f"row {i} is blank")

    return delim


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fields", default=os.path.join(HERE, "target-fields.md"))
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()

    targets = load_fields(args.fields)
    if not targets:
        print(f"no targets found in {args.fields}")
        return 1
    errors = []
    seen = {}
    stats = collections.defaultdict(collections.Counter)
    mapped_cols = collections.Counter()
    null_cols = collections.Counter()
    total = 0
    for s in SETS:
        d = os.path.join(HERE, s)
        if not os.path.isdir(d):
            errors.append(f"missing folder {s}/")
            continue
        for name in sorted(os.listdir(d)):
            path = os.path.join(d, name)
            if not name.endswith(".json"):
                errors.append(f"{s}/{name}: not a .json file")
                continue
            try:
                with open(path, encoding="utf-8") as f:
                    case = json.load(f)
            except (ValueError, UnicodeDecodeError) as e:
                errors.append(f"{s}/{name}: invalid JSON ({e})")
                continue
            cid = name[:-5]
            if cid in seen:
                errors.append(f"{s}/{name}: id also in {seen[cid]}/")
            seen[cid] = s
            delim = check_case(path, case, targets, errors)
            if not isinstance(case, dict) or "target" not in case:
                continue
            total += 1
            stats["set"][s] += 1
            stats["target"][(case["target"], s)] += 1
            stats["language"][(case.get("language"), s)] += 1
            if delim:
                stats["delimiter"][{"\t": "TAB"}.get(delim, delim)] += 1
            for v in case.get("expected", {}).values():
                (mapped_cols if v else null_cols)[s] += 1

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} problem(s) in {total} case(s)")
        return 1
    if not args.quiet:
        print(f"{total} cases OK ({stats['set']['dev']} dev, {stats['set']['holdout']} holdout)")
        print("columns: %d mapped, %d null" % (sum(mapped_cols.values()), sum(null_cols.values())))
        for key in ("target", "language"):
            names = sorted({k for k, _ in stats[key]}, key=str)
            print(f"\nper {key}:  dev  holdout  total")
            for n in names:
                dv, ho = stats[key][(n, "dev")], stats[key][(n, "holdout")]
                print(f"  {str(n):28s} {dv:4d} {ho:8d} {dv + ho:6d}")
        print("\ndelimiters:", dict(stats["delimiter"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
