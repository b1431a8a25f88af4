// More targets as reporters write them: the victims of a disaster that aid
// goes to, a government named by where it sits, the attacker a threatened
// response answers, whose standing a rejection denies (Extractor::recipients
// in extract/pipeline.cpp: also whom readied forces or cut aid are aimed
// at), who moves in a protested movement and whose rulers' act is judged
// (Extractor::phrase_owner). Each pattern with sentences where it gives the
// target and ones where it must not. The sentences are written for these tests.
#include <gtest/gtest.h>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::first_targets;
using V = std::vector<std::string>;


// AID_VICTIM, AID_AFFECTED: the victims of a disaster placed in a state are
// that state's; what is rebuilt is whose.
TEST(TargetsMore, AidToTheVictimsOfADisasterInAState) {
  EXPECT_EQ(first_targets("Japan sent tents to the survivors of the cyclone in Myanmar.", "AID"), V{"state/MM"});
  EXPECT_EQ(first_targets("Japan sent tents to villagers hit by the storm in Cuba.", "AID"), V{"state/CU"});
  EXPECT_EQ(first_targets("Canada sent tents to those affected by the earthquake in Nepal.", "AID"), V{"state/NP"});
  // Another "of" or "by" says no disaster: where the families are is not whose they are.
  EXPECT_EQ(first_targets("Japan sent tents to families of soldiers in Mali.", "AID"), V{});
  EXPECT_EQ(first_targets("Japan sent food to refugees sheltered by Chad.", "AID"), V{});
}

TEST(TargetsMore, AidForTheReconstructionOfAState) {
  EXPECT_EQ(first_targets("Norway pledged 10 million dollars in aid for the reconstruction of Haiti.", "AID"),
            V{"state/HT"});
  // A further recipient after "and" is one too.
  EXPECT_EQ(first_targets("Sweden pledged aid for the rebuilding of Sudan and food to Chad.", "AID"),
            (V{"state/SD", "state/TD"}));
  // What is bought is no recipient; nor is a group after the first recipient with no "and" before it.
  EXPECT_EQ(first_targets("Norway promised aid for the purchase of Russian gas.", "AID"), V{});
  EXPECT_EQ(first_targets("Japan sent food to Chad for the refugees of Sudan.", "AID"), V{"state/TD"});
}

// REFER_GOVERNMENT "in" a state or its capital, made to act by a demand.
TEST(TargetsMore, GovernmentNamedByWhereItSits) {
  EXPECT_EQ(first_targets("The UN urged the regime in Tehran to free the sailors.", "REQUEST"), V{"state/IR"});
  EXPECT_EQ(first_targets("The UN urged the government in Kabul to reopen the schools.", "REQUEST"), V{"state/AF"});
  // People of a place are no government; a place of no state names none.
  EXPECT_EQ(first_targets("The EU urged residents in Kyiv to leave.", "REQUEST"), V{"group/residents-in-kyiv"});
  EXPECT_EQ(first_targets("The EU urged the authorities in the province to act.", "REQUEST"), V{});
}

// RETALIATE "to" or "for" an attack "by" or "from" its attacker.
TEST(TargetsMore, ThreatenedResponseToAnAttackNamesTheAttacker) {
  EXPECT_EQ(first_targets("Serbia vowed to respond to any attack by Kosovo.", "THREATEN"), V{"state/XK"});
  EXPECT_EQ(first_targets("Israel vowed to retaliate for any rocket attack by Hezbollah.", "THREATEN"),
            V{"org/hezbollah"});
  // A response to no attack, or to an attack on someone with no attacker named.
  EXPECT_EQ(first_targets("Israel vowed to retaliate for the attack on its embassy.", "THREATEN"), V{});
  EXPECT_EQ(first_targets("Peru vowed to respond to the offer by Chile.", "THREATEN"), V{"<none>"});
}

// REJECTED_STANDING "of" its holder.
TEST(TargetsMore, RejectionOfSomeonesStanding) {
  EXPECT_EQ(first_targets("Kenya does not recognize the authority of the International Criminal Court.", "REJECT"),
            V{"org/icc"});
  EXPECT_EQ(first_targets("Colombia rejected the legitimacy of President Nicolas Maduro.", "REJECT"),
            V{"person/nicolas-maduro"});
  // A standing of nothing named.
  EXPECT_EQ(first_targets("Kenya rejected the legitimacy of the referendum.", "REJECT"), V{});
}

// MOVER: a protested movement or stay is aimed at who moves or stays.
TEST(TargetsMore, ProtestedMovementIsAimedAtWhoMoves) {
  EXPECT_EQ(first_targets("China protested the presence of Turkish troops in Iraq.", "PROTEST"), V{"org/tr-forces"});
  EXPECT_EQ(first_targets("Students protested the visit of the French president.", "PROTEST"), V{"state/FR"});
  // Past the way it takes, and past a modifier of the movement.
  EXPECT_EQ(first_targets("China protested the anticipated passage through the strait of two German warships.",
                       "PROTEST"),
            V{"org/de-navy"});
  // Nobody named moves.
  EXPECT_EQ(first_targets("Farmers protested the arrival of cheap imports.", "PROTEST"), V{});
  EXPECT_EQ(first_targets("China protested the passage through the strait of the storm.", "PROTEST"), V{});
}

// RULERS_ACT "in" a state or one of its places: that state's act.
TEST(TargetsMore, RulersActInAStateIsThatStates) {
  EXPECT_EQ(first_targets("Mali condemned the military coup in Niger.", "ACCUSE"), V{"state/NE"});
  EXPECT_EQ(first_targets("France denounced the crackdown in Minsk.", "ACCUSE"), V{"state/BY"});
  // Any attacker's act in a place names no one; a crackdown "on" someone is aimed at them.
  EXPECT_EQ(first_targets("France condemned the bombing in Kabul.", "ACCUSE"), V{});
  EXPECT_EQ(first_targets("France condemned the coup in the capital.", "ACCUSE"), V{});
  EXPECT_EQ(first_targets("France condemned the crackdown on protesters in Belarus.", "ACCUSE"),
            V{"group/protesters-in-belarus"});
}

// The end "of" a fight "against" someone, through a span of time (DURATION).
TEST(TargetsMore, EndOfAFightIsARetreatFromWhomItWasAgainst) {
  EXPECT_EQ(first_targets("The PKK announced its dissolution and the end of more than three decades of armed "
                       "struggle against Iraq.",
                       "RETREAT"),
            V{"state/IQ"});
  // Whom a coalition it leaves fights is not whom it retreats from; nor is what it ruled.
  EXPECT_EQ(first_targets("The PKK announced its dissolution and the end of its role in the alliance against Syria.",
                       "RETREAT"),
            V{});
  EXPECT_EQ(first_targets("The PKK announced its dissolution and the end of two decades of rule over Syria.", "RETREAT"),
            V{});
}

// Forces readied "for" an attack whose row takes the preposition after it.
TEST(TargetsMore, MobilizationForAnAttackOnSomeone) {
  EXPECT_EQ(first_targets("Britain deployed troops for an offensive against the Taliban.", "MOBILIZE"), V{"org/taliban"});
  // A place is where, not whom; a parade is no attack.
  EXPECT_EQ(first_targets("Britain deployed troops for an offensive on the town.", "MOBILIZE"), V{});
  EXPECT_EQ(first_targets("Britain mobilized reservists for the parade against hunger.", "MOBILIZE"), V{});
}

// AID_NOUN (and a noun of its own) "for" or "to" whom, when aid is cut.
TEST(TargetsMore, SanctionOfAidForSomeone) {
  EXPECT_EQ(first_targets("Canada suspended a food aid program for Yemen.", "SANCTION"), V{"state/YE"});
  EXPECT_EQ(first_targets("Canada froze aid for a month.", "SANCTION"), V{});
}

}  // namespace
}  // namespace sg::extract
