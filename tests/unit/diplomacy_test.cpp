// States' and leaders' moves as wire news writes them: votes on a
// resolution, accusations and threats told inside what a speaker says, and
// the partner of an agreement. Each pattern with sentences where it must act
// and sentences where it must not. The sentences are written for these tests.
#include <gtest/gtest.h>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::fact;
using test::has;
using test::of_type;
using test::run;
using test::show;

// The first assertion of `type` with `key` among its targets, or nullptr.
const Assertion* aimed_at(const Extraction& x, const std::string& type, const std::string& key) {
  for (const auto* a : of_type(x, type))
    if (has(a->targets, key)) return a;
  return nullptr;
}

// A vote against a proposal opposes it (REJECT), a vote for it approves it
// (AGREE), whatever marks set off the "yes" or "no".
TEST(Diplomacy, VoteNoIsARejection) {
  for (const char* s : {"Venezuela voted \"no\" on the resolution.", "Eritrea voted no.",
                        "Pakistan voted \xE2\x80\x9Cno\xE2\x80\x9D on the text on Kashmir."}) {
    auto x = run(s, "2024-03-01");
    EXPECT_EQ(of_type(x, "REJECT").size(), 1u) << s << show(x);
    EXPECT_TRUE(of_type(x, "AGREE").empty()) << s << show(x);
  }
}

TEST(Diplomacy, VoteYesOrInFavourIsAnApproval) {
  auto x = run("Guyana and Brazil voted in favour of the motion.", "2024-03-01");
  ASSERT_NE(fact(x, "AGREE", "state/GY"), nullptr) << show(x);
  EXPECT_TRUE(has(fact(x, "AGREE", "state/GY")->actors, "state/BR")) << show(x);
  auto y = run("Ghana voted yes, while Egypt voted no.", "2024-03-01");
  EXPECT_NE(fact(y, "AGREE", "state/GH"), nullptr) << show(y);
  EXPECT_NE(fact(y, "REJECT", "state/EG"), nullptr) << show(y);
  EXPECT_EQ(fact(y, "AGREE", "state/EG"), nullptr) << show(y);
}

// Not a vote cast: one expected, an abstention, a motion of no confidence.
TEST(Diplomacy, NoVoteCastNoStance) {
  for (const char* s : {"Ethiopia and Egypt are expected to vote on the measure next week.",
                        "India abstained from the vote.", "The Kenyan parliament voted no confidence in the cabinet."}) {
    auto x = run(s, "2024-03-01");
    EXPECT_TRUE(of_type(x, "REJECT").empty()) << s << show(x);
    EXPECT_TRUE(of_type(x, "AGREE").empty()) << s << show(x);
  }
  // A vote in favour denied is no approval made.
  auto x = run("Pakistan did not vote in favour of the resolution.", "2024-03-01");
  for (const auto* a : of_type(x, "AGREE")) EXPECT_TRUE(a->negated) << show(x);
}

// What a speaker says another did that is a wrong in itself is an
// accusation of the doer by the speaker.
TEST(Diplomacy, WrongToldByASpeakerIsAnAccusation) {
  struct Case {
    const char *sentence, *speaker, *accused;
  } cases[] = {
      {"India said Pakistan had violated the ceasefire along the Line of Control.", "state/IN", "state/PK"},
      {"Egypt argued that Ethiopia was jeopardizing the water security of millions.", "state/EG", "state/ET"},
      {"Guyana said Venezuela had failed to respect the ruling of the court.", "state/GY", "state/VE"},
      {"The EU said China had failed in its obligations under the trade deal.", "org/eu", "state/CN"},
      {"Colombia said Venezuela had allowed armed groups to flourish along the border.", "state/CO", "state/VE"},
      {"\xE2\x80\x9CRwanda is undermining the peace process,\xE2\x80\x9D the Congolese foreign minister said.", "",
       "state/RW"},
      // A capital that stands for its state is blamed as the state; a quote
      // closed by "he added" is words too.
      {"Beijing said Manila had provoked the incident at the shoal.", "state/CN", "state/PH"},
      {"\xE2\x80\x9C"
       "Addis Ababa is undermining the talks,\xE2\x80\x9D the Egyptian minister added.",
       "", "state/ET"},
  };
  for (const auto& c : cases) {
    auto x = run(c.sentence, "2024-03-01");
    const Assertion* a = aimed_at(x, "ACCUSE", c.accused);
    ASSERT_NE(a, nullptr) << c.sentence << show(x);
    if (*c.speaker) EXPECT_TRUE(has(a->actors, c.speaker)) << c.sentence << show(x);
    EXPECT_FALSE(a->negated) << c.sentence;
  }
}

// Not an accusation: the wrong denied, only feared or to come, admitted by
// the speaker's own side, relayed by a news medium, or no wrong at all.
TEST(Diplomacy, NoAccusationWithoutAWrongDone) {
  for (const char* s : {"The AU said Sudan had not violated the agreement.",
                        "Beijing said the EU could undermine trade ties.",
                        "Kenya said Somalia would jeopardize the talks if it walked out.",
                        "Iran said it had breached the enrichment limits.",
                        "Reuters reported that Russia had violated the truce.",
                        "Ethiopia said the talks had failed.", "Kenya said Somalia failed to qualify for the final.",
                        "Ukraine said Russia had not failed to honour the truce.",
                        "The ministry denied that Rwanda had violated the border.",
                        "Ankara said Greece harbours doubts about the pipeline deal.",
                        "Kyiv said Russian forces had breached the defences near the river."}) {
    auto x = run(s, "2024-03-01");
    EXPECT_TRUE(of_type(x, "ACCUSE").empty()) << s << show(x);
  }
}

// The harm a speaker says another will bear is the speaker's threat to it.
TEST(Diplomacy, ConsequencesToBeBorneAreAThreat) {
  struct Case {
    const char *sentence, *speaker, *threatened;
  } cases[] = {
      {"\xE2\x80\x9C"
       "All the consequences must be borne by the Egyptian side,\xE2\x80\x9D Ethiopian spokesman Nebiat Getachew said.",
       "person/et/nebiat-getachew", "state/EG"},
      {"India's foreign ministry said Pakistan would bear the consequences of any attack.", "", "state/PK"},
      {"Venezuela said Guyana will pay a heavy price for the oil deal.", "state/VE", "state/GY"},
  };
  for (const auto& c : cases) {
    auto x = run(c.sentence, "2024-03-01");
    const Assertion* a = aimed_at(x, "THREATEN", c.threatened);
    ASSERT_NE(a, nullptr) << c.sentence << show(x);
    if (*c.speaker) EXPECT_TRUE(has(a->actors, c.speaker)) << c.sentence << show(x);
  }
}

// Harm told of the past, or denied, threatens no one.
TEST(Diplomacy, ConsequencesBorneOrDeniedAreNoThreat) {
  for (const char* s : {"The AU said Sudan had borne the consequences of the floods.",
                        "Beijing said the EU would not pay any price.",
                        "\xE2\x80\x9CThe consequences were borne by Egypt,\xE2\x80\x9D the Ethiopian minister said."}) {
    auto x = run(s, "2024-03-01");
    EXPECT_TRUE(of_type(x, "THREATEN").empty()) << s << show(x);
  }
}

// Whoever an actor makes a deal with is a party to it, an actor of the
// AGREE, not its target.
TEST(Diplomacy, PartnerOfADealIsAParty) {
  for (const char* s : {"Ethiopia signed an agreement with Egypt on the dam.",
                        "Ethiopia reached a last-minute deal with Egypt on Monday."}) {
    auto x = run(s, "2024-03-01");
    const Assertion* a = fact(x, "AGREE", "state/ET");
    ASSERT_NE(a, nullptr) << s << show(x);
    EXPECT_TRUE(has(a->actors, "state/EG")) << s << show(x);
    EXPECT_FALSE(has(a->targets, "state/EG")) << s << show(x);
  }
}

// Not the owner of what is agreed with, nor the partner of another verb.
TEST(Diplomacy, NoPartnerOfAnotherVerbOrAPossessor) {
  auto x = run("Putin offered to negotiate with the president of Armenia.", "2024-03-01");
  for (const auto* a : of_type(x, "AGREE")) EXPECT_FALSE(has(a->actors, "state/AM")) << show(x);
  auto y = run("India agreed with China's position on the border.", "2024-03-01");
  for (const auto* a : of_type(y, "AGREE")) EXPECT_FALSE(has(a->actors, "state/CN")) << show(y);
}

// "had not violated the agreement": "had" is an auxiliary past a negation
// too, no agreement held.
TEST(Diplomacy, AuxiliaryBeforeANegationHoldsNoAgreement) {
  auto x = run("The AU said Sudan had not violated the agreement.", "2024-03-01");
  EXPECT_TRUE(of_type(x, "AGREE").empty()) << show(x);
  auto y = run("Egypt had not reached an agreement with Ethiopia.", "2024-03-01");
  const Assertion* a = fact(y, "AGREE", "state/EG");
  ASSERT_NE(a, nullptr) << show(y);
  EXPECT_TRUE(a->negated) << show(y);
}

// A meeting the text says is planned, scheduled, expected or to come is no
// meeting held: its CONSULT keeps its modality, and no one promised it.
TEST(Diplomacy, MeetingOnlyPlannedIsNoFact) {
  for (const char* s : {"A summit between Xi and Modi is planned for next month.",
                        "Talks between Ethiopia and Egypt are scheduled for next week.",
                        "A summit between the AU and the EU is scheduled for February.",
                        "Talks between Ethiopia and Egypt will be held in Khartoum next week.",
                        "Xi is expected to meet Modi next week.", "Kenya is set to meet Somalia in Nairobi."}) {
    auto x = run(s, "2024-03-01");
    for (const auto* a : of_type(x, "CONSULT"))
      EXPECT_NE(a->modality, Modality::None) << s << show(x);
    EXPECT_TRUE(of_type(x, "AGREE").empty()) << s << show(x);
  }
  // Talks that will not be held are no fact either, and no refusal by the
  // parties.
  auto x = run("Talks between Ethiopia and Egypt will not be held.", "2024-03-01");
  for (const auto* a : of_type(x, "CONSULT")) EXPECT_NE(a->modality, Modality::None) << show(x);
  EXPECT_TRUE(of_type(x, "REJECT").empty()) << show(x);
}

// Talks held, and an actor's own plan to meet, stay as they were: a meeting,
// and a promise made now.
TEST(Diplomacy, MeetingHeldOrPlannedByItsActor) {
  auto x = run("Talks between Ethiopia and Egypt were held in Khartoum.", "2024-03-01");
  const Assertion* held = fact(x, "CONSULT", "state/ET");
  ASSERT_NE(held, nullptr) << show(x);
  EXPECT_EQ(held->modality, Modality::None) << show(x);
  EXPECT_TRUE(has(held->actors, "state/EG")) << show(x);
  auto y = run("Egypt plans to meet Ethiopia next week.", "2024-03-01");
  EXPECT_NE(fact(y, "AGREE", "state/EG"), nullptr) << show(y);
}

// A participle after a medium and its addressee tells what the medium's
// author does to the addressee: a warning in a letter is its writer's threat.
TEST(Diplomacy, LetterToALeaderWarningHimIsItsWritersThreat) {
  auto x = run("Cyril Ramaphosa wrote a stern letter to Emmerson Mnangagwa warning him not to rig the vote.",
               "2024-03-01");
  const Assertion* a = aimed_at(x, "THREATEN", "person/emmerson-mnangagwa");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(has(a->actors, "person/cyril-ramaphosa")) << show(x);
  EXPECT_FALSE(has(a->actors, "person/emmerson-mnangagwa")) << show(x);
  // A condemnation in a letter condemns what it names, not its hearer.
  auto y = run("Kenya handed a letter to the UN envoy condemning the raid.", "2024-03-01");
  const Assertion* c = fact(y, "ACCUSE", "state/KE");
  ASSERT_NE(c, nullptr) << show(y);
  EXPECT_FALSE(has(c->targets, "org/un")) << show(y);
}

// What happened "on the same day that ..." inside a warning's words is a
// fact of its own, not part of what was warned of.
TEST(Diplomacy, RelativeClauseAfterAModifiedNounIsAFact) {
  auto x = run("Cyril Ramaphosa wrote a letter to Emmerson Mnangagwa warning him on the same day that "
               "Zimbabwean troops attacked the border post.",
               "2024-03-01");
  bool attack = false;
  for (const auto* a : of_type(x, "ASSAULT")) attack |= a->modality == Modality::None;
  EXPECT_TRUE(attack) << show(x);
}

}  // namespace
}  // namespace sg::extract
