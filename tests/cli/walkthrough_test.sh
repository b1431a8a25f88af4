#!/usr/bin/env bash
# Follows the walk-throughs of docs/rules.md on a copy of ontologies/, with
# the very lines the page shows: a new stance verb in lexicon.txt, a new
# phrase rule, a new organization row. Each must change what `explain`
# finds, and must not have been found before the edit.
set -u
bin=${STANCEGRAPH_BIN:-build/stancegraph}
src=${SOURCE_DIR:-.}
doc="$src/docs/rules.md"
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
cp -r "$src/ontologies/rules" "$t/rules"
cp -r "$src/ontologies/gazetteer" "$t/gazetteer"
failures=0
passed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failures=$((failures + 1)); echo "FAIL $1"; }
explain() { "$bin" explain --rules "$t/rules" --gazetteer "$t/gazetteer" --date 2025-09-04 "$1" 2>&1; }

# 1. A new stance verb: the page says to add "~nix" to the REJECT class.
verb=$(grep -o '`REJECT = [^`]*`' "$doc" | head -1 | tr -d '`' | awk '{print $NF}')
[ "$verb" = "~nix" ] && ok "the page names the lexicon edit ($verb)" || fail "no REJECT lexicon edit found in $doc"
sentence="Hungary nixed the sanctions package."
explain "$sentence" | grep -q '=> REJECT' && fail "REJECT found before the edit" || ok "no REJECT before the edit"
sed -i "s/^REJECT = .*/& $verb/" "$t/rules/lexicon.txt"
explain "$sentence" | grep -q '=> REJECT (reject.verb) actor=state/HU' && ok "REJECT by Hungary after the edit" ||
  { fail "no REJECT by state/HU after adding $verb"; explain "$sentence"; }

# 2. A phrase rule: the fenced block holding "rule reject.cold-water".
awk 'BEGIN{inblock=0}
     /^```/{ if(inblock){ if(buf ~ /rule reject\.cold-water/){printf "%s", buf; exit} inblock=0 } else {inblock=1; buf=""} next }
     inblock{buf=buf $0 "\n"}' "$doc" > "$t/rule.keep"
grep -q '^rule reject.cold-water' "$t/rule.keep" && ok "the page shows the phrase rule" || fail "no rule block in $doc"
phrase="Hungary threw cold water on the plan."
explain "$phrase" | grep -q '=> REJECT' && fail "REJECT found without the rule" || ok "no REJECT without the rule"
cp "$t/rule.keep" "$t/rules/90-walkthrough.rules"
explain "$phrase" | grep -q '=> REJECT (reject.cold-water) actor=state/HU' && ok "the phrase rule fires" ||
  { fail "the phrase rule does not fire"; explain "$phrase"; }

# 3. A new organization: the tab-separated row the page shows.
row=$(grep -P '^black-sea-jcc\t' "$doc")
[ -n "$row" ] && ok "the page shows the organization row" || fail "no organization row in $doc"
org_sentence="The JCC stated that the corridor is open."
explain "$org_sentence" | grep -q 'org/black-sea-jcc' && fail "entity found before the row" || true
printf '%s\n' "$row" >> "$t/gazetteer/organizations.tsv"
"$bin" rules check --rules "$t/rules" --gazetteer "$t/gazetteer" > "$t/check.out" 2>&1 && ok "rules check accepts the edited files" ||
  { fail "rules check rejects the edited files"; cat "$t/check.out"; }
explain "$org_sentence" | grep -q 'org/black-sea-jcc' && ok "the new organization is found" ||
  { fail "org/black-sea-jcc not found"; explain "$org_sentence"; }
explain "$org_sentence" | grep -q '=> STATEMENT.*org/black-sea-jcc' && ok "it speaks: a STATEMENT by it" ||
  { fail "no STATEMENT by the new organization"; explain "$org_sentence"; }

echo "$passed passed, $failures failed"
[ "$failures" = 0 ]
