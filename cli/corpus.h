// corpus.h — the corpus build: every report of `build`'s inputs (inputs.h)
// extracted and added to one graph, on -j threads, so that the graph is the
// same bytes whatever the order of the files and the number of jobs.
//
// A build is two steps, with the caller between them (the CLI reads the
// graphs to --merge into there, once the reports are known to be readable):
//
//   CorpusBuild corpus(resources.get(), {jobs, date, build_options});
//   if (!corpus.read(discovery.inputs, diagnostics)) ...  // an input cannot be used
//   ... read the graphs to merge into `graph` ...
//   if (!corpus.build(graph, diagnostics)) ...            // a file changed meanwhile
//   ... write `graph`, finished: identities settled, stance summaries made ...
//
// read() reads every input on the -j threads and ranks the reports by date
// (then by their text's hash), keeping of each its place, date and hash,
// and its text while the texts kept stay within a budget
// (CorpusOptions::kept_text_bytes): past it, the run holds the graph, not
// the input (standard input, which cannot be read twice, keeps its text).
// build() reads each report whose text was dropped
// again and extracts it in rank order, knowing the people that the merged
// graph and every report of lower rank named ("Youssef" alone is the Ali
// Youssef of an earlier report), as a day-by-day build with --merge would.
// With -j N, N threads (the caller's among them) extract the reports in
// rank order, at most 4N ahead of the graph, and the caller's thread adds
// them to a graph::GraphBuilder in the same order; a report whose questions
// the people of a report extracted beside it answer otherwise is extracted
// once more before it is added. A report read again whose file changed
// between the two readings is refused: the graph would not be the one its
// first reading ranked (a report whose text was kept is extracted from
// that first reading).
//
// Diagnostics come as values (file, line, message) for the caller to
// print; nothing here writes to a stream. Memory: the graph, a few hundred
// bytes a report, and the extractions of at most 4N reports at a time.
// Thread safety: a CorpusBuild is used from one thread, which it makes one
// of the N; it starts and joins the others itself.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "graph/graph.h"
#include "inputs.h"

namespace sg::cli {

struct CorpusOptions {
  unsigned jobs = 1;                  // threads that read and extract (build -j)
  std::optional<extract::Date> date;  // --date: every report's date, the default of JSON Lines documents
  graph::BuildOptions graph = {};     // base, version, data fingerprint; `threads` is set from `jobs`
  // The texts of the first reading kept for the extraction, up to this
  // many bytes in all; the others are read again. Reading a report again
  // (and hashing it twice) was ~3% of a build's instructions; holding the
  // text of a 20 MB corpus is ~5% of its graph's memory.
  std::size_t kept_text_bytes = std::size_t{256} << 20;
};

// What a build tells as it goes, for a progress bar and --verbose; any of
// them may be left empty. `advance` is called on any thread, the others on
// the caller's.
struct CorpusEvents {
  std::function<void(const std::string& stage, std::size_t steps)> stage;  // "reading", "extracting", "finishing"
  std::function<void()> advance;                                           // a step of the stage done
  // An input's last report is in the graph (an input without reports: as
  // extraction starts).
  std::function<void(const Input& input, const InputTally& tally)> input_done;
};

// What build() did, for --verbose.
struct CorpusSummary {
  std::size_t reports = 0;
  std::size_t assertions = 0;       // as extracted, summed over the reports (before de-duplication)
  std::size_t extracted_again = 0;  // reports extracted a second time (-j)
  double extracting_seconds = 0, finishing_seconds = 0;  // wall time of the two phases of build()
};

class CorpusBuild {
 public:
  // `resources` may be null when no input holds a report (a merge alone).
  CorpusBuild(const extract::Resources* resources, CorpusOptions options, CorpusEvents events = {});
  ~CorpusBuild();
  CorpusBuild(const CorpusBuild&) = delete;
  CorpusBuild& operator=(const CorpusBuild&) = delete;

  // Reads and ranks the reports of `inputs`. Appends each input's
  // diagnostics in input order, then a warning for each report without a
  // date. Returns false, after the diagnostics of the inputs up to it, at
  // the first input that cannot be used at all; a JSON Lines document that
  // is refused only adds its error, and the build goes on without it.
  bool read(const std::vector<Input>& inputs, std::vector<extract::Diagnostic>& diagnostics);

  // Extracts the reports read into `graph` (which may already hold the
  // graphs merged into: their entities keep their IRIs, their people are
  // known to every report) and finishes it. Returns false, with an error
  // naming the file, when a file changed since read(): `graph` is then
  // unfinished and should not be written. Appends the extractions'
  // warnings, report by report in input order. Once, after read().
  bool build(graph::Graph& graph, std::vector<extract::Diagnostic>& diagnostics);

  const CorpusSummary& summary() const { return summary_; }

 private:
  struct Source;
  struct Run;

  const extract::Resources* resources_;
  CorpusOptions options_;
  CorpusEvents events_;
  std::vector<Input> inputs_;
  std::vector<Source> sources_;  // in input order
  std::vector<std::size_t> by_rank_;  // sources_ by rank: date, then text hash
  std::size_t text_bytes_ = 0;        // of every report read: what the graph's size is reckoned from
  CorpusSummary summary_;
};

// Runs step(i) for every i below n on up to `jobs` threads, the caller's
// among them, each i once, in no set order; returns when all are done.
void parallel_for(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& step);

}  // namespace sg::cli
