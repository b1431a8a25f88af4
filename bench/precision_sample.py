#!/usr/bin/python3
"""A fixed sample of predictions for the hand check of precision.

usage: bench/precision_sample.py GRAPH [N] [SALT]   (N = 100, no salt)

Reads a graph built from real text (bench/accuracy.sh builds
../shared/dev-real) with rdflib and prints N of its assertions, chosen by a
hash of their IRI (so the same graph gives the same sample; a SALT, any
word, prefixed to the IRI before hashing draws a fresh sample, for a check
that should not meet the predictions an earlier check judged), one block
each: what the assertion says (type, actors, targets, negation, modality,
date, who said it) and the sentence it comes from. A reader marks each
right or false against its sentence; bench/ACCURACY.md keeps the result.
"""
import hashlib
import sys

from rdflib import ConjunctiveGraph, Namespace, RDF, RDFS

SG = Namespace("https://w3id.org/stancegraph/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")


def main():
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    salt = sys.argv[3] if len(sys.argv) > 3 else ""
    g = ConjunctiveGraph()
    g.parse(path, format="nquads" if path.endswith(".nq") else "turtle")

    def label(node):
        names = sorted(str(o) for o in g.objects(node, RDFS.label))
        return names[0] if names else str(node).rsplit("/", 1)[-1]

    def one(node, p):
        values = sorted(str(o) for o in g.objects(node, p))
        return values[0] if values else ""

    assertions = sorted(set(g.subjects(RDF.type, SG.Assertion)),
                        key=lambda a: hashlib.sha256((salt + str(a)).encode()).hexdigest())
    for i, a in enumerate(assertions[:n], 1):
        kind = one(a, SG.eventType).rsplit("#", 1)[-1]
        actors = ", ".join(sorted(label(x) for x in g.objects(a, SG.actor)))
        targets = ", ".join(sorted(label(x) for x in g.objects(a, SG.target)))
        speakers = ", ".join(sorted(label(x) for x in g.objects(a, SG.attributedTo)))
        modality = one(a, SG.modality).rsplit("#", 1)[-1]
        evidence = next(iter(g.objects(a, PROV.wasDerivedFrom)), None)
        sentence = one(evidence, SG.text) if evidence is not None else ""
        print(f"{i}. {kind}{' (negated)' if one(a, SG.negated) == 'true' else ''}"
              f"{' [' + modality + ']' if modality else ''} actor: {actors}"
              f"{'; target: ' + targets if targets else ''}{'; date: ' + one(a, SG.date) if one(a, SG.date) else ''}"
              f"{'; said by ' + speakers + ' (' + one(a, SG.attributionVerb) + ')' if speakers else ''}"
              f"; rule {one(a, SG.rule)}")
        print(f"   \"{sentence}\"")
        print(f"   {a}")


if __name__ == "__main__":
    main()
