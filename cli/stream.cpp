// build --stream: JSON Lines documents in, N-Quads out, one document at a
// time. See stream.h and docs/scale.md.
#include "stream.h"

#include <iostream>
#include <string>
#include <vector>

#include "corpus.h"
#include "export/line_writer.h"
#include "graph/graph.h"

namespace sg::cli {
namespace {

struct Document {
  int line = 0;
  std::string json;
  std::vector<extract::Diagnostic> diagnostics;
  std::string nquads;
  bool ok = true;
};

// One document: its own graph, written in canonical order. Entity IRIs
// come from identity keys and report IRIs from the text's hash, so the
// same document gives the same lines in any shard.
void process(Document& doc, const extract::Resources& resources, const StreamOptions& options) {
  auto report = extract::parse_json_document(doc.json, "stdin", doc.line, options.default_date, doc.diagnostics);
  doc.json.clear();
  doc.json.shrink_to_fit();
  if (!report) {
    doc.ok = false;
    return;
  }
  extract::Extraction extraction = extract::extract(*report, resources);
  for (auto d : extraction.warnings) {
    d.file = "stdin";
    d.line = doc.line;
    doc.diagnostics.push_back(std::move(d));
  }
  graph::Graph graph;
  graph::GraphBuilder builder(graph, {options.base, /*summaries=*/false, /*threads=*/1, options.version,
                                      options.data_fingerprint});
  builder.add(std::move(*report), std::move(extraction));
  builder.finish();
  const exporter::TermForms forms(graph, 1);
  std::string nquads, error;
  for (const auto& q : graph.sorted_quads())
    if (!forms.line(nquads, q, true, error)) {
      extract::Diagnostic d;
      d.file = "stdin";
      d.line = doc.line;
      d.message = error;
      doc.diagnostics.push_back(std::move(d));
      doc.ok = false;
      return;
    }
  doc.nquads = std::move(nquads);
}

}  // namespace

int run_stream(const extract::Resources& resources, const StreamOptions& options, std::istream& in,
               std::FILE* out) {
  // Documents are read in batches of a bounded size, extracted on the
  // worker threads, and written in input order: memory holds one batch.
  const std::size_t max_docs = 64 * options.jobs;
  const std::size_t max_bytes = std::size_t{16} << 20;
  bool bad_input = false;
  int line_number = 0;
  std::string line;
  bool more = true;
  while (more) {
    std::vector<Document> batch;
    std::size_t bytes = 0;
    while (batch.size() < max_docs && bytes < max_bytes) {
      if (!std::getline(in, line)) {
        more = false;
        break;
      }
      ++line_number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank lines separate nothing
      bytes += line.size();
      batch.push_back(Document{line_number, std::move(line), {}, {}, true});
      line.clear();
    }
    parallel_for(batch.size(), options.jobs, [&](std::size_t i) { process(batch[i], resources, options); });
    for (auto& doc : batch) {
      for (const auto& d : doc.diagnostics)
        if (!options.quiet || d.severity == extract::Diagnostic::Severity::Error) std::cerr << d.to_string() << '\n';
      bad_input |= !doc.ok;
      if (!doc.nquads.empty() && std::fwrite(doc.nquads.data(), 1, doc.nquads.size(), out) != doc.nquads.size()) {
        std::cerr << "stancegraph: error: write error on standard output\n";
        return kStreamOutputError;
      }
    }
    if (std::fflush(out) != 0) {
      std::cerr << "stancegraph: error: write error on standard output\n";
      return kStreamOutputError;
    }
  }
  if (in.bad()) {
    std::cerr << "stdin: error: read error after line " << line_number << '\n';
    return kStreamInputError;
  }
  return bad_input ? kStreamInputError : 0;
}

}  // namespace sg::cli
