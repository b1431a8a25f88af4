// N-Triples and N-Quads, written by us rather than by Raptor: one line per
// quad, in canonical RDF 1.1 form (UTF-8 as is, only the characters the
// grammar forbids escaped), through one buffer flushed a megabyte at a
// time. Raptor's N-Triples writer escapes every non-ASCII character as
// \uXXXX and builds and frees a statement per quad; this path writes the
// same graph several times faster and in constant memory beyond the graph.
#include <cstdio>
#include <string>

#include "export.h"
#include "line_writer.h"
#include "text_escape.h"
#include "writers.h"

namespace sg::exporter {

bool LineWriter::iri(std::string_view value) {
  return text::append_iri(out_, value) || fail("invalid UTF-8 in an IRI", value);
}

bool LineWriter::literal(const graph::Term& t) {
  if (!text::append_quoted(out_, t.value)) return fail("invalid UTF-8 in a literal", t.value);
  if (!t.language.empty()) {
    out_ += '@';
    out_ += t.language;
  } else if (!t.datatype.empty()) {
    out_ += "^^";
    return iri(t.datatype);
  }
  return true;
}

void LineWriter::blank(std::string_view label) { text::append_blank(out_, label); }

bool LineWriter::term(const graph::Term& t) {
  switch (t.kind) {
    case graph::Term::Kind::Iri: return iri(t.value);
    case graph::Term::Kind::Blank: blank(t.value); return true;
    case graph::Term::Kind::Literal: return literal(t);
  }
  return true;
}

bool LineWriter::cached_term(const graph::Graph& graph, graph::TermId id) {
  if (cached_graph_ != &graph || cache_at_.size() < graph.term_count()) {
    if (cached_graph_ != &graph) {
      cache_at_.clear();
      cache_.clear();
    }
    cached_graph_ = &graph;
    cache_at_.resize(graph.term_count(), {0, 0});
  }
  auto [at, length] = cache_at_[id];
  if (length > 0) {
    out_.append(cache_, at, length);
    return true;
  }
  const graph::Term& t = graph.term(id);
  std::size_t start = out_.size();
  if (!term(t)) return false;
  std::size_t written = out_.size() - start;
  if (written <= kCachedTermBytes && cache_.size() + written <= 0xFFFFFFFFu) {
    cache_at_[id] = {static_cast<std::uint32_t>(cache_.size()), static_cast<std::uint32_t>(written)};
    cache_.append(out_, start, written);
  }
  return true;
}

bool LineWriter::quad(const graph::Graph& graph, const graph::Quad& q, bool with_graph) {
  if (!cached_term(graph, q.s)) return false;
  out_ += ' ';
  if (!cached_term(graph, q.p)) return false;
  out_ += ' ';
  if (!cached_term(graph, q.o)) return false;
  if (with_graph && q.g != graph::kDefaultGraph) {
    out_ += ' ';
    if (!cached_term(graph, q.g)) return false;
  }
  out_ += " .\n";
  if (file_ && out_.size() >= kFlushAt) return flush();
  return true;
}

bool LineWriter::flush() {
  if (!file_) return true;
  if (!out_.empty() && std::fwrite(out_.data(), 1, out_.size(), file_) != out_.size()) {
    error_ = "write error";
    return false;
  }
  out_.clear();
  return true;
}

bool LineWriter::fail(std::string_view what, std::string_view value) {
  error_ = std::string(what) + ": " + std::string(value.substr(0, 80));
  return false;
}

bool write_lines(const graph::Graph& graph, Format format, std::FILE* out, std::string& error) {
  LineWriter writer(out);
  bool quads = format == Format::NQuads;
  for (const auto& q : graph.sorted_quads())
    if (!writer.quad(graph, q, quads)) {
      error = writer.error();
      return false;
    }
  if (!writer.flush()) {
    error = writer.error();
    return false;
  }
  return true;
}

}  // namespace sg::exporter
