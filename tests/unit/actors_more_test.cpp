// Actors and the people they hit, in others' prose: counts and ranks before
// a body's members ("killed eight top al-Qaeda leaders"), the qualifier of a
// count ("more than 1,000 refugees"), and bodies whose name holds another's
// ("the Pakistani Taliban" is not the Afghan Taliban). The sentences are
// written for these tests.
#include <gtest/gtest.h>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::fact;
using test::run;
using test::show;

// ---- the count and rank words before a body's members

TEST(CountedMembers, CountAndRankBeforeMembersAreTheTarget) {
  auto x = run("Jordanian jets killed six senior ISIS commanders near Raqqa on Tuesday.");
  EXPECT_TRUE(fact(x, "ASSAULT", "org/jo-air-force", "org/isis")) << show(x);
}

TEST(CountedMembers, QualifiedCountBeforeAForceIsTheTarget) {
  auto x = run("Azerbaijani troops killed at least 12 Armenian soldiers on the border.");
  EXPECT_TRUE(fact(x, "ASSAULT", "org/az-forces", "org/am-forces")) << show(x);
}

TEST(CountedMembers, RankAloneBeforeMembersIsTheTarget) {
  auto x = run("Egyptian aircraft struck top al-Shabaab leaders in the south.");
  EXPECT_TRUE(fact(x, "ASSAULT", "org/eg-air-force", "org/al-shabaab")) << show(x);
}

TEST(CountedMembers, CountedMembersAsSubjectCarryTheQuantity) {
  auto x = run("About 300 M23 fighters attacked the town of Sake on Friday.");
  const Assertion* a = fact(x, "ASSAULT", "org/m23");
  ASSERT_TRUE(a) << show(x);
  ASSERT_TRUE(a->quantity.has_value());
  EXPECT_EQ(*a->quantity, 300);
}

TEST(CountedMembers, AYearBeforeMembersIsNoCount) {
  // "in 1994" is a date, never "1994 Hutu fighters": the group still acts.
  auto x = run("In 2008 Hamas fighters attacked an Israeli patrol near Gaza.");
  const Assertion* a = fact(x, "ASSAULT", "org/hamas");
  ASSERT_TRUE(a) << show(x);
  EXPECT_FALSE(a->quantity.has_value());
}

TEST(CountedMembers, CountBeforeABareNameIsNotItsMembers) {
  // The number counts the casualties, not Hamas: no quantity of Hamas.
  auto x = run("Israel said 40 Hamas attacked its positions.");
  for (const auto& a : x.assertions) EXPECT_FALSE(a.quantity && *a.quantity == 40) << show(x);
}

TEST(CountedMembers, TheVictimsAreNoActor) {
  // "Gunmen killed ...": the victims' body is whom the act hit; it never
  // becomes the actor, whoever the gunmen were.
  auto x = run("Gunmen killed five Taliban commanders in Kandahar.");
  EXPECT_FALSE(fact(x, "ASSAULT", "org/taliban")) << show(x);
  for (const auto& a : x.assertions) EXPECT_FALSE(test::has(a.actors, "state/AF")) << show(x);
}

// ---- the qualifier of a group's count

TEST(GroupCount, MoreThanOpensTheCount) {
  // A stray "more" between the verb and "than 2,000 ..." hid the object.
  auto x = run("Kenyan police expelled more than 2,000 Somali refugees from a camp near Dadaab.");
  EXPECT_TRUE(fact(x, "COERCE", "group/kenyan-police", "group/somali-refugees")) << show(x);
}

TEST(GroupCount, AtLeastOpensTheCount) {
  auto x = run("At least 500 Tuareg fighters attacked the garrison at Kidal.");
  const Assertion* a = fact(x, "ASSAULT", "group/tuareg-fighters");
  ASSERT_TRUE(a) << show(x);
  ASSERT_TRUE(a->quantity.has_value());
  EXPECT_EQ(*a->quantity, 500);
}

// ---- a body named with a state's adjective and another body's name

TEST(DistinctBodies, PakistaniTalibanIsTTP) {
  auto x = run("The Pakistani Taliban claimed an attack on a police post in Bannu.");
  EXPECT_TRUE(fact(x, "ASSAULT", "org/ttp")) << show(x);
  EXPECT_FALSE(fact(x, "ASSAULT", "org/taliban")) << show(x);
}

TEST(DistinctBodies, TTPFullNameIsNotPakistan) {
  auto x = run("Tehreek-e-Taliban Pakistan rejected the government's offer of talks.");
  EXPECT_TRUE(fact(x, "REJECT", "org/ttp")) << show(x);
  EXPECT_FALSE(fact(x, "REJECT", "state/PK")) << show(x);
}

TEST(DistinctBodies, AfghanTalibanStayTheTaliban) {
  auto x = run("The Taliban rejected the Pakistani offer of talks.");
  EXPECT_TRUE(fact(x, "REJECT", "org/taliban")) << show(x);
}

// ---- a part of a body, before "of" and the body

TEST(UnitsOf, ListWithABodysUnitActsTogether) {
  auto x = run("On Friday, the Chadian army and the elite unit of the Wagner Group launched an offensive near Abeche.");
  EXPECT_TRUE(fact(x, "ASSAULT", "org/td-forces")) << show(x);
  EXPECT_TRUE(fact(x, "ASSAULT", "org/wagner")) << show(x);
}

TEST(UnitsOf, AWingOfABodyIsTheBody) {
  auto x = run("A naval wing of the Houthis seized a Greek tanker in the Red Sea.");
  EXPECT_TRUE(fact(x, "COERCE", "org/houthis")) << show(x);
}

TEST(UnitsOf, NoBodyAfterOfNoMention) {
  // "a unit of the army" names no body the lists hold: nothing is invented.
  auto x = run("The special unit of the police station was closed on Monday.");
  for (const auto& a : x.assertions) EXPECT_TRUE(a.actors.empty() || a.event_type != "ASSAULT") << show(x);
}

// ---- "Secretary Interior": the office after the title, as Pakistani and
// Indian English write it, names no person

TEST(TitleThenOffice, SecretaryInteriorIsNoPerson) {
  auto x = run("The curfew was lifted on Monday, according to the Indian Secretary Interior.");
  for (const auto& e : x.entities) EXPECT_NE(e.label, "Interior") << show(x);
  EXPECT_TRUE(fact(x, "STATEMENT", "state/IN")) << show(x);
}

TEST(TitleThenOffice, SecretaryInteriorBeforeANameIsTheirTitle) {
  auto x = run("Secretary Interior Rana Tanveer Ahmed said the march would go ahead.");
  bool found = false;
  for (const auto& e : x.entities) found |= e.label == "Rana Tanveer Ahmed";
  EXPECT_TRUE(found) << show(x);
}

// ---- a subject whose phrase ends in another name before the verb

TEST(DistantSubject, ListBeforeAChainOfOf) {
  auto x = run("The Sudanese and Chadian sides of the joint border commission of the African Union agreed to reopen the Adre crossing.");
  EXPECT_TRUE(fact(x, "AGREE", "state/SD")) << show(x);
  EXPECT_TRUE(fact(x, "AGREE", "state/TD")) << show(x);
  EXPECT_FALSE(fact(x, "AGREE", "org/au")) << show(x);
}

TEST(DistantSubject, SingleNameBeforeOfStaysAsItWas) {
  // Only a list opens such a chain: "the head of the AU" is no list, and
  // this change reads nothing new in it.
  auto x = run("The Kenyan delegation of the commission of the African Union agreed to reopen the crossing.");
  EXPECT_FALSE(fact(x, "AGREE", "state/KE")) << show(x);
}

TEST(DistantSubject, WithPhraseAfterAGroup) {
  auto x = run("Baluch militants with close ties to the Pakistani Taliban attacked a Chinese convoy in Gwadar.");
  EXPECT_TRUE(fact(x, "ASSAULT", "group/baluch-militants")) << show(x);
  EXPECT_FALSE(fact(x, "ASSAULT", "org/ttp")) << show(x);
}

TEST(DistantSubject, WithPhraseAfterAListOfNames) {
  auto x = run("Somali fighters with long-standing links to al-Shabaab and ISIS attacked an AMISOM base near Baidoa.");
  EXPECT_FALSE(fact(x, "ASSAULT", "org/al-shabaab")) << show(x);
  EXPECT_FALSE(fact(x, "ASSAULT", "org/isis")) << show(x);
}

TEST(DistantSubject, WithAfterTheVerbIsItsPartner) {
  // "with" after the verb opens its object, not a phrase of the subject.
  auto x = run("Egypt agreed with Qatar and the United States to resume the Gaza talks.");
  EXPECT_TRUE(fact(x, "AGREE", "state/EG")) << show(x);
}

TEST(DistantSubject, ACommaEndsTheWithPhrase) {
  // "..., which Turkey attacked": the relative clause has its own subject.
  auto x = run("Kurdish fighters with ties to the PKK held Afrin, which Turkey attacked on Sunday.");
  EXPECT_TRUE(fact(x, "ASSAULT", "state/TR")) << show(x);
}

}  // namespace
}  // namespace sg::extract
