// N-Triples and N-Quads, written by us rather than by Raptor: one line per
// quad, in canonical RDF 1.1 form (UTF-8 as is, only the characters the
// grammar forbids escaped), through one buffer flushed a megabyte at a
// time. Raptor's N-Triples writer escapes every non-ASCII character as
// \uXXXX and builds and frees a statement per quad; this path writes the
// same graph several times faster, holding beyond the graph only the
// written form of each of its terms (made once) and the sorted quads.
#include <condition_variable>
#include <cstdint>
#include <cstdio>
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
    : text_(jobs), at_(graph.term_count()), length_(graph.term_count()) {
  std::vector<std::vector<std::pair<graph::TermId, std::string>>> failed(jobs);
  auto share = [&](unsigned t) {
    std::string& text = text_[t];
    const std::size_t n = graph.term_count();
    for (std::size_t id = n * t / jobs; id < n * (t + 1) / jobs; ++id) {
      const std::size_t start = text.size();
      TermWriter writer(text);
      if (!writer.term(graph.term(static_cast<graph::TermId>(id)))) {
        text.resize(start);
        failed[t].emplace_back(static_cast<graph::TermId>(id), writer.error());
        continue;
      }
      at_[id] = std::uint64_t{t} << 48 | start;
      length_[id] = text.size() - start;
    }
  };
  std::vector<std::thread> others;
  for (unsigned t = 1; t < jobs; ++t) others.emplace_back(share, t);
  share(0);
  for (auto& thread : others) thread.join();
  for (auto& part : failed)
    for (auto& [id, message] : part) unwritable_.emplace(id, std::move(message));
}

bool TermForms::append(std::string& out, graph::TermId id, std::string& error) const {
  if (!unwritable_.empty())
    if (auto bad = unwritable_.find(id); bad != unwritable_.end()) {
      error = bad->second;
      return false;
    }
  out.append(text_[at_[id] >> 48], at_[id] & 0xFFFFFFFFFFFFu, length_[id]);
  return true;
}

bool TermForms::line(std::string& out, const graph::Quad& q, bool with_graph, std::string& error) const {
  if (!append(out, q.s, error)) return false;
  out += ' ';
  if (!append(out, q.p, error)) return false;
  out += ' ';
  if (!append(out, q.o, error)) return false;
  if (with_graph && q.g != graph::kDefaultGraph) {
    out += ' ';
    if (!append(out, q.g, error)) return false;
  }
  out += " .\n";
  return true;
}

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
    std::string text, error;
    bool ok = true;
  };
  std::vector<Slot> slots(window);
  std::mutex mutex;
  std::condition_variable ready, room;
  std::size_t next = 0;     // the next block to take
  std::size_t written = 0;  // blocks put out
  bool stop = false;
  auto work = [&] {
    std::string text, failed;
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
        ok = forms.line(text, quads[k], with_graph, failed);
      std::lock_guard<std::mutex> lock(mutex);
      Slot& slot = slots[b % window];
      slot.text.swap(text);
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
  std::string text;
  for (std::size_t b = 0; b < blocks && ok; ++b) {
    {
      std::unique_lock<std::mutex> lock(mutex);
      Slot& slot = slots[b % window];
      ready.wait(lock, [&] { return slot.block == b; });
      if (!slot.ok) {
        error = slot.error;
        ok = false;
      }
      text.swap(slot.text);
      slot.block = SIZE_MAX;
      written = b + 1;  // the threads read it under the lock
    }
    room.notify_all();
    if (ok && !text.empty() && std::fwrite(text.data(), 1, text.size(), out) != text.size()) {
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
  std::string text;
  text.reserve(kFlushAt + 4096);
  auto put_out = [&] {
    if (!text.empty() && std::fwrite(text.data(), 1, text.size(), out) != text.size()) {
      error = write_failure();
      return false;
    }
    text.clear();
    return true;
  };
  for (const auto& q : sorted) {
    if (!forms.line(text, q, quads, error)) return false;
    if (text.size() >= kFlushAt && !put_out()) return false;
  }
  return put_out();
}

}  // namespace sg::exporter
