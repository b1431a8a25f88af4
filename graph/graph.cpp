#include "graph.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <charconv>
#include <cstring>
#include <functional>
#include <iterator>
#include <stdexcept>
#include <thread>

namespace sg::graph {

std::uint64_t fnv1a64(std::string_view data) { return Fnv1a64().add(data).value(); }

std::string hex64(std::uint64_t value) {
  std::string out;
  out.reserve(16);
  append_hex64(out, value);
  return out;
}

void append_decimal(std::string& out, long long value) {
  char digits[24];
  out.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
}

void append_hex64(std::string& out, std::uint64_t value) {
  static const char* digits = "0123456789abcdef";
  char text[16];
  for (int i = 15; i >= 0; --i, value >>= 4) text[i] = digits[value & 0xF];
  out.append(text, 16);
}

namespace {

// A table of the bytes an IRI keeps as they are, for percent_encode().
using ByteSet = std::array<bool, 256>;

constexpr ByteSet unreserved_bytes() {  // mint_iri(): [A-Za-z0-9-._~/]
  ByteSet keep{};
  for (int c = 0; c < 256; ++c)
    keep[c] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
              c == '_' || c == '~' || c == '/';
  return keep;
}

// safe_iri(): all but the characters RFC 3987 does not allow anywhere in an
// IRI (and a backslash, which Turtle cannot escape in an IRI).
constexpr ByteSet iri_bytes() {
  ByteSet keep{};
  for (int c = 0; c < 256; ++c)
    keep[c] = !(c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
                c == '^' || c == '`' || c == '\\');
  return keep;
}

// `prefix` + `text` into `out` (replacing what it held), every byte of
// `text` that `keep` does not hold as %XX. Runs of kept bytes are appended
// at once, into room reserved up front: byte by byte, minting the IRIs of
// a report (mint_iri) cost 800 instructions each on the 1 MB corpus, and
// safe_iri() 2,000 an endnote URL.
void percent_encode(std::string& out, std::string_view prefix, std::string_view text, const ByteSet& keep) {
  static const char* hex = "0123456789ABCDEF";
  out.reserve(prefix.size() + text.size() + 8);
  out.assign(prefix);
  std::size_t run = 0;  // where the run of kept bytes began
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (keep[c]) continue;
    out.append(text.data() + run, i - run);
    const char escaped[3] = {'%', hex[c >> 4], hex[c & 15]};
    out.append(escaped, 3);
    run = i + 1;
  }
  out.append(text.data() + run, text.size() - run);
}

constexpr ByteSet kUnreserved = unreserved_bytes();
constexpr ByteSet kIriBytes = iri_bytes();

}  // namespace

std::string mint_iri(std::string_view base, std::string_view key) {
  std::string out;
  percent_encode(out, base, key, kUnreserved);
  return out;
}

void mint_iri(std::string& out, std::string_view base, std::string_view key) {
  percent_encode(out, base, key, kUnreserved);
}

std::string safe_iri(std::string_view iri) {
  std::string out;
  percent_encode(out, {}, iri, kIriBytes);
  return out;
}

bool valid_base(std::string_view base, std::string& why) {
  bool scheme = base.rfind("http://", 0) == 0 || base.rfind("https://", 0) == 0 || base.rfind("urn:", 0) == 0;
  if (!scheme) {
    why = "the base must be an absolute http://, https:// or urn: IRI";
    return false;
  }
  if (base.back() != '/' && base.back() != '#') {
    why = "the base must end with '/' or '#'";
    return false;
  }
  for (unsigned char c : base)
    if (c <= 0x20 || std::string_view("<>\"{}|^`\\").find(static_cast<char>(c)) != std::string_view::npos) {
      why = "the base contains a character not allowed in an IRI";
      return false;
    }
  return true;
}

namespace {

// An unaligned 8-byte (4-byte) load, in the machine's byte order: the
// hash needs only the same value for the same bytes.
std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
std::uint64_t load4(const char* p) {
  std::uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

// Two words folded into one by a 64 x 64 -> 128-bit multiplication, the
// two halves of the product xor'ed (the "mum" step of wyhash): one
// multiplication per 16 bytes of text mixes every bit of both words into
// the result.
std::uint64_t fold(std::uint64_t a, std::uint64_t b) {
  __extension__ using Wide = unsigned __int128;  // (__extension__: -Wpedantic knows no __int128)
  const Wide product = Wide{a} * b;
  return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
}

constexpr std::uint64_t kLengthMix = 0x9E3779B97F4A7C15ULL, kWordMix = 0xa0761d6478bd642fULL,
                        kLastMix = 0xe7037ed1a0b428dbULL;

}  // namespace

// Sixteen bytes a step, each step one multiplication (fold()), and the
// last 1 to 15 bytes read in at most two loads that may overlap the bytes
// before them (the length, mixed in first, tells the texts apart). The
// eight-bytes-a-step hash this replaced took 10 instructions a word and a
// call to memcpy() for the tail: text_hash 21.0M -> ~10M instructions on
// the 1 MB corpus (inlined now), where the term table hashes every term
// it interns; the whole run 1,687.9M -> 1,676.9M.
std::uint64_t text_hash(std::string_view s, std::uint64_t seed) {
  const char* p = s.data();
  const std::size_t n = s.size();
  std::uint64_t h = fold(seed ^ kWordMix, n ^ kLengthMix);
  std::size_t i = 0;
  for (; i + 16 <= n; i += 16) h = fold(load8(p + i) ^ kWordMix, load8(p + i + 8) ^ h);
  const std::size_t left = n - i;
  std::uint64_t a = 0, b = 0;
  if (left > 8) {
    a = load8(p + i);
    b = load8(p + n - 8);
  } else if (left >= 4) {
    a = load4(p + i);
    b = load4(p + n - 4);
  } else if (left > 0) {
    a = std::uint64_t{static_cast<unsigned char>(p[i])} << 16 |
        std::uint64_t{static_cast<unsigned char>(p[i + left / 2])} << 8 | static_cast<unsigned char>(p[n - 1]);
  }
  h = fold(a ^ kWordMix, b ^ h);
  return fold(h ^ kLastMix, n ^ kWordMix);
}

namespace {

// A datatype's share of its literals' hashes (term_hash()).
std::uint64_t datatype_hash(std::string_view datatype) { return text_hash(datatype, 0x51) * 31; }

std::uint64_t term_hash(Term::Kind kind, std::string_view value, std::string_view datatype,
                        std::string_view language) {
  std::uint64_t h = text_hash(value, static_cast<std::uint64_t>(kind) + 1);
  if (!datatype.empty()) h ^= datatype_hash(datatype);
  if (!language.empty()) h ^= text_hash(language, 0x77) * 131;
  return h;
}

}  // namespace

namespace {

// quad_less()'s order as a type the sorts can inline: by (g, s), then
// (p, o), two 64-bit comparisons. Through a function pointer every
// comparison was a call (4% of a --stream run, whose documents' small
// graphs sort this way).
struct QuadLess {
  bool operator()(const Quad& a, const Quad& b) const {
    std::uint64_t x = std::uint64_t{a.g} << 32 | a.s, y = std::uint64_t{b.g} << 32 | b.s;
    if (x != y) return x < y;
    return (std::uint64_t{a.p} << 32 | a.o) < (std::uint64_t{b.p} << 32 | b.o);
  }
};

}  // namespace

bool quad_less(const Quad& a, const Quad& b) { return QuadLess{}(a, b); }

namespace {

// Below this many quads std::sort is faster than the radix passes.
constexpr std::size_t kRadixFrom = 4096;

// sort_quads() on a[0, n), with scratch[0, n) for the passes (none below
// kRadixFrom), which go back and forth between the two and end in `a`.
void sort_quads_in(Quad* a, std::size_t n, Quad* scratch) {
  // Least significant digit first, 16 bits at a time: o, p, s, g. A pass
  // whose digit is the same in every quad (the high half of small ids) is
  // skipped.
  if (n < kRadixFrom) {
    std::sort(a, a + n, QuadLess{});
    return;
  }
  Quad* from = a;
  Quad* to = scratch;
  static constexpr TermId Quad::*fields[] = {&Quad::o, &Quad::p, &Quad::s, &Quad::g};
  std::vector<std::size_t> count(65536);
  for (auto field : fields)
    for (int shift : {0, 16}) {
      std::fill(count.begin(), count.end(), 0);
      for (std::size_t i = 0; i < n; ++i) ++count[(from[i].*field >> shift) & 0xFFFF];
      bool one_bucket = false;
      for (std::size_t c : count)
        if (c != 0) {
          one_bucket = c == n;
          break;
        }
      if (one_bucket) continue;
      std::size_t at = 0;
      for (auto& c : count) {
        std::size_t k = c;
        c = at;
        at += k;
      }
      for (std::size_t i = 0; i < n; ++i) to[count[(from[i].*field >> shift) & 0xFFFF]++] = from[i];
      std::swap(from, to);
    }
  if (from != a) std::copy(from, from + n, a);
}

}  // namespace

void sort_quads(std::vector<Quad>& quads, std::vector<Quad>& scratch) {
  if (quads.size() >= kRadixFrom) scratch.resize(quads.size());
  sort_quads_in(quads.data(), quads.size(), scratch.data());
}

namespace {

// A sort shared by two threads when there is enough to share and
// `threads` allows: each sorts a half with sort_in(a, n, scratch), and
// then merges a half of the result, split where the first half's middle
// element goes. One buffer serves both halves' passes and then holds the
// merge: fresh memory costs on this kind of machine (the kernel zeroes
// every page first touched), so the shared sort touches no more than one
// thread's.
template <typename T, typename SortIn, typename Less>
void sort_shared(std::vector<T>& v, unsigned threads, SortIn sort_in, Less less) {
  const std::size_t n = v.size();
  std::vector<T> scratch;
  if (threads < 2 || n < 100000) {
    if (n >= kRadixFrom) scratch.resize(n);
    sort_in(v.data(), n, scratch.data());
    return;
  }
  scratch.resize(n);
  const std::size_t half = n / 2;
  std::thread other([&] { sort_in(v.data(), half, scratch.data()); });
  sort_in(v.data() + half, n - half, scratch.data() + half);
  other.join();
  // Elements of the first half before its middle one, and those of the
  // second half below it, make the first part of the result; the rest the
  // second.
  const T* first = v.data();
  const T* second = v.data() + half;
  const T* end = v.data() + n;
  const T* first_split = first + half / 2;
  const T* second_split = std::lower_bound(second, end, *first_split, less);
  T* out = scratch.data();
  std::thread merging([&] { std::merge(first, first_split, second, second_split, out, less); });
  std::merge(first_split, second, second_split, end, out + (first_split - first) + (second_split - second), less);
  merging.join();
  v.swap(scratch);
}

void sort_quads_shared(std::vector<Quad>& v, unsigned threads) {
  sort_shared(v, threads, sort_quads_in, QuadLess{});
}

// An LSD radix sort of a[0, n) on their low `bits` bits (the others are
// 0), with scratch[0, n) for the passes (none below kRadixFrom), in
// kPasses passes of digits as wide as the bits need (at most 16): every
// digit is counted in one read of the keys, not one read a pass. n must
// fit in 32 bits.
template <unsigned kPasses>
void sort_keys_in(std::uint64_t* a, std::size_t n, std::uint64_t* scratch, unsigned bits) {
  const unsigned width = (bits + kPasses - 1) / kPasses;
  const std::size_t buckets = std::size_t{1} << width;
  const std::uint64_t mask = buckets - 1;
  std::vector<std::uint32_t> count(buckets * kPasses, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint64_t key = a[i];
    for (unsigned pass = 0; pass < kPasses; ++pass) ++count[pass * buckets + ((key >> (pass * width)) & mask)];
  }
  std::uint64_t* from = a;
  std::uint64_t* to = scratch;
  for (unsigned pass = 0; pass < kPasses; ++pass) {
    std::uint32_t* c = count.data() + pass * buckets;
    const unsigned shift = pass * width;
    if (c[(from[0] >> shift) & mask] == n) continue;  // one digit in every key: nothing moves
    std::uint32_t at = 0;
    for (std::size_t b = 0; b < buckets; ++b) {
      std::uint32_t k = c[b];
      c[b] = at;
      at += k;
    }
    for (std::size_t i = 0; i < n; ++i) to[c[(from[i] >> shift) & mask]++] = from[i];
    std::swap(from, to);
  }
  if (from != a) std::copy(from, from + n, a);
}

void sort_keys_in(std::uint64_t* a, std::size_t n, std::uint64_t* scratch, unsigned bits) {
  if (n < kRadixFrom) {
    std::sort(a, a + n);
    return;
  }
  switch ((bits + 15) / 16) {  // the passes, each a fixed loop the compiler unrolls
    case 0: return;            // every key is 0
    case 1: return sort_keys_in<1>(a, n, scratch, bits);
    case 2: return sort_keys_in<2>(a, n, scratch, bits);
    case 3: return sort_keys_in<3>(a, n, scratch, bits);
    default: return sort_keys_in<4>(a, n, scratch, bits);
  }
}

// sorted()'s sort where a quad of ranks fits in 64 bits: its subject and
// object take the bits a rank needs, its predicate and graph only those of
// their number among the predicates (the graphs) in rank order, which are
// few. The quads then sort as integers, half the bytes of a Quad, in as few
// passes as their bits need (three on the 1 MB corpus, four on the 20 MB
// one, where the radix sort of Quads made eight counting passes and four
// moving ones): Graph::sorted() 75.9M -> 68.5M instructions on the 1 MB
// corpus. Returns false, and leaves `out` alone, where the quads do not
// fit (more than 2^64 combinations of ranks).
bool sort_packed(const std::vector<Quad>& quads, const std::vector<std::uint32_t>& rank,
                 const std::vector<TermId>& order, bool by_graph, unsigned threads, std::vector<Quad>& out) {
  const std::size_t terms = rank.size();
  if (quads.size() > UINT32_MAX) return false;  // sort_keys_in() counts in 32 bits
  // By rank: whether the term is a predicate (a graph) of some quad, then
  // its number among them, in rank order.
  std::vector<std::uint32_t> predicate(terms, 0), graph(terms, 0);
  for (const auto& q : quads) {
    predicate[rank[q.p]] = 1;
    if (by_graph) graph[rank[q.g]] = 1;
  }
  std::vector<TermId> predicates, graphs;  // by number: the term
  for (std::size_t r = 0; r < terms; ++r) {
    if (predicate[r]) {
      predicate[r] = static_cast<std::uint32_t>(predicates.size());
      predicates.push_back(order[r]);
    }
    if (graph[r]) {
      graph[r] = static_cast<std::uint32_t>(graphs.size());
      graphs.push_back(order[r]);
    }
  }
  auto width = [](std::size_t values) { return values < 2 ? 0u : static_cast<unsigned>(std::bit_width(values - 1)); };
  const unsigned o_bits = width(terms), s_bits = o_bits, p_bits = width(predicates.size()),
                 g_bits = width(graphs.size());
  const unsigned bits = o_bits + s_bits + p_bits + g_bits;
  if (bits > 64) return false;
  // Most significant first: graph, subject, predicate, object (quad_less()).
  // Clamped below 64 so that every shift is defined: a field of no bits is
  // 0 (one predicate, or one graph), and so is its mask.
  const unsigned p_shift = o_bits, s_shift = std::min(p_shift + p_bits, 63u),
                 g_shift = std::min(p_shift + p_bits + s_bits, 63u);
  auto mask_of = [](unsigned field_bits) { return (std::uint64_t{1} << field_bits) - 1; };
  const std::uint64_t o_mask = mask_of(o_bits), s_mask = mask_of(s_bits), p_mask = mask_of(p_bits),
                      g_mask = mask_of(g_bits);
  std::vector<std::uint64_t> keys(quads.size());
  for (std::size_t i = 0; i < quads.size(); ++i) {
    const Quad& q = quads[i];
    const std::uint64_t g = by_graph ? graph[rank[q.g]] : 0;
    keys[i] = g << g_shift | std::uint64_t{rank[q.s]} << s_shift | std::uint64_t{predicate[rank[q.p]]} << p_shift |
              rank[q.o];
  }
  auto sort_in = [bits](std::uint64_t* a, std::size_t n, std::uint64_t* scratch) { sort_keys_in(a, n, scratch, bits); };
  sort_shared(keys, threads, sort_in, std::less<std::uint64_t>{});
  // Ranks and ids are one to one, and so are keys and quads: equal keys are
  // the duplicates the quads as added may hold.
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  out.resize(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const std::uint64_t key = keys[i];
    out[i] = Quad{order[(key >> s_shift) & s_mask], predicates[(key >> p_shift) & p_mask], order[key & o_mask],
                  by_graph ? graphs[(key >> g_shift) & g_mask] : kDefaultGraph};
  }
  return true;
}

}  // namespace

Graph::Graph() : term_hashes_(1, 0), term_slots_(1024) {
  terms_.push_back(Term{Term::Kind::Iri, "", "", ""});  // id 0: the default graph
  prefixes_ = {{"sg", std::string(ns::sg)},         {"prov", std::string(ns::prov)},
               {"dcterms", std::string(ns::dcterms)}, {"skos", std::string(ns::skos)},
               {"rdfs", std::string(ns::rdfs)},     {"xsd", std::string(ns::xsd)},
               {"rdf", std::string(ns::rdf)}};
}

void Graph::set_instance_base(const std::string& base) {
  std::erase_if(prefixes_, [](const auto& p) { return p.first == "sgid"; });
  prefixes_.emplace_back("sgid", base);
}

std::size_t Graph::term_slot(Term::Kind kind, std::string_view value, std::string_view datatype,
                             std::string_view language, std::uint64_t hash) const {
  const std::size_t mask = term_slots_.size() - 1;
  const auto tag = static_cast<std::uint32_t>(hash >> 32);
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const TermSlot& slot = term_slots_[i];
    if (slot.id == 0) return i;
    if (slot.tag != tag) continue;
    const Term& t = terms_[slot.id];
    if (t.kind == kind && t.value == value && t.datatype == datatype && t.language == language) return i;
  }
}

std::optional<TermId> Graph::find(const Term& term) const {
  std::uint64_t hash = term_hash(term.kind, term.value, term.datatype, term.language);
  TermId id = term_slots_[term_slot(term.kind, term.value, term.datatype, term.language, hash)].id;
  if (id == 0) return std::nullopt;
  return id;
}

TermId Graph::intern(Term::Kind kind, std::string_view value, std::string_view datatype,
                     std::string_view language) {
  return intern(kind, value, datatype, language, term_hash(kind, value, datatype, language));
}

TermId Graph::intern(Term::Kind kind, std::string_view value, std::string_view datatype, std::string_view language,
                     std::uint64_t hash) {
  std::size_t slot = term_slot(kind, value, datatype, language, hash);
  if (term_slots_[slot].id != 0) return term_slots_[slot].id;
  return insert_term(slot, hash, kind, value, datatype, language);
}

template <typename... Parts>
TermId Graph::insert_term(std::size_t slot, std::uint64_t hash, Parts&&... parts) {
  auto id = static_cast<TermId>(terms_.size());
  terms_.push_back(std::forward<Parts>(parts)...);
  term_hashes_.push_back(hash);
  term_slots_[slot] = TermSlot{id, static_cast<std::uint32_t>(hash >> 32)};
  if (terms_.size() * 2 > term_slots_.size()) grow_terms();
  return id;
}

void Graph::grow_terms() {
  term_slots_.assign(term_slots_.size() * 2, TermSlot{});
  const std::size_t mask = term_slots_.size() - 1;
  for (TermId id = 1; id < terms_.size(); ++id) {
    const std::uint64_t hash = term_hashes_[id];
    std::size_t i = hash & mask;
    while (term_slots_[i].id != 0) i = (i + 1) & mask;
    term_slots_[i] = TermSlot{id, static_cast<std::uint32_t>(hash >> 32)};
  }
}

namespace {
// The datatypes of the literals the builder writes for every evidence and
// assertion, with their shares of the hash worked out once, not for every
// literal (integer(), boolean() and date() took 17.6M instructions on the
// 1 MB corpus; this saves 4.9M of them).
struct Datatype {
  explicit Datatype(std::string_view local) : iri(std::string(ns::xsd) + std::string(local)), hash(datatype_hash(iri)) {}
  std::string iri;
  std::uint64_t hash;
};
const Datatype xsd_integer("integer"), xsd_boolean("boolean"), xsd_date("date");

std::uint64_t literal_hash(std::string_view value, const Datatype& type) {
  return text_hash(value, static_cast<std::uint64_t>(Term::Kind::Literal) + 1) ^ type.hash;
}
}  // namespace

TermId Graph::integer(long long value) {
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  const std::string_view text(digits, static_cast<std::size_t>(end - digits));
  return intern(Term::Kind::Literal, text, xsd_integer.iri, {}, literal_hash(text, xsd_integer));
}
TermId Graph::boolean(bool value) {
  const std::string_view text = value ? "true" : "false";
  return intern(Term::Kind::Literal, text, xsd_boolean.iri, {}, literal_hash(text, xsd_boolean));
}
TermId Graph::date(const extract::Date& d) {
  const std::string text = d.iso();
  return intern(Term::Kind::Literal, text, xsd_date.iri, {}, literal_hash(text, xsd_date));
}

void Graph::compact(unsigned threads) const {
  if (compacted_ == quads_.size()) return;
  if (compacted_ == 0) {
    sort_quads_shared(quads_, threads);  // one thread unless `threads` says more
  } else {
    std::vector<Quad> added(quads_.begin() + static_cast<std::ptrdiff_t>(compacted_), quads_.end()), scratch;
    sort_quads(added, scratch);
    quads_.resize(compacted_);
    std::vector<Quad> merged;
    merged.reserve(quads_.size() + added.size());
    std::merge(quads_.begin(), quads_.end(), added.begin(), added.end(), std::back_inserter(merged), QuadLess{});
    quads_.swap(merged);
  }
  quads_.erase(std::unique(quads_.begin(), quads_.end()), quads_.end());
  quads_.shrink_to_fit();
  compacted_ = quads_.size();
}

void Graph::reserve(std::size_t quads, std::size_t terms) {
  quads_.reserve(quads_.size() + quads);
  term_hashes_.reserve(term_hashes_.size() + terms);
}

void Graph::replace_terms(const std::vector<TermId>& map) {
  for (auto& q : quads_) q = Quad{map[q.s], map[q.p], map[q.o], map[q.g]};
  compacted_ = 0;
}

void Graph::merge(const Graph& other) {
  std::vector<TermId> map(other.terms_.size(), 0);
  for (std::size_t i = 1; i < other.terms_.size(); ++i) {
    const Term& t = other.terms_[i];
    std::size_t slot = term_slot(t.kind, t.value, t.datatype, t.language, other.term_hashes_[i]);
    map[i] = term_slots_[slot].id != 0 ? term_slots_[slot].id
                                       : insert_term(slot, other.term_hashes_[i], t.kind, t.value, t.datatype, t.language);
  }
  other.for_each([&](const Quad& q) { add(map[q.s], map[q.p], map[q.o], map[q.g]); });
}

std::vector<TermId> Graph::absorb(Graph&& other) {
  const std::size_t n = other.terms_.size();
  std::vector<TermId> map(n, 0);  // map[0] = 0: the default graph stays
  // The hashes of the terms to come are known: their slots, and the terms
  // those slots hold, are fetched into the cache a few terms ahead, so
  // that looking a term up does not wait on memory twice (in a large
  // graph the slot and the term are each a miss of the cache, and
  // term_slot() was the builder's largest cost at -j 2 in perf).
  constexpr std::size_t kSlotAhead = 8, kTermAhead = 4;
  auto slot_of = [&](std::size_t i) { return &term_slots_[other.term_hashes_[i] & (term_slots_.size() - 1)]; };
  for (std::size_t i = 1; i < std::min(n, 1 + kSlotAhead); ++i) __builtin_prefetch(slot_of(i));
  for (std::size_t i = 1; i < n; ++i) {
    if (i + kSlotAhead < n) __builtin_prefetch(slot_of(i + kSlotAhead));
    if (i + kTermAhead < n) {
      // The first term in the slot, when its tag says it may be the one.
      const TermSlot* ahead = slot_of(i + kTermAhead);
      if (ahead->id != 0 && ahead->tag == static_cast<std::uint32_t>(other.term_hashes_[i + kTermAhead] >> 32))
        __builtin_prefetch(&terms_[ahead->id]);
    }
    Term& t = other.terms_[i];
    std::size_t slot = term_slot(t.kind, t.value, t.datatype, t.language, other.term_hashes_[i]);
    map[i] = term_slots_[slot].id != 0 ? term_slots_[slot].id : insert_term(slot, other.term_hashes_[i], std::move(t));
  }
  for (const auto& q : other.quads_) add(map[q.s], map[q.p], map[q.o], map[q.g]);
  other = Graph();
  return map;
}

bool term_less(const Term& a, const Term& b) {
  if (a.kind != b.kind) return a.kind < b.kind;
  if (a.value != b.value) return a.value < b.value;
  if (a.datatype != b.datatype) return a.datatype < b.datatype;
  return a.language < b.language;
}

namespace {

// A term as the ranking sorts it: its kind, then its text, byte by byte,
// with the eight bytes of that string at the depth being sorted held in
// the key itself. 32 bytes, the text's length held in 32 bits and the kind
// read through the term (at depth 0 only): the partitions swap keys, and
// at 40 bytes Graph::sorted took 61.0M instructions on the 1 MB corpus,
// 59.6M so.
struct RankKey {
  const char* data;     // the term's text
  const Term* term;
  std::uint64_t chunk;  // bytes [d, d + 8) of kind + text, big-endian, 0 past the end
  std::uint32_t size;   // of the text
  TermId id;
  std::string_view text() const { return {data, size}; }
};

// Sets k.chunk to bytes [d, d + 8) of the key's string (its kind, then its
// text), most significant first, so that chunks compare as the bytes do.
void load_chunk(RankKey& k, std::size_t d) {
  // The text from byte `from` on, eight bytes of it or what is left; at
  // depth 0, the kind is put before seven of them. Near a text's end the
  // bytes left are read one at a time, not all eight with a test each: that
  // loop took 2.6M of ranking's 31.7M instructions on the 1 MB corpus.
  const std::size_t from = d == 0 ? 0 : d - 1;
  const std::size_t left = from < k.size ? k.size - from : 0;
  std::uint64_t c = 0;
  if (left >= 8) {
    std::memcpy(&c, k.data + from, 8);
    if constexpr (std::endian::native == std::endian::little) c = __builtin_bswap64(c);
  } else if (left > 0) {
    for (std::size_t i = 0; i < left; ++i) c = c << 8 | static_cast<unsigned char>(k.data[from + i]);
    c <<= 8 * (8 - left);  // 0 past the end
  }
  if (d == 0) c = c >> 8 | std::uint64_t{static_cast<unsigned char>(k.term->kind)} << 56;
  k.chunk = c;
}

// True when the key's string (kind and text) ends within bytes [d, d + 8).
bool ends_within(const RankKey& k, std::size_t d) { return 1 + std::size_t{k.size} <= d + 8; }

// term_less() for two keys equal in their first d bytes.
bool key_less(const RankKey& a, const RankKey& b, std::size_t d) {
  if (d == 0 && a.term->kind != b.term->kind) return a.term->kind < b.term->kind;
  std::size_t from = d == 0 ? 0 : d - 1;
  std::string_view x = a.text().substr(std::min<std::size_t>(from, a.size));
  std::string_view y = b.text().substr(std::min<std::size_t>(from, b.size));
  if (int c = x.compare(y); c != 0) return c < 0;
  if (a.term->datatype != b.term->datatype) return a.term->datatype < b.term->datatype;
  return a.term->language < b.term->language;
}

// A range of keys to rank: the first `n` from `a`, equal in their first
// `d` bytes, each key's chunk loaded for depth d; `budget` is the depth of
// recursion left.
struct KeyRange {
  RankKey* a;
  std::size_t n, d;
  int budget;
};

// Multikey quicksort (Bentley and Sedgewick) on eight bytes at a time:
// three-way partitions on each key's chunk, so the long prefixes IRIs
// share ("https://w3id.org/stancegraph/id/assertion/") cost a pass per
// eight bytes, and a partition compares integers held in the keys. With
// one byte a level and the bytes read through each key's text, ranking the
// 432,000 terms of the 20 MB benchmark graph took 0.28 s, a pointer chased
// per key and byte of the shared prefixes. The order is term_less()'s.
// Past a depth of recursion that only a pathological input reaches,
// std::sort finishes the range.
//
// This is its loop: it partitions `r` until at most `small` keys are left,
// hands the keys below and above each pivot to `aside` (ranges of their
// own, whose order among themselves and with the rest is settled), and
// returns the range left.
template <typename Aside>
KeyRange partition_keys(KeyRange r, std::size_t small, Aside aside) {
  // (Named, not a structured binding: clang 14 does not capture those.)
  RankKey* a = r.a;
  std::size_t n = r.n, d = r.d;
  int budget = r.budget;
  while (n > small) {
    if (budget-- <= 0) {
      std::sort(a, a + n, [d](const RankKey& x, const RankKey& y) { return key_less(x, y, d); });
      return {a, 0, d, 0};
    }
    const RankKey& x = a[0];  // the pivot: the median of three chunks
    const RankKey& y = a[n / 2];
    const RankKey& z = a[n - 1];
    const std::uint64_t v = (x.chunk < y.chunk) ? (y.chunk < z.chunk ? y.chunk : std::max(x.chunk, z.chunk))
                                                : (x.chunk < z.chunk ? x.chunk : std::max(y.chunk, z.chunk));
    std::size_t lt = 0, i = 0, gt = n;
    while (i < gt) {
      std::uint64_t c = a[i].chunk;
      if (c < v) std::swap(a[lt++], a[i++]);
      else if (c > v) std::swap(a[i], a[--gt]);
      else ++i;
    }
    aside(KeyRange{a, lt, d, budget});
    aside(KeyRange{a + gt, n - gt, d, budget});
    a += lt;
    n = gt - lt;
    // A key whose string ends within these eight bytes is a prefix of every
    // key of the range that goes on (what its padding reads as 0 is their
    // NUL bytes): those keys come first, in the order their lengths,
    // datatypes and languages give.
    // One pass sets those keys aside and loads the next chunk of the others
    // (and of some set aside, which no one reads): a second pass over the
    // range cost 0.6M instructions on the 1 MB corpus.
    std::size_t ended = 0;
    for (std::size_t k = 0; k < n; ++k) {
      if (ends_within(a[k], d)) std::swap(a[k], a[ended++]);
      load_chunk(a[k], d + 8);  // a[k] is now a key that goes on, or one set aside
    }
    std::sort(a, a + ended, [d](const RankKey& p, const RankKey& q) { return key_less(p, q, d); });
    a += ended;
    n -= ended;
    d += 8;
  }
  return {a, n, d, budget};
}

void rank_sort(KeyRange r) {
  // (Named, not a structured binding: clang 14 does not capture those.)
  const KeyRange left = partition_keys(r, 12, rank_sort);
  RankKey* a = left.a;
  const std::size_t n = left.n, d = left.d;
  // The keys left hold their chunks for depth d: two that differ there
  // compare as their chunks do (a string that ends within them reads as
  // 0 past its end, below any byte the other has there but a NUL, and a NUL
  // would make the chunks equal), and only equal chunks need the texts.
  // Most pairs differ: key_less() took 6.5M instructions on the 1 MB corpus.
  auto less = [d](const RankKey& x, const RankKey& y) { return x.chunk != y.chunk ? x.chunk < y.chunk : key_less(x, y, d); };
  for (std::size_t i = 1; i < n; ++i)
    for (std::size_t j = i; j > 0 && less(a[j], a[j - 1]); --j) std::swap(a[j], a[j - 1]);
}

// rank_sort() shared by `threads` threads: the first levels partition the
// keys here until no range is left of more than 1/64 of them, then the
// ranges, largest first, are sorted on the threads. The ranges are already
// in order among themselves: nothing is merged after. (Two halves ranked
// apart and merged were slower at -j 2 than one thread: the merge compared
// the terms' texts through pointers, the shared prefixes byte by byte.)
void rank_sort_shared(RankKey* a, std::size_t n, unsigned threads) {
  if (threads < 2 || n < 100000) {
    rank_sort({a, n, 0, 256});
    return;
  }
  const std::size_t small = n / 64;
  std::vector<KeyRange> ranges;
  auto split = [&](auto& self, KeyRange r) -> void {
    if (r.n > small) r = partition_keys(r, small, [&](KeyRange part) { self(self, part); });
    if (r.n > 0) ranges.push_back(r);
  };
  split(split, {a, n, 0, 256});
  std::sort(ranges.begin(), ranges.end(), [](const KeyRange& x, const KeyRange& y) { return x.n > y.n; });
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < ranges.size(); i = next++) rank_sort(ranges[i]);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

RankKey key_of(const Term& term, TermId id) {
  if (term.value.size() > UINT32_MAX) throw std::length_error("a term of 4 GB or more");
  RankKey key{term.value.data(), &term, 0, static_cast<std::uint32_t>(term.value.size()), id};
  load_chunk(key, 0);
  return key;
}

}  // namespace

void TermRanking::run(unsigned threads) {
  std::vector<RankKey> keys(terms_.size());
  for (std::size_t i = 0; i < keys.size(); ++i) keys[i] = key_of(*terms_[i], static_cast<TermId>(i + 1));
  rank_sort_shared(keys.data(), keys.size(), threads);
  order_.resize(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) order_[i] = keys[i].id;
}

TermRanking Graph::ranking() const {
  TermRanking ranking;
  ranking.terms_.reserve(terms_.size() - 1);
  for (std::size_t i = 1; i < terms_.size(); ++i) ranking.terms_.push_back(&terms_[i]);
  return ranking;
}

void Graph::keep(TermRanking ranking) {
  if (ranking.order_.size() != ranking.terms_.size() ||
      (!ranking.terms_.empty() && (ranking.terms_.size() >= terms_.size() || ranking.terms_.front() != &terms_[1])))
    throw std::logic_error("Graph::keep: a ranking not run, or of another graph");
  ranked_ = std::move(ranking.order_);
}

std::vector<Quad> Graph::sorted(bool by_graph, unsigned threads) const {
  // Rank every term once; then sort the quads as tuples of ranks, which
  // compares plain integers in place (looking ranks up in the comparator
  // missed the cache on every comparison of a large graph), and map the
  // ranks back to terms in one pass. Id 0, the default graph, comes first.
  const std::size_t from = ranked_.size() + 1;  // the first term not ranked ahead (keep())
  std::vector<RankKey> keys;
  keys.reserve(terms_.size() - from);
  for (std::size_t i = from; i < terms_.size(); ++i) keys.push_back(key_of(terms_[i], static_cast<TermId>(i)));
  rank_sort_shared(keys.data(), keys.size(), threads);
  std::vector<TermId> order;
  order.reserve(terms_.size());
  order.push_back(kDefaultGraph);
  // The terms ranked ahead and those since, merged. The new ones fall in
  // a few runs (the summaries' IRIs, their labels): each is placed by a
  // galloping search from where the one before it went.
  std::size_t at = 0;
  for (const RankKey& key : keys) {
    auto before = [&](TermId id) { return term_less(terms_[id], *key.term); };
    std::size_t low = at, step = 1;
    while (low + step <= ranked_.size() && before(ranked_[low + step - 1])) {
      low += step;
      step *= 2;
    }
    const auto high = ranked_.begin() + static_cast<std::ptrdiff_t>(std::min(low + step - 1, ranked_.size()));
    const auto place = std::partition_point(ranked_.begin() + static_cast<std::ptrdiff_t>(low), high, before);
    order.insert(order.end(), ranked_.begin() + static_cast<std::ptrdiff_t>(at), place);
    order.push_back(key.id);
    at = static_cast<std::size_t>(place - ranked_.begin());
  }
  order.insert(order.end(), ranked_.begin() + static_cast<std::ptrdiff_t>(at), ranked_.end());
  keys = {};
  std::vector<std::uint32_t> rank(terms_.size());
  for (std::size_t i = 0; i < order.size(); ++i) rank[order[i]] = static_cast<std::uint32_t>(i);
  std::vector<Quad> out;
  if (sort_packed(quads_, rank, order, by_graph, threads, out)) return out;
  // From the quads as added, not compact()ed: sorting them by id first, to
  // drop duplicates, would sort the whole graph twice; the duplicates are
  // dropped after this sort instead (ranks and ids are one to one).
  out.reserve(quads_.size());
  for_each_added([&](const Quad& q) { out.push_back(Quad{rank[q.s], rank[q.p], rank[q.o], by_graph ? rank[q.g] : 0}); });
  sort_quads_shared(out, threads);
  out.erase(std::unique(out.begin(), out.end()), out.end());
  for (auto& q : out) q = Quad{order[q.s], order[q.p], order[q.o], order[q.g]};
  return out;
}

std::vector<Quad> Graph::sorted_quads(unsigned threads) const { return sorted(true, threads); }

std::vector<Quad> Graph::sorted_triples(unsigned threads) const { return sorted(false, threads); }

}  // namespace sg::graph
