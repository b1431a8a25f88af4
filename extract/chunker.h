// chunker.h — from tokens to the items rules match on (inside extract/).
//
// An item is a word, a number, a date expression, or an entity mention:
// a gazetteer name, a person introduced by a title ("Kremlin Spokesperson
// Dmitry Peskov"), an unnamed official speaking for an organization ("a
// German government spokesperson"), a group ("26 states"), a place found
// by its shape ("near Siversk", "Sumy Oblast"), or a coordinated list of
// actors ("France and the UK"). Quote marks are not items: rules read
// through them.
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "document.h"
#include "extract.h"
#include "gazetteer.h"
#include "rules.h"
#include "tokenizer.h"
#include "vocabulary.h"

namespace sg::extract {

// What the report has taught so far: surnames of people introduced with
// their full name, and acronyms defined in brackets.
struct DocumentContext {
  struct Alias {
    std::vector<std::string> words;  // folded tokens
    std::string key;                 // entity key
  };
  std::unordered_map<std::uint64_t, std::vector<Alias>> aliases;  // by name_hash() of the words
  std::size_t longest_alias = 0;                                   // in tokens
  const KnownPeople* known = nullptr;                              // people named before this report
  std::size_t rank = 0;                                            // this report's rank (see KnownPerson)
  PeopleLookups* record = nullptr;  // with `known`: where to note what it was asked
  // Adds (or, with `replace`, sets) an alias. The words are taken by value,
  // to be moved in by a caller that built them.
  void alias(std::vector<std::string> words, const std::string& key, bool replace) {
    if (words.empty()) return;
    longest_alias = std::max(longest_alias, words.size());
    first_words.insert(word_hash(words.front()));
    auto& same_hash = aliases[name_hash(words)];
    auto it = std::find_if(same_hash.begin(), same_hash.end(), [&](const Alias& a) { return a.words == words; });
    if (it == same_hash.end()) same_hash.push_back({std::move(words), key});
    else if (replace) it->key = key;
  }
  // The entity key `words` (hash = name_hash(words)) is an alias of, if any.
  const std::string* find_alias(const std::vector<std::string_view>& words, std::uint64_t hash) const {
    auto it = aliases.find(hash);
    if (it == aliases.end()) return nullptr;
    for (const auto& a : it->second)
      if (std::equal(a.words.begin(), a.words.end(), words.begin(), words.end())) return &a.key;
    return nullptr;
  }
  // False when no alias starts with the word of this word_hash().
  bool starts_alias(std::uint64_t word_hash) const { return first_words.count(word_hash) > 0; }
  std::unordered_set<std::uint64_t> first_words;
};

// The entities of one report, by key.
using EntityTable = std::map<std::string, Entity>;

// What using a gazetteer entry in a report amounts to, worked out once
// when the resources load: the entity (its references already given as
// their keys), the entries it refers to (used first), and for a person the
// words that name them alone in the rest of the report ("Barrack", "von
// der Leyen", "Xi"; empty when the name has one word).
struct EntryTemplate {
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};
  Entity entity;
  std::vector<std::uint32_t> refers_to;
  std::vector<std::string> surname;
  std::uint32_t nationality = kNone;  // a person's state (people.tsv), as an entry index
};
std::vector<EntryTemplate> entry_templates(const Gazetteer& gazetteer, const RuleSet& rules);

class Chunker {
 public:
  // A `learning` chunker keeps of each gazetteer entity only its key, type
  // and parent: all that the learning pass reads of its scratch table.
  Chunker(const Gazetteer& gazetteer, const std::vector<EntryTemplate>& templates, const RuleSet& rules,
          DocumentContext& context, EntityTable& entities, std::optional<Date> report_date, bool learning = false)
      : gaz_(gazetteer), templates_(templates), rules_(rules), ctx_(context), entities_(entities),
        report_date_(report_date), learning_(learning) {}

  // The mention stage: reads the sentence's tokens and times, writes its
  // mentions and chunks.
  void chunk(std::string_view text, AnnotatedSentence& sentence);
  // Only what teaches the context (names, acronyms, people by title): the
  // first steps of chunk(), for a first pass over a report.
  void learn(std::string_view text, const std::vector<Token>& tokens, const std::vector<TimeExpr>& times);

  // The entity for a gazetteer entry, registered with everything it refers to.
  // The key it returns lives as long as the chunker's gazetteer or entity table.
  const std::string& use_entry(std::uint32_t index);

  // The key of the state a person belongs to (person_state() below), for a
  // reader that only asks: the state is not added to the report's entities.
  std::string person_state_key(const std::string& key) const;

 private:
  // Into `items`, which it clears first.
  void base_items(std::string_view text, const std::vector<Token>& tokens, const std::vector<TimeExpr>& times,
                  std::vector<Item>& items);
  void acronyms(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens);
  void people(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens);
  // Bodies no list holds, by their head word: "the Stability Support
  // Apparatus", "the 444th Brigade", "UN Support Mission in Libya",
  // "Libyan Presidential Council" (part of Libya).
  void bodies(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens);
  // One body no name is given for, described where it speaks or acts: "a
  // human rights group said", "The largest Tamil rebel group rejected",
  // "..., said an opposition coalition" (a group of one body, labelled by
  // its description; not in an object, nor after a preposition).
  void described_groups(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens);
  // A state's government or legislature named with the words that say which
  // one it is now: "Sudan's transitional government", "Spain's Socialist
  // cabinet", "the Peruvian caretaker government" (the state's own body,
  // the name as written one of its labels).
  void described_state_bodies(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens);
  // Bodies named in lower case after their state or body, with the words
  // that say which: "Kosovo's security council", "the UN human rights
  // office" (part of Kosovo, of the UN).
  void owned_bodies(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens);
  // One mention over items [from, to) of a gazetteer entry named otherwise
  // than its list does: `written` becomes one of its labels.
  void mention_entry(std::vector<Item>& items, std::size_t from, std::size_t to, const GazetteerEntry& own,
                     std::string written);
  // A state's body named by a possessive the gazetteer does not list: a
  // person's government ("Maduro's government": their state's), a state's
  // forces ("Pakistan's army").
  void possessed_bodies(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens);
  // "the country's foreign ministry", "the nation's army", "the country's
  // president": before a possessive, "the country" is the one state in view
  // (named before it in the sentence, else in the paragraph so far, else in
  // the paragraph before; none when two are), for the steps after to give
  // its body, forces or official as they do after "Egypt's".
  // release_owners() puts the words back where no body took the state in:
  // "the country's economy" names no actor.
  void in_view_owners(std::vector<Item>& items);
  void release_owners(std::vector<Item>& items);
  // Whether the item that starts at token `tb` is such a state, whose words
  // name none of its bodies.
  bool owner_in_view(std::size_t tb) const;
  // People no list holds, by an apposition that gives their role ("Basem
  // Naim, a senior Hamas official,"; "the head of the council, Mohamed
  // al-Menfi,") or a speech verb after a name ("Xue Jian said").
  void appositions(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens);
  // Media and companies no list holds, by what the text says of them: "the
  // Dawn reported", "told the Telegraph", "the ANF news agency",
  // "agricultural bank Rosselkhozbank", "the airline Ryanair".
  void outlets(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens);
  void groups(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens);
  // The state or listed place after the group noun at items[i] and a word
  // of the class `where` ("in", "throughout") that names the group: its
  // item, or 0 when none.
  std::size_t group_place(const std::vector<Item>& items, const std::vector<Token>& tokens, std::size_t i,
                          int where) const;
  // "activists from the Fatah Party": the named organization after the
  // noun for people at items[i] and "from", whose members they are; 0 if none.
  std::size_t member_of(const std::vector<Item>& items, std::size_t i) const;
  // "Militants loyal to Abu Musab al-Zarqawi attacked": the last item of the
  // actor named after the noun for people at items[i] and "loyal to" (LOYAL),
  // whose loyalists they are; 0 if none.
  std::size_t loyal_patron(const std::vector<Item>& items, const std::vector<Token>& tokens, std::size_t i) const;
  void places(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens);
  // "Russian negotiators", "the U.S. and Russian delegations": those a state
  // sends (ENVOYS) after its adjective or name speak for it, as after its
  // possessive; several states joined by "and" or commas are one list.
  void envoy_states(std::vector<Item>& items);
  // "Hungarian and Romanian officials", "French and Egyptian warships": the
  // state bodies of every adjective, as one list.
  void shared_nouns(std::vector<Item>& items);
  // "a general strike", "a major offensive": a one-word title in lower case
  // that may be an adjective, before a lower-case noun, is that adjective
  // (a plain word): a title names someone, by a name or a capital.
  void untitled(std::vector<Item>& items, const std::vector<Token>& tokens) const;
  // "Syrian regime forces", "Georgian security forces": the state's forces.
  void state_forces(std::vector<Item>& items, std::string_view text, const std::vector<Token>& tokens);
  void lists(std::vector<Item>& items, const std::vector<Token>& tokens);
  // "Russian missile strikes on Ukrainian energy facilities", "a
  // Malian-Russian offensive": a state's adjective that owns an event noun,
  // or follows the noun's target preposition, carries its state as key.
  void event_owners(std::vector<Item>& items);

  // The name at items[k]: capitalised words with particles and hyphens
  // inside; (its end, its number of words), or (k, 0) when there is none.
  std::pair<std::size_t, std::size_t> name_at(const std::vector<Item>& items, std::size_t k,
                                               const std::vector<Token>& tokens, std::size_t max_words = 6) const;
  // "General Assembly", "Northern State", "Presidential Council": a name
  // with a body's head word, a place's suffix or a direction is nobody's.
  // "Sofia Sapega": a one-word place at items[k] before a name word may be a
  // first name (read so only where a person is expected).
  bool first_name_place(const std::vector<Item>& items, std::size_t k) const;
  bool names_no_person(const std::vector<Item>& items, std::size_t k, std::size_t end,
                       const std::vector<Token>& tokens) const;
  // A person named by items[k, name_end), with an affiliation (its state
  // goes in the key); the surname becomes an alias. The key.
  const std::string& mint_person(const std::vector<Item>& items, std::size_t k, std::size_t name_end, std::size_t words,
                                 const std::string& affiliation, std::string_view text, const std::vector<Token>& tokens);
  // The first item of the title at items[t] as the report wrote it, at
  // `floor` or after: nouns and adjectives before the title that narrow
  // it ("junta leader", "army chief", "presidential aide", "Southern
  // Theater Commander"); t when there are none.
  bool narrows_title(const Item& word, bool title_upper, const std::vector<Token>& tokens) const;
  // A lower-case word that says which body a head names: "security",
  // "human", "rights" (a plural noun too, which narrows_title() leaves to verbs).
  bool says_which_body(const Item& word, const std::vector<Token>& tokens) const;
  // The state whose side a title at items[title] leads: "Islamabad's
  // delegation, led by", "Pakistan, led by" (LED); "" when none.
  std::string led_state(const std::vector<Item>& items, std::size_t title) const;
  // The states items name (by name, metonym or adjective); the one state
  // of the sentence, else of the paragraph so far, else (`report_too`) of
  // the report so far, or "" when none or two or more compete there.
  std::set<std::string> states_in(const std::vector<Item>& items, std::size_t end = SIZE_MAX) const;
  std::string clear_state(const std::vector<Item>& items, bool report_too = true) const;
  // Notes the states of each sentence, and the one body of a state it
  // names (none when it names two), for recent_state_body(): the body of
  // `state` the paragraph or the one before named last, or "".
  void note_state_bodies(const std::vector<Item>& items);
  std::string recent_state_body(const std::string& state) const;
  // A lower-case adjective ("new", "powerful") between a body and its title.
  bool plain_adjective(const Item& word, const std::vector<Token>& tokens) const;
  std::size_t title_modifiers(const std::vector<Item>& items, std::size_t t, std::size_t floor,
                              const std::vector<Token>& tokens) const;
  // The title as written, tokens from `tb` to the end of the title item
  // lower-cased, after `former` ("ex-", "former ") and before `tail` (" for
  // Libya"); "" when it is the canonical `title`. A title read through a
  // slip of the pen is written as the gazetteer spells it.
  std::string written_title(std::string_view former, std::string_view text, const std::vector<Token>& tokens,
                            std::size_t tb, const Item& title_item, std::string_view tail,
                            const std::string& title) const;
  // The key of the state a person belongs to: their nationality in the
  // gazetteer, else the state a minted key carries ("person/cn/xue-jian");
  // "" when unknown.
  std::string person_state(const std::string& key);
  // The one organisation of the report whose name ends in this word ("the
  // council" after "the Presidential Council", "Commission President" after
  // "the European Commission"); "" when none or several.
  std::string body_by_head(const Item& word) const;
  // Always inlined: the chunker's steps ask it some 1.4M times on the 1 MB
  // corpus, and the call cost more than the bit test (GCC left it out of
  // line in the long steps: groups, places, bodies; 25M instructions -> 0).
  [[gnu::always_inline]] bool in(const Item& item, int word_class) const {
    return (item.kind == Item::Kind::Word || item.kind == Item::Kind::Punct) && rules_.lexicon.in(item.word, word_class);
  }
  // The word classes a step needs before it scans the items ("Council",
  // "office", "protesters", "group"...), a bit each: note_gates() sets in
  // gates_ those of the sentence's tokens. A step none of whose classes the
  // sentence holds returns at once, since every word or punctuation item
  // carries its token's word.
  enum Gate : std::uint16_t {
    kOrgHead = 1, kCompanySuffix = 2, kLowerHead = 4, kOwnedBodyHead = 8,
    kGroupNoun = 16, kCrowdNoun = 32, kEthnic = 64, kReferOrg = 128,
    kPlaceSuffix = 256, kPlaceHead = 512, kReferGovernment = 1024, kReferState = 2048,
  };
  void note_gates(const std::vector<Token>& tokens);
  // The lower-case ISO code of the state an entity belongs to ("state/RU",
  // or an organization part of it, or its armed force): "ru"; "" if none.
  std::string state_code(const std::string& key) const;
  // A capitalised word that is no stop word nor month. The test of kind and
  // case, which turns most items away, is inline: appositions() alone asks
  // 173,000 times on the 1 MB corpus (is_name_word 4.1M -> 1.8M instructions;
  // Chunker::chunk and learn 0.5M fewer).
  bool is_name_word(const Item& item) const {
    return item.kind == Item::Kind::Word && item.upper && capital_is_name(item);
  }
  bool capital_is_name(const Item& item) const;  // is_name_word() for a capitalised word
  // The end of "of" and the capitalised words after it that end a body's
  // name ("of Teachers", "of African Jurists": an adjective of a state or
  // people among them before a name word), from `of`; 0 when `of` opens none.
  std::size_t name_after_of(const std::vector<Item>& items, std::size_t of) const;
  // The key, as the table holds it. By rvalue reference: every caller hands
  // over an entity it built, which a by-value parameter moved once more.
  const std::string& add_entity(Entity&& entity);
  // Member nouns and appositions that belong to the entity before them.
  void members(std::vector<Item>& items);
  // "killed eight top al-Qaeda leaders", "at least 40 Ukrainian soldiers":
  // the count and the rank words before a body's members are part of their
  // mention, the count its quantity. Returns the index of the first body
  // it looked at (one mention of an organization or a force, not a
  // place), items.size() when there is none: units_of() starts there.
  std::size_t counted_members(std::vector<Item>& items, const std::vector<Token>& tokens);
  // The first item of the count whose number is items[number], with the
  // words that qualify it: "more than 1,000", "at least 40", "up to 500",
  // "about 200"; `number` itself when none does.
  std::size_t count_start(const std::vector<Item>& items, std::size_t number) const;
  // "the elite unit of the General Intelligence Service", "a naval wing of
  // the Houthis": a part of a body (BODY_PART) before "of" and the body is
  // the body's mention; it acts through that part. The bodies from
  // items[from] on (counted_members() leaves none before it).
  void units_of(std::vector<Item>& items, const std::vector<Token>& tokens, std::size_t from);
  // "the Hamas militant group", "the al-Qaeda terror network": words that
  // say what kind of body an organization is, after its name, are its name.
  void kind_of_body(std::vector<Item>& items, const std::vector<Token>& tokens);
  // "told AFP", "according to AFP", "AFP reported": a listed name that is
  // also a media outlet's names the outlet where the text speaks of reporting.
  void outlet_senses(std::vector<Item>& items, const std::vector<Token>& tokens);

  const Gazetteer& gaz_;
  const std::vector<EntryTemplate>& templates_;
  const RuleSet& rules_;
  DocumentContext& ctx_;
  EntityTable& entities_;
  std::optional<Date> report_date_;
  struct StateBody {
    std::string body;
    std::size_t paragraph = 0;
  };
  std::unordered_map<std::string, StateBody> recent_state_body_;  // by state key
  std::size_t paragraph_ = 0;  // of the sentence being chunked
  // Named before this sentence: two at most, which say "several" (note_state_bodies()).
  std::set<std::string> paragraph_states_, report_states_;
  std::set<std::string> previous_paragraph_states_;  // the paragraph before's, as it ended
  // "the country" / "the nation" that in_view_owners() made the state in
  // view before a possessive, as the words were: put back where no body
  // took the state in (release_owners()).
  std::vector<Item> owner_words_;
  bool learning_;
  // By gazetteer entry: its entity is in entities_. Bits, not bytes: each
  // chunker clears one per entry of the gazetteer (3M instructions of
  // memset a run on the 1 MB corpus as bytes).
  std::vector<bool> in_table_;
  std::unordered_map<std::string, std::uint32_t> nationality_;  // person key -> state entry, as they are used
  // people() -> appositions(), in one sentence: by the first token of an
  // official's mention ("the Chinese consul general"), the title as written.
  std::map<std::size_t, std::string> official_written_;
  std::unordered_set<std::string> named_;  // outlet_senses(): the keys of the report's mentions so far
  std::uint16_t gates_ = 0xffff;  // note_gates(): the Gate bits of the sentence being chunked
  std::vector<std::uint16_t> gate_of_class_;  // note_gates(): by class id, its Gate bit (0 for most)
  std::vector<std::string_view> words_;  // base_items(): the words of a name being looked up
  GazetteerMatch match_;                 // base_items(): the gazetteer's match at a token
  GazetteerMatch match_after_article_;   // base_items(): the match after a "the" that starts one
  std::vector<Item> learnt_items_;       // learn(): the items of the sentence being read
};

bool is_actor_type(EntityType type);

}  // namespace sg::extract
