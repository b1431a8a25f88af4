// The cues that decide an event's type from the words around its verb: an
// adverb in the verb group, a demand said again, an ultimatum, the object of
// "expel", newswire's "said here". The sentences are written for these
// tests; none comes from a report the rules were written on.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::run;

// The assertions of that type, as one line each for a failure message.
std::vector<std::string> typed(const Extraction& x, const std::string& type) {
  std::vector<std::string> out;
  for (const auto& a : x.assertions) {
    if (a.event_type != type) continue;
    std::string s;
    for (const auto& k : a.actors) s += " actor=" + k;
    for (const auto& k : a.targets) s += " target=" + k;
    if (a.negated) s += " negated";
    if (a.modality != Modality::None) s += " modality=" + std::string(to_string(a.modality));
    out.push_back(s);
  }
  return out;
}

bool has(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

TEST(StanceCues, OutrightInTheVerbGroupIsAnAdverb) {
  auto x = run("Armenia has outright rejected the Azerbaijani peace proposal.", "2025-06-20");
  EXPECT_TRUE(has(typed(x, "REJECT"), " actor=state/AM target=state/AZ"));
}

TEST(StanceCues, SaidHereIsASpeechFrame) {
  // Newswire's "here" (where the report was filed) between the verb and its clause.
  auto x = run("Sergey Lavrov said here Thursday that Kyiv must accept the terms.", "2025-06-20");
  EXPECT_TRUE(has(typed(x, "REQUEST"), " actor=person/sergei-lavrov target=state/UA"));
  EXPECT_TRUE(has(typed(x, "STATEMENT"), " actor=person/sergei-lavrov"));
}

TEST(StanceCues, ADemandSaidAgainIsARequest) {
  auto x = run("Qatar reiterated its call on Israel to reopen the Rafah crossing.", "2025-06-20");
  EXPECT_TRUE(has(typed(x, "REQUEST"), " actor=state/QA target=state/IL"));
  // "reiterated" takes the demand as its object: no speech frame holds "its demand".
  x = run("Egypt reiterated its demand that Israel withdraw from the Philadelphi corridor.", "2025-06-20");
  EXPECT_TRUE(has(typed(x, "REQUEST"), " actor=state/EG target=state/IL"));
  EXPECT_TRUE(typed(x, "STATEMENT").empty());
  // A position said again is a statement, no demand.
  x = run("Russia reiterated its position that the talks are over.", "2025-06-20");
  EXPECT_TRUE(typed(x, "REQUEST").empty());
  EXPECT_TRUE(has(typed(x, "STATEMENT"), " actor=state/RU"));
}

TEST(StanceCues, AnActPromisedUnlessTheOtherSideActsIsAThreat) {
  auto x = run("Ethiopia said it would pull its troops out of Somalia unless Mogadishu paid their salaries.",
               "2025-06-20");
  EXPECT_TRUE(has(typed(x, "THREATEN"), " actor=state/ET"));
  EXPECT_TRUE(has(typed(x, "RETREAT"), " actor=state/ET modality=Conditional"));
  // The same act on an "if" is a plan on a condition, no threat.
  x = run("Ethiopia said it would pull its troops out of Somalia if Mogadishu asked.", "2025-06-20");
  EXPECT_TRUE(typed(x, "THREATEN").empty());
  // The act of the condition threatens nothing, nor does a third party's forecast.
  x = run("Burundi said it would boycott the summit unless Rwanda withdrew its troops.", "2025-06-20");
  EXPECT_EQ(typed(x, "THREATEN"), std::vector<std::string>{" actor=state/BI"});
  x = run("Analysts said Burundi would boycott the summit unless Rwanda withdrew its troops.", "2025-06-20");
  EXPECT_TRUE(typed(x, "THREATEN").empty());
}

TEST(StanceCues, AHostileActItsActorAnnouncesIsAThreat) {
  auto x = run("Turkey said it would impose sanctions on Israel.", "2025-06-20");
  EXPECT_TRUE(has(typed(x, "THREATEN"), " actor=state/TR target=state/IL"));
  EXPECT_TRUE(has(typed(x, "SANCTION"), " actor=state/TR target=state/IL modality=Planned"));
  // Not a refusal, not the narrator's account of a plan, not a third party's forecast.
  for (const char* s : {"Belgian farmers said they would not blockade the port of Antwerp.",
                        "Belgian farmers plan to blockade the port of Antwerp.",
                        "The Belgian police said the farmers would blockade the port of Antwerp."}) {
    x = run(s, "2025-06-20");
    EXPECT_TRUE(typed(x, "THREATEN").empty()) << s;
  }
  // A cooperative act announced is a promise, no threat.
  x = run("Turkey said it would send aid to Gaza.", "2025-06-20");
  EXPECT_TRUE(typed(x, "THREATEN").empty());
  EXPECT_TRUE(has(typed(x, "AGREE"), " actor=state/TR"));
}

TEST(StanceCues, ReducedAidOrSuppliesIsASanction) {
  auto x = run("Russia reduced gas supplies to Moldova.", "2025-06-20");
  EXPECT_TRUE(has(typed(x, "SANCTION"), " actor=state/RU"));
  x = run("Russia and Moldova reduced tensions.", "2025-06-20");
  EXPECT_TRUE(typed(x, "SANCTION").empty());
}

TEST(StanceCues, ConcludedThatReportsWhatWasFound) {
  auto x = run("The African Union concluded on Monday that Sudan must return to talks.", "2025-06-20");
  EXPECT_TRUE(has(typed(x, "STATEMENT"), " actor=org/au"));
  EXPECT_TRUE(has(typed(x, "REQUEST"), " actor=org/au target=state/SD"));
}

TEST(StanceCues, AnObligationOfAListTheActorOpens) {
  // The modal closes a list ("and the militias in Darfur") no gazetteer holds all of.
  auto x = run("Josep Borrell said that the Sudanese army and the militias in Darfur must lay down their arms.",
               "2025-06-20");
  EXPECT_TRUE(has(typed(x, "REQUEST"),
                  " actor=person/josep-borrell target=group/militias-in-darfur target=org/sd-forces"));
  x = run("The African Union concluded on Monday that Sudan and the other parties must return to talks.",
          "2025-06-20");
  EXPECT_TRUE(has(typed(x, "REQUEST"), " actor=org/au target=group/parties target=state/SD"));
  // Not a modal of another clause after the list's words.
  x = run("Sergey Lavrov said that Kyiv and its allies agreed Moscow must pay.", "2025-06-20");
  EXPECT_TRUE(typed(x, "REQUEST").empty());
}

TEST(StanceCues, ABoycottOfContactIsASanctionOfTalksARejection) {
  auto x = run("Iran boycotted all contacts with Britain.", "2025-06-20");
  EXPECT_TRUE(has(typed(x, "SANCTION"), " actor=state/IR target=state/GB"));
  x = run("Hamas boycotted the talks in Cairo.", "2025-06-20");
  EXPECT_TRUE(typed(x, "SANCTION").empty());
  EXPECT_TRUE(has(typed(x, "REJECT"), " actor=org/hamas"));
}

TEST(StanceCues, WhomAStateExpelsDecidesTheType) {
  // Diplomats, inspectors, peacekeepers: relations reduced (CAMEO 161, 166).
  auto x = run("Poland expelled three Belarusian diplomats.", "2025-06-20");
  EXPECT_TRUE(has(typed(x, "SANCTION"), " actor=state/PL target=group/belarusian-diplomats"));
  EXPECT_TRUE(typed(x, "COERCE").empty());
  x = run("Mali expelled the UN peacekeepers.", "2025-06-20");
  EXPECT_TRUE(has(typed(x, "SANCTION"), " actor=state/ML target=org/un"));
  // Other people: a deportation (CAMEO 174).
  x = run("Lebanon expelled 200 Syrian migrants.", "2025-06-20");
  EXPECT_TRUE(has(typed(x, "COERCE"), " actor=state/LB target=group/syrian-migrants"));
  EXPECT_TRUE(typed(x, "SANCTION").empty());
}

}  // namespace
}  // namespace sg::extract
