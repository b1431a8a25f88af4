// N-Triples and N-Quads, written by us rather than by Raptor: one line per
// quad, in canonical RDF 1.1 form (UTF-8 as is, only the characters the
// grammar forbids escaped), through one buffer flushed a megabyte at a
// time. Raptor's N-Triples writer escapes every non-ASCII character as
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
TermForms::TermForms(const graph::Graph& graph, unsigned jobs) : text_(jobs), forms_(graph.term_count()) {
  const std::size_t n = graph.term_count();
  auto first = [&](unsigned t) { return n * t / jobs; };  // the terms of thread t: [first(t), first(t + 1))
  // Where each form starts in its thread's text, and its length: the
  // views are made once the texts have stopped growing.
  std::vector<std::pair<std::size_t, std::size_t>> spans(n);
  std::vector<std::vector<std::pair<graph::TermId, std::string>>> failed(jobs);
  auto share = [&](unsigned t) {
    std::string& text = text_[t];
    for (std::size_t id = first(t); id < first(t + 1); ++id) {
      const std::size_t start = text.size();
      TermWriter writer(text);
      if (!writer.term(graph.term(static_cast<graph::TermId>(id)))) {
        text.resize(start);
        failed[t].emplace_back(static_cast<graph::TermId>(id), writer.error());
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
    if (auto bad = unwritable_.find(id); bad != unwritable_.end()) {
      error = bad->second;
      return false;
    }
  error = "a term that cannot be written";  // not reached: every empty form is in unwritable_
  return false;
}

namespace {

// Lines put into raw memory, not appended to a std::string, which checked
// its capacity and called memcpy for each term and space of a line
// (the lines took 68M instructions on the 1 MB corpus, 30M so).
class LineBuffer {
 public:
  // False when one of the quad's terms cannot be written.
  bool put(const TermForms& forms, const graph::Quad& q, bool with_graph) {
    const std::size_t size = forms.line_size(q, with_graph);
    if (size == 0) return false;
    if (size_ + size > capacity_) grow(size_ + size);
    size_ = static_cast<std::size_t>(forms.put_line(data_.get() + size_, q, with_graph) - data_.get());
    return true;
  }
  const char* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  void clear() { size_ = 0; }

 private:
  void grow(std::size_t at_least) {
    capacity_ = std::max({at_least, 2 * capacity_, std::size_t{1} << 16});
    auto bigger = std::make_unique_for_overwrite<char[]>(capacity_);  // not zeroed: only written
    if (size_ > 0) std::memcpy(bigger.get(), data_.get(), size_);
    data_ = std::move(bigger);
  }
  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0, capacity_ = 0;
};

// The message for the quad a LineBuffer could not put.
std::string unwritable(const TermForms& forms, const graph::Quad& q, bool with_graph) {
  std::string line, error;
  forms.line(line, q, with_graph, error);
  return error;
}

}  // namespace

namespace {

// Lines written on `jobs` threads, a block of quads each, and put out in
// block order by this thread: a bounded window of blocks is in flight, so
// memory stays a few megabytes beyond the terms' written forms, whatever
// the graph.
bool write_lines_shared(const TermForms& forms, const std::vector<graph::Quad>& quads, bool with_graph,
                        std::FILE* out, std::string& error, unsigned jobs) {
  constexpr std::size_t kBlock = 1 << 14;  // quads
  const std::size_t blocks = (quads.size() + kBlock - 1) / kBlock;
  const std::size_t window = 2 * jobs;
  struct Slot {
    std::size_t block = SIZE_MAX;  // the block it holds, when ready
    LineBuffer text;
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
    LineBuffer text;
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
      bool ok = true;
      for (std::size_t k = b * kBlock; k < std::min(quads.size(), (b + 1) * kBlock) && ok; ++k)
        if (!text.put(forms, quads[k], with_graph)) {
          failed = unwritable(forms, quads[k], with_graph);
          ok = false;
        }
      std::lock_guard<std::mutex> lock(mutex);
      Slot& slot = slots[b % window];
      std::swap(slot.text, text);
      slot.ok = ok;
      slot.error = failed;
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
  LineBuffer text;
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
    if (ok && text.size() > 0 && std::fwrite(text.data(), 1, text.size(), out) != text.size()) {
      error = write_failure();
      ok = false;
    }
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

bool write_lines(const graph::Graph& graph, Format format, std::FILE* out, std::string& error, unsigned jobs) {
  bool quads = format == Format::NQuads;
  auto sorted = graph.sorted_quads(jobs);
  const TermForms forms(graph, jobs);
  if (jobs > 1) return write_lines_shared(forms, sorted, quads, out, error, jobs);
  constexpr std::size_t kFlushAt = 1 << 20;
  LineBuffer text;
  auto put_out = [&] {
    if (text.size() > 0 && std::fwrite(text.data(), 1, text.size(), out) != text.size()) {
      error = write_failure();
      return false;
    }
    text.clear();
    return true;
  };
  for (const auto& q : sorted) {
    if (!text.put(forms, q, quads)) {
      error = unwritable(forms, q, quads);
      return false;
    }
    if (text.size() >= kFlushAt && !put_out()) return false;
  }
  return put_out();
}

}  // namespace sg::exporter
