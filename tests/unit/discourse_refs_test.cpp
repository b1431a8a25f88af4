// References news prose makes to what an earlier sentence named: "the
// country's foreign ministry" is the ministry of the one state in view.
// Each pattern with sentences where it must act and where it must not (two
// in view, none, the wrong kind). The sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::fact;
using test::has;
using test::run;
using test::show;

// Whether any assertion has `key` among its actors.
bool acts(const Extraction& x, const std::string& key) {
  for (const auto& a : x.assertions)
    if (has(a.actors, key)) return true;
  return false;
}

// --- "the country's" / "the nation's" and a body, its forces or an office ---

TEST(DiscourseRefs, CountrysMinistryIsTheStatesInView) {
  // The state of the paragraph before, across a paragraph break.
  auto x = run("Ghana hosted a regional security summit on Tuesday.\n\n"
               "The country's foreign ministry said it would summon the Togolese ambassador.",
               "2024-03-01");
  EXPECT_NE(fact(x, "STATEMENT", "org/gh-mfa"), nullptr) << show(x);
  // The words name no body of Ghana's: no label "country's foreign ministry".
  for (const auto& e : x.entities)
    for (const auto& label : e.alt_labels) EXPECT_EQ(label.find("country"), std::string::npos) << e.key << ": " << label;
}

TEST(DiscourseRefs, CountrysArmyInItsOwnSentence) {
  // The state named before it in the sentence, not the one after.
  auto x = run("Israel said on Sunday that the country's army had struck weapons depots in Lebanon.", "2024-03-01");
  EXPECT_NE(fact(x, "ASSAULT", "org/il-forces"), nullptr) << show(x);
}

TEST(DiscourseRefs, NationsPresidentSpeaksForTheState) {
  auto x = run("Kenya hosted a regional summit on Tuesday.\n\nThe nation's president condemned the coup in Niger.",
               "2024-03-01");
  EXPECT_NE(fact(x, "ACCUSE", "state/KE", "state/NE"), nullptr) << show(x);
}

TEST(DiscourseRefs, TwoStatesInViewLeaveTheCountryUnread) {
  // Subject and object of the sentence before.
  auto x = run("Thailand accused Cambodia of laying new landmines along the border. "
               "The country's army shelled a border post on Friday.",
               "2024-03-01");
  EXPECT_FALSE(acts(x, "org/th-forces")) << show(x);
  EXPECT_FALSE(acts(x, "org/kh-forces")) << show(x);
  // A list.
  auto y = run("Armenia and Azerbaijan signed a peace declaration in Washington. "
               "The nation's foreign ministry called it a historic day.",
               "2024-03-01");
  EXPECT_FALSE(acts(y, "org/am-mfa")) << show(y);
  EXPECT_FALSE(acts(y, "org/az-mfa")) << show(y);
  // Two states before it in its own sentence.
  auto z = run("Russia struck Ukraine overnight, and the country's defence ministry said it hit power plants.",
               "2024-03-01");
  EXPECT_FALSE(acts(z, "org/ru-mod")) << show(z);
  EXPECT_FALSE(acts(z, "org/ua-mod")) << show(z);
}

TEST(DiscourseRefs, NoStateInViewNoBody) {
  auto x = run("The country's defence ministry denied the report on Monday.", "2024-03-01");
  EXPECT_TRUE(x.assertions.empty()) << show(x);
}

TEST(DiscourseRefs, CountrysThingThatIsNoBodyStaysWords) {
  // "the country's economy" names no actor: no assertion by Peru for it,
  // and the state in view does not turn the words into Peru.
  auto x = run("Peru declared a state of emergency on Friday. The country's economy shrank by two percent.",
               "2024-03-01");
  for (const auto& a : x.assertions) EXPECT_EQ(a.topic.find("percent"), std::string::npos) << show(x);
}

}  // namespace
}  // namespace sg::extract
