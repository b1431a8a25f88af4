// rules.h — the rule language: word classes, patterns, rules and frames
// (inside extract/). The language is documented for rule authors in
// docs/rules.md.
//
// Load -> validate -> compile: load_rules() parses lexicon.txt and every
// *.rules file of a directory into a RuleSet; every error names
// file:line:column. A RuleSet is immutable and may be shared by threads.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract.h"
#include "morphology.h"
#include "triggers.h"
#include "vocabulary.h"

namespace sg::extract {


struct WordSense {
  std::uint16_t word_class = 0;
  VerbForm form = VerbForm::Other;
};

// Word classes: "SAY = ~state ~say/said/said ~claim", "NEG = not n't never no".
// Words are kept by their id in the vocabulary the lexicon shares with the
// gazetteer (vocabulary.h), so that the hot path asks by id.
class Lexicon {
 public:
  Lexicon();
  // Uses `vocabulary` for its words from now on (call before parse_line).
  void share(std::shared_ptr<Vocabulary> vocabulary) { vocabulary_ = std::move(vocabulary); }
  // Takes verbs' irregular forms from `morphology` (call before parse_line).
  void use(const Morphology* morphology) { morphology_ = morphology; }
  const Morphology* morphology() const { return morphology_; }
  Vocabulary& vocabulary() { return *vocabulary_; }
  const Vocabulary& vocabulary() const { return *vocabulary_; }
  const std::shared_ptr<Vocabulary>& shared_vocabulary() const { return vocabulary_; }

  // Class id by name, or -1.
  int find(const std::string& name) const;
  const std::string& name(int id) const { return names_[id]; }
  std::size_t size() const { return names_.size(); }
  // The classes a folded word belongs to (empty when none), by text or by id.
  const std::vector<WordSense>& senses(const std::string& word) const;
  const std::vector<WordSense>& senses(std::uint32_t word) const {
    return word < senses_.size() ? senses_[word] : none_;
  }
  bool in(const std::string& word, int word_class) const;
  // One bit a class for each word: the chunker and the matcher ask this at
  // nearly every item, and a loop over senses missed the cache.
  bool in(std::uint32_t word, int word_class) const {
    if (word_class < 0) return false;
    std::size_t at = word * stride_ + static_cast<std::size_t>(word_class) / 64;
    return at < member_.size() && (member_[at] >> (word_class % 64) & 1) != 0;
  }
  std::vector<std::string> words_of(int word_class) const;  // sorted
  // words_of() of every class, by class id, in one pass over the words
  // (load_rules indexes every class: one pass a class cost 63M instructions).
  std::vector<std::vector<std::string>> words_by_class() const;
  // The same as word ids, each class's in id order.
  std::vector<std::vector<std::uint32_t>> ids_by_class() const;
  // The number a word stands for when the lexicon gives one ("one=1").
  std::optional<long long> value(std::uint32_t word) const {
    auto it = values_.find(word);
    if (it == values_.end()) return std::nullopt;
    return it->second;
  }

  bool parse_line(const std::string& file, int line, const std::string& text, std::vector<Diagnostic>& out);

 private:
  std::vector<std::string> names_;
  std::unordered_map<std::string, int> ids_;
  std::shared_ptr<Vocabulary> vocabulary_;
  std::vector<std::vector<WordSense>> senses_;  // by word id
  std::vector<WordSense> none_;
  std::unordered_map<std::uint32_t, long long> values_;  // by word id
  const Morphology* morphology_ = nullptr;
  // in()'s bits: word w is in class c when bit c % 64 of
  // member_[w * stride_ + c / 64] is set (stride_: words of 64 classes).
  std::vector<std::uint64_t> member_;
  std::size_t stride_ = 1;
  void add_sense(std::uint32_t word, WordSense sense);
};

// Regular inflections of an English verb: base, -s, -ed, -ed, -ing; the
// past form may be given for irregular verbs ("say/said").
struct Inflection {
  std::string base, third, past, participle, gerund;
};
Inflection inflect(const std::string& lemma, const std::string& past, const std::string& participle);

// The forms of a verb written ~lemma, ~lemma/past or ~lemma/past/participle
// (`parts` split at '/'): given forms win; else WordNet's, through
// `morphology` when given ("~begin": began, begun); else the regular rules.
std::vector<std::pair<std::string, VerbForm>> verb_forms(const Morphology* morphology,
                                                         const std::vector<std::string_view>& parts);

// Policies of the engine that a rule file may turn on or off, each named
// (docs/rules.md, "Options"). A `defaults` block sets them for the rules
// after it in its file; a rule's own key overrides them.
struct RuleOptions {
  // "finalize US support": a bare base form after one actor, with no
  // auxiliary, modal or "to" before it, is a noun, not a verb.
  bool base_form_is_noun = true;
  // "Several states condemned the strike, including France and Spain": an
  // unnamed group's named members are the actors.
  bool named_members = true;
  // What an event inside this rule's topic is: "agreed to hold an
  // exercise" (planned), "called on Russia to withdraw" (hypothetical).
  Modality content_modality = Modality::Hypothetical;
  // What this rule's own event is when its verb group says nothing: "pledged
  // $1 billion in aid" is aid to come (planned); none by default.
  Modality act_modality = Modality::None;
  // "Putin met Xi", "talks with Erdogan": everyone who meets is an actor.
  bool targets_act = false;
  // "demanded that Hamas renounce ...": the subject of a that-clause after
  // the verb is the target (lexicon rules).
  bool that_target = false;
  // "condemned Russia's attack on Kyiv": an event named by a noun in this
  // rule's topic happened (a factive verb); others take content-modality.
  bool presupposes = false;
  // "claimed responsibility for the attack on January 4": the verb claims
  // an act already done, so a day after the act's noun is the claim's, not
  // the act's; only one before it ("claimed the January 3 attack") dates
  // the act, else its day is unknown.
  bool claimed_act = false;
};

// A compiled pattern is a tree of nodes.
struct PatternNode {
  enum class Kind : std::uint8_t {
    Word,      // a literal folded word or punctuation: to, with, ",", 's
    Class,     // $SAY
    Lemma,     // ~reject: every form of the verb
    Entity,    // @Actor, @State, @Place, ...
    Date,      // @Date
    Number,    // @Number
    VerbGroup, // VG: auxiliaries, modals, negation, adverbs, dates
    Neg,       // NEG: a negation that belongs to the meaning of the rule
    Rest,      // REST: the rest of the clause
    Content,   // CONTENT: where a frame's reported content is
    Gap,       // ...: up to 8 items
    Sequence,
    Alternation,
  };
  Kind kind = Kind::Sequence;
  std::string word;          // Word
  std::uint32_t word_id = 0; // Word: its id in the lexicon's vocabulary
  int word_class = -1;       // Class
  // Lemma: the ids of the verb's forms and, index for index, which form each is.
  std::vector<std::uint32_t> form_ids;
  std::vector<VerbForm> forms;
  // Entity: what @Actor, @State, @Place, ... asks for, decoded when the
  // rule is parsed (matching compares this at every item a rule tries).
  enum class Fits : std::uint8_t { Actor, State, Organization, Place, Type };
  Fits fits = Fits::Actor;
  EntityType fits_type = EntityType::State;  // Fits::Type: the one type
  std::string capture;       // "actor", "target", ... or empty
  char quantifier = 0;       // 0, '?', '*', '+'
  std::vector<PatternNode> children;
  int column = 0;
};

struct Rule {
  enum class Kind : std::uint8_t { Event, Frame };
  Kind kind = Kind::Event;
  std::string id;
  std::string event_type;   // events
  PatternNode pattern;
  PatternNode content_tail;        // content-first frames: the pattern after CONTENT
  bool keep_future = false;        // "will not discuss" is a stance, not a plan
  bool keep_hypothetical = false;  // "would strike Iran if ..." is a threat made now
  bool places_in_match = false;    // "struck depots near X and in Y": X and Y are locations
  bool content_first = false;      // frames: CONTENT before the match
  bool negates = false;            // frames: the speaker denies the content ("denied that ...")
  // Frames: the event a content "X must ..." makes of the speaker's words
  // ("said that China must drop its barriers": REQUEST, target China).
  std::string obligation_event;
  // Frames: the type of the speaker's own act ("denied that ...": REJECT);
  // empty for a STATEMENT.
  std::string act;
  // A lexicon rule ("lexicon ASSAULT"): no pattern; it reads clauses whose
  // verb (or light verb and event noun) the trigger lexicon lists under
  // its event type (lexical.h).
  bool lexicon = false;
  RuleOptions options;             // the engine's policies, as the rule files set them
  std::string file;
  int line = 0;
  std::size_t order = 0;
  // Words of which at least one must occur in a sentence for the rule to
  // be tried (its trigger index); empty when the rule has no literal.
  std::vector<std::string> anchors;
  // What every match holds at or after its start (indices into
  // RuleSet::requirements), one for each element of the pattern that cannot
  // be left out: a literal, a ~lemma, a $CLASS, or an alternation of such.
  std::vector<std::uint32_t> requirements;
};

// An item every match of a rule holds: one of `words` or a word in one of
// `classes`. A rule is tried only where each of its requirements has an
// item at or after the start (matcher.h, latest_start), so that
// "sanction.add-to-list", anchored on "to" and "on", is not tried in every
// sentence that has a "to" but no "list".
struct Requirement {
  std::vector<std::uint32_t> words;  // sorted
  std::vector<int> classes;          // sorted
  bool operator==(const Requirement& o) const { return words == o.words && classes == o.classes; }
};

struct RuleSet {
  Lexicon lexicon;
  Morphology morphology;    // wordnet-*.tsv, when the directory has them
  TriggerLexicon triggers;  // triggers.tsv, when the directory has one
  // The lexicon rule of each event type (index into events), when there is one.
  std::unordered_map<std::string, std::uint32_t> lexicon_rules;
  // The event types rules may make: the concepts of sg:EventTypes in the
  // vocabulary (stancegraph.ttl), read when the rules load.
  std::vector<std::string> event_types;
  std::vector<Rule> events;
  std::vector<Rule> frames;
  // anchor word id -> rules (indices into events / frames) that need it
  std::vector<std::vector<std::uint32_t>> event_index, frame_index;
  std::vector<std::uint32_t> unanchored_events, unanchored_frames;
  // The rules' requirements, each once; and the requirements each word meets:
  // those of word id w are requirement_list[requirement_at[w] ..
  // requirement_at[w + 1]) (words past the table's end meet none).
  std::vector<Requirement> requirements;
  std::vector<std::uint32_t> requirement_at, requirement_list;
  std::unordered_map<std::string, bool> abbreviations;  // folded, no final dot
  // renamed-acts.txt: an event noun's lemma -> the lemmas of the verbs that
  // tell the act it names again ("launch" -> fire, test-fire, launch), in
  // the file's order.
  std::vector<std::pair<std::string, std::vector<std::string>>> renamed_acts;
  // What a word (by id) may be in a verb group ("has not yet", "would
  // repeatedly"): bits of VerbGroupRole, from the builtin classes AUX,
  // MODAL_FUTURE, MODAL_HYPOTHETICAL, NEG, ADVERB and NOT_ADVERB; words past
  // the table's end are in none. ClauseReader::verb_group() asked up to five
  // classes of each word it met, the word's bits for each (4.6M of its
  // 13.3M instructions on the 1 MB corpus); one byte says them all.
  enum VerbGroupRole : std::uint8_t {
    kAux = 1, kModalFuture = 2, kModalHypothetical = 4, kNeg = 8, kAdverb = 16, kNotAdverb = 32
  };
  std::vector<std::uint8_t> verb_group_roles;
  std::uint8_t verb_group_role(std::uint32_t word) const {
    return word < verb_group_roles.size() ? verb_group_roles[word] : 0;
  }
  // verb_group_role() of a word `norm` followed by the word `next`: a
  // negated "can" ("cannot accept", "can't support", "can not attend") says
  // what is not so now, an auxiliary like the "does" of "does not accept"
  // (so "Serbia cannot accept the plan" is a refusal, rule reject.will-not,
  // and "Ukraine cannot defend itself" no plan refused), not the
  // possibility of "Russia can deploy troops" (hypothetical).
  std::uint8_t verb_group_role(std::uint32_t word, std::string_view norm, std::uint32_t next) const {
    std::uint8_t role = verb_group_role(word);
    if ((role & kModalHypothetical) && norm == "can" && (verb_group_role(next) & kNeg)) role = kAux;
    return role;
  }
  // Class ids the engine itself relies on (see lexicon.txt).
  struct {
    int aux = -1, neg = -1, modal_hypothetical = -1, modal_future = -1, plan = -1, aspect = -1,
        adverb = -1, not_adverb = -1, locative = -1, direction = -1, place_suffix = -1,
        place_suffix_mod = -1, group_noun = -1, group_state = -1, group_person = -1,
        group_mod = -1, stop = -1, conditional = -1, temporal = -1, particle = -1,
        number_word = -1, determiner = -1, coordinator = -1, former = -1, preposition = -1,
        pronoun = -1, place_verb = -1, member_noun = -1,
        group_domain = -1, fail = -1, org_head = -1, force_head = -1, org_head_stop = -1, speech_verb = -1, group_origin = -1,
        actor_pronoun = -1, refer_state = -1, refer_force = -1, refer_org = -1, refer_bloc = -1, refer_government = -1, place_noun = -1, lower_head = -1, owned_body_head = -1, place_head = -1, company_suffix = -1, state_part = -1, led = -1,
        along = -1, obligation = -1, patient_light = -1,
        force_mod = -1, force_noun = -1, partitive = -1, state_noun = -1, quantifier = -1, compass = -1, place_article = -1, deny = -1, say_that = -1, medium = -1, honorific = -1,
        person_noun = -1, sponsored = -1, fighters = -1, crowd = -1, promised = -1, threatened = -1, ultimatum = -1, demand_said = -1, owner_stop = -1, fact_clause = -1, possessive_person = -1, possessive_actor = -1, org_noun = -1, media_noun = -1, reported = -1, inference = -1, route = -1, proposal_noun = -1,
        refer_pair = -1, time_phrase = -1, command = -1, permit = -1, cause_to = -1;
  } builtin;
  // Class ids read when the lexicon has them, -1 when it has not (the step
  // that needs one is then off; docs/rules.md): looked up once here, not by
  // name in every sentence (Lexicon::find hashes a new string each time).
  struct {
    int regime_kind = -1, body_noun = -1, body_rank = -1, based = -1, followers = -1, membership = -1,
        group_where = -1, group_stance = -1, crowd_noun = -1, ethnic = -1, weapon_noun = -1, relation_noun = -1,
        envoys = -1, instrument = -1, request = -1, purpose = -1, summon = -1, modifier = -1, verb_particle = -1,
        offer = -1, offered = -1, unacceptable = -1, refer_rulers = -1;
    // talks_without_deal() (pipeline.cpp): TALKS_FAILED
    int talks_failed = -1;
    // nominal() (lexical.cpp): OUTBREAK; read_verb(): PHRASE_DEGREE
    int outbreak = -1, phrase_degree = -1;
    // removal_target() (pipeline.cpp): REMOVAL
    int removal = -1;
    // counted_members(), units_of() (chunker.cpp): RANK, BODY_PART
    int rank = -1, body_part = -1;
    // place_aimed_at() (pipeline.cpp): PLACE_AIMED, PLACE_AIMED_HOME, PLACE_AIMED_AT, PLACE_APPOSITION, PLACE_PARTNER, ARRIVAL
    int place_aimed = -1, place_aimed_home = -1, place_aimed_at = -1, place_apposition = -1, place_partner = -1,
        arrival = -1;
    // wrapped_targets() (pipeline.cpp): WRAPPER
    int wrapper = -1;
    // recipients() (pipeline.cpp): GIVE, RECIPIENT_VERB, AID_NOUN, HELP, ULTIMATUM_VERB, AID_VICTIM,
    // AID_AFFECTED, RETALIATE, REJECTED_STANDING, DURATION
    int give = -1, recipient_verb = -1, aid_noun = -1, help = -1, ultimatum_verb = -1, aid_victim = -1,
        aid_affected = -1, retaliate = -1, rejected_standing = -1, duration = -1;
    // phrase_owner() (pipeline.cpp): MOVER, RULERS_ACT
    int mover = -1, rulers_act = -1;
    // loyal_patron() (chunker.cpp): LOYAL
    int loyal = -1;
    // casualties_of() (lexical.cpp): HARMED, DIED
    int harmed = -1, died = -1;
    // intent_owner(), presupposed() (lexical.cpp): INTENT_NOUN, INTENT_DECIDED, PRESUPPOSED_BY
    int intent_noun = -1, intent_decided = -1, presupposed_by = -1;
    // promised_harm(), before_the_act() (pipeline.cpp): PROMISE_VERB, AFTER_PHRASE
    int promise_verb = -1, after_phrase = -1;
    // accused_in() (pipeline.cpp): WRONGDOING, FAILED_DUTY, DUTY_VERB, LET_FESTER
    int wrongdoing = -1, failed_duty = -1, duty_verb = -1, let_fester = -1;
    // warned_in() (pipeline.cpp): CONSEQUENCE_NOUN, BEAR_HARM
    int consequence_noun = -1, bear_harm = -1;
    // share_coordinated() (clauses.cpp): SPEAKER_ACT
    int speaker_act = -1;
    // ClauseReader::read(), a text's signers (clauses.cpp): SIGNED_BY, SIGNERS_FOR
    int signed_by = -1, signers_for = -1;
  } if_defined;
};

// The event types of a vocabulary file (stancegraph.ttl): every concept
// with skos:inScheme sg:EventTypes, in the order of the file. False, with
// an error naming the file, when it cannot be read or defines none.
bool read_event_types(const std::string& path, std::vector<std::string>& types, std::vector<Diagnostic>& out);

// Where the vocabulary of a rule directory is: `dir`/stancegraph.ttl, else
// the one beside the directory (ontologies/stancegraph.ttl for
// ontologies/rules), else `fallback` if it exists; "" when there is none.
std::string vocabulary_of(const std::string& dir, const std::string& fallback = "");

// Reads `dir`/lexicon.txt, `dir`/abbreviations.txt and every `dir`/*.rules
// (in file-name order). Returns false when any error was found.
// The event types (RuleSet::event_types, unless already set) come from
// vocabulary_of(dir, vocabulary).
bool load_rules(const std::string& dir, RuleSet& rules, std::vector<Diagnostic>& diagnostics,
                const std::string& vocabulary = "");

}  // namespace sg::extract
