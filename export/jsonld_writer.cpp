// JSON-LD 1.1 output: one embedded @context, a top-level @graph holding
// the default graph's nodes and one named graph per report.
//
// Keys and values are compacted with the context itself, so the output
// reads like the context promises ("actor", "date": "2025-09-04") and a
// JSON-LD processor expands it back to exactly the quads of the graph. A
// value whose form does not fit its term's definition is written in
// expanded form rather than risk a different triple.
#include <nlohmann/json.hpp>

#include <map>

#include "export.h"

namespace sg::exporter {
namespace {

using json = nlohmann::ordered_json;

struct TermDef {
  std::string term;
  std::string type;      // "@id", a datatype IRI, or empty
  std::string language;  // "en" or empty
};

class Compactor {
 public:
  bool load(const std::string& context_text, std::string& error) {
    try {
      context_ = json::parse(context_text);
    } catch (const json::exception& e) {
      error = std::string("the JSON-LD context is not valid JSON: ") + e.what();
      return false;
    }
    if (!context_.is_object() || !context_.contains("@context") || !context_["@context"].is_object()) {
      error = "the JSON-LD context file has no @context object";
      return false;
    }
    const json& ctx = context_["@context"];
    for (const auto& [key, value] : ctx.items())
      if (value.is_string() && !key.empty() && key[0] != '@') {
        const std::string& v = value.get_ref<const std::string&>();
        if (!v.empty() && (v.back() == '#' || v.back() == '/')) prefixes_[key] = v;
      }
    for (const auto& [key, value] : ctx.items()) {
      if (key.empty() || key[0] == '@' || prefixes_.count(key)) continue;
      TermDef def;
      def.term = key;
      std::string id;
      if (value.is_string()) {
        id = value.get<std::string>();
      } else if (value.is_object() && value.contains("@id")) {
        id = value["@id"].get<std::string>();
        if (value.contains("@type")) def.type = expand(value["@type"].get<std::string>());
        if (value.contains("@language") && value["@language"].is_string())
          def.language = value["@language"].get<std::string>();
      } else {
        continue;
      }
      std::string iri = expand(id);
      // The first term for an IRI wins, in context order.
      if (value.is_string()) classes_.emplace(iri, key);
      terms_.emplace(iri, def);
    }
    return true;
  }

  const json& context() const { return context_["@context"]; }

  std::string expand(const std::string& s) const {
    if (s == "@id" || s == "@vocab") return s;
    auto colon = s.find(':');
    if (colon != std::string::npos) {
      auto it = prefixes_.find(s.substr(0, colon));
      if (it != prefixes_.end()) return it->second + s.substr(colon + 1);
    }
    return s;
  }

  // A key for a predicate: its term, else a compact IRI, else the IRI.
  std::string key(const std::string& iri, const TermDef** def) const {
    auto it = terms_.find(iri);
    if (it != terms_.end()) {
      *def = &it->second;
      return it->second.term;
    }
    *def = nullptr;
    return compact_iri(iri);
  }

  std::string type_name(const std::string& iri) const {
    auto it = classes_.find(iri);
    return it != classes_.end() ? it->second : compact_iri(iri);
  }

  std::string compact_iri(const std::string& iri) const {
    for (const auto& [prefix, ns] : prefixes_)
      if (iri.size() > ns.size() && iri.compare(0, ns.size(), ns) == 0) {
        std::string local = iri.substr(ns.size());
        // Only plain local names: anything else stays a full IRI.
        bool plain = std::all_of(local.begin(), local.end(), [](char c) {
          return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
        });
        if (plain && !std::isdigit(static_cast<unsigned char>(local[0]))) return prefix + ":" + local;
      }
    return iri;
  }

  json value(const graph::Term& t, const TermDef* def) const {
    const std::string xsd = std::string(graph::ns::xsd);
    if (t.kind != graph::Term::Kind::Literal) {
      std::string id = t.kind == graph::Term::Kind::Blank ? "_:" + t.value : compact_iri(t.value);
      if (def && def->type == "@id") return id;
      return json{{"@id", id}};
    }
    if (!t.language.empty()) {
      if (def && def->language == t.language && def->type.empty()) return t.value;
      return json{{"@value", t.value}, {"@language", t.language}};
    }
    std::string datatype = t.datatype.empty() ? xsd + "string" : t.datatype;
    bool plain_term = !def || (def->type.empty() && def->language.empty());
    if (def && def->type == datatype) return t.value;
    if (plain_term) {
      if (datatype == xsd + "string") return t.value;
      if (datatype == xsd + "boolean" && (t.value == "true" || t.value == "false")) return t.value == "true";
      if (datatype == xsd + "integer" && canonical_integer(t.value)) return std::stoll(t.value);
    }
    return json{{"@value", t.value}, {"@type", compact_iri(datatype)}};
  }

 private:
  static bool canonical_integer(const std::string& v) {
    if (v.empty() || v.size() > 15) return false;  // exact in a JSON number
    std::size_t i = v[0] == '-' ? 1 : 0;
    if (i == v.size() || (v[i] == '0' && v.size() > i + 1)) return false;
    for (; i < v.size(); ++i)
      if (v[i] < '0' || v[i] > '9') return false;
    return v != "-0";
  }

  json context_;
  std::map<std::string, std::string> prefixes_;
  std::map<std::string, TermDef> terms_;
  std::map<std::string, std::string> classes_;
};

// One subject's quads in one graph, as a node object.
json node(const graph::Graph& g, const Compactor& c, const std::vector<graph::Quad>& quads, std::size_t begin,
          std::size_t end) {
  const std::string rdf_type = std::string(graph::ns::rdf) + "type";
  const graph::Term& subject = g.term(quads[begin].s);
  json n;
  n["@id"] = subject.kind == graph::Term::Kind::Blank ? "_:" + subject.value : subject.value;
  json types = json::array();
  std::map<std::string, json> props;  // key order is the predicates' sorted order
  std::vector<std::string> order;
  for (std::size_t i = begin; i < end; ++i) {
    const graph::Term& p = g.term(quads[i].p);
    const graph::Term& o = g.term(quads[i].o);
    if (p.value == rdf_type && o.kind == graph::Term::Kind::Iri) {
      types.push_back(c.type_name(o.value));
      continue;
    }
    const TermDef* def = nullptr;
    std::string key = c.key(p.value, &def);
    if (!props.count(key)) {
      props[key] = json::array();
      order.push_back(key);
    }
    props[key].push_back(c.value(o, def));
  }
  if (types.size() == 1) n["@type"] = types[0];
  else if (!types.empty()) n["@type"] = types;
  for (const auto& key : order) {
    json& values = props[key];
    n[key] = values.size() == 1 ? values[0] : values;
  }
  return n;
}

json nodes(const graph::Graph& g, const Compactor& c, const std::vector<graph::Quad>& quads, std::size_t begin,
           std::size_t end) {
  json out = json::array();
  std::size_t i = begin;
  while (i < end) {
    std::size_t j = i;
    while (j < end && quads[j].s == quads[i].s) ++j;
    out.push_back(node(g, c, quads, i, j));
    i = j;
  }
  return out;
}

}  // namespace

bool write_jsonld(const graph::Graph& graph, std::FILE* out, const WriteOptions& options, std::string& error) {
  Compactor compactor;
  if (!compactor.load(options.jsonld_context, error)) return false;
  auto quads = graph.sorted_quads();
  json doc;
  doc["@context"] = compactor.context();
  json all = json::array();
  std::size_t i = 0;
  while (i < quads.size()) {
    std::size_t j = i;
    while (j < quads.size() && quads[j].g == quads[i].g) ++j;
    if (quads[i].g == graph::kDefaultGraph) {
      for (auto& n : nodes(graph, compactor, quads, i, j)) all.push_back(std::move(n));
    } else {
      json named;
      named["@id"] = graph.term(quads[i].g).value;
      named["@graph"] = nodes(graph, compactor, quads, i, j);
      all.push_back(std::move(named));
    }
    i = j;
  }
  doc["@graph"] = std::move(all);
  std::string text = doc.dump(1, ' ', false, json::error_handler_t::strict);
  text += '\n';
  if (std::fwrite(text.data(), 1, text.size(), out) != text.size()) {
    error = "write error";
    return false;
  }
  return true;
}

}  // namespace sg::exporter
