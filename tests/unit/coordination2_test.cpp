// Verbs joined by "and" or "but", second part: the day of a verb of speech
// that shares its subject with a dated verb before it ("X on Monday rejected
// A and said B": said on Monday), and the subject of a deed joined to a
// reported clause whose subject names no one ("X said the rebels had done A
// and done B": not X); and a text signed by actors, which speaks for them
// ("a statement signed by the leaders of X and Y said"); and each named
// voter of an absolute clause ("passed, with X voting in favour and Y voting
// against"). The sentences are written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::fact;
using test::of_type;
using test::run;
using test::show;

// The day of the first STATEMENT of a sentence in a report of Friday 1
// March 2024: "none" when it has no day, "" when there is no statement.
std::string said_on(const char* sentence) {
  auto x = run(sentence, "2024-03-01");
  const Assertion* a = test::first_of_type(x, "STATEMENT");
  if (!a) return "";
  return a->date ? a->date->iso() : "none";
}

// A verb of speech with no time of its own, joined to a verb whose subject
// it shares, was said on that verb's day: the time between the subject and
// its verb, after the verb's object, or opening the sentence.
TEST(Coordination2, SpeechSharesTheDayOfTheVerbItIsJoinedTo) {
  EXPECT_EQ(said_on("Ankara on Tuesday condemned the raid and said it would hold the attackers responsible."),
            "2024-02-27");
  EXPECT_EQ(said_on("Tehran rejected the proposal on Wednesday but said talks could resume."), "2024-02-28");
  EXPECT_EQ(said_on("On Thursday, Warsaw closed the crossing and said the smuggling had to stop."), "2024-02-29");
  EXPECT_EQ(said_on("Seoul expelled the attache on Monday and said Pyongyang would face consequences."), "2024-02-26");
  // A time that names no day leaves the saying on none (not the report's).
  EXPECT_EQ(said_on("Venezuela last week expelled the diplomats and said the embassy would close."), "none");
}

// What the words hold is dated with them: the threat said on that day.
TEST(Coordination2, WhatWasSaidTakesTheSharedDay) {
  auto x = run("Ankara on Tuesday condemned the raid and said it would strike back.", "2024-03-01");
  const Assertion* threat = fact(x, "THREATEN", "state/TR");
  ASSERT_NE(threat, nullptr) << show(x);
  ASSERT_TRUE(threat->date.has_value());
  EXPECT_EQ(threat->date->iso(), "2024-02-27");
}

// A time of the saying's own is kept; a time that is not the first verb's
// (inside a relative clause, a participle's, a noun's, a purpose's, or in
// the words of another verb of speech) dates nothing of the saying, which
// stays on the report's day.
TEST(Coordination2, SpeechKeepsItsOwnDayAndNoOtherPhrasesDay) {
  EXPECT_EQ(said_on("Moscow rejected the proposal on Monday and said on Tuesday that talks could continue."),
            "2024-02-27");
  for (const char* s : {"Turkey condemned the strike, which killed ten people on Sunday, and said it would respond.",
                        "Iran condemned the decree signed on Tuesday and said it would retaliate.",
                        "Egypt condemned Monday's raid and said it would respond.",
                        "Ghana agreed to hold joint drills in July and said the exercise would be large."})
    EXPECT_EQ(said_on(s), "2024-03-01") << s;
  // ("added" joined to "said": Monday is in what was said, not when.)
  auto x = run("Egypt said Israel had bombed Rafah on Monday and added that it would respond.", "2024-03-01");
  bool added_today = false;
  for (const auto* a : of_type(x, "STATEMENT"))
    added_today |= a->attribution_verb == "added" && a->date && a->date->iso() == "2024-03-01";
  EXPECT_TRUE(added_today) << show(x);
}

// A deed joined to reported words whose subject names no one ("the
// rebels") goes on with that subject: the speaker did not do it.
TEST(Coordination2, DeedJoinedToUnnamedReportedSubjectIsNotTheSpeakers) {
  for (const char* s : {"Mali said the rebels had attacked a base and seized weapons.",
                        "Mali said the rebels attacked a base and seized weapons.",
                        "Chad said that the gunmen had raided the market and abducted traders.",
                        "Kyiv said the drones had struck a depot and destroyed fuel tanks.",
                        "Chad said gunmen had raided the market and abducted traders.",
                        "Mali said armed men had attacked a convoy and seized trucks."}) {
    auto x = run(s, "2024-03-01");
    for (const auto& a : x.assertions) {
      if (a.event_type == "STATEMENT") continue;
      for (const auto& k : a.actors) EXPECT_TRUE(k != "state/ML" && k != "state/TD" && k != "state/UA") << s << show(x);
    }
  }
}

// Not where the speaker acts again in his own voice after such words
// (warns, vows, threatens after a past perfect), nor where the reported
// subject is named (it did both), nor after a verb with an object of its
// own ("announced the new sanctions and expelled").
TEST(Coordination2, SpeakersOwnActsAndNamedSubjectsStay) {
  auto warned = run("Mali said the rebels had attacked a base and warned of reprisals.", "2024-03-01");
  EXPECT_NE(fact(warned, "THREATEN", "state/ML"), nullptr) << show(warned);
  auto vowed = run("Niger said that the gunmen had killed six soldiers and threatened to strike back.", "2024-03-01");
  EXPECT_NE(fact(vowed, "THREATEN", "state/NE"), nullptr) << show(vowed);
  auto named = run("Sudan said the RSF had looted the city and abducted women.", "2024-03-01");
  EXPECT_EQ(of_type(named, "ASSAULT").size(), 2u) << show(named);
  for (const auto* a : of_type(named, "ASSAULT")) EXPECT_TRUE(test::has(a->actors, "org/rsf")) << show(named);
  auto object = run("Mali announced the new sanctions and expelled the ambassador.", "2024-03-01");
  EXPECT_NE(fact(object, "COERCE", "state/ML"), nullptr) << show(object);
  auto passive = run("Iran said the drones were shot down and condemned the attack.", "2024-03-01");
  EXPECT_NE(fact(passive, "ACCUSE", "state/IR"), nullptr) << show(passive);
}

// A text signed or issued by actors says what they say: its signers are
// the actors of its verb, with an aside between commas or without, named
// after "by" or as the states or bodies whose leaders signed.
TEST(Coordination2, SignedTextSpeaksForItsSigners) {
  // Whether the sentence gives `actor` an act of `type`.
  auto acts = [](const char* sentence, const char* type, const char* actor) {
    auto x = run(sentence, "2024-03-01");
    const bool found = fact(x, type, actor) != nullptr;
    if (!found) ADD_FAILURE() << sentence << show(x);
    return found;
  };
  EXPECT_TRUE(acts("A declaration signed by Kenya and Uganda rejected the proposal.", "REJECT", "state/UG"));
  EXPECT_TRUE(acts("The statement, issued by the foreign ministers of Egypt and Jordan, rejected the plan.", "REJECT",
                   "state/JO"));
  EXPECT_TRUE(acts("The letter, signed by the leaders of Britain and Canada, warned Russia against escalation.",
                   "THREATEN", "state/GB"));
  EXPECT_TRUE(acts("A communique released by the presidents of Ghana and Togo condemned the coup.", "ACCUSE",
                   "state/TG"));
  EXPECT_TRUE(acts("A letter signed by 40 members of the European Parliament urged the EU to suspend the deal.",
                   "REQUEST", "org/european-parliament"));
}

// Signers that are no name leave the text with no author; a text that is
// no statement (a treaty) speaks for no one, and a passive after the
// signers is the text's ("was rejected by Uganda": Kenya rejects nothing).
TEST(Coordination2, UnnamedSignersOrNoTextSpeakForNoOne) {
  for (const char* s : {"A letter signed by 40 senators urged the president to impose sanctions on Iran.",
                        "A letter signed by dozens of scholars said the war was illegal.",
                        "A statement signed by the heads of 12 aid agencies warned of famine in Gaza.",
                        "The statement, signed by the heads of 12 aid agencies, rejected the plan."}) {
    auto x = run(s, "2024-03-01");
    EXPECT_TRUE(of_type(x, "REQUEST").empty() && of_type(x, "STATEMENT").empty() && of_type(x, "THREATEN").empty() &&
                of_type(x, "REJECT").empty())
        << s << show(x);
  }
  auto treaty = run("The treaty signed by Kenya and Uganda rejected the claim.", "2024-03-01");
  EXPECT_TRUE(of_type(treaty, "REJECT").empty()) << show(treaty);
  auto passive = run("The statement signed by Kenya was rejected by Uganda.", "2024-03-01");
  EXPECT_EQ(fact(passive, "REJECT", "state/KE"), nullptr) << show(passive);
}

// "The motion carried, with Chile voting in favour and Norway voting
// against": each named voter of an absolute clause votes, for (AGREE, CAMEO
// 030) or against (REJECT, 120), the second after "and" as the first after
// "with"; a vote for a proposal (VOTED_ON) is an approval too.
TEST(Coordination2, EachNamedVoterOfAnAbsoluteClauseVotes) {
  auto x = run("The motion carried, with Chile voting in favour and Norway voting against.", "2024-03-01");
  EXPECT_NE(fact(x, "AGREE", "state/CL"), nullptr) << show(x);
  EXPECT_NE(fact(x, "REJECT", "state/NO"), nullptr) << show(x);
  EXPECT_EQ(fact(x, "AGREE", "state/NO"), nullptr) << show(x);
  auto named = run("The draft passed, with 90 states voting in favour and the United Kingdom voting against.",
                   "2024-03-01");
  EXPECT_NE(fact(named, "REJECT", "state/GB"), nullptr) << show(named);
  auto both = run("The assembly adopted the text, with Cuba and Syria voting against.", "2024-03-01");
  const Assertion* no = fact(both, "REJECT", "state/CU");
  ASSERT_NE(no, nullptr) << show(both);
  EXPECT_TRUE(test::has(no->actors, "state/SY"));
  EXPECT_EQ(no->modality, Modality::None) << show(both);
  auto yes = run("Peru voted for the draft resolution on Haiti.", "2024-03-01");
  const Assertion* approval = fact(yes, "AGREE", "state/PE");
  ASSERT_NE(approval, nullptr) << show(yes);
  EXPECT_NE(approval->topic.find("resolution"), std::string::npos);
}

// Not a group of no name (whose members may be another group's), not one
// who abstains, not a vote for a candidate; and the absolute clause is no
// object or partner of the verb before it: the adopters are not the voters
// against, and the main act's topic ends before "with".
TEST(Coordination2, AbsoluteClauseVotesStayTheirOwn) {
  auto groups = run("The motion carried, with 95 countries voting in favour and 30 countries abstaining.", "2024-03-01");
  EXPECT_TRUE(of_type(groups, "AGREE").empty()) << show(groups);
  auto abstain = run("The text was adopted, with Brazil and India abstaining.", "2024-03-01");
  EXPECT_TRUE(of_type(abstain, "AGREE").empty() && of_type(abstain, "REJECT").empty()) << show(abstain);
  auto candidate = run("Voters in Ohio voted for Trump.", "2024-03-01");
  EXPECT_TRUE(of_type(candidate, "AGREE").empty()) << show(candidate);
  auto welcomed = run("Egypt welcomed the truce, with Qatar mediating between Israel and Hamas.", "2024-03-01");
  const Assertion* support = fact(welcomed, "SUPPORT", "state/EG");
  ASSERT_NE(support, nullptr) << show(welcomed);
  EXPECT_EQ(support->topic, "the truce");
}

}  // namespace
}  // namespace sg::extract
