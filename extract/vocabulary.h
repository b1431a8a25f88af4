// vocabulary.h — every word the rules and gazetteers know, as a small
// integer (inside extract/).
//
// The lexicon, the rule patterns and the gazetteer trie are keyed by word
// id, so that a token is looked up once, when it is read (assign_words),
// and every later question about it — "is it in $SAY?", "does a name go
// on with it?", "is it the rule's literal 'with'?" — compares integers
// instead of hashing its text again. A word no resource names has id 0.
//
// A Vocabulary grows while resources load and is read-only afterwards:
// any number of threads may then call find() and assign_words() at once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tokenizer.h"

namespace sg::extract {

// The hash of a folded word, as Token::hash holds it.
std::uint64_t word_hash(std::string_view word);

// The hash of a name, a sequence of folded words: fold name_hash_step()
// over the words' hashes, starting from kNameHashSeed.
inline constexpr std::uint64_t kNameHashSeed = 0x6a09e667f3bcc908ULL;
inline std::uint64_t name_hash_step(std::uint64_t h, std::uint64_t word) {
  h ^= word + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h * 0xff51afd7ed558ccdULL;
}
std::uint64_t name_hash(const std::vector<std::string>& words);
// A token's word hash, also for a token assign_words() has not seen.
inline std::uint64_t token_hash(const Token& t) { return t.word != kUnassignedWord ? t.hash : word_hash(t.norm); }

class Vocabulary {
 public:
  Vocabulary();
  // The id of `word` (already folded), added if new. Ids start at 1.
  std::uint32_t add(std::string_view word);
  // The id of `word`, or 0 when no resource named it.
  std::uint32_t find(std::string_view word) const { return find(word, word_hash(word)); }
  std::uint32_t find(std::string_view word, std::uint64_t hash) const;
  const std::string& word(std::uint32_t id) const { return words_[id]; }
  // Ids are below size(); id 0 is "unknown".
  std::size_t size() const { return words_.size(); }
  // Sets Token::hash and Token::word of each token.
  void assign_words(std::vector<Token>& tokens) const;

 private:
  void grow();
  // Open addressing, linear probing: each slot holds an id (0 = empty) and
  // the high half of its word's hash, so that a probe past other words
  // reads the slot alone, not hashes_ too: every token of every sentence is
  // looked up, most of them for no id, and hashes_ was a second cache miss
  // (perf, 1 MB corpus: a third of find()'s cycles waited on it).
  struct Slot {
    std::uint32_t id = 0;
    std::uint32_t tag = 0;  // hash >> 32
  };
  void place(std::uint32_t id);
  std::vector<Slot> slots_;
  std::vector<std::uint64_t> hashes_;  // by id, to place the words again when slots_ grows
  std::vector<std::string> words_;     // by id; words_[0] is empty
};

}  // namespace sg::extract
