#!/usr/bin/env python3
"""Check the trigger lexicon (ontologies/rules/triggers.tsv) and count it.

    scripts/check-triggers.py [FILE] [--ontology TTL] [--min-per-type N]

Reads the event types and their CAMEO root codes from the ontology
(stancegraph.ttl, the sg:EventTypes scheme), then checks every row of FILE:
eight tab-separated columns, a lower-case lemma, a known part of speech, an
event type of the ontology (NONE for a guard, - for a light verb), a CAMEO
code of the 1.1b3 codebook whose root is one the ontology gives the type (or
one of the EXCEPTIONS below, where the codebooks themselves cross types), a
target, the cues of the `when` column (see CUES), a source naming a codebook
or "general English" and citing no code but the row's, no duplicate
lemma+pos+event, and a note wherever one is owed (guards, words from general
English alone, words under several types). Across the rows of one
lemma+pos: at most one default row (empty `when`), and a note saying "no
default" when every row has a cue; no row whose cues imply those of an
earlier row, which the engine tries first. Prints the counts per type. Every
problem is one line on standard error, FILE:LINE: error: ...; the exit code
is 1 if there was any, else 0. See docs/triggers.md.
"""
import argparse
import collections
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

HEADER = ["lemma", "pos", "event", "cameo", "target", "when", "source", "note"]
WHEN, NOTE = HEADER.index("when"), HEADER.index("note")
POS = ("verb", "noun", "adj", "light")

# The cues of the `when` column: KEY=VALUE, several joined by CUE_SEPARATOR.
# A key takes one of its classes or, where "words" is true, a list of words
# WORD|WORD|... (lower case, as the text writes them).
CUES = {
    "object": {"classes": ("place", "actor", "institution"), "words": True},
    "after": {"classes": (), "words": True},
    "subject": {"classes": ("person", "force", "several"), "words": True},
}
CUE_SEPARATOR = " ; "
NO_DEFAULT = "no default"
WORD = re.compile(r"[^\W_](?:[\w'-]*[^\W_])?")

# Codes whose CAMEO root is not one the ontology gives the type, allowed
# because a codebook or the ontology's own definition puts them there.
EXCEPTIONS = {
    ("AGREE", "057"): "signing a formal agreement: sg:AGREE's scope note codes it AGREE "
                      "(CAMEO 05; CAMEO2PLOVER-2021 gives SUPPORT)",
    ("COERCE", "191"): "blockade, restrict movement: CAMEO2PLOVER-2021 maps 191 to COERCE "
                       "and sg:COERCE names blockades (CAMEO root 19)",
    ("COERCE", "192"): "occupy territory: CAMEO2PLOVER-2021 maps 192 to COERCE "
                       "and sg:COERCE names seizure of territory (CAMEO root 19)",
    ("ASSAULT", "1712"): "destroy property: CAMEO2PLOVER-2021 and the PLOVER manual move it "
                         "from COERCE to ASSAULT (CAMEO root 17)",
    ("ASSAULT", "175"): "violent repression: CAMEO2PLOVER-2021 maps 175 to ASSAULT (CAMEO root 17)",
}

# The event codes of the CAMEO 1.1b3 codebook, as ranges of equal width.
CAMEO_CODES = """
01 010-019
02 020 021 0211-0214 022 023 0231-0234 024 0241-0244 025 0251-0256 026-028
03 030 031 0311-0314 032 033 0331-0334 034 0341-0344 035 0351-0356 036-039
04 040-046
05 050-057
06 060-064
07 070-075
08 080 081 0811-0814 082 083 0831-0834 084 0841-0842 085 086 0861-0863 087 0871-0874
09 090-094
10 100 101 1011-1014 102 103 1031-1034 104 1041-1044 105 1051-1056 106-108
11 110 111 112 1121-1125 113-116
12 120 121 1211-1214 122 1221-1224 123 1231-1234 124 1241-1246 125-129
13 130 131 1311-1313 132 1321-1324 133-138 1381-1385 139
14 140 141 1411-1414 142 1421-1424 143 1431-1434 144 1441-1444 145 1451-1454
15 150-155
16 160-162 1621-1623 163-166 1661-1663
17 170 171 1711-1712 172 1721-1724 173-176
18 180-182 1821-1823 183 1831-1834 184-186
19 190-196 1951-1952
20 200-204 2041-2042
"""

# Prepositions a target may be written with ("on/against": either).
PREPOSITIONS = {"about", "across", "against", "at", "behind", "between", "by", "for", "from",
                "in", "into", "of", "on", "over", "through", "to", "toward", "towards",
                "upon", "with", "near"}

SOURCE_PREFIXES = ("CAMEO 1.1b3", "PETRARCH2 CAMEO.2.0", "PLOVER", "general English", "stancegraph")

LEMMA = re.compile(r"[^\W_](?:[\w' .-]*[^\W_])?")


def cameo_codes():
    codes = set()
    for item in CAMEO_CODES.split():
        if "-" in item:
            first, last = item.split("-")
            width = len(first)
            codes.update(str(n).zfill(width) for n in range(int(first), int(last) + 1))
        else:
            codes.add(item)
    return codes


def read_ontology(path):
    """The event types of sg:EventTypes and the two-digit CAMEO roots of each."""
    text = path.read_text(encoding="utf-8")
    types = {}
    for match in re.finditer(r"^sg:([A-Z]+)\n(.*?)\s\.\n", text, re.M | re.S):
        name, body = match.groups()
        if "skos:inScheme sg:EventTypes" not in body:
            continue
        codes = re.findall(r'"([0-9]{2,4})"\^\^sg:cameoCode', body)
        types[name] = {code[:2] for code in codes}
    return types


def parse_when(when):
    """The cues of a `when` cell as [(key, value)], value a class name or a
    frozenset of words; raises ValueError with what is wrong."""
    if when != when.strip():
        raise ValueError("no leading or trailing spaces")
    cues = []
    for cue in when.split(CUE_SEPARATOR):
        if ";" in cue:
            raise ValueError(f"cue '{cue}': separate cues with '{CUE_SEPARATOR}', a space on either side")
        key, eq, value = cue.partition("=")
        if not eq or key not in CUES or not value:
            raise ValueError(f"cue '{cue}': want KEY=VALUE, KEY one of {', '.join(CUES)}; "
                             f"separate cues with '{CUE_SEPARATOR}'")
        if any(key == k for k, _ in cues):
            raise ValueError(f"cue '{cue}': {key}= is given twice; a row has at most one cue of each kind")
        spec = CUES[key]
        if value in spec["classes"]:
            cues.append((key, value))
            continue
        if not spec["words"]:
            raise ValueError(f"cue '{cue}': want {' or '.join(key + '=' + c for c in spec['classes'])}")
        words = value.split("|")
        for word in words:
            if word in spec["classes"]:
                raise ValueError(f"cue '{cue}': '{word}' names the class {key}={word}, "
                                 "which a list of words cannot hold")
            if not WORD.fullmatch(word) or word != word.lower():
                raise ValueError(f"cue '{cue}': '{word}' is no lower-case word; list words "
                                 "as the text writes them, separated by |")
            if words.count(word) > 1:
                raise ValueError(f"cue '{cue}': '{word}' is listed twice")
        cues.append((key, frozenset(words)))
    return cues


def implies(later, earlier):
    """Whether the cues `later` can hold only where the cues `earlier` hold:
    every cue of `earlier` has a cue of `later` on the same key with the same
    class, or with a subset of its words."""
    later = dict(later)
    for key, value in earlier:
        other = later.get(key)
        if isinstance(value, frozenset) and isinstance(other, frozenset):
            if not other <= value:
                return False
        elif other != value:
            return False
    return True


class Checker:
    def __init__(self, path, types, min_per_type):
        self.path = path
        self.types = types
        self.min_per_type = min_per_type
        self.codes = cameo_codes()
        self.errors = 0
        self.rows = []  # (line, fields)
        self.cues = {}  # line -> parsed cues of a row whose when is valid

    def error(self, line, message):
        where = f"{self.path}:{line}" if line else f"{self.path}"
        print(f"{where}: error: {message}", file=sys.stderr)
        self.errors += 1

    def run(self):
        try:
            with self.path.open(encoding="utf-8", newline="") as f:  # keep CRs, to name them
                lines = f.read().split("\n")
        except (OSError, UnicodeDecodeError) as e:
            self.error(0, f"cannot read: {e}")
            return
        header_seen = False
        for number, line in enumerate(lines, 1):
            if line.endswith("\r"):
                self.error(number, "a CR LF line end: write the file with LF line ends")
                line = line[:-1]
            if line.strip() == "" or line.startswith("#"):
                continue
            fields = line.split("\t")
            if not header_seen:
                header_seen = True
                if fields != HEADER:
                    self.error(number, "the first line must be the header: " + "\\t".join(HEADER))
                continue
            if len(fields) != len(HEADER):
                self.error(number, f"{len(fields)} tab-separated columns, want {len(HEADER)} "
                                   "(lemma pos event cameo target when source note)")
                continue
            self.check_row(number, fields)
            self.rows.append((number, fields))
        if not header_seen:
            self.error(0, "no header and no rows")
            return
        self.check_file()

    def check_row(self, n, f):
        lemma, pos, event, cameo, target, when, source, note = f
        if lemma != lemma.strip() or lemma != lemma.lower() or "  " in lemma or not LEMMA.fullmatch(lemma):
            self.error(n, f"lemma '{lemma}': lower-case words separated by single spaces")
        if pos not in POS:
            self.error(n, f"pos '{pos}': want one of {', '.join(POS)}")
        if pos == "light":
            if event != "-" or cameo != "-":
                self.error(n, "a light verb has event - and cameo -: the event noun decides")
        elif event == "NONE":
            if cameo != "-":
                self.error(n, "a guard (event NONE) has cameo -")
            if not note:
                self.error(n, "a guard (event NONE) needs a note saying what the phrase is")
        elif event not in self.types:
            self.error(n, f"event '{event}': not an event type of the ontology "
                          f"({', '.join(sorted(self.types))}), NONE or (for a light verb) -")
        else:
            self.check_code(n, event, cameo)
        if target not in ("-", "none"):
            for prep in target.split("/"):
                if prep not in PREPOSITIONS and prep != "-":
                    self.error(n, f"target '{target}': want -, none or prepositions such as on, "
                                  "with, against (a/b for either, -/with for the object or with)")
                    break
        self.check_when(n, pos, when)
        self.check_source(n, event, cameo, source)
        if note != note.strip():
            self.error(n, "note: no leading or trailing spaces")
        if source == "general English" and not note:
            self.error(n, "a word from general English needs a note: the sense, and the codebook "
                          "word or code it stands with")

    def check_when(self, n, pos, when):
        if not when:
            return
        if pos == "light":
            self.error(n, "a light verb takes no cue (when): its event noun decides")
            return
        try:
            self.cues[n] = parse_when(when)
        except ValueError as e:
            self.error(n, f"when: {e}")

    def check_code(self, n, event, cameo):
        if not re.fullmatch(r"[0-9]{2,4}", cameo):
            self.error(n, f"cameo '{cameo}': a CAMEO code is 2 to 4 digits, e.g. 0234, 112, 190")
            return
        if cameo not in self.codes:
            self.error(n, f"cameo '{cameo}': not an event code of the CAMEO 1.1b3 codebook")
            return
        if cameo[:2] in self.types[event] or (event, cameo) in EXCEPTIONS:
            return
        roots = "/".join(sorted(self.types[event]))
        self.error(n, f"cameo '{cameo}' (root {cameo[:2]}) does not code {event} "
                      f"(CAMEO root {roots} in the ontology) and is no listed exception")

    def check_source(self, n, event, cameo, source):
        if not source:
            self.error(n, "source: say which codebook and where, or 'general English'")
            return
        for part in source.split("; "):
            if not part.startswith(SOURCE_PREFIXES):
                self.error(n, f"source '{part}': start with one of: {', '.join(SOURCE_PREFIXES)}")
        if event not in self.types:
            return
        cited = re.findall(r"(?:CAMEO 1\.1b3|CAMEO2PLOVER-2021) ([0-9]{2,4})\b", source)
        cited += re.findall(r"\[([^\]:]*)", source)
        for code in cited:
            if code != cameo:
                self.error(n, f"source cites code '{code or ':'}' but the row's cameo is {cameo}")

    def check_file(self):
        seen = {}
        events_of = collections.defaultdict(set)
        for n, f in self.rows:
            # A guard codes nothing: a word may have one for each cue that
            # makes it none ("defend" a place, "defend" itself). A cued row
            # may take back its word's default type before a narrower row of
            # another ("charged Iran with": ACCUSE before the COERCE of a
            # court's charge, ACCUSE again by default).
            key = (f[0], f[1], f[2]) + ((f[WHEN],) if f[2] == "NONE" or f[WHEN] else ())
            if key in seen:
                self.error(n, f"'{f[0]}' {f[1]} {f[2]} is listed twice (first at line {seen[key]})")
            else:
                seen[key] = n
            if f[2] != "-":
                events_of[(f[0], f[1])].add(f[2])
        for n, f in self.rows:
            if len(events_of[(f[0], f[1])]) > 1 and not f[NOTE]:
                others = sorted(events_of[(f[0], f[1])] - {f[2]})
                self.error(n, f"'{f[0]}' {f[1]} is also listed under {', '.join(others)}: "
                              "say in a note when it is this one")
        self.check_senses()
        counts = self.counts()
        for event in sorted(self.types):
            if counts[event]["all"] < self.min_per_type:
                self.error(0, f"{event} has {counts[event]['all']} rows, fewer than {self.min_per_type}")

    def words(self):
        """The rows of each lemma+pos that is not a light verb, in file order."""
        words = collections.defaultdict(list)
        for n, f in self.rows:
            if f[1] != "light":
                words[(f[0], f[1])].append((n, f))
        return words

    def check_senses(self):
        """One default per word, or a note saying there is none; no row that
        an earlier row of the same word always wins over."""
        for (lemma, pos), rows in self.words().items():
            defaults = [n for n, f in rows if not f[WHEN]]
            for n in defaults[1:]:
                self.error(n, f"'{lemma}' {pos} has a default row (empty when) at line {defaults[0]} "
                              "already: give all but one a cue")
            said = [n for n, f in rows if NO_DEFAULT in f[NOTE]]
            if not defaults and not said:
                self.error(rows[0][0], f"'{lemma}' {pos} has a cue on every row: say '{NO_DEFAULT}' "
                                       "in a note (the word makes no event without a cue), or empty "
                                       "the when of its default row")
            if defaults and said:
                self.error(said[0], f"the note says '{NO_DEFAULT}' but line {defaults[0]} is the "
                                    f"default row of '{lemma}' {pos}")
            cued = [(n, self.cues[n]) for n, f in rows if n in self.cues]
            for j, (n, cues) in enumerate(cued):
                for m, earlier in cued[:j]:
                    if implies(cues, earlier):
                        self.error(n, f"when: these cues hold only where those of line {m} hold, "
                                      "and that row is tried first: this row can never apply")
                        break

    def counts(self):
        counts = collections.defaultdict(collections.Counter)
        for _, f in self.rows:
            counts[f[2]][f[1]] += 1
            counts[f[2]]["all"] += 1
            counts[f[2]]["cued"] += bool(f[WHEN])
        return counts

    def sense_counts(self):
        """Words under several types, how many have a default row, and words
        of one type that need a cue."""
        several = default = single_cued = 0
        for rows in self.words().values():
            if len(rows) > 1:
                several += 1
                default += any(not f[WHEN] for _, f in rows)
            elif rows[0][1][WHEN]:
                single_cued += 1
        return several, default, single_cued

    def report(self):
        counts = self.counts()
        print(f"{self.path}: {len(self.rows)} rows")
        print(f"  {'type':<10} {'rows':>5} {'verbs':>6} {'nouns':>6} {'adj':>4} {'cued':>5}")
        for event in list(self.types) + ["NONE", "-"]:
            c = counts[event]
            label = {"NONE": "guards", "-": "light"}.get(event, event)
            print(f"  {label:<10} {c['all']:>5} {c['verb'] + c['light']:>6} {c['noun']:>6} {c['adj']:>4} "
                  f"{c['cued']:>5}")
        several, default, single_cued = self.sense_counts()
        print(f"words under several types: {several} ({default} with a default row, "
              f"{several - default} with a cue on every row)")
        print(f"words of one type with a cue: {single_cued}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", default=str(ROOT / "ontologies/rules/triggers.tsv"))
    parser.add_argument("--ontology", default=str(ROOT / "ontologies/stancegraph.ttl"),
                        help="the ontology giving the event types and their CAMEO roots")
    parser.add_argument("--min-per-type", type=int, default=20, metavar="N",
                        help="fewest rows each event type must have (default 20)")
    args = parser.parse_args()
    ontology = pathlib.Path(args.ontology)
    try:
        types = read_ontology(ontology)
    except (OSError, UnicodeDecodeError) as e:
        print(f"{ontology}: error: cannot read: {e}", file=sys.stderr)
        return 1
    if not types:
        print(f"{ontology}: error: no event types (skos:inScheme sg:EventTypes) found", file=sys.stderr)
        return 1
    for name, roots in types.items():
        if not roots:
            print(f"{ontology}: error: sg:{name} has no CAMEO code (skos:notation ...^^sg:cameoCode)",
                  file=sys.stderr)
            return 1
    checker = Checker(pathlib.Path(args.file), types, args.min_per_type)
    checker.run()
    if checker.rows:
        checker.report()
    if checker.errors:
        print(f"{args.file}: {checker.errors} error(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
