#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "extract/matcher.h"
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
    fs::copy_file(test::source_dir() + "/ontologies/stancegraph.ttl", dir_ / "stancegraph.ttl");
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::vector<Diagnostic> load(const std::string& rules) {
    std::ofstream(dir_ / "x.rules") << rules;
    set_ = RuleSet();
    std::vector<Diagnostic> d;
    ok_ = load_rules(dir_.string(), set_, d);
    count_ = set_.events.size();
    return d;
  }
  std::string file() const { return (dir_ / "x.rules").string(); }
  fs::path dir_;
  RuleSet set_;
  bool ok_ = false;
  std::size_t count_ = 0;
};

TEST_F(RuleFile, AcceptsAWellFormedRule) {
  auto d = load("# REJECT\nrule r1\n  event REJECT\n  match actor:@Actor VG $REJECT topic:REST?\n");
  EXPECT_TRUE(d.empty()) << d[0].to_string();
  EXPECT_TRUE(ok_);
  EXPECT_EQ(count_, 1u);
}

TEST_F(RuleFile, RenamedActsAreReadAndBadLinesNamed) {
  std::ofstream(dir_ / "renamed-acts.txt") << "# nouns that name an act again\nlaunch = fire Test-Fire\n"
                                              "seizure =\nthe deal = sign\n";
  auto d = load("rule r1\n  event REJECT\n  match actor:@Actor VG $REJECT\n");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].to_string(),
            (dir_ / "renamed-acts.txt").string() + ":3:1: error: expected NOUN = VERB VERB ... (one noun, at least one verb)");
  EXPECT_EQ(d[1].line, 4);
  ASSERT_EQ(set_.renamed_acts.size(), 1u);
  EXPECT_EQ(set_.renamed_acts[0].first, "launch");
  EXPECT_EQ(set_.renamed_acts[0].second, (std::vector<std::string>{"fire", "test-fire"}));
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

TEST_F(RuleFile, AFramesActIsAKnownTypeAndOnlyAFramesKey) {
  auto d = load("frame f1\n  match speaker:@Actor VG $DENY that CONTENT\n  act REJECT\n");
  EXPECT_TRUE(d.empty()) << d[0].to_string();
  ASSERT_EQ(set_.frames.size(), 1u);
  EXPECT_EQ(set_.frames[0].act, "REJECT");
  d = load("frame f1\n  match speaker:@Actor VG $DENY that CONTENT\n  act REJECTS\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].line, 3);
  EXPECT_NE(d[0].message.find("unknown event type 'REJECTS'"), std::string::npos);
  d = load("rule r1\n  event REJECT\n  match actor:@Actor VG $REJECT\n  act REJECT\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].line, 4);
  EXPECT_NE(d[0].message.find("only a frame has an act"), std::string::npos);
}

TEST_F(RuleFile, EventTypesComeFromTheVocabulary) {
  // The 18 concepts of sg:EventTypes, in the order of stancegraph.ttl.
  auto d = load("rule r1\n  event ADVANCE\n  match actor:@Actor VG $ADVANCE\n");
  EXPECT_TRUE(d.empty()) << d[0].to_string();
  ASSERT_EQ(set_.event_types.size(), 18u);
  EXPECT_EQ(set_.event_types.front(), "STATEMENT");
  // A concept added to the vocabulary is an event type at the next load.
  std::ofstream(dir_ / "stancegraph.ttl", std::ios::app)
      << "\n<https://w3id.org/stancegraph/ontology#BLOCKADE> a skos:Concept ;\n"
         "    skos:prefLabel \"blockade. \\\" ; sg:x\"@en ;\n    skos:inScheme sg:EventTypes .\n";
  d = load("rule r1\n  event BLOCKADE\n  match actor:@Actor VG $COERCE\n");
  EXPECT_TRUE(d.empty()) << d[0].to_string();
  EXPECT_EQ(set_.event_types.back(), "BLOCKADE");
}

TEST_F(RuleFile, NoVocabularyIsAnError) {
  fs::remove(dir_ / "stancegraph.ttl");
  auto d = load("rule r1\n  event REJECT\n  match actor:@Actor VG $REJECT\n");
  ASSERT_FALSE(d.empty());
  EXPECT_EQ(d[0].message, "no vocabulary: the event types are read from stancegraph.ttl in the rule directory or beside it");
  EXPECT_FALSE(ok_);
}

TEST_F(RuleFile, BrokenVocabularyIsNamedWithItsLine) {
  std::ofstream(dir_ / "stancegraph.ttl") << "@prefix sg: <https://w3id.org/stancegraph/ontology#> .\n\nsg:A sg:b \"open .\n";
  auto d = load("rule r1\n  event REJECT\n  match actor:@Actor VG $REJECT\n");
  ASSERT_FALSE(d.empty());
  EXPECT_EQ(d[0].to_string(), (dir_ / "stancegraph.ttl").string() + ":3: error: a string without its closing quote");
}

TEST_F(RuleFile, LemmaInAPatternMatchesEveryForm) {
  auto d = load("rule r1\n  event REJECT\n  match actor:@Actor VG ~rebuff/rebuffed topic:REST?\n");
  ASSERT_TRUE(d.empty()) << d[0].to_string();
  ASSERT_EQ(set_.events.size(), 1u);
  const auto& anchors = set_.events[0].anchors;
  EXPECT_EQ(anchors, std::vector<std::string>({"rebuff", "rebuffed", "rebuffing", "rebuffs"}));
  d = load("rule r1\n  event REJECT\n  match actor:@Actor VG ~/x\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].column, 25);
}

// The words a rule cannot match without (Rule::requirements) keep it from
// being tried where one is missing; where all are there, it matches as
// before.
TEST_F(RuleFile, ARuleMissingAWordItNeedsIsNotTried) {
  auto d = load("rule r1\n  event SANCTION\n"
                "  match actor:@Actor VG ( add | added ) topic:( ... to ( its | the )? ( list | blacklist ) REST? )\n"
                "rule r2\n  event REJECT\n  match actor:@Actor VG $REJECT topic:REST?\n");
  ASSERT_TRUE(d.empty()) << d[0].to_string();
  const Rule& rule = set_.events[0];
  // "add|added", "to" and "list|blacklist"; not the optional "its|the".
  ASSERT_EQ(rule.requirements.size(), 3u);
  auto items = [&](std::vector<std::string> words) {
    std::vector<Item> out;
    Item us;
    us.kind = Item::Kind::Entity;
    us.keys = {"state/US"};
    us.types = {EntityType::State};
    us.metonyms = {""};
    out.push_back(us);
    for (const auto& w : words) {
      Item it;
      it.norm = w;
      it.word = set_.lexicon.vocabulary().add(w);
      out.push_back(it);
    }
    return out;
  };
  // "The US added staff to its team": no list, so no start is tried.
  const auto team = items({"added", "staff", "to", "its", "team"});
  EXPECT_FALSE(latest_start(rule, last_requirements(set_, team, 0, team.size())));
  // "The US added Huawei to its list": every word is there; a match holds
  // "added" (item 1) at or after its start, so starts past it are not
  // tried; and the rule matches from the actor.
  const auto list = items({"added", "Huawei", "to", "its", "list", "."});
  EXPECT_EQ(latest_start(rule, last_requirements(set_, list, 0, list.size())), std::optional<std::size_t>(1));
  auto found = find_matches(rule, set_, list, 0, list.size(), 1);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].begin, 0u);
  // A class is a requirement too, met by any of its words.
  const Rule& rejects = set_.events[1];
  ASSERT_EQ(rejects.requirements.size(), 1u);
  const auto rejected = items({"rejected", "the", "plan"});
  EXPECT_EQ(latest_start(rejects, last_requirements(set_, rejected, 0, rejected.size())), std::optional<std::size_t>(1));
  EXPECT_EQ(find_matches(rejects, set_, rejected, 0, rejected.size(), 1).size(), 1u);
  EXPECT_FALSE(latest_start(rejects, last_requirements(set_, list, 0, list.size())));
}

TEST_F(RuleFile, OptionsAreSetByDefaultsAndByEachRule) {
  auto d = load("defaults\n  content-modality planned\n  named-members no\n"
                "rule r1\n  event AGREE\n  match actor:@Actor VG $AGREE topic:REST\n"
                "rule r2\n  event REJECT\n  match actor:@Actor VG $REJECT topic:REST\n  content-modality hypothetical\n"
                "  base-form-is-noun no\n  act-modality planned\n  claimed-act yes\n");
  ASSERT_TRUE(d.empty()) << d[0].to_string();
  ASSERT_EQ(set_.events.size(), 2u);
  EXPECT_EQ(set_.events[0].options.content_modality, Modality::Planned);
  EXPECT_FALSE(set_.events[0].options.named_members);
  EXPECT_TRUE(set_.events[0].options.base_form_is_noun);
  EXPECT_EQ(set_.events[1].options.content_modality, Modality::Hypothetical);
  EXPECT_FALSE(set_.events[1].options.base_form_is_noun);
  EXPECT_EQ(set_.events[0].options.act_modality, Modality::None);
  EXPECT_EQ(set_.events[1].options.act_modality, Modality::Planned);
  EXPECT_FALSE(set_.events[0].options.claimed_act);
  EXPECT_TRUE(set_.events[1].options.claimed_act);
  d = load("rule r1\n  event AGREE\n  match actor:@Actor VG $AGREE\n  named-members maybe\n"
           "defaults\n  keep-future\n");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].to_string(), file() + ":4:17: error: named-members takes yes or no, not 'maybe'");
  EXPECT_EQ(d[1].to_string(), file() + ":6:3: error: unknown option 'keep-future' (use base-form-is-noun, named-members, content-modality, act-modality, targets-act, that-target, presupposes or claimed-act)");
}

TEST(Lexicon, NumberWordsCarryTheirValue) {
  Lexicon lexicon;
  std::vector<Diagnostic> d;
  EXPECT_TRUE(lexicon.parse_line("lexicon.txt", 1, "NUMBER_WORD = two=2 dozen=12", d));
  EXPECT_EQ(lexicon.value(lexicon.vocabulary().find("dozen")), 12);
  EXPECT_FALSE(lexicon.value(lexicon.vocabulary().find("lexicon")));
  EXPECT_FALSE(lexicon.parse_line("lexicon.txt", 2, "BAD = few=some", d));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].to_string(), "lexicon.txt:2:7: error: expected word=number: 'few=some'");
}

// "~begin" needs no "/began/begun" any more: WordNet's exception lists give
// a verb's irregular forms, and a regular spelling stays beside them.
TEST(Lexicon, IrregularFormsComeFromWordNet) {
  Morphology morphology;
  std::vector<Diagnostic> d;
  ASSERT_TRUE(morphology.load(test::source_dir() + "/ontologies/rules", d)) << d[0].to_string();
  Lexicon lexicon;
  lexicon.use(&morphology);
  ASSERT_TRUE(lexicon.parse_line("lexicon.txt", 1, "HIT = ~strike ~seek ~begin ~burn ~reject", d));
  int c = lexicon.find("HIT");
  for (const char* w : {"struck", "striking", "sought", "began", "begun", "burnt", "burned", "rejected", "strikes"})
    EXPECT_TRUE(lexicon.in(w, c)) << w;
  EXPECT_FALSE(lexicon.in("striked", c));
  // Where English writes both, the regular past stays beside the one
  // WordNet lists: "speeded up" as "sped up", "dived" as "dove".
  ASSERT_TRUE(lexicon.parse_line("lexicon.txt", 3, "FAST = ~speed ~dive", d));
  for (const char* w : {"sped", "speeded", "dove", "dived"}) EXPECT_TRUE(lexicon.in(w, lexicon.find("FAST"))) << w;
  // Forms written out still win: "~seek/seeked" is what the author said.
  ASSERT_TRUE(lexicon.parse_line("lexicon.txt", 2, "ODD = ~seek/seeked", d));
  EXPECT_TRUE(lexicon.in("seeked", lexicon.find("ODD")));
  EXPECT_FALSE(lexicon.in("sought", lexicon.find("ODD")));
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
  // The index's words of all classes at once are each class's own words.
  const auto by_class = set.lexicon.words_by_class();
  ASSERT_EQ(by_class.size(), set.lexicon.size());
  for (std::size_t c = 0; c < by_class.size(); ++c)
    EXPECT_EQ(by_class[c], set.lexicon.words_of(static_cast<int>(c))) << set.lexicon.name(static_cast<int>(c));
}

// The verb-group roles are the six classes' memberships, word for word:
// verb_group() reads the byte where it asked the classes.
TEST(ShippedRules, VerbGroupRolesAreTheClassesOfEachWord) {
  RuleSet set;
  std::vector<Diagnostic> d;
  ASSERT_TRUE(load_rules(test::source_dir() + "/ontologies/rules", set, d));
  const auto& b = set.builtin;
  const std::pair<int, std::uint8_t> roles[] = {
      {b.aux, RuleSet::kAux}, {b.modal_future, RuleSet::kModalFuture}, {b.modal_hypothetical, RuleSet::kModalHypothetical},
      {b.neg, RuleSet::kNeg}, {b.adverb, RuleSet::kAdverb},            {b.not_adverb, RuleSet::kNotAdverb}};
  std::size_t with_role = 0;
  for (std::uint32_t w = 0; w < set.lexicon.vocabulary().size() + 2; ++w) {
    const std::uint8_t role = set.verb_group_role(w);
    with_role += role != 0;
    for (const auto& [word_class, bit] : roles)
      ASSERT_EQ((role & bit) != 0, set.lexicon.in(w, word_class))
          << (w < set.lexicon.vocabulary().size() ? set.lexicon.vocabulary().word(w) : "(past the end)") << " in "
          << set.lexicon.name(word_class);
  }
  EXPECT_GT(with_role, 20u);  // "will", "not", "has", "repeatedly", ...
  EXPECT_NE(set.verb_group_role(set.lexicon.vocabulary().find("would")) & RuleSet::kModalHypothetical, 0);
}

}  // namespace
}  // namespace sg::extract
