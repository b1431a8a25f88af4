// Turtle, written by us as it goes: the triples of every graph (Turtle has
// no named graphs; TriG, the same writer, keeps each in its own block), one block per subject in canonical order, `;` between
// predicates, `,` between objects, `a` for rdf:type (first), through a
// buffer flushed a megabyte at a time. Raptor's Turtle serializer holds the
// whole graph until the end and writes ~0.2M triples/s; this writes several
// times faster in constant memory beyond the graph (bench/RESULTS.md,
// "Writers at scale", where serd was measured too).
//
// What is written bare, and why:
//   - prefixed names only when the local name is [A-Za-z_][A-Za-z0-9_-]*:
//     strict, so that no parser's reading of PN_LOCAL (dots, digits first,
//     '%' escapes, '\' escapes) can differ from ours; else <full IRI>;
//   - integers only in canonical form (-?[1-9][0-9]* or 0) and booleans only
//     as true/false, which read back as the same lexical form and datatype;
//     decimals and doubles always quoted with their datatype, since a bare
//     "1" would read back as an integer (NOTES.md, "Numbers in Turtle").
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "export.h"
#include "text_escape.h"

namespace sg::exporter {
namespace {

bool name_start(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool name_char(unsigned char c) { return name_start(c) || (c >= '0' && c <= '9') || c == '-'; }

// A local name we write bare: [A-Za-z_][A-Za-z0-9_-]*.
bool plain_name(std::string_view s) {
  if (s.empty() || !name_start(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s)
    if (!name_char(static_cast<unsigned char>(c))) return false;
  return true;
}

// A prefix we declare: a plain name that starts with a letter (PN_PREFIX).
bool plain_prefix(std::string_view s) { return plain_name(s) && s[0] != '_'; }

// LANGTAG: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
bool valid_language(std::string_view tag) {
  bool first = true;
  std::size_t run = 0;
  for (char ch : tag) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '-') {
      if (run == 0) return false;
      first = false;
      run = 0;
    } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (!first && c >= '0' && c <= '9')) {
      ++run;
    } else {
      return false;
    }
  }
  return run > 0;
}

bool canonical_integer(std::string_view v) {
  std::size_t i = !v.empty() && v[0] == '-' ? 1 : 0;
  if (i == v.size() || (v[i] == '0' && v.size() > i + 1) || v == "-0") return false;
  for (; i < v.size(); ++i)
    if (v[i] < '0' || v[i] > '9') return false;
  return true;
}

class TurtleWriter {
 public:
  // `trig`: TriG, each named graph's triples in a block of their own.
  TurtleWriter(const graph::Graph& graph, std::FILE* file, bool trig) : graph_(graph), out_(file), trig_(trig) {
    rdf_type_ = std::string(graph::ns::rdf) + "type";
    xsd_integer_ = std::string(graph::ns::xsd) + "integer";
    xsd_boolean_ = std::string(graph::ns::xsd) + "boolean";
  }

  bool write(std::string& error) {
    bool ok = prefixes() && triples() && out_.flush();
    if (!ok) error = error_.empty() ? write_failure() : error_;
    return ok;
  }

 private:
  // Only prefixes we can spell are declared; an IRI under any other is
  // written in full.
  bool prefixes() {
    for (const auto& [prefix, ns] : graph_.prefixes()) {
      if (!plain_prefix(prefix) || ns.empty()) continue;
      out_.text += "@prefix ";
      out_.text += prefix;
      out_.text += ": ";
      if (!text::append_iri(out_.text, ns)) return fail("invalid UTF-8 in a prefix IRI", ns);
      out_.text += " .\n";
      namespaces_.emplace_back(prefix, ns);
    }
    return true;
  }

  bool triples() {
    // Turtle: every graph's triples, each once; TriG: the default graph's,
    // then each named graph's in `<name> { ... }`, in canonical order.
    auto quads = trig_ ? graph_.sorted_quads() : graph_.sorted_triples();
    std::size_t i = 0;
    while (i < quads.size()) {
      graph::TermId g = quads[i].g;
      if (g != graph::kDefaultGraph) {
        const graph::Term& name = graph_.term(g);
        if (name.kind == graph::Term::Kind::Literal) return fail("a literal as a graph name", name.value);
        out_.text += '\n';
        if (!node(g)) return false;
        out_.text += " {";
      }
      while (i < quads.size() && quads[i].g == g) {
        std::size_t end = i;
        while (end < quads.size() && quads[end].s == quads[i].s && quads[end].g == g) ++end;
        if (!subject(quads, i, end) || !out_.maybe_flush()) return false;
        i = end;
      }
      if (g != graph::kDefaultGraph) out_.text += "}\n";
    }
    return true;
  }

  // One subject's block; rdf:type first, as `a`.
  bool subject(const std::vector<graph::Quad>& triples, std::size_t begin, std::size_t end) {
    const graph::Term& s = graph_.term(triples[begin].s);
    if (s.kind == graph::Term::Kind::Literal) return fail("a literal as a subject", s.value);
    out_.text += '\n';
    if (!node(triples[begin].s)) return false;
    bool first = true;
    auto predicate = [&](std::size_t from, std::size_t to) {
      out_.text += first ? "\n    " : " ;\n    ";
      first = false;
      graph::TermId p = triples[from].p;
      if (graph_.term(p).value == rdf_type_) out_.text += 'a';
      else if (!node(p)) return false;
      for (std::size_t k = from; k < to; ++k) {
        out_.text += k == from ? " " : ", ";
        if (!node(triples[k].o)) return false;
      }
      return true;
    };
    // Predicate runs: the rdf:type run, wherever it sorts, goes first.
    for (int pass = 0; pass < 2; ++pass)
      for (std::size_t i = begin; i < end;) {
        std::size_t to = i;
        while (to < end && triples[to].p == triples[i].p) ++to;
        const graph::Term& p = graph_.term(triples[i].p);
        if (p.kind != graph::Term::Kind::Iri) return fail("a predicate that is not an IRI", p.value);
        if ((p.value == rdf_type_) == (pass == 0) && !predicate(i, to)) return false;
        i = to;
      }
    out_.text += " .\n";
    return true;
  }

  bool node(graph::TermId id) {
    const graph::Term& t = graph_.term(id);
    switch (t.kind) {
      case graph::Term::Kind::Iri: return iri(id, t.value);
      case graph::Term::Kind::Blank: text::append_blank(out_.text, t.value); return true;
      case graph::Term::Kind::Literal: return literal(t);
    }
    return true;
  }

  bool iri(graph::TermId id, std::string_view value) {
    int k = id == kNoId ? choose(value) : cached_choice(id, value);
    if (k < 0) return text::append_iri(out_.text, value) || fail("invalid UTF-8 in an IRI", value);
    const auto& [prefix, ns] = namespaces_[static_cast<std::size_t>(k)];
    out_.text += prefix;
    out_.text += ':';
    out_.text.append(value.substr(ns.size()));
    return true;
  }

  // The namespace to write `iri` under (the longest that leaves a plain
  // local name), or -1 for a full IRI.
  int choose(std::string_view iri) const {
    int best = -1;
    std::size_t best_size = 0;
    for (std::size_t k = 0; k < namespaces_.size(); ++k) {
      const std::string& ns = namespaces_[k].second;
      if (ns.size() > best_size && iri.size() > ns.size() && iri.compare(0, ns.size(), ns) == 0 &&
          plain_name(iri.substr(ns.size()))) {
        best = static_cast<int>(k);
        best_size = ns.size();
      }
    }
    return best;
  }

  // choose(), remembered per term: the same IRIs come back on every line.
  int cached_choice(graph::TermId id, std::string_view iri) {
    if (namespaces_.size() >= kUnknown - 1) return choose(iri);
    if (id >= choice_.size()) choice_.resize(std::max<std::size_t>(id + 1, choice_.size() * 2), kUnknown);
    if (choice_[id] == kUnknown) choice_[id] = static_cast<std::uint8_t>(choose(iri) + 1);
    return static_cast<int>(choice_[id]) - 1;
  }

  bool literal(const graph::Term& t) {
    if (t.language.empty()) {
      if ((t.datatype == xsd_integer_ && canonical_integer(t.value)) ||
          (t.datatype == xsd_boolean_ && (t.value == "true" || t.value == "false"))) {
        out_.text += t.value;
        return true;
      }
    }
    if (!text::append_quoted(out_.text, t.value)) return fail("invalid UTF-8 in a literal", t.value);
    if (!t.language.empty()) {
      if (!valid_language(t.language)) return fail("a language tag Turtle cannot write", t.language);
      out_.text += '@';
      out_.text += t.language;
    } else if (!t.datatype.empty()) {
      out_.text += "^^";
      return iri(kNoId, t.datatype);
    }
    return true;
  }

  bool fail(std::string_view what, std::string_view value) {
    error_ = std::string(what) + ": " + std::string(value.substr(0, 80));
    return false;
  }

  static constexpr graph::TermId kNoId = ~graph::TermId{0};
  static constexpr std::uint8_t kUnknown = 0xFF;
  const graph::Graph& graph_;
  text::Buffer out_;
  bool trig_;
  std::string error_;
  std::string rdf_type_, xsd_integer_, xsd_boolean_;
  std::vector<std::pair<std::string, std::string>> namespaces_;
  std::vector<std::uint8_t> choice_;  // per term: namespace index + 1, 0 for none, kUnknown
};

}  // namespace

bool write_turtle(const graph::Graph& graph, std::FILE* out, std::string& error) {
  return TurtleWriter(graph, out, false).write(error);
}

bool write_trig(const graph::Graph& graph, std::FILE* out, std::string& error) {
  return TurtleWriter(graph, out, true).write(error);
}

}  // namespace sg::exporter
