// False facts: readings that look like an event and tell none, each with
// sentences where the guard must hold and ones it must leave alone. The
// sentences are written for these tests; none comes from a test set.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::fact;
using test::first_of_type;
using test::of_type;
using test::run;
using test::show;

// ---- Reneging on one's own word: a refusal, not a sanction nor a promise.

TEST(Precision, RenegingOnOwnPromiseIsRejectNotPromise) {
  auto x = run("The Zimbabwean government reneged on its promise to the teachers' union.", "2025-06-20");
  const auto* r = first_of_type(x, "REJECT");
  ASSERT_NE(r, nullptr) << show(x);
  EXPECT_EQ(r->actors, std::vector<std::string>{"org/zw-government"}) << show(x);
  EXPECT_EQ(r->modality, Modality::None) << show(x);
  EXPECT_TRUE(of_type(x, "SANCTION").empty()) << show(x);
  EXPECT_TRUE(of_type(x, "AGREE").empty()) << "the promise abandoned is no promise made:" << show(x);
}

TEST(Precision, RenegingOnADealWithAnotherStaysSanction) {
  // CAMEO.2.0's RENEGE * (ON DEAL) [160]: reducing relations with the partner.
  auto x = run("M23 reneged on the ceasefire agreement with Kinshasa.", "2025-06-20");
  const auto* s = first_of_type(x, "SANCTION");
  ASSERT_NE(s, nullptr) << show(x);
  EXPECT_EQ(s->targets, std::vector<std::string>{"state/CD"}) << show(x);
  EXPECT_TRUE(of_type(x, "REJECT").empty()) << show(x);
}

TEST(Precision, RejectingAnotherActorsPledgeKeepsIt) {
  // Only the REJECT's own actors forsake a promise; another's stays as the
  // REJECT presupposes it.
  auto x = run("Ethiopia rejected Eritrea's pledge to withdraw its troops.", "2025-06-20");
  ASSERT_NE(first_of_type(x, "REJECT"), nullptr) << show(x);
}

// ---- A promise not to act.

TEST(Precision, VowNotToDoAnUnreadActIsNoPromise) {
  auto x = run("Prime Minister Hun Manet has vowed not to give back the islands to anyone.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "AGREE").empty()) << show(x);
}

TEST(Precision, PledgeNotToActPledgesNoAid) {
  auto x = run("President Ruto pledged not to raise taxes on fuel.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "AID").empty()) << show(x);
  EXPECT_TRUE(of_type(x, "AGREE").empty()) << show(x);
}

TEST(Precision, PromiseNotToDoACooperativeActStaysRefusal) {
  auto x = run("Prime Minister Abiy Ahmed vowed not to hand over the disputed town to Eritrea.", "2025-06-20");
  const auto* r = first_of_type(x, "REJECT");
  ASSERT_NE(r, nullptr) << show(x);
  EXPECT_EQ(r->actors, std::vector<std::string>{"person/abiy-ahmed"}) << show(x);
  EXPECT_TRUE(of_type(x, "AGREE").empty()) << show(x);
}

TEST(Precision, PromiseOfRestraintStaysPromise) {
  auto x = run("Hamas pledged not to attack Israeli civilians.", "2025-06-20");
  const auto* a = first_of_type(x, "AGREE");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, std::vector<std::string>{"org/hamas"}) << show(x);
  EXPECT_FALSE(a->negated) << show(x);
}

TEST(Precision, PledgeToGiveAidStaysAid) {
  auto x = run("The European Commission pledged on Monday to provide one billion euros in aid to Syria.", "2025-06-20");
  const auto* a = first_of_type(x, "AID");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->modality, Modality::Planned) << show(x);
  ASSERT_NE(first_of_type(x, "AGREE"), nullptr) << show(x);
}

// ---- A state's own body meeting alone.

TEST(Precision, StateBodyMeetingAloneIsNoConsult) {
  for (const char* s : {"Kenya's parliament met on Tuesday.",
                        "The Chilean government met on Monday and decided to raise fuel taxes."}) {
    auto x = run(s, "2025-06-20");
    EXPECT_TRUE(of_type(x, "CONSULT").empty()) << s << show(x);
  }
}

TEST(Precision, StateBodyMeetingAnotherStaysConsult) {
  auto x = run("Tanzania's parliament met with Kenyan lawmakers in Arusha.", "2025-06-20");
  const auto* c = first_of_type(x, "CONSULT");
  ASSERT_NE(c, nullptr) << show(x);
  EXPECT_EQ(c->actors.size(), 2u) << show(x);
}

TEST(Precision, AllianceMeetingStaysConsult) {
  // A body of many states meeting is its members consulting.
  auto x = run("NATO defence ministers met in Brussels on Thursday.", "2025-06-20");
  ASSERT_NE(first_of_type(x, "CONSULT"), nullptr) << show(x);
}

// ---- A person's lawyer or kin does not speak for their state.

TEST(Precision, PersonsOwnLawyerIsNoStateSpeaker) {
  auto x = run("The Ghanaian tycoon is suing the magazine, his Nigerian lawyer said.", "2025-06-20");
  for (const auto& a : x.assertions) {
    EXPECT_TRUE(std::find(a.actors.begin(), a.actors.end(), "state/NG") == a.actors.end()) << show(x);
    EXPECT_NE(a.attributed_to, std::vector<std::string>{"state/NG"}) << show(x);
  }
}

TEST(Precision, CounterpartStaysTheirState) {
  // An office, not a private role: "his Russian counterpart" is Russia's.
  auto x = run("Macron met his Russian counterpart in Paris.", "2025-06-20");
  const auto* c = first_of_type(x, "CONSULT");
  ASSERT_NE(c, nullptr) << show(x);
  EXPECT_NE(std::find(c->actors.begin(), c->actors.end(), "state/RU"), c->actors.end()) << show(x);
}

TEST(Precision, OfficialSpokespersonStillSpeaksForBody) {
  auto x = run("A German government spokesperson said the talks had failed.", "2025-06-20");
  const auto* s = first_of_type(x, "STATEMENT");
  ASSERT_NE(s, nullptr) << show(x);
  EXPECT_EQ(s->actors, std::vector<std::string>{"org/de-government"}) << show(x);
}

// ---- Rescinding: what one granted another, a restriction, or one's own measure.

TEST(Precision, RescindingOwnMeasureIsNoSanction) {
  auto x = run("Kenya threatened to close the border unless Uganda rescinded its annexation of the islands.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "SANCTION").empty()) << show(x);
}

TEST(Precision, RescindingRecognitionStaysSanction) {
  auto x = run("Kosovo rescinded its recognition of the breakaway region.", "2025-06-20");
  ASSERT_NE(first_of_type(x, "SANCTION"), nullptr) << show(x);
}

TEST(Precision, RescindingABanIsConcede) {
  auto x = run("Uganda rescinded the ban on opposition rallies.", "2025-06-20");
  ASSERT_NE(first_of_type(x, "CONCEDE"), nullptr) << show(x);
  EXPECT_TRUE(of_type(x, "SANCTION").empty()) << show(x);
}

// ---- A promise to do harm is no promise to cooperate.

TEST(Precision, VowToBlockIsNoAgreement) {
  for (const char* s : {"President Tshisekedi cut ties with Kigali over a convoy that he has vowed to block.",
                        "Russia pledged to attack the base."}) {
    auto x = run(s, "2025-06-20");
    EXPECT_TRUE(of_type(x, "AGREE").empty()) << s << show(x);
  }
}

TEST(Precision, VowToCooperateStaysAgreement) {
  for (const char* s : {"Kenya vowed to support the Haitian police.", "Norway promised to rebuild the school."}) {
    auto x = run(s, "2025-06-20");
    EXPECT_NE(first_of_type(x, "AGREE"), nullptr) << s << show(x);
  }
}

// ---- Talks that end without a deal: held, and no agreement reached.

TEST(Precision, TalksCollapsedWithoutDealGiveNoAgreementNegated) {
  for (const char* s : {"The negotiations between Chad and Sudan broke down without a final deal.",
                        "Talks between Peru and Chile collapsed without an agreement."}) {
    auto x = run(s, "2025-06-20");
    ASSERT_NE(first_of_type(x, "CONSULT"), nullptr) << s << show(x);
    const auto* a = first_of_type(x, "AGREE");
    ASSERT_NE(a, nullptr) << s << show(x);
    EXPECT_TRUE(a->negated) << s << show(x);
    EXPECT_EQ(a->actors.size(), 2u) << s << show(x);
  }
}

TEST(Precision, TalksEndingOtherwiseGiveNoAgreement) {
  for (const char* s : {"Talks between Kenya and Somalia ended without incident.",
                        "Talks between Kenya and Somalia resumed without preconditions."}) {
    auto x = run(s, "2025-06-20");
    EXPECT_TRUE(of_type(x, "AGREE").empty()) << s << show(x);
  }
}

// ---- A name that modifies a relation noun after a possessive is no subject.

TEST(Precision, NameBeforePartnersAfterPossessiveIsNoSubject) {
  auto x = run("Turkey demanded that its NATO partners refuse to recognize the new government.", "2025-06-20");
  for (const auto& a : x.assertions)
    EXPECT_TRUE(std::find(a.actors.begin(), a.actors.end(), "org/nato") == a.actors.end()) << show(x);
  ASSERT_NE(first_of_type(x, "REQUEST"), nullptr) << show(x);
}

TEST(Precision, OwnedBodyOrGroupStaysSubject) {
  auto x = run("Russia said its Defence Ministry rejected the plan.", "2025-06-20");
  const auto* r = first_of_type(x, "REJECT");
  ASSERT_NE(r, nullptr) << show(x);
  EXPECT_EQ(r->actors, std::vector<std::string>{"org/ru-mod"}) << show(x);
  auto y = run("Their Gulf allies condemned the strike.", "2025-06-20");
  ASSERT_NE(first_of_type(y, "ACCUSE"), nullptr) << show(y);
}

// A vow of countermeasures, consequences or a response is a threat (as a
// warning of them is), no promise to agree to anything.
TEST(Precision, AVowOfCountermeasuresIsAThreat) {
  for (const char* s : {"Hanoi vowed countermeasures.", "Hanoi vowed a firm response to the seizure of its boats.",
                        "Hanoi promised consequences if the crew was not freed."}) {
    auto x = run(s);
    EXPECT_NE(first_of_type(x, "THREATEN"), nullptr) << s << show(x);
    EXPECT_EQ(first_of_type(x, "AGREE"), nullptr) << s << show(x);
  }
  auto y = run("Hanoi pledged to cooperate with Manila.");
  EXPECT_NE(first_of_type(y, "AGREE"), nullptr) << show(y);
  EXPECT_EQ(first_of_type(y, "THREATEN"), nullptr) << show(y);
}

// A pledge to impose sanctions or sever ties threatens them (CAMEO 1312,
// 1313), aimed at whom they would hit; the sanction itself is not done.
// The "to" right after a promise is an infinitive's, so the act is read
// ("offered to mediate" is a meeting to come).
TEST(Precision, APledgeToImposeSanctionsIsAThreat) {
  for (const char* s : {"Canada pledged to impose sanctions on Nicaragua.", "Canada vowed to sever ties with Nicaragua."}) {
    auto x = run(s);
    EXPECT_NE(fact(x, "THREATEN", "state/CA", "state/NI"), nullptr) << s << show(x);
    EXPECT_EQ(first_of_type(x, "AGREE"), nullptr) << s << show(x);
    for (const auto* a : of_type(x, "SANCTION")) EXPECT_NE(a->modality, Modality::None) << s << show(x);
  }
  auto y = run("Oman offered to mediate between Iran and Bahrain.");
  const Assertion* c = first_of_type(y, "CONSULT");
  ASSERT_NE(c, nullptr) << show(y);
  EXPECT_EQ(c->modality, Modality::Planned) << show(y);
  // Lifting sanctions is no threat; a promise to attack is one, a promise
  // not to attack none (a promise of restraint).
  auto z = run("Canada promised to lift the sanctions imposed on Nicaragua.");
  EXPECT_EQ(first_of_type(z, "THREATEN"), nullptr) << show(z);
  auto w = run("Hezbollah pledged to attack the airport.");
  EXPECT_NE(first_of_type(w, "THREATEN"), nullptr) << show(w);
  EXPECT_EQ(first_of_type(w, "AGREE"), nullptr) << show(w);
  auto r = run("Hezbollah vowed not to attack the airport.");
  EXPECT_EQ(first_of_type(r, "THREATEN"), nullptr) << show(r);
}

// "recalled its ambassador from X" / "its envoy in X": the actor's own
// official is no target, the state of the post is; a foreign one stays
// the target ("expelled the Ethiopian ambassador").
TEST(Precision, ARecalledEnvoysPostIsTheTarget) {
  auto x = run("Ghana recalled its ambassador from Burkina Faso on Friday.");
  EXPECT_NE(fact(x, "SANCTION", "state/GH", "state/BF"), nullptr) << show(x);
  auto y = run("Ghana recalled its envoy in Ouagadougou.");
  EXPECT_NE(fact(y, "SANCTION", "state/GH", "state/BF"), nullptr) << show(y);
  auto z = run("Ghana expelled the Burkinabe ambassador.");
  EXPECT_NE(fact(z, "SANCTION", "state/GH", "state/BF"), nullptr) << show(z);
}

// "an arrest warrant for X": X is the one to be arrested, the target, not
// the owner of what the warrant is over.
TEST(Precision, AnArrestWarrantIsAimedAtWhomItNames) {
  auto x = run("The ICC issued an arrest warrant for Benjamin Netanyahu over the siege of Gaza.");
  const Assertion* a = first_of_type(x, "COERCE");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->targets, std::vector<std::string>{"person/benjamin-netanyahu"}) << show(x);
}

// Defending oneself aids no one (CAMEO 074 is protection given to another):
// a guard row of triggers.tsv; defending an ally stays AID.
TEST(Precision, SelfDefenceIsNoAid) {
  for (const char* s : {"Georgia defended itself against the separatists' attacks.",
                        "The villagers defended themselves with hunting rifles."}) {
    auto x = run(s);
    EXPECT_EQ(first_of_type(x, "AID"), nullptr) << s << show(x);
  }
  auto y = run("Britain defended Estonia against the cyberattacks.");
  EXPECT_NE(fact(y, "AID", "state/GB", "state/EE"), nullptr) << show(y);
}

}  // namespace
}  // namespace sg::extract
