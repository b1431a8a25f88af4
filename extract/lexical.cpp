#include "lexical.h"

#include <algorithm>
#include "text.h"

namespace sg::extract {

// Literals compared as string_views ("of"sv): the length is known at compile
// time, where `std::string == "of"` calls strlen and compare() (GCC 12).
using namespace std::string_view_literals;

// Events whose noun takes its actor after "from": stances, demands and aid
// ("criticism from Tokyo", "pressure from ECOWAS", "aid from the EU").
static bool from_agent_event(const std::string& event) {
  return event == "ACCUSE"sv || event == "SUPPORT"sv || event == "THREATEN"sv || event == "REJECT"sv ||
         event == "REQUEST"sv || event == "AID"sv || event == "PROTEST"sv;
}

namespace {

// The lexicon entries whose words all stand at items[q..].
struct Hit {
  const Trigger* trigger;
  std::size_t end;  // the item after the trigger's last word
};

// Where the words of `t`, whose first word stands at items[q], end within
// items[..end): the item after its last word, or 0 when they do not all
// stand there. With a word class `degree` of `words`, one word of it may
// stand before the last noun of a verb's phrase: "made significant gains",
// "took full control".
std::size_t phrase_end(const Trigger& t, const std::vector<Item>& items, std::size_t q, std::size_t end,
                       const Lexicon* words = nullptr, int degree = -1) {
  std::size_t p = q + 1;
  for (std::size_t k = 0; k < t.rest.size(); ++k, ++p) {
    auto at = [&](std::size_t i) {
      return i < end && (items[i].kind == Item::Kind::Word || items[i].kind == Item::Kind::Punct) &&
             (items[i].word == t.rest[k] || (k + 1 == t.rest.size() && t.rest_plural && items[i].word == t.rest_plural));
    };
    if (at(p)) continue;
    if (degree < 0 || k + 1 != t.rest.size() || p + 1 >= end ||
        items[p].kind != Item::Kind::Word || !words->in(items[p].word, degree) || !at(p + 1))
      return 0;
    ++p;
  }
  return p;
}

void hits_at(const TriggerLexicon& lexicon, const std::vector<Item>& items, std::size_t q, std::size_t end,
             Trigger::Pos pos, std::vector<Hit>& out, std::vector<VerbForm>* forms = nullptr,
             const Lexicon* words = nullptr, int degree = -1) {
  for (const auto& f : lexicon.starting(items[q].word)) {
    const Trigger& t = lexicon.entries()[f.entry];
    bool verbal = t.pos == Trigger::Pos::Verb || t.pos == Trigger::Pos::Light;
    if (verbal != (pos == Trigger::Pos::Verb) || (!verbal && t.pos != pos)) continue;
    const std::size_t p = phrase_end(t, items, q, end, words, degree);
    if (p == 0) continue;
    if (forms && std::find(forms->begin(), forms->end(), f.form) == forms->end()) forms->push_back(f.form);
    if (std::none_of(out.begin(), out.end(), [&](const Hit& h) { return h.trigger == &t; })) out.push_back({&t, p});
  }
}

class Reader {
 public:
  Reader(const RuleSet& rules, const ClauseReader& clauses, const std::vector<Item>& items, std::size_t begin,
         std::size_t end, std::vector<CuedSense>* cued)
      : rules_(rules), lex_(rules.triggers), clauses_(clauses), items_(items), begin_(begin), end_(end), cued_(cued) {}

  void read(std::size_t q, std::vector<Match>& out) {
    const Item& it = items_[q];
    if (it.kind != Item::Kind::Word || lex_.starting(it.word).empty()) return;
    // A word that reads as no verb here may still be an event noun.
    const std::size_t before = out.size();
    read_verb(q, out);
    if (out.size() == before) nominal(q, out);
  }

 private:
  void read_verb(std::size_t q, std::vector<Match>& out) {
    std::vector<Hit>& hits = verb_hits_;
    std::vector<VerbForm>& forms = verb_forms_;
    hits.clear();
    forms.clear();
    hits_at(lex_, items_, q, end_, Trigger::Pos::Verb, hits, &forms, &rules_.lexicon, rules_.if_defined.phrase_degree);
    if (hits.empty()) return;
    // The longest phrase wins: "crack down on" over "crack".
    std::size_t longest = 0;
    for (const auto& h : hits) longest = std::max(longest, h.end);
    std::erase_if(hits, [&](const Hit& h) { return h.end < longest; });
    // The verb group, its form and voice.
    VerbGroup g = clauses_.group_before(items_, q, begin_, VerbForm::Other);
    bool be = false;
    for (std::size_t k = g.begin; k < q; ++k) be |= is_be(items_[k].norm);
    auto has = [&](VerbForm f) { return std::find(forms.begin(), forms.end(), f) != forms.end(); };
    VerbForm form = be && has(VerbForm::Participle) ? VerbForm::Participle
                    : has(VerbForm::Past)           ? VerbForm::Past
                    : has(VerbForm::ThirdPerson)    ? VerbForm::ThirdPerson
                    : has(VerbForm::Base)           ? VerbForm::Base
                    : has(VerbForm::Gerund)         ? VerbForm::Gerund
                                                    : VerbForm::Participle;
    g = clauses_.group_before(items_, q, begin_, form);
    // "Chile is opposed to Peruvian mining": a participle after "be" that
    // the lexicon lists as a predicate adjective, its preposition next, is
    // that adjective (the pattern rules read it), no passive of the verb.
    if (be && form == VerbForm::Participle && q + 1 < end_) {
      std::vector<Hit> adjectives;
      hits_at(lex_, items_, q, end_, Trigger::Pos::Adjective, adjectives);
      for (const auto& h : adjectives) {
        const auto& takes = h.trigger->target_after;
        if (h.end == q + 1 && std::find(takes.begin(), takes.end(), items_[q + 1].norm) != takes.end()) return;
      }
    }
    const bool infinitive = g.begin > begin_ && items_[g.begin - 1].norm == "to"sv;
    // "bowed to pressure": a "to" that the verb before it takes is no
    // infinitive's (but "appealed to end the siege": infinitive_after_to();
    // a promise's "to" is never its partner's: takes_to()).
    if (infinitive && g.begin >= begin_ + 2 && takes_to(items_[g.begin - 2]) && !infinitive_after_to(q, form)) return;
    // ", killing three"; "with President Erdogan accusing Sweden"; "with
    // France voting in favour and the United States voting against": a
    // name and its participle after "and" go on with the "with" before them.
    bool with_subject = false;
    if (form == VerbForm::Gerund && !g.helped && g.begin >= begin_ + 2 && items_[g.begin - 1].kind == Item::Kind::Entity) {
      auto joint_before = [&](std::size_t name) {
        std::size_t k = name - 1;
        if (k > begin_ && rules_.lexicon.in(items_[k].word, rules_.builtin.determiner)) --k;
        return k;
      };
      const std::size_t k = joint_before(g.begin - 1);
      with_subject = items_[k].norm == "with"sv;
      // (A name, not a group of none: "and 36 countries abstaining".)
      const Item& name = items_[g.begin - 1];
      if (items_[k].norm == "and"sv && !name.types.empty() && name.types[0] != EntityType::ActorGroup)
        for (std::size_t p = k; p-- > begin_ && p + 12 > k && !with_subject;) {
          if (items_[p].norm == ";"sv || items_[p].norm == "."sv) break;
          if (items_[p].kind != Item::Kind::Entity || p + 1 >= k) continue;
          const Item& w = items_[p + 1];
          with_subject = items_[joint_before(p)].norm == "with"sv && clauses_.ing_participle(w);
        }
    }
    // ", killing one person and arresting 12": a participle joined by "and"
    // to one after a comma hangs where that one does (`lead`).
    std::size_t lead = g.begin;
    if (form == VerbForm::Gerund && !g.helped && g.begin > begin_ + 2 && items_[g.begin - 1].norm == "and"sv) {
      for (std::size_t p = g.begin - 2; p > begin_ && p + 10 > g.begin; --p) {
        const Item& w = items_[p];
        if (w.norm == ";"sv || w.norm == "."sv || w.norm == ","sv) break;
        if (items_[p - 1].norm == ","sv && clauses_.ing_participle(w)) {
          lead = p;
          break;
        }
      }
    }
    // "published an article criticizing Lai": the article's author criticizes.
    // "he said after meeting European Parliament officials": so does a
    // gerund after a word of time, when it has a target ("after arriving"
    // tells no event).
    const bool time_gerund = form == VerbForm::Gerund && !g.helped && lead > begin_ && time_word(items_[lead - 1]);
    // "Accusing Rwanda of arming the rebels, Congo recalled its envoy": a
    // participle that opens the sentence is said of the subject after its
    // comma (subject_of finds it).
    const bool fronted = form == VerbForm::Gerund && !g.helped && lead == begin_ && begin_ == 0;
    const bool participle =
        (form == VerbForm::Gerund && !g.helped && lead > begin_ &&
         (items_[lead - 1].norm == ","sv || rules_.lexicon.in(items_[lead - 1].word, rules_.builtin.medium))) ||
        with_subject || time_gerund || fronted;
    const std::size_t first_out = out.size();
    auto need_target = [&] {
      if (!time_gerund) return;
      auto untargeted = std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first_out), out.end(), [](const Match& m) {
        return std::none_of(m.captures.begin(), m.captures.end(), [](const Capture& c) { return c.name == "target"sv; });
      });
      out.erase(untargeted, out.end());
    };
    if (form == VerbForm::Gerund && !g.helped && !participle) return;           // "the killing of", "fighting"
    if (form == VerbForm::Participle && !g.helped) return;                      // "forces backed by Iran"
    // "Militants backed by Iran attacked": a past form with its agent, a
    // finite verb after them.
    if (!g.helped && clauses_.qualifying_participle(items_, q, end_)) return;
    // "its allies", "Russia's strikes": after a determiner or a possessive, a noun.
    if (g.begin > begin_ && g.begin == q &&
        (rules_.lexicon.in(items_[q - 1].word, rules_.builtin.determiner) || items_[q - 1].norm == "'s"sv))
      return;
    int subject = clauses_.subject_of(items_, lead, begin_, participle);
    // "Rome's decision to recall its ambassador": the owner of a noun of
    // intent acts (intent_owner()); a decision or a plan is a plan.
    // ("France's plan to impose": the group holds "plan to".) Its phrase
    // ends at the verb the noun phrase is the subject of ("... angered Kyiv").
    std::size_t intent_end = end_;
    if (subject < 0 && (infinitive || g.planned) && !participle && q > begin_ && items_[q - 1].norm == "to"sv) {
      bool decided = false;
      subject = intent_owner(q, decided);
      g.planned |= subject >= 0 && decided;
      if (subject >= 0)
        if (const std::size_t verb = possessed_subject(static_cast<std::size_t>(subject), q - 2, q + 1); verb > 0)
          intent_end = verb;
    }
    // "A camp for refugees was attacked by militiamen": a passive whose
    // subject names no actor still names its agent after "by" (emit reads it).
    const bool agent_only = subject < 0 && g.passive && g.helped && !infinitive && !participle;
    if (subject < 0 && !agent_only) return;
    // "finalize US support": a bare base form after one actor is a noun.
    if (form == VerbForm::Base && !g.helped && !infinitive && !plural(items_[static_cast<std::size_t>(subject)])) return;
    // "Palestinians stayed home on Monday to protest": an infinitive of
    // purpose is what the act before it was, as much a fact as that act and
    // in its mood ("did not stay home to protest": no protest).
    const int purpose = infinitive && subject >= 0 ? clauses_.purpose_of(items_, q, begin_) : -1;
    if (purpose >= 0) {
      // "summoned a Chinese embassy official on Wednesday to protest": the
      // one who summoned protests, not the one summoned.
      if (const int own = clauses_.subject_of(items_, static_cast<std::size_t>(purpose), begin_, false); own >= 0)
        subject = own;
      const VerbGroup act = clauses_.verb_group(items_, static_cast<std::size_t>(purpose));
      g.negations += act.negations;
      g.hypothetical |= act.hypothetical;
      g.only_would = act.only_would;
      g.future |= act.future;
      g.planned |= act.planned;
    }
    const bool unfulfilled = infinitive && purpose < 0;
    // An opening participle's phrase ends at the comma before its subject.
    const std::size_t clause_end =
        fronted && subject > static_cast<int>(q) ? static_cast<std::size_t>(subject) - 1
                                                 : std::min(intent_end, clauses_.clause_end(items_, q + 1, end_));
    // "the US strikes on Iran": an -s form right before a preposition it
    // does not take is a plural noun.
    if (form == VerbForm::ThirdPerson && !g.helped) {
      std::vector<std::string> takes;
      for (const auto& h : hits) takes.insert(takes.end(), h.trigger->target_after.begin(), h.trigger->target_after.end());
      if (plural_noun_at(rules_, items_, q, end_, takes)) return;
      // "despite new US sanctions": a name after a modifier heads no clause.
      if (static_cast<std::size_t>(subject) + 1 == q && clauses_.modifies_noun(items_, q - 1)) return;
    }
    // A light verb and its event noun: "launched an attack on".
    for (const auto& h : hits) {
      if (h.trigger->pos != Trigger::Pos::Light || agent_only) continue;
      const std::size_t before_light = out.size();
      if (light(q, h, g, form, subject, unfulfilled, clause_end, out)) {
        // "ordered the expulsion of the ambassador": a verb of command
        // before an event noun orders that act, the orderer's; a pattern
        // reading the verb alone ("ordered": REQUEST) yields to it.
        if (cued_ && out.size() > before_light && rules_.lexicon.in(items_[q].word, rules_.builtin.command)) {
          CuedSense c{q, out.back().rule->event_type, {}};
          for (const auto& v : hits)
            if (v.trigger->pos == Trigger::Pos::Verb) c.senses.push_back(v.trigger->event);
          cued_->push_back(std::move(c));
        }
        mark_purpose(purpose, first_out, out);
        need_target();
        return;
      }
    }
    // The sense of the verb: a row whose cue holds, else the default.
    const Trigger* chosen = nullptr;
    std::size_t chosen_end = q + 1;
    for (int pass = 0; pass < 2 && !chosen; ++pass)
      for (const auto& h : hits) {
        const Trigger& t = *h.trigger;
        if (t.pos != Trigger::Pos::Verb) continue;
        bool cued = !t.when.empty();
        if (pass == 0 ? !cued || !cues_hold(t, h.end, subject, g.passive, clause_end) : cued) continue;
        chosen = &t;
        chosen_end = h.end;
        break;
      }
    if (chosen && !chosen->when.empty() && cued_) {
      CuedSense c{q, chosen->event, {}};
      for (const auto& h : hits)
        if (h.trigger->pos == Trigger::Pos::Verb) c.senses.push_back(h.trigger->event);
      cued_->push_back(std::move(c));
    }
    if (!chosen || chosen->event == "NONE"sv) return;
    // "the group seeks to avoid a war", "hopes to meet": a verb of PLAN
    // before "to" and a verb is that verb's group (a plan), no act of its
    // own, unless a cue picked a sense for it ("prepared to attack").
    if (chosen->when.empty() && rules_.lexicon.in(items_[q].word, rules_.builtin.plan) && chosen_end + 1 < clause_end &&
        items_[chosen_end].norm == "to"sv && clauses_.may_be_verb(items_[chosen_end + 1]))
      return;
    std::vector<std::size_t> trigger;
    for (std::size_t p = q; p < chosen_end; ++p) trigger.push_back(p);
    emit(*chosen, chosen->event, trigger, chosen_end, g, form, subject, unfulfilled,
         participle ? next_participle(q + 1, clause_end, chosen->event) : clause_end, out);
    mark_purpose(purpose, first_out, out);
    need_target();
  }

 private:
  static void mark_purpose(int purpose, std::size_t first_out, std::vector<Match>& out) {
    if (purpose < 0) return;
    for (std::size_t k = first_out; k < out.size(); ++k) out[k].purpose = true;
  }

  // "aid workers", "protest leaders", "aid agencies": an event noun before
  // a noun for people or a company only says which ones; no event. ("a
  // mediation mission" is one: a body's head word is no such noun.)
  // After an event noun, the noun's own verb of outbreak (OUTBREAK, "has"
  // perhaps before it, "out" or "up" after it) and a phrase of time or
  // place with no comma: where the "between" of the parties stands, else
  // `at`. "Clashes broke out on Monday between ...", "fighting erupted in
  // Marib between ..."; not "talks broke down between" (no preposition or
  // day after the verb), nor "clashes erupted in Aden, and talks between"
  // (a comma).
  std::size_t between_after_outbreak(std::size_t at, std::size_t clause_end) const {
    const int outbreak = rules_.if_defined.outbreak;
    const auto& b = rules_.builtin;
    std::size_t k = at;
    if (outbreak < 0 || k + 2 >= clause_end) return at;
    if (items_[k].kind == Item::Kind::Word && rules_.lexicon.in(items_[k].word, b.aux)) ++k;
    if (items_[k].kind != Item::Kind::Word || !rules_.lexicon.in(items_[k].word, outbreak)) return at;
    if (++k < clause_end && (items_[k].norm == "out"sv || items_[k].norm == "up"sv)) ++k;
    if (k >= clause_end) return at;
    const Item& first = items_[k];
    if (first.kind != Item::Kind::Date &&
        !(first.kind == Item::Kind::Word &&
          (rules_.lexicon.in(first.word, b.preposition) || rules_.lexicon.in(first.word, b.locative))))
      return at;
    // (Nor past a phrase of time or an "and", whose "between" is another
    // act's: "clashes erupted on Monday after talks between A and B failed".)
    for (std::size_t q = k; q < clause_end && q < k + 12; ++q) {
      const Item& w = items_[q];
      if (w.norm == "between"sv) return q;
      if (w.kind == Item::Kind::Punct ||
          (w.kind == Item::Kind::Word &&
           (rules_.lexicon.in(w.word, b.time_phrase) || rules_.lexicon.in(w.word, b.coordinator))))
        return at;
    }
    return at;
  }

  bool names_people(std::size_t after_noun) const {
    if (after_noun >= end_ || items_[after_noun].kind != Item::Kind::Word) return false;
    const std::uint32_t w = items_[after_noun].word;
    const auto& b = rules_.builtin;
    return rules_.lexicon.in(w, b.group_noun) || rules_.lexicon.in(w, b.person_noun) || rules_.lexicon.in(w, b.org_noun);
  }

  // After the first "by" from `from`: a noun phrase with no name, a
  // participle and its own "by" with a name ("by a missile fired by the
  // Houthis", "by a bomb planted by ISIS"): that name; else -1.
  int agent_of_instrument(std::size_t from, std::size_t clause_end) const {
    std::size_t by = from;
    while (by < clause_end && by < from + 12 && items_[by].norm != "by"sv) ++by;
    if (by >= clause_end || by >= from + 12) return -1;
    for (std::size_t q = by + 1; q + 2 < clause_end && q < by + 6; ++q) {
      const Item& w = items_[q];
      if (w.kind == Item::Kind::Entity || w.kind == Item::Kind::Punct) return -1;
      if (w.kind == Item::Kind::Word && !w.upper && (w.norm.ends_with("ed") || w.norm.ends_with("en")) &&
          clauses_.may_be_verb(w) && q > by + 1 && items_[q + 1].norm == "by"sv)
        return clauses_.object_of(items_, q + 2, clause_end, true);
    }
    return -1;
  }

  // Whether the event noun at `noun` is what a passive verb is about, after
  // its "for", "of" or "over", with no "by" between: "Chile was criticised
  // for the detentions by Peru", "was accused of diverting aid by the
  // opposition". The "by" after the noun then names the passive's agent
  // (who criticised), not the noun's. Refused: a passive whose agent came
  // first ("was criticised by Peru for the detentions by police": the
  // police's), an active verb ("Peru criticised Chile for the detentions by
  // police"), a noun of another noun's "of" ("was hit by a wave of strikes
  // by Israel").
  bool passive_agent_after(std::size_t noun) const {
    const auto& b = rules_.builtin;
    std::size_t p = noun;
    for (int steps = 0;; ++steps) {
      if (p <= begin_ + 2 || steps == 5) return false;
      const Item& it = items_[--p];
      if (it.norm == "for"sv || it.norm == "of"sv || it.norm == "over"sv) break;
      // The act's own phrase: determiners, modifiers, a gerund ("of
      // stealing public funds"); no name, comma or other preposition.
      if ((it.kind != Item::Kind::Word && it.kind != Item::Kind::Adjective && it.kind != Item::Kind::Number) ||
          rules_.lexicon.in(it.word, b.preposition) || rules_.lexicon.in(it.word, b.coordinator))
        return false;
    }
    const Item& verb = items_[p - 1];
    const WordShape& shape = clauses_.shape(verb.norm);
    if (verb.kind != Item::Kind::Word ||
        !(shape.has(WordClass::Verb, WordForm::Participle) || shape.has(WordClass::Verb, WordForm::Past)))
      return false;
    // A form of "be" before the participle, over an adverb or two ("was
    // strongly criticised", "has been accused").
    for (std::size_t k = p - 1; k-- > begin_ && k + 4 > p;) {
      if (items_[k].kind != Item::Kind::Word) return false;
      if (is_be(items_[k].norm)) return true;
    }
    return false;
  }

  // An event noun with its actor in the noun phrase: "Russia's attack on
  // Kyiv", "Russia's missile strikes", "an attack by Hamas on Israel".
  void nominal(std::size_t q, std::vector<Match>& out) const {
    std::vector<Hit>& nouns = noun_hits_;
    nouns.clear();
    hits_at(lex_, items_, q, end_, Trigger::Pos::Noun, nouns);
    if (nouns.empty()) return;
    std::size_t longest = 0;
    for (const auto& h : nouns) longest = std::max(longest, h.end);
    std::erase_if(nouns, [&](const Hit& h) { return h.end < longest || h.trigger->event.empty(); });
    if (names_people(longest)) return;
    const std::size_t clause_end = clauses_.clause_end(items_, longest, end_);
    // The actor: a possessive before the noun (with one modifier between), or "by" after it.
    int actor = -1;
    for (std::size_t back = 1; back <= 2 && q >= begin_ + back + 1 && actor < 0; ++back) {
      if (items_[q - back].norm != "'s"sv) {
        if (back == 1 && modifier(q - 1) && !rules_.lexicon.in(items_[q - 1].word, rules_.builtin.determiner))
          continue;  // "Russia's missile strikes"
        break;
      }
      const Item& owner = items_[q - back - 1];
      if (owner.kind == Item::Kind::Entity && !owner.locative) actor = static_cast<int>(q - back - 1);
    }
    if (actor < 0) actor = hyphened_possessor(q);
    // "during his meeting with Trump", "its long-standing partnership with
    // Niger": a possessive pronoun the clause reader resolved (it carries
    // the key) before the noun, with one modifier (a hyphenated one too)
    // between.
    if (actor < 0) {
      std::size_t k = q;
      if (k > begin_ + 1 && items_[k - 1].kind == Item::Kind::Word && items_[k - 1].keys.empty() &&
          !rules_.lexicon.in(items_[k - 1].word, rules_.builtin.determiner) && modifier(k - 1)) {
        --k;
        if (k > begin_ + 2 && items_[k - 1].norm == "-"sv && items_[k - 2].kind == Item::Kind::Word &&
            items_[k - 2].keys.empty() && modifier(k - 2))
          k -= 2;
      }
      if (k > begin_ && items_[k - 1].kind == Item::Kind::Word && !items_[k - 1].keys.empty())
        actor = static_cast<int>(k - 1);
    }
    // "Russian missile strikes on Kyiv", "a Malian-Russian offensive": the
    // states of the adjectives that own the noun (the chunker gave them keys).
    std::size_t owners_begin = 0;
    if (actor < 0) {
      std::size_t k = q;
      if (k >= begin_ + 2 && items_[k - 1].kind == Item::Kind::Word && owner(items_[k - 2])) --k;
      while (k > begin_ && owner(items_[k - 1])) {
        if (actor < 0) actor = static_cast<int>(k - 1);
        owners_begin = --k;
        if (k >= begin_ + 2 && (items_[k - 1].norm == "-"sv || items_[k - 1].norm == "and"sv) && owner(items_[k - 2])) --k;
        else break;
      }
    }
    // "US drone attacks have killed", "NATO air strikes killed": a state's or
    // a body's name right before the noun (or before one lower-case noun)
    // owns it as a state's adjective does. Not a place ("Gaza strikes":
    // where), a name of a hyphenated pair ("the US-Iran talks", "anti-NATO
    // protests") or one whose own verb follows ("NATO strikes Serbia", but
    // not after a modifier: "despite new US sanctions").
    // "Three Palestinians were killed in an Israeli airstrike", "five
    // soldiers died in clashes with Boko Haram": who was hit, and with whom
    // they fought (casualties_of()).
    int partner_in_fight = -1;
    const int victims = casualties_of(q, longest, clause_end, nouns, partner_in_fight);
    bool name_actor = false;
    if (actor < 0) {
      std::size_t k = q;
      // ("US Predator attacks": a capitalised word no list holds, the
      // weapon's name, is such a noun too.)
      if (k >= begin_ + 2 && items_[k - 1].kind == Item::Kind::Word &&
          (modifier(k - 1) || (items_[k - 1].upper && items_[k - 1].keys.empty())) &&
          !rules_.lexicon.in(items_[k - 1].word, rules_.builtin.determiner) && !preposition_before(q))
        --k;
      const Item* name = k > begin_ ? &items_[k - 1] : nullptr;
      const bool hyphened = (k >= begin_ + 2 && items_[k - 2].norm == "-"sv) || items_[k].norm == "-"sv;
      // (After the "in" of casualties a name is no place: "were killed in a Taliban ambush".)
      if (name && name->kind == Item::Kind::Entity && name->keys.size() == 1 && (!name->locative || victims >= 0) &&
          !name->types.empty() && !hyphened && !(k >= begin_ + 2 && items_[k - 2].norm == "'s"sv) &&
          (name->types[0] == EntityType::State || name->types[0] == EntityType::Organization ||
           name->types[0] == EntityType::ArmedForce) &&
          (clauses_.verb_group(items_, k).form == VerbForm::Other || clauses_.modifies_noun(items_, k - 1))) {
        actor = static_cast<int>(k - 1);
        owners_begin = k - 1;
        name_actor = true;
      }
    }
    const bool adjective_actor =
        name_actor || (actor >= 0 && items_[static_cast<std::size_t>(actor)].kind == Item::Kind::Adjective);
    bool by_agent = false;
    std::size_t phrase_end = clause_end;  // where the noun's phrase ends
    if (victims >= 0 && actor < 0 && partner_in_fight >= 0) {
      actor = partner_in_fight;
      by_agent = true;
    }
    // "talks between Erdogan and Kristersson": every party acts; so in
    // "clashes broke out on Monday between the army and the rebels", where
    // the noun's verb of outbreak and a phrase of time or place stand before
    // the "between".
    const std::size_t between = actor < 0 ? between_after_outbreak(longest, clause_end) : longest;
    if (actor < 0 && between + 1 < clause_end && items_[between].norm == "between"sv) {
      int parties = clauses_.object_of(items_, between + 1, clause_end);
      if (parties >= 0 && items_[static_cast<std::size_t>(parties)].keys.size() >= 2) {
        actor = parties;
        by_agent = true;
      }
    }
    // "the invasion of Ukraine by Russia", "criticism of Washington by
    // China": the noun's own phrase (a preposition a row of it takes, and
    // one name) may stand before its "by".
    std::size_t by_at = longest;
    if (actor < 0 && longest + 1 < clause_end) {
      bool own = false;
      for (const auto& h : nouns)
        own |= std::find(h.trigger->target_after.begin(), h.trigger->target_after.end(), items_[longest].norm) !=
               h.trigger->target_after.end();
      const int object = own ? clauses_.object_of(items_, longest + 1, clause_end) : -1;
      if (object >= 0 && static_cast<std::size_t>(object) + 1 < clause_end &&
          items_[static_cast<std::size_t>(object) + 1].norm == "by"sv)
        by_at = static_cast<std::size_t>(object) + 1;
    }
    // "violations of the arms embargo by Eritrea", "the threat of sanctions
    // by the EU": a noun in the "of" phrase of another event noun is that
    // noun's complement; the "by" after it names the head's agent, and the
    // complement's act is none of its (unless of one type: "a barrage of
    // strikes by Russia").
    std::vector<std::string> head_events;
    if (actor < 0 && by_at == longest && by_at < clause_end && items_[by_at].norm == "by"sv)
      head_events = of_event(q);
    if (actor < 0 && by_at < clause_end && items_[by_at].norm == "by"sv && !passive_agent_after(q)) {
      int by = clauses_.object_of(items_, by_at + 1, clause_end);
      if (by >= 0 && !items_[static_cast<std::size_t>(by)].locative) actor = by;
      by_agent = actor >= 0;
    }
    // "drew a swift rebuke from Tokyo", "with support from the EU": a
    // stance or its aid comes from its actor (not a force's act: "an attack
    // from the north", "a withdrawal from Kherson" say where).
    // ("the threat from the PRC" is a danger it poses, no act of threatening.)
    const bool danger = items_[q].norm == "threat"sv || items_[q].norm == "threats"sv;
    if (actor < 0 && longest < clause_end && items_[longest].norm == "from"sv && !danger &&
        std::all_of(nouns.begin(), nouns.end(), [](const Hit& h) { return from_agent_event(h.trigger->event); })) {
      // (A capital after "from" stands for its state: "from Tokyo".)
      std::size_t k = longest + 1;
      while (k < clause_end && rules_.lexicon.in(items_[k].word, rules_.builtin.determiner) &&
             items_[k].kind == Item::Kind::Word)
        ++k;
      if (k < clause_end && items_[k].kind == Item::Kind::Entity && items_[k].keys.size() == 1 &&
          !items_[k].types.empty() &&
          (items_[k].types[0] != EntityType::Place || (!items_[k].metonyms.empty() && !items_[k].metonyms[0].empty())))
        actor = static_cast<int>(k);
      by_agent = actor >= 0;
      // The noun's phrase ends at its comma: in "objections from Turkey
      // since last year, with Erdogan accusing Sweden" the accusing is an
      // act of its own.
      if (by_agent)
        for (std::size_t c = k + 1; c < clause_end; ++c)
          if (items_[c].norm == ","sv || items_[c].norm == ";"sv) {
            phrase_end = c;
            break;
          }
    }
    // "agreed to restore ties following four days of discussions in
    // Beijing", "rejected the plan after talks with Russia": a meeting no
    // one owns, in a phrase of time after the clause, is the clause
    // subject's when that names several actors, or the subject's and the
    // partner's after "with".
    int partner = -1;
    bool subject_meeting = false;
    if (actor < 0) {
      actor = meeting_of_subject(q, longest, clause_end, nouns, partner);
      subject_meeting = actor >= 0;
    }
    if (actor < 0) return;
    const Trigger* noun = nullptr;
    for (int pass = 0; pass < 2 && !noun; ++pass)
      for (const auto& h : nouns) {
        bool cued = !h.trigger->when.empty();
        if (pass == 0 ? !cued || !cues_hold(*h.trigger, h.end, actor, false, clause_end) : cued) continue;
        noun = h.trigger;
        break;
      }
    if (!noun || noun->event == "NONE"sv) return;
    if (!head_events.empty() &&
        std::find(head_events.begin(), head_events.end(), noun->event) == head_events.end())
      return;
    // "Kenyan protests", "Palestinian riots": a people protests, not its
    // state; the adjective names no actor there.
    if (adjective_actor && noun->event == "PROTEST"sv) return;
    auto rule = rules_.lexicon_rules.find(noun->event);
    if (rule == rules_.lexicon_rules.end()) return;
    int target = -1;
    if (!noun->no_target && !noun->target_after.empty())
      target = clauses_.after_preposition(items_, longest, clause_end, noun->target_after);
    // "its airstrikes on Nyala": a place is where, not whom (it still says
    // the noun names an event).
    const bool place_target = target >= 0 && is_place(items_[static_cast<std::size_t>(target)]);
    // "North Korea's ballistic missile activities": a possessive and a noun
    // with no target may name no event at all; an adjective's noun takes a
    // target or the place it happened ("a Malian-Russian offensive in
    // northern Mali"), and none that is only possible ("any Israeli strike").
    if (subject_meeting && noun->event != "CONSULT"sv && noun->event != "COOPERATE"sv) return;
    // "a Russian missile attack killed four people": the noun is the
    // subject of a verb of the past; it happened.
    // ("Recent US drone attacks, occurring every three days, have killed":
    // past a participle's or a relative clause's phrase between commas.)
    std::size_t verb_at = longest;
    if (longest + 2 < end_ && items_[longest].norm == ","sv && items_[longest + 1].kind == Item::Kind::Word &&
        (relative_pronoun(items_[longest + 1]) || items_[longest + 1].norm == "that"sv ||
         ((items_[longest + 1].norm.ends_with("ing") || items_[longest + 1].norm.ends_with("ed")) &&
          clauses_.may_be_verb(items_[longest + 1]))))
      for (std::size_t c = longest + 2; c < end_ && c < longest + 14; ++c) {
        if (items_[c].norm == ","sv) {
          verb_at = c + 1;
          break;
        }
        if (items_[c].kind == Item::Kind::Punct) break;
      }
    const std::size_t verb_end = verb_at == longest ? clause_end : end_;
    // "After Chile's withdrawal from the pact, Peru ...": presupposed(),
    // the comma that closes the phrase, or 0. ("Following the seizure of
    // the port by Chile, Peru ...": an agent after "by" too.)
    const std::size_t presupposed_end =
        subject_meeting || victims >= 0
            ? 0
            : presupposed(std::min(adjective_actor ? owners_begin : static_cast<std::size_t>(actor), q), q, longest);
    if (presupposed_end > 0) phrase_end = std::min(phrase_end, presupposed_end);
    std::size_t possessed_verb = 0;  // possessed_subject()
    const bool subject_of_verb = adjective_actor && verb_at < verb_end && items_[verb_at].kind == Item::Kind::Word &&
                                 !items_[verb_at].upper && clauses_.may_be_verb(items_[verb_at]) &&
                                 clauses_.verb_group(items_, verb_at).form == VerbForm::Past;
    if (!by_agent && !subject_meeting && target < 0 && victims < 0 && presupposed_end == 0 &&
        !(adjective_actor && (place_after(longest, clause_end) || subject_of_verb)) &&
        !(!adjective_actor && (possessed_verb = possessed_subject(static_cast<std::size_t>(actor), q, longest)) > 0))
      return;
    // (Its phrase ends at the verb it is the subject of.)
    if (possessed_verb > 0) phrase_end = std::min(phrase_end, possessed_verb);
    // A name's noun with no target acts only as the subject of an active
    // verb ("NATO air strikes killed"): "UN peacekeepers were shipped out
    // of Gorazde" deploys no one, and in "talks to finalize US support
    // continued" the support is a verb's object.
    if (name_actor && target < 0 && victims < 0 && presupposed_end == 0) {
      const Item* before = owners_begin > begin_ ? &items_[owners_begin - 1] : nullptr;
      const bool object = before && before->kind == Item::Kind::Word &&
                          !rules_.lexicon.in(before->word, rules_.builtin.determiner) &&
                          !rules_.lexicon.in(before->word, rules_.builtin.preposition) && clauses_.may_be_verb(*before);
      if (object || !subject_of_verb || clauses_.verb_group(items_, verb_at).passive) return;
    }
    if ((adjective_actor && !owns(owners_begin)) || (!by_agent && modifies_next(longest, clause_end))) return;
    const std::size_t actor_begin = adjective_actor ? owners_begin : static_cast<std::size_t>(actor);
    Match m;
    m.rule = &rules_.events[rule->second];
    m.begin = subject_meeting ? q : std::min(actor_begin, q);
    m.end = phrase_end;
    m.captures.push_back({"actor", actor_begin, static_cast<std::size_t>(actor) + 1});
    if (partner >= 0) {
      m.captures.push_back({"actor", static_cast<std::size_t>(partner), static_cast<std::size_t>(partner) + 1});
      target = -1;
    }
    if (target >= 0 && target != actor && !place_target)
      m.captures.push_back({"target", static_cast<std::size_t>(target), static_cast<std::size_t>(target) + 1});
    // "NATO air strikes killed 12 Serbian soldiers": whom the owned attack
    // killed or wounded it hit.
    if (victims < 0 && (target < 0 || place_target) && subject_of_verb && noun->event == "ASSAULT"sv)
      if (const int hit = hit_by_subject(verb_at); hit >= 0 && hit != actor)
        m.captures.push_back({"target", static_cast<std::size_t>(hit), static_cast<std::size_t>(hit) + 1});
    if (victims >= 0) {
      const auto v = static_cast<std::size_t>(victims);
      // In a fight both sides act, the fallen's own forces too; in a strike,
      // and to villagers caught in a fight, the fallen are whom it hit,
      // never its actor.
      const Item& fallen = items_[v];
      const bool armed = fallen.types[0] == EntityType::ArmedForce || fallen.armed_group || fighting_group(fallen);
      if (partner_in_fight >= 0 && armed) m.captures.push_back({"actor", v, v + 1});
      else if ((target < 0 || place_target || target == actor) && victims != actor)
        m.captures.push_back({"target", v, v + 1});
    }
    if (longest < phrase_end) m.captures.push_back({"topic", longest, phrase_end});
    // "talks in Beijing", "an offensive in northern Mali": where it happened.
    if (place_after(longest, clause_end) && actor != static_cast<int>(longest) + 1)
      m.captures.push_back({"place", longest + 1, longest + 2});
    for (std::size_t k = q; k < longest; ++k) m.trigger.push_back(k);
    m.nominal = true;
    subject_modality(q, longest, clause_end, m);
    out.push_back(std::move(m));
  }

  // "A summit between Xi and Modi is planned for next month", "Talks between
  // Cairo and Addis Ababa will be held next week": an event noun that opens
  // its clause is the subject of the verb group after its phrase, which may
  // say it is to come (a future, a modal, or a verb of PLAN: planned,
  // scheduled, expected) or not at all ("will not be held"). The noun's
  // match takes what that group says, as a verb's takes its own.
  void subject_modality(std::size_t q, std::size_t noun_end, std::size_t clause_end, Match& m) const {
    for (std::size_t k = begin_; k < q; ++k)
      if (items_[k].kind != Item::Kind::Word || !items_[k].keys.empty() ||
          !(rules_.lexicon.in(items_[k].word, rules_.builtin.determiner) || modifier(k)))
        return;
    std::size_t k = noun_end;
    if (k + 1 < clause_end && items_[k].norm == "between"sv) {
      std::size_t parties = k + 1;
      if (parties + 1 < clause_end && items_[parties].norm == "the"sv) ++parties;  // "between the AU and the EU"
      if (items_[parties].kind == Item::Kind::Entity) k = parties + 1;
    }
    if (k >= clause_end || items_[k].kind != Item::Kind::Word) return;
    const VerbGroup g = clauses_.verb_group(items_, k);
    if (g.head >= clause_end) return;
    // ("are scheduled for Friday": a word of PLAN that no verb reading
    // gives is the group's head too.)
    const bool plan = items_[g.head].kind == Item::Kind::Word && rules_.lexicon.in(items_[g.head].word, rules_.builtin.plan);
    if (g.form == VerbForm::Other && !plan) return;
    m.negations += g.negations;
    m.future |= g.future;
    m.only_would = g.only_would;
    m.hypothetical |= g.hypothetical;
    m.planned |= g.planned || plan;
  }

  // "Serbia's large-scale offensive", "Hanoi's long-planned withdrawal": a
  // name's possessive before a hyphenated modifier of the event noun at
  // `q` owns it, as before a one-word modifier: the name's item, or -1.
  int hyphened_possessor(std::size_t q) const {
    if (q < begin_ + 5 || items_[q - 2].norm != "-"sv || items_[q - 4].norm != "'s"sv) return -1;
    for (const std::size_t k : {q - 1, q - 3})
      if (items_[k].kind != Item::Kind::Word || !items_[k].keys.empty() || !modifier(k) ||
          rules_.lexicon.in(items_[k].word, rules_.builtin.determiner))
        return -1;
    const Item& owner = items_[q - 5];
    return owner.kind == Item::Kind::Entity && !owner.locative ? static_cast<int>(q - 5) : -1;
  }

  // "After Chile's withdrawal from the pact, Peru recalled its envoy",
  // "Following the Kurdish seizure of the airport, Turkey closed the
  // border", "Since Hanoi's entry into the bloc, trade has grown": an
  // owned event noun (its owner's phrase at `from`, the noun at `noun`,
  // ending before `noun_end`) in a phrase that a word of PRESUPPOSED_BY
  // opens the sentence with happened, when the main clause after the
  // phrase's comma tells what was done (a past verb, not "will recall",
  // "would recall": then the act may still be to come). So after the
  // clause, with a word of FACT_CLAUSE too ("Peru recalled its envoy after
  // Chile's withdrawal from Arica"; not "Peru will recall its envoy after
  // ..."). Not after a word of OWNER_STOP ("After a possible Chilean
  // withdrawal"), nor past other words ("After talks on Chile's
  // withdrawal"). Where the phrase ends (its comma), or 0.
  std::size_t presupposed(std::size_t from, std::size_t noun, std::size_t noun_end) const {
    const int by = rules_.if_defined.presupposed_by;
    const auto& b = rules_.builtin;
    if (by < 0 || from <= begin_) return 0;
    // (Back over determiners, a year and modifiers: "Since the 2014
    // annexation of Crimea by Russia", "After the brutal Serbian offensive".)
    std::size_t opener = from - 1;
    while (opener > begin_ && (items_[opener].kind == Item::Kind::Number || items_[opener].kind == Item::Kind::Date ||
                               (items_[opener].kind == Item::Kind::Word && !items_[opener].upper && modifier(opener) &&
                                !rules_.lexicon.in(items_[opener].word, by))))
      --opener;
    const Item& word = items_[opener];
    if (word.kind != Item::Kind::Word || !rules_.lexicon.in(word.word, by)) return 0;
    for (std::size_t k = opener + 1; k < noun; ++k)
      if (items_[k].kind == Item::Kind::Word && rules_.lexicon.in(items_[k].word, b.owner_stop)) return 0;
    // The noun heads its phrase: in "following Seoul's latest missile
    // launch" the launch does, and a missile is no attack.
    if (noun_end < end_ && items_[noun_end].kind == Item::Kind::Word && !items_[noun_end].upper &&
        !rules_.lexicon.in(items_[noun_end].word, b.preposition) && !rules_.lexicon.in(items_[noun_end].word, b.coordinator))
      return 0;
    std::size_t comma = noun_end;
    for (; comma < end_ && comma < noun_end + 16 && items_[comma].norm != ","sv; ++comma)
      if (items_[comma].norm == ";"sv || items_[comma].norm == "."sv) {
        if (opener == begin_) return 0;
        break;
      }
    if (opener > begin_) {
      // After the clause: the verb it hangs on, the nearest before it.
      if (!rules_.lexicon.in(word.word, b.fact_clause)) return 0;
      for (std::size_t k = opener; k-- > begin_ && k + 12 > opener;) {
        const Item& w = items_[k];
        if (w.kind == Item::Kind::Punct || relative_pronoun(w) || w.norm == "that"sv) return 0;
        // ("threatened to recall its envoy after ...": an infinitive's act,
        // and what it waits for, are to come.)
        if (k > begin_ && items_[k - 1].norm == "to"sv && w.kind == Item::Kind::Word && clauses_.may_be_verb(w)) return 0;
        if (!told_past(k)) continue;
        return comma;
      }
      return 0;
    }
    if (comma >= end_ || items_[comma].norm != ","sv) return 0;
    for (std::size_t k = comma + 1; k < end_ && k < comma + 12; ++k) {
      if (items_[k].kind == Item::Kind::Punct) return 0;
      if (const int past = told(k); past >= 0) return past == 1 ? comma : 0;
    }
    return 0;
  }

  // Whether the word at `k` heads a verb group: -1 when it is no verb (a
  // noun after its determiner: "the border guards"), 1 when the group
  // tells a past act ("recalled", "has joined"), 0 when another ("will
  // recall", "would recall", "recalls").
  int told(std::size_t k) const {
    const auto& b = rules_.builtin;
    const Item& w = items_[k];
    if (w.kind != Item::Kind::Word || w.upper || !clauses_.may_be_verb(w) || k == begin_) return -1;
    const Item& before = items_[k - 1];
    if (rules_.lexicon.in(before.word, b.determiner) || rules_.lexicon.in(before.word, b.preposition) ||
        before.norm == "'s"sv || before.kind == Item::Kind::Adjective || before.kind == Item::Kind::Number)
      return -1;
    const VerbGroup g = clauses_.verb_group(items_, k);
    if (g.form == VerbForm::Other) return -1;
    if (g.hypothetical || g.future || g.planned) return 0;
    return g.form == VerbForm::Past || (g.helped && g.form == VerbForm::Participle) ? 1 : 0;
  }
  // The same, read backwards from the last word of a clause: a past
  // participle's aux before it ("has recalled") counts, a modal there
  // ("would have recalled") does not.
  bool told_past(std::size_t k) const {
    const Item& w = items_[k];
    if (w.kind != Item::Kind::Word || w.upper || !clauses_.may_be_verb(w) || k == begin_) return false;
    // (AUX, MODAL_*, NEG: RuleSet::verb_group_role(), one look-up a word.)
    constexpr std::uint8_t kGroup =
        RuleSet::kAux | RuleSet::kModalFuture | RuleSet::kModalHypothetical | RuleSet::kNeg;
    std::size_t head = k;
    while (head > begin_ && items_[head - 1].kind == Item::Kind::Word &&
           (rules_.verb_group_role(items_[head - 1].word) & kGroup))
      --head;
    return told(head) == 1;
  }

  // "Rome's decision to recall its ambassador", "the rebels' refusal to
  // disarm", "its bid to join the bloc": the infinitive whose verb group
  // starts at `verb`, right after a noun of INTENT_NOUN (one modifier
  // before it: "Rome's sudden decision") that a name's possessive or a
  // resolved possessive pronoun owns, is the owner's act: the owner's
  // item, or -1. `decided` when the noun is of INTENT_DECIDED (a decision,
  // a plan: planned, as "decided to" reads). Not a place's ("Gaza's
  // plan"), nor after a word of OWNER_STOP ("Rome's possible decision").
  int intent_owner(std::size_t verb, bool& decided) const {
    const int intent = rules_.if_defined.intent_noun;
    if (intent < 0 || verb < begin_ + 3 || items_[verb - 1].norm != "to"sv) return -1;
    const Item& noun = items_[verb - 2];
    if (noun.kind != Item::Kind::Word || !rules_.lexicon.in(noun.word, intent)) return -1;
    std::size_t k = verb - 2;
    if (const Item& w = items_[k - 1]; w.kind == Item::Kind::Word && w.keys.empty() && w.norm != "'s"sv &&
                                      !rules_.lexicon.in(w.word, rules_.builtin.determiner) && modifier(k - 1)) {
      if (rules_.lexicon.in(w.word, rules_.builtin.owner_stop)) return -1;
      --k;
    }
    int owner_at = -1;
    if (k >= begin_ + 2 && items_[k - 1].norm == "'s"sv) {
      const Item& o = items_[k - 2];
      if (o.kind == Item::Kind::Entity && !o.locative && !o.keys.empty() && !is_place(o))
        owner_at = static_cast<int>(k - 2);
    } else if (k > begin_ && items_[k - 1].kind == Item::Kind::Word && !items_[k - 1].keys.empty()) {
      owner_at = static_cast<int>(k - 1);  // "its decision", resolved
    }
    decided = owner_at >= 0 && rules_.if_defined.intent_decided >= 0 &&
              rules_.lexicon.in(noun.word, rules_.if_defined.intent_decided);
    return owner_at;
  }

  // "appealed to end the siege", "turned to mediate between them": after a
  // verb that takes "to" before its partner ("appealed to the UN"), a base
  // form at `q` is still an infinitive when WordNet knows it as no noun, or
  // when its object follows (a determiner, a name, a number). ("bowed to
  // pressure from Iran", "agreed to talks": nouns.)
  bool infinitive_after_to(std::size_t q, VerbForm form) const {
    if (form != VerbForm::Base || items_[q].kind != Item::Kind::Word) return false;
    if (!clauses_.shape(items_[q].norm).any(WordClass::Noun)) return true;
    if (q + 1 >= end_) return false;
    const Item& next = items_[q + 1];
    return next.kind == Item::Kind::Number || (next.kind == Item::Kind::Entity && !next.locative) ||
           (next.kind == Item::Kind::Word && rules_.lexicon.in(next.word, rules_.builtin.determiner));
  }

  // "The Taliban's refusal to reopen schools angered donors", "Russia's
  // withdrawal from the grain deal has alarmed Ankara": a possessor's event
  // noun that opens the sentence and is the subject of a verb of the past
  // happened, whatever its own phrase holds ("to reopen schools", "from the
  // grain deal"). Not when the verb is modal or future ("would anger"), in
  // a clause of its own after a name ("the deal Turkey brokered"), or after
  // a comma, a relative pronoun or "that". The verb's index, or 0.
  std::size_t possessed_subject(std::size_t owner, std::size_t noun, std::size_t after) const {
    if (owner >= noun || items_[owner].keys.empty()) return 0;  // a name, or "its" resolved
    const bool opens =
        owner == begin_ || (owner == begin_ + 1 && rules_.lexicon.in(items_[begin_].word, rules_.builtin.determiner));
    if (!opens) return 0;
    for (std::size_t k = after; k < end_ && k < after + 12; ++k) {
      const Item& w = items_[k];
      if (w.kind == Item::Kind::Punct || relative_pronoun(w) || w.norm == "that"sv) return 0;
      if (w.kind != Item::Kind::Word || w.upper || !clauses_.may_be_verb(w)) continue;
      const Item& before = items_[k - 1];
      // ("to reopen schools", "the grain deal": a verb's infinitive or a noun.)
      if (rules_.lexicon.in(before.word, rules_.builtin.determiner) ||
          rules_.lexicon.in(before.word, rules_.builtin.preposition) || before.norm == "'s"sv ||
          before.kind == Item::Kind::Adjective || before.kind == Item::Kind::Number)
        continue;
      // ("Russia's withdrawal from Kherson angered": a name a preposition
      // governs is no subject.)
      if (before.kind == Item::Kind::Entity && !(k >= 2 && rules_.lexicon.in(items_[k - 2].word, rules_.builtin.preposition)))
        return 0;
      const VerbGroup g = clauses_.verb_group(items_, k);
      if (g.passive || g.negations > 0 || g.hypothetical || g.future) return 0;
      if (g.form == VerbForm::Past || (g.helped && g.form == VerbForm::Participle)) return k;
    }
    return 0;
  }

  // The word of time (after, following, during) that opens the
  // phrase of the unowned event noun at `q`, over a determiner, a count and
  // its measure ("following four days of previously undisclosed"); 0 when
  // the noun opens no such phrase.
  std::size_t meeting_phrase(std::size_t q) const {
    for (std::size_t k = q, steps = 0; k > begin_ + 1 && steps < 6; --k, ++steps) {
      const Item& w = items_[k - 1];
      if (!w.upper && time_word(w)) return k - 1;
      if (w.kind != Item::Kind::Number && (w.kind != Item::Kind::Word || w.upper || !w.keys.empty())) return 0;
    }
    return 0;
  }

  // The subject of the clause a meeting phrase follows, when it names
  // several actors or a partner follows "with" (`partner`); -1 otherwise.
  int meeting_of_subject(std::size_t q, std::size_t noun_end, std::size_t clause_end, const std::vector<Hit>& nouns,
                         int& partner) const {
    bool meeting = false, cooperation = false;
    for (const auto& h : nouns) {
      meeting |= h.trigger->event == "CONSULT"sv && h.trigger->when.empty();
      cooperation |= h.trigger->event == "COOPERATE"sv && h.trigger->when.empty();
    }
    // "announced a truce committee in cooperation with the council": an
    // act done in cooperation with a partner is the subject's and the
    // partner's cooperation.
    const bool in_cooperation = cooperation && q > begin_ + 1 && items_[q - 1].norm == "in"sv &&
                                noun_end + 1 < clause_end && items_[noun_end].norm == "with"sv;
    const std::size_t phrase = meeting ? meeting_phrase(q) : in_cooperation ? q - 1 : 0;
    if (phrase <= begin_) return -1;
    int subject = -1;
    for (std::size_t p = phrase; p-- > begin_ && subject < 0;) {
      const Item& w = items_[p];
      if (w.kind == Item::Kind::Punct && w.norm != ","sv) return -1;
      if (w.kind != Item::Kind::Word || w.upper || !clauses_.may_be_verb(w)) continue;
      // "built the bridge": a noun after its article.
      if (in_cooperation && p > begin_ && rules_.lexicon.in(items_[p - 1].word, rules_.builtin.determiner)) continue;
      VerbGroup g = clauses_.group_before(items_, p, begin_, VerbForm::Other);
      // An act in cooperation is a fact only when its verb tells one:
      // not "will build ... in partnership with", "has no interest in".
      if (in_cooperation) {
        const VerbGroup told = clauses_.verb_group(items_, p);
        const bool past = told.form == VerbForm::Past || (told.form == VerbForm::Participle && told.helped);
        if (!past || told.negations > 0 || told.future || told.hypothetical || told.planned) return -1;
      }
      subject = clauses_.subject_of(items_, g.begin, begin_, false);
    }
    if (subject < 0) return -1;
    if (noun_end + 1 < clause_end && items_[noun_end].norm == "with"sv)
      partner = clauses_.object_of(items_, noun_end + 1, clause_end, true);
    if (partner < 0 && items_[static_cast<std::size_t>(subject)].keys.size() < 2) return -1;
    return subject;
  }

  // "Peacekeepers were sent to Gaza after clashes with settlers", "flew to
  // Lima amid protests": a preposition or a word of time right before the
  // event noun opens its phrase; the name before it (Gaza) is no owner of
  // the noun, as "US" is in "US drone attacks".
  bool preposition_before(std::size_t q) const {
    if (q == begin_) return false;
    const Item& w = items_[q - 1];
    const auto& b = rules_.builtin;
    return w.kind == Item::Kind::Word &&
           (w.norm == "in"sv || rules_.lexicon.in(w.word, b.preposition) || rules_.lexicon.in(w.word, b.time_phrase) ||
            rules_.lexicon.in(w.word, b.temporal));
  }

  // A word of TIME_PHRASE that opens a phrase whose act happened ("after
  // meeting", "while visiting", "following talks"): not "before" ("demanded
  // a truce before allowing aid": no aid allowed yet).
  bool time_word(const Item& it) const {
    return it.kind == Item::Kind::Word && it.norm != "before"sv && rules_.lexicon.in(it.word, rules_.builtin.time_phrase);
  }

  // An adjective the chunker found to own an event noun: it carries its state.
  static bool owner(const Item& it) { return it.kind == Item::Kind::Adjective && !it.keys.empty(); }

  // Whether the adjectives from `owners` own the event noun: not after a
  // word of OWNER_STOP ("any Israeli strike", "talks on an Israeli
  // pullback", "to deter a US or Israeli attack").
  bool owns(std::size_t owners) const {
    const auto& b = rules_.builtin;
    // Back over the rest of the noun phrase: "a US or Israeli attack".
    for (std::size_t k = owners, steps = 0; k > begin_ && steps < 5; --k, ++steps) {
      const Item& w = items_[k - 1];
      if (w.kind == Item::Kind::Word && rules_.lexicon.in(w.word, b.owner_stop)) return false;
      if (w.kind != Item::Kind::Entity && w.kind != Item::Kind::Adjective && !rules_.lexicon.in(w.word, b.determiner) &&
          !rules_.lexicon.in(w.word, b.coordinator))
        break;
    }
    return true;
  }

  // Whether the event noun ending before `noun_end` only modifies a noun
  // after it: "American aid groups", "its peacekeeping forces", "Russian
  // attack helicopters".
  bool modifies_next(std::size_t noun_end, std::size_t end) const {
    const auto& b = rules_.builtin;
    if (noun_end >= end) return false;
    const Item& next = items_[noun_end];
    if (next.kind != Item::Kind::Word || next.upper) return false;
    if (rules_.lexicon.in(next.word, b.group_noun) || rules_.lexicon.in(next.word, b.member_noun)) return true;
    for (int c : {b.preposition, b.coordinator, b.determiner, b.adverb, b.aux, b.neg, b.modal_future, b.modal_hypothetical})
      if (rules_.lexicon.in(next.word, c)) return false;
    return !clauses_.may_be_verb(next);
  }

  // The actor right after the object's noun phrase and a with, against or
  // on ("severed diplomatic ties with Tehran"); -1 when the first
  // preposition after the object is another, or names no actor.
  int partner_after_object(std::size_t from, std::size_t end) const {
    if (!object_head(from, end)) return -1;
    for (std::size_t q = from; q < end && q < from + 8; ++q) {
      const Item& it = items_[q];
      if (it.kind == Item::Kind::Entity || it.kind == Item::Kind::Punct || it.kind == Item::Kind::Date) return -1;
      if (it.kind != Item::Kind::Word || !rules_.lexicon.in(it.word, rules_.builtin.preposition)) continue;
      if (it.norm != "with"sv && it.norm != "against"sv && it.norm != "on"sv) return -1;
      const int partner = clauses_.object_of(items_, q + 1, end, true);
      return partner >= 0 && !is_place(items_[static_cast<std::size_t>(partner)]) ? partner : -1;
    }
    return -1;
  }

  // A place that stands for no state: "Kharkiv", not "Kyiv said".
  static bool is_place(const Item& it) {
    bool place = !it.types.empty();
    for (std::size_t k = 0; k < it.types.size(); ++k)
      place &= it.types[k] == EntityType::Place && (k >= it.metonyms.size() || it.metonyms[k].empty());
    return place;
  }

  // "Three Palestinians were killed in an Israeli airstrike", "two policemen
  // were wounded in a rocket attack by the Taliban", "five soldiers died in
  // clashes with Boko Haram fighters": an ASSAULT noun at `q` (ending at
  // `noun_end`) in the phrase "in" or "during" opens right after a passive
  // verb of HARMED or a verb of DIED, whose subject are the fallen: their
  // item, or -1. The fallen are no actor of the noun: its owner or its "by"
  // is, and `partner`, when the noun's row takes "with" and an actor follows
  // it ("clashes with Boko Haram"), the side they fought. Not "killed in a
  // car crash" (no ASSAULT noun), not "Hezbollah killed two soldiers in an
  // ambush" (active: its subject is the killer).
  int casualties_of(std::size_t q, std::size_t noun_end, std::size_t clause_end, const std::vector<Hit>& nouns,
                    int& partner) const {
    partner = -1;
    const int harmed = rules_.if_defined.harmed, died = rules_.if_defined.died;
    if (harmed < 0 || died < 0) return -1;
    if (std::none_of(nouns.begin(), nouns.end(), [](const Hit& h) { return h.trigger->event == "ASSAULT"sv; }))
      return -1;
    // (Only after an "in" or a "during" at most five items back, as below:
    // a first look for one spares most nouns the verb tests.)
    bool opened = false;
    for (std::size_t p = q; p-- > begin_ + 1 && p + 5 >= q && !opened;)
      opened = items_[p].norm == "in"sv || items_[p].norm == "during"sv;
    if (!opened) return -1;
    // Back over what says which attack: "a", "Israeli", "suicide car".
    std::size_t k = q;
    while (k > begin_ && k + 4 > q && items_[k - 1].kind != Item::Kind::Punct && items_[k - 1].norm != "in"sv &&
           items_[k - 1].norm != "during"sv && !rules_.lexicon.in(items_[k - 1].word, rules_.builtin.preposition) &&
           (items_[k - 1].kind != Item::Kind::Word || rules_.lexicon.in(items_[k - 1].word, rules_.builtin.determiner) ||
            !clauses_.may_be_verb(items_[k - 1]) || modifier(k - 1)))
      --k;
    if (k < begin_ + 2 || (items_[k - 1].norm != "in"sv && items_[k - 1].norm != "during"sv)) return -1;
    const std::size_t verb = k - 2;
    const Item& w = items_[verb];
    if (w.kind != Item::Kind::Word) return -1;
    const bool fell = rules_.lexicon.in(w.word, died);
    if (!fell && !rules_.lexicon.in(w.word, harmed)) return -1;
    const VerbGroup g = clauses_.group_before(items_, verb, begin_, fell ? VerbForm::Past : VerbForm::Participle);
    if (!fell && !g.passive) return -1;
    const int fallen = clauses_.subject_of(items_, g.begin, begin_, false);
    if (fallen < 0) return -1;
    const Item& f = items_[static_cast<std::size_t>(fallen)];
    if (f.kind != Item::Kind::Entity || f.keys.size() != 1 || f.types.empty() || is_place(f) || f.locative) return -1;
    // "in clashes with Boko Haram fighters": the side they fought.
    for (const auto& h : nouns)
      if (h.trigger->event == "ASSAULT"sv &&
          std::find(h.trigger->target_after.begin(), h.trigger->target_after.end(), "with") != h.trigger->target_after.end()) {
        const int other = clauses_.after_preposition(items_, noun_end, clause_end, {"with"}, true);
        if (other >= 0 && other != fallen && !is_place(items_[static_cast<std::size_t>(other)]) &&
            !items_[static_cast<std::size_t>(other)].locative)
          partner = other;
        break;
      }
    return fallen;
  }

  // "Russian missile strikes killed four Ukrainian soldiers", "US drone
  // attacks have wounded two Shabaab commanders": the direct object of the
  // active verb of HARMED whose group starts at `verb_at`, an actor (not
  // "killed four people in Kharkiv": a place is no one hit), else -1.
  int hit_by_subject(std::size_t verb_at) const {
    if (rules_.if_defined.harmed < 0) return -1;
    const VerbGroup g = clauses_.verb_group(items_, verb_at);
    if (g.passive || g.head >= end_ || !rules_.lexicon.in(items_[g.head].word, rules_.if_defined.harmed)) return -1;
    std::size_t from = g.head + 1;
    // "killed at least eight top al-Qaeda leaders": the count's "at least".
    if (from + 1 < end_ && items_[from].norm == "at"sv && items_[from + 1].norm == "least"sv) from += 2;
    const int hit = clauses_.object_of(items_, from, clauses_.clause_end(items_, from, end_));
    if (hit < 0) return -1;
    const Item& h = items_[static_cast<std::size_t>(hit)];
    return h.kind == Item::Kind::Entity && !h.types.empty() && !is_place(h) && !h.locative ? hit : -1;
  }

  // "Ugandan rebels", "Houthi fighters": a group that fights. A group's key
  // ends in its head noun (group/ugandan-rebels).
  bool fighting_group(const Item& it) const {
    if (it.types.empty() || it.types[0] != EntityType::ActorGroup || it.keys.size() != 1) return false;
    const std::string& key = it.keys[0];
    return rules_.lexicon.in(key.substr(key.find_last_of("/-") + 1), rules_.builtin.fighters);
  }

  // What a passive MOBILIZE moves: an armed force, a person (a commander),
  // a group that fights.
  bool mobilized(const Item& it) const {
    if (it.kind != Item::Kind::Entity || it.types.empty() || it.keys.size() != 1) return false;
    return it.types[0] == EntityType::ArmedForce || it.types[0] == EntityType::Person || fighting_group(it);
  }

  // A passive of demobilizing or disarming (CAMEO 0873) with no agent:
  // "some 4,000 fighters have been demobilized since the accord" says
  // the fighters' side gave way (RETREAT), as a passive deployment says
  // the force moved.
  static bool demobilized(const Trigger& t) { return t.event == "RETREAT"sv && t.cameo == "0873"sv; }

  // A place right after the event noun: "in northern Mali", "near Gao".
  bool place_after(std::size_t from, std::size_t end) const {
    if (from + 1 >= end || !rules_.lexicon.in(items_[from].word, rules_.builtin.locative)) return false;
    const Item& p = items_[from + 1];
    return p.kind == Item::Kind::Entity && !p.types.empty() &&
           (p.types[0] == EntityType::Place || p.types[0] == EntityType::State);
  }

  // ", killing one person and arresting 12": a participle's phrase ends
  // where a participle of another type joins it with "and", which is no
  // part of its topic (nor an event inside it). One of the same type
  // ("killing three and wounding ten") stays inside: one event.
  std::size_t next_participle(std::size_t from, std::size_t end, const std::string& event) const {
    for (std::size_t p = from; p + 1 < end; ++p) {
      const Item& w = items_[p + 1];
      if (items_[p].norm != "and"sv || !clauses_.ing_participle(w))
        continue;
      for (const auto& f : lex_.starting(w.word))
        if (lex_.entries()[f.entry].event == event) return end;
      return p;
    }
    return end;
  }

  bool takes_to(const Item& verb) const {
    if (verb.kind != Item::Kind::Word) return false;
    for (const auto& f : lex_.starting(verb.word)) {
      const Trigger& t = lex_.entries()[f.entry];
      // (A promise's or an offer's "to" right after it is an infinitive's:
      // "pledged to impose sanctions", "offered to mediate"; its target
      // comes later, "pledged aid to Kyiv".)
      if (t.event == "AGREE"sv) continue;
      if (f.form != VerbForm::Other && t.rest.empty() &&
          std::find(t.target_after.begin(), t.target_after.end(), "to") != t.target_after.end())
        return true;
    }
    return false;
  }

  // A word that may stand between a light verb and its noun: "launched a
  // new large-scale drone attack"; not a verb, preposition or conjunction
  // ("had violated the truce").
  // The event types of the event noun whose "of" phrase the noun at `q`
  // stands in, over a determiner and modifiers ("violations of the arms
  // embargo": REJECT, for the embargo); none when it stands in none.
  std::vector<std::string> of_event(std::size_t q) const {
    std::vector<std::string> events;
    std::size_t k = q;
    while (k > begin_ && k + 3 > q && items_[k - 1].kind == Item::Kind::Word && items_[k - 1].norm != "of"sv &&
           modifier(k - 1))
      --k;
    if (k < begin_ + 2 || items_[k - 1].norm != "of"sv) return events;
    std::vector<Hit> head;
    for (std::size_t h = k - 1; h-- > begin_ && h + 4 > k;) {
      head.clear();
      hits_at(lex_, items_, h, end_, Trigger::Pos::Noun, head);
      for (const auto& hit : head)
        if (hit.end == k - 1 && !hit.trigger->event.empty()) events.push_back(hit.trigger->event);
    }
    return events;
  }

  // (Of items_[k]; what the morphology says, about 1,300 instructions a
  // word, is kept for each item, since one item is asked of several times.)
  bool modifier(std::size_t k) const {
    if (modifier_of_.empty()) modifier_of_.assign(items_.size(), -1);
    if (modifier_of_[k] < 0) modifier_of_[k] = modifier_word(items_[k]) ? 1 : 0;
    return modifier_of_[k] == 1;
  }
  bool modifier_word(const Item& it) const {
    const auto& b = rules_.builtin;
    if (rules_.lexicon.in(it.word, b.determiner)) return true;
    if (it.upper || rules_.lexicon.in(it.word, b.preposition) || rules_.lexicon.in(it.word, b.coordinator) ||
        rules_.lexicon.in(it.word, b.aux) || rules_.lexicon.in(it.word, b.neg))
      return false;
    // No reading as an inflected verb, or some other reading too.
    const WordShape& shape = clauses_.shape(it.norm);
    const auto verb = shape.forms[static_cast<int>(WordClass::Verb)];
    const bool verb_form = (verb & ~(1u << static_cast<int>(WordForm::Base))) != 0;
    const bool other = shape.any(WordClass::Noun) || shape.any(WordClass::Adjective) ||
                       shape.any(WordClass::Adverb) || shape.has(WordClass::Verb, WordForm::Base);
    return !verb_form || other;
  }

  // "targeted by US sanctions", "banned by UN resolutions": a name right
  // before a noun modifies it, and the noun (no actor) is the agent. A
  // participle ("militiamen armed with"), a preposition or a conjunction
  // after the name leaves it the agent; so does a body of the name's ("the
  // U.N. war crimes court": the UN's court).
  bool modifies_noun(std::size_t name, std::size_t end) const {
    if (name + 1 >= end) return false;
    const Item& next = items_[name + 1];
    if (next.kind != Item::Kind::Word || rules_.lexicon.in(next.word, rules_.builtin.preposition) ||
        rules_.lexicon.in(next.word, rules_.builtin.coordinator))
      return false;
    for (std::size_t q = name + 1; q < end && q < name + 5 && items_[q].kind == Item::Kind::Word; ++q)
      if (rules_.lexicon.in(items_[q].word, rules_.builtin.org_head)) return false;
    const WordShape& shape = clauses_.shape(next.norm);
    if (shape.has(WordClass::Verb, WordForm::Past) || shape.has(WordClass::Verb, WordForm::Participle)) return false;
    return shape.any(WordClass::Noun);
  }

  bool plural(const Item& it) const {
    if (it.keys.size() > 1) return true;
    return std::any_of(it.types.begin(), it.types.end(), [](EntityType t) { return t == EntityType::ActorGroup; });
  }

  // The event noun a light verb at `verb` takes, at `noun`: "Peru launched
  // an investigation into the killing of two journalists" is an inquiry
  // (ACCUSE 090), not the killing the pattern assault.conduct would read.
  void light_verb_noun(std::size_t verb, std::size_t noun, const Trigger& t) const {
    if (!cued_ || noun <= verb) return;
    CuedSense c{verb, t.event, {}};
    c.light_noun = noun;
    cued_->push_back(std::move(c));
  }

  // Whether one of a row's cues reads the subject ("subject=several").
  static bool subject_cued(const Trigger& t) {
    using K = Trigger::Cue::Kind;
    return std::any_of(t.when.begin(), t.when.end(), [](const Trigger::Cue& c) {
      return c.kind == K::SubjectPerson || c.kind == K::SubjectForce || c.kind == K::SubjectSeveral ||
             c.kind == K::SubjectWords;
    });
  }

  bool cues_hold(const Trigger& t, std::size_t after, int subject, bool passive, std::size_t clause_end) const {
    // An event noun's object is the phrase after its "of": "the expulsion
    // of the Swedish ambassador", "the seizure of Kamanyola".
    const std::size_t object_from =
        t.pos == Trigger::Pos::Noun && after + 1 < clause_end && items_[after].norm == "of"sv ? after + 1 : after;
    for (const auto& c : t.when) {
      using K = Trigger::Cue::Kind;
      switch (c.kind) {
        case K::ObjectPlace:
        case K::ObjectActor: {
          // "the town was seized": a passive's object is its subject.
          int o = passive ? subject : direct_entity(object_from, clause_end);
          if (o < 0) {
            // "seized the town of X", "captured positions": a place noun.
            if (c.kind != K::ObjectPlace) return false;
            std::uint32_t head = object_head(object_from, clause_end);
            if (!head || !(rules_.lexicon.in(head, rules_.builtin.place_noun) ||
                           rules_.lexicon.in(head, rules_.builtin.place_suffix)))
              return false;
            break;
          }
          const Item& it = items_[static_cast<std::size_t>(o)];
          bool place = !it.types.empty() && it.types[0] == EntityType::Place &&
                       (it.metonyms.empty() || it.metonyms[0].empty());
          if ((c.kind == K::ObjectPlace) != place) return false;
          break;
        }
        case K::ObjectInstitution: {
          // "Ethiopia charged Eritrea with arming rebels": a state or a body
          // charged is accused (ACCUSE 112), where a person charged by a
          // court is held to account (COERCE 173: "charged the mayor with").
          const int o = passive ? subject : direct_entity(object_from, clause_end);
          if (o < 0) return false;
          const Item& it = items_[static_cast<std::size_t>(o)];
          if (it.types.empty() || (it.types[0] != EntityType::State && it.types[0] != EntityType::Organization))
            return false;
          break;
        }
        case K::ObjectWords: {
          std::uint32_t head = object_head(object_from, clause_end);
          if (std::find(c.words.begin(), c.words.end(), head) == c.words.end()) return false;
          break;
        }
        case K::After: {
          // "vowed not to attack the base": a negation right after the
          // trigger turns down what follows, whose words cue no threat (a
          // promise of restraint; "decided not to resume talks" is read by
          // the refusal rule).
          if (t.event == "THREATEN"sv && after < clause_end && items_[after].kind == Item::Kind::Word &&
              rules_.lexicon.in(items_[after].word, rules_.builtin.neg) &&
              std::find(c.words.begin(), c.words.end(), items_[after].word) == c.words.end())
            return false;
          bool found = false;
          // Words of the text only: "on" of "on Wednesday" belongs to the date.
          // A group's head noun counts as its word: "to Sudanese refugees";
          // so does an official's: "recalled its envoy", "withdrew its
          // ambassador" (SANCTION 161, where "withdrew its troops" is RETREAT).
          for (std::size_t p = after; p < clause_end && !found; ++p) {
            const Item& it = items_[p];
            if (it.kind == Item::Kind::Entity &&
                (it.official || (!it.types.empty() && it.types[0] == EntityType::ActorGroup)))
              found = it.head_word && std::find(c.words.begin(), c.words.end(), it.head_word) != c.words.end();
            else
              found = it.kind == Item::Kind::Word && !(p + 1 < clause_end && items_[p + 1].kind == Item::Kind::Date) &&
                      std::find(c.words.begin(), c.words.end(), it.word) != c.words.end();
          }
          if (!found) return false;
          break;
        }
        case K::SubjectPerson:
        case K::SubjectForce: {
          if (passive) return false;  // the subject of a passive is no agent
          const Item& s = items_[static_cast<std::size_t>(subject)];
          EntityType want = c.kind == K::SubjectPerson ? EntityType::Person : EntityType::ArmedForce;
          // A group that fights is a force.
          const bool fighters = c.kind == K::SubjectForce && fighting_group(s);
          if (!fighters && (s.types.empty() || s.types[0] != want)) return false;
          break;
        }
        case K::SubjectWords: {
          // "demonstrators shut down the streets": the noun that heads a
          // group (or names the members of a body) in the subject.
          if (passive || subject < 0) return false;
          const std::uint32_t head = items_[static_cast<std::size_t>(subject)].head_word;
          if (!head || std::find(c.words.begin(), c.words.end(), head) == c.words.end()) return false;
          break;
        }
        case K::SubjectSeveral: {
          // "Japan and the Philippines held a joint exercise", "the two
          // navies", "China held joint drills with Russia": more than one.
          // But one side's soldiers are no partners: "Some 3,000 troops held
          // drills near the border" (MOBILIZE), unless a "with" names one.
          const Item& s = items_[static_cast<std::size_t>(subject)];
          bool several = s.keys.size() >= 2 ||
                         (!s.types.empty() && s.types[0] == EntityType::ActorGroup && !fighting_group(s));
          for (std::size_t p = after; p + 1 < clause_end && !several; ++p)
            several = items_[p].norm == "with"sv && clauses_.object_of(items_, p + 1, clause_end, true) >= 0;
          if (!several) return false;
          break;
        }
      }
    }
    return true;
  }

  // The entity right after the verb (after determiners and adjectives), a
  // place too.
  int direct_entity(std::size_t from, std::size_t end) const {
    for (std::size_t q = from; q < end && q < from + 4; ++q) {
      const Item& it = items_[q];
      // "welcomed Reagan's statement": the owner is not the object.
      if (it.kind == Item::Kind::Entity) return q + 1 < end && items_[q + 1].norm == "'s"sv ? -1 : static_cast<int>(q);
      if (it.kind == Item::Kind::Adjective || it.kind == Item::Kind::Number ||
          rules_.lexicon.in(it.word, rules_.builtin.determiner))
        continue;
      // "captured all of eastern Bakhmut": a part of the place is the place.
      if (it.kind == Item::Kind::Word && rules_.lexicon.in(it.word, rules_.builtin.partitive) && q + 1 < end &&
          items_[q + 1].norm == "of"sv) {
        ++q;
        continue;
      }
      if (it.kind == Item::Kind::Word && rules_.lexicon.in(it.word, rules_.builtin.direction)) continue;
      break;
    }
    return -1;
  }

  // The head noun of the object: the last word of the words after the verb,
  // before a preposition or punctuation ("its long-standing demand for").
  std::uint32_t object_head(std::size_t from, std::size_t end) const {
    std::uint32_t head = 0;
    for (std::size_t q = from; q < end && q < from + 8; ++q) {
      const Item& it = items_[q];
      if (it.kind == Item::Kind::Date && head == 0) continue;  // "lifted Friday a blockade"
      // "shortened by one hour the curfew": a measure of the change before
      // the object.
      if (q == from && it.norm == "by"sv && q + 2 < end &&
          (items_[q + 1].kind == Item::Kind::Number || rules_.lexicon.in(items_[q + 1].word, rules_.builtin.number_word)) &&
          items_[q + 2].kind == Item::Kind::Word) {
        q += 2;
        continue;
      }
      // "captured more than 50 villages", "at least 12 towns": a count is no head.
      if (it.kind == Item::Kind::Number || (it.kind == Item::Kind::Word && rules_.lexicon.in(it.word, rules_.builtin.quantifier)))
        continue;
      // "met the E3's conditions": the owner is no head; the noun after it is.
      if (it.kind == Item::Kind::Entity && q + 1 < end && (items_[q + 1].norm == "'s"sv || items_[q + 1].norm == "'"sv)) {
        head = 0;
        ++q;
        continue;
      }
      // "the Indian Air Force officer in our custody": a word that may be a
      // verb ("officer") is the noun when the phrase ends after it.
      const bool ends_after = q + 2 >= end || items_[q + 2].kind == Item::Kind::Punct ||
                              rules_.lexicon.in(items_[q + 2].word, rules_.builtin.preposition);
      // "expelled the Swedish ambassador", "received observers from the
      // OSCE", "expelled two Russian diplomats", "stormed the Swedish
      // Embassy": an official's, a member's, a group's or a name's own noun
      // heads the object, unless a noun closing the phrase follows ("the
      // Stability Support Apparatus headquarters in"; not a participle:
      // "diplomats accused of").
      if (it.kind == Item::Kind::Entity && it.head_word &&
          !(q + 1 < end && items_[q + 1].kind == Item::Kind::Word && ends_after &&
            !rules_.lexicon.in(items_[q + 1].word, rules_.builtin.preposition) &&
            !items_[q + 1].norm.ends_with("ed") && !items_[q + 1].norm.ends_with("ing")))
        return it.head_word;
      // "the Red Sea shipping lane", "the Lachin corridor": a name before a
      // noun modifies it.
      if (it.kind == Item::Kind::Entity && q + 1 < end && items_[q + 1].kind == Item::Kind::Word &&
          !rules_.lexicon.in(items_[q + 1].word, rules_.builtin.preposition) &&
          (ends_after || (q + 2 < end && items_[q + 2].kind == Item::Kind::Word && items_[q + 1].norm.ends_with("ing")) ||
           !clauses_.may_be_verb(items_[q + 1]))) {  // (the look-up last)
        head = 0;
        continue;
      }
      // "a day-old blockade": a hyphenated modifier goes on to its noun.
      // (A word no class lists has no id: the word before the hyphen, not
      // `head`, says a modifier has begun.)
      if (it.kind == Item::Kind::Punct && it.norm == "-"sv && q > from &&
          (items_[q - 1].kind == Item::Kind::Word || items_[q - 1].kind == Item::Kind::Number) && q + 1 < end &&
          items_[q + 1].kind == Item::Kind::Word)
        continue;
      if (it.kind != Item::Kind::Word && it.kind != Item::Kind::Adjective) break;
      // "would block Sweden's bid unless the EU ...", "lifted the curfew
      // once calm returned": a word that opens a clause of condition or
      // time ends the object before it.
      if (it.kind == Item::Kind::Word &&
          (rules_.lexicon.in(it.word, rules_.builtin.conditional) || rules_.lexicon.in(it.word, rules_.builtin.temporal)))
        break;
      // "called off the strike following talks", "during": so does a time
      // phrase after the noun ("the following day": not after a determiner).
      if (it.kind == Item::Kind::Word && head && !rules_.lexicon.in(head, rules_.builtin.determiner) &&
          rules_.lexicon.in(it.word, rules_.builtin.time_phrase))
        break;
      // "forced the aid agencies out of the country": "out of" is a
      // preposition of two words.
      if (it.kind == Item::Kind::Word && it.norm == "out"sv && q + 1 < end && items_[q + 1].norm == "of"sv) break;
      if (it.kind == Item::Kind::Word && rules_.lexicon.in(it.word, rules_.builtin.preposition)) {
        // "captured part of a stronghold": the head is after a partitive's "of".
        if (it.norm == "of"sv && head && rules_.lexicon.in(head, rules_.builtin.partitive)) {
          head = 0;
          continue;
        }
        break;
      }
      // "blocked roads leading to the centre": a participle after the noun
      // starts a phrase of its own.
      if (it.kind == Item::Kind::Word && head && it.norm.size() > 4 && it.norm.ends_with("ing") && q + 1 < end &&
          (items_[q + 1].kind == Item::Kind::Entity || rules_.lexicon.in(items_[q + 1].word, rules_.builtin.preposition) ||
           rules_.lexicon.in(items_[q + 1].word, rules_.builtin.determiner)) &&
          clauses_.may_be_verb(it))  // (the look-up last)
        break;
      // "suspending the constitution and arresting opponents": so does a
      // participle joined by "and" or "or".
      if (it.kind == Item::Kind::Word && head && rules_.lexicon.in(it.word, rules_.builtin.coordinator) && q + 1 < end &&
          items_[q + 1].kind == Item::Kind::Word && items_[q + 1].norm.size() > 4 && items_[q + 1].norm.ends_with("ing") &&
          clauses_.may_be_verb(items_[q + 1]))
        break;
      // "prevented the demonstration staged by students", "shortened the
      // curfew imposed in Lima": so does a passive participle with its agent
      // or a place, or with a time ("will hand back the rifles taken last
      // month from the guards": rifles, not "month").
      const bool noun_before = head && !rules_.lexicon.in(head, rules_.builtin.determiner);
      if (it.kind == Item::Kind::Word && q > from && q + 1 < end && (it.norm.ends_with("ed") || it.norm.ends_with("en")) &&
          clauses_.may_be_verb(it) &&
          (items_[q + 1].norm == "by"sv ||
           (noun_before && (rules_.lexicon.in(items_[q + 1].word, rules_.builtin.locative) ||
                            items_[q + 1].kind == Item::Kind::Date))))
        break;
      // "suspend publication indefinitely", "upgraded their ties back up to":
      // an adverb or a verb's particle after the noun ends it ("the nightly
      // curfew": not one after a determiner).
      if (it.kind == Item::Kind::Word && noun_before &&
          (rules_.lexicon.in(it.word, rules_.builtin.adverb) ||
           rules_.lexicon.in(it.word, rules_.if_defined.verb_particle) ||
           (it.norm.size() > 4 && it.norm.ends_with("ly") && !rules_.lexicon.in(it.word, rules_.builtin.not_adverb))))
        break;
      if (it.kind == Item::Kind::Word) head = it.word;
    }
    return head;
  }

  bool light(std::size_t q, const Hit& verb, const VerbGroup& g, VerbForm form, int subject, bool infinitive,
             std::size_t clause_end, std::vector<Match>& out) const {
    // "had violated the truce", "has likely strengthened its support
    // zones": "had" before a participle (adverbs between) is an auxiliary.
    std::size_t after = verb.end;
    while (after < clause_end && items_[after].kind == Item::Kind::Word &&
           (rules_.lexicon.in(items_[after].word, rules_.builtin.adverb) ||
            rules_.lexicon.in(items_[after].word, rules_.builtin.neg) ||
            (items_[after].norm.ends_with("ly") && !rules_.lexicon.in(items_[after].word, rules_.builtin.not_adverb))))
      ++after;
    if (rules_.lexicon.in(items_[q].word, rules_.builtin.aux) && after < clause_end) {
      const Item& next = items_[after];
      if (next.kind == Item::Kind::Word && clauses_.may_be_verb(next) &&
          (next.norm.ends_with("ed") || next.norm.ends_with("en")))
        return false;
    }
    for (std::size_t p = verb.end; p < clause_end && p < verb.end + 5; ++p) {
      const Item& it = items_[p];
      if (it.kind == Item::Kind::Word) {
        std::vector<Hit> nouns;
        hits_at(lex_, items_, p, clause_end, Trigger::Pos::Noun, nouns);
        std::size_t longest = 0;
        for (const auto& h : nouns) longest = std::max(longest, h.end);
        std::erase_if(nouns, [&](const Hit& h) { return h.end < longest || h.trigger->event.empty(); });
        if (!nouns.empty() && names_people(longest)) continue;  // "held two aid workers"
        // "issued evacuation orders", "held ceasefire talks": of two event
        // nouns in a row the last heads the compound, and the first says
        // only which.
        if (!nouns.empty() && longest < clause_end && items_[longest].kind == Item::Kind::Word &&
            !items_[longest].upper) {
          std::vector<Hit> head;
          hits_at(lex_, items_, longest, clause_end, Trigger::Pos::Noun, head);
          if (!head.empty()) continue;
        }
        // The noun's sense: a row whose cue holds, else its default.
        const Trigger* noun = nullptr;
        std::size_t noun_end = p + 1;
        for (int pass = 0; pass < 2 && !noun; ++pass)
          for (const auto& h : nouns) {
            bool cued = !h.trigger->when.empty();
            if (pass == 0 ? !cued || !cues_hold(*h.trigger, h.end, subject, false, clause_end) : cued) continue;
            noun = h.trigger;
            noun_end = h.end;
            break;
          }
        if (!noun && !nouns.empty()) return true;  // an event noun with no sense here: nothing
        if (noun) {
          // "staged a hunger strike": a noun of several words is the more
          // specific reading of its last word, which a pattern reading
          // that word in another of its senses ("strike": ASSAULT) yields to.
          // So does a pattern reading a noun whose cue on the subject, which
          // the pattern does not read, chose another of its senses: "Japan
          // and India held naval exercises" (COOPERATE 062 by its partners,
          // where "India held exercises" is MOBILIZE 150).
          if ((!noun->rest.empty() || subject_cued(*noun)) && cued_) {
            CuedSense c{noun_end - 1, noun->event, {noun->event}};
            std::vector<Hit> head;
            hits_at(lex_, items_, noun_end - 1, clause_end, Trigger::Pos::Noun, head);
            for (const auto& h : head) c.senses.push_back(h.trigger->event);
            cued_->push_back(std::move(c));
          }
          light_verb_noun(q, p, *noun);
          if (noun->event == "NONE"sv) return true;
          std::vector<std::size_t> trigger;
          for (std::size_t k = q; k < verb.end; ++k) trigger.push_back(k);
          for (std::size_t k = p; k < noun_end; ++k) trigger.push_back(k);
          if (rules_.lexicon.in(items_[q].word, rules_.builtin.patient_light)) {
            // "came under attack from Russian forces": the subject is the target.
            int actor = clauses_.after_preposition(items_, noun_end, clause_end, {"by", "from"}, true);
            if (actor >= 0) emit(*noun, noun->event, trigger, noun_end, g, form, actor, infinitive, clause_end, out, subject);
            return true;
          }
          // "Serb forces were engaged in ethnic cleansing": a light verb
          // ending in a preposition has no passive; "be" and its
          // participle say a state, whose subject acts.
          if (g.passive && !verb.trigger->rest.empty() &&
              rules_.lexicon.in(verb.trigger->rest.back(), rules_.builtin.preposition)) {
            VerbGroup state = g;
            state.passive = false;
            emit(*noun, noun->event, trigger, noun_end, state, form, subject, infinitive, clause_end, out);
            return true;
          }
          const std::size_t before = out.size();
          emit(*noun, noun->event, trigger, noun_end, g, form, subject, infinitive, clause_end, out);
          // "offered talks", "offered concessions": what is offered is an
          // act to come (CAMEO 03 "express intent to meet, to yield ..."),
          // which the promise rule reads as an AGREE made now; an offer of
          // words ("offered condolences", "an apology") is the act itself.
          const int offer = rules_.if_defined.offer, offered = rules_.if_defined.offered;
          if (out.size() > before && offer >= 0 && offered >= 0 && rules_.lexicon.in(items_[q].word, offer) &&
              rules_.lexicon.in(text::fold(noun->event), offered))
            out.back().planned = true;
          return true;
        }
        if (modifier(p)) continue;
        // "announced on Friday its disbandment"
        if (it.norm == "on"sv && p + 1 < clause_end && items_[p + 1].kind == Item::Kind::Date) continue;
        // "launched ten days of war games", "held three rounds of talks": a
        // counted measure before "of" says how much of the noun after it.
        if (it.norm == "of"sv && p >= verb.end + 2 && items_[p - 1].kind == Item::Kind::Word && !items_[p - 1].upper &&
            (items_[p - 2].kind == Item::Kind::Number ||
             rules_.lexicon.in(items_[p - 2].word, rules_.builtin.number_word)))
          continue;
        return false;
      }
      if (it.kind == Item::Kind::Adjective || it.kind == Item::Kind::Number || it.kind == Item::Kind::Date) continue;
      // "reimpose UN Security Council sanctions": a name that modifies the noun after it.
      if (it.kind == Item::Kind::Entity && modifies_noun(p, clause_end)) continue;
      // "its long-threatened invasion": a hyphen inside a modifier.
      if (it.kind == Item::Kind::Punct && it.norm == "-"sv && p + 1 < clause_end && p > verb.end) continue;
      return false;
    }
    return false;
  }

  // `patient`: a target given by the clause ("came under attack": its subject).
  void emit(const Trigger& t, const std::string& event, const std::vector<std::size_t>& trigger, std::size_t after,
            const VerbGroup& g, VerbForm form, int subject, bool infinitive, std::size_t clause_end,
            std::vector<Match>& out, int patient = -1) const {
    auto rule = rules_.lexicon_rules.find(event);
    if (rule == rules_.lexicon_rules.end()) return;
    int actor = subject, target = -1;
    if (patient >= 0) {
      target = patient;
    } else if (g.passive) {
      // "Russian banks were sanctioned by the EU"; without "by", nobody acts,
      // but forces and commanders that were deployed are what mobilized
      // ("the army chief was dispatched to the border").
      actor = clauses_.after_preposition(items_, after, clause_end, {"by"});
      // "was struck by a missile fired by Houthi rebels": the agent of
      // what the act was done with.
      if (actor < 0) actor = agent_of_instrument(after, clause_end);
      if (actor < 0 && (event == "MOBILIZE"sv || demobilized(t)) && subject >= 0 &&
          mobilized(items_[static_cast<std::size_t>(subject)])) {
        actor = subject;
        subject = -1;
      } else {
        if (actor < 0 || modifies_noun(static_cast<std::size_t>(actor), clause_end)) return;
        target = subject;
      }
    } else if (!t.no_target) {
      // "-/with": the direct object, else the name after "with" ("met Putin", "met with Putin").
      const bool direct = t.target_after.empty() ||
                          std::find(t.target_after.begin(), t.target_after.end(), "-") != t.target_after.end();
      if (direct) target = clauses_.object_of(items_, after, clause_end);
      // "recalled its ambassador from Montenegro", "its envoy in Kinshasa":
      // the actor's own official is whom it acts through, no target; the
      // state of the post after the preposition is.
      if (target >= 0 && actor >= 0 && t.target_after.size() > 1 && items_[static_cast<std::size_t>(target)].official &&
          items_[static_cast<std::size_t>(target)].keys == items_[static_cast<std::size_t>(actor)].keys)
        target = -1;
      if (target < 0 && !t.target_after.empty())
        target = clauses_.after_preposition(items_, after, clause_end, t.target_after);
    }
    // A place is no target ("attacked El Fasher"): it is the location.
    if (target >= 0 && !g.passive && patient < 0 && is_place(items_[static_cast<std::size_t>(target)])) target = -1;
    const Rule& r = rules_.events[rule->second];
    // "demanded that Hamas renounce": the that-clause's subject.
    if (target < 0 && !g.passive && r.options.that_target && after + 1 < clause_end && items_[after].norm == "that"sv)
      target = clauses_.object_of(items_, after + 1, clause_end);
    // "severed diplomatic ties with Tehran", "closed its borders with Iran":
    // an object that names no one, and its partner right after it.
    if (target < 0 && !g.passive && patient < 0 && !t.no_target && t.target_after.empty())
      target = partner_after_object(after, clause_end);
    // "reclaimed towns from al Shabaab", "regained control of the
    // Presidential Palace from the RSF": ground is
    // taken from whoever "from" names, past the place taken.
    if (target < 0 && !g.passive && patient < 0 && event == "ADVANCE"sv)
      for (std::size_t q = after; q + 1 < clause_end; ++q) {
        if (items_[q].norm != "from"sv) continue;
        // over an article and modifiers: "from the paramilitary Rapid Support Forces"
        std::size_t k = q + 1;
        while (k < clause_end && k < q + 4 && items_[k].kind != Item::Kind::Entity &&
               (modifier(k) || rules_.lexicon.in(items_[k].word, rules_.builtin.determiner)))
          ++k;
        if (k < clause_end && items_[k].kind == Item::Kind::Entity && !is_place(items_[k]) && !items_[k].types.empty())
          target = static_cast<int>(k);
        break;
      }
    Match m;
    m.rule = &r;
    m.begin = std::min(static_cast<std::size_t>(actor), g.begin);
    m.end = clause_end;
    m.captures.push_back({"actor", static_cast<std::size_t>(actor), static_cast<std::size_t>(actor) + 1});
    if (target >= 0 && target != actor)
      m.captures.push_back({"target", static_cast<std::size_t>(target), static_cast<std::size_t>(target) + 1});
    // "spoke by phone to his Armenian counterpart": no name after the row's
    // preposition, but a phrase whose owner the pipeline may read.
    if (target < 0 && !g.passive && patient < 0 && !t.no_target)
      for (std::size_t q = after; q + 1 < clause_end && q < after + 12; ++q)
        if (items_[q].kind == Item::Kind::Word &&
            std::find(t.target_after.begin(), t.target_after.end(), items_[q].norm) != t.target_after.end()) {
          m.captures.push_back({"partner", q + 1, clause_end});
          break;
        }
    if (after < clause_end) m.captures.push_back({"topic", after, clause_end});
    m.trigger = trigger;
    m.negations = g.negations;
    m.hypothetical = g.hypothetical;
    m.only_would = g.only_would;
    m.future = g.future;
    m.planned = g.planned;
    m.infinitive = infinitive;
    m.trigger_form = form;
    m.vg_items = trigger.front() - g.begin;
    for (std::size_t k = g.begin; k < trigger.front(); ++k)
      if (items_[k].kind == Item::Kind::Date) m.vg_dates.push_back(k);
    out.push_back(std::move(m));
  }

  const RuleSet& rules_;
  const TriggerLexicon& lex_;
  const ClauseReader& clauses_;
  const std::vector<Item>& items_;
  std::size_t begin_, end_;
  std::vector<CuedSense>* cued_;
  mutable std::vector<std::int8_t> modifier_of_;  // modifier() of each item: -1 not asked yet, else 0 or 1
  // The trigger phrases read_verb() and nominal() find at an item, and the
  // verb's forms: kept from item to item, so that reading a clause
  // allocates them once, not at every word that starts a trigger.
  std::vector<Hit> verb_hits_;
  std::vector<VerbForm> verb_forms_;
  mutable std::vector<Hit> noun_hits_;
};

}  // namespace

std::vector<bool> guarded(const RuleSet& rules, const std::vector<Item>& items, std::size_t begin, std::size_t end) {
  std::vector<bool> out(end, false);
  if (rules.triggers.empty()) return out;
  const TriggerLexicon& lexicon = rules.triggers;
  // The guard phrases of every part of speech at once: one pass over the
  // entries a word starts, where hits_at() of each part of speech took
  // three (guarded() took 5.9M instructions on the 1 MB corpus).
  for (std::size_t q = begin; q < end; ++q) {
    if (items[q].kind != Item::Kind::Word || !lexicon.starts_guard(items[q].word)) continue;
    for (const auto& f : lexicon.starting(items[q].word)) {
      const Trigger& t = lexicon.entries()[f.entry];
      if (t.event != "NONE"sv || t.rest.empty() || !t.when.empty()) continue;
      const std::size_t p = phrase_end(t, items, q, end);
      for (std::size_t k = q; k < p; ++k) out[k] = true;
    }
  }
  return out;
}

bool plural_noun_at(const RuleSet& rules, const std::vector<Item>& items, std::size_t q, std::size_t end,
                    const std::vector<std::string>& takes) {
  if (q + 1 >= end || items[q].kind != Item::Kind::Word) return false;
  const Item& next = items[q + 1];
  if (next.kind != Item::Kind::Word) return false;
  // "the UNSC sanctions will be reimposed": no verb is followed by a modal
  // or an auxiliary.
  const bool modal = rules.lexicon.in(next.word, rules.builtin.modal_future) ||
                     rules.lexicon.in(next.word, rules.builtin.modal_hypothetical) ||
                     (rules.lexicon.in(next.word, rules.builtin.aux) && next.norm != "being"sv);
  if (!modal && !rules.lexicon.in(next.word, rules.builtin.preposition)) return false;
  if (!modal && (next.norm == "to"sv || std::find(takes.begin(), takes.end(), next.norm) != takes.end())) return false;
  thread_local std::vector<WordReading> readings;
  rules.morphology.analyze(items[q].norm, readings);
  return std::any_of(readings.begin(), readings.end(), [](const WordReading& r) {
    return r.word_class == WordClass::Noun && r.form == WordForm::Plural;
  });
}

std::vector<Match> lexical_matches(const RuleSet& rules, const ClauseReader& clauses, const std::vector<Item>& items,
                                   std::size_t begin, std::size_t end, std::vector<CuedSense>* cued) {
  std::vector<Match> out;
  if (rules.lexicon_rules.empty() || rules.triggers.empty()) return out;
  Reader reader(rules, clauses, items, begin, end, cued);
  for (std::size_t q = begin; q < end; ++q) reader.read(q, out);
  return out;
}

}  // namespace sg::extract
