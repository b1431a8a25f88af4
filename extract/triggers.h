// triggers.h — the trigger lexicon: words that name an event (inside extract/).
//
// ontologies/rules/triggers.tsv (docs/triggers.md) lists, for every event
// type, the verbs and event nouns that name it, with their CAMEO codes,
// how the target follows them, and when a word of several senses has
// which; light verbs that take an event noun ("launched an attack"); and
// guards, phrases that look like triggers and are not ("take part"). The
// lexicon rules (`lexicon EVENT` in a rule file) read clauses with it.
//
// Load -> validate -> compile: read_triggers() parses the file, checks
// every row against the event types, and indexes each word form by its
// word id. Immutable once loaded; shared by threads.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract.h"
#include "tokenizer.h"
#include "vocabulary.h"

namespace sg::extract {

class Morphology;

struct Trigger {
  enum class Pos : std::uint8_t { Verb, Noun, Adjective, Light };
  Pos pos = Pos::Verb;
  std::string lemma;                     // "crack down"
  std::string event;                     // "ASSAULT"; "" for a light verb; "NONE" for a guard
  std::string cameo;
  // How the target follows: empty = the direct object; else prepositions.
  std::vector<std::string> target_after;
  bool no_target = false;                // "none"
  std::vector<std::uint32_t> rest;       // word ids of the lemma's words after the first
  std::uint32_t rest_plural = 0;         // nouns of several words: the last word's plural ("joint exercises")
  // The row's cue ("when"), empty for a word's default sense.
  struct Cue {
    enum class Kind : std::uint8_t {
      ObjectPlace, ObjectActor, ObjectInstitution, ObjectWords, After, SubjectPerson, SubjectForce, SubjectSeveral,
      SubjectWords
    };
    Kind kind = Kind::ObjectPlace;
    std::vector<std::uint32_t> words;    // ObjectWords, After, SubjectWords
  };
  std::vector<Cue> when;
  std::string file;
  int line = 0;
};

class TriggerLexicon {
 public:
  // A word form that can start a trigger: the entry and the form it has.
  struct Form {
    std::uint32_t entry = 0;
    VerbForm form = VerbForm::Other;  // verbs; nouns: Other (singular) or Base for... unused
    bool plural = false;              // nouns
  };
  const std::vector<Trigger>& entries() const { return entries_; }
  // The triggers a word (by id) may start; empty when none.
  const std::vector<Form>& starting(std::uint32_t word) const {
    static const std::vector<Form> none;
    return word < by_word_.size() ? by_word_[word] : none;
  }
  bool empty() const { return entries_.empty(); }
  // Whether a word (by id) starts a guard phrase of several words ("take part").
  bool starts_guard(std::uint32_t word) const { return word < guard_starts_.size() && guard_starts_[word]; }
  // Whether a word (by id) starts an event noun of some type ("sanctions",
  // "hunger strike"), not a guard's.
  bool starts_event_noun(std::uint32_t word) const {
    for (const auto& f : starting(word)) {
      const Trigger& t = entries_[f.entry];
      if (t.pos == Trigger::Pos::Noun && !t.event.empty() && t.event != "NONE") return true;
    }
    return false;
  }

  // Reads triggers.tsv. `event_types` are the vocabulary's; the verbs'
  // forms come from `morphology` (irregulars: "struck", "fought"), else the
  // regular rules; `vocabulary` gets every word form. Errors name
  // file:line:column.
  bool read(const std::string& path, const std::vector<std::string>& event_types, const Morphology* morphology,
            Vocabulary& vocabulary, std::vector<Diagnostic>& diagnostics);

 private:
  std::vector<Trigger> entries_;
  // By word id, as far as the last id a trigger starts with (the lexicon
  // rules ask at every word of a clause: a hash look-up cost more).
  std::vector<std::vector<Form>> by_word_;
  std::vector<bool> guard_starts_;
};

// The plural of an English noun: "attack" -> "attacks", "ally" -> "allies",
// "embargo" -> "embargoes"; "talks", "sanctions" stay.
std::string plural_of(const std::string& noun);

}  // namespace sg::extract
