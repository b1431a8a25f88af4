#include "clauses.h"

#include <algorithm>
#include <cctype>

namespace sg::extract {

// Literals compared as string_views ("of"sv): the length is known at compile
// time, where `std::string == "of"` calls strlen and compare() (GCC 12).
using namespace std::string_view_literals;
bool is_be(const std::string& w) {
  return w == "is"sv || w == "are"sv || w == "was"sv || w == "were"sv || w == "be"sv || w == "been"sv || w == "being"sv;
}

// "on Monday", "in April", "since 2014", "until Friday", "during 2016": a
// time inside a verb group ("the US in April approved ...").
static bool date_preposition(const std::string& w) {
  return w == "on"sv || w == "in"sv || w == "since"sv || w == "until"sv || w == "during"sv;
}

// An adverb in a verb group ("has repeatedly", "would not yet"): a word of
// ADVERB, or one of five letters or more in "-ly" that NOT_ADVERB does not
// hold ("rally", "July"); `role` is the word's RuleSet::verb_group_role().
// `capitalised`: whether a capitalised "-ly" word counts too (verb_group()
// takes it; the group before a verb and the matcher's stops do not).
static bool group_adverb(const Item& it, std::uint8_t role, bool capitalised) {
  return (role & RuleSet::kAdverb) || (it.norm.size() > 4 && it.norm.ends_with("ly") && (capitalised || !it.upper) &&
                                       !(role & RuleSet::kNotAdverb));
}

bool relative_pronoun(const Item& item) {
  const std::string& w = item.norm;
  return item.kind == Item::Kind::Word && (w == "who"sv || w == "whom"sv || w == "which"sv || w == "whose"sv);
}

bool possessor(const std::vector<Item>& items, std::size_t i, std::size_t end) {
  return i + 2 < end && items[i].kind == Item::Kind::Entity && items[i + 1].norm == "'s"sv &&
         items[i + 2].kind == Item::Kind::Entity && !items[i + 2].locative;
}

VerbGroup ClauseReader::verb_group(const std::vector<Item>& items, std::size_t k) const {
  VerbGroup g;
  g.begin = k;
  bool be = false;
  while (k < items.size()) {
    const Item& it = items[k];
    if (it.kind == Item::Kind::Date) {
      ++k;
      continue;
    }
    if (it.kind != Item::Kind::Word) break;
    // (Its classes AUX, MODAL_*, NEG, ADVERB and NOT_ADVERB, in one look-up.)
    const std::uint8_t role =
        rules_.verb_group_role(it.word, it.norm, k + 1 < items.size() ? items[k + 1].word : kUnassignedWord);
    if (role & (RuleSet::kAux | RuleSet::kModalFuture | RuleSet::kModalHypothetical)) {
      g.helped = true;
      be |= is_be(it.norm);
      if (role & RuleSet::kModalHypothetical) {
        g.only_would = (!g.hypothetical || g.only_would) && it.norm == "would"sv;
        g.hypothetical = true;
      }
      g.future |= (role & RuleSet::kModalFuture) != 0;
      ++k;
    } else if ((role & RuleSet::kNeg) || group_adverb(it, role, /*capitalised=*/true)) {
      if (role & RuleSet::kNeg) ++g.negations;
      ++k;
    } else if (date_preposition(it.norm) && k + 1 < items.size() && items[k + 1].kind == Item::Kind::Date) {
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
  // A verb no class lists: WordNet's readings say which form it is
  // ("would double", "had reclaimed", "rebuffs").
  if (senses.empty() && !items[k].upper) {
    // The weightiest verb reading, or a past one; unhelped, only a finite
    // one (past or third person).
    const WordShape& shape_of = shape(w);
    if (shape_of.has(WordClass::Verb, WordForm::Past)) {
      g.form = VerbForm::Past;
    } else if (g.helped && shape_of.any(WordClass::Verb)) {
      switch (shape_of.first_verb) {
        case WordForm::ThirdPerson: g.form = VerbForm::ThirdPerson; break;
        case WordForm::Participle: g.form = VerbForm::Participle; break;
        case WordForm::Gerund: g.form = VerbForm::Gerund; break;
        default: g.form = VerbForm::Base; break;
      }
    } else if (shape_of.has(WordClass::Verb, WordForm::ThirdPerson)) {
      g.form = VerbForm::ThirdPerson;
    }
    g.passive = be && shape_of.has(WordClass::Verb, WordForm::Participle) && g.form != VerbForm::Other;
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
    if (it.kind == Item::Kind::Word && date_preposition(it.norm) && p + 1 < end && items[p + 1].kind == Item::Kind::Date) {
      p += 2;
      stops.push_back(p);
      continue;
    }
    if (it.kind != Item::Kind::Word) break;
    const std::uint8_t role = rules_.verb_group_role(it.word);  // (as in verb_group())
    if ((role & (RuleSet::kAux | RuleSet::kNeg | RuleSet::kModalHypothetical | RuleSet::kModalFuture)) ||
        group_adverb(it, role, /*capitalised=*/false)) {
      ++p;
      stops.push_back(p);
      continue;
    }
    if ((word_in(p, b.plan) || word_in(p, b.aspect)) && p + 1 < end && items[p + 1].norm == "to"sv) {
      p += 2;
      stops.push_back(p);
      continue;
    }
    // "began withdrawing", as group_before reads it.
    if (word_in(p, b.aspect) && p + 1 < end && items[p + 1].kind == Item::Kind::Word &&
        items[p + 1].norm.ends_with("ing") && may_be_verb(items[p + 1])) {
      ++p;
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
    if (it.norm == ";"sv) return q;
    // "... rejected the sanctions and [Peskov] accused ...", "met X, [Y]
    // then accused": a shared subject opens a clause.
    if (q + 1 < end && items[q + 1].shared && (in(items[q], b.coordinator) || it.norm == "but"sv || it.norm == ","sv))
      return q > pos && items[q - 1].norm == ","sv ? q - 1 : q;
    // ", with Russia and China voting against", "voting against and France
    // abstaining": an absolute clause, its name the subject of its
    // participle, no partner or object of the verb before it.
    auto absolute = [&](std::size_t s) {
      if (s < end && in(items[s], b.determiner)) ++s;
      if (s + 1 >= end || items[s].kind != Item::Kind::Entity || items[s].locative) return false;
      return ing_participle(items[s + 1]);
    };
    if (in(it, b.coordinator) && absolute(q + 1)) return q;
    if (it.norm != ","sv || q + 1 >= end) continue;
    const Item& joiner = items[q + 1];
    if (joiner.norm == "with"sv && absolute(q + 2)) return q;
    // ", killing twelve people": a participle clause of its own.
    if (ing_participle(joiner) && !in(joiner, b.preposition))
      return q;
    if (q + 2 >= end) continue;
    bool joins = in(joiner, b.coordinator) || joiner.norm == "but"sv || joiner.norm == "while"sv ||
                 joiner.norm == "whereas"sv;
    std::size_t s = q + 2;
    if (s < end && in(items[s], b.determiner)) ++s;
    if (joins && s < end && items[s].kind == Item::Kind::Entity && !items[s].locative) return q;
  }
  return end;
}

VerbGroup ClauseReader::group_before(const std::vector<Item>& items, std::size_t head, std::size_t begin,
                                     VerbForm form) const {
  const auto& b = rules_.builtin;
  VerbGroup g;
  g.head = head;
  g.form = form;
  std::size_t k = head;
  bool be = false;
  while (k > begin) {
    const Item& p = items[k - 1];
    if (p.kind == Item::Kind::Date) {
      --k;
      // "on Monday", "since Saturday morning", "in 2016"
      if (k > begin && date_preposition(items[k - 1].norm))
        --k;
      continue;
    }
    if (p.kind != Item::Kind::Word) break;
    const std::uint8_t role =
        rules_.verb_group_role(p.word, p.norm, k < items.size() ? items[k].word : kUnassignedWord);  // (as in verb_group())
    if (role & (RuleSet::kAux | RuleSet::kModalFuture | RuleSet::kModalHypothetical)) {
      g.helped = true;
      be |= is_be(p.norm);
      if (role & RuleSet::kModalHypothetical) {
        g.only_would = (!g.hypothetical || g.only_would) && p.norm == "would"sv;
        g.hypothetical = true;
      }
      g.future |= (role & RuleSet::kModalFuture) != 0;
      --k;
      continue;
    }
    if ((role & RuleSet::kNeg) || group_adverb(p, role, /*capitalised=*/false)) {
      if (role & RuleSet::kNeg) ++g.negations;
      --k;
      continue;
    }
    if (p.norm == "to"sv && k >= begin + 2) {
      const Item& v = items[k - 2];
      if (in(v, b.plan) || in(v, b.aspect) || in(v, b.fail)) {
        g.planned |= in(v, b.plan);
        if (in(v, b.fail)) ++g.negations;
        g.helped = true;
        k -= 2;
        continue;
      }
    }
    // "began withdrawing its forces", "kept firing": an aspect verb right
    // before the head's -ing form helps it as "began to" does.
    if (form == VerbForm::Gerund && k == head && in(p, b.aspect)) {
      g.helped = true;
      --k;
      continue;
    }
    break;
  }
  g.begin = k;
  // "urged Russia not to attack", "vowed never to return": the negation
  // before an infinitive's "to" is the infinitive's.
  if (k >= begin + 2 && items[k - 1].norm == "to"sv && in(items[k - 2], b.neg)) ++g.negations;
  g.passive = be && form == VerbForm::Participle;
  return g;
}

// A one-character word (",", ";", "."), compared inline: `norm == ","sv`
// calls string_view::compare() and memcmp() for every word of that length
// (GCC 12); subject_of() and the readers it calls ask ~39,000 times on the
// 1 MB corpus.
static bool is_mark(const std::string& w, char c) { return w.size() == 1 && w[0] == c; }

// "…" or "...": words left out of a quote.
static bool ellipsis(const Item& it) { return it.norm == "\xE2\x80\xA6"sv || it.norm == "..."sv; }

int ClauseReader::list_before_of_chain(const std::vector<Item>& items, std::size_t of, std::size_t begin) const {
  // "The Turkish and Greek sides of the divided island of Cyprus have
  // agreed", "the Eritrean and Ethiopian delegations of the border
  // commission of the AU agreed": the subject is the coordinated list that
  // opens a chain of "of" phrases, with "of" right after it, not the name
  // the chain ends in. Only a list: a single name before "of" is its
  // owner's part ("the capital of Sudan"), left as it was.
  for (std::size_t i = of, steps = 0; i-- > begin && steps < 16; ++steps) {
    const Item& it = items[i];
    // ("the divided island": a participle after an article is no verb.)
    if (is_mark(it.norm, ',') || is_mark(it.norm, ';') ||
        (it.kind == Item::Kind::Word && !(i > begin && in(items[i - 1], rules_.builtin.determiner)) && may_be_verb(it) &&
         verb_group(items, i).form == VerbForm::Past))
      return -1;
    if (it.kind == Item::Kind::Entity && it.keys.size() > 1 && !it.locative && items[i + 1].norm == "of"sv &&
        (i == begin || in(items[i - 1], rules_.builtin.determiner)))
      return static_cast<int>(i);
  }
  return -1;
}

int ClauseReader::distant_subject(const std::vector<Item>& items, std::size_t k, std::size_t begin) const {
  const auto& b = rules_.builtin;
  if (k < begin + 2) return -1;
  // The name that ends a chain of "of" phrases after a list: the list.
  std::size_t of = k - 2;
  if (of > begin && in(items[of], b.determiner)) --of;
  if (items[of].norm == "of"sv)
    if (const int list = list_before_of_chain(items, of, begin); list >= 0) return list;
  // "Kurdish insurgents with ties to the PKK attacked", "Rebels with links
  // to Rwanda and Uganda seized": a "with" phrase after a group (a group,
  // a people's plural, a list) has no verb of its own; the name that ends
  // it is no subject. Not across a comma, a relative pronoun or a verb.
  // (Most names before a verb have no "with" before them: a first look for
  // one, which compares lengths only, spares the verb tests below; the
  // loop below answers -1 without it.)
  bool with_before = false;
  for (std::size_t i = k - 1, steps = 0; i-- > begin && steps < 10 && !with_before; ++steps) {
    if (items[i].kind == Item::Kind::Punct && items[i].norm != "-"sv) break;
    with_before = items[i].norm == "with"sv;
  }
  if (!with_before) return -1;
  for (std::size_t i = k - 1, steps = 0; i-- > begin && steps < 10; ++steps) {
    const Item& w = items[i];
    // ("with long-standing ties to": a past form after a hyphen or an
    // article is an adjective; "ties" is no verb here, a past form would be.)
    if (w.kind == Item::Kind::Punct && w.norm != "-"sv) return -1;
    if (relative_pronoun(w) || (w.kind == Item::Kind::Word &&
                                !(i > begin && (in(items[i - 1], b.determiner) || items[i - 1].norm == "-"sv)) &&
                                may_be_verb(w) && verb_group(items, i).form == VerbForm::Past))
      return -1;
    if (w.norm != "with"sv) continue;
    if (i == begin) return -1;
    const Item& s = items[i - 1];
    const bool group = s.kind == Item::Kind::Entity && !s.locative && !s.types.empty() &&
                       (s.plural || s.keys.size() > 1 || s.types[0] == EntityType::ActorGroup);
    const bool opens = i - 1 == begin || is_mark(items[i - 2].norm, ',') || in(items[i - 2], b.determiner);
    return group && opens ? static_cast<int>(i - 1) : -1;
  }
  return -1;
}

int ClauseReader::subject_of(const std::vector<Item>& items, std::size_t k, std::size_t begin, bool participle) const {
  const auto& b = rules_.builtin;
  auto actor_at = [&](std::size_t i) {
    const Item& it = items[i];
    if (it.kind != Item::Kind::Entity || it.locative) return false;
    // "Kharkiv came under attack": a place acts only when it stands for its state.
    bool place = true;
    for (std::size_t t = 0; t < it.types.size(); ++t)
      place &= it.types[t] == EntityType::Place && (t >= it.metonyms.size() || it.metonyms[t].empty());
    if (place) return false;
    // "Thousands of Kenyans marched": the people of a crowd that opens the
    // phrase act; so does the body whose members do ("The members of the
    // Security Council condemned").
    if (i >= begin + 2 && members_of(items, i, begin)) return true;
    if (i > begin && (in(items[i - 1], b.preposition) || items[i - 1].norm == "'s"sv)) return false;
    if (one_member_of(items, i, begin)) return false;
    return i <= begin || !owned_name(items, i);
  };
  // "Accusing Rwanda of arming the rebels, Congo recalled its envoy": an
  // opening participle's subject is the one after the comma that closes it.
  // (A finite verb before that comma makes it a gerund, the subject itself:
  // "Fighting drug trafficking brings sanctions upon me, he wrote".)
  if (participle && k == begin && begin == 0) {
    for (std::size_t i = k + 1, steps = 0; i + 2 < items.size() && steps < 30; ++i, ++steps) {
      const Item& w = items[i];
      if (is_mark(w.norm, ';') || is_mark(w.norm, '.')) break;
      if (w.kind == Item::Kind::Word && !w.upper && may_be_verb(w)) {
        const VerbForm f = verb_group(items, i).form;
        if (f == VerbForm::Past || f == VerbForm::ThirdPerson) break;
      }
      if (!is_mark(w.norm, ',') || !actor_at(i + 1)) continue;
      const VerbForm f = verb_group(items, i + 2).form;
      if (f == VerbForm::Past || f == VerbForm::ThirdPerson) return static_cast<int>(i + 1);
    }
    return -1;
  }
  if (k <= begin) return -1;
  // "Serbia's president … ordered": an ellipsis of the quoted words.
  if (k > begin + 1 && ellipsis(items[k - 1])) return subject_of(items, k - 1, begin, participle);
  const Item& prev = items[k - 1];
  if (actor_at(k - 1) && object_then_noun(items, k - 1, verb_group(items, k))) return -1;
  if (actor_at(k - 1))
    if (const int far = distant_subject(items, k, begin); far >= 0 && actor_at(static_cast<std::size_t>(far))) return far;
  if (actor_at(k - 1) || (participle && k >= begin + 2 && items[k - 2].norm == "with"sv &&
                          items[k - 1].kind == Item::Kind::Entity && !items[k - 1].locative))
    return static_cast<int>(k - 1);
  // "The Syrian Popular Resistance in a statement on December 29
  // threatened", "Hamas in a post on Telegram rejected": where the words
  // were given, between the subject and its verb.
  if (!participle && in(prev, b.medium)) {
    std::size_t i = k - 1;
    for (std::size_t steps = 0; i > begin && steps < 3 && items[i - 1].norm != "in"sv; --i, ++steps)
      if (items[i - 1].kind != Item::Kind::Word || items[i - 1].upper || in(items[i - 1], b.preposition) ||
          in(items[i - 1], b.coordinator) || is_mark(items[i - 1].norm, ','))
        break;
    if (i >= begin + 2 && items[i - 1].norm == "in"sv && actor_at(i - 2)) return static_cast<int>(i - 2);
  }
  // "Washington along with its allies demanded", "X, together with Y, said"
  for (std::size_t i = k - 1, steps = 0; i > begin && steps < 10; --i, ++steps) {
    if (is_mark(items[i].norm, ';') || is_mark(items[i].norm, '.')) break;
    if (!(in(items[i], b.along) && i + 1 < k && items[i + 1].norm == "with"sv)) continue;
    std::size_t s = i;
    if (s > begin && is_mark(items[s - 1].norm, ',')) --s;
    if (s > begin && actor_at(s - 1)) return static_cast<int>(s - 1);
    break;
  }
  // "Fabius and a group of deputies held talks", "Hamas and other armed
  // factions rejected": those no name is given for, joined to a name that
  // opens the clause, go with it; the name is the subject. A bare noun
  // after "and" shares the name's adjective ("Israeli forces and
  // officials": Israeli officials), no companions of it.
  if (prev.kind == Item::Kind::Word && !prev.upper)
    for (std::size_t i = k - 1, steps = 0; i > begin && steps < 6; --i, ++steps) {
      const Item& w = items[i];
      if (w.kind != Item::Kind::Word || w.upper || (in(w, b.preposition) && w.norm != "of"sv)) break;
      if (w.norm != "and"sv) continue;
      const std::size_t s = i - 1;
      const Item& next = items[i + 1];
      const bool counted = in(next, b.determiner) || in(next, b.quantifier) || in(next, b.number_word) ||
                           next.kind == Item::Kind::Number || next.norm == "other"sv;
      if (i + 1 < k && counted && actor_at(s) && (s == begin || (s == begin + 1 && in(items[begin], b.determiner))))
        return static_cast<int>(s);
      break;
    }
  // "Tuareg insurgents with likely ties to al Qaeda repelled": a "with"
  // phrase after the subject has no subject of its own. The phrase ends in
  // an entity right before the verb ("the separatist rebel coalition":
  // "rebel" is no verb), or, after "with", in a common noun ("with ties to
  // the separatist coalition and al Qaeda's Sahelian affiliate repelled",
  // "with air support attacked"); up to 16 words long.
  // ("Thousands of Nigerians from throughout the country were converging":
  // a phrase of where a crowd comes from may end in a common noun.)
  const bool common_end = prev.kind == Item::Kind::Word && !prev.upper;
  // (The loop below answers only at "by", "with", "in", "of", "from" or
  // "throughout": a first look for one, which compares words alone, spares
  // most names their verb tests, a shape() look-up a word.)
  auto opens_phrase = [](const std::string& w) {
    return w == "by"sv || w == "with"sv || w == "in"sv || w == "of"sv || w == "from"sv || w == "throughout"sv;
  };
  bool opener = false;
  for (std::size_t i = k - 1, steps = 0; (prev.kind == Item::Kind::Entity || common_end) && i > begin && steps < 16 &&
                                         !opener;
       --i, ++steps) {
    const std::string& w = items[i].norm;
    if (is_mark(w, ',') || is_mark(w, ';') || is_mark(w, '.')) break;
    opener = opens_phrase(w);
  }
  bool inner = false;  // past a phrase inside a "with" phrase: "with support from the air force attacked"
  for (std::size_t i = k - 1, steps = 0; opener && i > begin && steps < 16; --i, ++steps) {
    const Item& w = items[i];
    // ("the Israeli-occupied West Bank": a participle after a hyphen is
    // part of an adjective.)
    if (is_mark(w.norm, ',') || is_mark(w.norm, ';') || is_mark(w.norm, '.') ||
        (w.kind == Item::Kind::Word && i + 1 < k && items[i - 1].norm != "-"sv && may_be_verb(w) &&
         verb_group(items, i).form == VerbForm::Past))
      break;
    // "Seven opposition parties in Nepal have organized", "About 200
    // supporters of former President Ben Bella blocked": a group's place or
    // leader after it, too; so a people's ("Georgians of the Russian-occupied
    // South Ossetia boycotted work").
    // "Militants backed by Iran attacked", "Protesters angered by the
    // verdict stormed": a participle and its agent after the subject.
    if (w.norm == "by"sv && i >= begin + 2 && qualifying_participle(items, i - 1, items.size()) && actor_at(i - 2))
      return static_cast<int>(i - 2);
    const bool with = w.norm == "with"sv;
    if (w.norm == "by"sv || !opens_phrase(w.norm) || (inner && !with)) continue;
    std::size_t s = i - 1;
    // "Thousands of Nigerians from throughout the country marched": two
    // prepositions open the phrase.
    if (s > begin && items[s].kind == Item::Kind::Word && in(items[s], b.preposition)) --s;
    // "The US embassy in Kyiv warned", "the foreign ministry in Manila
    // summoned": where a body sits, one place right before the verb.
    const bool seat = w.norm == "in"sv && i + 2 == k && items[i + 1].kind == Item::Kind::Entity && items[i + 1].locative &&
                      !items[s].types.empty() &&
                      (items[s].types[0] == EntityType::Organization || items[s].types[0] == EntityType::ArmedForce);
    // (A "with" phrase ending in a common noun only before a verb of the
    // past: in "with ties to the separatist rebel coalition", "rebel" is
    // no verb.)
    if (actor_at(s) && (!common_end || (with && verb_group(items, k).form == VerbForm::Past)) &&
        (with || seat || items[s].plural || (!items[s].types.empty() && items[s].types[0] == EntityType::ActorGroup)) &&
        (s == begin || is_mark(items[s - 1].norm, ',') || in(items[s - 1], b.determiner)))
      return static_cast<int>(s);
    if (common_end && actor_at(s) && members_of(items, s, begin)) return static_cast<int>(s);
    if (const int list = w.norm == "of"sv ? list_before_of_chain(items, i, begin) : -1;
        list >= 0 && actor_at(static_cast<std::size_t>(list)))
      return list;
    // No actor opens this phrase: it may lie inside a "with" phrase further back.
    if (with || actor_at(s)) break;
    inner = true;
  }
  // "Russian aircraft including helicopter gunships killed", "British
  // aircraft using guided missiles killed", "militiamen armed with machetes
  // attacked": a phrase of what the subject has or uses (a word of
  // INSTRUMENT opens it) has no verb of its own.
  if (const int instrument = rules_.if_defined.instrument; instrument >= 0)
    for (std::size_t i = k - 1, steps = 0; i > begin && steps < 8; --i, ++steps) {
      const Item& w = items[i];
      const bool relative = w.norm == "that"sv || w.norm == "which"sv || w.norm == "who"sv;
      if (w.kind == Item::Kind::Punct || in(w, b.coordinator) || relative) break;
      if (!in(w, instrument)) continue;
      const std::size_t s = i - 1;
      if (i + 1 < k && actor_at(s) && (s == begin || is_mark(items[s - 1].norm, ',') || in(items[s - 1], b.determiner)))
        return static_cast<int>(s);
      break;
    }
  // ", killing three": a participle shares the subject of the clause it
  // hangs on; so does one after a medium ("issued a statement condemning").
  // "blocked a joint EU statement condemning the attack": a medium a name
  // owns speaks for that name, not for the clause's subject.
  if (participle && in(prev, b.medium) && k >= begin + 2 && actor_at(k - 2) && !items[k - 2].locative)
    return static_cast<int>(k - 2);
  if (participle && (is_mark(prev.norm, ',') || in(prev, b.medium) ||
                     in(prev, b.time_phrase))) {
    // ("accused the US of violating rights, ignoring the law": a gerund
    // listed after one that a preposition governs is that phrase's, no
    // participle of the clause.)
    if (is_mark(prev.norm, ','))
      for (std::size_t i = k - 1, steps = 0; i-- > begin + 1 && steps < 10; ++steps) {
        const Item& w = items[i];
        if (is_mark(w.norm, ';') || (w.kind == Item::Kind::Entity && !w.locative && verb_group(items, i + 1).form != VerbForm::Other))
          break;
        if (w.kind == Item::Kind::Word && w.norm.ends_with("ing") && may_be_verb(w) && in(items[i - 1], b.preposition))
          return -1;
      }
    // The nearest finite verb before it, whose subject it shares when no
    // actor stands right before a verb ("X, known as Y, had vowed ...,
    // threatening": X).
    std::size_t finite = k;
    for (std::size_t i = k - 1; i-- > begin;) {
      if (is_mark(items[i].norm, ';')) break;
      if (actor_at(i) && verb_group(items, i + 1).form != VerbForm::Other && !(i > begin && items[i - 1].norm == "what"sv))
        return static_cast<int>(i);
      // Past the nearest finite verb's group: that verb's subject is the
      // participle's, not an actor of an earlier clause ("Zelenskiy spoke
      // after a Russian missile attack killed four, destroying a clinic").
      // (A date inside the group is the group's: "Mali on Thursday ordered
      // ..., accusing".)
      const bool date_in_group = items[i].kind == Item::Kind::Date ||
                                 (date_preposition(items[i].norm) && items[i + 1].kind == Item::Kind::Date);
      if (finite < k && i + 1 < finite && !date_in_group &&
          !(items[i].kind == Item::Kind::Word && may_be_verb(items[i]) && verb_group(items, i).form != VerbForm::Other))
        break;
      if (finite == k && items[i].kind == Item::Kind::Word && may_be_verb(items[i])) {
        VerbForm f = verb_group(items, i).form;
        // ("launched what Baku called 'anti-terrorist measures', shelling":
        // a verb of "what X called" names the object, it heads no clause.)
        const bool naming = i >= begin + 2 && items[i - 2].norm == "what"sv && items[i - 1].kind == Item::Kind::Entity;
        // ("called local measures, seizing": an -s form after a word that
        // is no subject is a plural noun.)
        const bool noun = f == VerbForm::ThirdPerson && i > begin && items[i - 1].kind == Item::Kind::Word &&
                          !in(items[i - 1], b.actor_pronoun) && verb_group(items, i - 1).form == VerbForm::Other;
        if ((f == VerbForm::Past || f == VerbForm::ThirdPerson) && !naming && !noun) finite = i;
      }
    }
    if (finite < k) {
      std::size_t head = finite;  // the group's first word: "had" of "had vowed"
      while (head > begin && items[head - 1].kind == Item::Kind::Word && may_be_verb(items[head - 1]) &&
             verb_group(items, head - 1).form != VerbForm::Other)
        --head;
      return subject_of(items, head, begin, false);
    }
    return -1;
  }
  // "the consul general in Osaka, Xue Jian, threatened": the name between
  // commas, after a phrase that gives a role (an official, a title) and is no
  // participle's ("The committee, chaired by the Chief of Staff, Mohamed
  // Al-Haddad, has held": the committee held).
  if (is_mark(prev.norm, ',') && k >= begin + 3 && actor_at(k - 2) && is_mark(items[k - 3].norm, ',')) {
    bool role = false, hangs_on_participle = false;
    for (std::size_t q = k - 3; q-- > begin;) {
      const Item& it = items[q];
      if (is_mark(it.norm, ',') || is_mark(it.norm, ';')) break;
      role |= (it.kind == Item::Kind::Entity && it.official) || it.kind == Item::Kind::Title;
      hangs_on_participle |= it.kind == Item::Kind::Word && (it.norm.ends_with("ed") || it.norm.ends_with("ing")) &&
                    may_be_verb(it);
    }
    if (role && !hangs_on_participle) return static_cast<int>(k - 2);
  }
  // "Pakistan's army chief, Field Marshal Asim Munir, accused": the comma
  // that closes an apposition the mention holds, after the clause's first
  // words.
  if (is_mark(prev.norm, ',') && k >= begin + 2 && k - 2 == begin && actor_at(k - 2)) return static_cast<int>(k - 2);
  // "X, a senior official, said", "X, which ..., clashed", "X (Y) said",
  // "Hamas — which rules Gaza — rejected" (a dash is "-").
  if (is_mark(prev.norm, ',') || prev.norm == ")"sv || prev.norm == "-"sv) {
    const std::string open = prev.norm == ")"sv ? "(" : prev.norm;
    for (std::size_t i = k - 1, steps = 0; i-- > begin && steps < 24; ++steps) {
      const std::string& w = items[i].norm;
      if (is_mark(w, ';')) break;
      if (w == open) {
        // "The three countries — Iran, Saudi Arabia and China — issued": the
        // names between the dashes say who the group is.
        if (open == "-"sv && i + 2 == k - 1 && actor_at(i + 1) && i > begin && items[i - 1].kind == Item::Kind::Entity &&
            !items[i - 1].types.empty() && items[i - 1].types[0] == EntityType::ActorGroup)
          return static_cast<int>(i + 1);
        if (i > begin && actor_at(i - 1)) return static_cast<int>(i - 1);
        break;
      }
    }
    return -1;
  }
  // "the Rada, which clashed", "forces that attacked".
  if ((prev.norm == "which"sv || prev.norm == "who"sv || prev.norm == "that"sv) && k >= begin + 2) {
    std::size_t i = k - 2;
    if (is_mark(items[i].norm, ',') && i > begin) --i;
    if (actor_at(i)) return static_cast<int>(i);
    return -1;
  }
  // An infinitive: "urged Russia to withdraw" (Russia), "agreed to withdraw"
  // (whoever agreed).
  if (prev.norm == "to"sv && k >= begin + 2) {
    std::size_t i = k - 2;
    if (in(items[i], b.neg) && i > begin) --i;  // "urged Russia not to attack"
    // "pledged on Monday 20 March to provide": the date is the outer verb's.
    if (items[i].kind == Item::Kind::Date && i > begin) {
      --i;
      if (items[i].norm == "on"sv && i > begin) --i;
    }
    if (actor_at(i)) return static_cast<int>(i);
    if (items[i].kind == Item::Kind::Word && !items[i].upper && may_be_verb(items[i])) {
      VerbGroup outer = group_before(items, i, begin, VerbForm::Other);
      if (const int s = subject_of(items, outer.begin, begin, false); s >= 0) {
        // "the MNDAA, which China had pressed to halt its offensive": a verb
        // of asking in a relative clause whose object is the relative
        // pronoun asks the pronoun's antecedent, who would act.
        const int asking = rules_.if_defined.request;
        const std::size_t su = static_cast<std::size_t>(s);
        if (asking >= 0 && in(items[i], asking) && su >= begin + 1 && relative_pronoun(items[su - 1])) {
          std::size_t a = su - 1;
          if (a > begin && is_mark(items[a - 1].norm, ',')) --a;
          // (After any preposition: "fell to M23, which ...".)
          const bool antecedent = a > begin && items[a - 1].kind == Item::Kind::Entity &&
                                  !items[a - 1].types.empty() && items[a - 1].types[0] != EntityType::Place;
          return antecedent ? static_cast<int>(a - 1) : -1;
        }
        return s;
      }
    }
    if (const int finite = purpose_of(items, k, begin); finite >= 0)
      return subject_of(items, static_cast<std::size_t>(finite), begin, false);
  }
  return -1;
}

int ClauseReader::purpose_of(const std::vector<Item>& items, std::size_t k, std::size_t begin) const {
  const auto& b = rules_.builtin;
  const int purpose = rules_.if_defined.purpose;
  if (purpose < 0 || k < begin + 2 || k >= items.size() || !in(items[k], purpose) || items[k - 1].norm != "to"sv)
    return -1;
  // "urged Uganda to protest", "refused to protest", "has the right to
  // protest": the actor, verb or noun before "to" takes the infinitive,
  // which is no purpose; a place ("marched in Nairobi to") or a noun after
  // a preposition of place ("took to the streets to") takes none, nor does
  // the object of a verb of SUMMON, whom the subject acts before ("summoned
  // Kenya's envoy to complain": the one who summoned complains).
  const std::size_t p = k - 2;
  const Item& before = items[p];
  const int summon = rules_.if_defined.summon;
  bool summoned = false;
  if (before.kind == Item::Kind::Entity) {
    const bool place = std::all_of(before.types.begin(), before.types.end(),
                                   [](EntityType t) { return t == EntityType::Place; });
    summoned = !place;
  } else if (before.kind == Item::Kind::Word && before.upper && p > begin) {
    summoned = true;  // a name no list holds: "allowed Okello to complain"
  } else if (before.kind == Item::Kind::Word) {
    if (may_be_verb(before) && verb_group(items, p).form != VerbForm::Other &&
        subject_of(items, group_before(items, p, begin, VerbForm::Other).begin, begin, false) >= 0)
      return -1;
    if (p > begin && (in(items[p - 1], b.determiner) || items[p - 1].norm == "'s"sv) &&
        !(p > begin + 1 && (in(items[p - 2], b.locative) || items[p - 2].norm == "to"sv)))
      return -1;
  }
  for (std::size_t q = k - 1; q-- > begin;) {
    const Item& w = items[q];
    if (w.norm == ";"sv || w.norm == ","sv || w.norm == "."sv || in(w, b.coordinator)) break;
    if (w.kind != Item::Kind::Word || !may_be_verb(w)) continue;
    const VerbGroup finite = verb_group(items, q);
    if (finite.form == VerbForm::Past || finite.form == VerbForm::ThirdPerson || finite.helped) {
      if (summoned && !in(w, summon)) return -1;
      return static_cast<int>(group_before(items, q, begin, finite.form).begin);
    }
  }
  return -1;
}

bool ClauseReader::may_be_verb(const Item& it) const {
  if (it.kind != Item::Kind::Word) return false;
  for (const auto& s : rules_.lexicon.senses(it.word))
    if (s.form != VerbForm::Other) return true;
  return shape(it.norm).any(WordClass::Verb);
}

const WordShape& ClauseReader::shape(const std::string& word) const {
  auto [at, fresh] = shapes_.try_emplace(word);
  WordShape& out = at->second;
  if (!fresh) return out;
  thread_local std::vector<WordReading> readings;
  rules_.morphology.analyze(word, readings);
  for (const auto& r : readings) {
    auto& forms = out.forms[static_cast<int>(r.word_class)];
    if (r.word_class == WordClass::Verb && forms == 0) out.first_verb = r.form;
    forms = static_cast<std::uint8_t>(forms | 1u << static_cast<int>(r.form));
  }
  return out;
}

std::size_t ClauseReader::verb_after_adjunct(const std::vector<Item>& items, std::size_t p, std::size_t end) const {
  const auto& b = rules_.builtin;
  end = std::min(end, items.size());
  // (What the participle and its adjunct's first word must be, before the
  // look for the verb: this is asked of every verb a lexicon rule reads.)
  if (p == 0 || p + 2 >= end) return end;
  const Item& w = items[p];
  const Item& first = items[p + 1];
  if (w.kind != Item::Kind::Word || w.upper || !(w.norm.ends_with("ed") || w.norm.ends_with("en")) ||
      !(first.kind == Item::Kind::Date || (first.kind == Item::Kind::Word && in(first, b.preposition) && first.norm != "by"sv)))
    return end;
  for (std::size_t q = p + 2; q < end && q < p + 10; ++q) {
    const Item& x = items[q];
    if (x.kind == Item::Kind::Punct) return end;
    if (x.kind != Item::Kind::Word || x.upper || in(x, b.preposition) || in(x, b.determiner) || !may_be_verb(x)) continue;
    return adjunct_participle(items, p, q) ? q : end;
  }
  return end;
}

bool ClauseReader::adjunct_participle(const std::vector<Item>& items, std::size_t p, std::size_t verb) const {
  const auto& b = rules_.builtin;
  // (verb_after_adjunct() saw the word in -ed or -en and the adjunct's
  // first word: a preposition other than "by", or a time.)
  if (verb + 1 >= items.size()) return false;
  // A participle right after its noun, no verb of speech ("Kyiv announced
  // on Monday ...": a clause may follow).
  const Item& w = items[p];
  const Item& noun = items[p - 1];
  if (in(w, b.speech_verb) || !may_be_verb(w)) return false;
  if (noun.kind != Item::Kind::Entity && (noun.kind != Item::Kind::Word || noun.upper)) return false;
  // Nothing between that could be the later verb's own subject, or open
  // another clause.
  for (std::size_t q = p + 1; q < verb; ++q) {
    const Item& x = items[q];
    if (x.kind == Item::Kind::Entity && x.restated) continue;  // the subject restated before the verb (read())
    // (A place is where: "deployed to Kidal".)
    const bool place = x.kind == Item::Kind::Entity && (x.locative || (!x.types.empty() && x.types[0] == EntityType::Place &&
                                                                       (x.metonyms.empty() || x.metonyms[0].empty())));
    if (x.kind == Item::Kind::Punct || (x.kind == Item::Kind::Entity && !place)) return false;
    if (x.kind == Item::Kind::Word &&
        (x.upper || in(x, b.coordinator) || in(x, b.pronoun) || in(x, b.actor_pronoun) || in(x, b.fact_clause) ||
         in(x, b.time_phrase) || x.norm == "that"sv || x.norm == "which"sv || x.norm == "who"sv || x.norm == "as"sv ||
         x.norm == "when"sv || x.norm == "because"sv || x.norm == "if"sv || (q > p + 1 && !in(x, b.preposition) &&
                                                                          !in(x, b.determiner) && may_be_verb(x) &&
                                                                          verb_group(items, q).form == VerbForm::Past)))
      return false;
  }
  // ("threatened to cut gas supplies": an infinitive.)
  if (items[verb - 1].norm == "to"sv) return false;
  // The later verb is of the past and takes an object: "attacked
  // al-Shabaab positions", "held drills", "seized the town"; not "the city
  // captured last week" (a participle of its own).
  const VerbGroup g = verb_group(items, verb);
  if (g.form != VerbForm::Past || g.helped || g.head != verb) return false;
  const Item& object = items[verb + 1];
  return (object.kind == Item::Kind::Entity && !object.locative) || object.kind == Item::Kind::Number ||
         (object.kind == Item::Kind::Word && !object.upper &&
          (in(object, b.determiner) || in(object, b.quantifier) || in(object, b.number_word) ||
           (!in(object, b.preposition) && !in(object, b.coordinator) && shape(object.norm).any(WordClass::Noun))));
}

bool ClauseReader::qualifying_participle(const std::vector<Item>& items, std::size_t k, std::size_t end) const {
  if (k == 0 || k + 2 >= end) return false;
  // "Kenyan troops deployed on Monday attacked ...": no agent, an adjunct,
  // then the finite verb.
  if (items[k + 1].norm != "by"sv) {
    const std::size_t stop = std::min(end, items.size());
    return verb_after_adjunct(items, k, stop) < stop;
  }
  // Right after its noun ("on Thursday shortened by one hour": a verb),
  // with an agent, no measure, after "by".
  const Item& noun = items[k - 1];
  if (noun.kind != Item::Kind::Entity && (noun.kind != Item::Kind::Word || noun.upper)) return false;
  if (items[k + 2].kind == Item::Kind::Number || in(items[k + 2], rules_.builtin.number_word)) return false;
  const Item& w = items[k];
  if (w.kind != Item::Kind::Word || !(w.norm.ends_with("ed") || w.norm.ends_with("en")) || !may_be_verb(w)) return false;
  for (std::size_t q = k + 2; q < end && q < k + 12; ++q) {
    const Item& x = items[q];
    if (x.kind == Item::Kind::Punct) return false;
    if (x.kind != Item::Kind::Word || x.upper || !may_be_verb(x)) continue;
    const VerbGroup g = verb_group(items, q);
    if (g.form == VerbForm::Past || g.helped) return true;
  }
  return false;
}

bool ClauseReader::predicate_adjective(const Item& it) const {
  if (it.kind != Item::Kind::Word) return false;
  const auto& lex = rules_.triggers;
  const auto& forms = lex.starting(it.word);
  return std::any_of(forms.begin(), forms.end(), [&](const TriggerLexicon::Form& f) {
    const Trigger& t = lex.entries()[f.entry];
    return t.pos == Trigger::Pos::Adjective && t.rest.empty();
  });
}

int ClauseReader::object_of(const std::vector<Item>& items, std::size_t from, std::size_t end, bool actors_only) const {
  const auto& b = rules_.builtin;
  int owned = -1;
  for (std::size_t q = from, skipped = 0; q < end && skipped <= 3; ++q, ++skipped) {
    // "by Yemen's Houthi rebels": the possessed name, not its possessor.
    if (possessor(items, q, end)) q += 2;
    const Item& it = items[q];
    // "severed ties with Tehran": a capital not governed by a preposition of
    // place stands for its state, as it does as a subject.
    if (it.kind == Item::Kind::Entity && actors_only)
      return !it.types.empty() && (it.types[0] != EntityType::Place ||
                                   (!it.locative && !it.metonyms.empty() && !it.metonyms[0].empty()))
                 ? static_cast<int>(q)
                 : -1;
    if (it.kind == Item::Kind::Entity) return it.locative && (it.types.empty() || it.types[0] != EntityType::State) ? -1 : static_cast<int>(q);
    // "strikes on Ukrainian energy facilities": the state of an adjective
    // after an event noun's preposition, when no name follows.
    if (it.kind == Item::Kind::Adjective && !it.keys.empty() && owned < 0) owned = static_cast<int>(q);
    if (it.kind == Item::Kind::Adjective || it.kind == Item::Kind::Number || in(it, b.determiner)) continue;
    // "received a team of inspectors from the IAEA": the body's members
    // after a noun for a body of people are the object.
    if (it.kind == Item::Kind::Word && in(it, b.partitive) && q + 2 < end && items[q + 1].norm == "of"sv &&
        items[q + 2].kind == Item::Kind::Entity && items[q + 2].head_word) {
      ++q;
      continue;
    }
    break;
  }
  return owned;
}

int ClauseReader::after_preposition(const std::vector<Item>& items, std::size_t from, std::size_t end,
                                    const std::vector<std::string>& prepositions, bool actors_only) const {
  // The first such preposition only: in "calls for it to have a veto over
  // guarantees for Ukraine" the call is not for Ukraine.
  for (std::size_t q = from; q < end && q < from + 12; ++q) {
    if (items[q].kind != Item::Kind::Word) continue;
    if (std::find(prepositions.begin(), prepositions.end(), items[q].norm) == prepositions.end()) continue;
    return object_of(items, q + 1, end, actors_only);
  }
  return -1;
}

// "A member of the Kenyan senate (, Ruth Kamau,) walked out": one member of
// a body acts as a person, not as the body (where "Members of the senate"
// act for it, members_of()). The body at items[i], after "a member of" or
// "one member of" and a determiner.
bool ClauseReader::one_member_of(const std::vector<Item>& items, std::size_t i, std::size_t begin) const {
  if (i < begin + 4 || !in(items[i - 1], rules_.builtin.determiner)) return false;
  const std::string& one = items[i - 4].norm;
  return items[i - 2].norm == "of"sv && items[i - 3].norm == "member"sv && (one == "a"sv || one == "one"sv);
}

bool ClauseReader::members_of(const std::vector<Item>& items, std::size_t i, std::size_t begin) const {
  const auto& b = rules_.builtin;
  if (i < begin + 2 || items[i - 1].norm != "of"sv) return false;
  if ((in(items[i - 2], b.crowd) || in(items[i - 2], b.group_noun)) &&
      (i - 2 == begin || in(items[i - 3], b.determiner) || items[i - 3].norm == ","sv))
    return true;
  // "The military government of President Avril declared", "the regime of
  // Bashar al-Assad": a government named by the person who leads it acts
  // as that person does (one lower-case word may say which).
  const Item& it = items[i];
  if (it.kind != Item::Kind::Entity || it.types.empty() || it.types[0] != EntityType::Person ||
      !in(items[i - 2], b.refer_government))
    return false;
  std::size_t q = i - 2;
  if (q > begin && items[q - 1].kind == Item::Kind::Word && !items[q - 1].upper && !in(items[q - 1], b.determiner) &&
      !in(items[q - 1], b.preposition))
    --q;
  return q == begin || in(items[q - 1], b.determiner) || items[q - 1].norm == ","sv;
}

bool ClauseReader::subject_entity(const std::vector<Item>& items, std::size_t i) const {
  const auto& b = rules_.builtin;
  const Item& it = items[i];
  if (i > 0 && (in(items[i - 1], b.preposition) || items[i - 1].norm == "'s"sv) && !members_of(items, i, 0)) return false;
  if (modifies_noun(items, i)) return false;
  VerbGroup g = verb_group(items, verb_after_subject(items, i));
  if (g.form == VerbForm::Other) return it.plural && base_verb(items, g.head);  // "the Palestinians reject"
  return !object_then_noun(items, i, g);
}

bool ClauseReader::owned_name(const std::vector<Item>& items, std::size_t i) const {
  // "demanded that its EU partners refuse", "their NATO allies agreed": a
  // name between a possessive pronoun and a noun of RELATION_NOUN modifies
  // that noun, the subject ("its Russia attacked" is no English). A group
  // that holds its noun is the whole noun phrase ("Their Gulf allies
  // condemned"), and a body after a possessive stays one ("its Defence
  // Ministry rejected").
  const auto& b = rules_.builtin;
  const int relation = rules_.if_defined.relation_noun;
  if (relation < 0 || i < 1 || i + 1 >= items.size() || items[i].kind != Item::Kind::Entity) return false;
  if (!in(items[i - 1], b.possessive_person) && !in(items[i - 1], b.possessive_actor)) return false;
  if (items[i + 1].kind != Item::Kind::Word || !in(items[i + 1], relation)) return false;
  return std::none_of(items[i].types.begin(), items[i].types.end(),
                      [](EntityType t) { return t == EntityType::ActorGroup; });
}

bool ClauseReader::modifies_noun(const std::vector<Item>& items, std::size_t i) const {
  // "despite new US sanctions imposed", "condemned fresh EU sanctions": a
  // name right after a lower-case word of MODIFIER (no determiner) is a
  // modifier of the noun after it, no subject.
  const auto& b = rules_.builtin;
  const int modifier = rules_.if_defined.modifier;
  if (modifier < 0 || i < 1) return false;
  const Item& before = items[i - 1];
  return before.kind == Item::Kind::Word && !before.upper && !in(before, b.determiner) && in(before, modifier);
}

bool ClauseReader::base_verb(const std::vector<Item>& items, std::size_t k) const {
  if (k >= items.size() || items[k].kind != Item::Kind::Word || items[k].upper) return false;
  for (const auto& s : rules_.lexicon.senses(items[k].word))
    if (s.form == VerbForm::Base) return true;
  return shape(items[k].norm).has(WordClass::Verb, WordForm::Base);
}

std::size_t ClauseReader::verb_after_subject(const std::vector<Item>& items, std::size_t i) {
  // "Pakistan's army chief, Field Marshal Asim Munir, accused": the comma
  // that closes an apposition the mention holds, or one it stands in.
  if (i + 2 < items.size() && ellipsis(items[i + 1])) return i + 2;
  return (i == 0 || items[i - 1].norm == ","sv) && i + 2 < items.size() && items[i + 1].norm == ","sv ? i + 2 : i + 1;
}

bool ClauseReader::object_then_noun(const std::vector<Item>& items, std::size_t i, const VerbGroup& g) const {
  const auto& b = rules_.builtin;
  if (g.form != VerbForm::ThirdPerson || g.helped || i == 0) return false;
  std::size_t k = i - 1;
  if (in(items[k], b.determiner) && k > 0) --k;
  const Item& before = items[k];
  std::size_t next = g.head + 1;
  bool bare = next >= items.size() || items[next].kind == Item::Kind::Punct || in(items[next], b.preposition);
  return bare && before.kind == Item::Kind::Word && !in(before, b.speech_verb) &&
         (before.norm.ends_with("ed") || in(before, b.place_verb)) && may_be_verb(before);  // (the look-up last)
}

std::optional<Item> ClauseReader::state_of_earlier_subject(const std::vector<Item>& items, std::size_t i) const {
  for (std::size_t k = i; k-- > 0;) {
    if (items[k].keys.size() != 1 || !is_subject(items, k)) continue;
    const std::string& key = items[k].keys[0];
    if (items[k].types[0] == EntityType::State) return items[k];
    // A state's own body: "org/co-mfa" is Colombia's; a person the text
    // named with a state's title: "person/ph/eduardo-ano" is the
    // Philippines' ("Philippine National Security Adviser Eduardo Ano").
    if ((key.starts_with("org/") && key.size() > 7 && key[6] == '-') ||
        (key.starts_with("person/") && key.size() > 10 && key[9] == '/')) {
      const std::size_t at = key[0] == 'o' ? 4 : 7;
      Item state = items[k];
      state.keys = {"state/" + std::string(1, static_cast<char>(std::toupper(key[at]))) +
                    static_cast<char>(std::toupper(key[at + 1]))};
      state.types = {EntityType::State};
      state.metonyms = {""};
      state.official = false;
      return state;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// `"We will not yield," the defence minister said`, `"I condemn the
// attack," said the governor of the region`, `The spokesman said: "We
// reject the plan."`: one quotation, with a speaker named outside it by a
// verb of SAY (or "added") right after it, or right before it with a
// colon or a comma. Refused: a sentence with more than two quote marks (a
// quote inside the quote: single and double marks fold alike, and an
// apostrophe may be one), a quote that does not open or close like one,
// a speaker inside the quote, a news medium ("..., Reuters reported"
// relays, it is no "we"), a place, and "according to X", which reads no
// verb here. A quotation split around its speaker has two halves, the
// second right after the verb (or the inverted speaker) and a comma, to the
// end of the sentence: `"We will not go," the minister said, "whatever
// they offer."`; more marks than four, or a second half anywhere else, are
// refused.
std::optional<ClauseReader::QuoteSpeaker> ClauseReader::quote_speaker(const AnnotatedSentence& sentence) const {
  const auto& b = rules_.builtin;
  const auto& tokens = sentence.tokens;
  const auto& items = sentence.reading;
  std::size_t at[4] = {0, 0, 0, 0}, marks = 0;
  for (std::size_t t = 0; t < tokens.size(); ++t)
    if (tokens[t].kind == Token::Kind::Quote) {
      if (marks == 4) return std::nullopt;
      at[marks++] = t;
    }
  // (An opening mark after a space, a closing one glued to its word.)
  auto opens_and_closes = [&](std::size_t open, std::size_t close) {
    return close > open + 1 && !(open > 0 && tokens[open].glued) && tokens[close].glued;
  };
  const std::size_t open = at[0], close = at[1];
  if ((marks != 2 && marks != 4) || !opens_and_closes(open, close)) return std::nullopt;
  QuoteSpeaker q;
  if (marks == 4) {
    if (!opens_and_closes(at[2], at[3])) return std::nullopt;
    for (std::size_t t = at[3] + 1; t < tokens.size(); ++t)
      if (tokens[t].kind != Token::Kind::Punct) return std::nullopt;
    q.more_open = at[2];
    q.more_close = at[3];
    while (q.more_begin < items.size() && items[q.more_begin].tb < q.more_open) ++q.more_begin;
    q.more_end = q.more_begin;
    while (q.more_end < items.size() && items[q.more_end].tb < q.more_close) ++q.more_end;
    if (q.more_begin < 2 || q.more_begin == q.more_end || items[q.more_begin - 1].norm != ","sv) return std::nullopt;
  }
  while (q.begin < items.size() && items[q.begin].tb < open) ++q.begin;
  q.end = q.begin;
  while (q.end < items.size() && items[q.end].tb < close) ++q.end;
  if (q.begin == q.end || items[q.end - 1].te > close || (q.begin > 0 && items[q.begin - 1].te > open)) return std::nullopt;
  auto speaks = [&](const Item& w) {
    return w.kind == Item::Kind::Word && (in(w, b.speech_verb) || w.norm == "added"sv || w.norm == "adds"sv);
  };
  auto finite = [](const VerbGroup& g) {
    return g.form == VerbForm::Past || g.form == VerbForm::ThirdPerson || (g.helped && g.form == VerbForm::Participle);
  };
  std::optional<std::size_t> speaker;
  const std::size_t n = items.size();
  // (The comma inside the quote, or after it: `"...", the minister said`.)
  const bool comma_after = q.end < n && items[q.end].norm == ","sv && items[q.end - 1].norm != ","sv;
  const std::size_t next = q.end + (comma_after ? 1 : 0);
  if (q.begin == 0 && (items[q.end - 1].norm == ","sv || comma_after) && next + 1 < n) {
    // `"...," the minister said`, `"...," he added`
    const std::size_t s = next + (in(items[next], b.determiner) ? 1 : 0);
    if (s + 1 < n && items[s].kind == Item::Kind::Entity) {
      const VerbGroup g = verb_group(items, s + 1);
      if (finite(g) && g.head < n && speaks(items[g.head])) {
        speaker = s;
        q.verb = g.head;
      }
    }
    // `"...," said Kenyan President William Ruto`
    const VerbGroup inverted = verb_group(items, next);
    std::size_t after = next + 1;
    if (after < n && in(items[after], b.determiner)) ++after;
    if (!speaker && inverted.head == next && finite(inverted) && speaks(items[next]) && after < n &&
        items[after].kind == Item::Kind::Entity) {
      speaker = after;
      q.verb = next;
    }
  } else if (q.begin >= 3 && (items[q.begin - 1].norm == ":"sv || items[q.begin - 1].norm == ","sv)) {
    // `The minister said: "..."`, `Ruto told reporters on Monday: "..."`:
    // nothing after the quote but its final mark.
    for (std::size_t k = q.end; k < n; ++k)
      if (items[k].kind != Item::Kind::Punct) return std::nullopt;
    std::size_t v = q.begin - 2;
    for (int skipped = 0; skipped < 3 && v > 0 && !speaks(items[v]); ++skipped, --v)
      if (items[v].kind != Item::Kind::Date && items[v].norm != "on"sv && items[v].norm != "reporters"sv &&
          items[v].norm != "journalists"sv)
        return std::nullopt;
    if (!speaks(items[v])) return std::nullopt;
    const std::size_t k = group_before(items, v, 0, VerbForm::Past).begin;
    if (!finite(verb_group(items, k))) return std::nullopt;
    if (const int s = subject_of(items, k, 0, false); s >= 0) speaker = static_cast<std::size_t>(s);
    q.verb = v;
  }
  if (!speaker || (*speaker >= q.begin && *speaker < q.end)) return std::nullopt;
  const Item& sp = items[*speaker];
  if (sp.kind != Item::Kind::Entity || sp.keys.size() != 1 || sp.types.empty() || sp.locative || sp.medium ||
      sp.types[0] == EntityType::Place)
    return std::nullopt;
  q.speaker = *speaker;
  if (q.more_begin < q.more_end) {
    // The second half after `said ,`, `said Ruto ,`, `said on Monday ,`.
    std::size_t k = q.more_begin - 2;
    while (k > 0 && items[k].kind == Item::Kind::Date) --k;
    if (k > 0 && items[k + 1].kind == Item::Kind::Date && items[k].norm == "on"sv) --k;
    if (q.begin != 0 || k != std::max(q.verb, q.speaker)) return std::nullopt;
  }
  return q;
}

bool ClauseReader::whole_quote(const AnnotatedSentence& sentence) {
  const auto& tokens = sentence.tokens;
  if (tokens.size() < 3 || tokens.front().kind != Token::Kind::Quote || tokens.back().kind != Token::Kind::Quote)
    return false;
  for (std::size_t t = 1; t + 1 < tokens.size(); ++t)
    if (tokens[t].kind == Token::Kind::Quote) return false;
  return true;
}

bool ClauseReader::continues_quote(const AnnotatedSentence& sentence, bool& open) {
  const auto& tokens = sentence.tokens;
  if (tokens.size() < 2) return false;
  if (whole_quote(sentence)) {
    open = false;
    return true;
  }
  std::size_t marks = 0;
  for (const auto& t : tokens) marks += t.kind == Token::Kind::Quote;
  if (marks == 1 && tokens.front().kind == Token::Kind::Quote) {
    open = true;  // '"Our position has not changed.' and on
    return true;
  }
  if (!open) return false;
  if (marks == 0) return true;  // the quotation goes on
  if (marks == 1 && tokens.back().kind == Token::Kind::Quote) {
    open = false;  // 'Enough is enough."'
    return true;
  }
  return false;
}

std::optional<Item> ClauseReader::first_person(const Item& speaker, bool plural, const Discourse& discourse) const {
  const EntityType type = speaker.types[0];
  Item who = speaker;
  who.locative = false;
  who.restated = false;
  // ("I condemn", "we reject": the first person takes a verb without -s,
  // which `plural` tells the rules; "condemn" is no noun here.)
  who.plural = true;
  if (!plural) {
    // ("'I condemn the attack,' the minister said": an official speaks
    // for the state the item keys, as the minister's own words do.)
    if (type == EntityType::Person || speaker.official) return who;
    return std::nullopt;
  }
  if (speaker.official) {
    // "the Serbian defence minister" keys Serbia, and speaks for it.
    who.official = false;
    who.head_word = 0;
    return who;
  }
  if (type != EntityType::Person || !discourse.office_of) return who;
  if (auto office = discourse.office_of(speaker.keys[0])) {
    who.keys = {office->first};
    who.types = {office->second};
    who.metonyms = {""};
    who.medium = who.armed_group = who.bloc = false;
    who.head_word = 0;
  }
  return who;
}

void ClauseReader::read(AnnotatedSentence& sentence, Discourse& discourse) const {
  const auto& b = rules_.builtin;
  // What the sentence named, for the descriptions of later sentences (the
  // last loop below): the chunks its mentions cover, as the chunker left
  // them, taken before the reading takes the chunks over.
  struct Named {
    const Mention* mention;
    Item item;
  };
  // ("Pakistan and Afghanistan": two states named together.)
  auto pair_of_states = [](const Mention& m) {
    return m.keys.size() == 2 && !m.locative && m.types.size() == 2 && m.types[0] == EntityType::State &&
           m.types[1] == EntityType::State;
  };
  // (Only those the last loop keeps: no person or place, unless a bloc.)
  auto kept = [&](const Mention& m) {
    if (pair_of_states(m)) return true;
    if (m.keys.size() != 1) return false;
    return sentence.chunks[m.chunk].bloc ||
           (!m.locative && m.types[0] != EntityType::Person && m.types[0] != EntityType::Place);
  };
  std::vector<Named> named_items;
  for (const auto& m : sentence.mentions)
    if (m.chunk < sentence.chunks.size() && kept(m)) named_items.push_back({&m, sentence.chunks[m.chunk]});
  // The reading starts as the chunks, moved, not copied: no stage reads the
  // chunks after this one (document.h), and a copy of every item cost 20M
  // instructions on the 1 MB corpus (92,209 items).
  sentence.reading = std::move(sentence.chunks);
  sentence.chunks.clear();
  sentence.references.clear();
  auto& items = sentence.reading;
  // What "the group" may stand for: an organisation, or an armed force
  // the text names itself ("the National Liberation Army") or of no state
  // ("the RSF"), not a state's; a band of fighters named by the text ("Fano
  // militiamen"), not a state's troops; not a body its own head word names
  // ("the UN human rights office" is "the office", never "the group"), nor
  // a news medium ("..., Reuters reported. The militia ...").
  auto group_like = [&](const Item& e) {
    if (e.types.empty() || e.medium) return false;
    if (e.types[0] == EntityType::ActorGroup)
      return rules_.lexicon.in(e.head_word, b.fighters) && !rules_.lexicon.in(e.head_word, b.force_noun);
    if (e.types[0] == EntityType::Organization) return !rules_.lexicon.in(e.head_word, b.owned_body_head);
    return e.types[0] == EntityType::ArmedForce && (e.source == Mention::Source::Name || e.armed_group);
  };
  auto stands_for = [&](std::size_t from, std::size_t to, const Item& antecedent) {
    sentence.references.push_back({items[from].tb, antecedent.keys.empty() ? std::string() : antecedent.keys[0]});
    Item copy = antecedent;
    copy.tb = items[from].tb;
    copy.te = items[to - 1].te;
    copy.shared = true;
    copy.locative = false;
    items.erase(items.begin() + static_cast<long>(from) + 1, items.begin() + static_cast<long>(to));
    items[from] = std::move(copy);
  };
  // "Narendra Modi, on Monday, said": a date between commas after a name is
  // the verb group's ("Modi on Monday said").
  for (std::size_t j = 1; j + 3 < items.size(); ++j) {
    if (items[j].norm != ","sv || items[j - 1].kind != Item::Kind::Entity) continue;
    std::size_t d = j + 1;
    if (items[d].kind == Item::Kind::Word && items[d].norm == "on"sv) ++d;
    if (d + 2 >= items.size() || items[d].kind != Item::Kind::Date || items[d + 1].norm != ","sv) continue;
    VerbGroup g = verb_group(items, d + 2);
    if (g.form != VerbForm::Past && g.form != VerbForm::ThirdPerson && !g.helped) continue;
    items.erase(items.begin() + static_cast<long>(d) + 1);
    items.erase(items.begin() + static_cast<long>(j));
  }
  // "A declaration signed by Kenya and Uganda rejected the plan", "The
  // letter, issued by the leaders of Chad and Niger, warned": a text
  // (MEDIUM) signed or issued by actors says what they say. Its signers
  // stand again as the subject before its verb: the name after "by", or
  // after "the leaders of" (SIGNERS_FOR: the states or bodies they lead).
  // Signers that are no name ("40 senators", "dozens of scholars", "the
  // heads of 12 aid agencies") leave the text with no author.
  if (const int signed_by = rules_.if_defined.signed_by; signed_by >= 0)
    for (std::size_t p = 2; p + 3 < items.size(); ++p) {
      if (!in(items[p], signed_by) || items[p + 1].norm != "by"sv) continue;
      const bool aside = items[p - 1].norm == ","sv;
      if (!in(items[p - 1 - (aside ? 1 : 0)], b.medium)) continue;
      std::size_t s = p + 2;
      if (items[s].kind != Item::Kind::Entity && in(items[s], b.determiner)) {
        // ("the foreign ministers of", "the prime ministers of")
        std::size_t of = s + 1;
        while (of < s + 4 && of < items.size() && items[of].kind == Item::Kind::Word && items[of].norm != "of"sv &&
               !items[of].upper && !in(items[of], b.preposition))
          ++of;
        if (of + 1 >= items.size() || items[of].norm != "of"sv || !in(items[of - 1], rules_.if_defined.signers_for))
          continue;
        s = of + 1;
      }
      const Item& signers = items[s];
      if (signers.kind != Item::Kind::Entity || signers.shared || signers.locative || signers.keys.empty()) continue;
      // Its verb after the signers (and the comma that closes the aside).
      std::size_t j = s + 1;
      if (aside && j < items.size() && items[j].norm == ","sv) ++j;
      if (j >= items.size() || items[j].kind != Item::Kind::Word || items[j].upper) continue;
      const VerbGroup g = verb_group(items, j);
      // (Not a passive: in "the letter signed by Kenya was rejected by
      // Uganda" the letter, not Kenya, was rejected.)
      if (g.passive ||
          (g.form != VerbForm::Past && g.form != VerbForm::ThirdPerson && !(g.helped && g.form != VerbForm::Other)))
        continue;
      Item copy = signers;
      copy.shared = true;
      copy.restated = true;
      items.insert(items.begin() + static_cast<long>(j), std::move(copy));
      p = j;
    }
  // "Hamas — which rules Gaza — rejected", "The Commerce Department, citing
  // national security, announced": the subject before an apposition or a
  // clause between commas, dashes or brackets stands again before its verb.
  // First, so that what reads subjects finds it there: a pronoun ("The
  // union, the largest of its kind, said it had ...") and a coordinated verb
  // ("Cuba and Norway, the guarantors, expressed regret and urged ...").
  for (std::size_t j = 2; j < items.size(); ++j) {
    const std::string& closing = items[j - 1].norm;
    if (closing != ","sv && closing != "-"sv && closing != ")"sv) continue;
    if (items[j].kind != Item::Kind::Word || items[j].upper) continue;
    VerbGroup g = verb_group(items, j);
    if (g.form != VerbForm::Past && g.form != VerbForm::ThirdPerson && !(g.helped && g.form != VerbForm::Other)) continue;
    int s = subject_of(items, j, 0, false);
    // "A member of the Kenyan senate, Ruth Kamau, walked out": the member
    // the apposition names is the subject (one_member_of()).
    if (s < 0 && j >= 5 && closing == ","sv && items[j - 2].kind == Item::Kind::Entity && items[j - 3].norm == ","sv &&
        one_member_of(items, j - 4, 0))
      s = static_cast<int>(j - 2);
    if (s < 0 || static_cast<std::size_t>(s) + 1 >= j || items[static_cast<std::size_t>(s)].shared) continue;
    Item copy = items[static_cast<std::size_t>(s)];
    copy.shared = true;
    copy.restated = true;
    items.insert(items.begin() + static_cast<long>(j), std::move(copy));
    ++j;
  }
  // "Kurdish insurgents with ties to the PKK attacked", "The Turkish and
  // Greek sides of the island of Cyprus agreed": the name right before the
  // verb ends a phrase of the subject's (distant_subject()); the subject
  // stands again before its verb, so that no rule reads the nearer name.
  for (std::size_t j = 2; j < items.size(); ++j) {
    if (items[j - 1].kind != Item::Kind::Entity || items[j - 1].shared) continue;
    if (items[j].kind != Item::Kind::Word || items[j].upper) continue;
    // (distant_subject() first: it mostly answers -1 at once, where the
    // verb group costs a look-up a word.)
    const int s = distant_subject(items, j, 0);
    if (s < 0 || items[static_cast<std::size_t>(s)].shared) continue;
    VerbGroup g = verb_group(items, j);
    if (g.form != VerbForm::Past && g.form != VerbForm::ThirdPerson && !(g.helped && g.form != VerbForm::Other)) continue;
    Item copy = items[static_cast<std::size_t>(s)];
    copy.shared = true;
    copy.restated = true;
    items.insert(items.begin() + static_cast<long>(j), std::move(copy));
    ++j;
  }
  // "Kenyan troops deployed on Monday attacked al-Shabaab positions": a
  // participle with an adjunct and no agent after the subject (a reduced
  // relative) is no clause of its own; the subject stands again before the
  // finite verb after it (the participle's rules drop out:
  // qualifying_participle()).
  for (std::size_t p = 1; p + 2 < items.size(); ++p) {
    const Item& w = items[p];
    if (w.kind != Item::Kind::Word || w.upper || !(w.norm.ends_with("ed") || w.norm.ends_with("en")) ||
        items[p - 1].kind != Item::Kind::Entity || items[p - 1].shared || !is_subject(items, p - 1))
      continue;
    const std::size_t j = verb_after_adjunct(items, p, items.size());
    if (j >= items.size()) continue;
    Item copy = items[p - 1];
    copy.shared = true;
    copy.restated = true;
    items.insert(items.begin() + static_cast<long>(j), std::move(copy));
    p = j + 1;
  }
  // "X claimed that they repelled ...": a pronoun stands first for a subject
  // earlier in its own sentence, then for the paragraph's.
  // (A name a relative "which" or "who" follows is that clause's subject:
  // "for Beijing, which has called on Washington to stop arming the island,
  // which it claims": Beijing.)
  auto relative_head = [&](std::size_t k) {
    std::size_t r = k + 1;
    if (r < items.size() && items[r].norm == ","sv) ++r;
    return items[k].kind == Item::Kind::Entity && !items[k].types.empty() && r < items.size() &&
           (items[r].norm == "which"sv || items[r].norm == "who"sv);
  };
  auto earlier_subject = [&](std::size_t i, bool person) -> const Item* {
    for (std::size_t k = i; k-- > 0;) {
      // (The kind of entity first: is_subject() reads the verb group.)
      if (items[k].types.empty() || (items[k].types[0] == EntityType::Person) != person ||
          !(is_subject(items, k) || relative_head(k)))
        continue;
      // A place is no subject, but a capital standing for its state is.
      if (items[k].types[0] == EntityType::Place && (items[k].metonyms.empty() || items[k].metonyms[0].empty())) continue;
      return &items[k];
    }
    return nullptr;
  };
  // The last mention before item i of one body, group or force (not a
  // person, not a place) whose head noun is `head`: the antecedent of "the
  // ministry", "the council" in its own sentence. Only a mention still an
  // item of its own (one a reference did not replace).
  auto same_head_before = [&](std::size_t i, std::string_view head) -> const Item* {
    const Mention* last = nullptr;
    for (const auto& m : sentence.mentions) {
      if (m.te > items[i].tb || m.keys.size() != 1 || m.types.empty() || m.locative || m.types[0] == EntityType::Person ||
          m.types[0] == EntityType::Place || m.head >= sentence.tokens.size() || sentence.tokens[m.head].norm != head)
        continue;
      last = &m;
    }
    if (!last) return nullptr;
    for (std::size_t k = i; k-- > 0;)
      if (items[k].kind == Item::Kind::Entity && items[k].tb == last->tb && items[k].keys.size() == 1 &&
          items[k].keys[0] == last->keys[0])
        return &items[k];
    return nullptr;
  };
  // "during his meeting with Trump", "its offensive on Kharkiv": a
  // possessive pronoun before an event noun carries whose the event is (the
  // word stays a word, which rules may read: "expressed its support").
  // "the rebels", "the militants": a plural of FIGHTERS that is no
  // FORCE_NOUN, as a word or as the bare group the chunker made of it ("the
  // rebels said": group/rebels).
  auto fighters_noun = [&](const Item& x) {
    if (x.te != x.tb + 1 || x.tb >= sentence.tokens.size()) return false;
    if (x.kind == Item::Kind::Entity &&
        !(x.keys.size() == 1 && x.types.size() == 1 && x.types[0] == EntityType::ActorGroup && x.keys[0].starts_with("group/")))
      return false;
    if (x.kind != Item::Kind::Word && x.kind != Item::Kind::Entity) return false;
    const Token& t = sentence.tokens[x.tb];
    return !t.upper && t.lemma != t.norm && rules_.lexicon.in(t.word, b.fighters) && !rules_.lexicon.in(t.word, b.force_noun);
  };
  auto event_noun_at = [&](std::size_t q) {
    return q < items.size() && items[q].kind == Item::Kind::Word && rules_.triggers.starts_event_noun(items[q].word);
  };
  for (std::size_t i = 0; i + 1 < items.size(); ++i) {
    Item& it = items[i];
    const bool person = in(it, b.possessive_person), actor = in(it, b.possessive_actor);
    // ("its long-standing partnership": a hyphenated modifier between.)
    const bool hyphenated = i + 2 < items.size() && items[i + 2].norm == "-"sv && event_noun_at(i + 4);
    if (it.kind != Item::Kind::Word || (!person && !actor) || !(event_noun_at(i + 1) || event_noun_at(i + 2) || hyphenated))
      continue;
    // The nearest name of its kind before it ("to deny Russia funding for its
    // war": Russia's), else the paragraph's last subject of that kind.
    const Item* antecedent = nullptr;
    for (std::size_t k = i; k-- > 0 && !antecedent;) {
      const Item& c = items[k];
      if (c.kind != Item::Kind::Entity || c.locative || c.types.empty()) continue;
      const bool place = c.types[0] == EntityType::Place && (c.metonyms.empty() || c.metonyms[0].empty());
      if (!place && (c.types[0] == EntityType::Person) == person) antecedent = &c;
    }
    if (!antecedent) {
      const auto& last = person ? discourse.last_person : discourse.last_actor;
      if (last) antecedent = &*last;
    }
    if (!antecedent || antecedent->keys.size() != 1) continue;
    it.keys = antecedent->keys;
    it.types = antecedent->types;
    it.metonyms = antecedent->metonyms;
    sentence.references.push_back({it.tb, it.keys[0]});
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& it = items[i];
    if (it.kind != Item::Kind::Word) continue;
    bool person_pronoun = in(it, b.pronoun), actor_pronoun = in(it, b.actor_pronoun);
    // "It was reported that", "it seems that", "it remains to be seen": an
    // "it" of a passive or of seem/appear/remain followed by that, whether or
    // to within two words stands for nothing.
    if (actor_pronoun && it.norm == "it"sv) {
      VerbGroup g = verb_group(items, i + 1);
      bool copula = g.head < items.size() && (items[g.head].norm.starts_with("seem") ||
                                              items[g.head].norm.starts_with("appear") ||
                                              items[g.head].norm.starts_with("remain"));
      // "it was reported", not "it is willing to"; nor a participle the
      // trigger table lists as a predicate adjective ("it is prepared to").
      copula |= g.passive && !(g.head < items.size() && predicate_adjective(items[g.head]));

      for (std::size_t q = g.head + 1; copula && q < items.size() && q <= g.head + 2 && actor_pronoun; ++q)
        if (items[q].norm == "that"sv || items[q].norm == "whether"sv || items[q].norm == "to"sv) actor_pronoun = false;
    }
    // "Rwanda said its forces had withdrawn from Goma": "its" or "their"
    // and a noun of forces before a verb stand for the forces of whom the
    // pronoun stands for, who act through them, as "it" would.
    if (in(it, b.possessive_actor) && i + 2 < items.size() && items[i + 1].kind == Item::Kind::Word &&
        in(items[i + 1], b.force_noun) && verb_group(items, i + 2).form != VerbForm::Other &&
        !(i > 0 && in(items[i - 1], b.preposition))) {
      const Item* antecedent = earlier_subject(i, false);
      if (!antecedent && discourse.last_actor) antecedent = &*discourse.last_actor;
      if (antecedent) {
        Item copy = *antecedent;
        copy.plural = true;
        stands_for(i, i + 2, copy);
        continue;
      }
    }
    // "France told Iraq that it must cooperate", "reminded Kyiv that it
    // should ...": a pronoun that an obligation follows, right after a
    // listener and "that", stands for the listener, whom the words direct.
    if (actor_pronoun && i >= 3 && items[i - 1].norm == "that"sv && i + 1 < items.size() &&
        in(items[i + 1], b.obligation)) {
      const Item& listener = items[i - 2];
      const bool actor = listener.kind == Item::Kind::Entity && listener.keys.size() == 1 && !listener.locative &&
                         !listener.types.empty() && listener.types[0] != EntityType::Place &&
                         listener.types[0] != EntityType::Person;
      // (After a verb of telling, or its "to": "issued a reminder to Iraq".)
      if (actor && items[i - 3].kind == Item::Kind::Word && (may_be_verb(items[i - 3]) || items[i - 3].norm == "to"sv)) {
        Item copy = listener;
        copy.plural |= it.norm == "they"sv;
        stands_for(i, i + 1, copy);
        continue;
      }
    }
    // "though they reject direct talks": "they" takes a verb without -s.
    const bool plural_pronoun = actor_pronoun && it.norm == "they"sv;
    // (The verb group after is read for pronouns only: most words are none,
    // and this loop visits every word.)
    auto verb_next = [&] {
      const VerbGroup after = verb_group(items, i + 1);
      return after.form != VerbForm::Other || (plural_pronoun && base_verb(items, after.head));
    };
    if ((person_pronoun || actor_pronoun) && verb_next() && !(i > 0 && in(items[i - 1], b.preposition))) {
      const Item* antecedent = earlier_subject(i, person_pronoun);
      if (!antecedent) {
        const auto& last = person_pronoun ? discourse.last_person : discourse.last_actor;
        if (last) antecedent = &*last;
      }
      if (antecedent) {
        Item copy = *antecedent;  // stands_for() changes the items the antecedent may be among
        copy.plural |= plural_pronoun;
        stands_for(i, i + 1, copy);
        continue;
      }
    }
    // "both countries accepted", "the two sides agreed": the two states last
    // named together.
    if (discourse.last_pair && i + 2 < items.size() && items[i + 1].kind == Item::Kind::Word &&
        in(items[i + 1], b.refer_pair) && (it.norm == "both"sv || it.norm == "the"sv) &&
        verb_group(items, i + 2).form != VerbForm::Other) {
      stands_for(i, i + 2, *discourse.last_pair);
      items[i].plural = true;
      continue;
    }
    if (discourse.last_pair && i + 3 < items.size() && it.norm == "the"sv && items[i + 1].norm == "two"sv &&
        in(items[i + 2], b.refer_pair) && verb_group(items, i + 3).form != VerbForm::Other) {
      stands_for(i, i + 3, *discourse.last_pair);
      items[i].plural = true;
      continue;
    }
    // "M23 seized Sake. The rebels said they would advance": "the" and a
    // plural noun for fighters (not one for a state's troops) before a verb
    // stand for the one armed group of no state in view: named before in the
    // sentence, else by the last sentence of this paragraph or the one
    // before that named one. Two there, or none, leave the words alone.
    if (it.norm == "the"sv && i + 2 < items.size() && fighters_noun(items[i + 1]) &&
        verb_group(items, i + 2).form != VerbForm::Other) {
      const Item* armed = nullptr;
      bool two = false;
      for (std::size_t k = 0; k < i && !two; ++k)
        if (items[k].kind == Item::Kind::Entity && items[k].fights && items[k].keys.size() == 1 && !items[k].locative) {
          two = armed && armed->keys[0] != items[k].keys[0];
          armed = &items[k];
        }
      if (!armed && !two && discourse.last_armed) armed = &*discourse.last_armed;
      if (armed && !two) {
        Item copy = *armed;  // stands_for() changes the items it may be among
        copy.plural = true;
        stands_for(i, i + 2, copy);
        continue;
      }
    }
    // "The ministry said", "the group claimed", "the rebel group killed": a
    // definite description, its noun after at most two lower-case words
    // (no adjective of a state: "the Egyptian group" may be another
    // state's).
    std::size_t noun_at = i + 1;
    if (it.norm == "the"sv)
      for (std::size_t k = i + 1; k < i + 4 && k + 1 < items.size(); ++k) {
        if (items[k].kind == Item::Kind::Word && verb_group(items, k + 1).form != VerbForm::Other) {
          noun_at = k;
          break;
        }
        const bool modifier = items[k].kind == Item::Kind::Word && !items[k].upper && !in(items[k], b.preposition) &&
                              !in(items[k], b.determiner) && !in(items[k], b.coordinator);
        if (!modifier) break;
      }
    if (it.norm == "the"sv && noun_at + 1 < items.size() && items[noun_at].kind == Item::Kind::Word &&
        verb_group(items, noun_at + 1).form != VerbForm::Other) {
      const Item& noun = items[noun_at];
      const std::optional<Item>* by_type = in(noun, b.refer_state)   ? &discourse.last_state
                                           : in(noun, b.refer_force) ? &discourse.last_force
                                           : in(noun, b.refer_org)   ? &discourse.last_org
                                           : in(noun, b.refer_bloc)  ? &discourse.last_bloc
                                                                     : nullptr;
      // "Colombia's Foreign Ministry said that the nation ...": first the
      // state of an earlier subject of the sentence.
      if (in(noun, b.refer_state))
        if (auto state = state_of_earlier_subject(items, i)) {
          stands_for(i, noun_at + 1, *state);
          continue;
        }
      // "suspended talks with the ELN after the group killed": first a name
      // of that kind earlier in the sentence.
      // ("Hamas rejected the offer, the group said": the speaker of a report
      // after its content is the content's first subject, if any, not a
      // name further in: in "instructors arrived days after French troops
      // withdrew, the army said" the army is no French one.)
      const bool reports_after_content = i > 0 && items[i - 1].norm == ","sv &&
                                         in(items[verb_group(items, noun_at + 1).head], b.speech_verb);
      // The content's first subject, and no other entity subject or clause
      // of fact before it.
      auto first_subject = [&](std::size_t at) {
        bool first = is_subject(items, at);
        for (std::size_t k = 0; k < at && first; ++k)
          first = !(items[k].kind == Item::Kind::Entity && is_subject(items, k)) &&
                  !(items[k].kind == Item::Kind::Word && in(items[k], b.fact_clause));
        return first;
      };
      // "Iraq's foreign ministry rejected the accusations, the ministry
      // said": a body named earlier in the sentence by the same head noun
      // is the one meant, before any body of an earlier sentence (by_head,
      // below, holds those) and before another kind's name; after the
      // content, only the content's first subject.
      if (const Item* same = same_head_before(i, noun.norm);
          same && (!reports_after_content || first_subject(static_cast<std::size_t>(same - items.data())))) {
        const Item antecedent = *same;  // stands_for() changes the items it is among
        stands_for(i, noun_at + 1, antecedent);
        continue;
      }
      if (by_type && !in(noun, b.refer_state)) {
        const bool force = in(noun, b.refer_force), bloc = in(noun, b.refer_bloc);
        std::optional<std::size_t> named;
        for (std::size_t k = i; k-- > 0 && !named;)
          if (items[k].kind == Item::Kind::Entity && items[k].keys.size() == 1 && !items[k].types.empty() &&
              (force ? items[k].types[0] == EntityType::ArmedForce && !items[k].armed_group
                     : bloc ? items[k].bloc
                            : group_like(items[k])) &&
              !items[k].locative && !items[k].official)
            named = k;
        if (named && reports_after_content && !first_subject(*named)) named.reset();
        if (named) {
          const Item antecedent = items[*named];
          stands_for(i, noun_at + 1, antecedent);
          continue;
        }
      }
      if (by_type == &discourse.last_org && discourse.last_group) {
        const Item antecedent = *discourse.last_group;
        stands_for(i, noun_at + 1, antecedent);
        continue;
      }
      if (by_type && *by_type) {
        stands_for(i, noun_at + 1, **by_type);
        continue;
      }
      if (auto h = discourse.by_head.find(noun.norm); h != discourse.by_head.end()) {
        stands_for(i, noun_at + 1, h->second);
        continue;
      }
    }
  }
  // "convicted the activist Yang of secessionism and sentenced him to nine
  // years": an object pronoun stands for the nearest person of its sentence
  // who is no subject, else for the person before the clause's own subject
  // ("Xi said Putin had invited him"). "her" is an object only where no noun
  // follows ("sentenced her to", not "her government"). Only in its own
  // sentence: a person of an earlier one is too far to be sure.
  for (std::size_t i = 1; i < items.size(); ++i) {
    const Item& it = items[i];
    if (it.kind != Item::Kind::Word || (it.norm != "him"sv && it.norm != "her"sv)) continue;
    if (it.norm == "her"sv && i + 1 < items.size() && items[i + 1].kind != Item::Kind::Punct &&
        !in(items[i + 1], b.preposition) && items[i + 1].norm != "to"sv)
      continue;
    auto person_at = [&](std::size_t k) {
      return items[k].kind == Item::Kind::Entity && items[k].keys.size() == 1 && !items[k].types.empty() &&
             items[k].types[0] == EntityType::Person;
    };
    std::optional<std::size_t> object, beyond_subject;
    bool subject_seen = false;
    for (std::size_t k = i; k-- > 0;) {
      if (!person_at(k)) continue;
      if (!is_subject(items, k)) {
        if (!object) object = k;
      } else if (!subject_seen) {
        subject_seen = true;
      } else if (!beyond_subject) {
        beyond_subject = k;
      }
    }
    const std::optional<std::size_t> at = object ? object : beyond_subject;
    if (!at) continue;
    // The pronoun becomes a mention of its own, in the text (not a subject
    // copied in front of a verb, which `shared` marks).
    Item copy = items[*at];
    copy.tb = it.tb;
    copy.te = it.te;
    copy.locative = false;
    copy.restated = false;
    sentence.references.push_back({it.tb, copy.keys[0]});
    items[i] = std::move(copy);
  }
  // The first person of a quotation the sentence attributes to a speaker
  // (quote_speaker()): `"We will never accept foreign troops on our soil,"
  // the defence minister said` is the minister's state's refusal; `"I
  // condemn the attack," said Ruto` is Ruto's. "I" / "we" before a verb
  // stand for the speaker (first_person(): "we" for the state or body a
  // person or an official speaks for), as "he" does; "me" / "us" are the
  // speaker as an object ("they attacked us"); "my" / "our" before an
  // event noun own the event as "its" does ("our offensive"); "our" and a
  // FORCE_NOUN before a verb act for it as "its forces" do ("our troops
  // have left the town"). A first person outside quotes (the writer's
  // "we") or in a quote without a speaker of this sentence stands for no
  // one.
  // ('"...," Miller said. "We demand the release of the crew."': a
  // sentence that is one quotation, after a sentence of the paragraph with
  // a quotation and its speaker, is that speaker's too; so is one that
  // opens a quotation it does not close, and the paragraph after it that
  // opens with a quote mark: a quotation of several paragraphs.)
  std::optional<QuoteSpeaker> quote = quote_speaker(sentence);
  discourse.continued = false;
  discourse.second_half.reset();
  if (quote && quote->more_begin < quote->more_end)
    discourse.second_half = std::make_pair(quote->more_open, quote->more_close);
  if (quote) {
    discourse.quoting = items[quote->speaker];
    discourse.quoting_verb = items[quote->verb].norm;
  } else if (discourse.quoting && continues_quote(sentence, discourse.quote_open)) {
    discourse.continued = true;
  } else {
    discourse.quoting.reset();
  }
  if (!discourse.continued) discourse.quote_open = false;
  if (quote || discourse.continued) {
    if (!quote) quote = QuoteSpeaker{0, items.size(), 0, 0};
    const Item speaker = discourse.continued ? *discourse.quoting : items[quote->speaker];
    std::optional<Item> singular, plural;
    bool singular_read = false, plural_read = false;
    auto who = [&](bool many) -> const std::optional<Item>& {
      bool& read_once = many ? plural_read : singular_read;
      std::optional<Item>& found = many ? plural : singular;
      if (!read_once) found = first_person(speaker, many, discourse);
      read_once = true;
      return found;
    };
    // The words of a half of the quotation, [begin, end): `end` moves back
    // where a mention comes to stand for two words. (The second half is
    // read first, for that not to move it.)
    auto read_half = [&](std::size_t begin, std::size_t& end) {
      for (std::size_t i = begin; i < end && i < items.size(); ++i) {
        Item& it = items[i];
        // ('"The Russians told me: we will attack in the spring," the minister
        // said': after a colon inside the quote, another speaker's words.)
        if (it.norm == ":"sv) break;
        if (it.kind != Item::Kind::Word) continue;
        const std::string& w = it.norm;
        const bool subject = w == "we"sv || w == "i"sv, object = (w == "us"sv && !sentence.tokens[it.tb].all_caps) || w == "me"sv,
                   owner = w == "our"sv || w == "my"sv;
        if (!subject && !object && !owner) continue;
        const std::optional<Item>& stands = who(w == "we"sv || w == "us"sv || w == "our"sv);
        if (!stands || (i > 0 && in(items[i - 1], b.preposition) && !object)) continue;
        if (subject) {
          const VerbGroup after = verb_group(items, i + 1);
          if (after.form != VerbForm::Other || base_verb(items, after.head)) stands_for(i, i + 1, *stands);
        } else if (object) {
          // A mention of its own, in the text, as "him" is.
          Item copy = *stands;
          copy.tb = it.tb;
          copy.te = it.te;
          copy.shared = false;
          sentence.references.push_back({it.tb, copy.keys[0]});
          items[i] = std::move(copy);
        } else if (i + 2 < items.size() && in(items[i + 1], b.force_noun) &&
                   verb_group(items, i + 2).form != VerbForm::Other) {
          stands_for(i, i + 2, *stands);
          --end;
        } else if (event_noun_at(i + 1) || event_noun_at(i + 2)) {
          it.keys = stands->keys;
          it.types = stands->types;
          it.metonyms = stands->metonyms;
          sentence.references.push_back({it.tb, it.keys[0]});
        }
      }
    };
    if (quote->more_begin < quote->more_end) read_half(quote->more_begin, quote->more_end);
    read_half(quote->begin, quote->end);
  }
  // "Peskov rejected the sanctions and accused Europe": a verb after "and"
  // or "but" shares the nearest earlier subject whose verb has its form
  // (one restated after an apposition too: "The 5th Brigade (assigned to
  // the 143rd Division) located and destroyed a tunnel").
  auto share_coordinated = [&] {
    for (std::size_t j = 1; j + 1 < items.size(); ++j) {
      if (!(in(items[j], b.coordinator) && items[j].norm == "and"sv) && items[j].norm != "but"sv) continue;
      VerbGroup after = verb_group(items, j + 1);
      if (after.form == VerbForm::Other || items[j + 1].kind == Item::Kind::Entity) continue;
      // The nearest earlier subject whose verb has the same form; for a verb
      // that reports speech, the nearest whose verb does too ("The Philippines
      // confirmed that the CCG was present but disputed that ...": the
      // Philippines disputed).
      auto reports = [&](const VerbGroup& g) {
        return g.head < items.size() &&
               (in(items[g.head], b.speech_verb) || in(items[g.head], b.deny) || in(items[g.head], b.say_that));
      };
      // "Mali said the rebels had attacked a base and seized weapons": the
      // words a speaker reports after `r` (with "that", or after SAY alone,
      // which takes no object) have a subject of their own that names no
      // one ("the rebels", "gunmen"), then a past verb before the "and". Whether they
      // do, and whether that verb is a past perfect.
      auto unnamed_subject = [&](std::size_t r, bool& perfect) {
        std::size_t q = r + 1;
        const bool that = q < j && items[q].norm == "that"sv;
        if (that) ++q;
        if (!that && !in(items[r], b.speech_verb)) return false;
        // (Its noun phrase opens with a determiner, or is a bare noun or
        // two: "said gunmen had attacked", "said armed men had attacked".)
        const bool bare = !in(items[q], b.determiner);
        if (q + 2 >= j || (bare && (items[q].kind != Item::Kind::Word || items[q].upper ||
                                    items[q].norm.ends_with("ly") || in(items[q], b.preposition))))
          return false;
        for (std::size_t k = bare ? q + 1 : q + 2; k < j && k < q + 6; ++k) {
          const Item& w = items[k - 1];
          if (w.kind != Item::Kind::Word || in(w, b.preposition) || in(w, b.coordinator) || relative_pronoun(w))
            return false;
          const VerbGroup g = verb_group(items, k);
          if (g.head >= j) return false;
          const bool past = g.form == VerbForm::Past || (g.helped && g.form == VerbForm::Participle);
          if (!past || (!g.helped && g.head + 1 < j && items[g.head + 1].norm == "by"sv)) continue;
          // ("said the drones were shot down and condemned the attack": after
          // a passive, an active verb is hardly its subject's; left as it was.)
          if (g.passive) return false;
          perfect = false;
          for (std::size_t a = g.begin; a < g.head; ++a) perfect |= items[a].norm == "had"sv;
          return true;
        }
        return false;
      };
      bool reported = reports(after), speaker = false;
      if (reported)
        for (std::size_t i = j; i-- > 0 && !speaker;)
          speaker = items[i].norm != ";"sv && is_subject(items, i) && reports(verb_group(items, verb_after_subject(items, i)));
      for (std::size_t i = j; i-- > 0;) {
        if (items[i].norm == ";"sv) break;
        if (!is_subject(items, i)) continue;
        VerbGroup before = verb_group(items, verb_after_subject(items, i));
        if (speaker && !reports(before)) continue;
        if (before.form != after.form && !before.helped && !after.helped) continue;
        // "said the country would not be intimidated and vowed to continue":
        // a plain past does not go on a modal's group; the speaker vowed.
        if ((before.only_would || before.hypothetical || before.future) && !after.helped && after.form == VerbForm::Past)
          continue;
        // "said he was ready to be arrested if the ICC issued a warrant and has
        // repeatedly defended the crackdown": a verb joins a conditional
        // clause only in that clause's own form ("if Iran attacks and kills").
        std::size_t opener = i;
        if (opener > 0 && in(items[opener - 1], b.determiner)) --opener;
        if (opener > 0 && in(items[opener - 1], b.conditional) &&
            (before.form != after.form || before.helped != after.helped))
          continue;
        // The verb goes on with the reported words' unnamed subject, so
        // with no one; but a past of speaking, warning or vowing after their
        // past perfect is the speaker's own again, as below.
        if (bool perfect = false; !speaker && reports(before) && unnamed_subject(before.head, perfect) &&
                                  !(perfect && !after.helped && after.form == VerbForm::Past &&
                                    (reported || in(items[after.head], rules_.if_defined.speaker_act))))
          break;
        // "The ministry said the EU had violated WTO rules and warned of
        // countermeasures": a reported clause in the past perfect is the
        // speaker's own tense shifted back; a plain past of speaking, warning
        // or vowing after it is again the speaker's ("had violated the rules
        // and blocked imports" stays the EU's). The verb goes to the subject
        // of the reporting verb, or to no one where that is no name.
        std::size_t from = i;
        if (!after.helped && after.form == VerbForm::Past && before.helped && opener > 0 &&
            (reports(after) || in(items[after.head], rules_.if_defined.speaker_act))) {
          bool perfect = false;
          for (std::size_t k = before.begin; k < before.head; ++k) perfect |= items[k].norm == "had"sv;
          std::size_t r = opener - 1;
          if (items[r].norm == "that"sv && r > 0) --r;
          const VerbGroup reporting = verb_group(items, r);
          if (perfect && reporting.head == r && reporting.form == VerbForm::Past &&
              (in(items[r], b.speech_verb) || in(items[r], b.say_that) || in(items[r], b.deny))) {
            from = items.size();
            for (std::size_t s = r; s-- > 0;) {
              if (items[s].norm == ";"sv) break;
              if (!is_subject(items, s)) continue;
              if (verb_group(items, verb_after_subject(items, s)).head == r) from = s;
              break;
            }
            if (from == items.size()) break;
          }
        }
        Item copy = items[from];
        copy.shared = true;
        copy.restated = false;  // a verb's own subject, not one after an apposition
        items.insert(items.begin() + static_cast<long>(j) + 1, std::move(copy));
        ++j;
        break;
      }
    }
  };
  share_coordinated();
  // A subject inside a quotation is the quoted speaker's, not the text's:
  // after 'Bessent asserted that "Petro has allowed ..."', "He further
  // stated" is still Bessent.
  auto quoted = [&](std::size_t i) {
    std::size_t marks = 0;
    for (std::size_t t = 0; t < items[i].tb && t < sentence.tokens.size(); ++t)
      marks += sentence.tokens[t].kind == Token::Kind::Quote;
    return marks % 2 == 1;
  };
  // Only the last subject of each kind stays in the discourse: found first,
  // copied once (each copy of an Item allocates its keys and strings).
  std::optional<std::size_t> last_person, last_actor, last_group;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].keys.size() != 1 || items[i].types.empty() || !is_subject(items, i) || quoted(i)) continue;
    const bool person = items[i].types[0] == EntityType::Person;
    (person ? last_person : last_actor) = i;
    if (!person && group_like(items[i])) last_group = i;
  }
  auto remember = [&](std::optional<Item>& last, std::size_t at) {
    last = items[at];
    last->shared = false;
  };
  if (last_person) {
    remember(discourse.last_person, *last_person);
    discourse.person_age = 0;
  }
  if (last_actor) {
    remember(discourse.last_actor, *last_actor);
    discourse.actor_age = 0;
  }
  if (last_group) {
    remember(discourse.last_group, *last_group);
    discourse.group_age = 0;
  }
  // The sentence's armed group, for "the rebels" of the next ones.
  const Item* armed = nullptr;
  bool two_armed = false;
  for (const auto& [mention, it] : named_items)
    if (it.fights && it.keys.size() == 1) {
      two_armed |= armed && armed->keys[0] != it.keys[0];
      armed = &it;
    }
  if (armed) {
    discourse.armed_age = 0;
    if (two_armed) discourse.last_armed.reset();
    else discourse.last_armed = *armed;
  }
  // What the sentence named, for the descriptions of later sentences.
  for (auto& [mention, it] : named_items) {
    const Mention& m = *mention;
    if (pair_of_states(m)) {
      discourse.last_pair = it;
      discourse.pair_age = 0;
    }
    if (m.keys.size() != 1) continue;
    // ("pressure from ECOWAS": a bloc after a preposition of place is no
    // place.)
    if (it.bloc) {
      discourse.last_bloc = it;
      discourse.last_bloc->locative = false;
    }
    if (m.locative) continue;
    switch (m.types[0]) {
      case EntityType::State: discourse.last_state = it; break;
      case EntityType::ArmedForce:
        // ("The RSF has not commented. ... the army has made advances":
        // "the army" is a state's, never a group of no state's.)
        if (!it.armed_group) discourse.last_force = it;
        if (group_like(it)) discourse.last_org = it;
        break;
      case EntityType::Organization:
      case EntityType::ActorGroup:
        if (group_like(it)) discourse.last_org = it;
        break;
      default: break;
    }
    if (m.types[0] != EntityType::Person && m.types[0] != EntityType::Place && sentence.tokens[m.head].kind == Token::Kind::Word)
      discourse.by_head[sentence.tokens[m.head].norm] = std::move(it);  // its last use
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
    c.verb = verb_group(items, verb_after_subject(items, i));
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
