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
  graph::StagedReport staged;    // extracted, until it goes into the graph
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
    std::vector<Source> sources;
    std::vector<Diagnostic> diagnostics;
  };
  std::vector<Read> read(inputs_.size());
  if (events_.stage) events_.stage("reading", inputs_.size());
  // Each text is hashed, to rank it and to know it again, and dropped.
  parallel_for(read.size(), options_.jobs, [&](std::size_t i) {
    const Input& input = inputs_[i];
    auto t = Clock::now();
    std::vector<extract::Report> reports;
    std::vector<extract::JsonPlace> places;
    read[i].ok = read_input(input, options_.date, reports, read[i].diagnostics, &places);
    const bool reread = input.path != "-";
    for (std::size_t k = 0; k < reports.size(); ++k) {
      Source s;
      s.input = i;
      s.report = std::move(reports[k]);
      s.hash = graph::hex64(graph::fnv1a64(s.report.text));
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

// The state of one build(): the people known so far, the builder, and the
// window of reports the threads may extract ahead of the graph.
struct CorpusBuild::Run {
  CorpusBuild& corpus;
  graph::GraphBuilder builder;
  extract::KnownPeople known;
  std::vector<InputTally> tallies;
  std::vector<std::size_t> left;  // reports of each input not yet in the graph

  // Positions in by_rank_, under `mutex`: the next report to take, how many
  // are published (their people known, in the graph or about to be), how
  // many were published when each one's extraction began, which are done.
  std::mutex mutex;
  std::condition_variable finished, room;
  std::size_t taken = 0, published = 0;
  std::vector<std::size_t> seen;
  std::vector<char> done;
  // How far the threads may run ahead of the graph: far enough that none
  // waits on a long report, near enough that few reports miss the people
  // of the reports just before them.
  std::size_t window;

  Run(CorpusBuild& c, graph::Graph& graph)
      : corpus(c),
        builder(graph, c.options_.graph),
        known(graph::known_people(graph, c.options_.graph.base)),
        tallies(c.inputs_.size()),
        left(c.inputs_.size(), 0),
        seen(c.sources_.size(), 0),
        done(c.sources_.size(), 0),
        window(4 * std::size_t{c.options_.jobs}) {
    builder.know(graph);
    for (const auto& s : corpus.sources_) ++left[s.input];
  }

  bool parallel() const { return corpus.options_.jobs > 1; }

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
    s.staged = builder.stage(s.report, s.hash, std::move(result));
    if (s.reread) s.report.text = std::string();
    s.seconds += seconds_since(t);
  }

  // The report's people, known to the reports ranked after it from now on.
  void publish(const Source& s) {
    std::vector<extract::KnownPerson> people;
    for (const auto& e : s.staged.entities) {
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
    builder.add(std::move(s.staged));
    s.report = {};
    auto& tally = tallies[s.input];
    ++tally.reports;
    tally.assertions += s.assertions;
    tally.seconds += s.seconds;
    if (--left[s.input] == 0) tell(s.input);
  }

  bool can_take() const { return taken < seen.size() && taken < published + window; }

  // Takes the next report and extracts it, the lock held before and after
  // but not meanwhile.
  void take(std::unique_lock<std::mutex>& lock) {
    std::size_t k = taken++;
    seen[k] = published;
    lock.unlock();
    extract_one(corpus.sources_[corpus.by_rank_[k]]);
    if (corpus.events_.advance) corpus.events_.advance();
    lock.lock();
    done[k] = 1;
    finished.notify_all();
  }

  void worker() {
    std::unique_lock<std::mutex> lock(mutex);
    while (true) {
      room.wait(lock, [&] { return taken >= seen.size() || can_take(); });
      if (taken >= seen.size()) return;
      take(lock);
    }
  }

  // Every report into the graph, in rank order. The other threads take
  // the reports in rank order, extract them and stage their quads; this
  // one takes them back in the same order, publishes their people and adds
  // them to the graph, and extracts the next ones itself while the one it
  // waits for is not done: it is one of the `jobs`, not an extra thread
  // that would take a share of the cores from those extracting. A report
  // knows the people of every report published before it started; those
  // of the lower-ranked reports extracted beside it it cannot know, so it
  // records what it asked, and the few whose questions those people answer
  // are extracted again, here, once they are known. With -j 1 every report
  // is extracted once, after all the reports before it.
  void run() {
    const std::size_t n = corpus.by_rank_.size();
    std::vector<std::thread> pool;
    if (parallel())
      for (unsigned t = 1; t < std::min<std::size_t>(corpus.options_.jobs, n); ++t) pool.emplace_back([this] { worker(); });
    for (std::size_t k = 0; k < n; ++k) {
      Source& s = corpus.sources_[corpus.by_rank_[k]];
      if (parallel()) {
        std::unique_lock<std::mutex> lock(mutex);
        while (!done[k]) {
          if (can_take()) take(lock);
          else finished.wait(lock);
        }
      } else {
        extract_one(s);
        if (corpus.events_.advance) corpus.events_.advance();
      }
      if (!s.changed) {
        if (parallel() && known.changed_since(s.lookups, seen[k] + 1, s.rank)) {
          extract_one(s);
          ++corpus.summary_.extracted_again;
        }
        s.lookups = {};
        publish(s);
      }
      {
        std::lock_guard<std::mutex> lock(mutex);
        published = k + 1;
      }
      room.notify_all();
      if (!s.changed) add(s);
    }
    for (auto& t : pool) t.join();
  }
};

bool CorpusBuild::build(graph::Graph& graph, std::vector<Diagnostic>& diagnostics) {
  if (!sources_.empty() && !resources_) throw std::logic_error("CorpusBuild::build: reports, but no resources");
  auto started = Clock::now();
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
