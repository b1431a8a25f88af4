#!/usr/bin/python3
# Event data (docs/event-data.md) read as researchers read it: the CSV and
# TSV with Python's csv module and with pandas (Debian python3-pandas), the
# PLOVER JSON Lines with Python's json module (and pandas), against the
# graph the same reports give as N-Quads, read by rdflib:
#   - as many PLOVER records as the graph has assertions, and as many table
#     rows as their actor-target pairs (an assertion without a target, or
#     without an actor, still one row per actor, or one row);
#   - every event a PLOVER event type or one of ours (STATEMENT, ADVANCE),
#     every state code a real ISO 3166-1 alpha-3 code (Debian iso-codes'
#     list, not the project's own table) paired with its alpha-2 code;
#   - each record's actors, targets, date, polarity and sentence are the
#     graph's;
#   - the same bytes from `build REPORTS -f csv` and from `build --merge
#     graph.nq -f csv` (and for tsv and plover), and from -o's extensions;
#   - the programs of docs/event-data.md run, and the worked question's
#     print what the page shows (the R ones only where R is installed);
#   - csv and pandas read the same cells, and the TSV holds the CSV's rows;
#     a sentence with quotes, a comma, a tab and line breaks (in a merged
#     graph: reports never keep tabs) comes back whole from every reader.
# The examples and the awkward report always; the seed and PLOVER's gold
# standard sentences when ../shared is there (else it says "skipped" and
# why).
#
# Environment as for the other end-to-end tests: STANCEGRAPH_BIN,
# SOURCE_DIR, SHARED_DIR (see checks.py and lib.sh).
import csv
import io
import json
import os
import re
import shutil
import subprocess
import tempfile

from checks import SHARED, SOURCE, check, finish, give_up
from checks import build as run

try:
    import pandas
    import rdflib
except ImportError as e:
    give_up(f"{e.name} is missing (Debian python3-pandas, python3-rdflib); run scripts/install-deps.sh --test")

ISO_CODES = "/usr/share/iso-codes/json/iso_3166-1.json"
SG = "https://w3id.org/stancegraph/ontology#"

# PLOVER's sixteen event types as stancegraph.ttl names them (the manual's
# DEMAND is REQUEST there), and our own two.
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
OURS = {"STATEMENT", "ADVANCE"}
# PLOVER's non-state actor codes (its manual, "Actor codes").
NON_STATE = {"IGO", "NGO", "ISM", "IMG", "MNC"}
COLUMNS = ["date", "event_type", "plover", "cameo", "negated", "modality", "actor_label", "actor", "actor_type",
           "actor_iso2", "actor_iso3", "actor_code", "actor_sector", "target_label", "target", "target_type",
           "target_iso2", "target_iso3", "target_code", "target_sector", "location_label", "location", "location_iso2",
           "location_iso3", "topic", "quantity", "speaker_label", "speaker", "attribution_verb", "trigger", "sentence",
           "footnotes", "report_title", "report_url", "report_date", "report", "assertion"]

try:
    with open(ISO_CODES, encoding="utf-8") as f:
        ALPHA3 = {c["alpha_2"]: c["alpha_3"] for c in json.load(f)["3166-1"]}
except OSError:
    give_up(f"{ISO_CODES} is missing (Debian iso-codes); run scripts/install-deps.sh --test")
# Kosovo: user-assigned codes, documented in docs/event-data.md; not ISO's.
ALPHA3_OURS = {**ALPHA3, "XK": "XKX"}


def graph_facts(nquads):
    """By assertion IRI: actors, targets, date, negated, sentence texts."""
    g = rdflib.Dataset()
    g.parse(data=nquads.decode("utf-8"), format="nquads")
    facts = {}
    for s, _, _, _ in g.quads((None, rdflib.RDF.type, rdflib.URIRef(SG + "Assertion"), None)):
        facts.setdefault(str(s), {"actors": set(), "targets": set(), "date": "", "negated": False, "texts": set()})
    for s, p, o, _ in g.quads((None, None, None, None)):
        f = facts.get(str(s))
        if f is None:
            continue
        if p == rdflib.URIRef(SG + "actor"):
            f["actors"].add(str(o))
        elif p == rdflib.URIRef(SG + "target"):
            f["targets"].add(str(o))
        elif p == rdflib.URIRef(SG + "date"):
            f["date"] = min(f["date"], str(o)) if f["date"] else str(o)
        elif p == rdflib.URIRef(SG + "negated"):
            f["negated"] = f["negated"] or bool(o.toPython())
        elif p == rdflib.PROV.wasDerivedFrom:
            for _, _, text, _ in g.quads((o, rdflib.URIRef(SG + "text"), None, None)):
                f["texts"].add(str(text))
    return facts


def code_problems(prefix, row, state_types=("State",)):
    """A party's codes: a real alpha-3 paired with its alpha-2; a non-state code otherwise."""
    iso2, iso3, code = row[prefix + "_iso2"], row[prefix + "_iso3"], row.get(prefix + "_code", "")
    out = []
    if iso2 and ALPHA3_OURS.get(iso2) != iso3:
        out.append(f"{prefix} {row[prefix]}: {iso2} -> {iso3!r}, not {ALPHA3_OURS.get(iso2)}")
    if iso3 and iso3 not in ALPHA3.values() and iso3 != "XKX":
        out.append(f"{prefix} {row[prefix]}: {iso3} is not an ISO 3166-1 alpha-3 code")
    if code and code != iso3 and (iso3 or code not in NON_STATE):
        out.append(f"{prefix} {row[prefix]}: code {code!r} is neither its state's alpha-3 nor a non-state code")
    if row.get(prefix + "_type") in state_types and not iso3:
        out.append(f"{prefix} {row[prefix]}: a state without its alpha-3 code")
    return out


def check_table(name, data, facts):
    text = data.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline=""), strict=True))
    header = next(csv.reader(io.StringIO(text, newline="")))
    check(header == COLUMNS, f"{name}: csv reads the documented header", [header])
    want = sum(max(1, len(f["actors"])) * max(1, len(f["targets"])) for f in facts.values())
    check(len(rows) == want, f"{name}: csv reads {len(rows)} rows, one per assertion, actor and target ({want})")
    check({r["assertion"] for r in rows} == set(facts), f"{name}: every assertion of the graph has its rows")

    bad = []
    for r in rows:
        f = facts.get(r["assertion"], {})
        if r["event_type"] not in PLOVER | OURS:
            bad.append(f"{r['assertion']}: event type {r['event_type']}")
        if r["plover"] and r["plover"] not in PLOVER:
            bad.append(f"{r['assertion']}: plover {r['plover']}")
        if not all(re.fullmatch(r"\d\d", c) for c in r["cameo"].split("|")):
            bad.append(f"{r['assertion']}: cameo {r['cameo']!r}")
        if r["date"] != f.get("date", ""):
            bad.append(f"{r['assertion']}: date {r['date']!r}, the graph says {f.get('date')!r}")
        if r["negated"] != ("true" if f.get("negated") else "false"):
            bad.append(f"{r['assertion']}: negated {r['negated']}")
        if (r["actor"] or f["actors"]) and r["actor"] not in f["actors"]:
            bad.append(f"{r['assertion']}: actor {r['actor']} is not one of the graph's")
        if (r["target"] or f["targets"]) and r["target"] not in f["targets"]:
            bad.append(f"{r['assertion']}: target {r['target']} is not one of the graph's")
        if r["sentence"] not in f["texts"]:
            bad.append(f"{r['assertion']}: sentence {r['sentence'][:60]!r} is not the graph's")
        bad += code_problems("actor", r) + code_problems("target", r) + code_problems("location", r, ())
    check(not bad, f"{name}: every row's event, codes, date, polarity, parties and sentence are the graph's", bad)
    pairs = {(r["assertion"], r["actor"], r["target"]) for r in rows}
    want_pairs = {(a, x, t) for a, f in facts.items() for x in (f["actors"] or {""}) for t in (f["targets"] or {""})}
    check(pairs == want_pairs, f"{name}: the rows are exactly the graph's actor-target pairs",
          sorted(pairs ^ want_pairs)[:5])

    # pandas, as docs/event-data.md reads it: the same cells, typed.
    df = pandas.read_csv(io.BytesIO(data), dtype={"cameo": str, "footnotes": str}, keep_default_na=False,
                         parse_dates=["date"])
    check(len(df) == len(rows) and list(df.columns) == COLUMNS, f"{name}: pandas reads {len(df)} rows, the same columns")
    check(df["negated"].dtype == bool, f"{name}: pandas types negated as bool ({df['negated'].dtype})")
    dated = df["date"][df["date"] != ""] if df["date"].dtype == object else df["date"]
    check(str(dated.dtype).startswith("datetime64"), f"{name}: pandas parses the dates ({df['date'].dtype})")
    same = all(df["sentence"].tolist()[i] == rows[i]["sentence"] and df["actor"].tolist()[i] == rows[i]["actor"]
               for i in range(len(rows)))
    check(same, f"{name}: pandas and csv read the same sentences and actors")
    return rows


def check_tsv(name, data, rows):
    tsv = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline=""), dialect="excel-tab", strict=True))
    check(tsv == rows, f"{name}: the TSV holds the CSV's rows, cell for cell ({len(tsv)})")
    df = pandas.read_csv(io.BytesIO(data), sep="\t", dtype=str, keep_default_na=False)
    check(df.to_dict("records") == rows, f"{name}: pandas reads the TSV as the csv module does")


def check_plover(name, data, facts):
    lines = data.decode("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    check(len(records) == len(facts), f"{name}: json reads {len(records)} PLOVER records, one per assertion ({len(facts)})")
    ids = [r["id"] for r in records]
    check(len(set(ids)) == len(ids), f"{name}: every record's id is its own")
    bad = []
    for r in records:
        f = facts.get(r.get("sg_assertion"))
        if f is None:
            bad.append(f"{r.get('id')}: sg_assertion {r.get('sg_assertion')} is no assertion of the graph")
            continue
        if r["event"] not in PLOVER | {"STATEMENT"}:  # ADVANCE is written as the ASSAULT it is
            bad.append(f"{r['id']}: event {r['event']}")
        if r["sg_eventType"] not in PLOVER | OURS:
            bad.append(f"{r['id']}: sg_eventType {r['sg_eventType']}")
        if {a["sg_iri"] for a in r["source"]} != f["actors"] or {a["sg_iri"] for a in r["target"]} != f["targets"]:
            bad.append(f"{r['id']}: source and target are not the graph's actors and targets")
        if r.get("date", "") != f["date"] or r["sg_negated"] != f["negated"] or r.get("text") not in f["texts"]:
            bad.append(f"{r['id']}: date, sg_negated or text is not the graph's")
        if ("negation" in r["mode"]) != f["negated"]:
            bad.append(f"{r['id']}: mode {r['mode']} for negated={f['negated']}")
        for a in r["source"] + r["target"] + r["sg_attributedTo"]:
            if set(a) - {"actorText", "code", "sector", "sg_iri", "sg_type", "sg_iso3166"} or not a["actorText"]:
                bad.append(f"{r['id']}: actor object {a}")
            code = a.get("code", "")
            if a.get("sg_type") == "State" and code not in ALPHA3.values() and code != "XKX":
                bad.append(f"{r['id']}: state {a['actorText']} coded {code!r}, not an ISO 3166-1 alpha-3 code")
            if code and code not in ALPHA3.values() and code not in NON_STATE and code != "XKX":
                bad.append(f"{r['id']}: actor {a['actorText']} coded {code!r}")
            if a.get("sg_iso3166") and ALPHA3_OURS.get(a["sg_iso3166"]) != code:
                bad.append(f"{r['id']}: {a['actorText']}: {a['sg_iso3166']} but code {code!r}")
    check(not bad, f"{name}: every record's event, actors, codes, date, mode and text are the graph's", bad)
    df = pandas.read_json(io.BytesIO(data), lines=True, dtype=False)
    check(len(df) == len(records), f"{name}: pandas reads the JSON Lines too ({len(df)} records)")


def corpus(name, reports, options=()):
    args = [*reports, *options]
    nq = run([*args, "-f", "nquads", "-o", "-"])
    facts = graph_facts(nq)
    check(len(facts) > 0, f"{name}: the graph has {len(facts)} assertions")
    with tempfile.TemporaryDirectory() as tmp:
        graph = os.path.join(tmp, "graph.nq")
        with open(graph, "wb") as f:
            f.write(nq)
        out = {}
        for fmt, ext in (("csv", "csv"), ("tsv", "tsv"), ("plover", "plover.jsonl")):
            out[fmt] = run([*args, "-f", fmt, "-o", "-"])
            merged = run(["--merge", graph, "-f", fmt, "-o", "-"])
            check(merged == out[fmt], f"{name}: build --merge graph.nq -f {fmt} gives the bytes of build REPORTS -f {fmt}")
            path = os.path.join(tmp, "events." + ext)
            run(["--merge", graph, "-o", path])
            with open(path, "rb") as f:
                check(f.read() == out[fmt], f"{name}: -o events.{ext} writes {fmt}")
    rows = check_table(name, out["csv"], facts)
    check_tsv(name, out["tsv"], rows)
    check_plover(name, out["plover"], facts)
    return rows


examples = sorted(os.path.join(SOURCE, "examples", "reports", f)
                  for f in os.listdir(os.path.join(SOURCE, "examples", "reports")) if f.endswith(".txt"))
corpus("examples", examples)
corpus("awkward", [os.path.join(SOURCE, "tests", "data", "awkward", "2025-01-10_awkward-urls-and-literals.txt")])

# A merged graph's sentence with what reports never keep (the reader makes
# a tab or a line break a space): each reader must give it back whole.
HOSTILE = 'Line one,\tthen "two";\nand three\r\nwith \u00e9 and | bars'
with tempfile.TemporaryDirectory() as tmp:
    graph = os.path.join(tmp, "hostile.nq")
    sgq = lambda s, p, o: f"<{s}> <{SG}{p}> {o} <https://example.org/report/1> .\n"
    with open(graph, "w", encoding="utf-8") as f:
        f.write(sgq("https://example.org/a/1", "eventType", f"<{SG}REJECT>") +
                f"<https://example.org/a/1> <{rdflib.RDF.type}> <{SG}Assertion> <https://example.org/report/1> .\n" +
                sgq("https://example.org/a/1", "actor", "<https://example.org/who>") +
                f"<https://example.org/a/1> <{rdflib.PROV.wasDerivedFrom}> <https://example.org/e/1> "
                "<https://example.org/report/1> .\n" +
                f"<https://example.org/e/1> <{rdflib.RDF.type}> <{SG}Evidence> <https://example.org/report/1> .\n" +
                sgq("https://example.org/e/1", "text", json.dumps(HOSTILE, ensure_ascii=True) + "@en"))
    table = run(["--merge", graph, "-f", "csv", "-o", "-"])
    rows = list(csv.DictReader(io.StringIO(table.decode("utf-8"), newline=""), strict=True))
    df = pandas.read_csv(io.BytesIO(table), dtype=str, keep_default_na=False)
    tsv = list(csv.DictReader(io.StringIO(run(["--merge", graph, "-f", "tsv", "-o", "-"]).decode("utf-8"), newline=""),
                              dialect="excel-tab", strict=True))
    record = json.loads(run(["--merge", graph, "-f", "plover", "-o", "-"]))
    got = [rows[0]["sentence"] if rows else None, df["sentence"][0] if len(df) else None,
           tsv[0]["sentence"] if tsv else None, record.get("text")]
    check(got == [HOSTILE] * 4, "a sentence with a comma, a tab, quotes, CR LF and LF: csv, pandas, TSV and json "
          "give it back whole", [repr(g) for g in got])
    check(rows[0]["actor_label"] == "who" and rows[0]["actor_type"] == "",
          "an untyped actor of a foreign graph: its IRI's last segment as label, no type")

# The programs of docs/event-data.md, run on the reports it names: the
# reading examples must run, the worked question must print what the page
# shows. R only when it is there (the project does not install it).
DOC = os.path.join(SOURCE, "docs", "event-data.md")
with open(DOC, encoding="utf-8") as f:
    doc = f.read()


def blocks(section, lang):
    """The (code, output) pairs of ```LANG blocks in a section, the output the ```text block after, or None."""
    part = doc.split("\n## " + section + "\n", 1)[1].split("\n## ", 1)[0]
    found = re.findall(r"```" + lang + r"\n(.*?)```\n(?:\n[^`]*?```text\n(.*?)```)?", part, re.S)
    return [(code, out or None) for code, out in found]


with tempfile.TemporaryDirectory() as tmp:
    reports = [os.path.join(SOURCE, "examples", "reports"), os.path.join(SOURCE, "tests", "data", "corpus")]
    for ext in ("csv", "tsv", "plover.jsonl"):
        run([*reports, "-o", os.path.join(tmp, "events." + ext)])
    rscript = shutil.which("Rscript")
    has_r = rscript and subprocess.run([rscript, "-e", "library(readr); library(dplyr); library(jsonlite)"],
                                       capture_output=True).returncode == 0
    for section in ("Reading them", "A worked question"):
        for lang, command in (("python", ["/usr/bin/python3", "-"]), ("r", [rscript or "Rscript", "-"])):
            found = blocks(section, lang)
            check(found, f"docs/event-data.md, {section}: a {lang} program")
            if lang == "r" and not has_r:
                print(f"skipped: the R programs of '{section}' (Rscript with readr, dplyr and jsonlite is not installed)")
                continue
            for code, want in found:
                r = subprocess.run(command, input=code.encode(), cwd=tmp, capture_output=True)
                got = r.stdout.decode()
                # When the rules change what these reports give, the page's answer goes stale: this says so.
                stale = ["it prints:"] + got.splitlines() + ["(rules changed? paste this into docs/event-data.md and "
                                                             "check the prose around it)"]
                check(r.returncode == 0 and (want is None or got == want),
                      f"docs/event-data.md, {section}: the {lang} program runs" + (", printing what the page shows"
                                                                                  if want else ""),
                      r.stderr.decode().splitlines()[-5:] if r.returncode else stale, most=20)

seed = os.path.join(SHARED, "seed", "000_5f64971f44c3bd14.txt")
if os.path.exists(seed):
    rows = corpus("seed", [seed], ["--date", "2025-09-04"])
    # The seed's negated, planned coercion ("Russia will not restrict..."): both marks in the table.
    check(any(r["negated"] == "true" and r["modality"] == "Planned" for r in rows),
          "seed: a negated, planned assertion keeps both marks")
else:
    print(f"skipped: the seed ({seed}) is not there (no ../shared beside the checkout); the examples were checked")
# PLOVER's own gold standard sentences, one small report each: many states,
# IGOs and persons to code.
gsr = os.path.join(SHARED, "plover-gsr", "records")
if os.path.isdir(gsr):
    corpus("plover-gsr", [gsr], ["--date", "2000-01-01"])
else:
    print(f"skipped: PLOVER's gold standard records ({gsr}) are not there (no ../shared beside the checkout)")

finish()
