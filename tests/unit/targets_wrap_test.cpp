// Acts that wrap another act (wrapped_targets() in extract/pipeline.cpp,
// WRAPPER in lexicon.txt): a threat, promise, refusal or call with no
// target of its own is aimed where the act it holds is, whichever rule
// gave that act its target. The sentences are written for these tests,
// from other conflicts and in other phrasings than the reports the rule
// was read on.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::first_of_type;
using test::run;
using test::show;

struct Wrapped {
  const char* sentence;
  const char* type;
  const char* target;  // "" when the wrapper must have none
};

TEST(TargetsWrap, AWrapperTakesTheTargetOfTheActItHolds) {
  const Wrapped cases[] = {
      // a threatened curfew: the place its act is aimed at
      {"M23 rebels threatened to impose a curfew in Goma.", "THREATEN", "state/CD"},
      // a refused deployment: the place troops would go into
      {"Turkey refused to send troops into Libya.", "REJECT", "state/LY"},
      // a refused judgement: its object
      {"Hungary refused to condemn Russia.", "REJECT", "state/RU"},
  };
  for (const auto& c : cases) {
    auto x = run(c.sentence);
    const Assertion* a = first_of_type(x, c.type);
    ASSERT_NE(a, nullptr) << c.sentence << show(x);
    EXPECT_EQ(a->targets, std::vector<std::string>{c.target}) << c.sentence << show(x);
  }
}

TEST(TargetsWrap, AWrapperRefusesWhereItsActRefuses) {
  const Wrapped cases[] = {
      // a meeting's venue is no target of the meeting, nor of the agreement
      {"Armenia agreed to hold talks in Geneva.", "AGREE", ""},
      // an act with no target
      {"Hamas threatened to leave the talks.", "THREATEN", ""},
      // another's act: the raids are Albania's, not Serbia's to aim
      {"Serbia demanded an end to Albanian raids on Kosovo.", "REQUEST", ""},
      // the act of a condition is not the threatened act
      {"Iran threatened to walk out if Israel attacks Syria.", "THREATEN", ""},
      // the actor's own side: Mali's prime minister and Mali's border
      {"Malian Prime Minister Choguel Maiga threatened to close Mali's border with Niger.", "THREATEN", ""},
  };
  for (const auto& c : cases) {
    auto x = run(c.sentence);
    const Assertion* a = first_of_type(x, c.type);
    ASSERT_NE(a, nullptr) << c.sentence << show(x);
    EXPECT_TRUE(a->targets.empty()) << c.sentence << show(x);
  }
}

// The deployed peacekeepers are what is given, not whom (triggers.tsv,
// deploy AID: the recipient follows "to").
TEST(TargetsWrap, DeployedPeacekeepersAreNoRecipient) {
  auto x = run("Japan deployed peacekeepers in Cambodia.");
  const Assertion* a = first_of_type(x, "AID");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(a->targets.empty()) << show(x);
  auto y = run("Ankara refused to deploy peacekeepers to Libya.");
  const Assertion* r = first_of_type(y, "REJECT");
  ASSERT_NE(r, nullptr) << show(y);
  EXPECT_EQ(r->targets, std::vector<std::string>{"state/LY"}) << show(y);
}

// The recipient leftovers: a hyphenated modifier before the name, and a
// recipient no name gives, placed in a state.
TEST(TargetsWrap, RecipientsPastAHyphenOrPlacedInAState) {
  const Wrapped cases[] = {
      {"Japan pledged food aid to cash-strapped Sri Lanka.", "AID", "state/LK"},
      {"Canada contributed 800 troops to a peace-keeping force in Haiti.", "AID", "state/HT"},
      {"Qatar sent tents to displaced families in Syria.", "AID", "state/SY"},
  };
  for (const auto& c : cases) {
    auto x = run(c.sentence);
    const Assertion* a = first_of_type(x, c.type);
    ASSERT_NE(a, nullptr) << c.sentence << show(x);
    EXPECT_EQ(a->targets, std::vector<std::string>{c.target}) << c.sentence << show(x);
  }
  // Not the actor's own troops, nor past a participle that opens a clause.
  for (const char* s : {"Britain sent supplies to its troops in Iraq.",
                        "Jordan sent food to refugees fleeing the fighting in Syria."}) {
    auto x = run(s);
    const Assertion* a = first_of_type(x, "AID");
    ASSERT_NE(a, nullptr) << s << show(x);
    EXPECT_TRUE(a->targets.empty()) << s << show(x);
  }
}

}  // namespace
}  // namespace sg::extract
