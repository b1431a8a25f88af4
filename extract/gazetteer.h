// gazetteer.h — named states, organizations, places, people and titles,
// compiled into one token trie (inside extract/).
//
// Load -> validate -> compile: load_gazetteer() reads the .tsv files of a
// directory, expands the per-state templates of derived.tsv, checks every
// reference, and builds the trie. The result is immutable; match() is
// thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract.h"
#include "tokenizer.h"
#include "tsv.h"
#include "vocabulary.h"

namespace sg::extract {

struct GazetteerEntry {
  std::string id;            // "RU", "nato", "RU-mfa", "kupyansk", "vladimir-putin"
  EntityType type = EntityType::Organization;
  std::string label;
  std::vector<std::string> names;   // every surface name, label first
  std::string iso3166;              // States
  std::string part_of;              // id of the state or organization it belongs to
  std::string located_in;           // Places
  std::string kind;                 // org kind or place kind
  std::string metonym_of;           // capitals: id of the state they stand for
  std::vector<std::string> adjectives;  // States: "Russian"; regions: "European"
  bool generated = false;               // from subdivisions.tsv or cities.tsv (scripts/gen-places.py)
  std::string file;
  int line = 0;
};

struct TitleEntry {
  // The `office` column: a state's office ("President", "Foreign Minister"),
  // held in the holder's own state when the report names no body; a rank
  // ("General"), which may stand between a title and the name; or neither
  // (a title of any organisation: "Secretary General"); or a title held
  // in a body of a state ("Spokesperson"), whose holder of a known state,
  // with no body named, speaks for the one body of that state the
  // paragraph or the one before named.
  enum class Office : std::uint8_t { None, State, Rank, Body };
  std::string title;
  std::vector<std::string> names;
  Office office = Office::None;
};

// What a trie match stands for.
struct NameSense {
  enum class Kind : std::uint8_t { Name, Adjective, Plural, Title, RegionAdjective };
  Kind kind = Kind::Name;
  std::uint32_t index = 0;  // into entries() or titles()
  // Where the name's case rules start in the gazetteer's pool, one per
  // token of the name: 0 = any case, 1 = must start upper-case, 2 = must be
  // all caps. (One pool rather than a vector per sense: 63,000 fewer
  // allocations to make at start-up and to free at exit.)
  std::uint32_t case_rules = 0;
};

// A title read through one slip of the pen (Gazetteer::misspelt_title_at).
struct TitleSlip {
  std::uint32_t title = 0;  // into titles()
  std::size_t end = 0;      // token after the title
  std::string spelt;        // the title's words as the gazetteer spells them: "prime minister"
};

struct GazetteerMatch {
  std::size_t begin = 0, end = 0;  // token range
  std::vector<const NameSense*> senses;
};

// A gazetteer name split into the tokens tokenize() would make of it, with
// only what the trie needs of each: its folded form, kind and case.
//
// Why not tokenize(): loading splits some 75,000 names, and tokenize()
// cost 119M of Gazetteer::load's 549M instructions (callgrind, 1 MB
// corpus), mostly for what names never hold (footnotes, initialisms,
// editorial brackets) and a Token of ~100 bytes per word. Nine names in ten
// are plain ASCII words, hyphens and possessive "'s"; split() reads those
// in one pass into reused buffers and hands every other name to
// tokenize(), so the result is always the same as tokenize()'s (a unit
// test compares the two on every shipped name).
class NameTokens {
 public:
  struct Word {
    std::uint32_t begin = 0, end = 0;  // of the folded form in folded()
    Token::Kind kind = Token::Kind::Word;
    bool upper = false;
    bool all_caps = false;
  };
  // Splits `name`; the words stay valid until the next split().
  void split(std::string_view name);
  const std::vector<Word>& words() const { return words_; }
  std::string_view norm(const Word& w) const { return std::string_view(folded_).substr(w.begin, w.end - w.begin); }
  // True when the last split() took the fast path (for tests).
  bool fast() const { return fast_; }

 private:
  bool split_plain(std::string_view name);
  void push(std::string_view norm, Token::Kind kind, bool upper, bool all_caps);
  std::vector<Word> words_;
  std::string folded_;
  bool fast_ = false;
};

class Gazetteer {
 public:
  Gazetteer();
  // Keys the trie by the ids of `vocabulary` from now on (call before load).
  void share(std::shared_ptr<Vocabulary> vocabulary) { vocabulary_ = std::move(vocabulary); }

  // Reads states.tsv, organizations.tsv, derived.tsv, places.tsv,
  // people.tsv and titles.tsv from `dir` (each optional but states.tsv),
  // then the generated subdivisions.tsv and cities.tsv, whose rows give way
  // to every hand-written name.
  bool load(const std::string& dir, std::vector<Diagnostic>& diagnostics);

  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  const std::vector<TitleEntry>& titles() const { return titles_; }
  const GazetteerEntry* find(const std::string& id) const;
  // False when no title and no person's name (nor the name of anything
  // that refers to a person) starts with this token.
  bool may_teach(const Token& token) const;
  // The suffix of the derived.tsv row ("mfa") that `folded` ("foreign
  // ministry") names without its state, or nullptr.
  const std::string* bare_derived(const std::string& folded) const {
    auto it = bare_derived_.find(folded);
    return it == bare_derived_.end() ? nullptr : &it->second;
  }
  // The suffix of the derived.tsv row of a state's government or legislature
  // ("government") named by its state and this one head word ("cabinet" of
  // "{adj} cabinet"), or nullptr.
  const std::string* derived_head(const std::string& folded) const {
    auto it = derived_heads_.find(folded);
    return it == derived_heads_.end() ? nullptr : &it->second;
  }
  // The suffix of the derived.tsv row of a state's armed force that one
  // lower-case word after the state's adjective names ("army" of "{adj}
  // army": "forces"), or nullptr.
  const std::string* derived_force_word(const std::string& folded) const {
    auto it = derived_force_words_.find(folded);
    return it == derived_force_words_.end() ? nullptr : &it->second;
  }
  // entity_key() of entries()[index], computed once.
  const std::string& key(std::uint32_t index) const { return keys_[index]; }
  std::size_t name_count() const { return name_count_; }

  // Longest match starting at token `i`, or an empty match (end == begin).
  // Tokens whose words the shared vocabulary assigned are looked up by id;
  // others by their text.
  GazetteerMatch longest_at(const std::vector<Token>& tokens, std::size_t i) const;
  // The same into `match`, whose memory is reused (once per token in
  // Chunker: no allocation per name).
  void longest_at(const std::vector<Token>& tokens, std::size_t i, GazetteerMatch& match) const;
  // A title starting at token `i` with exactly one word one letter off
  // (left out, added, changed or two swapped: "Prime Minster", "spokeman")
  // and a capitalised word after it, the name it introduces; nullopt when
  // there is none. The slipped word is at least six letters long in the
  // title, starts with the same letter and is no plural of it; a word that
  // the morphology knows ("Minster") counts only beside an exact word of
  // the title, and the words no later than `limit`. Without `annotated`
  // tokens (no morphology ran) every slip needs an exact word beside it.
  std::optional<TitleSlip> misspelt_title_at(const std::vector<Token>& tokens, std::size_t i, std::size_t limit,
                                             bool annotated) const;

 private:
  // A name's senses are a list in senses_, in the order they were added,
  // rather than a vector per node: 60,000 fewer allocations at start-up
  // and frees at exit.
  struct Node {
    std::uint32_t senses = 0;  // the first, + 1; 0 = none
  };
  // Where an edge leads: the node, and (once load() is done) the node's
  // first sense, + 1, as in Node. longest_at() reads the senses beside the
  // edge it followed rather than in trie_: one cache miss fewer a word
  // (perf: an eighth of its cycles waited on trie_).
  struct Target {
    std::uint32_t to = 0;
    std::uint32_t senses = 0;
  };
  // The trie's edges, (node, word id) -> node, in one open-addressing
  // table; those of the root are in root_.
  struct Edge {
    std::uint64_t key = 0;  // node << 32 | word; 0 = empty (word ids start at 1)
    Target target;
  };
  std::uint32_t next(std::uint32_t node, std::uint32_t word) const { return step(node, word).to; }
  Target step(std::uint32_t node, std::uint32_t word) const;
  // Copies every node's senses to the targets that lead to it, and marks
  // the first words of names in starts_name_ (the end of load()).
  void freeze();
  void link(std::uint32_t node, std::uint32_t word, std::uint32_t to);
  void rehash(std::size_t slots);
  // Room for `edges` edges in all, so that link() need not grow the table.
  void reserve_edges(std::size_t edges);
  void add_name(const std::string& name, NameSense sense);  // and its other article spelling
  void add_name_once(const std::string& name, NameSense sense);
  // True when the trie already gives `name` a sense.
  bool has_name(const std::string& name);
  // (By rvalue reference: one move of each entry, not two, and no copy of
  // a state's: Gazetteer::load 232.2M -> 226.2M instructions.)
  std::uint32_t add_entry(GazetteerEntry&& entry);

  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, std::uint32_t> by_id_;
  std::vector<TitleEntry> titles_;
  std::vector<Node> trie_{1};
  std::vector<std::uint8_t> case_rules_;  // NameSense::case_rules points in
  std::vector<NameSense> senses_;          // of every node
  std::vector<std::uint32_t> next_sense_;  // by sense: the next of the same name, + 1; 0 = none
  std::vector<Edge> edges_ = std::vector<Edge>(1024);
  // By word id: the node an edge from the root with that word leads to, 0
  // when no name starts with it. An array rather than the edge table: every
  // token asks for its first word, and most find none (one load of a small
  // table instead of a hash probe into a table of megabytes).
  std::vector<Target> root_;
  // By word id, a bit each: root_ has a node for it. Most tokens start no
  // name; this says so from a table of some kilobytes that stays in the
  // cache, where root_ is 8 bytes a word (perf: a fifth of longest_at()'s
  // cycles waited on root_).
  std::vector<std::uint64_t> starts_name_;
  std::vector<std::string> keys_;          // by entry
  std::vector<std::uint8_t> teaching_start_;  // by word id: starts a title or a person's name
  static constexpr std::uint32_t kTitle = 0xFFFFFFFFu;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> first_words_;  // while loading: (word, entry or kTitle)
  NameTokens name_tokens_;  // while loading: the name being added
  // Every name of every title as the tokenizer splits it, for
  // misspelt_title_at(): by first word (names of two words or more: a
  // one-word title's slip is a word of its own), and by first letter and
  // length.
  struct TitleName {
    std::uint32_t title = 0;
    std::vector<std::string> words;
  };
  std::vector<TitleName> title_names_;
  std::unordered_map<std::string, std::string> bare_derived_;  // "foreign ministry" -> "mfa"
  std::unordered_map<std::string, std::string> derived_heads_;  // "cabinet" -> "government"
  std::unordered_map<std::string, std::string> derived_force_words_;  // "army" -> "forces"
  std::unordered_map<std::string, std::vector<std::uint32_t>> title_names_by_first_;  // titles of 2+ words
  std::vector<std::uint8_t> starts_title_name_;  // by word id: the first word of one of those
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> title_names_by_shape_;
  std::size_t edge_count_ = 0;
  std::shared_ptr<Vocabulary> vocabulary_;
  std::size_t name_count_ = 0;
};

// The identity key (and IRI path) of a gazetteer entry: "state/RU",
// "org/nato", "place/kupyansk", "person/vladimir-putin".
std::string entity_key(const GazetteerEntry& entry);
std::string slug(std::string_view label);

}  // namespace sg::extract
