#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "extract/rules.h"
#include "test_support.h"

namespace sg::extract {
namespace {

namespace fs = std::filesystem;

// A rule directory made of the shipped lexicon and one rule file under test.
class RuleFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sg-rules-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    fs::copy_file(test::source_dir() + "/ontologies/rules/lexicon.txt", dir_ / "lexicon.txt");
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::vector<Diagnostic> load(const std::string& rules) {
    std::ofstream(dir_ / "x.rules") << rules;
    RuleSet set;
    std::vector<Diagnostic> d;
    ok_ = load_rules(dir_.string(), set, d);
    count_ = set.events.size();
    return d;
  }
  std::string file() const { return (dir_ / "x.rules").string(); }
  fs::path dir_;
  bool ok_ = false;
  std::size_t count_ = 0;
};

TEST_F(RuleFile, AcceptsAWellFormedRule) {
  auto d = load("# REJECT\nrule r1\n  event REJECT\n  match actor:@Actor VG $REJECT topic:REST?\n");
  EXPECT_TRUE(d.empty()) << d[0].to_string();
  EXPECT_TRUE(ok_);
  EXPECT_EQ(count_, 1u);
}

TEST_F(RuleFile, UnknownClassIsReportedWithItsColumn) {
  auto d = load("rule r1\n  event REJECT\n  match actor:@Actor VG $REJEKT\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].to_string(), file() + ":3:25: error: unknown word class '$REJEKT' (define it in lexicon.txt)");
  EXPECT_FALSE(ok_);
}

TEST_F(RuleFile, UnknownEventType) {
  auto d = load("rule r1\n  event REJECTS\n  match actor:@Actor VG $REJECT\n");
  ASSERT_FALSE(d.empty());
  EXPECT_EQ(d[0].line, 2);
  EXPECT_EQ(d[0].column, 9);
  EXPECT_NE(d[0].message.find("unknown event type 'REJECTS'"), std::string::npos);
}

TEST_F(RuleFile, UnknownCaptureAndEntityType) {
  auto d = load("rule r1\n  event REJECT\n  match actor:@Actor VG $REJECT whom:@Actor\n"
                "rule r2\n  event REJECT\n  match actor:@Country VG $REJECT\n");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].line, 3);
  EXPECT_NE(d[0].message.find("unknown capture 'whom'"), std::string::npos);
  EXPECT_EQ(d[1].line, 6);
  EXPECT_NE(d[1].message.find("unknown entity type '@Country'"), std::string::npos);
}

TEST_F(RuleFile, UnbalancedParenthesis) {
  auto d = load("rule r1\n  event REJECT\n  match actor:@Actor VG ( $REJECT | $ACCUSE\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].line, 3);
  EXPECT_EQ(d[0].message, "'(' without matching ')'");
}

TEST_F(RuleFile, EventRuleMustCaptureAnActor) {
  auto d = load("rule r1\n  event REJECT\n  match @Actor VG $REJECT\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].to_string(), file() + ":1:1: error: r1: the pattern captures no actor");
}

TEST_F(RuleFile, DuplicateIdsAndUnknownKeys) {
  auto d = load("rule r1\n  event REJECT\n  match actor:@Actor $REJECT\nrule r1\n  event REJECT\n  match actor:@Actor $REJECT\n  wheN x\n");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].line, 4);
  EXPECT_EQ(d[0].message, "rule id 'r1' is used twice");
  EXPECT_EQ(d[1].line, 7);
}

TEST_F(RuleFile, FrameMustEndOrStartWithContent) {
  auto d = load("frame f1\n  match speaker:@Actor VG $SAY\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message.find("must start or end with CONTENT"), std::string::npos);
}

TEST(Lexicon, InflectsRegularAndIrregularVerbs) {
  auto f = inflect("reject", "", "");
  EXPECT_EQ(f.third, "rejects");
  EXPECT_EQ(f.past, "rejected");
  EXPECT_EQ(f.gerund, "rejecting");
  f = inflect("say", "said", "");
  EXPECT_EQ(f.past, "said");
  EXPECT_EQ(f.third, "says");
  f = inflect("deny", "", "");
  EXPECT_EQ(f.third, "denies");
  EXPECT_EQ(f.past, "denied");
  f = inflect("admit", "admitted", "");
  EXPECT_EQ(f.gerund, "admitting");
  f = inflect("agree", "", "");
  EXPECT_EQ(f.past, "agreed");
  EXPECT_EQ(f.gerund, "agreeing");
  f = inflect("approach", "", "");
  EXPECT_EQ(f.third, "approaches");
}

TEST(Lexicon, ReportsBadClassLines) {
  Lexicon lexicon;
  std::vector<Diagnostic> d;
  EXPECT_TRUE(lexicon.parse_line("lexicon.txt", 1, "SAY = ~state ~say/said", d));
  EXPECT_FALSE(lexicon.parse_line("lexicon.txt", 2, "say = ~state", d));
  EXPECT_FALSE(lexicon.parse_line("lexicon.txt", 3, "SAY = again", d));
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[1].message, "class SAY is defined twice");
  EXPECT_TRUE(lexicon.in("said", lexicon.find("SAY")));
  EXPECT_TRUE(lexicon.in("stating", lexicon.find("SAY")));
}

TEST(Lexicon, MembershipHoldsAcrossManyClassesAndWords) {
  // More than 64 classes, so that the membership bits are laid out again
  // (wider) while words are being added; every class keeps its words.
  // (Names are appended, not concatenated: g++ 12 warns falsely on "C" + s.)
  auto name = [](const char* stem, int n, const char* tail = "") {
    std::string s = stem;
    s += std::to_string(n);
    s += tail;
    return s;
  };
  Lexicon lexicon;
  std::vector<Diagnostic> d;
  for (int c = 0; c < 150; ++c) {
    std::string line = name("C", c, " = ");
    line += name("w", c, " shared");
    if (c % 7 == 0) line += name(" ~verb", c);
    ASSERT_TRUE(lexicon.parse_line("lexicon.txt", c + 1, line, d)) << line;
  }
  ASSERT_TRUE(lexicon.parse_line("lexicon.txt", 151, "  late", d));  // continues C149
  EXPECT_TRUE(d.empty());
  for (int c = 0; c < 150; ++c) {
    int id = lexicon.find(name("C", c));
    ASSERT_EQ(id, c);
    EXPECT_TRUE(lexicon.in("shared", id));
    for (int other : {0, 1, 63, 64, 65, 127, 128, 149})
      EXPECT_EQ(lexicon.in(name("w", other), id), other == c) << other << " in C" << c;
    EXPECT_EQ(lexicon.in(name("verb", c, "ed"), id), c % 7 == 0);
    EXPECT_EQ(lexicon.in("late", id), c == 149);
  }
  EXPECT_FALSE(lexicon.in("shared", -1));
  EXPECT_FALSE(lexicon.in("unknown", 3));
  EXPECT_EQ(lexicon.words_of(lexicon.find("C64")), (std::vector<std::string>{"shared", "w64"}));
}

TEST(ShippedRules, LoadWithoutDiagnostics) {
  RuleSet set;
  std::vector<Diagnostic> d;
  EXPECT_TRUE(load_rules(test::source_dir() + "/ontologies/rules", set, d));
  for (const auto& x : d) ADD_FAILURE() << x.to_string();
  EXPECT_GE(set.events.size(), 25u);
  EXPECT_GE(set.frames.size(), 2u);
  // Every rule is indexed by a trigger word: none is tried on every sentence.
  EXPECT_TRUE(set.unanchored_events.empty());
}

}  // namespace
}  // namespace sg::extract
