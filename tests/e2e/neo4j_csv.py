#!/usr/bin/python3
# The neo4j-admin archive (-f neo4j-csv) read as neo4j-admin would: Python's
# tarfile and csv modules check the members, the header conventions of
# `neo4j-admin database import full` (iri:ID, :LABEL, :START_ID, :END_ID,
# :TYPE, typed columns, U+001F between array elements) and every field
# against its column type; rdflib reads the N-Quads of the same input, and
# nodes per label, relationships per type, labels, texts and stances must
# agree. import.sh is run with a stand-in neo4j-admin that records its
# arguments.
#
# Environment as for the other end-to-end tests: STANCEGRAPH_BIN,
# SOURCE_DIR, SHARED_DIR (see checks.py and lib.sh).
import csv
import datetime
import io
import os
import re
import stat
import subprocess
import sys
import tarfile
import tempfile

try:
    import rdflib
except ImportError:
    print("FAIL python3-rdflib is missing; run scripts/install-deps.sh --test")
    print("0 passed, 1 failed")
    sys.exit(1)

from checks import SHARED, SOURCE, check, finish
import checks
SG = "https://w3id.org/stancegraph/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SEP = "\x1f"
ACTORS = {"State", "Organization", "ArmedForce", "Person", "ActorGroup"}
PROV = "http://www.w3.org/ns/prov#"
LINKS = {
    SG + "actor": "ACTOR", SG + "target": "TARGET", SG + "location": "LOCATION",
    SG + "attributedTo": "ATTRIBUTED_TO", SG + "reportedBy": "REPORTED_BY", SG + "inReport": "IN_REPORT",
    SG + "cites": "CITES", SG + "partOf": "PART_OF", SG + "forceOf": "FORCE_OF", SG + "locatedIn": "LOCATED_IN",
    SG + "holdsPosition": "HOLDS_POSITION", SG + "positionIn": "POSITION_IN",
    "http://www.w3.org/ns/prov#wasDerivedFrom": "DERIVED_FROM", SG + "extractedBy": "EXTRACTED_BY",
}
# neo4j-admin's column types (Neo4j 5 operations manual, "CSV header format").
TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
         "localtime", "time", "localdatetime", "datetime", "duration"}

def build(args, fmt):
    return checks.build([*args, "-f", fmt, "-o", "-"])


def read_csv(data):
    # As neo4j-admin reads it by default: RFC 4180, comma, double quotes.
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline=""), strict=True))


def typed(header):
    """name, type, is_array for a property column."""
    m = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*)(?::([a-z]+)(\[\])?)?", header)
    if not m:
        return None
    return m.group(1), m.group(2) or "string", bool(m.group(3))


def parse_field(value, kind):
    if kind in ("long", "int"):
        return int(value)
    if kind == "double":
        return float(value)
    if kind == "boolean":
        if value not in ("true", "false"):
            raise ValueError(f"not a boolean: {value!r}")
        return value == "true"
    if kind == "date":
        return datetime.date.fromisoformat(value).isoformat()
    return value


def table(rows, fixed):
    """Checks the header and types every field; returns (rows as dicts, problems)."""
    header, problems, out = rows[0], [], []
    if header[: len(fixed)] != fixed:
        problems.append(f"header starts {header[:len(fixed)]}, not {fixed}")
    columns = []
    for h in header[len(fixed):]:
        t = typed(h)
        if not t or t[1] not in TYPES:
            problems.append(f"column {h!r} is not name[:type[[]]] with a neo4j-admin type")
        else:
            columns.append((h, *t))
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            problems.append(f"line {n}: {len(row)} fields for {len(header)} columns")
            continue
        d = {h: row[i] for i, h in enumerate(fixed)}
        for i, (h, name, kind, array) in enumerate(columns, start=len(fixed)):
            if row[i] == "":
                continue
            try:
                d[name] = [parse_field(x, kind) for x in row[i].split(SEP)] if array else parse_field(row[i], kind)
            except ValueError as e:
                problems.append(f"line {n}, {h}: {e}")
        out.append(d)
    return out, problems


def compare(name, archive, nq):
    tar = tarfile.open(fileobj=io.BytesIO(archive))
    members = {m.name: m for m in tar.getmembers()}
    expected = ["neo4j-import/nodes.csv", "neo4j-import/relationships.csv", "neo4j-import/constraints.cypher",
                "neo4j-import/import.sh"]
    check(list(members) == expected and all(m.isfile() for m in members.values()),
          f"{name}: the archive holds {', '.join(expected)}", list(members))
    check(members["neo4j-import/import.sh"].mode & stat.S_IXUSR, f"{name}: import.sh is executable")
    data = {k.split("/")[1]: tar.extractfile(m).read() for k, m in members.items()}

    nodes, problems = table(read_csv(data["nodes.csv"]), ["iri:ID", ":LABEL"])
    check(not problems, f"{name}: nodes.csv follows the header conventions and every field fits its column", problems)
    rels, problems = table(read_csv(data["relationships.csv"]), [":START_ID", ":END_ID", ":TYPE"])
    check(not problems, f"{name}: relationships.csv follows the header conventions and every field fits its column",
          problems)
    ids = [n["iri:ID"] for n in nodes]
    check(len(ids) == len(set(ids)), f"{name}: {len(ids)} node IDs, all different")
    dangling = [f"{r[':TYPE']} {r[':START_ID']} -> {r[':END_ID']}" for r in rels
                if r[":START_ID"] not in set(ids) or r[":END_ID"] not in set(ids)]
    check(not dangling, f"{name}: every relationship's ends are nodes", dangling)

    ds = rdflib.ConjunctiveGraph()
    ds.parse(data=nq.decode("utf-8"), format="nquads")
    quads = [(str(s), str(p), o, str(c.identifier)) for s, p, o, c in ds.quads((None, None, None, None))]
    types, graph_of = {}, {}
    for s, p, o, g in quads:
        if p == RDF_TYPE and (str(o).startswith(SG) or str(o).startswith(PROV)):
            types.setdefault(s, set()).add(str(o).rsplit("#", 1)[-1])
            if g.startswith("https://"):
                graph_of[s] = g
    summaries = {s for s, t in types.items() if "StanceSummary" in t}

    want = {}
    for s in {q[0] for q in quads} - summaries:
        t = types.get(s, set())
        labels = set(t) | {"Resource"} | ({"Organization"} if "ArmedForce" in t else set())
        labels |= {"Actor"} if t & ACTORS else set()
        for label in labels:
            want[label] = want.get(label, 0) + 1
    got = {}
    for n in nodes:
        for label in n[":LABEL"].split(SEP):
            got[label] = got.get(label, 0) + 1
    check(want == got and got.get("Assertion", 0) > 0, f"{name}: nodes per :LABEL equal the RDF classes",
          [f"{k}: RDF {want.get(k, 0)}, CSV {got.get(k, 0)}" for k in sorted(set(want) | set(got))
           if want.get(k) != got.get(k)])

    pairs = {(LINKS[p], s, str(o)) for s, p, o, g in quads if p in LINKS and s not in summaries}
    pairs |= {("IN_REPORT", s, graph_of[s]) for s, t in types.items() if "Assertion" in t and s in graph_of}
    targeted = {s for s, p, o, g in quads if s in summaries and p == SG + "target"}
    csv_pairs = {(r[":TYPE"], r[":START_ID"], r[":END_ID"]) for r in rels if r[":TYPE"] != "STANCE"}
    check(pairs == csv_pairs, f"{name}: {len(pairs)} relationships, the RDF links between the same nodes",
          [f"RDF only: {x}" for x in sorted(pairs - csv_pairs)] + [f"CSV only: {x}" for x in sorted(csv_pairs - pairs)])

    by_iri = {n["iri:ID"]: n for n in nodes}
    wrong = []
    for s, p, o, g in quads:
        local = {"http://www.w3.org/2000/01/rdf-schema#label": "label", SG + "text": "text", SG + "topic": "topic",
                 SG + "date": "date", SG + "negated": "negated"}.get(p)
        if local and s not in summaries:
            value = o.toPython()
            value = value.isoformat() if isinstance(value, datetime.date) else value
            if by_iri.get(s, {}).get(local) != value:
                wrong.append(f"{s} {local}: want {value!r}, got {by_iri.get(s, {}).get(local)!r}")
        if p == "http://www.w3.org/2004/02/skos/core#altLabel" and str(o) not in by_iri.get(s, {}).get("altLabels", []):
            wrong.append(f"{s} altLabels: {str(o)!r} missing")
    check(not wrong, f"{name}: labels, altLabels, texts, topics, dates and polarity come back as written", wrong)

    stances = {r["iri"]: r for r in rels if r[":TYPE"] == "STANCE"}
    bad = []
    for s in targeted:
        r = stances.get(s)
        facts = {p: o for q, p, o, g in quads if q == s}
        members = sorted(str(o) for q, p, o, g in quads if q == s and p == SG + "summarizes")
        if not r:
            bad.append(f"no STANCE for {s}")
        elif (r[":START_ID"], r[":END_ID"], r["count"], r["negated"], sorted(r["assertions"])) != (
                str(facts[SG + "actor"]), str(facts[SG + "target"]), int(facts[SG + "assertionCount"]),
                facts[SG + "negated"].toPython(), members):
            bad.append(f"{s}: {r}")
    check(not bad and len(stances) == len(targeted), f"{name}: {len(stances)} STANCE relationships carry their summaries",
          bad)

    multiline = any("\n" in f or "\r" in f for f in data["nodes.csv"].decode().split('"')[1::2])
    script = data["import.sh"].decode()
    check(("--multiline-fields=true" in script) == multiline,
          f"{name}: import.sh asks for multi-line fields exactly when a value holds a line break")
    check("REQUIRE n.iri IS UNIQUE" in data["constraints.cypher"].decode(), f"{name}: constraints.cypher makes iri unique")
    return data


seed = os.path.join(SHARED, "seed", "000_5f64971f44c3bd14.txt")
corpora = [
    ("seed", [seed, "--date", "2025-09-04"]),
    ("examples", sorted(os.path.join(SOURCE, "examples", "reports", f)
                        for f in os.listdir(os.path.join(SOURCE, "examples", "reports")) if f.endswith(".txt"))),
    ("awkward", [os.path.join(SOURCE, "tests", "data", "awkward", "2025-01-10_awkward-urls-and-literals.txt")]),
]
for name, args in corpora:
    if name == "seed" and not os.path.exists(seed):
        print(f"skipped: the seed ({seed}) is not there (no ../shared beside the checkout)")
        continue
    archive = build(args, "neo4j-csv")
    check(build(args, "neo4j-csv") == archive, f"{name}: the same input gives the same bytes")
    data = compare(name, archive, build(args, "nquads"))

# import.sh, run with a stand-in neo4j-admin that records where it ran and with what.
with tempfile.TemporaryDirectory() as tmp:
    tarfile.open(fileobj=io.BytesIO(archive)).extractall(tmp)
    fake = os.path.join(tmp, "neo4j-admin")
    with open(fake, "w") as f:
        f.write('#!/bin/sh\npwd > "$RECORD"\nfor a in "$@"; do echo "$a"; done >> "$RECORD"\n')
    os.chmod(fake, 0o755)
    record = os.path.join(tmp, "record")
    r = subprocess.run(["sh", os.path.join(tmp, "neo4j-import", "import.sh"), "stances", "--overwrite-destination"],
                       env={**os.environ, "NEO4J_ADMIN": fake, "RECORD": record}, cwd="/", capture_output=True)
    lines = open(record).read().split("\n") if os.path.exists(record) else []
    check(r.returncode == 0 and lines[:9] == [
        os.path.realpath(os.path.join(tmp, "neo4j-import")), "database", "import", "full", "stances",
        "--nodes=nodes.csv", "--relationships=relationships.csv", "--array-delimiter=U+001F",
        "--overwrite-destination"], "import.sh runs `neo4j-admin database import full DB` beside the files, "
          "database first, then its options and yours", lines + [r.stderr.decode()])

finish()
