// A participle after its noun with an adjunct and no agent (a reduced
// relative: "Kenyan troops deployed on Monday attacked ..."): no clause of
// its own; the noun is the subject of the finite verb after it. The
// sentences are written for these tests.
#include <gtest/gtest.h>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::first_of_type;
using test::of_type;
using test::run;
using test::show;
using V = std::vector<std::string>;

TEST(ReducedRelatives, TheVerbAfterTheParticipleIsTheAct) {
  auto x = run("Kenyan troops deployed on Monday attacked al-Shabaab positions near Kismayo.", "2024-05-14");
  const auto* a = first_of_type(x, "ASSAULT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"org/ke-forces"})) << show(x);
  EXPECT_EQ(a->targets, V({"org/al-shabaab"})) << show(x);
  EXPECT_EQ(a->modality, Modality::None) << show(x);
  // The participle tells no deployment by the troops.
  EXPECT_TRUE(of_type(x, "MOBILIZE").empty()) << show(x);
  x = run("Malian soldiers deployed to Kidal seized the town.", "2024-05-14");
  a = first_of_type(x, "ADVANCE");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"org/ml-forces"})) << show(x);
  EXPECT_EQ(a->modality, Modality::None) << show(x);
  EXPECT_TRUE(of_type(x, "MOBILIZE").empty()) << show(x);
}

// Not where the words between give the later verb a subject of its own, a
// clause of time, or an infinitive.
TEST(ReducedRelatives, NotAcrossASubjectAClauseOfTimeOrAnInfinitive) {
  auto x = run("Ukraine reported on Monday Russian forces attacked Kharkiv.", "2024-05-14");
  for (const auto* a : of_type(x, "ASSAULT")) EXPECT_EQ(a->actors, V({"org/ru-forces"})) << show(x);
  x = run("The Serbian prime minister resigned on Sunday as protesters blocked the main roads.", "2024-05-14");
  EXPECT_FALSE(of_type(x, "RETREAT").empty()) << show(x);
  x = run("Moscow threatened on Friday to cut gas supplies to Chisinau.", "2024-05-14");
  const auto* t = first_of_type(x, "THREATEN");
  ASSERT_NE(t, nullptr) << show(x);
  EXPECT_EQ(t->actors, V({"state/RU"})) << show(x);
}

// Nor where the later verb takes no object: "the city captured last week"
// is a participle of its own.
TEST(ReducedRelatives, NotBeforeAVerbWithoutAnObject) {
  auto x = run("The ceasefire agreed in March collapsed on Friday.", "2024-05-14");
  for (const auto& a : x.assertions) EXPECT_NE(a.event_type, "ASSAULT") << show(x);
  x = run("Sudanese troops moved into the city captured last week.", "2024-05-14");
  for (const auto* a : of_type(x, "ADVANCE")) EXPECT_NE(a->topic, "last week") << show(x);
  // The move only: the troops capture nothing last week.
  EXPECT_EQ(of_type(x, "ADVANCE").size(), 1u) << show(x);
  // "deployed in March withdrew on Friday": the withdrawal takes no object,
  // so the deployment stays a clause of its own and no withdrawal is read
  // off the participle's subject.
  x = run("Kenyan troops deployed in March withdrew on Friday.", "2024-05-14");
  EXPECT_EQ(of_type(x, "MOBILIZE").size(), 1u) << show(x);
  EXPECT_TRUE(of_type(x, "RETREAT").empty()) << show(x);
}

}  // namespace
}  // namespace sg::extract
