// stancegraph_morphology — what extract/morphology.h costs, one thread:
// loading the WordNet tables, and analyze() on every word of a corpus
// beside tokenizing the same text (the stage that will call it), in the
// same run so that the ratio holds on a shared machine. Times are CPU
// seconds.
//
// Usage: stancegraph_morphology load RULES_DIR     loads the tables once and exits
//        stancegraph_morphology none RULES_DIR     exits: the baseline of the above
//                                                  (farm-bench --vs 'none' -- load)
//        stancegraph_morphology analyze RULES_DIR REPORT...
//            prints one JSON object: the median load time of 21 loads, and
//            tokenize and analyze in MB/s of report text and words/s
#include <algorithm>
#include <ctime>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/extract.h"
#include "extract/morphology.h"
#include "extract/tokenizer.h"

namespace {

// CPU time of the process (one thread): on a shared machine wall time
// also counts the time others held the core.
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + t.tv_nsec / 1e9;
}
double seconds_since(double start) { return cpu_seconds() - start; }

bool load(sg::extract::Morphology& m, const std::string& dir) {
  std::vector<sg::extract::Diagnostic> diagnostics;
  if (m.load(dir, diagnostics)) return true;
  for (const auto& d : diagnostics) std::cerr << d.to_string() << '\n';
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: stancegraph_morphology load|none|analyze RULES_DIR [REPORT...]\n";
    return 2;
  }
  const std::string mode = argv[1], dir = argv[2];
  sg::extract::Morphology morphology;
  if (mode == "none") return 0;
  if (mode == "load") return load(morphology, dir) ? 0 : 4;
  if (mode != "analyze") {
    std::cerr << "stancegraph_morphology: unknown mode " << mode << '\n';
    return 2;
  }

  std::vector<double> loads;
  for (int i = 0; i < 21; ++i) {
    auto start = cpu_seconds();
    if (!load(morphology, dir)) return 4;
    loads.push_back(seconds_since(start));
  }
  std::sort(loads.begin(), loads.end());

  std::vector<std::string> texts;
  double mb = 0;
  std::vector<sg::extract::Diagnostic> diagnostics;
  for (int i = 3; i < argc; ++i) {
    auto report = sg::extract::read_report(argv[i], std::nullopt, diagnostics);
    if (!report) {
      for (const auto& d : diagnostics) std::cerr << d.to_string() << '\n';
      return 3;
    }
    mb += report->text.size() / 1e6;
    texts.push_back(std::move(report->text));
  }

  // Tokenize every text, then analyze every word token, each pass repeated
  // until it has run for a second.
  std::vector<std::vector<sg::extract::Token>> tokens(texts.size());
  int tokenize_rounds = 0;
  auto start = cpu_seconds();
  do {
    for (std::size_t i = 0; i < texts.size(); ++i) tokens[i] = sg::extract::tokenize(texts[i]);
    ++tokenize_rounds;
  } while (seconds_since(start) < 1.0);
  const double tokenize_seconds = seconds_since(start) / tokenize_rounds;

  std::size_t words = 0, readings = 0, known = 0;
  std::vector<sg::extract::WordReading> out;
  int analyze_rounds = 0;
  start = cpu_seconds();
  do {
    words = readings = known = 0;
    for (const auto& sentence : tokens)
      for (const auto& t : sentence) {
        if (t.kind != sg::extract::Token::Kind::Word) continue;
        morphology.analyze(t.norm, out);
        ++words;
        readings += out.size();
        known += !out.empty();
      }
    ++analyze_rounds;
  } while (seconds_since(start) < 1.0);
  const double analyze_seconds = seconds_since(start) / analyze_rounds;

  nlohmann::json j;
  j["load_ms_median"] = loads[loads.size() / 2] * 1e3;
  j["load_ms_min"] = loads.front() * 1e3;
  j["lemmas"] = morphology.lemma_count();
  j["irregular_rows"] = morphology.irregular_count();
  j["text_mb"] = mb;
  j["words"] = words;
  j["words_known"] = words ? static_cast<double>(known) / words : 0;
  j["readings_per_word"] = words ? static_cast<double>(readings) / words : 0;
  j["tokenize_mb_per_s"] = mb / tokenize_seconds;
  j["analyze_mb_per_s"] = mb / analyze_seconds;
  j["analyze_words_per_s"] = words / analyze_seconds;
  j["analyze_over_tokenize_time"] = analyze_seconds / tokenize_seconds;
  std::cout << j.dump() << std::endl;
  return 0;
}
