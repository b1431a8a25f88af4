// line_writer.h — the N-Triples / N-Quads line writer, shared by the
// whole-graph writer and the streaming mode (build --stream), which writes
// each document's quads as soon as they are built.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "export.h"
#include "graph/graph.h"

namespace sg::exporter {

class LineWriter {
 public:
  // Appends one line to text() (the graph term only when `with_graph` and
  // the quad is in a named graph). False on invalid UTF-8. A writer keeps
  // the written form of the terms it has seen: give it quads of one graph
  // only, which must not change meanwhile.
  bool quad(const graph::Graph& graph, const graph::Quad& q, bool with_graph);
  // Appends the written form of one term alone. False on invalid UTF-8.
  bool append_term(const graph::Term& t) { return term(t); }
  const std::string& error() const { return error_; }
  std::string& text() { return out_; }

 private:
  // Terms no longer than this are escaped once and then copied: IRIs come
  // back in every quad of their subject, graph and class, while the long
  // literals (evidence sentences) mostly occur once.
  static constexpr std::size_t kCachedTermBytes = 256;
  bool cached_term(const graph::Graph& graph, graph::TermId id);
  bool term(const graph::Term& t);
  bool iri(std::string_view value);
  bool literal(const graph::Term& t);
  void blank(std::string_view label);
  bool fail(std::string_view what, std::string_view value);

  std::string out_;
  std::string error_;
  // The written form of each cached term of `cached_graph_`: its offset in
  // cache_ and its length (length 0: not cached yet).
  const graph::Graph* cached_graph_ = nullptr;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> cache_at_;
  std::string cache_;
};

}  // namespace sg::exporter
