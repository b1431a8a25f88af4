// The corpus build: reading, ranking, extraction in rank order on -j
// threads, the graph. See corpus.h.
#include "corpus.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <utility>

namespace sg::cli {

using extract::Diagnostic;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

}  // namespace

void parallel_for(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& step) {
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < n; i = next++) step(i);
  };
  std::vector<std::thread> pool;
  const auto threads = static_cast<unsigned>(std::min<std::size_t>(jobs, n));
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

// One report of an input, from its first reading until it is in the graph.
struct CorpusBuild::Source {
  std::size_t input = 0;         // in inputs_
  std::size_t rank = 0;          // 1 for the earliest report by date; what KnownPerson::rank counts
  extract::Report report;        // its text dropped when it can be read again
  std::string hash;              // hex64(fnv1a64(text)): the report's identity and, after the date, its rank
  std::uint64_t check = 0;       // graph::text_hash() of the dropped text: the same when read again
  bool reread = false;           // the text was dropped: read the input again to extract it
  extract::JsonPlace place;      // a JSON Lines document: where it is
  // Extracted, until it goes into the graph; nothing before. A
  // StagedReport holds a Graph, and an empty Graph has its first chunk of
  // terms and its term table already (32 KB: 256 terms of 104 bytes, 1,024
  // slots, ~12 KB of it touched), which each of the 1,958 reports of the
  // 20 MB corpus held from its reading to its extraction: the build's RSS
  // while extracting was 20-25 MB higher (MALLOC_CONF=thp:never).
  std::optional<graph::StagedReport> staged;
  extract::PeopleLookups lookups;  // what the extraction asked of the people known (-j)
  bool changed = false;          // the file is not the one first read
  double seconds = 0;            // reading and extraction
  std::size_t assertions = 0;
  std::vector<Diagnostic> warnings;
};

CorpusBuild::CorpusBuild(const extract::Resources* resources, CorpusOptions options, CorpusEvents events)
    : resources_(resources), options_(std::move(options)), events_(std::move(events)) {
  options_.jobs = std::max(1u, options_.jobs);
  options_.graph.threads = options_.jobs;
}

CorpusBuild::~CorpusBuild() = default;

bool CorpusBuild::read(const std::vector<Input>& inputs, std::vector<Diagnostic>& diagnostics) {
  inputs_ = inputs;
  struct Read {
    bool ok = false;
    std::size_t text_bytes = 0;
    std::vector<Source> sources;
    std::vector<Diagnostic> diagnostics;
  };
  std::vector<Read> read(inputs_.size());
  if (events_.stage) events_.stage("reading", inputs_.size());
  // Each text is hashed, to rank it and to know it again, and kept while
  // the budget allows, else dropped. Which texts are kept depends on the
  // threads' timing, what is extracted from them does not: a kept text is
  // the one a second reading would check against.
  std::atomic<std::size_t> kept{0};
  auto keep = [&](std::size_t bytes) {
    std::size_t now = kept.load();
    while (now + bytes <= options_.kept_text_bytes)
      if (kept.compare_exchange_weak(now, now + bytes)) return true;
    return false;
  };
  parallel_for(read.size(), options_.jobs, [&](std::size_t i) {
    const Input& input = inputs_[i];
    auto t = Clock::now();
    std::vector<extract::Report> reports;
    std::vector<extract::JsonPlace> places;
    read[i].ok = read_input(input, options_.date, reports, read[i].diagnostics, &places);
    for (std::size_t k = 0; k < reports.size(); ++k) {
      Source s;
      s.input = i;
      s.report = std::move(reports[k]);
      s.hash = graph::hex64(graph::fnv1a64(s.report.text));
      read[i].text_bytes += s.report.text.size();
      const bool reread = input.path != "-" && !keep(s.report.text.size());
      if (reread) {
        s.check = graph::text_hash(s.report.text);
        s.report.text = std::string();
      }
      s.reread = reread;
      if (k < places.size()) s.place = places[k];
      read[i].sources.push_back(std::move(s));
    }
    if (!read[i].sources.empty()) read[i].sources.front().seconds += seconds_since(t);
    if (events_.advance) events_.advance();
  });
  for (auto& r : read) {
    diagnostics.insert(diagnostics.end(), r.diagnostics.begin(), r.diagnostics.end());
    if (!r.ok) return false;
    text_bytes_ += r.text_bytes;
    for (auto& s : r.sources) sources_.push_back(std::move(s));
  }
  for (const auto& s : sources_)
    if (!s.report.date)
      diagnostics.emplace_back(report_place(inputs_[s.input], s.report), 0, 0,
                               "no report date (use --date, a date line, or a YYYY-MM-DD file name); dates without "
                               "a year are left out",
                               Diagnostic::Severity::Warning);

  by_rank_.resize(sources_.size());
  for (std::size_t i = 0; i < sources_.size(); ++i) by_rank_[i] = i;
  auto when = [&](std::size_t i) {
    const auto& r = sources_[i].report;
    return std::make_pair(r.date ? r.date->iso() : std::string("9999-99-99"), sources_[i].hash);
  };
  std::sort(by_rank_.begin(), by_rank_.end(), [&](std::size_t a, std::size_t b) { return when(a) < when(b); });
  for (std::size_t k = 0; k < by_rank_.size(); ++k) sources_[by_rank_[k]].rank = k + 1;
  return true;
}

// The state of one build(): the people known so far, the builder, and
// where each report stands. Reports go through four steps in rank order:
// taken (to be extracted), done, published (their people known to the
// reports after them) and added (in the graph).
struct CorpusBuild::Run {
  CorpusBuild& corpus;
  graph::GraphBuilder builder;
  extract::KnownPeople known;
  std::vector<InputTally> tallies;
  std::vector<std::size_t> left;  // reports of each input not yet in the graph
  const std::size_t n;            // reports

  // Positions in by_rank_, under `mutex`.
  std::mutex mutex;
  std::condition_variable published_one, room;
  std::size_t taken = 0, published = 0, added = 0;
  bool publishing = false;       // a thread is moving `published` on
  std::vector<std::size_t> seen;  // how many were published when each one's extraction began
  std::vector<char> done;
  // How far the threads may run ahead of the graph: far enough that none
  // waits on a long report, near enough that the extractions waiting to
  // be added stay few.
  const std::size_t window;

  Run(CorpusBuild& c, graph::Graph& graph)
      : corpus(c),
        builder(graph, c.options_.graph),
        known(graph::known_people(graph, c.options_.graph.base)),
        tallies(c.inputs_.size()),
        left(c.inputs_.size(), 0),
        n(c.sources_.size()),
        seen(n, 0),
        done(n, 0),
        window(4 * std::size_t{c.options_.jobs}) {
    builder.know(graph);
    for (const auto& s : corpus.sources_) ++left[s.input];
  }

  bool parallel() const { return corpus.options_.jobs > 1; }
  Source& at(std::size_t k) { return corpus.sources_[corpus.by_rank_[k]]; }

  // Reading again, extracting and staging for the graph: on any thread.
  void extract_one(Source& s) {
    auto t = Clock::now();
    if (s.reread) {
      std::vector<Diagnostic> printed;  // when it was first read
      auto report = read_again(corpus.inputs_[s.input], s.place, corpus.options_.date, printed);
      if (!report || graph::text_hash(report->text) != s.check) {
        s.changed = true;
        return;
      }
      s.report = std::move(*report);
    }
    auto result = extract::extract(s.report, *corpus.resources_, &known, s.rank, /*record_lookups=*/parallel());
    s.assertions = result.assertions.size();
    s.warnings = std::move(result.warnings);
    s.lookups = std::move(result.lookups);
    // With -j 1 this is the thread that adds: straight into the graph.
    s.staged.emplace(parallel() ? builder.stage(s.report, s.hash, std::move(result))
                                : builder.write(s.report, s.hash, std::move(result)));
    if (s.reread) s.report.text = std::string();
    s.seconds += seconds_since(t);
  }

  // The report's people, known to the reports ranked after it from now on.
  void publish(const Source& s) {
    std::vector<extract::KnownPerson> people;
    for (const auto& e : s.staged->entities) {
      if (e.type != extract::EntityType::Person) continue;
      people.push_back({e.key, e.label, e.alt_labels, s.rank});
      people.back().names.push_back(e.label);
    }
    known.add(people);
  }

  void tell(std::size_t input) {
    if (corpus.events_.input_done) corpus.events_.input_done(corpus.inputs_[input], tallies[input]);
  }

  void add(Source& s) {
    builder.add(std::move(*s.staged));
    s.staged.reset();
    s.report = {};
    auto& tally = tallies[s.input];
    ++tally.reports;
    tally.assertions += s.assertions;
    tally.seconds += s.seconds;
    if (--left[s.input] == 0) tell(s.input);
  }

  bool can_take() const { return taken < n && taken < added + window; }

  // Takes the next report and extracts it, then publishes what is ready;
  // the lock held before and after but not meanwhile.
  void take(std::unique_lock<std::mutex>& lock) {
    std::size_t k = taken++;
    seen[k] = published;
    lock.unlock();
    extract_one(at(k));
    if (corpus.events_.advance) corpus.events_.advance();
    lock.lock();
    done[k] = 1;
    publish_ready(lock);
  }

  // Publishes the people of every extracted report after the last one
  // published, in rank order, as soon as the reports before it are: the
  // sooner they are known, the fewer reports are extracted without them.
  // One thread at a time does it, whichever finished an extraction. A
  // report extracted while reports before it were not yet published asked
  // their people nothing; if it asked a question they answer, it is
  // extracted again first, here, knowing them all.
  void publish_ready(std::unique_lock<std::mutex>& lock) {
    if (publishing) return;  // that thread sees this report done when it comes to it
    publishing = true;
    while (published < n && done[published]) {
      const std::size_t k = published;
      lock.unlock();
      Source& s = at(k);
      bool again = false;
      if (!s.changed) {
        if (parallel() && known.changed_since(s.lookups, seen[k] + 1, s.rank)) {
          extract_one(s);
          again = true;
        }
        s.lookups = {};
        publish(s);
      }
      lock.lock();
      corpus.summary_.extracted_again += again;
      published = k + 1;
      published_one.notify_all();
    }
    publishing = false;
  }

  void worker() {
    std::unique_lock<std::mutex> lock(mutex);
    while (true) {
      room.wait(lock, [&] { return taken >= n || can_take(); });
      if (taken >= n) return;
      take(lock);
    }
  }

  // Every report into the graph, in rank order, on this thread. With -j N
  // it is one of the N: while the next report to add is not published, it
  // extracts the next ones too, rather than be an extra thread that takes
  // a share of the cores from those extracting. With -j 1 every report is
  // extracted once, knowing all the reports before it.
  void run() {
    std::vector<std::thread> pool;
    if (parallel())
      for (unsigned t = 1; t < std::min<std::size_t>(corpus.options_.jobs, n); ++t) pool.emplace_back([this] { worker(); });
    for (std::size_t k = 0; k < n; ++k) {
      Source& s = at(k);
      if (parallel()) {
        std::unique_lock<std::mutex> lock(mutex);
        while (published <= k) {
          if (can_take()) take(lock);
          else published_one.wait(lock);
        }
      } else {
        extract_one(s);
        if (corpus.events_.advance) corpus.events_.advance();
        if (!s.changed) publish(s);
      }
      if (!s.changed) add(s);
      if (parallel()) {
        {
          std::lock_guard<std::mutex> lock(mutex);
          added = k + 1;
        }
        room.notify_all();
      }
    }
    for (auto& t : pool) t.join();
  }
};

bool CorpusBuild::build(graph::Graph& graph, std::vector<Diagnostic>& diagnostics) {
  if (!sources_.empty() && !resources_) throw std::logic_error("CorpusBuild::build: reports, but no resources");
  auto started = Clock::now();
  // The graph's room, reckoned from the text: a report gives 0.04 to 0.15
  // quads a byte of its text and 0.03 to 0.04 terms (the benchmark corpora,
  // dev-real, PLOVER), so a quad for every 4 bytes and a term for every 16
  // leaves room to spare, which costs no memory (graph.h, Graph::reserve()).
  // A corpus denser than that grows the arrays by doubling, as before. So
  // does one past ~130 MB of text: the room taken at once stays under
  // 512 MB of address space (32M quads of 16 bytes), which a host that
  // refuses to overcommit memory may not grant for the whole of a large
  // corpus at the start.
  constexpr std::size_t kMostReservedQuads = std::size_t{1} << 25;
  graph.reserve(std::min(text_bytes_ / 4, kMostReservedQuads), std::min(text_bytes_ / 16, kMostReservedQuads / 4));
  Run run(*this, graph);
  if (events_.stage) events_.stage("extracting", sources_.size());
  // --verbose: each input's line as soon as its last report is in the
  // graph (a file without reports, a JSON Lines file all refused, at once).
  for (std::size_t f = 0; f < inputs_.size(); ++f)
    if (run.left[f] == 0) run.tell(f);
  run.run();
  summary_.extracting_seconds = seconds_since(started);
  for (const auto& s : sources_)
    if (s.changed) {
      diagnostics.emplace_back(inputs_[s.input].path, 0, 0,
                               "the file changed while it was read; nothing was written");
      return false;
    }
  for (const auto& s : sources_) {
    diagnostics.insert(diagnostics.end(), s.warnings.begin(), s.warnings.end());
    summary_.assertions += s.assertions;
  }
  summary_.reports = sources_.size();
  sources_.clear();
  started = Clock::now();
  if (events_.stage) events_.stage("finishing", 0);
  run.builder.finish();
  summary_.finishing_seconds = seconds_since(started);
  return true;
}

}  // namespace sg::cli
