#!/usr/bin/env python3
"""Writes ontologies/rules/wordnet-lemmas.tsv and wordnet-irregular.tsv from
WordNet 3.0 as Debian's wordnet-base installs it (/usr/share/wordnet).

Usage: scripts/gen-wordnet.py [--wordnet DIR] [--out DIR]

The two files are committed: users of stancegraph need no WordNet. Run this
again only to change what the files hold; extract/morphology.h reads them.

wordnet-lemmas.tsv   lemma, then for noun, verb, adjective and adverb the
                     lemma's tagsense_cnt in WordNet's index.* files (how many
                     of its senses were seen in the tagged SemCor texts: a
                     frequency hint), or '-' when it is not of that class.
wordnet-irregular.tsv  form, lemma, class (n v a r) and inflection, from the
                     exception lists (*.exc), which name no inflection: this
                     script derives it (see classify_verb_forms) and adds the
                     verbs whose past is their base (ZERO_CHANGE).
"""

import argparse
import collections
import os
import sys

CLASSES = "nvar"
INDEX = {"n": "index.noun", "v": "index.verb", "a": "index.adj", "r": "index.adv"}
EXC = {"n": "noun.exc", "v": "verb.exc", "a": "adj.exc", "r": "adv.exc"}

# Verbs whose past and past participle are spelled as their base ("Russia
# cut supplies", "has hit"). Morphy needs no exception for them, so
# WordNet lists none; a tagger does.
ZERO_CHANGE = """
    bet bid broadcast burst cast cost cut fit forecast hit hurt let offset put quit read recast reset rid
    set shed shut slit split spread sublet thrust typeset undercut upset wet
""".split()
# Verbs whose past alone is spelled as their base; WordNet lists their
# participle ("beaten").
ZERO_CHANGE_PAST = "beat browbeat outbid overbid".split()

# Verbs whose regular past and participle English writes beside the irregular
# ones WordNet lists ("speeded up the withdrawal" beside "sped"; dictionaries
# give both). WordNet lists only the irregular spelling, so the regular one
# would not be a form of the verb. (The -t pasts, "burnt" and "burned", are
# read by extract/rules.cpp.)
REGULAR_BESIDE = {"speeded": "speed", "dived": "dive", "lighted": "light", "pleaded": "plead", "shined": "shine",
                  "hanged": "hang", "strived": "strive", "weaved": "weave", "waked": "wake"}
# Spellings of the base that the exception list gives as forms: they would
# pass for pasts.
SPELLING_VARIANTS = {("co-ordinate", "coordinate"), ("deep-freeze", "deepfreeze"), ("squilgee", "squeegee"),
                     ("tranship", "transship"), ("torrify", "torrefy")}
# "got" is a participle too ("has got"), though "gotten" is listed.
PAST_AND_PARTICIPLE = {("got", "get")}

# The forms of "be" that no rule below tells apart.
BE = {"am": "base", "are": "base", "is": "third", "was": "past", "were": "past", "been": "participle"}


def read_licence(wordnet):
    """The licence WordNet prints at the top of each index file ("  1 This
    software..."), whose terms ask that it go with every copy."""
    lines = []
    with open(os.path.join(wordnet, INDEX["n"]), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("  "):
                break
            lines.append(line.strip().partition(" ")[2].rstrip())
    return lines


def read_lemmas(wordnet):
    """lemma -> {class: tagsense_cnt} for single words (hyphens allowed)."""
    lemmas = collections.defaultdict(dict)
    for c in CLASSES:
        with open(os.path.join(wordnet, INDEX[c]), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):  # the licence at the top of each index file
                    continue
                # lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
                fields = line.split()
                lemma = fields[0]
                if "_" in lemma:
                    continue
                pointers = int(fields[3])
                lemmas[lemma][c] = int(fields[5 + pointers])
    return lemmas


def read_exceptions(wordnet):
    """class -> [(form, lemma)], single words only."""
    rows = {}
    for c in CLASSES:
        rows[c] = []
        with open(os.path.join(wordnet, EXC[c]), encoding="utf-8") as f:
            for line in f:
                form, *lemmas = line.split()
                if "_" in form:
                    continue
                rows[c].extend((form, lemma) for lemma in lemmas if "_" not in lemma)
    return rows


def differs_by_vowel(form, lemma, lemma_vowels, form_vowel):
    """True when `form` is `lemma` with one of `lemma_vowels` changed into
    `form_vowel` (run -> ran, come -> came)."""
    if len(form) != len(lemma):
        return False
    changes = [(a, b) for a, b in zip(lemma, form) if a != b]
    return len(changes) == 1 and changes[0][0] in lemma_vowels and changes[0][1] == form_vowel


def u_ablaut(form, lemma):
    """sung, drunk, countersunk, struck, hung: a 'u' the lemma does not have."""
    return form.count("u") > lemma.count("u")


def classify_verb_forms(lemma, forms):
    """Inflections of the irregular forms WordNet lists for one verb.

    The exception lists do not say which form is the past and which the
    participle. What the data shows:
    - forms in -ing are gerunds, forms in -s third persons, and forms in -ed
      (admitted, planned, fled) past and participle alike;
    - of the other forms, participles end in -n or -ne but not -an (taken,
      gone, begun, been, shown) or have a u the base lacks (sung, drunk,
      struck); the rest are pasts (took, went, began, ran, sang);
    - a verb that lists pasts only uses them as participles too (fought,
      sought, met, left, said), except a past that changes the base's u or
      o into a (ran, came, became): its participle is the base (run, come);
    - a verb that lists participles only uses those as pasts too (struck,
      won, spun, hung), except those in -en or -wn (beaten, shown, sewn,
      proven), whose past is regular (showed) or the base (beat).
    Returns [(form, inflection)].
    """
    out = []
    pasts, participles = [], []
    for form in forms:
        if lemma == "be" and form in BE:
            out.append((form, BE[form]))
        elif form == lemma or (form, lemma) in SPELLING_VARIANTS:
            out.append((form, "base"))  # a blocker: bed, shed, feed (see the header)
        elif (form, lemma) in PAST_AND_PARTICIPLE:
            out += [(form, "past"), (form, "participle")]
        elif form.endswith("ing"):
            out.append((form, "gerund"))
        elif form.endswith("s"):
            out.append((form, "third"))
        elif form.endswith("ed"):
            out += [(form, "past"), (form, "participle")]
        elif (form.endswith(("n", "ne")) and not form.endswith("an")) or u_ablaut(form, lemma):
            participles.append(form)
        else:
            pasts.append(form)
    for form in pasts:
        out.append((form, "past"))
        if not participles and not differs_by_vowel(form, lemma, "uo", "a"):
            out.append((form, "participle"))
    for form in participles:
        out.append((form, "participle"))
        if not pasts and not form.endswith(("en", "wn")):
            out.append((form, "past"))
    if pasts and not participles and all(differs_by_vowel(p, lemma, "uo", "a") for p in pasts):
        out.append((lemma, "participle"))  # has run, has come, has become
    return out


def inflection_of(c, form, lemma):
    if form == lemma:
        return "base"
    if c == "n":
        return "plural"
    if form.endswith("st"):
        return "superlative"  # adjectives and adverbs: best, hardest
    if form.endswith("er") or form == "worse":
        return "comparative"
    return "base"  # a spelling variant: halfways


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet", help="WordNet's dict directory")
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--out", default=os.path.join(here, "ontologies", "rules"))
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.wordnet, "index.verb")):
        sys.exit(f"gen-wordnet.py: no WordNet in {args.wordnet} (apt-get install wordnet-base)")

    lemmas = read_lemmas(args.wordnet)
    exceptions = read_exceptions(args.wordnet)
    exception_forms = {form for rows in exceptions.values() for form, _ in rows}

    # Rare nouns that can be nothing else tell the tagger nothing it would
    # not guess for an unknown word; they are two fifths of the file. Kept:
    # a noun any SemCor text tagged, and one whose spelling a suffix rule or
    # an exception could read as another word's form (ceiling, lasers).
    def rare_noun(lemma, counts):
        return (list(counts) == ["n"] and counts["n"] == 0 and not lemma.endswith(("s", "ed", "ing", "er", "est"))
                and lemma not in exception_forms)

    dropped = sum(1 for lemma, counts in lemmas.items() if rare_noun(lemma, counts))
    lemmas = {lemma: counts for lemma, counts in lemmas.items() if not rare_noun(lemma, counts)}

    rows = set()
    for c in CLASSES:
        if c == "v":
            by_lemma = collections.defaultdict(list)
            for form, lemma in exceptions[c]:
                by_lemma[lemma].append(form)
            for lemma, forms in by_lemma.items():
                rows.update((form, lemma, c, inflection) for form, inflection in classify_verb_forms(lemma, forms))
        else:
            rows.update((form, lemma, c, inflection_of(c, form, lemma)) for form, lemma in exceptions[c])
    for lemma in ZERO_CHANGE:
        rows.update({(lemma, lemma, "v", "past"), (lemma, lemma, "v", "participle")})
    for lemma in ZERO_CHANGE_PAST:
        rows.add((lemma, lemma, "v", "past"))
    for form, lemma in REGULAR_BESIDE.items():
        rows.update({(form, lemma, "v", "past"), (form, lemma, "v", "participle")})
    # A reading needs its lemma in the lemma file; a "base" row also blocks
    # the suffix rules, and so stays even without one ("easter" is no
    # comparative of "east").
    unknown = {r for r in rows if r[3] != "base" and r[2] not in lemmas.get(r[1], {})}
    rows = sorted(rows - unknown)

    command = "scripts/gen-wordnet.py" + ("" if args.wordnet == "/usr/share/wordnet" else f" --wordnet {args.wordnet}")
    source = [
        "Source: WordNet 3.0, Princeton University (https://wordnet.princeton.edu/), as Debian's wordnet-base",
        "package installs it in /usr/share/wordnet.",
        "Licence: the WordNet 3.0 licence, permissive (use, copy, modify and distribute, keeping the notice",
        "below): read it at https://wordnet.princeton.edu/license-and-commercial-use or in",
        "/usr/share/doc/wordnet-base/copyright. Its text:",
    ] + [("  " + line).rstrip() for line in read_licence(args.wordnet)] + [
        f"Generated by {command}; do not edit by hand, change the script.",
    ]

    lemma_header = [
        "wordnet-lemmas.tsv: every single-word lemma of WordNet (hyphenated words too) with, for each word class",
        "(noun, verb, adjective, adverb), the number of its senses that WordNet's tagged texts (SemCor) used, its",
        "tagsense_cnt: a frequency hint, 0 for rare words; '-' when the word is not of that class.",
        "Read by extract/morphology.h.",
    ] + source + [
        f"Left out: {dropped} rare nouns that are nothing else (tagsense_cnt 0, not a verb, adjective or adverb:",
        "'stipend', 'mitterrand'). A tagger guesses a noun for a word it does not know anyway, and they would",
        "make this file two thirds bigger and its loading slower. Kept: such a noun when a suffix rule or an",
        "exception list could read it as another word's form ('ceiling', 'lasers').",
    ]
    irregular_header = [
        "wordnet-irregular.tsv: the inflected forms WordNet's exception lists (noun.exc, verb.exc, adj.exc,",
        "adv.exc) name, with their lemma, word class (n v a r) and inflection: plural; third, past,",
        "participle, gerund; comparative, superlative; base for a form that is its own lemma, which keeps the",
        "suffix rules away from it ('bed' is not the past of 'be', 'easter' no comparative of 'east').",
        "WordNet does not say which verb form is the past and which the participle: scripts/gen-wordnet.py",
        "derives it (classify_verb_forms) and adds the verbs whose past is their base (cut, hit, put, set)",
        "and the regular pasts English writes beside irregular ones (speeded, dived, lighted).",
        "A form that is both past and participle has a row for each. Read by extract/morphology.h.",
    ] + source + [
        f"Left out: multiword entries and {len(unknown)} forms of lemmas wordnet-lemmas.tsv does not hold.",
    ]

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "wordnet-lemmas.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.writelines(f"# {line}".rstrip() + "\n" for line in lemma_header)
        f.write("lemma\tnoun\tverb\tadjective\tadverb\n")
        for lemma in sorted(lemmas):
            counts = lemmas[lemma]
            f.write(lemma + "".join(f"\t{counts[c]}" if c in counts else "\t-" for c in CLASSES) + "\n")
    with open(os.path.join(args.out, "wordnet-irregular.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.writelines(f"# {line}".rstrip() + "\n" for line in irregular_header)
        f.write("form\tlemma\tclass\tinflection\n")
        for row in rows:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
