// The place an act is aimed at (place_aimed_at() in extract/pipeline.cpp,
// PLACE_AIMED and its companions in lexicon.txt): with no other target, the
// place after the act's words names its target, the state it lies in. The
// sentences are written for these tests, from other conflicts and in other
// phrasings than the reports the rule was read on.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::first_of_type;
using test::run;
using test::show;

bool targets(const Assertion& a, const std::string& key) {
  return std::find(a.targets.begin(), a.targets.end(), key) != a.targets.end();
}

struct Aimed {
  const char* sentence;
  const char* type;
  const char* target;    // the state the place lies in
  const char* location;  // the place, "" when not checked
};

TEST(TargetsPlace, AnActsPlaceNamesItsTargetsState) {
  const Aimed cases[] = {
      // a protest in a city: the city's state
      {"Students rallied in the northern town of Tabriz on Monday.", "PROTEST", "state/IR", "place/tabriz"},
      // a place as the bare object of an attack
      {"Militants shelled the town of Kidal on Sunday.", "ASSAULT", "state/ML", "place/kidal"},
      // drills around a state
      {"The Chinese navy held drills around the Philippines on Tuesday.", "MOBILIZE", "state/PH", ""},
      // a visit: an arrival in a capital
      {"The Turkish envoy arrived in Baku on Wednesday.", "CONSULT", "state/AZ", "place/baku"},
      // a curfew its own police impose at home
      {"Kenyan police imposed a curfew in Mombasa on Friday.", "COERCE", "state/KE", "place/mombasa"},
  };
  for (const auto& c : cases) {
    const Extraction x = run(c.sentence);
    const Assertion* a = first_of_type(x, c.type);
    ASSERT_NE(a, nullptr) << c.sentence << show(x);
    EXPECT_TRUE(targets(*a, c.target)) << c.sentence << show(x);
    if (*c.location) {
      EXPECT_EQ(a->location, c.location) << c.sentence << show(x);
    }
  }
}

struct NotAimed {
  const char* sentence;
  const char* target;  // a target none of its assertions may have
};

TEST(TargetsPlace, RefusesWhereThePlaceIsNoTarget) {
  const NotAimed cases[] = {
      // where a statement was made
      {"Lavrov said in Geneva that the talks had failed.", "state/CH"},
      // a meeting's venue
      {"Erdogan met Putin in Ankara on Monday.", "state/TR"},
      // the actor's own phrase, before its verb
      {"Russian forces in Ukraine launched an offensive on Monday.", "state/UA"},
      // the actor's own state, for a deployment
      {"Kenyan troops deployed in Mombasa on Friday.", "state/KE"},
      // a place of a phrase of time after the act
      {"The army launched strikes after talks in Doha on Friday.", "state/QA"},
  };
  for (const auto& c : cases) {
    const Extraction x = run(c.sentence);
    for (const auto& a : x.assertions) EXPECT_FALSE(targets(a, c.target)) << c.sentence << show(x);
  }
}

TEST(TargetsPlace, APlaceOfNoKnownStateAimsAtNoOne) {
  const Extraction x = run("French warships held exercises in the Mediterranean Sea on Monday.");
  const Assertion* a = first_of_type(x, "MOBILIZE");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(a->targets.empty()) << show(x);
}

}  // namespace
}  // namespace sg::extract
