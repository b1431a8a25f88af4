// The bodies every state has (ontologies/gazetteer/derived.tsv), named by a
// possessive: "Pakistan's army", "Egypt's interior ministry", "Maduro's
// government". The sentences are written for these tests.
#include <gtest/gtest.h>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::first_of_type;
using test::run;
using test::show;
using V = std::vector<std::string>;

// "{state}'s army" names the state's forces, as "{state}'s military" and
// "the Sudanese army" do; so does any one lower-case word derived.tsv gives
// the forces after the adjective ("Russian warplanes": the air force).
TEST(StateBodies, AStatesArmyByItsPossessive) {
  auto x = run("Pakistan's army said its troops had killed six militants near the Afghan border.", "2024-05-14");
  const auto* a = first_of_type(x, "ASSAULT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"org/pk-forces"})) << show(x);
  x = run("Russia's warplanes struck Idlib overnight.", "2024-05-14");
  a = first_of_type(x, "ASSAULT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"org/ru-air-force"})) << show(x);
}

// Not the word that narrows a title after it: "Pakistan's army chief" is
// an army chief of Pakistan.
TEST(StateBodies, NotTheWordBeforeATitle) {
  auto x = run("Pakistan's army chief, General Tariq Aziz, warned Kabul.", "2024-05-14");
  for (const auto& e : x.entities) EXPECT_NE(e.key, "org/pk-forces") << show(x);
  const auto* a = first_of_type(x, "THREATEN");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"person/pk/tariq-aziz"})) << show(x);
}

// A ministry every state has, named in lower case after the state's
// possessive, is that state's ministry, not a body of its own: the same
// entity "the Egyptian Interior Ministry" names.
TEST(StateBodies, AStatesMinistryByItsPossessiveIsTheDerivedOne) {
  auto x = run("Egypt's interior ministry said that it had arrested 12 people.", "2024-05-14");
  const auto* a = first_of_type(x, "STATEMENT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"org/eg-interior"})) << show(x);
  x = run("Kenya's energy ministry rejected the tender.", "2024-05-14");
  a = first_of_type(x, "REJECT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"org/ke-energy"})) << show(x);
  // A body no state has by that name stays a body of its own, part of it.
  x = run("Kenya's wildlife office rejected the tender.", "2024-05-14");
  a = first_of_type(x, "REJECT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"org/kenyas-wildlife-office"})) << show(x);
}

// "Maduro's government" is Venezuela's: a person's government is that of
// the state the person belongs to; a person of no known state owns none.
TEST(StateBodies, APersonsGovernmentIsTheirStates) {
  auto x = run("Chadian President Mahamat Deby's government expelled the French ambassador.", "2024-05-14");
  const auto* a = first_of_type(x, "SANCTION");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"org/td-government"})) << show(x);
  x = run("Rebel leader Ali Musa's government rejected the talks.", "2024-05-14");
  for (const auto& e : x.entities) EXPECT_EQ(e.key.find("-government"), std::string::npos) << show(x);
  // Not a person's other belongings.
  x = run("Chadian President Mahamat Deby's party rejected the talks.", "2024-05-14");
  for (const auto& e : x.entities) EXPECT_NE(e.key, "org/td-government") << show(x);
}

// A capital's possessive is its state's: "Beijing's foreign ministry" is
// China's (whatever words name the body, once derived.tsv gives them for
// every state); a body no state has by that name is part of the state.
TEST(StateBodies, ACapitalsPossessiveIsItsStates) {
  auto x = run("Tehran's foreign ministry summoned the British envoy.", "2024-05-14");
  const auto* a = first_of_type(x, "PROTEST");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"org/ir-mfa"})) << show(x);
  x = run("Moscow's defence ministry said its forces had hit Kharkiv.", "2024-05-14");
  a = first_of_type(x, "STATEMENT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"org/ru-mod"})) << show(x);
  x = run("Kabul's municipal office rejected the plan.", "2024-05-14");
  a = first_of_type(x, "REJECT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"org/kabuls-municipal-office"})) << show(x);
}

// "recalled its ambassador to Spain": the envoy an act falls on is its
// state's official, and the state of the post is what the recall aims at;
// a capital stands for its state. An envoy who speaks keeps the post in
// the mention ("the US envoy to Sudan said").
TEST(EnvoyPost, TheStateOfThePostOfAnEnvoyActedOn) {
  auto x = run("Serbia recalled its ambassador to Montenegro on Friday.", "2024-05-14");
  const auto* a = first_of_type(x, "SANCTION");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"state/RS"})) << show(x);
  EXPECT_EQ(a->targets, V({"state/ME"})) << show(x);
  x = run("Algeria recalled its ambassador to Madrid.", "2024-05-14");
  a = first_of_type(x, "SANCTION");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->targets, V({"state/ES"})) << show(x);
  // Expelled, the envoy's own state is the target, not the post's.
  x = run("Bahrain expelled the Iranian envoy to Manama.", "2024-05-14");
  a = first_of_type(x, "SANCTION");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->targets, V({"state/IR"})) << show(x);
}

TEST(EnvoyPost, ASpeakingEnvoyKeepsItsPost) {
  auto x = run("The US envoy to Sudan said the talks had failed.", "2024-05-14");
  const auto* a = first_of_type(x, "STATEMENT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"state/US"})) << show(x);
  EXPECT_TRUE(a->targets.empty()) << show(x);
}

}  // namespace
}  // namespace sg::extract
