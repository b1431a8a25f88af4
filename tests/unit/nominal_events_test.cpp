// Events told by a noun: a noun of intent with its infinitive ("Canada's
// decision to impose sanctions"), a promise verb before "to" and a verb
// ("promised to impose sanctions"), an owned event noun that opens the
// sentence after "after", "following" or "since" ("After Chile's withdrawal
// from Arica, Peru ..."), and an owned noun that is the subject of a past
// verb. The sentences are written for these tests; none comes from a
// report the rules were written on.
#include <gtest/gtest.h>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::fact;
using test::run;
using test::show;

// A noun of intent (INTENT_NOUN) that a name owns: the infinitive after it
// is the owner's act, planned after a decision or a plan (INTENT_DECIDED),
// hypothetical after a threat.
TEST(NominalEvents, IntentNounGivesItsOwnerTheInfinitive) {
  auto x = run("Canada's decision to impose sanctions on Belarus drew criticism.", "2025-06-20");
  const Assertion* a = fact(x, "SANCTION", "state/CA", "state/BY");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->modality, Modality::Planned) << show(x);

  x = run("Brazil's plan to send troops to Haiti worried its neighbours.", "2025-06-20");
  a = fact(x, "MOBILIZE", "state/BR", "state/HT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->modality, Modality::Planned) << show(x);

  x = run("Ankara's threat to impose sanctions on Sweden alarmed Stockholm.", "2025-06-20");
  a = fact(x, "SANCTION", "state/TR", "state/SE");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->modality, Modality::Hypothetical) << show(x);
}

TEST(NominalEvents, IntentNounRefusals) {
  // Only possible: no decision was made.
  auto x = run("Rome's possible decision to impose sanctions on Egypt worried Cairo.", "2025-06-20");
  EXPECT_EQ(fact(x, "SANCTION", "state/IT"), nullptr) << show(x);
  // No owner: no one to act.
  x = run("The plan to impose sanctions on Belarus was shelved.", "2025-06-20");
  EXPECT_EQ(test::first_of_type(x, "SANCTION"), nullptr) << show(x);
  // An ability is no intent.
  x = run("Canada's ability to impose sanctions on Belarus is limited.", "2025-06-20");
  EXPECT_EQ(fact(x, "SANCTION", "state/CA"), nullptr) << show(x);
}

// A verb that takes "to" before its partner ("pledged to Ukraine") still
// takes an infinitive: "promised to impose sanctions" is planned, as
// "vowed to impose sanctions" is; "bowed to pressure" holds a noun.
TEST(NominalEvents, PromiseVerbBeforeInfinitive) {
  auto x = run("Japan promised to impose sanctions on North Korea.", "2025-06-20");
  const Assertion* a = fact(x, "SANCTION", "state/JP", "state/KP");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->modality, Modality::Planned) << show(x);

  // A promise to do harm is a threat made now, no agreement; a decision to
  // do it stays an agreement (rule "promised-harm").
  EXPECT_NE(fact(x, "THREATEN", "state/JP", "state/KP"), nullptr) << show(x);
  EXPECT_EQ(fact(x, "AGREE", "state/JP"), nullptr) << show(x);
  x = run("Chad pledged to attack the rebel base near Abeche.", "2025-06-20");
  EXPECT_NE(fact(x, "THREATEN", "state/TD"), nullptr) << show(x);
  EXPECT_EQ(fact(x, "AGREE", "state/TD"), nullptr) << show(x);
  x = run("Chad decided to impose sanctions on Libya.", "2025-06-20");
  EXPECT_NE(fact(x, "AGREE", "state/TD"), nullptr) << show(x);
  EXPECT_EQ(fact(x, "THREATEN", "state/TD"), nullptr) << show(x);
  x = run("Chad pledged to send troops to Niger.", "2025-06-20");
  EXPECT_NE(fact(x, "AGREE", "state/TD"), nullptr) << show(x);
  EXPECT_EQ(fact(x, "THREATEN", "state/TD"), nullptr) << show(x);

  x = run("Chile bowed to pressure from Peru.", "2025-06-20");
  ASSERT_NE(fact(x, "CONCEDE", "state/CL"), nullptr) << show(x);
  for (const auto& b : x.assertions) {
    if (b.event_type != "CONCEDE") {
      EXPECT_FALSE(test::has(b.actors, "state/CL")) << show(x);
    }
  }
}

// An owned event noun in a phrase of PRESUPPOSED_BY that opens the sentence
// happened when the main clause tells a past act; its own year is no day,
// and never the report's.
TEST(NominalEvents, FrontedPhraseTellsAFact) {
  auto x = run("After Chile's withdrawal from Arica, Peru recalled its envoy.", "2025-06-20");
  const Assertion* a = fact(x, "RETREAT", "state/CL");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->modality, Modality::None) << show(x);
  EXPECT_FALSE(a->negated);

  x = run("Following the Serbian seizure of the border post, Kosovo closed the crossing.", "2025-06-20");
  a = fact(x, "COERCE", "state/RS");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->modality, Modality::None) << show(x);

  // (A hyphenated modifier between the possessive and the noun.)
  x = run("Since Ethiopia's large-scale offensive in 2021, Eritrea has kept troops in Tigray.", "2025-06-20");
  a = fact(x, "ASSAULT", "state/ET");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_FALSE(a->date.has_value()) << show(x);
}

// So after the clause, with a word that opens a clause of its own
// (FACT_CLAUSE), when the verb it hangs on tells a past act.
TEST(NominalEvents, TrailingPhraseTellsAFact) {
  auto x = run("Egypt recalled its envoy after Israel's withdrawal from Rafah.", "2025-06-20");
  const Assertion* a = fact(x, "RETREAT", "state/IL");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->modality, Modality::None) << show(x);
  x = run("Kosovo has closed the border amid a Serbian offensive.", "2025-06-20");
  a = fact(x, "ASSAULT", "state/RS");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->modality, Modality::None) << show(x);
}

TEST(NominalEvents, TrailingPhraseRefusals) {
  // To come: the clause's act, or an infinitive's.
  auto x = run("Egypt will recall its envoy after Israel's withdrawal from Rafah.", "2025-06-20");
  EXPECT_EQ(fact(x, "RETREAT", "state/IL"), nullptr) << show(x);
  x = run("Egypt threatened to recall its envoy after Israel's withdrawal from Rafah.", "2025-06-20");
  EXPECT_EQ(fact(x, "RETREAT", "state/IL"), nullptr) << show(x);
  // Talked about, not told.
  x = run("Egypt recalled its envoy after talks on Israel's withdrawal from Rafah.", "2025-06-20");
  EXPECT_EQ(fact(x, "RETREAT", "state/IL"), nullptr) << show(x);
  // The noun only modifies the one after it: "missile launch" is no attack.
  x = run("Seoul protested to Pyongyang following Pyongyang's latest missile launch.", "2025-06-20");
  EXPECT_EQ(fact(x, "ASSAULT", "state/KP"), nullptr) << show(x);
  // "despite" opens no clause of its own: the act stays the outer one's content.
  x = run("Iran agreed to talks despite Israel's offensive in Gaza.", "2025-06-20");
  EXPECT_EQ(fact(x, "ASSAULT", "state/IL"), nullptr) << show(x);
}

// A day in a sentence-opening phrase of AFTER_PHRASE is its event's; the
// main act followed on no known day. Not "during", nor a phrase that is
// only the time.
TEST(NominalEvents, FrontedPhraseKeepsItsDay) {
  auto x = run("Following Ethiopia's attack on Eritrea on March 3, the African Union condemned Addis Ababa.",
               "2025-06-20");
  const Assertion* attack = fact(x, "ASSAULT", "state/ET", "state/ER");
  ASSERT_NE(attack, nullptr) << show(x);
  ASSERT_TRUE(attack->date.has_value());
  EXPECT_EQ(attack->date->iso(), "2025-03-03");
  const Assertion* blame = fact(x, "ACCUSE", "org/au");
  ASSERT_NE(blame, nullptr) << show(x);
  EXPECT_FALSE(blame->date.has_value()) << blame->date->iso();

  x = run("During the summit on May 2, Chile and Peru signed a trade deal.", "2025-06-20");
  const Assertion* deal = fact(x, "AGREE", "state/CL");
  ASSERT_NE(deal, nullptr) << show(x);
  ASSERT_TRUE(deal->date.has_value());
  EXPECT_EQ(deal->date->iso(), "2025-05-02");

  x = run("Since Monday, Chadian troops have attacked rebel positions near Abeche.", "2025-06-20");
  const Assertion* shelling = test::first_of_type(x, "ASSAULT");
  ASSERT_NE(shelling, nullptr) << show(x);
  ASSERT_TRUE(shelling->date.has_value());
  EXPECT_EQ(shelling->date->iso(), "2025-06-16");
}

TEST(NominalEvents, FrontedPhraseRefusals) {
  // The main clause tells what will be: the withdrawal may be to come.
  auto x = run("After Chile's withdrawal from Arica, Peru will recall its envoy.", "2025-06-20");
  EXPECT_EQ(fact(x, "RETREAT", "state/CL"), nullptr) << show(x);
  // "before": not yet.
  x = run("Before Chile's withdrawal from Arica, Peru recalled its envoy.", "2025-06-20");
  EXPECT_EQ(fact(x, "RETREAT", "state/CL"), nullptr) << show(x);
  // Only possible, talked about, feared.
  x = run("After a possible Chilean withdrawal from Arica, Peru recalled its envoy.", "2025-06-20");
  EXPECT_EQ(fact(x, "RETREAT", "state/CL"), nullptr) << show(x);
  x = run("After talks on Chile's withdrawal from Arica, Peru recalled its envoy.", "2025-06-20");
  EXPECT_EQ(fact(x, "RETREAT", "state/CL"), nullptr) << show(x);
  // (A year and a modifier may stand between the opener and the noun.)
  x = run("After the brutal Serbian offensive, Kosovo closed the border.", "2025-06-20");
  EXPECT_NE(fact(x, "ASSAULT", "state/RS"), nullptr) << show(x);
  x = run("Amid fears of a Serbian offensive, Kosovo closed the border.", "2025-06-20");
  EXPECT_EQ(fact(x, "ASSAULT", "state/RS"), nullptr) << show(x);
  x = run("Despite the threat of sanctions, Iran expanded its enrichment.", "2025-06-20");
  EXPECT_EQ(test::first_of_type(x, "SANCTION"), nullptr) << show(x);
}

// An owned event noun that is the subject of a past verb happened, a place
// after its preposition being no subject of that verb; a name right before
// the verb is ("the deal Sudan brokered").
TEST(NominalEvents, OwnedSubjectOverAPlace) {
  auto x = run("Ethiopia's withdrawal from Mekelle angered Eritrea.", "2025-06-20");
  const Assertion* a = fact(x, "RETREAT", "state/ET");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->modality, Modality::None) << show(x);

  x = run("Ethiopia's withdrawal from the deal Sudan brokered angered Eritrea.", "2025-06-20");
  EXPECT_EQ(fact(x, "RETREAT", "state/ET"), nullptr) << show(x);
}

}  // namespace
}  // namespace sg::extract
