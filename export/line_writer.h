// line_writer.h — the N-Triples / N-Quads line writer, shared by the
// whole-graph writer and the streaming mode (build --stream), which writes
// each document's quads as soon as they are built.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "export.h"
#include "graph/graph.h"

namespace sg::exporter {

class LineWriter {
 public:
  // Writes to `file`, a megabyte at a time; with no file, keeps the text
  // for text().
  explicit LineWriter(std::FILE* file = nullptr) : file_(file) {
    if (file_) out_.reserve(kFlushAt + 4096);
  }
  // Appends one line (the graph term only when `with_graph` and the quad is
  // in a named graph). False on invalid UTF-8 or a write error.
  bool quad(const graph::Graph& graph, const graph::Quad& q, bool with_graph);
  // Writes what is buffered.
  bool flush();
  const std::string& error() const { return error_; }
  std::string& text() { return out_; }

 private:
  static constexpr std::size_t kFlushAt = 1 << 20;
  bool term(const graph::Term& t);
  bool iri(std::string_view value);
  bool literal(const graph::Term& t);
  void blank(std::string_view label);
  bool fail(std::string_view what, std::string_view value);

  std::FILE* file_;
  std::string out_;
  std::string error_;
};

}  // namespace sg::exporter
