// line_writer.h — N-Triples / N-Quads lines, shared by the whole-graph
// writer and the streaming mode (build --stream), which writes each
// document's quads as soon as they are built.
//
// TermForms writes every term of a graph once, in canonical RDF 1.1 form,
// and then makes each quad's line by copying its terms' forms. It holds a
// copy of the text of every term (the graph's size again, roughly) and
// reads the graph only while it is made: the graph must not change until
// the lines are written. line() may be called from several threads.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace sg::exporter {

class TermForms {
 public:
  // Writes the forms of all the graph's terms, a share on each of `jobs`
  // threads.
  TermForms(const graph::Graph& graph, unsigned jobs);
  // Appends the line of `q` to `out` (the graph term only when
  // `with_graph` and the quad is in a named graph). False when one of its
  // terms cannot be written (invalid UTF-8, from a merged graph); `error`
  // then says which, and `out` is as it was. A term no quad holds is never
  // an error.
  bool line(std::string& out, const graph::Quad& q, bool with_graph, std::string& error) const;
  // The same in two steps, into memory of the caller's: the length of the
  // line, 0 when one of its terms cannot be written (line() says which);
  // then the line written at `at`, which has room for it, and its end.
  std::size_t line_size(const graph::Quad& q, bool with_graph) const;
  char* put_line(char* at, const graph::Quad& q, bool with_graph) const;

 private:
  std::vector<std::string> text_;                    // by thread
  std::vector<std::string_view> forms_;              // by term id, into text_; empty: cannot be written
  std::map<graph::TermId, std::string> unwritable_;  // the message for each term that cannot be written
};

}  // namespace sg::exporter
