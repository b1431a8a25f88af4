// JSON-LD to quads for --merge: the subset of JSON-LD 1.1 expansion that
// graphs written by stancegraph and by common tools use — an embedded
// context (prefixes, terms, type coercion, default language, @vocab,
// @base), node objects with @id / @type, value objects, embedded nodes,
// named graphs (a node with @id and @graph). Remote contexts are never
// fetched, and anything this reader cannot turn into RDF is an error, not
// a silent drop: a merge must not lose data.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "export.h"

namespace sg::exporter {
namespace {

using nlohmann::json;

struct TermDefinition {
  std::string iri;
  std::string type;      // "@id", "@vocab", a datatype IRI, or empty
  std::string language;  // "" = default; "@none" = no language
  bool has_language = false;
};

class JsonLdReader {
 public:
  JsonLdReader(std::string path, graph::Graph& graph, std::vector<extract::Diagnostic>& diagnostics,
               std::string blank_prefix)
      : path_(std::move(path)), graph_(graph), diagnostics_(diagnostics), blank_prefix_(std::move(blank_prefix)) {}

  bool run(const json& doc) {
    if (doc.is_array()) {
      for (const auto& n : doc) node(n, graph::kDefaultGraph);
    } else if (doc.is_object()) {
      if (doc.contains("@context") && !context(doc["@context"])) return false;
      if (doc.contains("@graph") && !doc.contains("@id")) {
        for (const auto& key : doc.items())
          if (key.key() != "@context" && key.key() != "@graph")
            return error("top-level key '" + key.key() + "' beside @graph is not read");
        const json& g = doc["@graph"];
        if (g.is_array())
          for (const auto& n : g) node(n, graph::kDefaultGraph);
        else
          node(g, graph::kDefaultGraph);
      } else {
        node(doc, graph::kDefaultGraph);
      }
    } else {
      return error("a JSON-LD document is an object or an array");
    }
    return !failed_;
  }

 private:
  bool error(const std::string& message) {
    extract::Diagnostic d;
    d.file = path_;
    d.message = message;
    diagnostics_.push_back(std::move(d));
    failed_ = true;
    return false;
  }

  bool context(const json& c) {
    if (c.is_array()) {
      for (const auto& x : c)
        if (!context(x)) return false;
      return true;
    }
    if (c.is_null()) {
      terms_.clear();
      vocab_.clear();
      return true;
    }
    if (c.is_string())
      return error("context '" + c.get<std::string>() +
                   "' is not loaded (no network or file access from inputs): embed the context");
    if (!c.is_object()) return error("@context must be an object");
    for (const auto& [key, value] : c.items()) {
      if (key == "@version") continue;
      if (key == "@vocab") {
        vocab_ = value.is_string() ? value.get<std::string>() : "";
        continue;
      }
      if (key == "@base") {
        base_ = value.is_string() ? value.get<std::string>() : "";
        continue;
      }
      if (key == "@language") {
        language_ = value.is_string() ? value.get<std::string>() : "";
        continue;
      }
      if (key == "@protected" || key == "@propagate") continue;
      if (!key.empty() && key[0] == '@') return error("context keyword '" + key + "' is not supported");
      pending_[key] = value;
    }
    // Terms may refer to each other and to prefixes: define them in turn.
    for (int pass = 0; pass < 4 && !pending_.empty(); ++pass)
      for (auto it = pending_.begin(); it != pending_.end();) {
        if (define(it->first, it->second)) it = pending_.erase(it);
        else ++it;
      }
    if (!pending_.empty()) return error("context term '" + pending_.begin()->first + "' cannot be expanded to an IRI");
    return true;
  }

  bool define(const std::string& term, const json& value) {
    TermDefinition d;
    if (value.is_null()) {
      terms_.erase(term);
      return true;
    }
    std::string id;
    if (value.is_string()) {
      id = value.get<std::string>();
    } else if (value.is_object()) {
      if (value.contains("@id") && value["@id"].is_string()) id = value["@id"].get<std::string>();
      else id = term;
      if (value.contains("@type") && value["@type"].is_string()) {
        std::string t = value["@type"].get<std::string>();
        if (t == "@id" || t == "@vocab") {
          d.type = t;
        } else {
          auto x = expand(t, true, false);
          if (!x) return false;
          d.type = *x;
        }
      }
      if (value.contains("@language")) {
        d.has_language = true;
        d.language = value["@language"].is_string() ? value["@language"].get<std::string>() : "@none";
      }
      if (value.contains("@container")) {
        const json& k = value["@container"];
        if (!(k.is_string() && k.get<std::string>() == "@set")) {
          error("term '" + term + "': only the @set container is supported");
          return true;  // reported; do not retry
        }
      }
    } else {
      error("term '" + term + "' must be a string or an object");
      return true;
    }
    auto iri = expand(id, true, false);
    if (!iri) return false;
    d.iri = *iri;
    terms_[term] = d;
    return true;
  }

  // Expands a term, compact IRI, absolute IRI or (document-relative) IRI.
  std::optional<std::string> expand(const std::string& value, bool vocab, bool document) const {
    if (!value.empty() && value[0] == '@') return value;
    if (vocab) {
      auto t = terms_.find(value);
      if (t != terms_.end()) return t->second.iri;
    }
    auto colon = value.find(':');
    if (colon != std::string::npos) {
      std::string prefix = value.substr(0, colon), suffix = value.substr(colon + 1);
      if (prefix == "_") return value;
      if (suffix.rfind("//", 0) != 0) {
        auto t = terms_.find(prefix);
        if (t != terms_.end()) return t->second.iri + suffix;
        if (pending_.count(prefix)) return std::nullopt;  // defined later in the context
      }
      return value;  // an absolute IRI
    }
    if (vocab && !vocab_.empty()) return vocab_ + value;
    if (document && !base_.empty()) return base_ + value;
    return std::nullopt;
  }

  graph::TermId resource(const std::string& iri) {
    if (iri.rfind("_:", 0) == 0) return graph_.blank(blank_prefix_ + iri.substr(2));
    return graph_.iri(iri);
  }

  graph::TermId fresh_blank() { return graph_.blank(blank_prefix_ + "n" + std::to_string(++blank_count_)); }

  // A node object; returns its subject.
  std::optional<graph::TermId> node(const json& n, graph::TermId graph) {
    if (!n.is_object()) {
      error("expected a node object, found " + std::string(n.type_name()));
      return std::nullopt;
    }
    graph::TermId subject;
    if (n.contains("@id")) {
      if (!n["@id"].is_string()) {
        error("@id must be a string");
        return std::nullopt;
      }
      auto id = expand(n["@id"].get<std::string>(), false, true);
      if (!id) {
        error("@id '" + n["@id"].get<std::string>() + "' is relative and there is no @base");
        return std::nullopt;
      }
      subject = resource(*id);
    } else {
      subject = fresh_blank();
    }
    for (const auto& [key, value] : n.items()) {
      if (key == "@id" || key == "@context") continue;
      if (key == "@graph") {
        const json& items = value;
        if (items.is_array())
          for (const auto& x : items) node(x, subject);
        else
          node(items, subject);
        continue;
      }
      if (key == "@type") {
        graph::TermId type = graph_.iri(std::string(graph::ns::rdf) + "type");
        for (const auto& t : value.is_array() ? value : json::array({value})) {
          if (!t.is_string()) {
            error("@type values must be strings");
            continue;
          }
          auto iri = expand(t.get<std::string>(), true, true);
          if (!iri) {
            error("type '" + t.get<std::string>() + "' cannot be expanded to an IRI");
            continue;
          }
          graph_.add(subject, type, resource(*iri), graph);
        }
        continue;
      }
      if (!key.empty() && key[0] == '@') {
        error("keyword '" + key + "' is not supported");
        continue;
      }
      auto predicate = expand(key, true, false);
      if (!predicate || predicate->rfind("_:", 0) == 0) {
        error("property '" + key + "' is not defined by the context and is not an IRI: it would be lost");
        continue;
      }
      const TermDefinition* def = nullptr;
      if (auto t = terms_.find(key); t != terms_.end()) def = &t->second;
      graph::TermId p = graph_.iri(*predicate);
      for (const auto& v : value.is_array() ? value : json::array({value})) {
        if (auto o = object(v, def, graph)) graph_.add(subject, p, *o, graph);
      }
    }
    return subject;
  }

  std::optional<graph::TermId> object(const json& v, const TermDefinition* def, graph::TermId graph) {
    std::string type = def ? def->type : "";
    if (v.is_null()) return std::nullopt;
    if (v.is_string()) {
      const std::string s = v.get<std::string>();
      if (type == "@id" || type == "@vocab") {
        auto iri = expand(s, type == "@vocab", true);
        if (!iri) {
          error("'" + s + "' cannot be expanded to an IRI");
          return std::nullopt;
        }
        return resource(*iri);
      }
      if (!type.empty()) return typed(s, type);
      std::string language = def && def->has_language ? def->language : language_;
      if (!language.empty() && language != "@none") return graph_.lang_literal(s, lower(language));
      return graph_.literal(s);
    }
    if (v.is_boolean()) return graph_.boolean(v.get<bool>());
    if (v.is_number_integer() || v.is_number_unsigned()) {
      if (!type.empty() && type[0] != '@') return graph_.literal(v.dump(), type);
      return graph_.literal(v.dump(), std::string(graph::ns::xsd) + "integer");
    }
    if (v.is_number_float()) {
      double d = v.get<double>();
      if (!type.empty() && type[0] != '@') return graph_.literal(v.dump(), type);
      return graph_.literal(canonical_double(d), std::string(graph::ns::xsd) + "double");
    }
    if (v.is_array()) {
      error("nested arrays are not supported");
      return std::nullopt;
    }
    // Objects: value objects, lists, node references and embedded nodes.
    if (v.contains("@value")) {
      const json& value = v["@value"];
      std::string lexical = value.is_string() ? value.get<std::string>()
                            : value.is_boolean() ? (value.get<bool>() ? "true" : "false")
                                                 : value.dump();
      if (v.contains("@language") && v["@language"].is_string())
        return graph_.lang_literal(lexical, lower(v["@language"].get<std::string>()));
      if (v.contains("@type") && v["@type"].is_string()) {
        auto dt = expand(v["@type"].get<std::string>(), true, false);
        if (!dt) {
          error("datatype '" + v["@type"].get<std::string>() + "' cannot be expanded to an IRI");
          return std::nullopt;
        }
        return typed(lexical, *dt);
      }
      if (value.is_boolean()) return graph_.boolean(value.get<bool>());
      if (value.is_number_integer() || value.is_number_unsigned())
        return graph_.literal(lexical, std::string(graph::ns::xsd) + "integer");
      if (value.is_number_float())
        return graph_.literal(canonical_double(value.get<double>()), std::string(graph::ns::xsd) + "double");
      return graph_.literal(lexical);
    }
    if (v.contains("@list")) {
      error("@list values are not supported");
      return std::nullopt;
    }
    if (v.contains("@set")) {
      error("@set values are not supported here; use a plain array");
      return std::nullopt;
    }
    return node(v, graph);
  }

  // xsd:string is the plain literal (RDF 1.1): one term, however written.
  graph::TermId typed(const std::string& lexical, const std::string& datatype) {
    if (datatype == std::string(graph::ns::xsd) + "string") return graph_.literal(lexical);
    return graph_.literal(lexical, datatype);
  }

  static std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }

  // The canonical xsd:double form JSON-LD uses: "1.5E0".
  static std::string canonical_double(double d) {
    if (d == 0) return "0.0E0";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.15E", d);
    std::string s(buffer);
    auto e = s.find('E');
    std::string mantissa = s.substr(0, e), exponent = s.substr(e + 1);
    while (mantissa.size() > 1 && mantissa.back() == '0') mantissa.pop_back();
    if (mantissa.back() == '.') mantissa += '0';
    int exp = std::stoi(exponent);
    return mantissa + "E" + std::to_string(exp);
  }

  std::string path_;
  graph::Graph& graph_;
  std::vector<extract::Diagnostic>& diagnostics_;
  std::string blank_prefix_;
  std::map<std::string, TermDefinition> terms_;
  std::map<std::string, json> pending_;
  std::string vocab_, base_, language_;
  std::size_t blank_count_ = 0;
  bool failed_ = false;
};

}  // namespace

bool read_jsonld(const std::string& path, const std::string& content, graph::Graph& graph,
                 std::vector<extract::Diagnostic>& diagnostics) {
  json doc;
  try {
    doc = json::parse(content);
  } catch (const json::exception& e) {
    // A syntax error knows its byte; a number beyond a double ("1e999")
    // only names the number, so the line is that of its first occurrence.
    std::size_t at = 0;  // unknown: line 1
    std::string what = e.what();
    if (const auto* syntax = dynamic_cast<const json::parse_error*>(&e); syntax && syntax->byte > 0) {
      at = syntax->byte - 1;
    } else if (auto open = what.find('\''), close = what.rfind('\''); open != std::string::npos && close > open) {
      at = content.find(what.substr(open + 1, close - open - 1));
      if (at == std::string::npos) at = 0;
    }
    at = std::min(at, content.size());
    extract::Diagnostic d;
    d.file = path;
    d.line = 1 + static_cast<int>(std::count(content.begin(), content.begin() + static_cast<long>(at), '\n'));
    d.message = "invalid JSON: " + what;
    diagnostics.push_back(std::move(d));
    return false;
  }
  JsonLdReader reader(path, graph, diagnostics, blank_prefix('j', content));
  return reader.run(doc);
}

}  // namespace sg::exporter
