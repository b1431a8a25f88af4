// N-Triples and N-Quads, written by us rather than by Raptor: one line per
// quad, in canonical RDF 1.1 form (UTF-8 as is, only the characters the
// grammar forbids escaped), in blocks of lines made on the -j threads
// and put out in order (write_blocks(), which the Turtle writer shares).
// Raptor's N-Triples writer escapes every non-ASCII character as
// \uXXXX and builds and frees a statement per quad; this path writes the
// same graph several times faster, holding beyond the graph only the
// written form of each of its terms (made once) and the sorted quads.
#include <condition_variable>
#include <cstdint>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "export.h"
#include "line_writer.h"
#include "text_escape.h"
#include "writers.h"

namespace sg::exporter {

namespace {

// One term's canonical form appended to a string.
class TermWriter {
 public:
  explicit TermWriter(std::string& out) : out_(out) {}
  // False on invalid UTF-8, with error() saying where.
  bool term(const graph::Term& t) {
    switch (t.kind) {
      case graph::Term::Kind::Iri: return iri(t.value);
      case graph::Term::Kind::Blank: text::append_blank(out_, t.value); return true;
      case graph::Term::Kind::Literal: return literal(t);
    }
    return true;
  }
  const std::string& error() const { return error_; }

 private:
  bool iri(std::string_view value) {
    return text::append_iri(out_, value) || fail("invalid UTF-8 in an IRI", value);
  }
  bool literal(const graph::Term& t) {
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
  bool fail(std::string_view what, std::string_view value) {
    error_ = std::string(what) + ": " + std::string(value.substr(0, 80));
    return false;
  }

  std::string& out_;
  std::string error_;
};

}  // namespace

// Every term written once, up front, rather than through a cache of each
// writer's as the quads come: 0.95-0.97x the wall time of build -j 1 on
// the 20 MB corpus (farm-bench, 8 pairs twice). With -j, each thread's own
// cache wrote most terms twice (an assertion's IRI is the object of its
// summary, in the summaries' graph, and a subject again in its report's
// graph, in another block): the lines took as long on two
// threads as on one.
TermForms::TermForms(const graph::Graph& graph, unsigned jobs)
    : text_(jobs), forms_(graph.term_count()), kinds_(graph.term_count()) {
  spell_all(graph, jobs, [](const graph::Term& term, std::string& out, std::string& error) {
    TermWriter writer(out);
    if (writer.term(term)) return true;
    error = writer.error();
    return false;
  });
}

TermForms::TermForms(const graph::Graph& graph, unsigned jobs, const TermSpeller& spell)
    : text_(jobs), forms_(graph.term_count()), kinds_(graph.term_count()) {
  spell_all(graph, jobs, spell);
}

// A template, so that the N-Triples spelling is called directly rather than
// through a std::function (2.8M instructions for the 1 MB corpus's terms).
template <class Spell>
void TermForms::spell_all(const graph::Graph& graph, unsigned jobs, const Spell& spell) {
  const std::size_t n = graph.term_count();
  auto first = [&](unsigned t) { return n * t / jobs; };  // the terms of thread t: [first(t), first(t + 1))
  // Where each form starts in its thread's text, and its length: the
  // views are made once the texts have stopped growing.
  std::vector<std::pair<std::size_t, std::size_t>> spans(n);
  std::vector<std::vector<std::pair<graph::TermId, std::string>>> failed(jobs);
  auto share = [&](unsigned t) {
    std::string& text = text_[t];
    // Room for the share's forms made at once, from its terms' lengths (a
    // form is its term's text and a few bytes more, escapes aside): grown
    // by doubling, the text copied itself again and again and touched
    // twice the memory, every page of which the kernel zeroes first.
    std::size_t room = 0;
    for (std::size_t id = first(t); id < first(t + 1); ++id) {
      const graph::Term& term = graph.term(static_cast<graph::TermId>(id));
      room += term.value.size() + term.datatype.size() + term.language.size() + 8;
    }
    text.reserve(room);
    std::string error;
    for (std::size_t id = first(t); id < first(t + 1); ++id) {
      const std::size_t start = text.size();
      const graph::Term& term = graph.term(static_cast<graph::TermId>(id));
      kinds_[id] = term.kind;
      if (!spell(term, text, error)) {
        text.resize(start);
        failed[t].emplace_back(static_cast<graph::TermId>(id), std::move(error));
        error.clear();
        continue;
      }
      spans[id] = {start, text.size() - start};
    }
  };
  std::vector<std::thread> others;
  for (unsigned t = 1; t < jobs; ++t) others.emplace_back(share, t);
  share(0);
  for (auto& thread : others) thread.join();
  for (unsigned t = 0; t < jobs; ++t)
    for (std::size_t id = first(t); id < first(t + 1); ++id)
      forms_[id] = std::string_view(text_[t]).substr(spans[id].first, spans[id].second);
  for (auto& part : failed)
    for (auto& [id, message] : part) unwritable_.emplace(id, std::move(message));
}

const std::string& TermForms::error(graph::TermId id) const {
  static const std::string none = "a term that cannot be written";  // not reached: every empty form is in unwritable_
  auto bad = unwritable_.find(id);
  return bad == unwritable_.end() ? none : bad->second;
}

std::size_t TermForms::line_size(const graph::Quad& q, bool with_graph) const {
  const std::size_t s = forms_[q.s].size(), p = forms_[q.p].size(), o = forms_[q.o].size();
  if (s == 0 || p == 0 || o == 0) return 0;
  if (!with_graph || q.g == graph::kDefaultGraph) return s + p + o + 5;  // "s p o .\n"
  const std::size_t g = forms_[q.g].size();
  return g == 0 ? 0 : s + p + o + g + 6;
}

char* TermForms::put_line(char* at, const graph::Quad& q, bool with_graph) const {
  auto put = [&](std::string_view form, char after) {
    std::memcpy(at, form.data(), form.size());
    at += form.size();
    *at++ = after;
  };
  put(forms_[q.s], ' ');
  put(forms_[q.p], ' ');
  put(forms_[q.o], ' ');
  if (with_graph && q.g != graph::kDefaultGraph) put(forms_[q.g], ' ');
  *at++ = '.';
  *at++ = '\n';
  return at;
}

bool TermForms::line(std::string& out, const graph::Quad& q, bool with_graph, std::string& error) const {
  if (const std::size_t size = line_size(q, with_graph); size != 0) {
    const std::size_t at = out.size();
    out.resize(at + size);
    put_line(out.data() + at, q, with_graph);
    return true;
  }
  for (graph::TermId id : {q.s, q.p, q.o, with_graph ? q.g : graph::kDefaultGraph})
    if (id != graph::kDefaultGraph && forms_[id].empty()) {
      error = this->error(id);
      return false;
    }
  error = "a term that cannot be written";  // not reached: line_size() is 0 only for an empty form
  return false;
}

// 4 MB at first, a block of N-Quads lines (3.5 MB) or about four of
// subjects: growing from 64 kB copied 4 MB for the 1 MB corpus's N-Quads.
// The memory is not zeroed, so the pages a block does not reach are never
// touched.
void TextBlock::grow(std::size_t at_least) {
  capacity_ = std::max({at_least, 2 * capacity_, std::size_t{4} << 20});
  auto bigger = std::make_unique_for_overwrite<char[]>(capacity_);  // not zeroed: only written
  if (size_ > 0) std::memcpy(bigger.get(), data_.get(), size_);
  data_ = std::move(bigger);
}

namespace {

bool put_out(const TextBlock& text, std::FILE* out, std::string& error) {
  if (text.size() > 0 && std::fwrite(text.data(), 1, text.size(), out) != text.size()) {
    error = write_failure();
    return false;
  }
  return true;
}

// write_blocks() on `jobs` > 1 threads: each takes the next block to make
// and leaves it in a slot of the window, which this thread empties in block
// order.
bool write_blocks_shared(std::size_t blocks, unsigned jobs, const BlockMaker& make, std::FILE* out,
                         std::string& error) {
  const std::size_t window = 2 * jobs;
  struct Slot {
    std::size_t block = SIZE_MAX;  // the block it holds, when ready
    TextBlock text;
    std::string error;
    bool ok = true;
  };
  std::vector<Slot> slots(window);
  std::mutex mutex;
  std::condition_variable ready, room;
  std::size_t next = 0;     // the next block to take
  std::size_t written = 0;  // blocks put out
  bool stop = false;
  auto work = [&] {
    TextBlock text;
    std::string failed;
    while (true) {
      std::size_t b;
      {
        std::unique_lock<std::mutex> lock(mutex);
        room.wait(lock, [&] { return stop || next >= blocks || next < written + window; });
        if (stop || next >= blocks) return;
        b = next++;
      }
      text.clear();
      failed.clear();
      const bool ok = make(b, text, failed);
      std::lock_guard<std::mutex> lock(mutex);
      Slot& slot = slots[b % window];
      std::swap(slot.text, text);
      slot.ok = ok;
      std::swap(slot.error, failed);
      slot.block = b;
      ready.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < jobs; ++t) pool.emplace_back(work);
  bool ok = true;
  // Swapped with each block's text as it is taken, so that the slot hands
  // this buffer, written out and as large as a block, to the next thread
  // that fills the slot, which then grows no new one.
  TextBlock text;
  for (std::size_t b = 0; b < blocks && ok; ++b) {
    {
      std::unique_lock<std::mutex> lock(mutex);
      Slot& slot = slots[b % window];
      ready.wait(lock, [&] { return slot.block == b; });
      if (!slot.ok) {
        error = slot.error;
        ok = false;
      }
      std::swap(text, slot.text);
      slot.block = SIZE_MAX;
      written = b + 1;  // the threads read it under the lock
    }
    room.notify_all();
    ok = ok && put_out(text, out, error);
  }
  {
    std::lock_guard<std::mutex> lock(mutex);
    stop = true;
  }
  room.notify_all();
  for (auto& t : pool) t.join();
  return ok;
}

}  // namespace

bool write_blocks(std::size_t blocks, unsigned jobs, const BlockMaker& make, std::FILE* out, std::string& error) {
  if (jobs > 1 && blocks > 1) return write_blocks_shared(blocks, jobs, make, out, error);
  TextBlock text;
  for (std::size_t b = 0; b < blocks; ++b) {
    text.clear();
    if (!make(b, text, error) || !put_out(text, out, error)) return false;
  }
  return true;
}

bool write_lines(const graph::Graph& graph, Format format, std::FILE* out, std::string& error, unsigned jobs) {
  const bool with_graph = format == Format::NQuads;
  const auto quads = graph.sorted_quads(jobs);
  const TermForms forms(graph, jobs);
  constexpr std::size_t kBlock = 1 << 14;  // quads
  auto lines = [&](std::size_t b, TextBlock& text, std::string& failed) {
    for (std::size_t k = b * kBlock; k < std::min(quads.size(), (b + 1) * kBlock); ++k) {
      const std::size_t size = forms.line_size(quads[k], with_graph);
      if (size == 0) {
        std::string line;
        forms.line(line, quads[k], with_graph, failed);
        return false;
      }
      forms.put_line(text.extend(size), quads[k], with_graph);
    }
    return true;
  };
  return write_blocks((quads.size() + kBlock - 1) / kBlock, jobs, lines, out, error);
}

}  // namespace sg::exporter
