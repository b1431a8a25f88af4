// matcher.h — running one compiled pattern over a clause's items (inside extract/).
//
// A backtracking matcher: greedy quantifiers, lazy gaps. Patterns are
// short and clauses are tens of items, so the cost per rule and start
// position is small; the trigger index in RuleSet keeps the number of
// rules tried per sentence down.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "chunker.h"
#include "rules.h"

namespace sg::extract {

struct Capture {
  std::string name;
  std::size_t begin = 0, end = 0;  // item range
};

struct Match {
  const Rule* rule = nullptr;
  std::size_t begin = 0, end = 0;   // item range of the whole match
  std::vector<Capture> captures;
  std::vector<std::size_t> trigger;  // items matched by literal words, classes and NEG
  int negations = 0;                 // inside VG
  bool hypothetical = false;         // would, could, might
  bool only_would = false;           // ... and the only such modal was "would" (reported, a future)
  bool future = false;               // will, shall
  bool planned = false;              // plans to, intends to
  bool be = false;                   // a form of "be" inside VG: with a participle, a passive
  std::vector<std::size_t> vg_dates; // Date items inside VG
  std::size_t vg_items = 0;          // items the verb group consumed
  VerbForm trigger_form = VerbForm::Other;
  std::size_t content_begin = 0, content_end = 0;  // frames
  bool infinitive = false;           // lexical readings: "to withdraw" is not a fact by itself
  bool purpose = false;              // lexical readings: "stayed home to protest", no content of another event
  bool nominal = false;              // lexical readings: an event noun ("Russia's attack on Kyiv")
};

// Where each of the rules' requirements (RuleSet::requirements) last occurs
// in items[begin, end): an item's index, or SIZE_MAX where none does. One
// pass over the items serves every rule tried there.
std::vector<std::size_t> last_requirements(const RuleSet& rules, const std::vector<Item>& items, std::size_t begin,
                                           std::size_t end);

// The last start at which a match of `rule` may begin, given `last` (what
// last_requirements gives): a match holds an item for each requirement at
// or after its start, so it starts no later than the last item of each.
// Nothing when one of them has no item: the rule cannot match there at
// all. SIZE_MAX for a rule without requirements.
std::optional<std::size_t> latest_start(const Rule& rule, const std::vector<std::size_t>& last);

// Every match of `rule` in items[begin, end): at each start position the
// first match the greedy search finds; matches do not overlap. Starts past
// `last_start` are not tried (the caller knows none can match there).
std::vector<Match> find_matches(const Rule& rule, const RuleSet& rules, const std::vector<Item>& items,
                                std::size_t begin, std::size_t end, std::size_t last_start = SIZE_MAX);
// The same, asking `clauses` about verb groups and clause ends: a caller
// that matches many rules passes its own reader, whose memo of words then
// serves them all (clauses.h, ClauseReader::shape).
class ClauseReader;
std::vector<Match> find_matches(const Rule& rule, const RuleSet& rules, const ClauseReader& clauses,
                                const std::vector<Item>& items, std::size_t begin, std::size_t end,
                                std::size_t last_start = SIZE_MAX);

}  // namespace sg::extract
