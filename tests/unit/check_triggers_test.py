#!/usr/bin/env python3
"""Tests of scripts/check-triggers.py: the shipped lexicon passes and is
counted; each kind of bad row is caught and named by file and line; the
CAMEO roots come from the ontology given, not from the script."""
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import unittest

SOURCE = pathlib.Path(os.environ.get("SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
SCRIPT = SOURCE / "scripts" / "check-triggers.py"
LEXICON = SOURCE / "ontologies" / "rules" / "triggers.tsv"
DOCS = SOURCE / "docs" / "triggers.md"
ONTOLOGY = SOURCE / "ontologies" / "stancegraph.ttl"

TYPES = ["STATEMENT", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
         "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
         "ASSAULT", "ADVANCE"]
HEADER = "lemma\tpos\tevent\tcameo\ttarget\tsource\tnote"
GOOD = "attack\tverb\tASSAULT\t190\t-\tPETRARCH2 CAMEO.2.0 verb block PHYSICAL_CONFLICT [190]\t"


def run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)],
                          capture_output=True, text=True, timeout=60)


class ShippedLexicon(unittest.TestCase):
    def test_passes_and_counts_every_type(self):
        result = run(LEXICON)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        counts = dict(re.findall(r"^  (\S+)\s+(\d+) ", result.stdout, re.M))
        for event in TYPES:
            self.assertIn(event, counts)
            self.assertGreaterEqual(int(counts[event]), 20, event)
        self.assertGreater(int(counts["guards"]), 0)
        self.assertGreater(int(counts["light"]), 0)
        total = int(re.search(r": (\d+) rows", result.stdout).group(1))
        self.assertEqual(total, sum(int(v) for v in counts.values()))

    def test_the_docs_counts_are_the_files(self):
        printed = {m[0]: m[1:] for m in re.findall(r"^  (\S+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$",
                                                    run(LEXICON).stdout, re.M)}
        names = {"guards (NONE)": "guards", "light verbs": "light"}
        documented = {names.get(m[0], m[0]): m[1:] for m in
                      re.findall(r"^\| ([A-Z]+|guards \(NONE\)|light verbs) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$",
                                 DOCS.read_text(encoding="utf-8"), re.M)}
        self.assertEqual(documented, printed, "update the counts in docs/triggers.md")
        total = re.search(r"^\| \*\*all\*\* \| \*\*(\d+)\*\* \|", DOCS.read_text(encoding="utf-8"), re.M)
        self.assertEqual(int(total.group(1)), sum(int(v[0]) for v in printed.values()))

    def test_every_row_has_seven_columns(self):
        # What the engine will read, independently of the checker.
        rows = [line.split("\t") for line in LEXICON.read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")]
        self.assertEqual(rows[0], HEADER.split("\t"))
        self.assertTrue(all(len(r) == 7 for r in rows), [r for r in rows if len(r) != 7][:3])

    def test_words_the_issue_names(self):
        # Issue 21's guards and two-type words are in the file, typed as it says.
        rows = {(r[0], r[1], r[2]) for r in (line.split("\t") for line in
                LEXICON.read_text(encoding="utf-8").splitlines()) if len(r) == 7}
        for row in [("take part", "verb", "NONE"), ("take place", "verb", "NONE"),
                    ("take office", "verb", "NONE"), ("take into account", "verb", "NONE"),
                    ("wrap up", "verb", "NONE"), ("strike a deal", "verb", "AGREE"),
                    ("block", "verb", "REJECT"), ("retake", "verb", "ADVANCE"),
                    ("recapture", "verb", "ADVANCE"), ("claim", "verb", "REQUEST"),
                    ("strike", "noun", "ASSAULT"), ("strike", "noun", "PROTEST")]:
            self.assertIn(row, rows)


class BadRows(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def check(self, *rows, header=HEADER, ontology=ONTOLOGY, min_per_type=0):
        path = pathlib.Path(self.dir.name) / "t.tsv"
        path.write_text("\n".join(["# a comment", header, *rows]) + "\n", encoding="utf-8")
        return path, run(path, "--ontology", ontology, "--min-per-type", min_per_type)

    def assertRejected(self, rows, message):
        """The last of rows (a row or a list) is refused with message, named by its line."""
        rows = [rows] if isinstance(rows, str) else rows
        path, result = self.check(*rows)
        self.assertEqual(result.returncode, 1, result.stdout)
        line = 2 + len(rows)  # after the comment and the header
        self.assertRegex(result.stderr, re.escape(f"{path}:{line}: error: ") + ".*" + re.escape(message))

    def test_a_good_row_passes(self):
        _, result = self.check(GOOD)
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_column_count(self):
        self.assertRejected("attack\tverb\tASSAULT\t190\t-", "5 tab-separated columns, want 7")

    def test_header(self):
        path, result = self.check(GOOD, header="lemma\tpos\tevent\tcode\ttarget\tsource\tnote")
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{path}:2: error: the first line must be the header", result.stderr)

    def test_lemma(self):
        self.assertRejected(GOOD.replace("attack", "Attack", 1), "lemma 'Attack'")
        self.assertRejected(GOOD.replace("attack", "carry  out", 1), "lemma 'carry  out'")

    def test_pos(self):
        self.assertRejected(GOOD.replace("\tverb\t", "\tadverb\t"), "pos 'adverb'")

    def test_unknown_event(self):
        self.assertRejected(GOOD.replace("ASSAULT", "FIGHT"), "event 'FIGHT': not an event type")

    def test_code_shape_and_codebook(self):
        self.assertRejected(GOOD.replace("\t190\t", "\t19a\t").replace("[190]", "[19a]"),
                            "cameo '19a': a CAMEO code is 2 to 4 digits")
        self.assertRejected(GOOD.replace("190", "1999"), "cameo '1999': not an event code")

    def test_root_must_match_the_type(self):
        self.assertRejected(GOOD.replace("190", "112"), "cameo '112' (root 11) does not code ASSAULT")

    def test_listed_exceptions_pass_and_only_for_their_type(self):
        ok = "blockade\tverb\tCOERCE\t191\t-\tCAMEO 1.1b3 191\t"
        sign = "sign\tverb\tAGREE\t057\t-\tCAMEO 1.1b3 057\t"
        _, result = self.check(ok, sign)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRejected("blockade\tverb\tSUPPORT\t191\t-\tCAMEO 1.1b3 191\t",
                            "does not code SUPPORT")

    def test_source_must_cite_the_rows_code(self):
        self.assertRejected(GOOD.replace("[190]", "[195]"), "source cites code '195'")
        self.assertRejected(GOOD.replace("verb block PHYSICAL_CONFLICT [190]", "pattern X * Y [:111]"),
                            "source cites code ':'")
        self.assertRejected(GOOD.replace("PETRARCH2", "WordNet"), "source 'WordNet")

    def test_general_english_needs_a_note(self):
        self.assertRejected("rout\tverb\tASSAULT\t190\t-\tgeneral English\t", "needs a note")

    def test_target(self):
        self.assertRejected(GOOD.replace("\t-\t", "\tunder the\t"), "target 'under the'")
        _, result = self.check(GOOD.replace("\t-\t", "\ton/against\t"))
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_guard_and_light_rows(self):
        self.assertRejected("take place\tverb\tNONE\t-\tnone\tgeneral English\t", "needs a note")
        self.assertRejected("take place\tverb\tNONE\t010\tnone\tgeneral English\thappens", "has cameo -")
        self.assertRejected("conduct\tlight\tASSAULT\t190\t-\tgeneral English\tnouns", "event - and cameo -")

    def test_duplicate(self):
        self.assertRejected([GOOD, GOOD], "'attack' verb ASSAULT is listed twice (first at line 3)")

    def test_crlf_line_ends(self):
        self.assertRejected(GOOD + "\r", "a CR LF line end")

    def test_two_types_need_notes(self):
        other = "attack\tverb\tACCUSE\t111\t-\tCAMEO 1.1b3 111\tverbal"
        path, result = self.check(GOOD, other)
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{path}:3: error: 'attack' verb is also listed under ACCUSE", result.stderr)
        self.assertNotIn(f"{path}:4:", result.stderr)

    def test_too_few_rows_per_type(self):
        path, result = self.check(GOOD, min_per_type=2)
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{path}: error: ASSAULT has 1 rows, fewer than 2", result.stderr)
        self.assertIn(f"{path}: error: AGREE has 0 rows", result.stderr)

    def test_roots_come_from_the_ontology(self):
        ttl = pathlib.Path(self.dir.name) / "o.ttl"
        ttl.write_text('sg:ASSAULT\n    skos:inScheme sg:EventTypes ;\n'
                       '    skos:notation "18"^^sg:cameoCode ;\n    rdfs:label "x" .\n', encoding="utf-8")
        path, result = self.check(GOOD, ontology=ttl)
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{path}:3: error: cameo '190' (root 19) does not code ASSAULT (CAMEO root 18",
                      result.stderr)
        _, result = self.check(GOOD.replace("190", "180"), ontology=ttl)
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_unreadable_inputs(self):
        missing = pathlib.Path(self.dir.name) / "missing.tsv"
        result = run(missing, "--min-per-type", 0)
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{missing}: error: cannot read", result.stderr)
        result = run(LEXICON, "--ontology", missing)
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{missing}: error: cannot read", result.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
