// The judged act named again (issue 20): a condemnation, protest, rejection
// or sanction whose object is "the", "this" or "that" and an event noun with
// no owner ("condemned the launch") is aimed at the actor of the act an
// earlier sentence of the report told ("Iran fired three missiles"). The
// sentences are written for these tests; none comes from a test set.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::run;
using test::show;

// The targets of the assertion of that type by that actor; fails when none.
std::vector<std::string> targets_of(const Extraction& x, const std::string& type, const std::string& actor) {
  for (const auto& a : x.assertions)
    if (a.event_type == type && std::find(a.actors.begin(), a.actors.end(), actor) != a.actors.end()) return a.targets;
  ADD_FAILURE() << "no " << type << " by " << actor << "; got:" << show(x);
  return {};
}

using V = std::vector<std::string>;

TEST(RenamedAct, LaunchNamesTheFiring) {
  auto x = run("Iran fired three ballistic missiles into the sea on Sunday. Israel condemned the launch.", "2025-06-20");
  EXPECT_EQ(targets_of(x, "ACCUSE", "state/IL"), V{"state/IR"}) << show(x);
}

TEST(RenamedAct, ArrestNamesTheArrestAcrossAParagraph) {
  auto x = run("Russian forces arrested two journalists in Kherson on Monday.\n\n"
               "Ukraine condemned the arrest as illegal.",
               "2025-06-20");
  EXPECT_EQ(targets_of(x, "ACCUSE", "state/UA"), V{"org/ru-forces"}) << show(x);
}

TEST(RenamedAct, DealNamesTheSigningWithAllItsParties) {
  auto x = run("Serbia and Hungary signed a gas deal in Budapest on Tuesday. Croatia called the deal illegal.",
               "2025-06-20");
  EXPECT_EQ(targets_of(x, "REJECT", "state/HR"), (V{"state/HU", "state/RS"})) << show(x);
}

TEST(RenamedAct, SeizureNamesTheSeizing) {
  auto x = run("Iran seized a Greek oil tanker in the Gulf of Oman on Friday. Greece protested the seizure.",
               "2025-06-20");
  EXPECT_EQ(targets_of(x, "PROTEST", "state/GR"), V{"state/IR"}) << show(x);
}

// Refusals.

TEST(RenamedAct, NotWhenTheNounHasAnOwner) {
  auto x = run("Iran fired three ballistic missiles into the sea on Sunday. "
               "Israel condemned the launch of Russia's new satellite.",
               "2025-06-20");
  EXPECT_EQ(targets_of(x, "ACCUSE", "state/IL"), V{"state/RU"}) << show(x);
}

TEST(RenamedAct, NotWhenTheActIsTooFarBack) {
  auto x = run("Iran fired three ballistic missiles into the sea on Sunday. Oil prices rose. Markets fell. "
               "Traders were nervous. Analysts were cautious. Israel condemned the launch.",
               "2025-06-20");
  EXPECT_EQ(targets_of(x, "ACCUSE", "state/IL"), V{}) << show(x);
}

TEST(RenamedAct, NotInAnotherReport) {
  auto first = run("Iran fired three ballistic missiles into the sea on Sunday.", "2025-06-20");
  auto second = run("Israel condemned the launch.", "2025-06-20");
  EXPECT_EQ(targets_of(second, "ACCUSE", "state/IL"), V{}) << show(second);
}

TEST(RenamedAct, NotTheJudgesOwnAct) {
  auto x = run("Turkey signed a gas deal with Libya on Monday. "
               "Turkish President Recep Tayyip Erdogan called the deal historic and illegal.",
               "2025-06-20");
  EXPECT_EQ(targets_of(x, "REJECT", "person/recep-tayyip-erdogan"), V{}) << show(x);
}

TEST(RenamedAct, NotANounNoEarlierActNames) {
  auto x = run("Thousands of protesters marched in Tbilisi on Sunday. The EU condemned the violence.", "2025-06-20");
  EXPECT_EQ(targets_of(x, "ACCUSE", "org/eu"), V{}) << show(x);
}

TEST(RenamedAct, NotAnActThatWasDenied) {
  auto x = run("Iran did not fire missiles into the sea on Sunday. Israel condemned the launch.", "2025-06-20");
  EXPECT_EQ(targets_of(x, "ACCUSE", "state/IL"), V{}) << show(x);
}

TEST(RenamedAct, NotAnActOfAnotherKind) {
  // A signing is no attack.
  auto x = run("Qatar signed a deal with Hamas on Monday. Egypt condemned the attack.", "2025-06-20");
  EXPECT_EQ(targets_of(x, "ACCUSE", "state/EG"), V{}) << show(x);
}

}  // namespace
}  // namespace sg::extract
