#!/usr/bin/python3
"""Scores a stancegraph graph against a gold file of the repository.

usage: score_gold.py GRAPH GOLD [--json]

GOLD is tests/data/corpus.gold.json or tests/data/examples.gold.json:
{"about": ..., "reports": [{"file", "entities", "assertions"}]}, in the
format of the team's seed gold file (its "about" says which keys mean
what). GRAPH is any RDF file rdflib reads (Turtle, N-Triples, N-Quads,
TriG, JSON-LD), read through the data model of DESIGN.md.

An assertion counts for a report when one of its evidence sentences is in
that report's text (the file, found beside the gold file or one folder
up). A gold item matches an assertion on its core (event type or an
accepted alternative, each actor slot, location, polarity, modality, date)
and in full on the rest (targets, quantity, attribution verb and speaker,
topic words, citations). A must_not item matched on its core and topic is
a violation. Entities are found by ISO code (two capitals), "*State" (a
state, or a group of states), or a name among their labels, and must have
the gold type (an armed force is an organization too).

Prints a line per report and the totals; with --json, the totals as
{"total": {...}} for tests/corpus/corpus_gold.sh. Needs rdflib (Debian:
python3-rdflib); run it with /usr/bin/python3.
"""
import json
import os
import re
import sys
import unicodedata

from rdflib import ConjunctiveGraph, Namespace, RDF, RDFS
from rdflib.namespace import SKOS

SG = Namespace("https://w3id.org/stancegraph/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".rdf": "xml"}


def name_key(text):
    """A name as compared: NFKC, typographic apostrophe folded, lower case, no leading "the", one space."""
    t = unicodedata.normalize("NFKC", str(text)).replace("\u2019", "'").lower().strip()
    return re.sub(r"\s+", " ", re.sub(r"^the\s+", "", t))


def letters(text):
    return re.sub(r"[^0-9a-z]", "", name_key(text))


class Graph:
    def __init__(self, path):
        self.g = ConjunctiveGraph()
        self.g.parse(path, format=FORMATS.get(os.path.splitext(path)[1], "turtle"))
        self.types, self.names, self.iso = {}, {}, {}
        for s, o in self.g.subject_objects(RDF.type):
            self.types.setdefault(s, set()).add(o)
        for p in (RDFS.label, SKOS.altLabel, SKOS.prefLabel):
            for s, o in self.g.subject_objects(p):
                self.names.setdefault(s, set()).add(name_key(o))
        for s, o in self.g.subject_objects(SG.iso3166):
            self.iso[str(o).upper()] = s
        self.assertions = [s for s, t in self.types.items() if SG.Assertion in t]

    def values(self, s, p):
        return list(self.g.objects(s, p))

    def nodes(self, key):
        """Every node a gold key may name."""
        if key == "*State":
            return {s for s, t in self.types.items() if SG.State in t} | set(self.g.subjects(SG.memberType, SG.State))
        if re.fullmatch(r"[A-Z]{2}", key):
            return {self.iso[key]} if key in self.iso else set()
        k = name_key(key)
        return {s for s, names in self.names.items() if k in names}

    def typed(self, node, cls):
        t = self.types.get(node, set())
        return SG[cls] in t or (cls == "Organization" and SG.ArmedForce in t)


def in_slot(graph, nodes, slot):
    return any(graph.nodes(k) & set(nodes) for k in slot)


def topic_holds(graph, a, item):
    text = " ".join(name_key(t) for t in graph.values(a, SG.topic))
    return all(name_key(w) in text for w in item.get("topic_words", []))


def core_match(graph, a, item):
    types = {item["type"], *item.get("alt_types", [])}
    if not any(str(t).rsplit("#", 1)[-1] in types for t in graph.values(a, SG.eventType)):
        return False
    actors = graph.values(a, SG.actor)
    if not all(in_slot(graph, actors, slot) for slot in item.get("actors", [])):
        return False
    if "location" in item and not graph.nodes(item["location"]) & set(graph.values(a, SG.location)):
        return False
    negated = any(str(v).lower() in ("true", "1") for v in graph.values(a, SG.negated))
    if negated != item.get("negated", False):
        return False
    modality = {str(m).rsplit("#", 1)[-1] for m in graph.values(a, SG.modality)}
    if modality != ({item["modality"]} if "modality" in item else set()):
        return False
    return "date" not in item or item["date"] in {str(d) for d in graph.values(a, SG.date)}


def full_match(graph, a, item):
    around = graph.values(a, SG.target) + graph.values(a, SG.actor)
    if not all(in_slot(graph, around, slot) for slot in item.get("targets", [])):
        return False
    if "quantity" in item and str(item["quantity"]) not in {str(q) for q in graph.values(a, SG.quantity)}:
        return False
    if "attribution" in item and item["attribution"] not in {name_key(v) for v in graph.values(a, SG.attributionVerb)}:
        return False
    if "attributed_to" in item and not in_slot(graph, graph.values(a, SG.attributedTo), item["attributed_to"]):
        return False
    if not topic_holds(graph, a, item):
        return False
    cited = {str(c) for e in graph.values(a, PROV.wasDerivedFrom) for c in graph.values(e, SG.citation)}
    return all(str(c) in cited for c in item.get("citations", []))


def report_text(gold_path, file):
    here = os.path.dirname(os.path.abspath(gold_path))
    for folder in (here, os.path.dirname(here)):
        path = os.path.join(folder, file)
        if os.path.exists(path):
            return letters(open(path, encoding="utf-8", errors="replace").read())
    sys.exit(f"score_gold.py: {file}: the report of the gold file is not found beside it")


def score(graph, report, text):
    def in_report(a):
        for e in graph.values(a, PROV.wasDerivedFrom):
            for sentence in graph.values(e, SG.text):
                key = letters(sentence)[:60]
                if len(key) >= 20 and key in text:
                    return True
        return False

    mine = [a for a in graph.assertions if in_report(a)]
    r = {"file": report["file"], "entity_hits": 0, "entity_total": 0, "must_core": 0, "must_full": 0, "must_total": 0,
         "should_core": 0, "should_total": 0, "must_not_violations": 0, "missing": [], "partial": [], "violations": []}
    for e in report.get("entities", {}).get("must", []):
        r["entity_total"] += 1
        keys = e.get("iso3166") or e["label"]
        keys = keys if isinstance(keys, list) else [keys]
        if any(graph.typed(n, e["type"]) for k in keys for n in graph.nodes(k)):
            r["entity_hits"] += 1
        else:
            r["missing"].append(f'{e["type"]}:{keys[0]}')
    for kind in ("must", "should"):
        for item in report.get("assertions", {}).get(kind, []):
            r[f"{kind}_total"] += 1
            core = [a for a in mine if core_match(graph, a, item)]
            r[f"{kind}_core"] += bool(core)
            if kind == "must":
                if any(full_match(graph, a, item) for a in core):
                    r["must_full"] += 1
                else:
                    r["partial" if core else "missing"].append(item.get("id", item["type"]))
    for item in report.get("assertions", {}).get("must_not", []):
        if any(core_match(graph, a, item) and topic_holds(graph, a, item) for a in mine):
            r["must_not_violations"] += 1
            r["violations"].append(item.get("why", item["type"]))
    return r


def main():
    args = [a for a in sys.argv[1:] if a != "--json"]
    if len(args) != 2:
        sys.exit(__doc__.split("\n\n")[1])
    graph_path, gold_path = args
    gold = json.load(open(gold_path, encoding="utf-8"))
    graph = Graph(graph_path)
    results = [score(graph, rep, report_text(gold_path, rep["file"])) for rep in gold["reports"]]
    keys = ("entity_hits", "entity_total", "must_core", "must_full", "must_total", "should_core", "should_total",
            "must_not_violations")
    total = {k: sum(r[k] for r in results) for k in keys}
    if "--json" in sys.argv:
        print(json.dumps({"reports": results, "total": total}, indent=1))
        return
    for r in results:
        print(f'{r["file"]}: entities {r["entity_hits"]}/{r["entity_total"]}, must {r["must_core"]}/{r["must_total"]} '
              f'(full {r["must_full"]}), should {r["should_core"]}/{r["should_total"]}, '
              f'must_not violations {r["must_not_violations"]}')
        for k in ("missing", "partial", "violations"):
            if r[k]:
                print(f"  {k}: {r[k]}")


if __name__ == "__main__":
    main()
