"""Checks the four views of one graph against what its N-Quads say.

Run by viz_clients.sh, which builds the views and asks roqet for the
expected facts (CSV files in DIR). Prints one "ok"/"FAIL" line per check
and, last, "PASSED FAILED".

    viz_check.py graph DIR [seed]  # DIR/actors.csv summaries.csv targets.csv dated.csv, DIR/all.{graphml,gexf,cyjs};
                                   # "seed": the seed report is in the graph, and its known edges are checked
    viz_check.py awkward DIR    # DIR/awkward.{graphml,gexf,cyjs}: labels survive a round trip

The readers are the real ones, given the files as they are: networkx's
read_graphml, read_gexf and cytoscape_graph (on Python's json). The GEXF
file is also checked as XML on its own (the 1.2draft namespace, dynamic
mode, dates on every edge, declared attributes, viz colours).
"""
import csv
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

import networkx as nx

SG = "https://w3id.org/stancegraph/ontology#"
GEXF = "{http://www.gexf.net/1.2draft}"
VIZ = "{http://www.gexf.net/1.2draft/viz}"
passed = failed = 0


def check(cond, what, detail=""):
    global passed, failed
    if cond:
        passed += 1
        print("ok   " + what)
    else:
        failed += 1
        print("FAIL " + what)
        if detail:
            print("     " + str(detail)[:600])


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def local(iri):
    return iri[len(SG):] if iri.startswith(SG) else iri


def edges_of(g):
    """(source, target, data) for a DiGraph or a MultiDiGraph. networkx keeps
    an edge's GraphML id in its data, but makes it the key instead when two
    edges join the same nodes (two stances of one actor towards one target)."""
    if g.is_multigraph():
        return [(s, t, dict(d, id=d.get("id", k))) for s, t, k, d in g.edges(keys=True, data=True)]
    return [(s, t, d) for s, t, d in g.edges(data=True)]


def read_gexf(path):
    """The GEXF file as XML, and networkx's graph of the same file."""
    return ET.parse(path).getroot(), nx.read_gexf(path)


def hex_colour(viz):
    """#rrggbb of a networkx 'viz' attribute's color."""
    c = (viz or {}).get("color", {})
    return "#%02x%02x%02x" % (c.get("r", -1) & 0xFF, c.get("g", -1) & 0xFF, c.get("b", -1) & 0xFF) if c else None


def check_graph(d, seed):
    actors = {}
    for r in rows(d + "/actors.csv"):
        actors.setdefault(r["a"], set()).add(r["label"])
    summaries = {r["s"]: r for r in rows(d + "/summaries.csv")}
    targets = {r["s"]: r["tgt"] for r in rows(d + "/targets.csv")}
    dated = defaultdict(dict)  # summary -> assertion -> earliest date
    for r in rows(d + "/dated.csv"):
        got = dated[r["s"]].get(r["a"])
        if got is None or r["d"] < got:
            dated[r["s"]][r["a"]] = r["d"]
    check(len(actors) > 50 and len(targets) > 5, "the N-Quads hold %d actors and %d targeted summaries"
          % (len(actors), len(targets)))
    nodes = set(actors) | {summaries[s]["src"] for s in targets} | set(targets.values())
    # summary id (the IRI's tail) -> (source, target, type, negated, count)
    want = {s.rsplit("/", 1)[1]: (summaries[s]["src"], t, local(summaries[s]["type"]),
                                  summaries[s]["neg"] == "true", int(summaries[s]["n"]))
            for s, t in targets.items()}
    untargeted = defaultdict(list)
    for s, r in sorted(summaries.items(), key=lambda kv: (local(kv[1]["type"]), kv[1]["neg"])):
        if s not in targets:
            untargeted[r["src"]].append(("not " if r["neg"] == "true" else "") + local(r["type"]) + " " + r["n"])

    # GraphML through networkx.
    g = nx.read_graphml(d + "/all.graphml")
    check(set(g.nodes) == nodes, "GraphML: %d nodes, the actors of the N-Quads" % g.number_of_nodes(),
          sorted(set(g.nodes) ^ nodes)[:5])
    bad_labels = [n for n in actors if n in g.nodes and g.nodes[n].get("label") not in actors[n]]
    check(not bad_labels, "GraphML: every node's label is its rdfs:label", bad_labels[:5])
    check(g.nodes.get("https://w3id.org/stancegraph/id/state/RU", {}).get("iso") == "RU"
          and g.nodes["https://w3id.org/stancegraph/id/state/RU"].get("type") == "State",
          "GraphML: Russia is a State with ISO code RU")
    got = {dd["id"][len("summary-"):]: (s, t, dd["eventType"], dd["negated"], dd["weight"]) for s, t, dd in edges_of(g)}
    check(g.number_of_edges() == len(want), "GraphML: %d edges, one per targeted sg:StanceSummary" % g.number_of_edges(),
          "N-Quads have %d" % len(want))
    check(got == want, "GraphML: each edge has its summary's actor, target, event type, polarity and count",
          sorted(set(got.items()) ^ set(want.items()))[:3])
    if seed:
        known = [dd for s, t, dd in edges_of(g) if s.endswith("/org/coalition-of-the-willing")
                 and t.endswith("/state/RU") and dd["eventType"] == "SANCTION"]
        check(len(known) == 1 and known[0]["firstDate"] == "2025-09-04" and known[0]["color"] == "#762a83",
              "GraphML: the seed's Coalition of the Willing -SANCTION-> Russia edge, dated, purple", known)
        ru = g.nodes.get("https://w3id.org/stancegraph/id/state/RU", {}).get("untargeted", "")
        check(re.search(r"(^|; )REJECT [0-9]+", ru) is not None,
              "GraphML: Russia's untargeted rejections in the seed are a node attribute", ru)
    else:
        print("skip GraphML: the seed's known edges: the seed is not in the graph")
    mism = [n for n in nodes if g.nodes[n].get("untargeted", "") != "; ".join(untargeted.get(n, []))]
    check(not mism, "GraphML: every node's untargeted stances are its untargeted summaries", mism[:3])

    # GEXF: the file itself, then networkx.
    root, gx = read_gexf(d + "/all.gexf")
    graph = root.find(GEXF + "graph")
    check(root.tag == GEXF + "gexf" and root.get("version") == "1.2", "GEXF: a GEXF 1.2draft document")
    check(graph is not None and graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
          and graph.get("defaultedgetype") == "directed", "GEXF: a directed dynamic graph with dates")
    declared = {a.get("id") for a in root.iter(GEXF + "attribute")}
    used = {v.get("for") for v in root.iter(GEXF + "attvalue")}
    check(used <= declared, "GEXF: every attvalue's attribute is declared", used - declared)
    xml_edges = list(root.iter(GEXF + "edge"))
    date = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    undated = [e.get("id") for e in xml_edges if not (date.match(e.get("start") or "") and e.get("end") == e.get("start"))]
    check(xml_edges and not undated, "GEXF: every edge starts and ends on its assertion's date", undated[:3])
    check(all(graph.get("start") <= e.get("start") <= graph.get("end") for e in xml_edges),
          "GEXF: the graph's start and end span every edge")
    ids = [e.get("id") for e in xml_edges]
    check(len(ids) == len(set(ids)), "GEXF: edge ids are unique")
    want_dated = {"%s-%s" % (s.rsplit("/", 1)[1], a.rsplit("/", 1)[1]): day
                  for s, by in dated.items() for a, day in by.items()}
    check(set(gx.nodes) == nodes, "networkx reads the GEXF: %d nodes" % gx.number_of_nodes())
    got_dated = {dd["id"]: dd.get("start") for s, t, dd in edges_of(gx)}
    check(got_dated == want_dated, "networkx reads the GEXF: %d dated edges, one per dated assertion of each "
          "targeted summary" % len(got_dated), sorted(set(got_dated.items()) ^ set(want_dated.items()))[:3])
    wrong = [dd["id"] for s, t, dd in edges_of(gx)
             if want[dd["id"].split("-")[0]] != (s, t, dd["eventType"], dd["negated"], want[dd["id"].split("-")[0]][4])]
    check(not wrong, "networkx reads the GEXF: each dated edge has its summary's ends, event type and polarity", wrong[:3])
    check(gx.nodes["https://w3id.org/stancegraph/id/state/RU"].get("label") == "Russia",
          "networkx reads the GEXF: Russia's label")
    check(isinstance(gx, nx.MultiDiGraph) or gx.is_directed(), "networkx reads the GEXF as a directed graph")
    ru_colour = hex_colour(gx.nodes["https://w3id.org/stancegraph/id/state/RU"].get("viz"))
    check(ru_colour == "#9ecae1", "networkx reads the GEXF: Russia's viz:color is the State fill", ru_colour)
    # networkx keeps the viz colours of nodes only: edges' are read as XML.
    graphml_colour = {dd["id"][len("summary-"):]: dd["color"] for s, t, dd in edges_of(g)}
    bad_colour = []
    for e in xml_edges:
        c = e.find(VIZ + "color")
        got_c = "#%02x%02x%02x" % tuple(int(c.get(k)) for k in "rgb") if c is not None else None
        if got_c != graphml_colour.get(e.get("id").split("-")[0]):
            bad_colour.append((e.get("id"), got_c))
    check(not bad_colour, "GEXF: every edge's viz:color is its stance's GraphML color", bad_colour[:3])

    # Cytoscape JSON through networkx's own reader, then as JSON.
    doc = json.load(open(d + "/all.cyjs", encoding="utf-8"))
    cg = nx.cytoscape_graph(doc)
    check(cg.is_directed() and cg.is_multigraph(), "networkx's cytoscape_graph reads a directed multigraph")
    check(set(cg.nodes) == nodes, "networkx's cytoscape_graph: %d nodes, the actors" % cg.number_of_nodes(),
          sorted(set(cg.nodes) ^ nodes)[:5])
    got_cg = {k[len("summary-"):]: (s, t, dd["eventType"], dd["negated"], dd["weight"])
              for s, t, k, dd in cg.edges(keys=True, data=True)}
    check(cg.number_of_edges() == len(want) and got_cg == want,
          "networkx's cytoscape_graph: %d edges keyed by id, each its summary's ends, type, polarity and count"
          % cg.number_of_edges(), sorted(set(got_cg.items()) ^ set(want.items()))[:3])
    check(cg.nodes["https://w3id.org/stancegraph/id/state/RU"].get("color") == "#9ecae1"
          and cg.nodes["https://w3id.org/stancegraph/id/state/RU"].get("name") == "Russia",
          "networkx's cytoscape_graph: Russia's name and color")
    els = doc.get("elements", {})
    cn = [n["data"] for n in els.get("nodes", [])]
    ce = [e["data"] for e in els.get("edges", [])]
    all_ids = [x["id"] for x in cn + ce]
    check(len(all_ids) == len(set(all_ids)), "Cytoscape: ids are unique across nodes and edges")
    node_ids = {n["id"] for n in cn}
    check(node_ids == nodes, "Cytoscape: %d nodes, the actors" % len(cn))
    check(all(e["source"] in node_ids and e["target"] in node_ids for e in ce),
          "Cytoscape: every edge's source and target is a node")
    got_c = {e["id"][len("summary-"):]: (e["source"], e["target"], e["eventType"], e["negated"], e["weight"]) for e in ce}
    check(got_c == want, "Cytoscape: %d edges equal the targeted summaries" % len(ce))
    check(all(len(e["assertions"]) == e["weight"] == len(e["dates"]) for e in ce),
          "Cytoscape: each edge lists as many assertions as its weight")
    check(all(n["label"] in actors.get(n["id"], {n["label"]}) for n in cn), "Cytoscape: labels are the rdfs:labels")


AWKWARD = "Say \"no\" <&> \\N back Z\u00fcrich \U0001F600 'done'"


def check_awkward(d):
    g = nx.read_graphml(d + "/awkward.graphml")
    labels = {g.nodes[n].get("label") for n in g.nodes}
    check(AWKWARD in labels, "GraphML: a label with quotes, <, &, a backslash and non-ASCII reads back exactly", labels)
    check(g.number_of_edges() == 1 and all(dd["negated"] for _, _, dd in edges_of(g)),
          "GraphML: the negated stance between the two", edges_of(g))
    root, gx = read_gexf(d + "/awkward.gexf")
    labels = {gx.nodes[n].get("label") for n in gx.nodes}
    check(AWKWARD in labels, "GEXF: the same label reads back exactly", labels)
    shapes = [e.find(VIZ + "shape") for e in root.iter(GEXF + "edge")]
    check(shapes and all(s is not None and s.get("value") == "dashed" for s in shapes), "GEXF: the negated edge is dashed")
    doc = json.load(open(d + "/awkward.cyjs", encoding="utf-8"))
    labels = {n["data"]["label"] for n in doc["elements"]["nodes"]}
    check(AWKWARD in labels, "Cytoscape: the same label reads back exactly", labels)
    cg = nx.cytoscape_graph(doc)
    labels = {cg.nodes[n].get("label") for n in cg.nodes}
    check(AWKWARD in labels and cg.number_of_edges() == 1,
          "networkx's cytoscape_graph: the same label and the one edge", labels)


if __name__ == "__main__":
    mode, d = sys.argv[1], sys.argv[2]
    try:
        if mode == "graph":
            check_graph(d, sys.argv[3:] == ["seed"])
        else:
            check_awkward(d)
    except Exception as e:  # a reader that refuses the file is a failure, with its message
        check(False, "%s views: %s: %s" % (mode, type(e).__name__, e))
    print(passed, failed)
