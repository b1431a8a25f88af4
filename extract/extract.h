// extract.h — from report text to entities and assertions.
//
// The extractor reads a report, splits it into paragraphs and sentences,
// finds the states, organizations, people and places it names (from the
// gazetteer files in ontologies/gazetteer), and applies the declarative
// rules in ontologies/rules to turn sentences into assertions: who did or
// said what, toward whom, where and when, with negation, modality,
// attribution and the evidence sentence. It knows nothing of RDF: the
// graph/ module turns its output into a graph.
//
// Model:
//   load_resources(dir)  -> Resources   (parse + validate + compile, once)
//   read_report(...)     -> Report      (text, title, date, endnotes)
//   extract(report, res) -> Extraction  (entities, evidence, assertions)
//
// Thread safety: Resources is immutable after loading and may be shared by
// any number of threads calling extract() at once. Everything else is a
// plain value.
//
// Cost: loading compiles every gazetteer name into one token trie
// (a few ms for ~20k names). Extraction is linear in the text, plus, per
// sentence, the rules whose trigger words occur in it.
//
// Errors: user errors (bad files, bad rules) are returned as Diagnostics
// with file, line and column; exceptions are only for programming errors
// and out-of-memory.
#pragma once

#include <pthread.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace sg::extract {

struct Diagnostic {
  enum class Severity { Error, Warning };
  Severity severity = Severity::Error;
  std::string file;
  int line = 0;    // 1-based; 0 = whole file
  int column = 0;  // 1-based; 0 = whole line
  std::string message;

  Diagnostic() = default;
  Diagnostic(std::string file_name, int line_number, int column_number, std::string text,
             Severity level = Severity::Error)
      : severity(level), file(std::move(file_name)), line(line_number), column(column_number),
        message(std::move(text)) {}

  // "file:line:column: error: message"
  std::string to_string() const;
};

bool has_errors(const std::vector<Diagnostic>& diagnostics);

// A calendar date; a zero month or day never occurs in a resolved Date.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const Date&) const = default;
  std::string iso() const;  // "2025-09-04"
};

// Parses "2025-09-04"; nullopt unless it is a real calendar date.
std::optional<Date> parse_iso_date(std::string_view text);

struct Endnote {
  int number = 0;
  std::string url;
};

// One report as read from a file, standard input or a JSON record.
struct Report {
  std::string source;    // file path as given, or "-" for standard input
  std::string name;      // file name without directories ("stdin" for "-")
  std::string text;      // UTF-8, BOM removed, line ends normalised to \n
  std::string title;     // empty when the report has no title line
  std::string url;       // where the report was published, if known
  std::optional<Date> date;
  std::vector<Endnote> endnotes;
};

// Reads a report from `path` ("-" = standard input): an HTML page when its
// name or first bytes say so (html.h), else text. The report date comes
// from `forced_date`, else (HTML) the page's metadata, else a date line
// near the top of the text, else a YYYY-MM-DD in the file name. Invalid UTF-8 is replaced by U+FFFD with a
// warning naming the byte offset. Returns nullopt with an error diagnostic
// when the file cannot be read or is not text.
std::optional<Report> read_report(const std::string& path, std::optional<Date> forced_date,
                                  std::vector<Diagnostic>& diagnostics);

// The same, for text already in memory (tests, JSON input).
Report make_report(std::string source, std::string text, std::optional<Date> forced_date,
                   std::vector<Diagnostic>& diagnostics);

// One JSON Lines document, {"id","date","title","url","text"} (only "text"
// is required; "id" becomes the report's dcterms:identifier, "url" its
// dcterms:source). The date is "date", else a date line in the text, else
// `default_date`. Returns nullopt with an error naming `source` and
// `line_number` when the line is not such a document.
std::optional<Report> parse_json_document(std::string_view line, const std::string& source, int line_number,
                                          std::optional<Date> default_date, std::vector<Diagnostic>& diagnostics);

// Where a document is in its JSON Lines file, to read it again later.
struct JsonPlace {
  std::uint64_t offset = 0;  // of the line's first byte
  int line = 0;              // 1-based
};

// Every document of a JSON Lines file, one per line (blank lines are
// skipped). A line that is not a document gets an error naming `path` and
// its line and is left out; the others are appended to `reports` (and, with
// `places`, where each is). Returns false, with an error, only when the
// file itself cannot be read or is binary.
bool read_json_lines(const std::string& path, std::optional<Date> default_date, std::vector<Report>& reports,
                     std::vector<Diagnostic>& diagnostics, std::vector<JsonPlace>* places = nullptr);

// The document at `place` of a JSON Lines file, read again as
// read_json_lines() read it; nullopt, with an error, when it cannot be.
std::optional<Report> read_json_document(const std::string& path, const JsonPlace& place,
                                         std::optional<Date> default_date, std::vector<Diagnostic>& diagnostics);

enum class EntityType { State, Organization, ArmedForce, Person, Place, ActorGroup };
std::string_view to_string(EntityType type);
std::optional<EntityType> parse_entity_type(std::string_view name);

struct Position {
  std::string title;       // "Spokesperson"
  std::string of;          // entity key of the state or organization, may be empty
  // The title as the report wrote it, lower-cased, when that is not the
  // canonical `title`: "spokesman", "vice foreign minister", "junta leader".
  std::string written;
  bool operator==(const Position&) const = default;
};

// An entity named in the report. `key` is its identity: "State:RU",
// "Organization:kremlin", "Person:emmanuel macron", ... Two mentions with
// the same key are the same entity.
struct Entity {
  std::string key;
  EntityType type = EntityType::Organization;
  std::string label;
  std::vector<std::string> alt_labels;
  std::string iso3166;      // States only
  std::string part_of;      // key of the parent state or organization
  std::string force_of;     // ArmedForce: key of its state
  std::string located_in;   // Place: key of the containing place or state
  std::string member_type;  // ActorGroup: "State", "Person", "Organization", "Actor"
  std::string org_kind;     // "igo", "media", "government", ...
  std::vector<Position> positions;
};

// The sentence an assertion was read from.
struct Evidence {
  std::size_t begin = 0, end = 0;        // byte offsets into Report::text
  std::size_t cp_begin = 0, cp_end = 0;  // code-point offsets into Report::text
  std::string text;
  std::vector<int> citations;   // footnote numbers, each once, ascending
  bool citations_inferred = false;  // taken from neighbouring sentences
};

enum class Modality { None, Hypothetical, Conditional, Planned };
std::string_view to_string(Modality modality);

struct Assertion {
  std::string event_type;              // "REJECT", "ADVANCE", ...
  std::vector<std::string> actors;     // entity keys, sorted, unique
  std::vector<std::string> targets;    // entity keys, sorted, unique
  std::string topic;
  std::string location;                // entity key of a Place, may be empty
  std::optional<Date> date;
  bool negated = false;
  Modality modality = Modality::None;
  std::optional<long long> quantity;
  std::vector<std::string> attributed_to;  // who said it
  std::vector<std::string> reported_by;    // who relayed what someone else said
  std::string attribution_verb;            // "stated", "claimed", ...
  std::string rule;                        // id of the rule that produced it
  std::string trigger;                     // the words that triggered it
  std::size_t evidence = 0;                // index into Extraction::evidence
};

// What an extraction asked of the known people (below): the names whose
// answer could change an item, and the people it asked for by key.
// Recorded when extract() is asked to, so that a build that extracts
// several reports at once, each without the people of the others, can
// tell afterwards which reports the others' people would change
// (KnownPeople::changed_since) and extract only those again.
struct PeopleLookups {
  // The names asked for at one place: name_hash() (vocabulary.h) of the
  // folded first word when the one word was asked, else of the first two,
  // and the fewest words asked there. Sorted, unique.
  struct Names {
    std::uint64_t prefix = 0;
    std::uint8_t min_words = 1;
    auto operator<=>(const Names&) const = default;
  };
  std::vector<Names> names;
  std::vector<std::string> keys;     // sorted, unique
};

struct Extraction {
  std::vector<Entity> entities;      // sorted by key, unique
  std::vector<Evidence> evidence;
  std::vector<Assertion> assertions;
  std::vector<Diagnostic> warnings;  // what the reader of the output should know (cut sentences)
  PeopleLookups lookups;             // only when extract() was asked to record them
};

// Compiled gazetteers, lexicon and rules. Immutable once loaded.
class Resources;

// Loads and compiles the gazetteer files (*.tsv) of `gazetteer_dir` and the
// rule files (lexicon.txt, abbreviations.txt, *.rules) of `rules_dir`, with
// the event types of the vocabulary (stancegraph.ttl) in `rules_dir` or
// beside it, else of `vocabulary` (the installed one, when a rule
// directory was copied alone). Returns nullptr when any file has an error;
// all problems found are appended to `diagnostics`.
std::shared_ptr<const Resources> load_resources(const std::string& gazetteer_dir, const std::string& rules_dir,
                                                std::vector<Diagnostic>& diagnostics,
                                                const std::string& vocabulary = "");

// Counts of what was loaded, for `rules check`.
struct ResourceSummary {
  std::size_t states = 0, organizations = 0, places = 0, people = 0, titles = 0;
  std::size_t generated_places = 0;  // of places: from subdivisions.tsv and cities.tsv
  std::size_t names = 0, word_classes = 0, rules = 0, frames = 0;
};
ResourceSummary summarize(const Resources& resources);

// People the reports before this one (or the graph merged into) named:
// their names, surnames included, are recognised in this report too, so
// that "Youssef" alone is the Ali Youssef of an earlier report. Only the
// people whose `rank` is below the report's own count (the reports are
// ranked by date), so that building day by day and all at once agree.
struct KnownPerson {
  std::string key;                 // "person/ali-youssef"
  std::string label;
  std::vector<std::string> names;  // every name, label included
  std::size_t rank = 0;            // 0: from the merged graph; i + 1: from the i-th report by date
};

// The known people, indexed once for every report of a run: a report looks
// names up in it instead of copying it. People are added as the reports
// that name them are extracted, in rank order; a report asks only for
// those of lower rank. Thread-safe: extractions may read it while add()
// brings in the people of another report. Lookups go through a Reading,
// which holds a shared lock for as long as it lives (a sentence, say), so
// that the threads of `build -j` take the lock once a sentence rather than
// once a capitalised word; add() holds it alone, and goes before readers
// that come after it, so that it waits for one sentence, not for a gap
// between the readers that may never come. Answers are copies.
class KnownPeople {
  // A reader-writer lock whose writers go first (glibc's default, behind
  // std::shared_mutex, lets readers in while a writer waits).
  class Lock {
   public:
    Lock();
    ~Lock();
    Lock(const Lock&) = delete;
    Lock& operator=(const Lock&) = delete;
    void lock_shared();
    void unlock_shared();
    void lock();
    void unlock();

   private:
    pthread_rwlock_t rw_;
  };

 public:
  KnownPeople() = default;
  explicit KnownPeople(const std::vector<KnownPerson>& people);
  // Adds people (those of one report, say) under one hold of the lock.
  void add(const std::vector<KnownPerson>& people);
  void add(const KnownPerson& person) { add(std::vector<KnownPerson>{person}); }

  // A shared hold on the index. Not to be taken twice by one thread (a
  // waiting add() would stop the second): one Reading for all lookups.
  class Reading {
   public:
    explicit Reading(const KnownPeople& people) : people_(people) { people_.lock_.lock_shared(); }
    ~Reading() { people_.lock_.unlock_shared(); }
    Reading(const Reading&) = delete;
    Reading& operator=(const Reading&) = delete;
    // The person a name (folded tokens, `hash` = name_hash(words)) stands
    // for among those of rank below `before`: the smallest key when several
    // share it, as in a merged graph.
    std::optional<std::string> find(const std::vector<std::string_view>& words, std::uint64_t hash,
                                    std::size_t before) const;
    // False when no name starts with the word of this word_hash() (vocabulary.h).
    bool starts_name(std::uint64_t word_hash) const;
    // The person of that key if named in a report of rank below `before`.
    std::optional<Entity> entity(const std::string& key, std::size_t before) const;

   private:
    const KnownPeople& people_;
  };
  // Whether a report of rank `before`, extracted when only the people of
  // rank below `from` were known, can come out otherwise with those of rank
  // below `before`, judged by the `lookups` it recorded. False positives (a
  // hash collision) only cost a second extraction.
  bool changed_since(const PeopleLookups& lookups, std::size_t from, std::size_t before) const;

  // Names longer than this (in tokens) are not looked up: the bound is the
  // same whoever is known, so that the questions a report asks never
  // depend on which other reports were extracted first.
  static constexpr std::size_t kMaxWords = 8;

 private:
  struct Name {
    std::vector<std::string> words;
    std::vector<std::pair<std::string, std::size_t>> who;  // (key, rank), by key
  };
  // Adds a person whose names are `names` (folded tokens), the lock held.
  void add_held(const KnownPerson& person, const std::vector<std::vector<std::string>>& names);

  std::unordered_map<std::uint64_t, std::vector<Name>> names_;  // by name hash
  std::unordered_set<std::uint64_t> first_words_;               // word hashes of the names' first words
  // The names by name_hash() of their first word (a one-word name) or
  // first two words, as (rank, number of words): what changed_since() looks up.
  std::unordered_map<std::uint64_t, std::vector<std::pair<std::size_t, std::size_t>>> prefixes_;
  mutable Lock lock_;
  std::map<std::string, std::pair<Entity, std::size_t>> people_;  // -> (person, lowest rank)
};

// Extracts one report. With `known`, the people earlier reports named are
// recognised (KnownPerson), and `record_lookups` keeps in
// Extraction::lookups what they were asked.
Extraction extract(const Report& report, const Resources& resources, const KnownPeople* known = nullptr,
                   std::size_t rank = 0, bool record_lookups = false);

// What `explain` shows: the sentence's items and every rule that fired.
struct Explanation {
  std::vector<std::string> lines;
};
Explanation explain(const Report& report, const Resources& resources);

}  // namespace sg::extract
