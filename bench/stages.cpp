// stancegraph_stages — times each stage of a build on one corpus, in one
// process, one thread: read, segment, match (tokens + gazetteer trie),
// extract (segment + match + chunking + rules, as `build` runs it per
// report), graph, and each writer. Prints one JSON object per stage:
// seconds, MB/s of report text, sentences/s, assertions/s, quads/s where it
// applies, and the peak resident memory so far (VmHWM).
//
// Usage: stancegraph_stages DATA_DIR REPORT...   (DATA_DIR = ontologies/)
// bench/run.sh runs it; see bench/RESULTS.md.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "export/export.h"
#include "extract/document.h"
#include "extract/resources.h"
#include "extract/tokenizer.h"
#include "graph/graph.h"

namespace {

using Clock = std::chrono::steady_clock;

long peak_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: stancegraph_stages DATA_DIR REPORT...\n";
    return 2;
  }
  std::string data = argv[1];
  std::vector<sg::extract::Diagnostic> diagnostics;
  auto resources = sg::extract::load_resources(data + "/gazetteer", data + "/rules", diagnostics);
  if (!resources) {
    for (const auto& d : diagnostics) std::cerr << d.to_string() << '\n';
    return 4;
  }
  double mb = 0;
  std::size_t sentences = 0, assertions = 0, quads = 0;
  auto report = [&](const char* stage, double secs, bool per_sentence, bool per_assertion, bool per_quad) {
    nlohmann::json j;
    j["stage"] = stage;
    j["seconds"] = secs;
    j["mb_per_s"] = secs > 0 ? mb / secs : 0;
    if (per_sentence) j["sentences_per_s"] = secs > 0 ? sentences / secs : 0;
    if (per_assertion) j["assertions_per_s"] = secs > 0 ? assertions / secs : 0;
    if (per_quad) j["quads_per_s"] = secs > 0 ? quads / secs : 0;
    j["peak_rss_mb"] = peak_kb() / 1024.0;
    std::cout << j.dump() << std::endl;
  };

  auto start = Clock::now();
  std::vector<sg::extract::Report> reports;
  for (int i = 2; i < argc; ++i) {
    auto r = sg::extract::read_report(argv[i], std::nullopt, diagnostics);
    if (!r) {
      for (const auto& d : diagnostics) std::cerr << d.to_string() << '\n';
      return 3;
    }
    mb += r->text.size() / 1e6;
    reports.push_back(std::move(*r));
  }
  report("read", seconds_since(start), false, false, false);

  start = Clock::now();
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> spans(reports.size());
  for (std::size_t k = 0; k < reports.size(); ++k) {
    const std::string& text = reports[k].text;
    auto paragraphs = sg::extract::split_paragraphs(text);
    for (std::size_t p = 0; p < paragraphs.size(); ++p)
      for (const auto& s : sg::extract::segment_sentences(text, paragraphs[p], p, resources->abbreviations))
        spans[k].emplace_back(s.begin, s.end);
    sentences += spans[k].size();
  }
  report("segment", seconds_since(start), true, false, false);

  start = Clock::now();
  std::size_t matches = 0;
  for (std::size_t k = 0; k < reports.size(); ++k)
    for (auto [b, e] : spans[k]) {
      auto tokens = sg::extract::tokenize(reports[k].text, b, e);
      for (std::size_t i = 0; i < tokens.size(); ++i)
        if (auto m = resources->gazetteer.longest_at(tokens, i); m.end > i) {
          ++matches;
          i = m.end - 1;
        }
    }
  report("match", seconds_since(start), true, false, false);
  std::cerr << matches << " gazetteer matches\n";

  start = Clock::now();
  std::vector<sg::extract::Extraction> results;
  for (const auto& r : reports) {
    results.push_back(sg::extract::extract(r, *resources));
    assertions += results.back().assertions.size();
  }
  report("extract", seconds_since(start), true, true, false);

  start = Clock::now();
  sg::graph::Graph graph;
  {
    sg::graph::GraphBuilder builder(graph, {});
    for (std::size_t k = 0; k < reports.size(); ++k) builder.add(reports[k], results[k]);
    builder.finish();
  }
  quads = graph.size();
  report("graph", seconds_since(start), false, true, true);

  std::ifstream context_file(data + "/context.jsonld");
  sg::exporter::WriteOptions options;
  options.jsonld_context.assign(std::istreambuf_iterator<char>(context_file), std::istreambuf_iterator<char>());
  for (auto [format, name] : {std::pair{sg::exporter::Format::NQuads, "write-nquads"},
                              {sg::exporter::Format::Turtle, "write-turtle"},
                              {sg::exporter::Format::JsonLd, "write-jsonld"}}) {
    std::FILE* out = std::fopen("/dev/null", "w");
    std::string error;
    start = Clock::now();
    bool ok = sg::exporter::write_graph(graph, format, out, options, error);
    double secs = seconds_since(start);
    std::fclose(out);
    if (!ok) {
      std::cerr << name << ": " << error << '\n';
      return 5;
    }
    report(name, secs, false, false, true);
  }
  return 0;
}
