// The RDF graph as a property graph: see property_graph.h and docs/neo4j.md.
#include "property_graph.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <tuple>

namespace sg::exporter::pg {

using graph::Quad;
using graph::Term;
using graph::TermId;

namespace {

const std::string kSg(graph::ns::sg);
const std::string kXsd(graph::ns::xsd);

bool real_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  auto number = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  int y = number(0, 4), m = number(5, 2), d = number(8, 2);
  static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > days[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

// The local name of an IRI: after the last '#', '/' or ':'.
std::string local_name(const std::string& iri) {
  auto cut = iri.find_last_of("#/:");
  std::string local = cut == std::string::npos ? iri : iri.substr(cut + 1);
  return local.empty() ? iri : local;
}

// A name Cypher and neo4j-admin take as it is: ASCII letters, digits and
// '_' (no backslash, which Neo4j may read as a \u escape even in backticks).
std::string identifier(const std::string& raw, bool upper_snake) {
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    auto c = static_cast<unsigned char>(raw[i]);
    bool alnum = c < 0x80 && std::isalnum(c);
    if (upper_snake) {
      if (alnum && std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(raw[i - 1]))) out += '_';
      out += alnum ? static_cast<char>(std::toupper(c)) : '_';
    } else {
      out += alnum ? static_cast<char>(c) : '_';
    }
  }
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0]))) out = (upper_snake ? "X_" : "x_") + out;
  return out;
}

// The labels of a class: its local name; actor classes also Actor, an
// armed force also Organization (its super-class in the ontology).
void class_labels(const std::string& iri, std::set<std::string>& labels) {
  if (iri.rfind(kSg, 0) == 0) {
    std::string local = iri.substr(kSg.size());
    if (local == "State" || local == "Organization" || local == "ArmedForce" || local == "Person" ||
        local == "ActorGroup")
      labels.insert("Actor");
    if (local == "ArmedForce") labels.insert("Organization");
  }
  labels.insert(identifier(local_name(iri), false));
}

std::string concept_name(const Term& o) {
  return o.kind == Term::Kind::Iri && o.value.rfind(kSg, 0) == 0 ? o.value.substr(kSg.size()) : o.value;
}

// Adds a value; a property that is not a list keeps the first (in term
// order), except `label`, whose others become altLabels.
void add_value(Properties& props, const std::string& name, bool list, Value v) {
  Property& p = props[name];
  p.list = list;
  if (!list && name != "label" && !p.values.empty()) return;
  p.values.push_back(std::move(v));
}

}  // namespace

char32_t decode_utf8(std::string_view s, std::size_t i, std::size_t& n) {
  auto c = static_cast<unsigned char>(s[i]);
  n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || i + n > s.size()) {
    n = 0;
    return 0;
  }
  if (n == 1) return c;
  char32_t cp = c & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      n = 0;
      return 0;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  static constexpr char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < least[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) n = 0;
  return cp;
}

bool fail(std::string& error, std::string_view what, std::string_view value) {
  error = std::string(what);
  if (!value.empty()) error += ": " + std::string(value.substr(0, 80));
  return false;
}

bool drain(std::string& text, std::FILE* file) {
  bool ok = text.empty() || std::fwrite(text.data(), 1, text.size(), file) == text.size();
  text.clear();
  return ok;
}

Value literal_value(const Term& t) {
  Value v{Value::Kind::String, t.value};
  if (t.datatype.empty() || t.datatype.rfind(kXsd, 0) != 0) return v;
  std::string_view type = std::string_view(t.datatype).substr(kXsd.size());
  const std::string& s = t.value;
  if (type == "integer" || type == "int" || type == "long" || type == "short" || type == "nonNegativeInteger" ||
      type == "positiveInteger" || type == "negativeInteger" || type == "nonPositiveInteger") {
    long long n = 0;
    const char* begin = s.data() + (!s.empty() && s[0] == '+' ? 1 : 0);
    auto [end, ec] = std::from_chars(begin, s.data() + s.size(), n);
    // (The most negative integer has no Cypher literal: -N is minus N, and N overflows.)
    if (ec == std::errc() && end == s.data() + s.size() && begin != end && n != std::numeric_limits<long long>::min())
      v = {Value::Kind::Integer, std::to_string(n)};
  } else if (type == "boolean") {
    if (s == "true" || s == "1") v = {Value::Kind::Boolean, "true"};
    if (s == "false" || s == "0") v = {Value::Kind::Boolean, "false"};
  } else if (type == "date") {
    if (real_date(s)) v = {Value::Kind::Date, s};
  } else if (type == "decimal" || type == "double" || type == "float") {
    double d = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (ec == std::errc() && end == s.data() + s.size() && std::isfinite(d)) {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%.17g", d);
      std::string f = buf;
      if (f.find_first_of(".e") == std::string::npos) f += ".0";
      v = {Value::Kind::Float, f};
    }
  }
  return v;
}

View::View(const graph::Graph& graph) : g_(graph) {
  index();
  plan_predicates();
  for (std::size_t i = 0; i < quads_.size();) {
    std::size_t j = i;
    while (j < quads_.size() && quads_[j].s == quads_[i].s) ++j;
    if (summary_[quads_[i].s]) summaries_.push_back(i);
    if (is_node(quads_[i].s)) {
      std::string key;
      for (const auto& l : labels_of(i, j))
        if (l != "Resource") key += ":" + l;
      nodes_.push_back({key, i, j});
    }
    i = j;
  }
  // Stable: within a label set, nodes stay in IRI order.
  std::stable_sort(nodes_.begin(), nodes_.end(), [](const NodeRef& a, const NodeRef& b) { return a.labels < b.labels; });
  link();
}

void View::index() {
  quads_ = g_.sorted_quads();
  TermId max = 0;
  for (const auto& q : quads_) max = std::max({max, q.s, q.p, q.o, q.g});
  std::vector<TermId> ids;
  std::vector<bool> used(max + 1);
  for (const auto& q : quads_)
    for (TermId t : {q.s, q.p, q.o})
      if (!used[t]) {
        used[t] = true;
        ids.push_back(t);
      }
  std::sort(ids.begin(), ids.end(), [&](TermId a, TermId b) { return graph::term_less(g_.term(a), g_.term(b)); });
  rank_.assign(max + 1, 0);
  for (std::size_t i = 0; i < ids.size(); ++i) rank_[ids[i]] = static_cast<std::uint32_t>(i + 1);
  // By subject across graphs: a node's facts may sit in several graphs.
  std::stable_sort(quads_.begin(), quads_.end(), [&](const Quad& a, const Quad& b) {
    if (a.s != b.s) return rank_[a.s] < rank_[b.s];
    if (a.p != b.p) return rank_[a.p] < rank_[b.p];
    return rank_[a.o] < rank_[b.o];
  });
  const std::string type = std::string(graph::ns::rdf) + "type";
  node_.assign(max + 1, false);
  summary_.assign(max + 1, false);
  for (const auto& q : quads_) {
    if (g_.term(q.s).kind != Term::Kind::Literal) node_[q.s] = true;
    if (g_.term(q.p).value == type && g_.term(q.o).value == kSg + "StanceSummary") summary_[q.s] = true;
  }
  for (std::size_t i = 0; i < summary_.size(); ++i)
    if (summary_[i]) node_[i] = false;
}

void View::plan_predicates() {
  using K = Mapping::Kind;
  static const std::map<std::string, Mapping> vocabulary = [] {
    std::string rdf(graph::ns::rdf), rdfs(graph::ns::rdfs), skos(graph::ns::skos), dc(graph::ns::dcterms),
        prov(graph::ns::prov);
    std::map<std::string, Mapping> m = {
        {rdf + "type", {K::Type, "", false, ""}},
        {rdfs + "label", {K::Property, "label", false, ""}},
        {skos + "altLabel", {K::Property, "altLabels", true, ""}},
        {dc + "title", {K::Property, "title", false, ""}},
        {dc + "date", {K::Property, "date", false, ""}},
        {dc + "identifier", {K::Property, "identifiers", true, ""}},
        {dc + "source", {K::Property, "source", false, ""}},
        {prov + "wasDerivedFrom", {K::Relationship, "DERIVED_FROM", false, ""}},
        {kSg + "summarizes", {K::Dropped, "", false, ""}},  // on STANCE, as `assertions`
    };
    for (auto [local, name, list] : std::initializer_list<std::tuple<const char*, const char*, bool>>{
             {"iso3166", "iso3166", false},   {"orgKind", "orgKind", false},
             {"title", "title", false},       {"text", "text", false},
             {"citation", "citations", true}, {"citationInferred", "citationInferred", false},
             {"start", "start", false},       {"end", "end", false},
             {"date", "date", false},         {"negated", "negated", false},
             {"quantity", "quantity", false}, {"attributionVerb", "attributionVerb", false},
             {"topic", "topic", false},       {"rule", "rules", true},
             {"trigger", "triggers", true},   {"firstDate", "firstDate", false},
             {"lastDate", "lastDate", false}, {"assertionCount", "count", false}})
      m[kSg + local] = {K::Property, name, list, ""};
    for (const char* local : {"eventType", "modality", "memberType"}) m[kSg + local] = {K::Concept, local, false, ""};
    for (auto [local, type] : std::initializer_list<std::pair<const char*, const char*>>{
             {"actor", "ACTOR"},
             {"target", "TARGET"},
             {"location", "LOCATION"},
             {"attributedTo", "ATTRIBUTED_TO"},
             {"reportedBy", "REPORTED_BY"},
             {"inReport", "IN_REPORT"},
             {"cites", "CITES"},
             {"partOf", "PART_OF"},
             {"forceOf", "FORCE_OF"},
             {"locatedIn", "LOCATED_IN"},
             {"holdsPosition", "HOLDS_POSITION"},
             {"positionIn", "POSITION_IN"}})
      m[kSg + local] = {K::Relationship, type, false, ""};
    return m;
  }();
  std::set<std::string> taken_props = {"iri", "assertions"}, taken_types = {"STANCE"};
  for (const auto& [iri, m] : vocabulary) {
    if (m.kind == K::Property || m.kind == K::Concept) taken_props.insert(m.name);
    if (m.kind == K::Relationship) taken_types.insert(m.name);
  }
  std::map<TermId, bool> several;  // an unknown predicate -> some subject has several values for it
  std::vector<TermId> unknown;
  for (std::size_t i = 0; i < quads_.size(); ++i) {
    const Quad& q = quads_[i];
    if (mapping_.count(q.p)) {
      auto it = several.find(q.p);
      if (it != several.end() && quads_[i - 1].s == q.s && quads_[i - 1].p == q.p && quads_[i - 1].o != q.o &&
          !is_node(q.o) && !is_node(quads_[i - 1].o))
        it->second = true;
      continue;
    }
    auto known = vocabulary.find(g_.term(q.p).value);
    if (known != vocabulary.end()) {
      mapping_[q.p] = known->second;
    } else {
      mapping_[q.p] = {};
      several[q.p] = false;
      unknown.push_back(q.p);
    }
  }
  std::sort(unknown.begin(), unknown.end(), [&](TermId a, TermId b) { return rank_[a] < rank_[b]; });
  auto unique = [](const std::string& name, std::set<std::string>& taken) {
    std::string candidate = name;
    for (int k = 2; taken.count(candidate); ++k) candidate = name + "_" + std::to_string(k);
    taken.insert(candidate);
    return candidate;
  };
  for (TermId p : unknown) {
    Mapping& m = mapping_[p];
    std::string local = local_name(g_.term(p).value);
    m.name = unique(identifier(local, false), taken_props);
    m.list = several[p];
    m.type = unique(identifier(local, true), taken_types);
  }
}

std::string View::iri_of(TermId t) const {
  const Term& term = g_.term(t);
  return term.kind == Term::Kind::Blank ? "_:" + term.value : term.value;
}

std::set<std::string> View::labels_of(std::size_t begin, std::size_t end) const {
  std::set<std::string> labels;
  for (std::size_t k = begin; k < end; ++k)
    if (mapping_.at(quads_[k].p).kind == Mapping::Kind::Type && g_.term(quads_[k].o).kind == Term::Kind::Iri)
      class_labels(g_.term(quads_[k].o).value, labels);
  return labels;
}

Node View::node(std::size_t k) const {
  const NodeRef& ref = nodes_[k];
  Node n;
  n.iri = iri_of(quads_[ref.begin].s);
  for (const auto& l : labels_of(ref.begin, ref.end))
    if (l != "Resource") n.labels.push_back(l);
  Properties& props = n.properties;
  for (std::size_t i = ref.begin; i < ref.end; ++i) {
    const Quad& q = quads_[i];
    if (i > ref.begin && q.p == quads_[i - 1].p && q.o == quads_[i - 1].o) continue;  // the triple, in another graph
    const Mapping& m = mapping_.at(q.p);
    const Term& o = g_.term(q.o);
    auto plain = [&] { return o.kind == Term::Kind::Literal ? literal_value(o) : Value{Value::Kind::String, iri_of(q.o)}; };
    switch (m.kind) {
      case Mapping::Kind::Property: add_value(props, m.name, m.list, plain()); break;
      case Mapping::Kind::Concept: add_value(props, m.name, false, {Value::Kind::String, concept_name(o)}); break;
      case Mapping::Kind::Relationship:
        // A link to something that is not a node: its IRI, as a property.
        if (!is_node(q.o))
          add_value(props, identifier(local_name(g_.term(q.p).value), false), false, plain());
        break;
      case Mapping::Kind::Generic:
        if (!is_node(q.o)) add_value(props, m.name, m.list, plain());
        break;
      case Mapping::Kind::Type:
      case Mapping::Kind::Dropped: break;
    }
  }
  // Of several labels (a merged graph may hold them), the first is the
  // label and the others are further names.
  if (auto it = props.find("label"); it != props.end() && it->second.values.size() > 1) {
    Property& alt = props["altLabels"];
    alt.list = true;
    alt.values.insert(alt.values.end(), it->second.values.begin() + 1, it->second.values.end());
    it->second.values.resize(1);
  }
  // Neo4j stores lists of one type only: a mixed list becomes strings.
  for (auto& entry : props) {
    auto& values = entry.second.values;  // (clang 14 cannot capture a structured binding)
    if (entry.second.list &&
        std::any_of(values.begin(), values.end(), [&](const Value& v) { return v.kind != values[0].kind; }))
      for (auto& v : values) v.kind = Value::Kind::String;
  }
  return n;
}

void View::link() {
  std::vector<std::tuple<std::string, TermId, TermId>> found;
  const std::string assertion = kSg + "Assertion";
  for (const auto& ref : nodes_)
    for (std::size_t i = ref.begin; i < ref.end; ++i) {
      const Quad& q = quads_[i];
      const Mapping& m = mapping_.at(q.p);
      if (m.kind == Mapping::Kind::Relationship && is_node(q.o)) found.emplace_back(m.name, q.s, q.o);
      if (m.kind == Mapping::Kind::Generic && is_node(q.o)) found.emplace_back(m.type, q.s, q.o);
      // An assertion belongs to the report whose graph holds it.
      if (m.kind == Mapping::Kind::Type && q.g != graph::kDefaultGraph && is_node(q.g) && g_.term(q.o).value == assertion)
        found.emplace_back("IN_REPORT", q.s, q.g);
    }
  std::set<std::string> names;
  for (const auto& f : found) names.insert(std::get<0>(f));
  types_.assign(names.begin(), names.end());
  types_.push_back("STANCE");  // last, whatever its name
  for (const auto& [type, s, o] : found)
    links_.push_back({static_cast<std::uint32_t>(std::lower_bound(types_.begin(), types_.end() - 1, type) - types_.begin()), s,
                      o, 0});
  auto order = [&](const Link& a, const Link& b) {
    return std::tie(a.type, rank_[a.s], rank_[a.o], a.summary) < std::tie(b.type, rank_[b.s], rank_[b.o], b.summary);
  };
  std::sort(links_.begin(), links_.end(), order);
  links_.erase(std::unique(links_.begin(), links_.end(),
                           [](const Link& a, const Link& b) { return a.type == b.type && a.s == b.s && a.o == b.o; }),
               links_.end());
  // Every summary whose actor and target are nodes: (actor)-[:STANCE]->(target).
  const std::string actor = kSg + "actor", target = kSg + "target";
  std::size_t first_stance = links_.size();
  for (std::size_t begin : summaries_) {
    TermId who = 0, whom = 0;
    for (std::size_t k = begin; k < quads_.size() && quads_[k].s == quads_[begin].s; ++k) {
      const std::string& p = g_.term(quads_[k].p).value;
      if (p == actor && is_node(quads_[k].o) && !who) who = quads_[k].o;
      if (p == target && is_node(quads_[k].o) && !whom) whom = quads_[k].o;
    }
    if (who && whom) links_.push_back({static_cast<std::uint32_t>(types_.size() - 1), who, whom, begin});
  }
  std::sort(links_.begin() + static_cast<std::ptrdiff_t>(first_stance), links_.end(), order);
}

Relationship View::relationship(std::size_t k) const {
  const Link& l = links_[k];
  Relationship r{types_[l.type], iri_of(l.s), iri_of(l.o), {}};
  if (r.type != "STANCE" || l.type + 1 != types_.size()) return r;
  const std::string summarizes = kSg + "summarizes";
  Property& assertions = r.properties["assertions"];
  assertions.list = true;
  TermId summary = quads_[l.summary].s;
  r.properties["iri"] = {false, {{Value::Kind::String, iri_of(summary)}}};
  for (std::size_t k2 = l.summary; k2 < quads_.size() && quads_[k2].s == summary; ++k2) {
    const Quad& q = quads_[k2];
    const Term& o = g_.term(q.o);
    const Mapping& m = mapping_.at(q.p);
    if (g_.term(q.p).value == summarizes) assertions.values.push_back({Value::Kind::String, iri_of(q.o)});
    else if (m.kind == Mapping::Kind::Concept) add_value(r.properties, m.name, false, {Value::Kind::String, concept_name(o)});
    else if (m.kind == Mapping::Kind::Property && !m.list && o.kind == Term::Kind::Literal)
      add_value(r.properties, m.name, false, literal_value(o));
  }
  return r;
}

}  // namespace sg::exporter::pg
