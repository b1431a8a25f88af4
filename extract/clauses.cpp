#include "clauses.h"

namespace sg::extract {
namespace {

bool is_be(const std::string& w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "being";
}

}  // namespace

VerbGroup ClauseReader::verb_group(const std::vector<Item>& items, std::size_t k) const {
  const auto& b = rules_.builtin;
  VerbGroup g;
  g.begin = k;
  bool be = false;
  while (k < items.size()) {
    const Item& it = items[k];
    if (it.kind == Item::Kind::Date) {
      ++k;
    } else if (it.kind != Item::Kind::Word) {
      break;
    } else if (in(it, b.aux) || in(it, b.modal_future) || in(it, b.modal_hypothetical)) {
      g.helped = true;
      be |= is_be(it.norm);
      g.hypothetical |= in(it, b.modal_hypothetical);
      g.future |= in(it, b.modal_future);
      ++k;
    } else if (in(it, b.neg) || in(it, b.adverb) ||
               (it.norm.size() > 4 && it.norm.ends_with("ly") && !in(it, b.not_adverb))) {
      if (in(it, b.neg)) ++g.negations;
      ++k;
    } else if (it.norm == "on" && k + 1 < items.size() && items[k + 1].kind == Item::Kind::Date) {
      k += 2;
    } else {
      break;
    }
  }
  g.head = k;
  if (k >= items.size() || items[k].kind != Item::Kind::Word) return g;
  const std::string& w = items[k].norm;
  const auto& senses = rules_.lexicon.senses(items[k].word);
  // A word in -ed that no class knows is still a past verb: "triggered".
  if (senses.empty() && !items[k].upper && w.size() > 4 && w.ends_with("ed")) {
    g.form = VerbForm::Past;
    g.passive = be;
    return g;
  }
  bool participle = false;
  for (const auto& s : senses) {
    participle |= s.form == VerbForm::Participle;
    bool finite = s.form == VerbForm::Past || s.form == VerbForm::ThirdPerson;
    bool helped_form = g.helped && (s.form == VerbForm::Base || s.form == VerbForm::Participle ||
                                    s.form == VerbForm::Gerund);
    if (finite || helped_form) g.form = s.form;
    if (finite && s.form == VerbForm::Past) break;
  }
  for (const auto& s : senses) participle |= s.form == VerbForm::Participle;
  g.passive = be && participle;
  return g;
}

void ClauseReader::verb_group_stops(const std::vector<Item>& items, std::size_t pos, std::size_t end,
                                    VerbGroupStops& stops) const {
  const auto& b = rules_.builtin;
  auto word_in = [&](std::size_t p, int c) { return in(items[p], c); };
  stops.push_back(pos);
  std::size_t p = pos;
  while (p < end) {
    const Item& it = items[p];
    if (it.kind == Item::Kind::Date) {
      ++p;
      stops.push_back(p);
      continue;
    }
    if (it.kind == Item::Kind::Word && it.norm == "on" && p + 1 < end && items[p + 1].kind == Item::Kind::Date) {
      p += 2;
      stops.push_back(p);
      continue;
    }
    if (it.kind != Item::Kind::Word) break;
    bool adverb = word_in(p, b.adverb) ||
                  (it.norm.size() > 4 && it.norm.compare(it.norm.size() - 2, 2, "ly") == 0 && !it.upper &&
                   !word_in(p, b.not_adverb));
    if (word_in(p, b.aux) || word_in(p, b.neg) || word_in(p, b.modal_hypothetical) || word_in(p, b.modal_future) ||
        adverb) {
      ++p;
      stops.push_back(p);
      continue;
    }
    if ((word_in(p, b.plan) || word_in(p, b.aspect)) && p + 1 < end && items[p + 1].norm == "to") {
      p += 2;
      stops.push_back(p);
      continue;
    }
    break;
  }
}

std::size_t ClauseReader::clause_end(const std::vector<Item>& items, std::size_t pos, std::size_t end) const {
  const auto& b = rules_.builtin;
  for (std::size_t q = pos; q < end; ++q) {
    const Item& it = items[q];
    if (it.norm == ";") return q;
    // "... rejected the sanctions and [Peskov] accused ...": a shared subject opens a clause.
    if (q + 1 < end && items[q + 1].shared && (in(items[q], b.coordinator) || it.norm == "but"))
      return q > pos && items[q - 1].norm == "," ? q - 1 : q;
    if (it.norm != "," || q + 2 >= end) continue;
    const Item& joiner = items[q + 1];
    bool joins = in(joiner, b.coordinator) || joiner.norm == "but" || joiner.norm == "while" ||
                 joiner.norm == "whereas";
    std::size_t s = q + 2;
    if (s < end && in(items[s], b.determiner)) ++s;
    if (joins && s < end && items[s].kind == Item::Kind::Entity && !items[s].locative) return q;
  }
  return end;
}

bool ClauseReader::is_subject(const std::vector<Item>& items, std::size_t i) const {
  const auto& b = rules_.builtin;
  const Item& it = items[i];
  if (it.kind != Item::Kind::Entity || it.locative) return false;
  if (i > 0 && (in(items[i - 1], b.preposition) || items[i - 1].norm == "'s")) return false;
  return verb_group(items, i + 1).form != VerbForm::Other;
}

void ClauseReader::read(AnnotatedSentence& sentence, std::optional<Item>& last_person) const {
  const auto& b = rules_.builtin;
  sentence.reading = sentence.chunks;
  sentence.references.clear();
  auto& items = sentence.reading;
  for (std::size_t i = 0; i < items.size(); ++i) {
    Item& it = items[i];
    if (it.kind == Item::Kind::Word && in(it, b.pronoun) && last_person &&
        verb_group(items, i + 1).form != VerbForm::Other) {
      sentence.references.push_back({it.tb, last_person->keys.empty() ? std::string() : last_person->keys[0]});
      Item person = *last_person;
      person.tb = it.tb;
      person.te = it.te;
      person.shared = true;
      it = std::move(person);
    }
  }
  for (std::size_t j = 1; j + 1 < items.size(); ++j) {
    if (!(in(items[j], b.coordinator) && items[j].norm == "and") && items[j].norm != "but") continue;
    VerbGroup after = verb_group(items, j + 1);
    if (after.form == VerbForm::Other || items[j + 1].kind == Item::Kind::Entity) continue;
    // The nearest earlier subject whose verb has the same form.
    for (std::size_t i = j; i-- > 0;) {
      if (items[i].norm == ";") break;
      if (!is_subject(items, i)) continue;
      VerbGroup before = verb_group(items, i + 1);
      if (before.form != after.form && !before.helped && !after.helped) continue;
      Item copy = items[i];
      copy.shared = true;
      items.insert(items.begin() + static_cast<long>(j) + 1, std::move(copy));
      ++j;
      break;
    }
  }
  for (std::size_t i = 0; i < items.size(); ++i)
    if (is_subject(items, i) && items[i].keys.size() == 1 && !items[i].types.empty() &&
        items[i].types[0] == EntityType::Person) {
      last_person = items[i];
      last_person->shared = false;
    }
}

void ClauseReader::clauses(AnnotatedSentence& sentence, const std::vector<int>& owner) const {
  const auto& items = sentence.reading;
  sentence.clauses.clear();
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!is_subject(items, i)) continue;
    Clause c;
    c.begin = i;
    c.subject = static_cast<int>(i);
    c.shared_subject = items[i].shared;
    c.verb = verb_group(items, i + 1);
    int region = owner[c.verb.head < owner.size() ? c.verb.head : i];
    std::size_t region_end = c.verb.head;
    while (region_end < items.size() && owner[region_end] == region) ++region_end;
    c.end = clause_end(items, std::min(c.verb.head + 1, region_end), region_end);
    for (std::size_t q = c.verb.head + 1; q < c.end; ++q)
      if (items[q].kind == Item::Kind::Entity && !items[q].locative) {
        c.object = static_cast<int>(q);
        break;
      }
    c.frame = region;
    c.embedding = region >= 0 ? Clause::Embedding::Content : Clause::Embedding::Main;
    sentence.clauses.push_back(c);
  }
}

}  // namespace sg::extract
