#include "matcher.h"

#include "clauses.h"

#include <algorithm>

namespace sg::extract {

// Literals compared as string_views ("of"sv): the length is known at compile
// time, where `std::string == "of"` calls strlen and compare() (GCC 12).
using namespace std::string_view_literals;
namespace {

// The continuation of a match: a non-owning reference to a callable
// (std::function would allocate for most of the lambdas below, at every
// step of every rule at every start position). The callable must outlive
// the reference; here it is always a temporary of the calling expression.
class Next {
 public:
  template <typename F>
  Next(const F& f)  // NOLINT: implicit, so that lambdas pass as they are
      : object_(&f), call_([](const void* o, std::size_t p) { return (*static_cast<const F*>(o))(p); }) {}
  bool operator()(std::size_t p) const { return call_(object_, p); }

 private:
  const void* object_;
  bool (*call_)(const void*, std::size_t);
};

bool entity_fits(const Item& it, const PatternNode& n) {
  if (it.kind != Item::Kind::Entity) return false;
  using F = PatternNode::Fits;
  for (std::size_t k = 0; k < it.keys.size(); ++k) {
    EntityType t = it.types[k];
    bool metonym = !it.metonyms[k].empty() && !it.locative;
    switch (n.fits) {
      case F::Actor:
        // "launched missiles at Israel": a state after a preposition is still an actor.
        if ((it.locative && t != EntityType::State) || (!is_actor_type(t) && !metonym)) return false;
        break;
      case F::Place:
        if (t != EntityType::Place) return false;
        break;
      case F::State:
        if (t != EntityType::State && !metonym) return false;
        break;
      case F::Organization:
        if (t != EntityType::Organization && t != EntityType::ArmedForce) return false;
        break;
      case F::Type:
        if (t != n.fits_type) return false;
        break;
    }
  }
  return true;
}


class Run {
 public:
  // Matches within items[..end): a region ends where a frame's content does.
  Run(const RuleSet& rules, const ClauseReader& clauses, const std::vector<Item>& items, std::size_t end)
      : rules_(rules), clauses_(clauses), items_(items), end_(end) {}

  bool node(const PatternNode& n, std::size_t pos, const Next& next) {
    switch (n.quantifier) {
      case '?':
        return once(n, pos, next) || next(pos);
      case '*':
        return star(n, pos, next);
      case '+':
        return once(n, pos, [&](std::size_t p) { return star(n, p, next); });
      default:
        return once(n, pos, next);
    }
  }

  Match m;

 private:
  bool star(const PatternNode& n, std::size_t pos, const Next& next) {
    if (once(n, pos, [&](std::size_t p) { return p > pos && star(n, p, next); })) return true;
    return next(pos);
  }

  // One occurrence of n, with its capture recorded around the continuation.
  bool once(const PatternNode& n, std::size_t pos, const Next& next) {
    if (n.capture.empty()) return bare(n, pos, next);
    return bare(n, pos, [&](std::size_t p) {
      if (p == pos) return false;  // a capture is never empty
      m.captures.push_back({n.capture, pos, p});
      if (next(p)) return true;
      m.captures.pop_back();
      return false;
    });
  }

  bool word_in(std::size_t pos, int word_class) const {
    const Item& it = items_[pos];
    return (it.kind == Item::Kind::Word || it.kind == Item::Kind::Punct) && rules_.lexicon.in(it.word, word_class);
  }

  bool with_trigger(std::size_t pos, const Next& next) {
    m.trigger.push_back(pos);
    if (next(pos + 1)) return true;
    m.trigger.pop_back();
    return false;
  }

  bool bare(const PatternNode& n, std::size_t pos, const Next& next) {
    using K = PatternNode::Kind;
    switch (n.kind) {
      case K::Sequence:
        return sequence(n, 0, pos, next);
      case K::Alternation:
        for (const auto& c : n.children)
          if (node(c, pos, next)) return true;
        return false;
      case K::Word:
        if (pos >= end_) return false;
        if ((items_[pos].kind == Item::Kind::Word || items_[pos].kind == Item::Kind::Punct) &&
            items_[pos].word == n.word_id)
          return with_trigger(pos, next);
        return false;
      case K::Class: {
        if (pos >= end_ || !word_in(pos, n.word_class)) return false;
        VerbForm saved = m.trigger_form;
        // The tense of the first verb the rule matched ("reach" in "reach a ceasefire").
        if (m.trigger_form == VerbForm::Other)
          for (const auto& s : rules_.lexicon.senses(items_[pos].word))
            if (s.word_class == n.word_class && s.form != VerbForm::Other) m.trigger_form = s.form;
        if (with_trigger(pos, next)) return true;
        m.trigger_form = saved;
        return false;
      }
      case K::Lemma: {
        if (pos >= end_ || (items_[pos].kind != Item::Kind::Word)) return false;
        // Of a form that is two ("rejected": past and participle), the last,
        // as a class's senses give it.
        std::size_t form = n.form_ids.size();
        for (std::size_t f = 0; f < n.form_ids.size(); ++f)
          if (n.form_ids[f] == items_[pos].word) form = f;
        if (form == n.form_ids.size()) return false;
        VerbForm saved = m.trigger_form;
        if (m.trigger_form == VerbForm::Other) m.trigger_form = n.forms[form];
        if (with_trigger(pos, next)) return true;
        m.trigger_form = saved;
        return false;
      }
      case K::Neg:
        if (pos >= end_ || !word_in(pos, rules_.builtin.neg)) return false;
        return with_trigger(pos, next);
      case K::Entity:
        // "accused the United States and Japan": the article before a name
        // goes with it.
        if (pos + 1 < end_ && items_[pos].kind == Item::Kind::Word && items_[pos].norm == "the"sv &&
            entity_fits(items_[pos + 1], n))
          ++pos;
        if (pos >= end_ || !entity_fits(items_[pos], n)) return false;
        // "accused Afghanistan's Taliban": the possessor and what it owns are
        // one phrase, whose entity is the owned.
        if (possessor(items_, pos, end_)) return entity_fits(items_[pos + 2], n) && next(pos + 3);
        return next(pos + 1);
      case K::Date:
        if (pos >= end_ || items_[pos].kind != Item::Kind::Date) return false;
        return next(pos + 1);
      case K::Number:
        if (pos >= end_ || items_[pos].kind != Item::Kind::Number) return false;
        return next(pos + 1);
      case K::Rest: {
        if (pos >= end_) return false;
        std::size_t stop = clauses_.clause_end(items_, pos, end_);
        return stop > pos && next(stop);
      }
      case K::Content:
        if (pos >= end_) return false;
        m.content_begin = pos;
        m.content_end = end_;
        return next(end_);
      case K::Gap:
        // A gap stays in one clause: a modal opens another ("announced it
        // would prohibit all aid" names no aid announced).
        for (std::size_t p = pos; p <= end_ && p <= pos + 8; ++p) {
          if (p > pos && (items_[p - 1].norm == ";"sv || word_in(p - 1, rules_.builtin.modal_future) ||
                          word_in(p - 1, rules_.builtin.modal_hypothetical)))
            break;
          if (next(p)) return true;
        }
        return false;
      case K::VerbGroup:
        return verb_group(pos, next);
    }
    return false;
  }

  bool sequence(const PatternNode& n, std::size_t i, std::size_t pos, const Next& next) {
    if (i == n.children.size()) return next(pos);
    return node(n.children[i], pos, [&](std::size_t p) { return sequence(n, i + 1, p, next); });
  }

  // Auxiliaries, modals, negation, adverbs, "continues to", "plans to" and
  // dates between a subject and its verb: "will not", "has repeatedly",
  // "continues to explicitly", "on September 4".
  bool verb_group(std::size_t pos, const Next& next) {
    const auto& b = rules_.builtin;
    VerbGroupStops stops;
    clauses_.verb_group_stops(items_, pos, end_, stops);
    // What a failed attempt must leave as it found it (captures and
    // triggers are popped by whoever pushed them).
    struct Saved {
      std::size_t vg_items, vg_dates, content_begin, content_end;
      int negations;
      bool hypothetical, only_would, future, planned, be;
      VerbForm trigger_form;
    };
    const Saved saved{m.vg_items, m.vg_dates.size(), m.content_begin, m.content_end, m.negations,
                      m.hypothetical, m.only_would, m.future, m.planned, m.be, m.trigger_form};
    for (std::size_t s = stops.size(); s-- > 0;) {
      std::size_t stop = stops[s];
      // "North Korea had already scrapped the pact": a "had" that a past
      // participle (or an -ing form) follows is that verb's auxiliary, never
      // the rule's own verb ("had a deal", "had talks" keep it as one). Only
      // "have": after "be" a participle may be an adjective the rule reads
      // ("is prepared to").
      const std::string& aux = items_[stop].norm;
      if (s + 1 < stops.size() && items_[stop].kind == Item::Kind::Word &&
          (rules_.verb_group_role(items_[stop].word) & RuleSet::kAux) &&
          (aux == "had"sv || aux == "has"sv || aux == "have"sv)) {
        const VerbGroup g = clauses_.verb_group(items_, stop);
        if (g.head > stop && g.head < end_ &&
            (g.form == VerbForm::Past || g.form == VerbForm::Participle || g.form == VerbForm::Gerund))
          continue;
      }
      m.vg_items += stop - pos;
      for (std::size_t q = pos; q < stop; ++q) {
        const Item& it = items_[q];
        if (it.kind == Item::Kind::Date) m.vg_dates.push_back(q);
        // (NEG and the MODAL_* classes in one look-up: RuleSet::verb_group_roles.)
        const std::uint8_t role =
            it.kind == Item::Kind::Word || it.kind == Item::Kind::Punct
                ? rules_.verb_group_role(it.word, it.norm, q + 1 < items_.size() ? items_[q + 1].word : kUnassignedWord)
                : 0;
        if (role & RuleSet::kNeg) ++m.negations;
        if (role & RuleSet::kModalHypothetical) {
          m.only_would = (!m.hypothetical || m.only_would) && it.norm == "would"sv;
          m.hypothetical = true;
        }
        if (role & RuleSet::kModalFuture) m.future = true;
        if (word_in(q, b.plan) && q + 1 < stop && items_[q + 1].norm == "to"sv) m.planned = true;
        if (is_be(it.norm)) m.be = true;
      }
      if (next(stop)) return true;
      m.vg_items = saved.vg_items;
      m.vg_dates.resize(saved.vg_dates);
      m.content_begin = saved.content_begin;
      m.content_end = saved.content_end;
      m.negations = saved.negations;
      m.hypothetical = saved.hypothetical;
      m.only_would = saved.only_would;
      m.future = saved.future;
      m.planned = saved.planned;
      m.be = saved.be;
      m.trigger_form = saved.trigger_form;
    }
    return false;
  }

  const RuleSet& rules_;
  const ClauseReader& clauses_;
  const std::vector<Item>& items_;
  std::size_t end_;
};

// False when the pattern cannot match at `it`, judged by its first element
// alone: most rules open with an @Actor, and most items are not one.
bool may_start(const PatternNode& pattern, const RuleSet& rules, const Item& it) {
  if (pattern.kind != PatternNode::Kind::Sequence || pattern.quantifier != 0 || pattern.children.empty()) return true;
  const PatternNode& first = pattern.children.front();
  if (first.quantifier != 0 && first.quantifier != '+') return true;
  bool word = it.kind == Item::Kind::Word || it.kind == Item::Kind::Punct;
  switch (first.kind) {
    case PatternNode::Kind::Entity: return entity_fits(it, first);
    case PatternNode::Kind::Word: return word && it.word == first.word_id;
    case PatternNode::Kind::Lemma:
      return word && std::find(first.form_ids.begin(), first.form_ids.end(), it.word) != first.form_ids.end();
    case PatternNode::Kind::Class: return word && rules.lexicon.in(it.word, first.word_class);
    case PatternNode::Kind::Neg: return word && rules.lexicon.in(it.word, rules.builtin.neg);
    case PatternNode::Kind::Date: return it.kind == Item::Kind::Date;
    case PatternNode::Kind::Number: return it.kind == Item::Kind::Number;
    default: return true;
  }
}

}  // namespace

std::vector<std::size_t> last_requirements(const RuleSet& rules, const std::vector<Item>& items, std::size_t begin,
                                           std::size_t end) {
  std::vector<std::size_t> last(rules.requirements.size(), SIZE_MAX);
  for (std::size_t q = end; q-- > begin;) {
    const Item& it = items[q];
    // Words and punctuation, as Word, Lemma and Class nodes ask.
    if ((it.kind != Item::Kind::Word && it.kind != Item::Kind::Punct) || it.word + 1 >= rules.requirement_at.size())
      continue;
    for (auto k = rules.requirement_at[it.word]; k < rules.requirement_at[it.word + 1]; ++k) {
      std::size_t& at = last[rules.requirement_list[k]];
      if (at == SIZE_MAX) at = q;
    }
  }
  return last;
}

std::optional<std::size_t> latest_start(const Rule& rule, const std::vector<std::size_t>& last) {
  std::size_t latest = SIZE_MAX;
  for (auto r : rule.requirements) {
    if (last[r] == SIZE_MAX) return std::nullopt;
    latest = std::min(latest, last[r]);
  }
  return latest;
}

std::vector<Match> find_matches(const Rule& rule, const RuleSet& rules, const std::vector<Item>& items,
                                std::size_t begin, std::size_t end, std::size_t last_start) {
  return find_matches(rule, rules, ClauseReader(rules), items, begin, end, last_start);
}

std::vector<Match> find_matches(const Rule& rule, const RuleSet& rules, const ClauseReader& clauses,
                                const std::vector<Item>& items, std::size_t begin, std::size_t end,
                                std::size_t last_start) {
  std::vector<Match> out;
  bool content_first = rule.content_first;
  // "..., according to Reuters": a content-first frame matches the rest after CONTENT.
  const PatternNode& pattern = content_first ? rule.content_tail : rule.pattern;
  for (std::size_t start = begin; start < end && start <= last_start; ++start) {
    if (content_first && start == begin) continue;
    // "Russia, which invaded Ukraine, [Russia] said": no quote before a
    // subject restated after its apposition.
    if (content_first && start + 1 < end && items[start + 1].restated) continue;
    if (!may_start(pattern, rules, items[start])) continue;
    Run run(rules, clauses, items, end);
    bool found;
    if (content_first) {
      found = run.node(pattern, start, [&](std::size_t p) { return p == end || (p + 1 == end && items[p].norm == "."sv); });
      if (found) {
        run.m.content_begin = begin;
        run.m.content_end = start > begin && items[start - 1].norm == ","sv ? start - 1 : start;
        if (run.m.content_end <= run.m.content_begin) found = false;
      }
    } else {
      found = run.node(rule.pattern, start, [&](std::size_t p) {
        run.m.end = p;
        return true;
      });
    }
    if (!found) continue;
    run.m.rule = &rule;
    run.m.begin = start;
    if (content_first) run.m.end = end;
    run.m.end = std::max(run.m.end, start + 1);
    out.push_back(std::move(run.m));
    // Go on after the match; for a frame, inside its content, where a
    // nested frame may start ("Reuters reported that a spokesperson stated").
    const Match& last = out.back();
    start = (last.content_end > 0 && !content_first ? last.content_begin : last.end) - 1;
  }
  return out;
}

}  // namespace sg::extract
