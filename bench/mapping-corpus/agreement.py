#!/usr/bin/env python3
"""How often two careful annotators agree on the corpus's expected mappings.

Usage: python3 agreement.py

agreement/<id>.json holds a second, blind labelling of a sample of dev/ cases: a separate
annotator saw each case's system, target, csv and headers (not `expected`), read only README.md
and target-fields.md, and wrote the field for every header, marking those it found ambiguous
("unsure"). This prints the share of columns on which the two labellings agree: the ceiling
against which the engine's accuracy can be read.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    columns = agreed = unsure = unsure_agreed = cases_agreed = 0
    files = sorted(glob.glob(os.path.join(HERE, "agreement", "*.json")))
    if not files:
        sys.exit("no second labelling in agreement/")
    for path in files:
        second = json.load(open(path, encoding="utf-8"))
        case = json.load(open(os.path.join(HERE, "dev", f"{second['id']}.json"), encoding="utf-8"))
        if set(second["expected"]) != set(case["expected"]):
            sys.exit(f"{second['id']}: the second labelling does not cover the same headers")
        same = True
        for header, field in case["expected"].items():
            columns += 1
            ok = second["expected"][header] == field
            agreed += ok
            same &= ok
            if header in second.get("unsure", []):
                unsure += 1
                unsure_agreed += ok
        cases_agreed += same
    print(f"{len(files)} cases, {columns} columns labelled twice")
    print(f"columns agreed: {agreed} ({100 * agreed / columns:.1f}%); cases agreed in full: {cases_agreed} ({100 * cases_agreed / len(files):.1f}%)")
    print(f"columns the second annotator marked ambiguous: {unsure}, agreed on {unsure_agreed}; the others: {100 * (agreed - unsure_agreed) / (columns - unsure):.1f}% agreed")


if __name__ == "__main__":
    main()
