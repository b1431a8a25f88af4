#include "vocabulary.h"

#include <cstring>

namespace sg::extract {

namespace {
// Little-endian loads of 8 and 4 bytes (memcpy: no alignment assumed; the
// compiler makes each one load).
std::uint64_t load64(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
std::uint64_t load32(const char* p) {
  std::uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
// a == b for two words of `n` bytes each, read as word_hash() reads them:
// in at most a few loads, where memcmp's call cost more than the comparing
// (find() compares every word its probe reaches with a matching tag: each
// hit, hundreds of thousands at start-up and in every run's sentences).
bool same_word(const char* a, const char* b, std::size_t n) {
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8)
      if (load64(a + i) != load64(b + i)) return false;
    return load64(a + n - 8) == load64(b + n - 8);
  }
  if (n >= 4) return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
  for (std::size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}
std::uint64_t mix(std::uint64_t h, std::uint64_t chunk) {
  h = (h ^ chunk) * 0x9e3779b97f4a7c15ULL;
  return h ^ (h >> 32);
}
}  // namespace

std::uint64_t word_hash(std::string_view word) {
  // Eight bytes a multiplication, not one (FNV-1a was: every token of every
  // sentence and every word of every gazetteer name is hashed; word_hash
  // with its callers' inlined copies cost ~25M instructions on the 1 MB
  // corpus). Words are short: the last chunk is read overlapping the one
  // before (or, under eight bytes, as two overlapping halves, or three single
  // bytes), and the length is mixed in, so that no byte is read twice to the
  // same effect. The hash is used in memory only (slots, alias tables),
  // never written out.
  const char* p = word.data();
  const std::size_t n = word.size();
  std::uint64_t h = mix(0xcbf29ce484222325ULL, n);
  if (n >= 8) {
    std::size_t i = 0;
    for (; i + 8 < n; i += 8) h = mix(h, load64(p + i));
    h = mix(h, load64(p + n - 8));
  } else if (n >= 4) {
    h = mix(h, load32(p) | load32(p + n - 4) << 32);
  } else if (n > 0) {
    const auto a = static_cast<unsigned char>(p[0]), b = static_cast<unsigned char>(p[n / 2]),
               c = static_cast<unsigned char>(p[n - 1]);
    h = mix(h, std::uint64_t{a} | std::uint64_t{b} << 8 | std::uint64_t{c} << 16);
  }
  // A final avalanche: the low bits pick the slot, the high half is its tag.
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
    if (slot.tag != tag) continue;
    if (const std::string& w = words_[slot.id]; w.size() == word.size() && same_word(w.data(), word.data(), w.size()))
      return slot.id;
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
