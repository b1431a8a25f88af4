#include "graph.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace sg::graph {

std::uint64_t fnv1a64(std::string_view data) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : data) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string hex64(std::uint64_t value) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(value));
  return buf;
}

std::string mint_iri(std::string_view base, std::string_view key) {
  std::string out(base);
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : key) {
    bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string safe_iri(std::string_view iri) {
  std::string out;
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : iri) {
    // Characters RFC 3987 does not allow anywhere in an IRI (and a
    // backslash, which Turtle cannot escape in an IRI): percent-encoded.
    bool bad = c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
               c == '^' || c == '`' || c == '\\';
    if (bad) {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
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

std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 32;
  x *= 0xd6e8feb86659fd93ULL;
  x ^= x >> 32;
  x *= 0xd6e8feb86659fd93ULL;
  x ^= x >> 32;
  return x;
}

// A hash of text for the in-memory indexes only (never written anywhere):
// eight bytes at a time, since IRIs are long and share long prefixes.
std::uint64_t text_hash(std::string_view s, std::uint64_t seed) {
  std::uint64_t h = seed ^ (s.size() * 0x9E3779B97F4A7C15ULL);
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ mix(w)) * 0x9E3779B97F4A7C15ULL;
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, s.data() + i, s.size() - i);
  return mix(h ^ tail);
}

std::uint64_t term_hash(Term::Kind kind, std::string_view value, std::string_view datatype,
                        std::string_view language) {
  std::uint64_t h = text_hash(value, static_cast<std::uint64_t>(kind) + 1);
  if (!datatype.empty()) h ^= text_hash(datatype, 0x51) * 31;
  if (!language.empty()) h ^= text_hash(language, 0x77) * 131;
  return h;
}

std::uint64_t quad_hash(const Quad& q) {
  std::uint64_t h = (std::uint64_t{q.s} << 32) | q.p;
  std::uint64_t k = (std::uint64_t{q.o} << 32) | q.g;
  return mix(h * 0x9E3779B97F4A7C15ULL ^ mix(k));
}

}  // namespace

Graph::Graph() : term_hashes_(1, 0), term_slots_(1024, 0), quad_slots_(1024) {
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
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    TermId id = term_slots_[i];
    if (id == 0) return i;
    if (term_hashes_[id] != hash) continue;
    const Term& t = terms_[id];
    if (t.kind == kind && t.value == value && t.datatype == datatype && t.language == language) return i;
  }
}

std::optional<TermId> Graph::find(const Term& term) const {
  std::uint64_t hash = term_hash(term.kind, term.value, term.datatype, term.language);
  TermId id = term_slots_[term_slot(term.kind, term.value, term.datatype, term.language, hash)];
  if (id == 0) return std::nullopt;
  return id;
}

TermId Graph::intern(Term::Kind kind, std::string_view value, std::string_view datatype,
                     std::string_view language) {
  std::uint64_t hash = term_hash(kind, value, datatype, language);
  std::size_t slot = term_slot(kind, value, datatype, language, hash);
  if (term_slots_[slot] != 0) return term_slots_[slot];
  auto id = static_cast<TermId>(terms_.size());
  terms_.push_back(Term{kind, std::string(value), std::string(datatype), std::string(language)});
  term_hashes_.push_back(hash);
  term_slots_[slot] = id;
  if (terms_.size() * 2 > term_slots_.size()) grow_terms();
  return id;
}

void Graph::grow_terms() {
  term_slots_.assign(term_slots_.size() * 2, 0);
  const std::size_t mask = term_slots_.size() - 1;
  for (TermId id = 1; id < terms_.size(); ++id) {
    std::size_t i = term_hashes_[id] & mask;
    while (term_slots_[i] != 0) i = (i + 1) & mask;
    term_slots_[i] = id;
  }
}

namespace {
const std::string xsd_integer = std::string(ns::xsd) + "integer";
const std::string xsd_boolean = std::string(ns::xsd) + "boolean";
const std::string xsd_date = std::string(ns::xsd) + "date";
}  // namespace

TermId Graph::integer(long long value) {
  char digits[24];
  int n = std::snprintf(digits, sizeof digits, "%lld", value);
  return literal(std::string_view(digits, static_cast<std::size_t>(n)), xsd_integer);
}
TermId Graph::boolean(bool value) { return literal(value ? "true" : "false", xsd_boolean); }
TermId Graph::date(const extract::Date& d) {
  char iso[16];
  int n = std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", d.year, d.month, d.day);
  return literal(std::string_view(iso, static_cast<std::size_t>(n)), xsd_date);
}

void Graph::add(TermId s, TermId p, TermId o, TermId g) {
  const Quad quad{s, p, o, g};
  const std::size_t mask = quad_slots_.size() - 1;
  for (std::size_t i = quad_hash(quad) & mask;; i = (i + 1) & mask) {
    Quad& slot = quad_slots_[i];
    if (slot == quad) return;
    if (slot.s == 0) {
      slot = quad;
      if (++quad_count_ * 10 > quad_slots_.size() * 7) grow_quads();
      return;
    }
  }
}

void Graph::grow_quads() {
  std::vector<Quad> old(quad_slots_.size() * 2);
  old.swap(quad_slots_);
  const std::size_t mask = quad_slots_.size() - 1;
  for (const auto& q : old) {
    if (q.s == 0) continue;
    std::size_t i = quad_hash(q) & mask;
    while (quad_slots_[i].s != 0) i = (i + 1) & mask;
    quad_slots_[i] = q;
  }
}

void Graph::merge(const Graph& other) {
  std::vector<TermId> map(other.terms_.size(), 0);
  for (std::size_t i = 1; i < other.terms_.size(); ++i) map[i] = intern(other.terms_[i]);
  other.for_each([&](const Quad& q) {
    add(map[q.s], map[q.p], map[q.o], q.g == kDefaultGraph ? kDefaultGraph : map[q.g]);
  });
}

bool term_less(const Term& a, const Term& b) {
  if (a.kind != b.kind) return a.kind < b.kind;
  if (a.value != b.value) return a.value < b.value;
  if (a.datatype != b.datatype) return a.datatype < b.datatype;
  return a.language < b.language;
}

std::vector<Quad> Graph::sorted(bool by_graph) const {
  // Rank every term once; then sort the quads as tuples of ranks, which
  // compares plain integers in place (looking ranks up in the comparator
  // missed the cache on every comparison of a large graph), and map the
  // ranks back to terms in one pass.
  std::vector<TermId> order(terms_.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<TermId>(i);
  std::sort(order.begin() + 1, order.end(),
            [&](TermId a, TermId b) { return term_less(terms_[a], terms_[b]); });
  std::vector<std::uint32_t> rank(terms_.size());
  for (std::size_t i = 0; i < order.size(); ++i) rank[order[i]] = static_cast<std::uint32_t>(i);
  std::vector<Quad> out;
  out.reserve(quad_count_);
  for_each([&](const Quad& q) { out.push_back(Quad{rank[q.s], rank[q.p], rank[q.o], by_graph ? rank[q.g] : 0}); });
  std::sort(out.begin(), out.end(), [](const Quad& a, const Quad& b) {
    if (a.g != b.g) return a.g < b.g;
    if (a.s != b.s) return a.s < b.s;
    if (a.p != b.p) return a.p < b.p;
    return a.o < b.o;
  });
  if (!by_graph) out.erase(std::unique(out.begin(), out.end()), out.end());
  for (auto& q : out) q = Quad{order[q.s], order[q.p], order[q.o], order[q.g]};
  return out;
}

std::vector<Quad> Graph::sorted_quads() const { return sorted(true); }

std::vector<Quad> Graph::sorted_triples() const { return sorted(false); }

}  // namespace sg::graph
