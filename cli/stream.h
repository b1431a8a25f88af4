// stream.h — `stancegraph build --stream`: the map step of a distributed
// run. JSON Lines documents ({"id","date","title","url","text"}) come in on
// standard input; each document's N-Quads go to standard output as soon as
// its batch is done, in input order. Documents are independent of each
// other (no cross-document identity, no stance summaries), so shards of a
// corpus processed anywhere merge by plain union; `build --merge` on the
// union then adds the summaries.
#pragma once

#include <cstdio>
#include <istream>
#include <optional>
#include <string>

#include "extract/extract.h"

namespace sg::cli {

// The exit codes of docs/errors.md that a stream run can end with.
inline constexpr int kStreamInputError = 3;   // some documents were refused (each named on stderr)
inline constexpr int kStreamOutputError = 5;  // standard output could not be written

struct StreamOptions {
  std::string base;
  unsigned jobs = 1;
  std::optional<extract::Date> default_date;  // --date: for documents with no date of their own
  bool quiet = false;                          // --quiet: errors only on standard error
  std::string version = {}, data_fingerprint = {};  // what made the graph (graph::BuildOptions)
};

// Processes every document of `in`; a refused document is reported and
// skipped, the others still come out. Returns the exit code.
int run_stream(const extract::Resources& resources, const StreamOptions& options, std::istream& in,
               std::FILE* out);

}  // namespace sg::cli
