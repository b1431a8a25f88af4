// Turtle, written by us as it goes: the triples of every graph (Turtle has
// no named graphs; TriG, the same writer, keeps each in its own block), one
// block per subject in canonical order, `;` between predicates, `,` between
// objects, `a` for rdf:type (first). Raptor's Turtle serializer holds the
// whole graph until the end and writes ~0.2M triples/s; this writes several
// times faster (bench/RESULTS.md, "Writers at scale", where serd was
// measured too), holding beyond the graph the sorted triples and the
// written form of each term.
//
// As the N-Quads lines are (line_writer.h), the text is made from every
// term's form, spelled once up front (TermForms), in blocks of subjects
// made on the -j threads and put out in order (write_blocks()): the same
// bytes, and the same first error, whatever the number of threads.
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
#include <cstring>
#include <string>
#include <vector>

#include "export.h"
#include "line_writer.h"
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

bool fail(std::string& error, std::string_view what, std::string_view value) {
  error = std::string(what) + ": " + std::string(value.substr(0, 80));
  return false;
}

// How Turtle spells a term, bare where it reads back the same. Immutable
// once made: spell() runs on several threads at once.
class TurtleSpeller {
 public:
  explicit TurtleSpeller(std::vector<std::pair<std::string, std::string>> namespaces)
      : namespaces_(std::move(namespaces)) {
    xsd_integer_ = std::string(graph::ns::xsd) + "integer";
    xsd_boolean_ = std::string(graph::ns::xsd) + "boolean";
  }

  bool spell(const graph::Term& t, std::string& out, std::string& error) const {
    switch (t.kind) {
      case graph::Term::Kind::Iri: return iri(out, t.value, error);
      case graph::Term::Kind::Blank: text::append_blank(out, t.value); return true;
      case graph::Term::Kind::Literal: return literal(out, t, error);
    }
    return true;
  }

 private:
  bool iri(std::string& out, std::string_view value, std::string& error) const {
    const int k = choose(value);
    if (k < 0) return text::append_iri(out, value) || fail(error, "invalid UTF-8 in an IRI", value);
    const auto& [prefix, ns] = namespaces_[static_cast<std::size_t>(k)];
    out += prefix;
    out += ':';
    out.append(value.substr(ns.size()));
    return true;
  }

  // The namespace to write `iri` under (the longest that leaves a plain
  // local name), or -1 for a full IRI.
  int choose(std::string_view iri) const {
    int best = -1;
    std::size_t best_size = 0;
    for (std::size_t k = 0; k < namespaces_.size(); ++k) {
      const std::string& ns = namespaces_[k].second;
      // The namespace's last byte first: most IRIs are under none of them
      // (an instance IRI's local name holds a '/'), and this rejects most
      // pairs without a call to memcmp (163K calls for the 1 MB corpus).
      if (ns.size() > best_size && iri.size() > ns.size() && iri[ns.size() - 1] == ns.back() &&
          iri.compare(0, ns.size(), ns) == 0 &&
          plain_name(iri.substr(ns.size()))) {
        best = static_cast<int>(k);
        best_size = ns.size();
      }
    }
    return best;
  }

  bool literal(std::string& out, const graph::Term& t, std::string& error) const {
    if (t.language.empty()) {
      if ((t.datatype == xsd_integer_ && canonical_integer(t.value)) ||
          (t.datatype == xsd_boolean_ && (t.value == "true" || t.value == "false"))) {
        out += t.value;
        return true;
      }
    }
    if (!text::append_quoted(out, t.value)) return fail(error, "invalid UTF-8 in a literal", t.value);
    if (!t.language.empty()) {
      if (!valid_language(t.language)) return fail(error, "a language tag Turtle cannot write", t.language);
      out += '@';
      out += t.language;
    } else if (!t.datatype.empty()) {
      out += "^^";
      return iri(out, t.datatype, error);
    }
    return true;
  }

  std::vector<std::pair<std::string, std::string>> namespaces_;
  std::string xsd_integer_, xsd_boolean_;
};

// Only prefixes we can spell are declared (their lines appended to
// `text`); an IRI under any other is written in full.
bool declare_prefixes(const graph::Graph& graph, std::string& text,
                      std::vector<std::pair<std::string, std::string>>& namespaces, std::string& error) {
  for (const auto& [prefix, ns] : graph.prefixes()) {
    if (!plain_prefix(prefix) || ns.empty()) continue;
    text += "@prefix ";
    text += prefix;
    text += ": ";
    if (!text::append_iri(text, ns)) return fail(error, "invalid UTF-8 in a prefix IRI", ns);
    text += " .\n";
    namespaces.emplace_back(prefix, ns);
  }
  return true;
}

// The text of runs of subjects, from the triples in the order written and
// the forms of their terms. Reads only: blocks are made on several threads.
class SubjectWriter {
 public:
  SubjectWriter(const graph::Graph& graph, const std::vector<graph::Quad>& quads, const TermForms& forms)
      : graph_(graph), quads_(quads), forms_(forms) {
    if (auto type = graph.find(graph::Term{graph::Term::Kind::Iri, std::string(graph::ns::rdf) + "type", {}, {}}))
      rdf_type_ = *type;
  }

  bool same_subject(std::size_t a, std::size_t b) const {
    return quads_[a].s == quads_[b].s && quads_[a].g == quads_[b].g;
  }

  // The subjects of quads_[from, to), whole, with the opening and closing
  // of the named graphs that start and end among them.
  bool subjects(std::size_t from, std::size_t to, TextBlock& text, std::string& error) const {
    std::size_t fetched = from;  // the forms of quads_[from, fetched) are on their way to the cache
    for (std::size_t i = from; i < to;) {
      const graph::TermId g = quads_[i].g;
      if (g != graph::kDefaultGraph && (i == 0 || quads_[i - 1].g != g)) {
        const graph::Term& name = graph_.term(g);
        if (name.kind == graph::Term::Kind::Literal) return fail(error, "a literal as a graph name", name.value);
        if (!put("\n", g, text, error)) return false;
        text.append(" {");
      }
      std::size_t end = i + 1;
      while (end < quads_.size() && same_subject(i, end)) ++end;
      fetched = prefetch(fetched, std::min(to, end + kAhead));
      if (!subject(i, end, text, error)) return false;
      if (g != graph::kDefaultGraph && (end == quads_.size() || quads_[end].g != g)) text.append("}\n");
      i = end;
    }
    return true;
  }

 private:
  // One subject's block; rdf:type first, as `a`. One scan finds the
  // rdf:type run and the first predicate that is not an IRI, then the runs
  // are written: rdf:type's, those before it, those after it. The errors
  // are met in the order of the two passes this replaced (the runs' kinds
  // and the rdf:type run in run order, then the other runs), which a
  // single thread's first error, and so the message, depends on.
  bool subject(std::size_t begin, std::size_t end, TextBlock& text, std::string& error) const {
    if (forms_.kind(quads_[begin].s) == graph::Term::Kind::Literal)
      return fail(error, "a literal as a subject", graph_.term(quads_[begin].s).value);
    if (!put("\n", quads_[begin].s, text, error)) return false;
    std::size_t type_from = end, type_to = end;  // the rdf:type run, if any
    std::size_t bad = end;                       // the first quad whose predicate is not an IRI
    for (std::size_t k = begin; k < end; ++k) {
      const graph::TermId p = quads_[k].p;
      if (k > begin && p == quads_[k - 1].p) continue;
      if (p == rdf_type_) {
        type_from = k;
        type_to = k + 1;
        while (type_to < end && quads_[type_to].p == p) ++type_to;
      } else if (bad == end && forms_.kind(p) != graph::Term::Kind::Iri) {
        bad = k;
      }
    }
    auto not_iri = [&] { return fail(error, "a predicate that is not an IRI", graph_.term(quads_[bad].p).value); };
    if (bad < type_from) return not_iri();
    bool first = true;
    // The predicate-object list of the run quads_[from, to).
    auto predicate = [&](std::size_t from, std::size_t to) {
      const std::string_view before = first ? std::string_view("\n    ") : std::string_view(" ;\n    ");
      first = false;
      const graph::TermId p = quads_[from].p;
      if (p == rdf_type_) {
        text.append(before);
        text.append("a");
      } else if (!put(before, p, text, error)) {
        return false;
      }
      for (std::size_t k = from; k < to; ++k)
        if (!put(k == from ? std::string_view(" ") : std::string_view(", "), quads_[k].o, text, error)) return false;
      return true;
    };
    // The runs of quads_[from, to), none of them rdf:type's.
    auto runs = [&](std::size_t from, std::size_t to) {
      for (std::size_t i = from; i < to;) {
        std::size_t next = i + 1;
        while (next < to && quads_[next].p == quads_[i].p) ++next;
        if (!predicate(i, next)) return false;
        i = next;
      }
      return true;
    };
    if (type_from < end && !predicate(type_from, type_to)) return false;
    if (bad < end) return not_iri();
    if (!runs(begin, type_from) || !runs(type_to, end)) return false;
    text.append(" .\n");
    return true;
  }

  // Starts loading the forms of the subjects and objects of quads_[from,
  // to) into the cache, and returns `to`. The forms are in term id order,
  // the quads in text order: nearly every form a subject's block copies is
  // a cache miss on a large graph, and the copies, one after another, took
  // those misses one at a time. This loop's loads do not depend on each
  // other, so the processor overlaps their misses.
  std::size_t prefetch(std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k < to; ++k) {
      if (k == 0 || quads_[k].s != quads_[k - 1].s) __builtin_prefetch(forms_.form(quads_[k].s).data());
      __builtin_prefetch(forms_.form(quads_[k].o).data());
    }
    return std::max(from, to);
  }

  // Appends `before` (a separator of a few bytes) and the form of `id`,
  // room for both made at once.
  bool put(std::string_view before, graph::TermId id, TextBlock& text, std::string& error) const {
    const std::string_view form = forms_.form(id);
    if (form.empty()) {
      error = forms_.error(id);
      return false;
    }
    char* at = text.extend(before.size() + form.size());
    for (char c : before) *at++ = c;  // no call to memcpy for a separator
    std::memcpy(at, form.data(), form.size());
    return true;
  }

  static constexpr graph::TermId kNone = ~graph::TermId{0};
  static constexpr std::size_t kAhead = 16;  // quads prefetched beyond the subject being written
  const graph::Graph& graph_;
  const std::vector<graph::Quad>& quads_;
  const TermForms& forms_;
  graph::TermId rdf_type_ = kNone;  // rdf:type's id, written `a`; kNone when the graph has no such term
};

// `trig`: TriG, each named graph's triples in a block of their own.
bool write_turtle_or_trig(const graph::Graph& graph, bool trig, std::FILE* out, std::string& error, unsigned jobs) {
  std::string head;
  std::vector<std::pair<std::string, std::string>> namespaces;
  if (!declare_prefixes(graph, head, namespaces, error)) return false;
  // Turtle: every graph's triples, each once; TriG: the default graph's,
  // then each named graph's in `<name> { ... }`, in canonical order.
  const auto quads = trig ? graph.sorted_quads(jobs) : graph.sorted_triples(jobs);
  const TurtleSpeller speller(std::move(namespaces));
  const TermForms forms(graph, jobs, [&](const graph::Term& t, std::string& text, std::string& failed) {
    return speller.spell(t, text, failed);
  });
  const SubjectWriter writer(graph, quads, forms);
  // Blocks of whole subjects, of kBlock triples or a little more, after
  // block 0, the @prefix lines.
  constexpr std::size_t kBlock = 1 << 14;
  std::vector<std::size_t> starts;  // where each block of subjects starts in `quads`, then the end
  for (std::size_t i = 0; i < quads.size();) {
    starts.push_back(i);
    i = std::min(quads.size(), i + kBlock);
    while (i < quads.size() && writer.same_subject(i - 1, i)) ++i;
  }
  starts.push_back(quads.size());
  auto block = [&](std::size_t b, TextBlock& text, std::string& failed) {
    if (b == 0) {
      text.append(head);
      return true;
    }
    return writer.subjects(starts[b - 1], starts[b], text, failed);
  };
  return write_blocks(starts.size(), jobs, block, out, error);
}

}  // namespace

bool write_turtle(const graph::Graph& graph, std::FILE* out, std::string& error, unsigned jobs) {
  return write_turtle_or_trig(graph, false, out, error, jobs);
}

bool write_trig(const graph::Graph& graph, std::FILE* out, std::string& error, unsigned jobs) {
  return write_turtle_or_trig(graph, true, out, error, jobs);
}

}  // namespace sg::exporter
