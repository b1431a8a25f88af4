// Fights, advances and seizures by armed forces and armed groups as wire
// news and think tanks write them, beyond the ISW style the rules first
// read: clashes that break out between two sides, groups named by who backs
// them, a subject with a "with" phrase before its verb, forces that make
// advances, and "the army" that is a state's. Each pattern has sentences
// where it must act and ones where it must not; the sentences are written
// for these tests.
#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::fact;
using test::of_type;
using test::run;
using test::show;

// Where the first act of `type` by `actor` in `text` took place: its
// location, "" when it has none, "<no act>" when there is no such act.
std::string place_of(const std::string& text, const std::string& type, const std::string& actor) {
  auto x = run(text, "2024-05-20");
  const Assertion* a = fact(x, type, actor);
  return a ? a->location : "<no act>";
}

// "Clashes broke out on Tuesday between A and B": the noun's verb of
// outbreak and a phrase of time or place stand between the noun and its
// "between"; both sides act.
TEST(ArmedActs, OutbreakBetweenTwoSidesMakesBothActors) {
  auto x = run("Heavy clashes broke out on Tuesday between the Arakan Army and Myanmar troops near Sittwe.",
               "2024-05-20");
  const Assertion* a = fact(x, "ASSAULT", "org/arakan-army");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(test::has(a->actors, "org/mm-forces")) << show(x);
  EXPECT_EQ(a->location, "place/sittwe");
  ASSERT_TRUE(a->date.has_value());
  EXPECT_EQ(a->date->iso(), "2024-05-14");

  auto y = run("Fighting erupted in Marib between Houthi fighters and Yemeni troops.", "2024-05-20");
  a = fact(y, "ASSAULT", "org/houthi-forces");
  ASSERT_NE(a, nullptr) << show(y);
  EXPECT_TRUE(test::has(a->actors, "org/ye-forces")) << show(y);

  auto z = run("Clashes began in the early hours of May 14 between Fano militiamen and Ethiopian troops.",
               "2024-05-20");
  a = fact(z, "ASSAULT", "org/et-forces");
  ASSERT_NE(a, nullptr) << show(z);
  EXPECT_EQ(a->actors.size(), 2u) << show(z);
}

// Any event noun of several parties reads so: talks that resume are a meeting.
TEST(ArmedActs, OutbreakOfTalksIsAMeeting) {
  auto x = run("Talks resumed in Nairobi between Ethiopia and Eritrea.", "2024-05-20");
  const Assertion* a = fact(x, "CONSULT", "state/ET");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_TRUE(test::has(a->actors, "state/ER")) << show(x);
}

// Not after a verb that says the act ended ("broke down": no preposition or
// day follows the verb), not across a comma into another clause, not a
// noun that names no act ("tensions"), and no act by the fallen.
TEST(ArmedActs, NoOutbreakWhereTheWordsSayOtherwise) {
  auto x = run("Talks broke down on Monday between Ethiopia and Eritrea.", "2024-05-20");
  EXPECT_TRUE(of_type(x, "CONSULT").empty()) << show(x);
  auto y = run("Tensions rose on Monday between Armenia and Azerbaijan.", "2024-05-20");
  EXPECT_TRUE(of_type(y, "ASSAULT").empty()) << show(y);
  auto z = run("Clashes erupted in Aden, and talks between Saudi Arabia and Iran continued.", "2024-05-20");
  EXPECT_EQ(fact(z, "ASSAULT", "state/SA"), nullptr) << show(z);
  auto u = run("Clashes erupted on Monday after talks between Sudan and South Sudan failed.", "2024-05-20");
  EXPECT_EQ(fact(u, "ASSAULT", "state/SS"), nullptr) << show(u);
  auto w = run("Ukrainian troops were killed near Bakhmut.", "2024-05-20");
  EXPECT_EQ(fact(w, "ASSAULT", "org/ua-forces"), nullptr) << show(w);
  auto v = run("The city was retaken on Friday.", "2024-05-20");
  EXPECT_TRUE(of_type(v, "ADVANCE").empty()) << show(v);
}

// "Al Qaeda- and IS-linked militants": two sponsors share one participle, the
// first with a hanging dash; the group is one, named by both, and no
// sponsor is its actor.
TEST(ArmedActs, TwoSponsorsShareOneParticiple) {
  auto x = run("JNIM- and ISSP-linked militants attacked an army post near Djibo on Sunday.", "2024-05-20");
  const Assertion* a = fact(x, "ASSAULT", "group/jnim-and-issp-linked-militants");
  ASSERT_NE(a, nullptr) << show(x);
  EXPECT_EQ(a->actors.size(), 1u) << show(x);

  auto y = run("Russian– and Iranian-backed militias shelled a village in Deir ez-Zor province.", "2024-05-20");
  ASSERT_NE(fact(y, "ASSAULT", "group/russian-and-iranian-backed-militias"), nullptr) << show(y);
  EXPECT_EQ(fact(y, "ASSAULT", "state/RU"), nullptr) << show(y);
}

// An acronym no list holds, glued to the hyphen, is a sponsor too.
TEST(ArmedActs, AcronymSponsor) {
  auto x = run("IS-linked militants attacked a checkpoint near Tillaberi.", "2024-05-20");
  ASSERT_NE(fact(x, "ASSAULT", "group/is-linked-militants"), nullptr) << show(x);
}

// "Colombian soldiers with air support attacked": a "with" phrase after the
// subject, ending in a common noun, before a verb of the past; a phrase
// inside it ("with support from the air force") too.
TEST(ArmedActs, WithPhraseBetweenSubjectAndVerb) {
  for (const char* s : {"Colombian soldiers with air support attacked an ELN camp in Arauca.",
                        "Colombian soldiers with support from the air force attacked an ELN camp in Arauca."}) {
    auto x = run(s, "2024-05-20");
    EXPECT_NE(fact(x, "ASSAULT", "org/co-forces"), nullptr) << s << show(x);
  }
  auto y = run("Fano militiamen with ties to the regional special forces ambushed an Ethiopian convoy near Bahir Dar.",
               "2024-05-20");
  EXPECT_NE(fact(y, "ASSAULT", "group/fano-militiamen", "state/ET"), nullptr) << show(y);
}

// A noun of the phrase that is also a verb is none there: in "with links to
// the separatist rebel coalition attacked", "rebel" is no protest.
TEST(ArmedActs, WordInsideTheWithPhraseIsNoVerb) {
  auto x = run("Kurdish fighters with links to the separatist rebel coalition attacked a base near Kirkuk.",
               "2024-05-20");
  EXPECT_TRUE(of_type(x, "PROTEST").empty()) << show(x);
}

// "made significant advances in central Ukraine": forces that make advances
// gain ground wherever the phrase places them; a word of degree may stand in
// a verb's phrase ("took full control of").
TEST(ArmedActs, ForcesMakeAdvances) {
  EXPECT_EQ(place_of("Ukrainian forces made advances in central Ukraine.", "ADVANCE", "org/ua-forces"),
            "place/central-ukraine");
  EXPECT_EQ(place_of("The Malian army made rapid advances toward Kidal.", "ADVANCE", "org/ml-forces"), "place/kidal");
  EXPECT_EQ(place_of("The Houthis took full control of the port of Hodeidah.", "ADVANCE", "org/houthis"),
            "place/hudaydah");
}

// Advances in a field, or a state's, are no ground gained.
TEST(ArmedActs, AdvancesInAFieldAreNoAdvance) {
  auto x = run("Researchers made significant advances in drone technology. China made rapid advances in shipbuilding.",
               "2024-05-20");
  EXPECT_TRUE(of_type(x, "ADVANCE").empty()) << show(x);
}

// "cleared the RSF from the capital, Khartoum,": a noun for a place, a comma
// and a listed place set off by another comma or the end place the act
// there, as "from Khartoum" would.
TEST(ArmedActs, PlaceSetOffAfterANounForPlaces) {
  EXPECT_EQ(place_of("Somali troops cleared al-Shabaab from the port city, Kismayo, on Friday.", "ADVANCE",
                     "org/so-forces"),
            "place/kismayo");
  EXPECT_EQ(place_of("JNIM attacked a base in the capital, Bamako, on Monday.", "ASSAULT", "org/jnim"), "place/bamako");
}

// A state after the comma is no place of that kind: it speaks.
TEST(ArmedActs, StateAfterTheCommaStillSpeaks) {
  auto x = run("Fighting continued in the area, Russia said.", "2024-05-20");
  EXPECT_NE(fact(x, "STATEMENT", "state/RU"), nullptr) << show(x);
}

// "the army" stands for a state's forces named before, never for an armed
// group of no state that was the last subject ("The RSF denied ...").
TEST(ArmedActs, TheArmyIsAStatesForce) {
  auto x = run("The Sudanese army shelled Omdurman on Monday. The RSF denied the claim. The army then made "
               "significant advances in central Sudan.",
               "2024-05-20");
  EXPECT_NE(fact(x, "ADVANCE", "org/sd-forces"), nullptr) << show(x);
  EXPECT_EQ(fact(x, "ADVANCE", "org/rsf"), nullptr) << show(x);
  auto y = run("The RSF attacked a camp near Kassala. The army made significant gains near Kassala.", "2024-05-20");
  EXPECT_TRUE(of_type(y, "ADVANCE").empty()) << show(y);
}

}  // namespace
}  // namespace sg::extract
