// The corpus build (cli/corpus.h): reports read, ranked by date, extracted
// on -j threads and added to one graph, the same whatever the jobs and
// the order of the files.
#include "cli/corpus.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "export/export.h"
#include "test_support.h"

namespace sg::cli {
namespace {

namespace fs = std::filesystem;
using extract::Diagnostic;

// A directory of its own for each test, removed after it.
class Corpus : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("sg-corpus-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& text) {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }

  fs::path dir_;
};

Input input(const std::string& path) { return {path, input_kind(path)}; }

std::vector<std::string> messages(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) out.push_back(d.to_string());
  return out;
}

std::string nquads_of(const graph::Graph& graph) {
  std::FILE* out = std::tmpfile();
  std::string error;
  EXPECT_TRUE(exporter::write_graph(graph, exporter::Format::NQuads, out, {}, error)) << error;
  return test::drain(out);
}

// The N-Quads of a build of `inputs` with `jobs` threads, holding at most
// `kept` bytes of text from the first reading; fails the test on any error.
std::string nquads(const std::vector<Input>& inputs, unsigned jobs, std::size_t kept = CorpusOptions{}.kept_text_bytes) {
  auto resources = test::resources();
  CorpusBuild corpus(resources.get(), {jobs, std::nullopt, {}, kept});
  std::vector<Diagnostic> diagnostics;
  graph::Graph graph;
  if (!corpus.read(inputs, diagnostics) || !corpus.build(graph, diagnostics)) {
    ADD_FAILURE() << ::testing::PrintToString(messages(diagnostics));
    return {};
  }
  EXPECT_FALSE(extract::has_errors(diagnostics)) << ::testing::PrintToString(messages(diagnostics));
  return nquads_of(graph);
}


// Equal outputs, or the first line where they part (not two whole graphs).
::testing::AssertionResult same_bytes(const std::string& expected, const std::string& actual) {
  if (expected == actual) return ::testing::AssertionSuccess();
  auto at = std::mismatch(expected.begin(), expected.end(), actual.begin(), actual.end());
  auto line = [](const std::string& text, std::string::const_iterator it) {
    auto begin = text.rfind('\n', static_cast<std::size_t>(it - text.begin()) - (it == text.begin() ? 0 : 1));
    begin = begin == std::string::npos ? 0 : begin + 1;
    return text.substr(begin, text.find('\n', begin) - begin);
  };
  return ::testing::AssertionFailure() << "outputs of " << expected.size() << " and " << actual.size()
                                       << " bytes part at\n  " << line(expected, at.first) << "\n  "
                                       << line(actual, at.second);
}

const char* kIntroduces =
    "Iran rejects the plan\nMarch 1, 2025\n"
    "Iranian Foreign Minister Darius Kavand rejected the ceasefire proposal on March 1.[1]\n\n"
    "[1] https://example.org/a\n";
const char* kSurnameAlone =
    "Kavand again\nMarch 5, 2025\nKavand accused Israel of violating the truce on March 4.[1]\n\n"
    "[1] https://example.org/b\n";

// The reports of the project's test corpus and examples, two reports that
// name one person, and the same as a JSON Lines file: every input kind.
TEST_F(Corpus, SameGraphWhateverTheJobsAndTheOrderOfTheFiles) {
  std::vector<Input> inputs;
  for (const char* folder : {"/tests/data/corpus", "/examples/reports"})
    for (const auto& entry : fs::directory_iterator(test::source_dir() + folder)) inputs.push_back(input(entry.path()));
  std::sort(inputs.begin(), inputs.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
  inputs.push_back(input(write("a.txt", kIntroduces)));
  inputs.push_back(input(write("b.txt", kSurnameAlone)));
  inputs.push_back(input(write("more.jsonl",
                               R"({"id":"c","date":"2025-03-07","text":"Kavand met Russian Foreign Minister Sergey Lavrov in Moscow on March 6."})"
                               "\n"
                               R"({"id":"d","date":"2025-03-02","text":"Kavand denied that Iran supplied drones to Russia."})"
                               "\n")));
  ASSERT_GE(inputs.size(), 14u);

  const std::string one = nquads(inputs, 1);
  ASSERT_NE(one.find("Darius Kavand"), std::string::npos);
  EXPECT_TRUE(same_bytes(one, nquads(inputs, 2)));
  EXPECT_TRUE(same_bytes(one, nquads(inputs, 3)));
  // Every text read again, or some (the budget of a few reports' text).
  EXPECT_TRUE(same_bytes(one, nquads(inputs, 1, 0)));
  EXPECT_TRUE(same_bytes(one, nquads(inputs, 2, 6000)));
  std::reverse(inputs.begin(), inputs.end());
  EXPECT_TRUE(same_bytes(one, nquads(inputs, 1)));
  EXPECT_TRUE(same_bytes(one, nquads(inputs, 2)));
  std::rotate(inputs.begin(), inputs.begin() + 5, inputs.end());
  EXPECT_TRUE(same_bytes(one, nquads(inputs, 2)));
}

// The report of March 5 says "Kavand" alone; the one of March 1 named him
// in full. Whatever the order of the files, and whether or not the two
// are extracted side by side, he is the actor of the accusation.
TEST_F(Corpus, ASurnameAloneIsThePersonAnEarlierDatedReportNamed) {
  const Input a = input(write("a.txt", kIntroduces));
  const Input b = input(write("b.txt", kSurnameAlone));
  auto accusations_by_kavand = [](const std::string& quads) {
    std::size_t n = 0;
    for (std::size_t at = quads.find("\"Darius Kavand ACCUSE Israel (2025-03-04)\"@en"); at != std::string::npos;
         at = quads.find("\"Darius Kavand ACCUSE Israel (2025-03-04)\"@en", at + 1))
      ++n;
    return n;
  };
  // Alone, the later report does not know who Kavand is.
  EXPECT_EQ(accusations_by_kavand(nquads({b}, 1)), 0u);
  for (unsigned jobs : {1u, 2u}) {
    EXPECT_EQ(accusations_by_kavand(nquads({a, b}, jobs)), 1u) << "a, b, -j " << jobs;
    EXPECT_EQ(accusations_by_kavand(nquads({b, a}, jobs)), 1u) << "b, a, -j " << jobs;
  }
}

// A surname learnt from another report does not break a body named after
// the person: "the Kavand administration" stays the body that demands.
TEST_F(Corpus, ASurnameLearntElsewhereLeavesTheBodyNamedAfterIt) {
  const Input a = input(write("a.txt", kIntroduces));
  const Input b = input(write("c.txt", "Kavand administration\nMarch 6, 2025\n"
                                       "The Kavand administration declared on March 5 that Israel must end the "
                                       "blockade.\n"));
  for (unsigned jobs : {1u, 2u}) {
    const std::string quads = nquads({a, b}, jobs);
    EXPECT_NE(quads.find("REQUEST Israel (2025-03-05)"), std::string::npos) << "-j " << jobs;
  }
}

// A report is ranked by the text of its first reading; read again to be
// extracted (its text was not kept), a file with another text is refused
// rather than extracted out of its place.
TEST_F(Corpus, AFileThatChangedSinceItWasReadIsRefused) {
  auto resources = test::resources();
  for (unsigned jobs : {1u, 2u}) {
    const Input a = input(write("a.txt", kIntroduces));
    const Input b = input(write("b.txt", kSurnameAlone));
    CorpusBuild corpus(resources.get(), {jobs, std::nullopt, {}, /*kept_text_bytes=*/0});
    std::vector<Diagnostic> diagnostics;
    ASSERT_TRUE(corpus.read({a, b}, diagnostics));
    EXPECT_TRUE(diagnostics.empty()) << ::testing::PrintToString(messages(diagnostics));
    write("b.txt", std::string(kSurnameAlone) + "Kavand also threatened Israel.\n");
    graph::Graph graph;
    EXPECT_FALSE(corpus.build(graph, diagnostics));
    EXPECT_EQ(messages(diagnostics),
              std::vector<std::string>{b.path + ": error: the file changed while it was read; nothing was written"})
        << "-j " << jobs;
  }
}

// A text kept from the first reading is the one extracted: a change to
// the file afterwards is not read, and the graph is the one of the text
// ranked. The budget is in bytes of text: one report's fits, the second's
// does not, and only that one is read again (and refused, changed).
TEST_F(Corpus, AKeptTextIsExtractedAsFirstReadAndOnlyTheOthersAreReadAgain) {
  auto resources = test::resources();
  const Input a = input(write("a.txt", kIntroduces));
  const Input b = input(write("b.txt", kSurnameAlone));
  const std::string before = nquads({a, b}, 1);
  {
    CorpusBuild corpus(resources.get(), {1, std::nullopt, {}});  // the default budget holds both
    std::vector<Diagnostic> diagnostics;
    ASSERT_TRUE(corpus.read({a, b}, diagnostics));
    write("b.txt", std::string(kSurnameAlone) + "Kavand also threatened Israel.\n");
    graph::Graph graph;
    ASSERT_TRUE(corpus.build(graph, diagnostics)) << ::testing::PrintToString(messages(diagnostics));
    EXPECT_TRUE(same_bytes(before, nquads_of(graph)));
  }
  write("b.txt", kSurnameAlone);
  // -j 1 reads the inputs in order: a's text is kept, b's is not.
  CorpusBuild corpus(resources.get(), {1, std::nullopt, {}, std::string(kIntroduces).size()});
  std::vector<Diagnostic> diagnostics;
  ASSERT_TRUE(corpus.read({a, b}, diagnostics));
  write("a.txt", std::string(kIntroduces) + "Kavand also threatened Israel.\n");
  write("b.txt", std::string(kSurnameAlone) + "Kavand also threatened Israel.\n");
  graph::Graph graph;
  EXPECT_FALSE(corpus.build(graph, diagnostics));
  EXPECT_EQ(messages(diagnostics),
            std::vector<std::string>{b.path + ": error: the file changed while it was read; nothing was written"});
}

TEST_F(Corpus, AnInputThatCannotBeReadStopsTheReading) {
  auto resources = test::resources();
  CorpusBuild corpus(resources.get(), {2, std::nullopt, {}});
  std::vector<Diagnostic> diagnostics;
  const std::string missing = (dir_ / "missing.txt").string();
  EXPECT_FALSE(corpus.read({input(write("a.txt", kIntroduces)), input(missing), input(write("b.txt", kSurnameAlone))},
                           diagnostics));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].file, missing);
  EXPECT_EQ(diagnostics[0].severity, Diagnostic::Severity::Error);
}

// A refused JSON Lines document is named and left out; the build goes on.
// A report without a date is warned about, after the inputs' own
// diagnostics.
TEST_F(Corpus, RefusedDocumentsAreLeftOutAndUndatedReportsWarnedAbout) {
  auto resources = test::resources();
  const Input lines = input(write("docs.jsonl", std::string(R"({"id":"one","text":"Iran rejected the plan."})") +
                                                    "\nnot json\n"));
  CorpusBuild corpus(resources.get(), {1, std::nullopt, {}});
  std::vector<Diagnostic> diagnostics;
  ASSERT_TRUE(corpus.read({lines}, diagnostics));
  auto said = messages(diagnostics);
  ASSERT_EQ(said.size(), 2u) << ::testing::PrintToString(said);
  EXPECT_EQ(said[0].rfind(lines.path + ":2: error: ", 0), 0u) << said[0];
  EXPECT_EQ(said[1], lines.path + " (one): warning: no report date (use --date, a date line, or a YYYY-MM-DD file "
                                  "name); dates without a year are left out");
  graph::Graph graph;
  diagnostics.clear();
  ASSERT_TRUE(corpus.build(graph, diagnostics));
  EXPECT_EQ(corpus.summary().reports, 1u);
  EXPECT_GE(corpus.summary().assertions, 1u);
}

// --verbose's lines: each input once, when its last report is in the
// graph, with its reports and assertions; the stages in order.
TEST_F(Corpus, TellsEachInputOnceItsReportsAreInTheGraph) {
  auto resources = test::resources();
  const Input a = input(write("a.txt", kIntroduces));
  const Input b = input(write("b.txt", kSurnameAlone));
  const Input empty = input(write("empty.jsonl", "\n"));
  std::vector<std::string> stages, told;
  std::size_t assertions = 0;
  CorpusEvents events;
  events.stage = [&](const std::string& stage, std::size_t) { stages.push_back(stage); };
  events.input_done = [&](const Input& in, const InputTally& tally) {
    told.push_back(fs::path(in.path).filename().string() + " " + std::to_string(tally.reports));
    assertions += tally.assertions;
  };
  CorpusBuild corpus(resources.get(), {2, std::nullopt, {}}, events);
  std::vector<Diagnostic> diagnostics;
  ASSERT_TRUE(corpus.read({b, empty, a}, diagnostics));
  graph::Graph graph;
  ASSERT_TRUE(corpus.build(graph, diagnostics));
  // The empty file at once; then a (March 1) before b (March 5).
  EXPECT_EQ(told, (std::vector<std::string>{"empty.jsonl 0", "a.txt 1", "b.txt 1"}));
  EXPECT_EQ(stages, (std::vector<std::string>{"reading", "extracting", "finishing"}));
  EXPECT_EQ(corpus.summary().reports, 2u);
  EXPECT_EQ(corpus.summary().assertions, assertions);
  EXPECT_GE(assertions, 2u);
}

TEST(ParallelFor, RunsEachStepOnce) {
  for (unsigned jobs : {1u, 2u, 8u}) {
    std::vector<int> runs(100, 0);
    parallel_for(runs.size(), jobs, [&](std::size_t i) { ++runs[i]; });
    EXPECT_EQ(runs, std::vector<int>(100, 1)) << jobs;
  }
  parallel_for(0, 4, [](std::size_t) { ADD_FAILURE(); });
}

}  // namespace
}  // namespace sg::cli
