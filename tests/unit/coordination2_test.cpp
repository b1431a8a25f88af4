// Verbs joined by "and" or "but", second part: the day of a verb of speech
// that shares its subject with a dated verb before it ("X on Monday rejected
// A and said B": said on Monday), and the subject of a deed joined to a
// reported clause whose subject names no one ("X said the rebels had done A
// and done B": not X). The sentences are written for these tests.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::fact;
using test::of_type;
using test::run;
using test::show;

// The date of the first STATEMENT `actor` makes, "" for none, "none" when
// it has no day.
std::string statement_day(const Extraction& x, const std::string& actor) {
  const Assertion* a = fact(x, "STATEMENT", actor);
  if (!a) return "";
  return a->date ? a->date->iso() : "none";
}

struct DayCase {
  const char* sentence;
  const char* speaker;
  const char* day;
};

void expect_days(std::initializer_list<DayCase> cases) {
  for (const auto& c : cases) {
    auto x = run(c.sentence, "2024-03-01");
    EXPECT_EQ(statement_day(x, c.speaker), c.day) << c.sentence << show(x);
  }
}

// A verb of speech with no time of its own, joined to a verb whose subject
// it shares, was said on that verb's day: the time between the subject and
// its verb, after the verb's object, or opening the sentence.
TEST(Coordination2, SpeechSharesTheDayOfTheVerbItIsJoinedTo) {
  expect_days({
      {"Ankara on Tuesday condemned the raid and said it would hold the attackers responsible.", "state/TR",
       "2024-02-27"},
      {"Tehran rejected the proposal on Wednesday but said talks could resume.", "state/IR", "2024-02-28"},
      {"On Thursday, Warsaw closed the crossing and said the smuggling had to stop.", "state/PL", "2024-02-29"},
      {"Seoul expelled the attache on Monday and said Pyongyang would face consequences.", "state/KR", "2024-02-26"},
      // A time that names no day leaves the saying on none (not the report's).
      {"Venezuela last week expelled the diplomats and said the embassy would close.", "state/VE", "none"},
  });
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
  expect_days({
      {"Moscow rejected the proposal on Monday and said on Tuesday that talks could continue.", "state/RU",
       "2024-02-27"},
      {"Turkey condemned the strike, which killed ten people on Sunday, and said it would respond.", "state/TR",
       "2024-03-01"},
      {"Iran condemned the decree signed on Tuesday and said it would retaliate.", "state/IR", "2024-03-01"},
      {"Egypt condemned Monday's raid and said it would respond.", "state/EG", "2024-03-01"},
      {"Ghana agreed to hold joint drills in July and said the exercise would be large.", "state/GH", "2024-03-01"},
  });
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
                        "Kyiv said the drones had struck a depot and destroyed fuel tanks."}) {
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

}  // namespace
}  // namespace sg::extract
