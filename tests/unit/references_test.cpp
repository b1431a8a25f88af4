// Definite descriptions ("the ministry", "the army") that stand for a body
// named by the same head noun earlier in their own sentence. The sentences
// are written for these tests.
#include <gtest/gtest.h>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::of_type;
using test::run;
using test::show;

// "X's defence ministry rejected the claims, the ministry said": the ministry
// that speaks is the one the sentence names, not the one of the sentence
// before, which the paragraph's memory of heads would give.
TEST(SameHeadReference, TheBodyOfItsOwnSentenceBeforeAnEarlierOne) {
  auto x = run("Kenya's defence ministry denounced the raid. Somalia's defence ministry rejected the claims, the "
               "ministry said on Monday.",
               "2024-03-04");
  auto statements = of_type(x, "STATEMENT");
  ASSERT_EQ(statements.size(), 1u) << show(x);
  EXPECT_EQ(statements[0]->actors, std::vector<std::string>({"org/so-mod"})) << show(x);
  auto rejections = of_type(x, "REJECT");
  ASSERT_EQ(rejections.size(), 1u) << show(x);
  EXPECT_EQ(rejections[0]->attributed_to, std::vector<std::string>({"org/so-mod"})) << show(x);
}

TEST(SameHeadReference, AForceNamedInTheSentenceSpeaksForItsContent) {
  auto x = run("The Sudanese army shelled Omdurman. The Chadian army rejected the accusations, the army said.",
               "2024-03-04");
  auto statements = of_type(x, "STATEMENT");
  ASSERT_EQ(statements.size(), 1u) << show(x);
  EXPECT_EQ(statements[0]->actors, std::vector<std::string>({"org/td-forces"})) << show(x);
}

// With nothing of that head in its own sentence, the description still
// stands for the last body of that head in the text.
TEST(SameHeadReference, AnEarlierSentencesBodyWhenItsOwnNamesNone) {
  auto x = run("Kenya's defence ministry denounced the raid. The ministry later summoned Somalia's ambassador.",
               "2024-03-04");
  auto protests = of_type(x, "PROTEST");
  ASSERT_EQ(protests.size(), 1u) << show(x);
  EXPECT_EQ(protests[0]->actors, std::vector<std::string>({"org/ke-mod"})) << show(x);
}

// After the content it reports, the description stands only for the
// content's first subject: in "engineers reached the dam after the Iraqi
// army withdrew, the army said" the army that speaks need not be Iraq's.
TEST(SameHeadReference, NotANameInsideTheContentAfterItsFirstSubject) {
  auto x = run("Turkish engineers reached the dam after the Iraqi army withdrew from it, the army said.",
               "2024-03-04");
  for (const auto* a : of_type(x, "STATEMENT"))
    EXPECT_NE(a->actors, std::vector<std::string>({"org/iq-forces"})) << show(x);
  for (const auto& a : x.assertions)
    EXPECT_NE(a.attributed_to, std::vector<std::string>({"org/iq-forces"})) << show(x);
}

}  // namespace
}  // namespace sg::extract
