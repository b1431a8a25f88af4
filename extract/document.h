// document.h — the annotated document (inside extract/).
//
// A report is read in stages, each of which reads the layers below it and
// writes one of its own; no stage rewrites another's layer. In order:
//
//   paragraphs, sentences   split_paragraphs(), segment_sentences()   (segmenter.cpp)
//   tokens                  tokenize(), Vocabulary::assign_words()    (tokenizer.cpp, vocabulary.cpp)
//   times                   find_times(): dates, resolved against the report date (times.cpp)
//   mentions, chunks        Chunker: the entities the sentence names, typed, with a
//                           head word, and the chunks rules read: words, times and
//                           mentions in order (chunker.cpp)
//   references              what a pronoun stands for (clauses.cpp)
//   reading, clauses        the chunks (taken over: moved, none reads them later) with
//                           every clause's subject in front of its verb ("X rejected A
//                           and [X] accused B"), and each clause: subject, verb group
//                           (voice, polarity, modality), object, and how it is embedded
//                           (main, or the content of whose attribution) (clauses.cpp)
//   frames, assertions      the rules (pipeline.cpp, matcher.cpp)
//
// docs/architecture.md draws the stages and says where a new linguistic
// phenomenon goes. `explain` prints every layer.
//
// Offsets are byte offsets into Report::text; views into that text stay
// valid as long as the Report lives. Token ranges [tb, te) index the
// sentence's tokens; chunk ranges index its chunks or its reading.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract.h"
#include "tokenizer.h"

namespace sg::extract {

struct Paragraph {
  // Note: a line of an endnotes section that is not "[n] URL" (a source's
  // title, "Back to top"): not prose, not an endnote; the reader says how
  // many it left out.
  enum class Kind { Body, Bullet, Heading, Title, DateLine, Endnote, Note };
  Kind kind = Kind::Body;
  std::size_t begin = 0, end = 0;  // the content, without a bullet mark
};

// Splits the report text into lines-as-paragraphs and classifies them.
// A line is a heading when it is short and has no sentence punctuation
// ("Toplines", "Key Takeaways"); endnote lines are "[n] URL". After an
// endnotes heading ("Notes", "Sources", "References", "Footnotes",
// "Endnotes") the lines are told by their content (text::looks_like_note):
// notes until a line of prose or another section heading, which is read
// as usual and ends the notes.
std::vector<Paragraph> split_paragraphs(std::string_view text);

struct Sentence {
  std::size_t begin = 0, end = 0;   // the sentence, without trailing footnote markers
  std::size_t paragraph = 0;
  std::vector<int> citations;       // footnote markers in or right after it
  bool citations_inferred = false;
};

// Abbreviations that do not end a sentence, folded and without their final
// dot: "u.s", "gen", "lt", "col", "no", "jan".
using AbbreviationSet = std::unordered_set<std::string>;

// Splits one paragraph into sentences. A footnote marker "[8]" after the
// final punctuation belongs to the sentence before it ("...on September
// 4.[1] The ..."); so do closing quotes and brackets.
std::vector<Sentence> segment_sentences(std::string_view text, const Paragraph& paragraph,
                                        std::size_t paragraph_index,
                                        const AbbreviationSet& abbreviations);

// A sentence with no footnote marker of its own takes the nearest markers
// of its paragraph: the last one before it and the first one after it
// (daily assessments put one marker after a run of sentences from the
// same source). Marks those as inferred.
void infer_citations(std::vector<Sentence>& sentences);

// ------------------------------------------------------------- the layers of a sentence

// A time expression: "September 4", "June 9 and June 11", "4 September 2025".
struct TimeExpr {
  std::size_t tb = 0, te = 0;  // token range
  std::vector<Date> dates;     // each day it names, resolved
  bool unresolved = false;     // a day without a year, and no report date to place it
  // A weekday named alone ("on Friday", "this Friday"): placed on or before
  // the report date, as a past tense reads it; a future clause moves it to
  // the coming one (Pipeline, after the clause layer). -1: none.
  int weekday = -1;
  // A day and month whose year was taken as the one closest to the report
  // date ("on January 15"): a past tense moves it back to on or before the
  // report date (Pipeline, after the clause layer).
  bool year_inferred = false;
};

// A mention of an entity: a gazetteer name, a name the report taught (an
// alias, an acronym, a surname, a person of an earlier report), a person
// introduced by a title, an unnamed official speaking for a body, a group,
// a place found by its shape, or a coordinated list of actors.
struct Mention {
  enum class Source : std::uint8_t { Gazetteer, Alias, Title, Official, Group, Place, List, Name, Apposition };
  std::size_t tb = 0, te = 0;          // token range
  std::size_t head = 0;                // the token that heads it ("Ministry" in "Ministry of Defense")
  std::size_t chunk = 0;               // the chunk that is the mention
  Source source = Source::Gazetteer;
  std::vector<std::string> keys;       // the entities it names (several for a list); empty: unresolved
  std::vector<EntityType> types;
  bool locative = false;               // after "in", "near"...: a place, not an actor
};

// The reading unit rules match on: a word, a punctuation mark, a number, a
// time expression, an entity mention, or a title or adjective the mention
// stage did not absorb into a name.
struct Item {
  enum class Kind : std::uint8_t { Word, Punct, Number, Date, Entity, Title, Adjective };
  Kind kind = Kind::Word;
  std::size_t tb = 0, te = 0;  // token range [tb, te)
  std::string norm;            // Word, Punct, Number: the folded token
  std::uint32_t word = 0;      // Word, Punct, Number: the token's word id (vocabulary.h)
  bool upper = false;
  // Entity: one key, or several for a coordinated list.
  std::vector<std::string> keys;
  std::vector<EntityType> types;
  std::vector<std::string> metonyms;  // per key: the state a capital stands for, or ""
  bool locative = false;              // after "in", "near", ...: a place, not an actor
  bool official = false;              // an unnamed official speaking for keys[0]
  bool medium = false;                // keys[0] is a news medium ("Reuters"): it reports, it is no "group"
  bool armed_group = false;           // keys[0] is an armed force of no state ("the RSF"): a "group"
  bool bloc = false;                  // keys[0] is an organization of states (a bloc, alliance, IGO): "the bloc"
  bool fights = false;                // keys[0] is an armed group: armed_group, or a gazetteer body of kind armed-group ("Hamas")
  std::uint32_t head_word = 0;        // an official's, a body's member's or a group's: the word id of its noun ("ambassador", "observers", "diplomats")
  bool plural = false;                // "Palestinians": a people's plural name, its verb takes no -s
  std::optional<long long> quantity;  // "26 states"
  std::vector<Date> dates;            // Date
  bool date_unresolved = false;       // a day without year and no report date
  std::int8_t weekday = -1;           // Date: TimeExpr::weekday
  bool year_inferred = false;         // Date: TimeExpr::year_inferred
  long long number = 0;               // Number
  std::uint32_t ref = 0;              // Adjective: gazetteer entry; Title: title index
  bool region_adjective = false;
  // A subject copied in front of a coordinated verb ("X rejected A and [X]
  // accused B") or standing for a pronoun ("[he] said"): not in the text.
  bool shared = false;
  // A shared subject restated before its verb after an apposition ("Hamas —
  // which rules Gaza — [Hamas] rejected"): no speaker of the words before it.
  bool restated = false;
  Mention::Source source = Mention::Source::Gazetteer;  // Entity: how the mention stage found it
};

// What a word of the text stands for, when it names no entity itself: "he"
// for the last person who was a subject in the paragraph.
struct Reference {
  std::size_t token = 0;   // the pronoun
  std::string key;         // the entity it stands for
};

// The verb group of a clause: auxiliaries, modals, negation, adverbs,
// "continues to", "plans to" and dates, then the verb.
struct VerbGroup {
  std::size_t begin = 0, head = 0;  // reading range [begin, head); the verb at `head`
  VerbForm form = VerbForm::Other;  // of the verb; Other: no verb the lexicon knows
  bool helped = false;              // an auxiliary or modal came first
  bool passive = false;             // a form of "be" before a participle: "were sanctioned"
  int negations = 0;
  bool hypothetical = false, future = false, planned = false;
  bool only_would = false;  // "would" was the only hypothetical modal
};

struct Clause {
  enum class Embedding : std::uint8_t { Main, Content };
  std::size_t begin = 0, end = 0;  // reading range
  int subject = -1;                // reading index of its subject, or -1
  bool shared_subject = false;     // the subject is copied from an earlier clause
  VerbGroup verb;
  int object = -1;                 // reading index of the first entity after the verb, or -1
  Embedding embedding = Embedding::Main;
  int frame = -1;                  // Content: the attribution frame whose content holds it
};

// The time layer of a sentence: its date expressions, left to right, none
// overlapping; a day without a year is placed in the year nearest
// `report_date` (resolve_year), or left unresolved without one.
std::vector<TimeExpr> find_times(const std::vector<Token>& tokens, std::optional<Date> report_date);

// Every layer of one sentence, as the stages wrote them.
struct AnnotatedSentence {
  const Sentence* sentence = nullptr;
  std::vector<Token> tokens;
  std::vector<TimeExpr> times;
  std::vector<Mention> mentions;
  std::vector<Item> chunks;
  std::vector<Reference> references;
  std::vector<Item> reading;
  std::vector<Clause> clauses;
};

}  // namespace sg::extract
