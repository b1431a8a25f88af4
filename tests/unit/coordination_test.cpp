// Verbs joined by "and" after a reported clause, and whose they are: "X said
// Y had done A and warned of B" (X warned) against "X said Y had done A and
// done B" (Y did both). The sentences are written for these tests.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace sg::extract
