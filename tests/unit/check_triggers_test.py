#!/usr/bin/env python3
"""Tests of scripts/check-triggers.py: the shipped lexicon passes and is
counted; each kind of bad row is caught and named by file and line; the
CAMEO roots come from the ontology given, not from the script; the cues of
the `when` column are checked for their syntax and, across the rows of a
word, for one default sense."""
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
HEADER = "lemma\tpos\tevent\tcameo\ttarget\twhen\tsource\tnote"
GOOD = "attack\tverb\tASSAULT\t190\t-\t\tPETRARCH2 CAMEO.2.0 verb block PHYSICAL_CONFLICT [190]\t"
# GOOD with the note a word of several types owes: the default sense of "attack".
FORCE = GOOD.replace("[190]\t", "[190]\tby force")
# The verbal sense of "attack", with a cue.
VERBAL = ("attack\tverb\tACCUSE\t111\t-\t{when}\tPETRARCH2 CAMEO.2.0 pattern ATTACK * DECISION [111]\t"
          "{note}")


def verbal(when="object=decision|decisions", note="in words"):
    return VERBAL.format(when=when, note=note)


def shipped_rows():
    return [line.split("\t") for line in LEXICON.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


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
        stdout = run(LEXICON).stdout
        printed = {m[0]: m[1:] for m in re.findall(r"^  (\S+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$",
                                                    stdout, re.M)}
        names = {"guards (NONE)": "guards", "light verbs": "light"}
        docs = DOCS.read_text(encoding="utf-8")
        documented = {names.get(m[0], m[0]): m[1:] for m in
                      re.findall(r"^\| ([A-Z]+|guards \(NONE\)|light verbs) \| (\d+) \| (\d+) \| (\d+) \| (\d+) "
                                 r"\| (\d+) \|$", docs, re.M)}
        self.assertEqual(documented, printed, "update the counts in docs/triggers.md")
        total = re.search(r"^\| \*\*all\*\* \| \*\*(\d+)\*\* \|", docs, re.M)
        self.assertEqual(int(total.group(1)), sum(int(v[0]) for v in printed.values()))
        senses = re.search(r"^words under several types: (\d+) \((\d+) with a default row, (\d+) with a cue "
                           r"on every row\)\nwords of one type with a cue: (\d+)$", stdout, re.M)
        self.assertIsNotNone(senses, stdout)
        self.assertIn(f"{senses[1]} words have rows under several types: {senses[2]} with a default row, "
                      f"{senses[3]} with a cue on every row; {senses[4]} words of one type",
                      " ".join(docs.split()), "update the counts of senses in docs/triggers.md")

    def test_every_row_has_eight_columns(self):
        # What the engine will read, independently of the checker.
        rows = shipped_rows()
        self.assertEqual(rows[0], HEADER.split("\t"))
        self.assertTrue(all(len(r) == 8 for r in rows), [r for r in rows if len(r) != 8][:3])

    def test_default_senses(self):
        # The sense a word takes without a cue (docs/triggers.md names these), read from the file.
        defaults = {(r[0], r[1]): r[2] for r in shipped_rows()[1:] if not r[5]}
        for word, event in [(("attack", "verb"), "ASSAULT"), (("attack", "noun"), "ASSAULT"),
                            (("strike", "verb"), "ASSAULT"), (("strike", "noun"), "ASSAULT"),
                            (("withdraw", "verb"), "RETREAT"), (("claim", "verb"), "STATEMENT"),
                            (("seize", "verb"), "COERCE"), (("capture", "verb"), "COERCE")]:
            self.assertEqual(defaults.get(word), event, word)
        cued = {(r[0], r[1], r[2]): r[5] for r in shipped_rows()[1:]}
        self.assertEqual(cued[("seize", "verb", "ADVANCE")], "object=place")
        self.assertIn("demand", cued[("withdraw", "verb", "CONCEDE")].split("=")[1].split("|"))
        # "held talks" is no detention: "hold" needs its cue.
        self.assertNotIn(("hold", "verb"), defaults)
        self.assertTrue(cued[("hold", "verb", "COERCE")])

    def test_words_the_issue_names(self):
        # Issue 21's guards and two-type words are in the file, typed as it says.
        rows = {(r[0], r[1], r[2]) for r in (line.split("\t") for line in
                LEXICON.read_text(encoding="utf-8").splitlines()) if len(r) == 8}
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
        self.assertRejected("attack\tverb\tASSAULT\t190\t-", "5 tab-separated columns, want 8")
        # A row of the format before the when column.
        self.assertRejected("attack\tverb\tASSAULT\t190\t-\tCAMEO 1.1b3 190\t", "7 tab-separated columns, want 8")

    def test_header(self):
        path, result = self.check(GOOD, header="lemma\tpos\tevent\tcode\ttarget\twhen\tsource\tnote")
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
        ok = "blockade\tverb\tCOERCE\t191\t-\t\tCAMEO 1.1b3 191\t"
        sign = "sign\tverb\tAGREE\t057\t-\t\tCAMEO 1.1b3 057\t"
        _, result = self.check(ok, sign)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRejected("blockade\tverb\tSUPPORT\t191\t-\t\tCAMEO 1.1b3 191\t",
                            "does not code SUPPORT")

    def test_source_must_cite_the_rows_code(self):
        self.assertRejected(GOOD.replace("[190]", "[195]"), "source cites code '195'")
        self.assertRejected(GOOD.replace("verb block PHYSICAL_CONFLICT [190]", "pattern X * Y [:111]"),
                            "source cites code ':'")
        self.assertRejected(GOOD.replace("PETRARCH2", "WordNet"), "source 'WordNet")

    def test_general_english_needs_a_note(self):
        self.assertRejected("rout\tverb\tASSAULT\t190\t-\t\tgeneral English\t", "needs a note")

    def test_target(self):
        self.assertRejected(GOOD.replace("\t-\t", "\tunder the\t"), "target 'under the'")
        _, result = self.check(GOOD.replace("\t-\t", "\ton/against\t"))
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_guard_and_light_rows(self):
        self.assertRejected("take place\tverb\tNONE\t-\tnone\t\tgeneral English\t", "needs a note")
        self.assertRejected("take place\tverb\tNONE\t010\tnone\t\tgeneral English\thappens", "has cameo -")
        self.assertRejected("conduct\tlight\tASSAULT\t190\t-\t\tgeneral English\tnouns", "event - and cameo -")
        self.assertRejected("conduct\tlight\t-\t-\t-\tobject=raid\tgeneral English\tnouns",
                            "a light verb takes no cue")

    def test_duplicate(self):
        self.assertRejected([GOOD, GOOD], "'attack' verb ASSAULT is listed twice (first at line 3)")

    def test_crlf_line_ends(self):
        self.assertRejected(GOOD + "\r", "a CR LF line end")

    def test_two_types_need_notes(self):
        path, result = self.check(GOOD, verbal())
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{path}:3: error: 'attack' verb is also listed under ACCUSE", result.stderr)
        self.assertNotIn(f"{path}:4:", result.stderr)

    def test_cues_that_pass(self):
        for when in ["object=place", "object=actor", "object=demand|demands", "after=from",
                     "after=treaty|cease-fire|chargé", "subject=person", "subject=force",
                     "subject=force ; object=place", "subject=person ; object=actor ; after=with",
                     "subject=protesters|demonstrators", "subject=strikers ; object=port|ports"]:
            _, result = self.check(FORCE, verbal(when))
            self.assertEqual(result.returncode, 0, (when, result.stderr))

    def test_bad_cues(self):
        for when, message in [
                ("object=town;subject=force", "cue 'object=town;subject=force': separate cues with ' ; '"),
                ("object=place ;subject=force", "cue 'object=place ;subject=force': separate cues with ' ; '"),
                ("object=place ;", "cue 'object=place ;': separate cues with ' ; '"),
                ("object = place", "cue 'object = place': want KEY=VALUE"),
                ("verb=attack", "cue 'verb=attack': want KEY=VALUE, KEY one of object, after, subject"),
                ("object=", "cue 'object=': want KEY=VALUE"),
                ("object=place ", "no leading or trailing spaces"),
                (" ; object=place", "no leading or trailing spaces"),
                ("subject=troops|person", "'person' names the class subject=person"),
                ("subject=Protesters", "'Protesters' is no lower-case word"),
                ("object=Demand", "'Demand' is no lower-case word"),
                ("object=demand||bid", "'' is no lower-case word"),
                ("after=in protest", "'in protest' is no lower-case word"),
                ("object=demand|demand", "'demand' is listed twice"),
                ("object=place|town", "'place' names the class object=place"),
                ("object=place ; object=actor", "object= is given twice")]:
            self.assertRejected([FORCE, verbal(when)], message)

    def test_two_defaults(self):
        path, result = self.check(FORCE, verbal(when=""))
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{path}:4: error: 'attack' verb has a default row (empty when) at line 3 already",
                      result.stderr)
        self.assertNotIn(f"{path}:3:", result.stderr)

    def test_a_missing_default_must_be_said(self):
        cued_good = GOOD.replace("\t-\t\t", "\t-\tsubject=force\t").replace("[190]\t", "[190]\tby force")
        path, result = self.check(cued_good, verbal())
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{path}:3: error: 'attack' verb has a cue on every row: say 'no default'", result.stderr)
        _, result = self.check(cued_good.replace("by force", "by force; no default: too vague alone"), verbal())
        self.assertEqual(result.returncode, 0, result.stderr)
        # A word of one type with a cue says so too.
        self.assertRejected(cued_good, "'attack' verb has a cue on every row")

    def test_no_default_note_with_a_default(self):
        path, result = self.check(FORCE, verbal(note="in words; no default"))
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{path}:4: error: the note says 'no default' but line 3 is the default row",
                      result.stderr)

    def test_a_row_an_earlier_one_always_wins_over(self):
        first = GOOD.replace("\t-\t\t", "\t-\tobject=place\t").replace("[190]\t", "[190]\tno default: x")
        for later in ["object=place", "object=place ; subject=force"]:
            self.assertRejected([first, verbal(later)], "when: these cues hold only where those of line 3 hold")
        words = GOOD.replace("\t-\t\t", "\t-\tobject=demand|bid\t").replace("[190]\t", "[190]\tno default: x")
        self.assertRejected([words, verbal("object=bid")], "this row can never apply")
        # Narrower cues first, wider later: both can apply.
        for earlier, later in [("object=place ; subject=force", "object=place"), ("object=bid", "object=demand|bid"),
                               ("object=place", "object=actor"), ("object=place", "after=place")]:
            first = GOOD.replace("\t-\t\t", f"\t-\t{earlier}\t").replace("[190]\t", "[190]\tno default: x")
            _, result = self.check(first, verbal(later))
            self.assertEqual(result.returncode, 0, (earlier, later, result.stderr))

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
