// Attacks, coercion and violence as reporters write them: who fought, who
// fell, who acted for whom. The sentences are written for these tests; none
// comes from a report the rules were written on or are scored on.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::fact;
using test::has;
using test::of_type;
using test::run;
using test::show;

// No assertion at all names `key` as an actor.
bool never_acts(const Extraction& x, const std::string& key) {
  return std::none_of(x.assertions.begin(), x.assertions.end(), [&](const Assertion& a) { return has(a.actors, key); });
}

// ---- "loyal to": the loyalists act, not whom they follow ----

TEST(LoyalTo, TheLoyalistsAttackNotTheirPatron) {
  auto x = run("Gunmen loyal to President Salva Kiir attacked a camp near Juba.", "2025-06-20");
  EXPECT_TRUE(fact(x, "ASSAULT", "group/gunmen-loyal-to-president-salva-kiir")) << show(x);
  EXPECT_TRUE(never_acts(x, "person/salva-kiir")) << show(x);
}

TEST(LoyalTo, TheLoyalistsSpeakAndTheirWordsAreTheirs) {
  auto x = run("Militiamen loyal to the Houthis said they had shelled the port of Mokha.", "2025-06-20");
  const Assertion* said = fact(x, "STATEMENT", "group/militiamen-loyal-to-the-houthis");
  ASSERT_TRUE(said) << show(x);
  EXPECT_TRUE(fact(x, "ASSAULT", "group/militiamen-loyal-to-the-houthis")) << show(x);
  EXPECT_TRUE(never_acts(x, "org/houthis")) << show(x);
}

TEST(LoyalTo, StayingLoyalNamesNoGroup) {
  auto x = run("The soldiers stayed loyal to President Salva Kiir.", "2025-06-20");
  for (const auto& e : x.entities) EXPECT_EQ(e.label.find("loyal"), std::string::npos) << e.label;
}

TEST(LoyalTo, APossessedRivalIsNoPatron) {
  // Kiir's rival is whom they follow, and no one the text names.
  auto x = run("Soldiers loyal to President Kiir's rival attacked the town.", "2025-06-20");
  for (const auto& e : x.entities) EXPECT_EQ(e.label.find("loyal"), std::string::npos) << e.label;
  EXPECT_TRUE(never_acts(x, "person/kiir")) << show(x);
}

TEST(LoyalTo, ACauseIsNoPatron) {
  auto x = run("Militants loyal to the cause attacked the town.", "2025-06-20");
  for (const auto& e : x.entities) EXPECT_EQ(e.label.find("loyal"), std::string::npos) << e.label;
}

// ---- "cleared X from": forces driving an armed enemy out ----

TEST(ClearedFrom, ForcesDrivingAnEnemyOutAdvance) {
  auto x = run("Nigerian troops cleared Boko Haram fighters from the forest near Maiduguri.", "2025-06-20");
  EXPECT_TRUE(fact(x, "ADVANCE", "org/ng-forces", "org/boko-haram")) << show(x);
}

TEST(ClearedFrom, MinesRoadsAndCrowdsAreNoAdvance) {
  for (const char* s : {"Soldiers cleared mines from the road to Kidal.", "The army cleared the road to Kidal.",
                        "Police cleared protesters from the square in Dhaka."}) {
    auto x = run(s, "2025-06-20");
    EXPECT_TRUE(of_type(x, "ADVANCE").empty()) << s << show(x);
  }
}

// ---- "torched": setting property on fire ----

TEST(Torched, BurningHomesIsAnAssaultOnTheirOwners) {
  auto x = run("Settlers torched the homes of Palestinian farmers near Nablus.", "2025-06-20");
  EXPECT_TRUE(fact(x, "ASSAULT", "group/settlers", "group/palestinian-farmers")) << show(x);
}

// ---- casualties: "were killed in an X attack", "died in clashes with X" ----

TEST(Casualties, TheFallenAreTheTargetOfAnOwnedAttack) {
  auto x = run("Two policemen were killed in a Taliban ambush in Kunduz.", "2025-06-20");
  EXPECT_TRUE(fact(x, "ASSAULT", "org/taliban", "group/policemen")) << show(x);
  EXPECT_TRUE(never_acts(x, "group/policemen")) << show(x);
}

TEST(Casualties, TheVictimsNationalityIsNoActor) {
  auto x = run("Three Palestinians were killed in an Israeli airstrike.", "2025-06-20");
  EXPECT_TRUE(fact(x, "ASSAULT", "state/IL", "state/PS")) << show(x);
  EXPECT_TRUE(never_acts(x, "state/PS")) << show(x);
  auto y = run("Four Somali soldiers were killed in a US drone strike.", "2025-06-20");
  EXPECT_TRUE(fact(y, "ASSAULT", "state/US", "org/so-forces")) << show(y);
  EXPECT_TRUE(never_acts(y, "org/so-forces")) << show(y);
}

TEST(Casualties, InAClashBothArmedSidesFight) {
  auto x = run("Two Sudanese soldiers died in clashes with the RSF near El Fasher.", "2025-06-20");
  const Assertion* a = fact(x, "ASSAULT", "org/rsf");
  ASSERT_TRUE(a) << show(x);
  EXPECT_TRUE(has(a->actors, "org/sd-forces")) << show(x);
}

TEST(Casualties, VillagersCaughtInAClashAreHitNotFighting) {
  auto x = run("Three Congolese villagers were killed in clashes with M23 rebels near Goma.", "2025-06-20");
  EXPECT_TRUE(fact(x, "ASSAULT", "org/m23", "group/congolese-villagers")) << show(x);
  EXPECT_TRUE(never_acts(x, "group/congolese-villagers")) << show(x);
}

TEST(Casualties, AnAttackNoOneIsNamedForHasNoActor) {
  // An act with no known actor is no assertion (an instrument, a place or
  // the victims' side is none).
  for (const char* s : {"At least four Iraqi civilians have been killed in a roadside bombing in Mosul.",
                        "Malian soldiers were killed in an attack.", "He died in a car crash near Lyon."}) {
    auto x = run(s, "2025-06-20");
    EXPECT_TRUE(of_type(x, "ASSAULT").empty()) << s << show(x);
  }
}

TEST(Casualties, AnActiveKillerStaysTheActor) {
  auto x = run("Hezbollah killed two Israeli soldiers in an ambush.", "2025-06-20");
  EXPECT_TRUE(fact(x, "ASSAULT", "org/hezbollah", "org/il-forces")) << show(x);
  EXPECT_TRUE(never_acts(x, "org/il-forces")) << show(x);
}

TEST(Casualties, WoundedAndDiedReadAsVerbs) {
  // The word classes of casualties keep their verb forms: a wounding is
  // still read where no casualty phrase stands.
  auto x = run("US drone attacks have wounded two Somali soldiers.", "2025-06-20");
  EXPECT_TRUE(fact(x, "ASSAULT", "state/US")) << show(x);
  auto y = run("Twelve Afghan policemen were wounded in a Taliban ambush.", "2025-06-20");
  EXPECT_TRUE(fact(y, "ASSAULT", "org/taliban", "group/afghan-policemen")) << show(y);
}

// ---- an owned attack that killed: whom it killed it hit ----

TEST(KilledByAnAttack, WhomTheAttackKilledItHit) {
  auto x = run("Russian missile strikes killed four Ukrainian soldiers.", "2025-06-20");
  EXPECT_TRUE(fact(x, "ASSAULT", "state/RU", "org/ua-forces")) << show(x);
  auto y = run("US drone attacks, occurring every week, have killed eight al-Qaeda leaders.", "2025-06-20");
  EXPECT_TRUE(fact(y, "ASSAULT", "state/US", "org/al-qaeda")) << show(y);
}

TEST(KilledByAnAttack, APlaceIsNoOneHit) {
  auto x = run("A Russian missile attack killed four people in Zaporizhzhia.", "2025-06-20");
  const Assertion* a = fact(x, "ASSAULT", "state/RU");
  ASSERT_TRUE(a) << show(x);
  EXPECT_FALSE(has(a->targets, "place/zaporizhzhia")) << show(x);
  EXPECT_TRUE(never_acts(x, "state/UA")) << show(x);
}

}  // namespace
}  // namespace sg::extract
