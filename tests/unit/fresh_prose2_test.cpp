// False facts found on a second round of fresh prose (wire, think-tank, UN,
// government, analysis, live-blog, NGO and parliamentary styles, on the
// Sahel, the Horn, the Balkans, the Caucasus, Korea, the South China Sea,
// the Andes and the Gulf), each pinned by the general pattern that made it,
// with sentences where the pattern must act and ones where it must not. The
// sentences are written for these tests.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::fact;
using test::first_of_type;
using test::of_type;
using test::run;
using test::show;

// "Ethiopia had already suspended the agreement": a "had" that a participle
// follows is its auxiliary, so no rule reads it as "have" a deal or talks,
// and the suspension is no plan that an AGREE holds.
TEST(FreshProse2, HadBeforeAParticipleHoldsNothing) {
  auto x = run("Ethiopia had already suspended the agreement before the talks.", "2024-09-04");
  EXPECT_TRUE(of_type(x, "AGREE").empty()) << show(x);
  EXPECT_TRUE(of_type(x, "CONSULT").empty()) << show(x);
  const auto* suspended = first_of_type(x, "SANCTION");
  ASSERT_NE(suspended, nullptr) << show(x);
  EXPECT_EQ(suspended->modality, Modality::None) << show(x);
}

TEST(FreshProse2, HadWithANounStillHolds) {
  EXPECT_NE(fact(run("Kenya had talks with Somalia in Nairobi.", "2024-09-04"), "CONSULT", "state/KE"), nullptr);
  EXPECT_NE(fact(run("Bolivia had a deal with Peru.", "2024-09-04"), "AGREE", "state/BO"), nullptr);
  EXPECT_NE(fact(run("Chile had signed the accord in Lima.", "2024-09-04"), "AGREE", "state/CL"), nullptr);
  // After "be" a participle may be the adjective the rule reads.
  EXPECT_NE(fact(run("Bolivia is prepared to back the resolution.", "2024-09-04"), "SUPPORT", "state/BO"), nullptr);
}

// "defend every inch of its land": a measure of a stretch of ground is that
// ground, and holding one's ground aids no one.
TEST(FreshProse2, MeasureOfGroundIsTheGround) {
  auto x = run("Eritrea vowed to defend every inch of its land.", "2024-09-04");
  EXPECT_TRUE(of_type(x, "AID").empty()) << show(x);
  auto y = run("Ukrainian units defended every inch of the city.", "2024-09-04");
  EXPECT_TRUE(of_type(y, "AID").empty()) << show(y);
}

TEST(FreshProse2, DefendingAnotherStillAids) {
  auto x = run("Kenya pledged to defend Somalia.", "2024-09-04");
  const auto* aid = fact(x, "AID", "state/KE", "state/SO");
  ASSERT_NE(aid, nullptr) << show(x);
  EXPECT_EQ(aid->modality, Modality::Planned);
}

// The modality of the first retreat or sanction of a sentence, or nullopt
// when it has none.
std::optional<Modality> act_modality(const char* sentence) {
  for (const auto& a : run(sentence, "2024-09-04").assertions)
    if (a.event_type == "RETREAT" || a.event_type == "SANCTION") return a.modality;
  return std::nullopt;
}

// "the ambush forced Malian troops to withdraw": the object of a verb of
// causing did the infinitive's act, when the causing is told as a fact.
TEST(FreshProse2, CausedInfinitiveIsAFact) {
  for (const char* s : {"The ambush forced Malian troops to withdraw from Kidal.",
                        "The arrests prompted Azerbaijan to recall its ambassador from Tehran.",
                        "Serbian police were forced to withdraw from the north.",
                        "The massacre led Quito to sever ties with the cartel's backers."})
    EXPECT_EQ(act_modality(s), Modality::None) << s << show(run(s, "2024-09-04"));
}

TEST(FreshProse2, UncausedInfinitiveStaysOpen) {
  for (const char* s : {"Sanctions could force Venezuela to release the prisoners.",
                        "Brussels urged Belgrade to withdraw its troops.",
                        "Ankara did not persuade Athens to withdraw its ships.",
                        "The EU wants to force Minsk to release the prisoners."})
    EXPECT_EQ(act_modality(s), Modality::Hypothetical) << s << show(run(s, "2024-09-04"));
}

// The day of a sentence's one assertion, "<several>" or "<none>".
std::string only_date(const char* sentence) {
  auto x = run(sentence, "2024-09-04");
  if (x.assertions.size() != 1) return "<several>";
  return x.assertions[0].date ? x.assertions[0].date->iso() : "<none>";
}

// "welcomes the ceasefire brokered on 12 August": the time of a participle
// after the act's object is that noun's, not the welcoming's.
TEST(FreshProse2, ReducedRelativeKeepsItsTime) {
  EXPECT_EQ(only_date("Georgia welcomes the ceasefire brokered on 12 August."), "2024-09-04");
  EXPECT_EQ(only_date("Japan condemned the missile test carried out on Sunday."), "2024-09-04");
}

// Nor is it the day of an act later in the sentence.
TEST(FreshProse2, ReducedRelativeDatesNoLaterAct) {
  auto x = run("Bogota rejected the decree signed on Tuesday and expelled two Venezuelan diplomats.", "2024-09-04");
  ASSERT_EQ(x.assertions.size(), 2u) << show(x);
  for (const auto& a : x.assertions) {
    ASSERT_TRUE(a.date.has_value()) << a.event_type;
    EXPECT_EQ(a.date->iso(), "2024-09-04") << a.event_type;
  }
}

TEST(FreshProse2, ClauseTimesStillDate) {
  // A subject's verb, or a relative clause's, is no participle of an object.
  auto y = run("Fighting stopped on Tuesday after Baku urged Yerevan to withdraw.", "2024-09-04");
  const auto* urged = first_of_type(y, "REQUEST");
  ASSERT_NE(urged, nullptr) << show(y);
  ASSERT_TRUE(urged->date.has_value());
  EXPECT_EQ(urged->date->iso(), "2024-09-03");
  EXPECT_EQ(only_date("The Georgian cabinet – which met Monday – condemned the raid."), "2024-09-02");
  EXPECT_EQ(only_date("Japan on Sunday condemned the missile test."), "2024-09-01");
  EXPECT_EQ(only_date("Japan condemned the missile test on Sunday."), "2024-09-01");
  // A participle with an agent between it and the time: the time is the act's.
  auto x = run("Israel struck depots used by Hezbollah on Friday.", "2024-09-04");
  const auto* strike = first_of_type(x, "ASSAULT");
  ASSERT_NE(strike, nullptr) << show(x);
  ASSERT_TRUE(strike->date.has_value());
  EXPECT_EQ(strike->date->iso(), "2024-08-30");
}

}  // namespace
}  // namespace sg::extract
