// lexical.h — events read from the trigger lexicon (inside extract/).
//
// The lexicon rules ("lexicon ASSAULT" in a rule file) read a clause, not a
// pattern: a verb the trigger lexicon lists under the rule's event type,
// with the subject the clause layer gives it (across appositions, relative
// clauses, participles and infinitives), the object or the entity after
// the row's preposition as target, and its verb group's polarity, tense
// and modality; a passive takes its actor from "by" and its target from
// the subject ("Russian banks were sanctioned by the EU"), and without
// "by" makes nothing. A light verb and the event noun after it ("launched
// an attack on", "imposed sanctions against") read as the noun's event. A
// guard phrase of the lexicon ("take part") stops the words it covers.
//
// The readings come out as Matches, so that the pipeline treats them as it
// treats a pattern rule's: a pattern rule that reads the same verb wins.
#pragma once

#include <vector>

#include "clauses.h"
#include "matcher.h"

namespace sg::extract {

// Which of items[begin, end) a guard phrase of the lexicon covers ("took
// part in", "strike a balance", "press conference"): no rule reads an event
// from them.
std::vector<bool> guarded(const RuleSet& rules, const std::vector<Item>& items, std::size_t begin, std::size_t end);

// "The US strikes on Iran": a bare -s form that is also a plural noun, right
// before a preposition (other than one in `takes`), is the noun.
bool plural_noun_at(const RuleSet& rules, const std::vector<Item>& items, std::size_t q, std::size_t end,
                    const std::vector<std::string>& takes = {});

// A verb whose sense a cue of the lexicon chose ("met the conditions":
// NONE; "met the demands": CONCEDE; "blocked roads": PROTEST): a pattern
// rule that reads the verb in another of its senses, or reads an event
// where the cue reads none, yields to it.
struct CuedSense {
  std::size_t at = 0;               // the verb's first item
  std::string event;                // the chosen sense's event type, or "NONE"
  std::vector<std::string> senses;  // the event types of all the verb's rows
  // A light verb's own event noun ("launched an investigation into the
  // killing": investigation): a pattern that reads the light verb with a
  // noun after this one ("killing") reads that noun's complement, and yields
  // whatever its type. 0: none.
  std::size_t light_noun = 0;
};

// The lexicon rules' readings of items[begin, end); the senses cues chose
// go to `cued` when it is given.
std::vector<Match> lexical_matches(const RuleSet& rules, const ClauseReader& clauses, const std::vector<Item>& items,
                                   std::size_t begin, std::size_t end, std::vector<CuedSense>* cued = nullptr);

}  // namespace sg::extract
