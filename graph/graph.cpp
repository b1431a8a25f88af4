#include "graph.h"

#include <algorithm>
#include <cstdio>

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

std::size_t Graph::TermHash::operator()(const Term* term) const {
  const Term& t = *term;
  return static_cast<std::size_t>(fnv1a64(t.value) ^ (fnv1a64(t.datatype) * 31) ^ (fnv1a64(t.language) * 131) ^
                                  static_cast<std::uint64_t>(t.kind));
}

std::size_t Graph::QuadHash::operator()(const Quad& q) const {
  std::uint64_t h = q.s;
  h = h * 0x9E3779B97F4A7C15ULL + q.p;
  h = h * 0x9E3779B97F4A7C15ULL + q.o;
  h = h * 0x9E3779B97F4A7C15ULL + q.g;
  return static_cast<std::size_t>(h ^ (h >> 29));
}

Graph::Graph() {
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

std::optional<TermId> Graph::find(const Term& term) const {
  auto it = ids_.find(&term);
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

TermId Graph::intern(const Term& term) {
  auto it = ids_.find(&term);
  if (it != ids_.end()) return it->second;
  auto id = static_cast<TermId>(terms_.size());
  terms_.push_back(term);
  ids_.emplace(&terms_.back(), id);
  return id;
}

TermId Graph::iri(std::string_view iri) { return intern(Term{Term::Kind::Iri, std::string(iri), "", ""}); }
TermId Graph::blank(std::string_view label) { return intern(Term{Term::Kind::Blank, std::string(label), "", ""}); }
TermId Graph::literal(std::string_view value) { return intern(Term{Term::Kind::Literal, std::string(value), "", ""}); }
TermId Graph::literal(std::string_view value, std::string_view datatype) {
  return intern(Term{Term::Kind::Literal, std::string(value), std::string(datatype), ""});
}
TermId Graph::lang_literal(std::string_view value, std::string_view language) {
  return intern(Term{Term::Kind::Literal, std::string(value), "", std::string(language)});
}
TermId Graph::integer(long long value) {
  return literal(std::to_string(value), std::string(ns::xsd) + "integer");
}
TermId Graph::boolean(bool value) { return literal(value ? "true" : "false", std::string(ns::xsd) + "boolean"); }
TermId Graph::date(const extract::Date& d) { return literal(d.iso(), std::string(ns::xsd) + "date"); }

void Graph::add(TermId s, TermId p, TermId o, TermId g) { quads_.insert(Quad{s, p, o, g}); }

void Graph::merge(const Graph& other) {
  std::vector<TermId> map(other.terms_.size(), 0);
  for (std::size_t i = 1; i < other.terms_.size(); ++i) map[i] = intern(other.terms_[i]);
  for (const auto& q : other.quads_) add(map[q.s], map[q.p], map[q.o], q.g == kDefaultGraph ? kDefaultGraph : map[q.g]);
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
  out.reserve(quads_.size());
  for (const auto& q : quads_)
    out.push_back(Quad{rank[q.s], rank[q.p], rank[q.o], by_graph ? rank[q.g] : 0});
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
