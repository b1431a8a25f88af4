// Refusals and abilities written with contracted or fused auxiliaries:
// "won't", "can't", "cannot" read as "will not" and "can not".
#include <gtest/gtest.h>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::fact;
using test::run;
using test::show;

TEST(Contractions, WontRefusesAsWillNotDoes) {
  auto x = run("Hungary won't approve the new sanctions package, its foreign minister said on Monday.");
  const Assertion* a = fact(x, "REJECT", "state/HU");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->modality, Modality::None) << show(x);
  EXPECT_FALSE(a->negated) << show(x);
}

TEST(Contractions, CannotAcceptIsARefusalNow) {
  for (const std::string s : {"Serbia cannot accept the independence of Kosovo.",
                              "Serbia can't accept the independence of Kosovo.",
                              "Serbia can not accept the independence of Kosovo."}) {
    auto x = run(s);
    const Assertion* a = fact(x, "REJECT", "state/RS");
    ASSERT_NE(a, nullptr) << s << show(x);
    EXPECT_EQ(a->modality, Modality::None) << s << show(x);
  }
}

// An un-negated "can" is a possibility, not an act: no factual deployment.
TEST(Contractions, CanWithoutNegationIsHypothetical) {
  auto x = run("Belarus can deploy troops to its border with Lithuania within days.");
  const Assertion* a = fact(x, "MOBILIZE", "state/BY");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->modality, Modality::Hypothetical) << show(x);
}

// A negated "can" of an act says what is not so now: no act, no refused
// plan ("Ukraine cannot defend itself" rejects nothing), no threat.
TEST(Contractions, CannotOfAnActIsNoActNoRefusalNoThreat) {
  for (const std::string s : {"The rebels cannot capture the city without air cover.",
                              "Armenia can't defend the corridor on its own, the analyst wrote.",
                              "Venezuela cannot attack Guyana."}) {
    auto x = run(s);
    for (const auto& a : x.assertions) {
      EXPECT_NE(a.event_type, "REJECT") << s << show(x);
      EXPECT_NE(a.event_type, "THREATEN") << s << show(x);
      EXPECT_TRUE(a.event_type == "STATEMENT" || a.negated) << s << show(x);
    }
  }
}

}  // namespace
}  // namespace sg::extract
