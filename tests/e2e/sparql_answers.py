#!/usr/bin/env python3
"""SPARQL SELECT results as the answer files of queries/expected/ hold them.

    sparql_answers.py tsv RESULTS
        prints RESULTS (SPARQL 1.1 Query Results in JSON or XML, as Oxigraph,
        roqet and Virtuoso's endpoint write them) as an answer file.
    sparql_answers.py compare [--headless-empty] RESULTS EXPECTED.tsv
        exits 0 when RESULTS give exactly the rows of EXPECTED.tsv together
        with those of EXPECTED.wrong.tsv beside it (if there is one), else
        prints what differs and exits 1. EXPECTED.wrong.tsv holds the rows
        the extraction gives today although the reports do not support
        them: known extraction errors, kept apart so that the answer files
        hold only what a reader of the reports would answer.
        --headless-empty accepts an empty answer without variable names
        (roqet writes none when there is no solution).

An answer file (queries/README.md describes it) is TSV: a header row of the
variable names in SELECT order, then one line per solution, sorted by
code point, duplicates kept. A value is an IRI in full, a literal's lexical
form without quotes, datatype or language tag, or nothing when unbound;
a backslash, tab, line feed or carriage return in a value is written \\\\,
\\t, \\n or \\r.

Engines differ in how they spell the same value, and only that is evened
out, by datatype: an xsd:boolean is written "true" or "false" (Virtuoso
says 1 and 0), an xsd:integer without sign or leading zeros. Anything else
is compared as the engine gives it.
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

XSD = "http://www.w3.org/2001/XMLSchema#"
RES = "{http://www.w3.org/2005/sparql-results#}"


def canonical(value, datatype):
    if datatype == XSD + "boolean":
        return {"1": "true", "0": "false"}.get(value.strip(), value.strip())
    if datatype == XSD + "integer":
        try:
            return str(int(value))
        except ValueError:
            return value
    return value


def escape(value):
    return (value.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def from_json(doc):
    variables = doc["head"]["vars"]
    rows = []
    for b in doc["results"]["bindings"]:
        row = []
        for v in variables:
            term = b.get(v)
            if term is None:
                row.append("")
            elif term["type"] == "bnode":
                row.append("_:" + term["value"])
            elif term["type"] == "uri":
                row.append(term["value"])
            else:
                row.append(canonical(term["value"], term.get("datatype")))
        rows.append(row)
    return variables, rows


def from_xml(text):
    root = ET.fromstring(text)
    variables = [v.get("name") for v in root.iter(RES + "variable")]
    rows = []
    for result in root.iter(RES + "result"):
        values = {}
        for b in result.findall(RES + "binding"):
            term = list(b)[0]
            kind = term.tag[len(RES):]
            if kind == "bnode":
                values[b.get("name")] = "_:" + (term.text or "")
            elif kind == "uri":
                values[b.get("name")] = term.text or ""
            else:
                values[b.get("name")] = canonical(term.text or "", term.get("datatype"))
        rows.append([values.get(v, "") for v in variables])
    return variables, rows


def answer_lines(path):
    """The header and the sorted rows of a results file, as answer-file lines."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    variables, rows = from_json(json.loads(text)) if text.lstrip().startswith("{") else from_xml(text)
    return "\t".join(variables), sorted("\t".join(escape(v) for v in row) for row in rows)


def read_answer(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return (lines[0] if lines else ""), lines[1:]


def compare(results, expected, headless_empty=False):
    header, got = answer_lines(results)
    if headless_empty and header == "" and not got:
        header = read_answer(expected)[0]
    want_header, want = read_answer(expected)
    wrong_path = expected[:-len(".tsv")] + ".wrong.tsv"
    wrong = []
    if os.path.exists(wrong_path):
        wrong_header, wrong = read_answer(wrong_path)
        if wrong_header != want_header:
            print(f"{wrong_path}: header {wrong_header!r} differs from {want_header!r}")
            return 1
        want = sorted(want + wrong)
    if header == want_header and got == want:
        return 0
    if header != want_header:
        print(f"columns: got {header!r}, expected {want_header!r}")
    missing, extra = list(want), []
    for row in got:
        if row in missing:
            missing.remove(row)
        else:
            extra.append(row)
    for row in missing[:8]:
        fixed = " (a known error of " + os.path.basename(wrong_path) + " no longer made: drop it there)" if row in wrong else ""
        print("missing: " + row[:300] + fixed)
    for row in extra[:8]:
        print("extra:   " + row[:300])
    if len(missing) > 8 or len(extra) > 8:
        print(f"({len(missing)} missing, {len(extra)} extra in all)")
    return 1


def main(argv):
    if len(argv) == 3 and argv[1] == "tsv":
        header, rows = answer_lines(argv[2])
        sys.stdout.write("\n".join([header] + rows) + "\n")
        return 0
    if len(argv) == 4 and argv[1] == "compare":
        return compare(argv[2], argv[3])
    if len(argv) == 5 and argv[1] == "compare" and argv[2] == "--headless-empty":
        return compare(argv[3], argv[4], headless_empty=True)
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
