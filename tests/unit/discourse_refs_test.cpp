// References news prose makes to what an earlier sentence named: "the
// country's foreign ministry" is the ministry of the one state in view, "the
// rebels" the one armed group of no state in view. Each pattern with
// sentences where it must act and where it must not (two in view, none, the
// wrong kind). The sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::fact;
using test::has;
using test::of_type;
using test::run;
using test::show;

// Whether any assertion has `key` among its actors.
bool acts(const Extraction& x, const std::string& key) {
  for (const auto& a : x.assertions)
    if (has(a.actors, key)) return true;
  return false;
}

// Whether the second assertion of `type` (the later sentence's, where the
// first sentence has one too) has `key` among its actors.
::testing::AssertionResult second_by(const Extraction& x, const std::string& type, const std::string& key) {
  auto found = of_type(x, type);
  if (found.size() != 2) return ::testing::AssertionFailure() << found.size() << " of " << type << show(x);
  if (!has(found[1]->actors, key)) return ::testing::AssertionFailure() << show(x);
  return ::testing::AssertionSuccess();
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

// --- "the rebels", "the militants": the armed group in view ---

TEST(DiscourseRefs, RebelsSpeakForTheGroup) {
  // An organisation of an armed kind, and an armed force of no state.
  auto x = run("M23 seized the town of Sake on Monday. The rebels said they would advance on Goma.", "2024-03-01");
  EXPECT_NE(fact(x, "STATEMENT", "org/m23"), nullptr) << show(x);
  EXPECT_FALSE(acts(x, "group/rebels")) << show(x);
  auto y = run("Houthi forces fired a missile at a tanker in the Red Sea. The rebels said the ship belonged to Israel.",
               "2024-03-01");
  EXPECT_NE(fact(y, "STATEMENT", "org/houthi-forces"), nullptr) << show(y);
}

TEST(DiscourseRefs, FightersActForTheGroupInView) {
  struct Case {
    const char* text;
    const char* type;
    const char* group;
  };
  for (const Case& c : {
           // Across a paragraph break, the speaker after the content.
           Case{"Al-Shabaab stormed a hotel in Mogadishu on Friday.\n\nThe militants killed nine guests, police said.",
                "ASSAULT", "org/al-shabaab"},
           // In a reported clause: a state's army named between does not
           // stand in the group's way.
           Case{"JNIM fighters besieged the town for weeks. The Malian army said the jihadists had blocked fuel convoys.",
                "COERCE", "org/jnim"},
       })
    EXPECT_TRUE(second_by(run(c.text, "2024-03-01"), c.type, c.group)) << c.text;
}

TEST(DiscourseRefs, FightersAreNoStatesForces) {
  auto x = run("Ukrainian forces shelled Donetsk overnight. The fighters later shelled a rail depot.", "2024-03-01");
  auto strikes = of_type(x, "ASSAULT");
  ASSERT_FALSE(strikes.empty()) << show(x);
  for (std::size_t i = 1; i < strikes.size(); ++i) EXPECT_FALSE(has(strikes[i]->actors, "org/ua-forces")) << show(x);
}

TEST(DiscourseRefs, RebelsAreNoBodyOfStates) {
  auto x = run("The UN Security Council condemned the attack on peacekeepers. The rebels denied any role.", "2024-03-01");
  EXPECT_EQ(of_type(x, "ACCUSE").size(), 1u) << show(x);
  for (const auto& a : x.assertions) {
    if (a.event_type != "ACCUSE") {
      EXPECT_FALSE(has(a.actors, "org/unsc")) << show(x);
    }
  }
}

TEST(DiscourseRefs, TwoGroupsInViewLeaveTheMilitantsUnread) {
  auto x = run("Hamas and Islamic Jihad fired rockets at Sderot. The militants said they targeted an army base.",
               "2024-03-01");
  EXPECT_EQ(fact(x, "STATEMENT", "org/hamas"), nullptr) << show(x);
  EXPECT_EQ(fact(x, "STATEMENT", "org/pij"), nullptr) << show(x);
}

TEST(DiscourseRefs, NoGroupInViewNoReference) {
  auto x = run("The insurgents ambushed a convoy near Gao on Tuesday.", "2024-03-01");
  for (const auto& a : x.assertions)
    for (const auto& k : a.actors) EXPECT_FALSE(k.starts_with("org/")) << show(x);
}

// --- "the junta", "the regime" after another actor's verb ---

TEST(DiscourseRefs, RulersAfterAVerbAreTheStateInViews) {
  // The state of the paragraph; the actor another state.
  auto x = run("Niger closed its border on Friday. The United States urged the regime to release the president.",
               "2024-03-01");
  EXPECT_NE(fact(x, "REQUEST", "state/US", "org/ne-government"), nullptr) << show(x);
  // After "called on"; the actor a group.
  auto y = run("Myanmar held elections in December. Western governments called on the junta to free political prisoners.",
               "2024-03-01");
  auto requests = of_type(y, "REQUEST");
  ASSERT_EQ(requests.size(), 1u) << show(y);
  EXPECT_TRUE(has(requests[0]->targets, "org/mm-government")) << show(y);
}

TEST(DiscourseRefs, RulersOfTheActorsOwnStateOrOfTwoAreNone) {
  // The state in view is the actor: the words are no regime of its own
  // (they stay in the request's topic).
  auto x = run("Mali expelled the UN mission last year. Mali urged the regime to hold talks.", "2024-03-01");
  const Assertion* urged = fact(x, "REQUEST", "state/ML");
  ASSERT_NE(urged, nullptr) << show(x);
  EXPECT_NE(urged->topic.find("the regime"), std::string::npos) << urged->topic;
  // Two states in view before.
  auto y = run("Mali expelled the French ambassador on Monday. ECOWAS accused the junta of stalling.", "2024-03-01");
  for (const auto& a : y.assertions)
    for (const auto& k : a.targets) EXPECT_FALSE(k.ends_with("-government")) << show(y);
  // A state of the paragraph before is often another party.
  auto w = run("China called for calm on Sunday.\n\nRebel leaders urged the junta to step down.", "2024-03-01");
  EXPECT_FALSE(acts(w, "org/cn-government")) << show(w);
  for (const auto& a : w.assertions) EXPECT_FALSE(has(a.targets, "org/cn-government")) << show(w);
  // A name after "of" says whose; and no state in view at all.
  for (const char* s : {"Syria was shelled again. Turkey urged the regime of Bashar al-Assad to stop.",
                        "Turkey urged the regime to stop the shelling."}) {
    auto z = run(s, "2024-03-01");
    EXPECT_EQ(fact(z, "REQUEST", "state/TR", "org/sy-government"), nullptr) << show(z);
    for (const auto& a : z.assertions) EXPECT_TRUE(a.targets.empty()) << s << show(z);
  }
}

}  // namespace
}  // namespace sg::extract
