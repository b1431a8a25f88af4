// A place's one-word name that ends a person's name ("Abdi Farah", "Ahmed
// Kabul"): a surname, not a place that acts. The sentences are written for
// these tests.
#include <gtest/gtest.h>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::first_of_type;
using test::run;
using test::show;
using V = std::vector<std::string>;

// Before, "Ahmed Kabul, a Hamas official, rejected the plan" was a
// rejection by Afghanistan, its capital standing for it.
TEST(PlaceSurnames, APlaceAfterAFirstNameInAnApposition) {
  auto x = run("Ahmed Kabul, a Hamas official, rejected the plan.", "2024-05-14");
  const auto* a = first_of_type(x, "REJECT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"person/ahmed-kabul"})) << show(x);
  x = run("Abdi Farah, a senior official of the Jubaland administration, accused Somalia of blocking aid.",
          "2024-05-14");
  a = first_of_type(x, "ACCUSE");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"person/abdi-farah"})) << show(x);
}

TEST(PlaceSurnames, APlaceAfterAFirstNameAfterATitle) {
  auto x = run("Hamas official Ahmed Kabul rejected the plan.", "2024-05-14");
  const auto* a = first_of_type(x, "REJECT");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors, V({"person/ahmed-kabul"})) << show(x);
}

// A place stays a place after a word of the dictionary, after an entity,
// and in a list.
TEST(PlaceSurnames, NotAfterADictionaryWordOrInAList) {
  auto x = run("Taliban forces entered Kabul on Sunday.", "2024-05-14");
  const auto* a = first_of_type(x, "ADVANCE");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->location, "place/kabul") << show(x);
  x = run("Qatari mediators met Hamas leaders in Doha and Kabul.", "2024-05-14");
  for (const auto& e : x.entities) EXPECT_EQ(e.key.find("person/"), std::string::npos) << show(x);
}

}  // namespace
}  // namespace sg::extract
