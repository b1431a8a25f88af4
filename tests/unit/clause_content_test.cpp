// What follows a verb of saying or claiming without "that": a clause (its
// subject, then a finite verb), or a noun phrase, which is no clause even
// when its last noun could be a verb ("claimed the rocket attack"). The
// sentences are written for these tests.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::first_of_type;
using test::has;
using test::of_type;
using test::run;
using test::show;


// A compound noun whose head may be a verb ("attack", "bombing") after a
// singular noun: the claim of an attack, no clause "the rocket [subject]
// attack [verb]".
TEST(ClauseContent, ClaimedCompoundAttackIsTheClaimersAttack) {
  for (const char* s : {"Hamas claimed the rocket attack on the base.",
                        "Hamas claimed responsibility for a drone attack on the base.",
                        "Hamas claimed the suicide car bombing at the checkpoint.",
                        "Hamas claimed the twin suicide bombings on Sunday."}) {
    auto x = run(s);
    const Assertion* a = first_of_type(x, "ASSAULT");
    ASSERT_NE(a, nullptr) << s << show(x);
    EXPECT_TRUE(has(a->actors, "org/hamas")) << s << show(x);
    EXPECT_TRUE(of_type(x, "STATEMENT").empty()) << s << ": a claimed attack is no words" << show(x);
  }
}

TEST(ClauseContent, AttackNounsOfKillingAndBombing) {
  auto x = run("Al-Shabaab claimed the killing of three soldiers near Kismayo.");
  const Assertion* a = first_of_type(x, "ASSAULT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->actors, "org/al-shabaab")) << show(x);
}

// The day of a claim is not the day of the attack claimed: only a day
// before the attack's noun dates it.
TEST(ClauseContent, AClaimedAttackTakesOnlyItsOwnDay) {
  auto dated = [](const std::string& sentence) {
    auto x = run(sentence, "2026-03-10");
    const Assertion* a = first_of_type(x, "ASSAULT");
    if (!a) return std::string("no ASSAULT") + show(x);
    return a->date ? a->date->iso() : std::string("no day");
  };
  EXPECT_EQ(dated("Hamas claimed responsibility for the attack on March 9."), "no day");
  EXPECT_EQ(dated("Hamas claimed responsibility for the rocket attack through its media arm, Al-Aqsa TV, on March 9."),
            "no day");
  EXPECT_EQ(dated("On March 9, Hamas claimed the rocket attack."), "no day");
  EXPECT_EQ(dated("Hamas claimed the March 7 attack on the checkpoint."), "2026-03-07");
}

// A finite verb after the noun keeps the clause: a past that looks like a
// base form ("hit", "cut"), a helped verb, a plural subject.
TEST(ClauseContent, FiniteVerbsAfterANounStayClauses) {
  {
    auto x = run("Kyiv said the Russian missile hit a school in Odesa.");
    EXPECT_NE(first_of_type(x, "STATEMENT"), nullptr) << show(x);
    const Assertion* a = first_of_type(x, "ASSAULT");
    ASSERT_NE(a, nullptr) << show(x);
    EXPECT_TRUE(has(a->actors, "state/RU")) << show(x);
  }
  for (const char* s : {"Hamas said the convoy hit a mine near the crossing.",
                        "Hamas said the convoy will return to the crossing.",
                        "Hamas said the convoys attack at night."}) {
    auto x = run(s);
    EXPECT_NE(first_of_type(x, "STATEMENT"), nullptr) << s << ": a clause after \"said\" is what was said" << show(x);
  }
}

// An adjective of a state before the noun is no claim of one's own attack.
TEST(ClauseContent, AStatesAdjectiveBeforeTheAttackIsNoClaim) {
  auto x = run("Moscow claimed a Ukrainian attack on the bridge.");
  for (const auto* a : of_type(x, "ASSAULT")) EXPECT_FALSE(has(a->actors, "state/RU")) << show(x);
}

// An owned event noun that opens the sentence as the subject of a verb of
// the past happened: "Peru's refusal to extradite him angered Lima's
// neighbours" is Peru's refusal.
TEST(NominalSubject, APossessorsEventNounBeforeAPastVerbHappened) {
  for (const char* s : {"Peru's refusal to extradite the general angered Bolivia.",
                        "Peru's refusal to extradite the general has angered Bolivia."}) {
    auto x = run(s);
    const Assertion* a = first_of_type(x, "REJECT");
    ASSERT_NE(a, nullptr) << s << show(x);
    EXPECT_TRUE(has(a->actors, "state/PE")) << s << show(x);
    EXPECT_FALSE(a->negated) << s << show(x);
    EXPECT_EQ(a->modality, Modality::None) << s << show(x);
    EXPECT_EQ(a->topic, "to extradite the general") << s << ": the phrase ends at the verb" << show(x);
  }
  auto y = run("Chile's withdrawal from the fisheries pact angered Argentina.");
  const Assertion* r = first_of_type(y, "RETREAT");
  ASSERT_NE(r, nullptr) << show(y);
  EXPECT_TRUE(has(r->actors, "state/CL")) << show(y);
}

TEST(NominalSubject, NoEventWhereTheVerbSaysNoneHappened) {
  for (const char* s : {"Peru's refusal to extradite the general would anger Bolivia.",
                        "Peru's refusal to extradite the general did not anger Bolivia.",
                        "Chile's withdrawal from the pact Argentina brokered angered Lima.",
                        "Bolivia said that Peru's refusal to extradite the general was a mistake."}) {
    auto x = run(s);
    for (const auto* a : of_type(x, "REJECT"))
      EXPECT_FALSE(has(a->actors, "state/PE") && a->modality == Modality::None && !a->negated &&
                   a->attributed_to.empty())
          << s << show(x);
    for (const auto* a : of_type(x, "RETREAT")) EXPECT_FALSE(has(a->actors, "state/CL")) << s << show(x);
  }
}

}  // namespace
}  // namespace sg::extract
