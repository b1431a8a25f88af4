// Crowds, protests and groups described rather than named: who a described
// group stands for (the states that send envoys), and whom a protest is
// aimed at. The sentences are written for these tests; none comes from a
// report or a test set the rules were written on.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::first_of_type;
using test::has;
using test::run;
using test::show;


// ---- Envoys after a state's adjective ----------------------------------------

// "French and German negotiators met": those states send speak for them, as
// "Iran's negotiators" does, each adjective of a list giving its state.
TEST(CrowdsEnvoys, AdjectivesBeforeAnEnvoyNounAreTheSendingStates) {
  auto x = run("French and German negotiators met in Brussels on Monday.");
  const Assertion* a = first_of_type(x, "CONSULT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->actors, "state/FR")) << show(x);
  EXPECT_TRUE(has(a->actors, "state/DE")) << show(x);
}

TEST(CrowdsEnvoys, ANameAndAnAdjectiveMakeOneList) {
  auto x = run("Chilean and Peru negotiators rejected the Bolivian proposal.");
  const Assertion* a = first_of_type(x, "REJECT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->actors, "state/CL")) << show(x);
  EXPECT_TRUE(has(a->actors, "state/PE")) << show(x);
}

// "the Ethiopian and Eritrean sides agreed": the parties to talks, each a
// state, as "the Chinese side" is one.
TEST(CrowdsEnvoys, TheSidesOfTalksAreTheirStates) {
  auto x = run("The Serbian and Croatian sides agreed on Friday to reopen the border crossing.");
  const Assertion* a = first_of_type(x, "AGREE");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->actors, "state/RS")) << show(x);
  EXPECT_TRUE(has(a->actors, "state/HR")) << show(x);
}

TEST(CrowdsEnvoys, ExpelledEnvoysAreTheirState) {
  auto x = run("Ecuador expelled two Colombian envoys on Tuesday.");
  const Assertion* a = first_of_type(x, "SANCTION");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->targets, "state/CO")) << show(x);
}

// Refused: a noun for people that are sent by no one ("Colombian
// negotiators" are, "Colombian students" are not), and a place the envoys
// are in.
TEST(CrowdsEnvoys, OtherPeopleAndPlacesAreNoSenders) {
  auto x = run("Colombian students rejected the reform on Monday.");
  const Assertion* a = first_of_type(x, "REJECT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_FALSE(has(a->actors, "state/CO")) << show(x);
  auto y = run("Negotiators in Peru rejected the Bolivian proposal.");
  for (const auto& b : y.assertions) EXPECT_FALSE(has(b.actors, "state/PE")) << show(y);
}

// ---- A body named with a plural's possessive --------------------------------

// "the Kenyan Teachers' Union": the apostrophe of a plural's possessive is
// part of the name, so the workers affiliated with it are the union's.
TEST(CrowdsBodies, APluralsApostropheIsInTheName) {
  auto x = run("Thousands of workers affiliated with the Ghanaian Nurses' Union stopped work on Monday.");
  const Assertion* a = first_of_type(x, "PROTEST");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->actors, "org/ghanaian-nurses-union")) << show(x);
  auto y = run("The Dockers\u2019 Federation rejected the wage offer.");
  const Assertion* b = first_of_type(y, "REJECT");
  ASSERT_NE(b, nullptr) << show(y);
  EXPECT_TRUE(has(b->actors, "org/dockers-federation")) << show(y);
}

// Refused: a head in lower case names no body ("the dockers' union"), nor
// does a singular's possessive stand inside a name ("Kenya's Union").
TEST(CrowdsBodies, NoBodyFromALowerCaseHeadOrASingularsPossessive) {
  for (const char* sentence : {"The dockers' union rejected the wage offer.", "Mombasa's Union rejected the wage offer."}) {
    auto x = run(sentence);
    for (const auto& e : x.entities) EXPECT_EQ(e.key.find("union"), std::string::npos) << sentence << ": " << e.key;
  }
  // (The same words with the plural's name make one: the test reads.)
  auto y = run("The Dockers' Union rejected the wage offer.");
  EXPECT_TRUE(std::any_of(y.entities.begin(), y.entities.end(),
                          [](const Entity& e) { return e.key == "org/dockers-union"; }))
      << show(y);
}

// ---- Whom a protest wants removed --------------------------------------------

// "demanding the resignation of President X": a protest that asks someone
// to leave office is aimed at them.
TEST(CrowdsProtestRemoval, ADemandedResignationNamesTheTarget) {
  auto x = run("Thousands of Chilean students marched through Santiago demanding the resignation of President "
               "Sebastian Pinera.");
  const Assertion* a = first_of_type(x, "PROTEST");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->targets, "person/sebastian-pinera")) << show(x);
}

TEST(CrowdsProtestRemoval, ACallForAnOusterAfterAnAdjective) {
  auto x = run("Opposition supporters rioted on Friday, calling for the swift ouster of President "
               "Joseph Kabila.");
  const Assertion* a = first_of_type(x, "PROTEST");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->targets, "person/joseph-kabila")) << show(x);
}

TEST(CrowdsProtestRemoval, AStrikeToDemandADismissal) {
  auto x = run("Dock workers began a hunger strike to demand the dismissal of Transport Minister Ravi Patel.");
  const Assertion* a = first_of_type(x, "PROTEST");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->targets, "person/ravi-patel")) << show(x);
}

// Refused: a removal no one demands (told as what came before), a demand for
// something else (whom they want freed is no target), a removal of things.
TEST(CrowdsProtestRemoval, NoDemandOrNoRemovalOfAnActorNamesNone) {
  auto x = run("Thousands of Chilean students marched through Santiago after the resignation of President "
               "Sebastian Pinera.");
  const Assertion* a = first_of_type(x, "PROTEST");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_FALSE(has(a->targets, "person/sebastian-pinera")) << show(x);
  auto y = run("Thousands of students marched through Santiago demanding the release of activist Maria Lopez.");
  const Assertion* b = first_of_type(y, "PROTEST");
  ASSERT_NE(b, nullptr) << show(y);
  EXPECT_TRUE(b->targets.empty()) << show(y);
  auto w = run("Students rioted in Valparaiso on Monday, and the opposition called for the removal of President "
               "Sebastian Pinera.");
  const Assertion* d = first_of_type(w, "PROTEST");
  ASSERT_NE(d, nullptr) << show(w);
  EXPECT_FALSE(has(d->targets, "person/sebastian-pinera")) << show(w);
  auto z = run("Farmers rioted on Monday calling for the removal of checkpoints.");
  const Assertion* c = first_of_type(z, "PROTEST");
  ASSERT_NE(c, nullptr) << show(z);
  EXPECT_TRUE(c->targets.empty()) << show(z);
}

// More nouns for people who act together: fighters, sailors, nurses,
// paratroopers (GROUP_NOUN); not "guards", whose verb "a unit guards the
// border" a group would swallow.
TEST(Crowds, MoreNounsNameGroupsOfPeople) {
  auto x = run("Striking nurses marched on parliament in Lusaka.");
  const Assertion* p = first_of_type(x, "PROTEST");
  ASSERT_NE(p, nullptr) << show(x);
  EXPECT_TRUE(has(p->actors, "group/striking-nurses")) << show(x);
  auto y = run("Fighters loyal to Hamas rejected the truce.");
  const Assertion* r = first_of_type(y, "REJECT");
  ASSERT_NE(r, nullptr) << show(y);
  ASSERT_EQ(r->actors.size(), 1u) << show(y);
  EXPECT_EQ(r->actors[0].rfind("group/fighters", 0), 0u) << show(y);
  auto z = run("Chilean marines seized the fishing boat.");
  const Assertion* c = first_of_type(z, "COERCE");
  ASSERT_NE(c, nullptr) << show(z);
  EXPECT_TRUE(has(c->actors, "group/chilean-marines")) << show(z);
}

}  // namespace
}  // namespace sg::extract
