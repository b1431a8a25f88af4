#!/usr/bin/env python3
"""Writes a benchmark corpus of report-style text of any size.

The reports are made from the project's own reports (examples/reports and
tests/data/corpus): each generated report joins three of them as sections,
moved to a new report date (every "Month D" in the text shifted with it),
with the people renamed and the stance and speech verbs varied, so that the
corpus is not the same few kilobytes over and over and the graph grows with
it as a real archive's does. Deterministic for a given --seed.

Usage: bench/gen_corpus.py --mb 20 --out DIR [--jsonl FILE] [--seed 1]
       bench/gen_corpus.py --reports 365 --out DIR    # a year of daily reports
"""
import argparse
import datetime
import glob
import json
import os
import random
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTH_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2})\b(, (\d{4}))?")
ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")

# Same stance, other words: each group's members replace each other.
VARIANTS = [
    ["rejected", "refused", "dismissed"],
    ["stated", "said", "claimed", "announced"],
    ["accused", "blamed"],
    ["condemned", "denounced"],
    ["urged", "called on"],
    ["threatened", "warned"],
    ["met with", "held talks with"],
    ["attacked", "struck"],
    ["reportedly advanced", "advanced"],
]
FIRST = ["Amal", "Boris", "Chen", "Dara", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kemal", "Lina",
         "Marek", "Nadia", "Omar", "Petra", "Quang", "Rania", "Sven", "Tamar", "Umar", "Vera", "Wen", "Yusuf"]
LAST = ["Abara", "Belkin", "Castell", "Dunmore", "Eskandari", "Ferreyra", "Galvan", "Haddad", "Ivanescu",
        "Jovanic", "Kaminski", "Lindqvist", "Mbeki", "Nakashima", "Okafor", "Petrenko", "Quist", "Rahimi",
        "Sorensen", "Tanaka", "Udeh", "Varga", "Wojcik", "Yilmaz", "Zamora"]
# A person named after a title: "Foreign Minister Abderaman Koulamallah".
PERSON = re.compile(r"\b(Minister|President|Spokesperson|Secretary|Chancellor|Envoy|Commander|Chief|Leader|"
                    r"Premier|Ambassador|Adviser|Advisor|Director) ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)(?=[ ,.'][^A-Z])")


def report_date(path, text):
    m = ISO_DATE.search(os.path.basename(path))
    if m:
        return datetime.date.fromisoformat(m.group(0))
    m = MONTH_DAY.search(text)
    if m and m.group(4):
        return datetime.date(int(m.group(4)), MONTHS.index(m.group(1)) + 1, int(m.group(2)))
    return datetime.date(2025, 6, 1)


def shift_dates(text, old, new):
    delta = new - old

    def move(m):
        year = int(m.group(4)) if m.group(4) else old.year
        try:
            d = datetime.date(year, MONTHS.index(m.group(1)) + 1, int(m.group(2)))
        except ValueError:
            return m.group(0)
        d += delta
        return f"{MONTHS[d.month - 1]} {d.day}" + (f", {d.year}" if m.group(4) else "")

    return MONTH_DAY.sub(move, text)


def rename_people(text, rng):
    names = {}
    for m in PERSON.finditer(text):
        full = m.group(2)
        if full not in names:
            names[full] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    # Longest first, then each surname alone ("Koulamallah said").
    for full in sorted(names, key=len, reverse=True):
        new = names[full]
        text = text.replace(full, new)
        old_last, new_last = full.split()[-1], new.split()[-1]
        if len(old_last) > 3:
            text = re.sub(r"\b" + re.escape(old_last) + r"\b", new_last, text)
    return text


def vary(text, rng):
    for group in VARIANTS:
        pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in group) + r")\b")
        text = pattern.sub(lambda m: rng.choice(group), text)
    return text


def body(text):
    """The text without its title and date lines and its endnotes."""
    lines = text.split("\n")
    notes = [l for l in lines if re.match(r"\[\d+\] ", l)]
    main = [l for l in lines if not re.match(r"\[\d+\] ", l) and l.strip() != "Endnotes"]
    return "\n".join(main[2:]).strip(), notes


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    size = ap.add_mutually_exclusive_group(required=True)
    size.add_argument("--mb", type=float, help="size of the corpus in MB (10^6 bytes)")
    size.add_argument("--reports", type=int, help="number of reports, one a day")
    ap.add_argument("--out", required=True, help="directory for the .txt reports")
    ap.add_argument("--jsonl", help="also write the reports as JSON Lines to this file")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    sources = sorted(glob.glob(os.path.join(root, "examples", "reports", "*.txt")) +
                     glob.glob(os.path.join(root, "tests", "data", "corpus", "*.txt")))
    templates = []
    for path in sources:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        templates.append((report_date(path, text), text))
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    jsonl = open(args.jsonl, "w", encoding="utf-8") if args.jsonl else None
    target = int(args.mb * 1_000_000) if args.mb is not None else None
    written = 0
    day = datetime.date(2019, 1, 1)
    n = 0
    while (written < target) if target is not None else (n < args.reports):
        n += 1
        day += datetime.timedelta(days=1)
        sections, notes = [], []
        for old, text in rng.sample(templates, 3):
            part, part_notes = body(shift_dates(text, old, day))
            offset = len(notes)
            # Renumber the section's footnotes after the ones before it.
            part = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", part)
            for note in part_notes:
                num, url = re.match(r"\[(\d+)\] (.*)", note).groups()
                notes.append(f"[{int(num) + offset}] {url}")
            sections.append(vary(rename_people(part, rng), rng))
        title = f"Conflict Assessment {n}"
        date_line = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
        text = f"{title}\n{date_line}\n\n" + "\n\n".join(sections) + "\n\nEndnotes\n" + "\n".join(notes) + "\n"
        name = f"{day.isoformat()}_{n:06d}.txt"
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            f.write(text)
        if jsonl:
            jsonl.write(json.dumps({"id": name, "date": day.isoformat(), "title": title,
                                    "url": f"https://example.org/assessments/{n}", "text": text},
                                   ensure_ascii=False) + "\n")
        written += len(text.encode("utf-8"))
    if jsonl:
        jsonl.close()
    print(f"{n} reports, {written / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
