#include "vocabulary.h"

namespace sg::extract {

std::uint64_t word_hash(std::string_view word) {
  // FNV-1a, then a final avalanche: words are short, and the low bits pick
  // the slot.
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : word) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

std::uint64_t name_hash(const std::vector<std::string>& words) {
  std::uint64_t h = kNameHashSeed;
  for (const auto& w : words) h = name_hash_step(h, word_hash(w));
  return h;
}

Vocabulary::Vocabulary() : slots_(1024), hashes_(1, 0), words_(1) {}

std::uint32_t Vocabulary::find(std::string_view word, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  const auto tag = static_cast<std::uint32_t>(hash >> 32);
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id == 0) return 0;
    if (slot.tag == tag && words_[slot.id] == word) return slot.id;
  }
}

void Vocabulary::place(std::uint32_t id) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hashes_[id] & mask;
  while (slots_[i].id != 0) i = (i + 1) & mask;
  slots_[i] = {id, static_cast<std::uint32_t>(hashes_[id] >> 32)};
}

std::uint32_t Vocabulary::add(std::string_view word) {
  std::uint64_t hash = word_hash(word);
  if (std::uint32_t id = find(word, hash)) return id;
  auto id = static_cast<std::uint32_t>(words_.size());
  words_.emplace_back(word);
  hashes_.push_back(hash);
  if (words_.size() * 2 > slots_.size()) grow();
  else place(id);
  return id;
}

void Vocabulary::grow() {
  slots_.assign(slots_.size() * 2, Slot{});
  for (std::uint32_t id = 1; id < words_.size(); ++id) place(id);
}

void Vocabulary::assign_words(std::vector<Token>& tokens) const {
  for (auto& t : tokens) {
    t.hash = word_hash(t.norm);
    t.word = find(t.norm, t.hash);
  }
}

}  // namespace sg::extract
