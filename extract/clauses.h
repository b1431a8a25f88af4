// clauses.h — verb groups, references and clauses (inside extract/).
//
// The one place that knows how a clause is built: where a verb group
// starts and ends and what it says of polarity, tense, modality and voice,
// where a clause's "rest" ends, what "he" stands for, which subject a
// coordinated verb shares, and which clauses sit in the content of an
// attribution ("Macron stated that ..."). The matcher asks it about verb
// groups and clause ends while it matches; the pipeline asks it for the
// reading and the clause layer.
//
// Everything here is a pure function of the RuleSet's word classes and the
// items given: thread-safe, no allocation but the layers it writes.
#pragma once

#include <optional>
#include <vector>

#include "document.h"
#include "rules.h"

namespace sg::extract {

// Where a verb group may end: a handful of positions, kept on the stack
// unless a clause strings together more than 16 auxiliaries and adverbs
// (the matcher asks at every start of every rule: no allocation).
class VerbGroupStops {
 public:
  void push_back(std::size_t p) {
    if (n_ < kInline) inline_[n_] = p;
    else more_.push_back(p);
    ++n_;
  }
  std::size_t size() const { return n_; }
  std::size_t operator[](std::size_t i) const { return i < kInline ? inline_[i] : more_[i - kInline]; }

 private:
  static constexpr std::size_t kInline = 16;
  std::size_t inline_[kInline];
  std::vector<std::size_t> more_;
  std::size_t n_ = 0;
};

class ClauseReader {
 public:
  explicit ClauseReader(const RuleSet& rules) : rules_(rules) {}

  // The verb group that starts at items[k]: auxiliaries, modals, negation,
  // adverbs (and -ly words), dates and "on" + date, then the verb. Its
  // form is Other when no verb the lexicon knows comes next (a word in -ed
  // no class knows is taken as a past verb: "triggered").
  VerbGroup verb_group(const std::vector<Item>& items, std::size_t k) const;

  // Where a verb group that starts at `pos` may end, as the matcher's VG
  // tries them (longest last): after each auxiliary, modal, negation,
  // adverb, date, "continues to" or "plans to", within items[..end).
  void verb_group_stops(const std::vector<Item>& items, std::size_t pos, std::size_t end,
                        VerbGroupStops& stops) const;

  // Where the clause that holds `pos` ends, within items[..end): at ";", at
  // a shared subject, or at ", and" / ", but" / ", while" before a new
  // subject ("..., and Russia has indicated that ...").
  std::size_t clause_end(const std::vector<Item>& items, std::size_t pos, std::size_t end) const;

  // The reference layer and the reading: "he" / "she" before a verb stand
  // for `last_person` (the last person subject of the paragraph, updated
  // here), and a verb coordinated with an earlier one gets a copy of its
  // subject in front ("Peskov rejected A and [Peskov] accused B").
  void read(AnnotatedSentence& sentence, std::optional<Item>& last_person) const;

  // The clause layer, from the reading and which attribution frame's
  // content holds each of its items (`owner`, -1 for none).
  void clauses(AnnotatedSentence& sentence, const std::vector<int>& owner) const;

  bool in(const Item& item, int word_class) const {
    return (item.kind == Item::Kind::Word || item.kind == Item::Kind::Punct) && rules_.lexicon.in(item.word, word_class);
  }

 private:
  // An entity item that is the subject of a verb right after it.
  bool is_subject(const std::vector<Item>& items, std::size_t i) const;

  const RuleSet& rules_;
};

}  // namespace sg::extract
