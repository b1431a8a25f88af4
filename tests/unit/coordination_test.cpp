// Verbs joined by "and" after a reported clause, and whose they are: "X said
// Y had done A and warned of B" (X warned) against "X said Y had done A and
// done B" (Y did both); and the day of an act still to come, told with a
// plan or an event noun rather than a clause of the future. The sentences
// are written for these tests.
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

// A reported clause in the past perfect is the speaker's tense shifted back;
// a plain past of warning, threatening, vowing or urging after it is the
// speaker's own act.
TEST(Coordination, SpeakersActAfterABackshiftedClauseIsTheSpeakers) {
  struct Case {
    const char* sentence;
    const char* type;
    const char* speaker;
    const char* reported;
  } cases[] = {
      {"Turkey said Greece had violated its airspace and warned of a firm response.", "THREATEN", "state/TR",
       "state/GR"},
      {"Serbia said Kosovo had broken the agreement and threatened to walk out of the talks.", "THREATEN", "state/RS",
       "state/XK"},
      {"Pakistan said India had struck a mosque near the border and vowed to retaliate.", "THREATEN", "state/PK",
       "state/IN"},
      {"Iran said Israel had bombed its consulate and urged the United Nations to act.", "REQUEST", "state/IR",
       "state/IL"},
  };
  for (const auto& c : cases) {
    auto x = run(c.sentence, "2024-03-01");
    EXPECT_NE(fact(x, c.type, c.speaker), nullptr) << c.sentence << show(x);
    EXPECT_EQ(fact(x, c.type, c.reported), nullptr) << c.sentence << show(x);
  }
}

// Where the speaker is no name ("the ministry"), the act goes to no one: the
// reported subject is still not its actor.
TEST(Coordination, UnnamedSpeakersActGoesToNoOne) {
  for (const char* s : {"The ministry said the EU had violated WTO rules and warned of countermeasures.",
                        "A spokesman said Venezuela had seized the oil field and threatened to cut ties."}) {
    auto x = run(s, "2024-03-01");
    EXPECT_TRUE(of_type(x, "THREATEN").empty()) << s << show(x);
  }
}

// A verb of deed after the past perfect shares its "had": the reported
// subject did both.
TEST(Coordination, DeedAfterABackshiftedClauseStaysReported) {
  struct Case {
    const char* sentence;
    const char* type;
    const char* actor;
  } cases[] = {
      {"Armenia said Azerbaijan had shelled the village and killed two soldiers.", "ASSAULT", "state/AZ"},
      {"Beijing said Washington had broken trade rules and imposed new tariffs.", "SANCTION", "state/US"},
      {"Sudan said the RSF had looted the town and attacked a hospital.", "ASSAULT", "org/rsf"},
  };
  for (const auto& c : cases) {
    auto x = run(c.sentence, "2024-03-01");
    auto acts = of_type(x, c.type);
    ASSERT_FALSE(acts.empty()) << c.sentence << show(x);
    for (const auto* a : acts) EXPECT_TRUE(test::has(a->actors, c.actor)) << c.sentence << show(x);
  }
}

// Without the backshift the two readings are both open, and the nearest
// subject keeps the verb as before; a verb that reports speech after a named
// speaker is the speaker's, as it was.
TEST(Coordination, OtherShapesAreUntouched) {
  auto plain = run("Russia said Ukraine attacked the plant and warned of a response.", "2024-03-01");
  EXPECT_NE(fact(plain, "THREATEN", "state/UA"), nullptr) << show(plain);
  auto own = run("Germany warned Russia and threatened new sanctions.", "2024-03-01");
  EXPECT_NE(fact(own, "THREATEN", "state/DE"), nullptr) << show(own);
}

// The date of the first assertion of `type`, or "" when it has none.
std::string date_of(const Extraction& x, const std::string& type) {
  const Assertion* a = test::first_of_type(x, type);
  return a && a->date ? a->date->iso() : "";
}

// A sentence, the type of its act and the day it must have in a report of
// Wednesday 6 March 2024.
struct DayCase {
  const char* sentence;
  const char* type;
  const char* day;
};

void expect_days(std::initializer_list<DayCase> cases) {
  for (const auto& c : cases) {
    auto x = run(c.sentence, "2024-03-06");
    EXPECT_EQ(date_of(x, c.type), c.day) << c.sentence << show(x);
  }
}

// A weekday named alone for an act still to come is the coming one: a
// report of Wednesday 6 March 2024 puts Friday on the 8th and Monday on the
// 11th, whether the act is a noun ("talks ... are scheduled for"), a plan
// ("is due to", "plans to") or a future with an event noun for subject.
TEST(Coordination, WeekdayOfAnActToComeIsTheComingOne) {
  expect_days({
      {"Talks between Serbia and Kosovo are scheduled for Friday.", "CONSULT", "2024-03-08"},
      {"A summit between Egypt and Ethiopia is set for Friday.", "CONSULT", "2024-03-08"},
      {"Negotiations between Armenia and Azerbaijan will be held on Monday.", "CONSULT", "2024-03-11"},
      {"Erdogan is due to visit Baghdad on Monday.", "CONSULT", "2024-03-11"},
      {"Sudan and Chad are scheduled to meet on Friday.", "CONSULT", "2024-03-08"},
      {"Ethiopia plans to attack rebel positions on Monday.", "ASSAULT", "2024-03-11"},
  });
}

// Counted from the day the plan was told, when the speaker's day is given.
TEST(Coordination, WeekdayOfAReportedPlanCountsFromTheSpeakersDay) {
  auto x = run("Serbia said on Monday it plans to meet Kosovo on Friday.", "2024-03-06");
  EXPECT_EQ(date_of(x, "CONSULT"), "2024-03-08") << show(x);
}

// A past act or a plan told in the past keeps the
// weekday on or before the report date; so does a mere possibility.
TEST(Coordination, WeekdayOfAPastOrPossibleActStays) {
  expect_days({
      {"Sudan and Chad met on Friday.", "CONSULT", "2024-03-01"},
      {"Talks between Serbia and Kosovo were scheduled for Friday.", "CONSULT", "2024-03-01"},
      {"Sudan and Chad planned to meet on Friday.", "CONSULT", "2024-03-01"},
      {"Ethiopia could attack rebel positions on Monday.", "ASSAULT", "2024-03-04"},
  });
}

}  // namespace
}  // namespace sg::extract
