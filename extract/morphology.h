// morphology.h — English word forms and their lemmas, from WordNet's tables
// (inside extract/).
//
// A Morphology reads two tables that scripts/gen-wordnet.py generates from
// WordNet 3.0 into ontologies/rules: wordnet-lemmas.tsv (every lemma with its
// word classes and, per class, how many of its senses WordNet's tagged texts
// used: a frequency hint) and wordnet-irregular.tsv (the forms WordNet's
// exception lists hold: "began" -> begin, past; "children" -> child, plural;
// "bed" -> bed, base, which keeps "bed" from being read as a past of "be").
//
// analyze() gives every reading of a folded word: its irregular readings,
// the word itself when it is a lemma, and what WordNet's "morphy"
// detachment rules make of it when the stem is a lemma of that class —
//   nouns       -s -ses -xes -zes -ches -shes -men -ies   (plural)
//   verbs       -s -ies -es (third person), -ed (past and participle),
//               -ing (gerund), with a final e restored and, when nothing
//               else fits, a doubled consonant undone (cutting -> cut)
//   adjectives  -er -est, with a final e restored
// A form in the exception lists for a class gets no rule readings in that
// class, as in morphy. Readings come weightiest first.
//
// verb_forms() goes the other way: base, -s, past, participle and -ing of a
// verb, irregular forms from the table; a final consonant is doubled
// (admit -> admitted) when the table's forms of the verb show it, and, for
// a verb the table has no such forms of, when it is one syllable ending in
// consonant-vowel-consonant (blog -> blogged; not visit, show, fix).
//
// Thread safety: immutable once load() has returned; any number of threads
// may then call the const members at once.
//
// Cost: load() reads about 1 MB and builds two open-addressing hash tables
// (a few ms). analyze() hashes the word and at most a dozen stems, built on
// the stack; it keeps what it found for the calling thread (a few MB at
// most), so that a form asked again costs one hash lookup and a copy.
//
// Lifetime: the lemma views analyze() returns point into this object's
// storage, valid until it is destroyed, assigned to or loaded again.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract.h"
#include "tokenizer.h"

namespace sg::extract {

enum class WordClass : std::uint8_t { Noun, Verb, Adjective, Adverb };

// How a word form is inflected from its lemma. Base is a singular noun, a
// verb's base form ("take", also "am" and "are"), a plain adjective or
// adverb.
enum class WordForm : std::uint8_t { Base, Plural, ThirdPerson, Past, Participle, Gerund, Comparative, Superlative };

// "noun", "verb", "adjective", "adverb" (wordnet-irregular.tsv writes WordNet's letters n v a r).
std::string_view to_string(WordClass c);
// "base", "plural", "third", "past", "participle", "gerund", "comparative",
// "superlative": the words wordnet-irregular.tsv uses.
std::string_view to_string(WordForm f);

struct WordReading {
  std::string_view lemma;
  WordClass word_class = WordClass::Noun;
  WordForm form = WordForm::Base;
  // The lemma's tagged senses in this class (wordnet-lemmas.tsv): 0 for a
  // rare word, 36 for "take" as a verb.
  std::uint16_t weight = 0;
};

struct VerbForms {
  std::string base, third, past, participle, gerund;
  // Further spellings WordNet lists: "were" (past of be), "borne", "bade";
  // the base's are "am" and "are".
  std::vector<std::pair<WordForm, std::string>> variants;
};

class Morphology {
 public:
  // The files, in `rules_dir`.
  static constexpr std::string_view kLemmaFile = "wordnet-lemmas.tsv";
  static constexpr std::string_view kIrregularFile = "wordnet-irregular.tsv";

  // Reads both files. A missing or unreadable file, a malformed row, an
  // irregular form of a lemma the lemma table does not hold in that class
  // are errors naming file:line:column. Returns false after an error, and
  // leaves the Morphology empty.
  bool load(const std::string& rules_dir, std::vector<Diagnostic>& out);

  // Every reading of `word` (folded: lower case), weightiest first; ties
  // go noun, verb, adjective, adverb, then by form, then by lemma. `out` is
  // cleared first; an unknown word gets none.
  void analyze(std::string_view word, std::vector<WordReading>& out) const;

  // The token layer's analysis: each word token's lemma (of its weightiest
  // reading) and the classes of all its readings (Token::lemma, classes).
  // What it finds for a word form is kept for the calling thread, by this
  // Morphology's serial (below): reports repeat their words, and analyze()
  // probes up to a dozen stems a word.
  void annotate(std::vector<Token>& tokens) const;

  // The forms of a verb lemma; nullopt when the table has no such verb.
  std::optional<VerbForms> verb_forms(std::string_view lemma) const;

  // Whether `lemma` is a lemma of class `c`, and its weight there.
  bool is(std::string_view lemma, WordClass c) const { return weight(lemma, c).has_value(); }
  std::optional<std::uint16_t> weight(std::string_view lemma, WordClass c) const;

  std::size_t lemma_count() const { return lemmas_.size(); }
  std::size_t irregular_count() const { return irregulars_.size(); }

 private:
  // A number no other Morphology had or will have in this process, new with
  // every construction, copy, move and load(): what annotate() keeps for a
  // thread is valid while the serial it was kept under is this one.
  struct Serial {
    std::uint64_t value = next();
    Serial() = default;
    Serial(const Serial&) : value(next()) {}
    Serial& operator=(const Serial&) {
      value = next();
      return *this;
    }
    static std::uint64_t next();
  };
  Serial serial_;

  static constexpr std::uint16_t kAbsent = 0xFFFF;
  static constexpr std::uint32_t kNone = 0xFFFFFFFF;
  struct Lemma {
    std::uint32_t offset = 0;  // into text_
    std::uint16_t length = 0;
    std::uint16_t weight[4] = {kAbsent, kAbsent, kAbsent, kAbsent};  // by WordClass
  };
  struct Irregular {
    std::uint32_t lemma = kNone;  // index into lemmas_; kNone: blocks rules only
    std::uint32_t form_index = 0;  // into forms_
    WordClass word_class = WordClass::Noun;
    WordForm form = WordForm::Base;
  };
  // A form of the exception lists with its readings irregulars_[first, first + count).
  struct Form {
    std::uint32_t offset = 0;  // into text_
    std::uint16_t length = 0;
    std::uint8_t blocks = 0;  // bit per WordClass: no suffix rules there
    std::uint32_t first = 0, count = 0;
  };

  std::string_view text_at(std::uint32_t offset, std::uint16_t length) const {
    return {text_.data() + offset, length};
  }
  const Lemma* find_lemma(std::string_view word, std::uint64_t hash) const;
  const Lemma* find_lemma(std::string_view word) const { return find_lemma(word, hash_of(word)); }
  const Form* find_form(std::string_view word, std::uint64_t hash) const;
  static std::uint64_t hash_of(std::string_view word);
  void add(std::vector<WordReading>& out, std::uint32_t lemma, WordClass c, WordForm f) const;
  // analyze() without the thread's kept readings: `out` is empty, `hash`
  // the word's word_hash().
  void find_readings(std::string_view word, std::uint64_t hash, std::vector<WordReading>& out) const;
  // Rule readings of `word` as `form` in class `c`: `word` less `suffix`
  // plus `ending`, when that is a lemma of `c`. True when it was.
  bool detach(std::string_view word, std::string_view suffix, std::string_view ending, WordClass c, WordForm form,
              std::vector<WordReading>& out) const;

  std::vector<char> text_;  // both files' bytes; lemmas and forms point in
  std::vector<Lemma> lemmas_;
  std::vector<std::uint64_t> lemma_slots_;  // hash high bits << 32 | index + 1; 0 = empty
  std::vector<Irregular> irregulars_;       // grouped by form
  std::vector<Form> forms_;
  std::vector<std::uint64_t> form_slots_;
  // (verb lemma, index into irregulars_), sorted, for verb_forms().
  std::vector<std::pair<std::uint32_t, std::uint32_t>> verb_irregulars_;
};

}  // namespace sg::extract
