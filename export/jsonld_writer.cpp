// JSON-LD 1.1 output: one embedded @context, a top-level @graph holding
// the default graph's nodes and one named graph per report.
//
// Keys and values are compacted with the context itself, so the output
// reads like the context promises ("actor", "date": "2025-09-04") and a
// JSON-LD processor expands it back to exactly the quads of the graph. A
// value whose form does not fit its term's definition is written in
// expanded form rather than risk a different triple.
//
// The text is written as it goes, a node at a time in canonical quad order,
// through a buffer flushed a megabyte at a time: memory beyond the graph
// does not grow with the output. nlohmann_json only parses the context and
// prints it once. The layout is byte for byte what nlohmann's dump() with a
// one-space indent prints for the same document (the writer built that
// document as a DOM before; tests/unit/export_test.cpp holds it to that).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <type_traits>
#include <unordered_map>

#include "export.h"
#include "text_escape.h"
#include "writers.h"

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

  // A whole number as a JSON number prints as itself.
  static bool canonical_integer(const std::string& v) {
    if (v.empty() || v.size() > 15) return false;  // exact in a JSON number
    std::size_t i = v[0] == '-' ? 1 : 0;
    if (i == v.size() || (v[i] == '0' && v.size() > i + 1)) return false;
    for (; i < v.size(); ++i)
      if (v[i] < '0' || v[i] > '9') return false;
    return v != "-0";
  }

 private:
  json context_;
  std::map<std::string, std::string> prefixes_;
  std::map<std::string, TermDef> terms_;
  std::map<std::string, std::string> classes_;
};

class JsonLdWriter {
 public:
  JsonLdWriter(const graph::Graph& graph, const Compactor& compactor, std::FILE* file)
      : graph_(graph), c_(compactor), out_(file) {
    rdf_type_ = std::string(graph::ns::rdf) + "type";
    xsd_string_ = std::string(graph::ns::xsd) + "string";
    xsd_boolean_ = std::string(graph::ns::xsd) + "boolean";
    xsd_integer_ = std::string(graph::ns::xsd) + "integer";
  }

  bool write(std::string& error) {
    bool ok = document() && out_.flush();
    if (!ok) error = error_.empty() ? write_failure() : error_;
    return ok;
  }

 private:
  bool document() {
    // The context as nlohmann prints it at the top level, one level deeper.
    std::string context = c_.context().dump(1, ' ', false, json::error_handler_t::strict);
    out_.text += "{\n \"@context\": ";
    for (char ch : context) {
      out_.text += ch;
      if (ch == '\n') out_.text += ' ';  // a newline in a string is escaped: these are the layout's
    }
    out_.text += ",\n \"@graph\": ";
    auto quads = graph_.sorted_quads();
    if (quads.empty()) {
      out_.text += "[]\n}\n";
      return true;
    }
    out_.text += "[\n";
    bool first = true;
    for (std::size_t i = 0; i < quads.size();) {
      std::size_t j = i;
      while (j < quads.size() && quads[j].g == quads[i].g) ++j;
      if (quads[i].g == graph::kDefaultGraph) {
        if (!nodes(quads, i, j, 2, first)) return false;
      } else {
        separate(first, 2);
        out_.text += "{\n";
        keyword(3, "@id");
        if (!id(graph_.term(quads[i].g), false)) return false;
        out_.text += ",\n";
        keyword(3, "@graph");
        out_.text += "[\n";
        bool inner_first = true;
        if (!nodes(quads, i, j, 4, inner_first)) return false;
        out_.text += '\n';
        indent(3);
        out_.text += "]\n";
        indent(2);
        out_.text += '}';
      }
      i = j;
    }
    out_.text += "\n ]\n}\n";
    return true;
  }

  // ",\n" between the items of an array, then the item's indentation.
  void separate(bool& first, int depth) {
    if (!first) out_.text += ",\n";
    first = false;
    indent(depth);
  }

  void indent(int depth) { out_.text.append(static_cast<std::size_t>(depth), ' '); }

  // An indented JSON-LD keyword as a key: "@id": and the like.
  void keyword(int depth, std::string_view name) {
    indent(depth);
    out_.text += '"';
    out_.text += name;
    out_.text += "\": ";
  }

  bool nodes(const std::vector<graph::Quad>& quads, std::size_t begin, std::size_t end, int depth, bool& first) {
    for (std::size_t i = begin; i < end;) {
      std::size_t j = i;
      while (j < end && quads[j].s == quads[i].s) ++j;
      separate(first, depth);
      if (!node(quads, i, j, depth) || !out_.maybe_flush()) return false;
      i = j;
    }
    return true;
  }

  bool is_type(const graph::Quad& q) const {
    return graph_.term(q.o).kind == graph::Term::Kind::Iri && graph_.term(q.p).value == rdf_type_;
  }

  // One subject's quads in one graph, as a node object: "@id", "@type"
  // (the IRI objects of rdf:type), then a key per predicate in order.
  bool node(const std::vector<graph::Quad>& quads, std::size_t begin, std::size_t end, int depth) {
    out_.text += "{\n";
    keyword(depth + 1, "@id");
    if (!id(graph_.term(quads[begin].s), false)) return false;
    std::size_t types = 0;
    for (std::size_t i = begin; i < end; ++i) types += is_type(quads[i]);
    if (types > 0) {
      out_.text += ",\n";
      keyword(depth + 1, "@type");
      if (types > 1) out_.text += "[\n";
      bool first = true;
      for (std::size_t i = begin; i < end; ++i) {
        if (!is_type(quads[i])) continue;
        if (types > 1) separate(first, depth + 2);
        if (!string(c_.type_name(graph_.term(quads[i].o).value))) return false;
      }
      if (types > 1) {
        out_.text += '\n';
        indent(depth + 1);
        out_.text += ']';
      }
    }
    for (std::size_t i = begin; i < end;) {
      std::size_t j = i;
      while (j < end && quads[j].p == quads[i].p) ++j;
      std::size_t values = 0;
      for (std::size_t k = i; k < j; ++k) values += !is_type(quads[k]);
      if (values > 0 && !property(quads, i, j, values, depth + 1)) return false;
      i = j;
    }
    out_.text += '\n';
    indent(depth);
    out_.text += '}';
    return true;
  }

  // "key": value, or "key": [values], for one predicate's run of quads.
  bool property(const std::vector<graph::Quad>& quads, std::size_t begin, std::size_t end, std::size_t values,
                int depth) {
    auto [key, def] = key_of(quads[begin].p);
    out_.text += ",\n";
    indent(depth);
    if (!string(key)) return false;
    out_.text += ": ";
    if (values > 1) out_.text += "[\n";
    bool first = true;
    for (std::size_t k = begin; k < end; ++k) {
      if (is_type(quads[k])) continue;
      if (values > 1) separate(first, depth + 1);
      if (!value(graph_.term(quads[k].o), def, values > 1 ? depth + 1 : depth)) return false;
    }
    if (values > 1) {
      out_.text += '\n';
      indent(depth);
      out_.text += ']';
    }
    return true;
  }

  std::pair<const std::string&, const TermDef*> key_of(graph::TermId p) {
    auto it = keys_.find(p);
    if (it == keys_.end()) {
      const TermDef* def = nullptr;
      std::string key = c_.key(graph_.term(p).value, &def);
      it = keys_.emplace(p, std::pair{std::move(key), def}).first;
    }
    return {it->second.first, it->second.second};
  }

  // An object, compacted as its term's definition allows; `depth` is the
  // indentation of the value itself.
  bool value(const graph::Term& t, const TermDef* def, int depth) {
    if (t.kind != graph::Term::Kind::Literal) {
      if (def && def->type == "@id") return id(t, true);
      return object(depth, "@id", [&] { return id(t, true); }, nullptr, nullptr);
    }
    if (!t.language.empty()) {
      if (def && def->language == t.language && def->type.empty()) return string(t.value);
      return object(depth, "@value", [&] { return string(t.value); }, "@language", [&] { return string(t.language); });
    }
    const std::string& datatype = t.datatype.empty() ? xsd_string_ : t.datatype;
    bool plain_term = !def || (def->type.empty() && def->language.empty());
    if (def && def->type == datatype) return string(t.value);
    if (plain_term) {
      if (datatype == xsd_string_) return string(t.value);
      if ((datatype == xsd_boolean_ && (t.value == "true" || t.value == "false")) ||
          (datatype == xsd_integer_ && Compactor::canonical_integer(t.value))) {
        out_.text += t.value;  // a JSON literal that prints as its lexical form
        return true;
      }
    }
    return object(depth, "@value", [&] { return string(t.value); }, "@type",
                  [&] { return compact(datatype); });
  }

  // {"first": ..., "second": ...} (or with one key), as dump() lays it out.
  template <typename First, typename Second>
  bool object(int depth, const char* first_key, First first, const char* second_key, Second second) {
    out_.text += "{\n";
    keyword(depth + 1, first_key);
    if (!first()) return false;
    if constexpr (!std::is_same_v<Second, std::nullptr_t>) {
      out_.text += ",\n";
      keyword(depth + 1, second_key);
      if (!second()) return false;
    }
    out_.text += '\n';
    indent(depth);
    out_.text += '}';
    return true;
  }

  // A node's or graph's "@id" is its full IRI; an object's is compacted.
  bool id(const graph::Term& t, bool compacted) {
    if (t.kind == graph::Term::Kind::Blank) {
      scratch_ = "_:";
      scratch_ += t.value;
      return string(scratch_);
    }
    return compacted ? compact(t.value) : string(t.value);
  }

  bool compact(const std::string& iri) { return string(c_.compact_iri(iri)); }

  bool string(std::string_view s) {
    if (text::append_json_string(out_.text, s)) return true;
    error_ = "invalid UTF-8 in a JSON-LD string: " + std::string(s.substr(0, 80));
    return false;
  }

  const graph::Graph& graph_;
  const Compactor& c_;
  text::Buffer out_;
  std::string error_, scratch_;
  std::string rdf_type_, xsd_string_, xsd_boolean_, xsd_integer_;
  std::unordered_map<graph::TermId, std::pair<std::string, const TermDef*>> keys_;
};

}  // namespace

bool write_jsonld(const graph::Graph& graph, std::FILE* out, const WriteOptions& options, std::string& error) {
  Compactor compactor;
  if (!compactor.load(options.jsonld_context, error)) return false;
  return JsonLdWriter(graph, compactor, out).write(error);
}

}  // namespace sg::exporter
