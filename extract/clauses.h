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
// items given. A ClauseReader keeps what WordNet says of each word it was
// asked about (WordShape, below), so one instance serves one thread at a
// time; constructing one is free, and any number may read one RuleSet.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "document.h"
#include "morphology.h"
#include "rules.h"
#include "vocabulary.h"

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

// "is", "was", "been"...: before a participle, a passive.
bool is_be(const std::string& word);

// Whether items[i] owns the entity after its "'s" ("Afghanistan's Taliban",
// within items[..end)): a phrase whose entity is the owned one.
bool possessor(const std::vector<Item>& items, std::size_t i, std::size_t end);
// who, whom, which, whose: a word that opens a relative clause ("that" is
// left to the caller, which may be a complementizer).
bool relative_pronoun(const Item& item);

// What WordNet's readings (Morphology::analyze) say of a word: per word
// class, the forms it has in that class, one bit per WordForm; and the
// form of its first verb reading, the weightiest. Everything the readers
// here ask of a word's readings follows from it.
struct WordShape {
  std::uint8_t forms[4] = {0, 0, 0, 0};  // by WordClass: bit 1 << WordForm
  WordForm first_verb = WordForm::Base;  // when forms[Verb] is not 0
  bool has(WordClass c, WordForm f) const {
    return (forms[static_cast<int>(c)] >> static_cast<int>(f) & 1) != 0;
  }
  bool any(WordClass c) const { return forms[static_cast<int>(c)] != 0; }
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

  // The verb group that ends at the verb items[head], read leftwards from
  // it down to `begin`: auxiliaries, modals, negation, adverbs, dates, "on"
  // + date, "plans to" (planned), "continues to" (aspect), "failed to"
  // (negated). `form` is the verb's own form; a form of "be" before a
  // participle makes it passive.
  VerbGroup group_before(const std::vector<Item>& items, std::size_t head, std::size_t begin, VerbForm form) const;

  // The subject of the verb group that starts at items[k], within
  // items[begin..): the entity right before it; the entity before an
  // apposition, a relative clause or a bracket ("Basem Naim, a senior
  // Hamas official, said"; "the Rada, which ..., clashed"); the subject of
  // the clause a participle hangs on (", killing three"); for an
  // infinitive, the object of the verb before it ("urged Russia to") or
  // that verb's subject ("agreed to"). -1 when there is none.
  int subject_of(const std::vector<Item>& items, std::size_t k, std::size_t begin, bool participle) const;
  // "Palestinians stayed home on Monday to protest the settlements": when
  // items[k] is a verb of the lexicon class PURPOSE after "to" that no verb
  // or actor before it takes, the first item of the finite verb group whose
  // act it tells the purpose of (its subject is the infinitive's), else -1.
  int purpose_of(const std::vector<Item>& items, std::size_t k, std::size_t begin) const;

  // The entity that a verb at `head` takes as its direct object (after
  // determiners and adjectives), or the first entity after one of
  // `prepositions` (word ids), before `end`; -1 when there is none.
  // With `actors_only`, an actor after a locative preposition counts too
  // ("came under attack from Russian forces"), a place never.
  int object_of(const std::vector<Item>& items, std::size_t from, std::size_t end, bool actors_only = false) const;
  int after_preposition(const std::vector<Item>& items, std::size_t from, std::size_t end,
                        const std::vector<std::string>& prepositions, bool actors_only = false) const;

  // What the reference stage remembers of the report so far.
  struct Discourse {
    // Of this paragraph or the one before: the last person and the last
    // other actor that were subjects. News writes a paragraph a sentence,
    // and "He said" opens the next with the last one's speaker.
    std::optional<Item> last_person, last_actor;
    int person_age = 0, actor_age = 0;  // paragraph breaks since each was set
    // The last body a "the group" may stand for that was a subject: what
    // the story is about ("JNIM, an al-Qaeda affiliate, attacked ... The
    // group claimed": JNIM, not the affiliate's al-Qaeda).
    std::optional<Item> last_group;
    int group_age = 0;
    // Of the report: the last entity each head word headed ("ministry" of
    // "the Russian Ministry of Defense"), and the last state, armed force
    // and organization named.
    std::unordered_map<std::string, Item> by_head;
    std::optional<Item> last_state, last_force, last_org;
    std::optional<Item> last_bloc;  // the last organization of states ("the bloc", "the alliance")
    // The last two states named together ("Pakistan and Afghanistan"), for
    // "both countries" and "the two sides".
    std::optional<Item> last_pair;
    int pair_age = 0;  // paragraph breaks since it was named
    // The one armed group of no state the last sentence that named any
    // named ("M23 seized Sake"), for "the rebels", "the militants": none
    // where that sentence named two.
    std::optional<Item> last_armed;
    int armed_age = 0;  // paragraph breaks since it was named
    // The state or body a person holds a position in ("Kenyan President
    // William Ruto": Kenya; a minister of a state's ministry: the state; a
    // spokesman of Hamas: Hamas), as the report's entities say; nothing
    // when it gives the person none. Set by the pipeline, which keeps the
    // entities; the first person plural of a person's quote stands for it
    // (first_person_in_quote(), clauses.cpp).
    std::function<std::optional<std::pair<std::string, EntityType>>(const std::string& person)> office_of;
    // The speaker (and verb) of the last sentence's quotation, while
    // sentences that are one quotation each follow it ('"...," Miller said.
    // "We demand the release of the crew."'); `continued`: the sentence
    // read last is such a quotation, of `quoting`.
    std::optional<Item> quoting;
    std::string quoting_verb;
    bool continued = false;
    // The tokens of the sentence read last that open and close the second
    // half of a quotation split around its speaker ('"We will not go," the
    // minister said, "whatever they offer."'), when it has one: the words
    // between them are the speaker's as the first half's are.
    std::optional<std::pair<std::size_t, std::size_t>> second_half;
    // The sentence read last is a quotation of `quoting` that opened and
    // did not close: news quotes several paragraphs so, each opening with a
    // mark and only the last closing, and the quotation goes on across the
    // paragraph break.
    bool quote_open = false;
    void new_paragraph() {
      if (++person_age > 1) last_person.reset();
      if (++actor_age > 1) last_actor.reset();
      if (++group_age > 1) last_group.reset();
      if (++pair_age > 1) last_pair.reset();
      if (++armed_age > 1) last_armed.reset();
      if (!quote_open) quoting.reset();
      quote_open = false;  // the next paragraph goes on with it only if it opens with a mark
    }
  };

  // The reference layer and the reading. Before a verb, "he" / "she" stand
  // for the paragraph's last person subject, "it" / "they" for its last
  // other actor subject, "the ministry" / "the council" for the last entity
  // with that head word, "the country" / "the army" / "the group" for the
  // last state, force or organization ("the group" first for the last such
  // body that was a subject of this paragraph or the one before); "the
  // rebels" / "the militants" for the one armed group in view; and a
  // verb coordinated with an
  // earlier one gets a copy of its subject in front ("Peskov rejected A and
  // [Peskov] accused B"). `discourse` is updated with this sentence.
  // The reading is made of the chunks, which it takes over: the sentence's
  // chunks are empty afterwards (no later stage reads them).
  void read(AnnotatedSentence& sentence, Discourse& discourse) const;

  // The clause layer, from the reading and which attribution frame's
  // content holds each of its items (`owner`, -1 for none).
  void clauses(AnnotatedSentence& sentence, const std::vector<int>& owner) const;

  // A word the lexicon or WordNet knows as a form of some verb.
  bool may_be_verb(const Item& item) const;
  // A word of more than four letters in -ing that may be a verb: the
  // participle of a clause of its own ("killing", "voting"; not "king").
  bool ing_participle(const Item& item) const {
    return item.kind == Item::Kind::Word && item.norm.size() > 4 && item.norm.ends_with("ing") && may_be_verb(item);
  }
  // Whether the name at i modifies the noun after it: "despite new US
  // sanctions", "condemned fresh EU sanctions" (after a MODIFIER word).
  // Whether the entity at i stands between a possessive pronoun and a
  // noun of RELATION_NOUN, which it modifies ("its EU partners"): no subject.
  bool owned_name(const std::vector<Item>& items, std::size_t i) const;
  bool modifies_noun(const std::vector<Item>& items, std::size_t i) const;
  // "Militants backed by Iran attacked": items[k] is a participle in -ed or
  // -en with its agent after "by", and a finite verb follows before `end`
  // or a punctuation mark; it qualifies the noun before it.
  // Also "Kenyan troops deployed on Monday attacked al-Shabaab": no agent,
  // an adjunct of time or place, then a finite verb of the past with its
  // object (adjunct_participle()).
  bool qualifying_participle(const std::vector<Item>& items, std::size_t k, std::size_t end) const;
  // verb_after_adjunct()'s test of the participle items[p] and the verb
  // items[verb]: the participle right after its noun, items[verb] a finite
  // past verb with an object, nothing between that could be its own
  // subject.
  bool adjunct_participle(const std::vector<Item>& items, std::size_t p, std::size_t verb) const;
  // The finite verb after the participle items[p] and its adjunct, before
  // `end`, when adjunct_participle() holds for it; else `end`.
  std::size_t verb_after_adjunct(const std::vector<Item>& items, std::size_t p, std::size_t end) const;
  // A word the trigger table lists, alone, as a predicate adjective
  // ("prepared", "opposed"): after "be" it is no passive.
  bool predicate_adjective(const Item& item) const;
  // items[k] is a word the lexicon or WordNet knows as a verb's base form
  // ("reject"), which a plural subject takes in the present.
  bool base_verb(const std::vector<Item>& items, std::size_t k) const;

  // Always inlined, as the chunker's (chunker.h): GCC left it out of line
  // in read(), subject_of() and others, where the call cost more than the
  // bit test.
  [[gnu::always_inline]] bool in(const Item& item, int word_class) const {
    return (item.kind == Item::Kind::Word || item.kind == Item::Kind::Punct) && rules_.lexicon.in(item.word, word_class);
  }

  // WordNet's readings of a folded word, summed up. Kept per word for the
  // life of this reader: a report asks of the same words again and again
  // (may_be_verb, verb_group, subject_of), and analyze() probes up to a
  // dozen stems a word. (On the 1 MB corpus, 34,662 calls of analyze()
  // took 42M instructions; with the memo of each report's reader, 11,672
  // calls take 15.5M.)
  const WordShape& shape(const std::string& word) const;

 private:
  // A quotation the sentence attributes to a speaker named outside it:
  // `"...," the minister said`, `"...," said X`, `X said: "..."`. The
  // reading range [begin, end) of the quoted words, and the speaker's index.
  struct QuoteSpeaker {
    std::size_t begin = 0, end = 0, speaker = 0, verb = 0;
    // The second half of a quotation split around its speaker: its items
    // and its marks (tokens); more_begin == more_end when there is none.
    std::size_t more_begin = 0, more_end = 0, more_open = 0, more_close = 0;
  };
  std::optional<QuoteSpeaker> quote_speaker(const AnnotatedSentence& sentence) const;
  // A sentence that is one quotation, from its first token to its last.
  static bool whole_quote(const AnnotatedSentence& sentence);
  // Whether the sentence goes on with the quotation of the sentence before
  // (`open`: that quotation is still open), and then whether it leaves it
  // open: a sentence that is one quotation; one that opens a quotation it
  // does not close (its one mark its first token); and while a quotation is
  // open, one without quote marks or whose one mark closes it.
  static bool continues_quote(const AnnotatedSentence& sentence, bool& open);
  // What "we" of a quote stands for: the speaker when a state, a body or a
  // force speaks, the state or body an official or a person holds a
  // position in, else the person; "I" of a quote: a person or an official
  // only.
  std::optional<Item> first_person(const Item& speaker, bool plural, const Discourse& discourse) const;
  // The state of the nearest earlier subject of items[..i): a state, or the
  // state whose derived body it is ("org/co-mfa": Colombia).
  std::optional<Item> state_of_earlier_subject(const std::vector<Item>& items, std::size_t i) const;
  // An entity item that is the subject of a verb right after it. (Asked of
  // every item, most of which are no entity: that answer is inline, the
  // rest in subject_entity(). The calls took 14.3M instructions on the 1 MB
  // corpus, 190,000 of them, four in five of a word.)
  bool is_subject(const std::vector<Item>& items, std::size_t i) const {
    return items[i].kind == Item::Kind::Entity && !items[i].locative && subject_entity(items, i);
  }
  // is_subject() of an entity item that is not locative.
  bool subject_entity(const std::vector<Item>& items, std::size_t i) const;
  // items[i] opens its phrase after a crowd or a group's noun and "of"
  // ("Thousands of Kenyans", "The members of the Security Council"): they
  // act as it.
  bool one_member_of(const std::vector<Item>& items, std::size_t i, std::size_t begin) const;
  bool members_of(const std::vector<Item>& items, std::size_t i, std::size_t begin) const;
  // subject_of(): the coordinated list that opens a chain of "of" phrases
  // before a verb ("The Turkish and Greek sides of the island of Cyprus
  // agreed"), given the chain's last "of" at items[of]; -1 if none.
  int list_before_of_chain(const std::vector<Item>& items, std::size_t of, std::size_t begin) const;
  // The subject of the verb at items[k] when the name right before it ends
  // a phrase of that subject's: a chain of "of" after a list, a "with"
  // phrase after a group. -1 if none.
  int distant_subject(const std::vector<Item>& items, std::size_t k, std::size_t begin) const;
  // Where the verb group of the subject items[i] starts: right after it, or
  // after the comma that closes an apposition it holds or stands in.
  static std::size_t verb_after_subject(const std::vector<Item>& items, std::size_t i);
  // "inspected the Philippines ships.": items[i] is the object of a verb
  // before it, and the -s word of `g` after it, which takes no object of its
  // own, is a plural noun, not its verb. (A speech verb takes a clause:
  // "said Russia attacks daily".)
  bool object_then_noun(const std::vector<Item>& items, std::size_t i, const VerbGroup& g) const;

  const RuleSet& rules_;
  // shape()'s memo: not shared between threads (the class comment). Keyed
  // by word_hash(), eight bytes a multiplication, not std::hash's
  // _Hash_bytes: shape() is asked ~47,000 times on the 1 MB corpus.
  struct ShapeHash {
    std::size_t operator()(const std::string& word) const { return static_cast<std::size_t>(word_hash(word)); }
  };
  mutable std::unordered_map<std::string, WordShape, ShapeHash> shapes_;
};

}  // namespace sg::extract
