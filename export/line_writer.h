// line_writer.h — what the text writers of RDF share (inside export/
// only): the written form of every term of a graph, made once, and blocks
// of text made on several threads and put out in order. The N-Triples /
// N-Quads lines use both, for the whole-graph writer and for the streaming
// mode (build --stream), which writes each document's quads as soon as they
// are built; the Turtle and TriG writer uses both with forms of its own.
//
// TermForms writes every term of a graph once, in the form a format
// spells it (canonical RDF 1.1 form unless told otherwise), and then makes
// each quad's line by copying its terms' forms. It holds a copy of the text
// of every term (the graph's size again, roughly) and reads the graph only
// while it is made: the graph must not change until the lines are written.
// Its const functions may be called from several threads.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace sg::exporter {

// How a format spells a term: appends it to `out` and returns true, or
// returns false with `error` saying why it cannot be written (what it
// appended is then dropped). Called on several threads at once.
using TermSpeller = std::function<bool(const graph::Term& term, std::string& out, std::string& error)>;

class TermForms {
 public:
  // Writes the forms of all the graph's terms, a share on each of `jobs`
  // threads: in canonical N-Triples form, or as `spell` spells them.
  TermForms(const graph::Graph& graph, unsigned jobs);
  TermForms(const graph::Graph& graph, unsigned jobs, const TermSpeller& spell);

  // The written form of a term; empty when it cannot be written, and
  // error() then says why. No speller writes a term as nothing.
  std::string_view form(graph::TermId id) const { return forms_[id]; }
  const std::string& error(graph::TermId id) const;
  // The kind of a term, kept here (a byte a term, read in order as the
  // forms are made) so that a writer checking a subject's or a predicate's
  // kind need not reach the graph's Term, a cache miss on a large graph:
  // that check was half the Turtle blocks' time (perf, 20 MB corpus).
  graph::Term::Kind kind(graph::TermId id) const { return kinds_[id]; }

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
  template <class Spell>
  void spell_all(const graph::Graph& graph, unsigned jobs, const Spell& spell);

  std::vector<std::string> text_;                    // by thread
  std::vector<std::string_view> forms_;              // by term id, into text_; empty: cannot be written
  std::vector<graph::Term::Kind> kinds_;             // by term id
  std::map<graph::TermId, std::string> unwritable_;  // the message for each term that cannot be written
};

// A block of output text in raw memory, not in a std::string, which
// checked its capacity and called memcpy for each term and space of a line
// (the N-Quads lines took 68M instructions on the 1 MB corpus, 30M so).
class TextBlock {
 public:
  // Room for `size` more bytes at the end, counted as written: the caller
  // fills all of them.
  char* extend(std::size_t size) {
    if (size_ + size > capacity_) grow(size_ + size);
    char* at = data_.get() + size_;
    size_ += size;
    return at;
  }
  void append(std::string_view text) { std::memcpy(extend(text.size()), text.data(), text.size()); }
  const char* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  void clear() { size_ = 0; }

 private:
  void grow(std::size_t at_least);
  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0, capacity_ = 0;
};

// Makes block b of a text into `text` (empty when called): true, or false
// with `error` saying why the output cannot be written. The blocks are
// independent: any of them may be made on any thread, in any order.
using BlockMaker = std::function<bool(std::size_t b, TextBlock& text, std::string& error)>;

// Writes blocks 0 to `blocks` - 1 to `out` in order, made on `jobs`
// threads (on this one when `jobs` is 1) while this thread puts out the
// ones before: a bounded window of blocks is in flight, so memory stays a
// few blocks whatever the output. Stops at the first block, in order, that
// cannot be made or written, with `error` saying why, after writing the
// blocks before it: the error a single thread going through them would meet.
bool write_blocks(std::size_t blocks, unsigned jobs, const BlockMaker& make, std::FILE* out, std::string& error);

}  // namespace sg::exporter
