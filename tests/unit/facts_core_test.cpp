// Facts the extractor used to miss entirely (type, actor, modality): each
// pattern of English with sentences that must give the fact and sentences
// that must not. The sentences are written for these tests, from other
// conflicts than the ones the patterns were seen in.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::run;
using test::show;

// An assertion of that type by that actor with that modality, not negated.
bool has(const Extraction& x, const std::string& type, const std::string& actor, Modality modality = Modality::None) {
  return std::any_of(x.assertions.begin(), x.assertions.end(), [&](const Assertion& a) {
    return a.event_type == type && !a.negated && a.modality == modality &&
           std::find(a.actors.begin(), a.actors.end(), actor) != a.actors.end();
  });
}

bool has_type(const Extraction& x, const std::string& type) {
  return std::any_of(x.assertions.begin(), x.assertions.end(), [&](const Assertion& a) { return a.event_type == type; });
}

// "allow the return of X": the head of the object is "return", which the
// `allow` RETREAT row (086, letting observers or aid in) lists; said of the
// speaker's own future act it is a promise, an AGREE made now.
TEST(FactsCore, AllowingTheReturnOfMonitorsIsAPromise) {
  auto x = run("Serbia said it would allow the return of OSCE monitors to the border crossings.");
  EXPECT_TRUE(has(x, "AGREE", "state/RS")) << show(x);
  EXPECT_TRUE(has(x, "RETREAT", "state/RS", Modality::Planned)) << show(x);

  auto y = run("The Syrian government will allow the return of UN inspectors next month.");
  EXPECT_TRUE(has(y, "AGREE", "org/sy-government")) << show(y);
}

// Allowing anything else back ("the return of the old system") is no
// yielding to another: the head is "return" only when it is the object.
TEST(FactsCore, AllowingWhatIsNoReturnStaysUntyped) {
  auto x = run("Serbia said it would allow the old tariffs to lapse.");
  EXPECT_FALSE(has_type(x, "RETREAT")) << show(x);
  EXPECT_FALSE(has_type(x, "AGREE")) << show(x);
}

// "return the rifles taken last month": a passive participle followed by a
// time ends the object, whose head is then the noun before it ("rifles"),
// not the time's noun ("month").
TEST(FactsCore, ParticipleWithATimeEndsTheObject) {
  auto x = run("Hamas said it will return the weapons taken last month from the Egyptian guards.");
  EXPECT_TRUE(has(x, "AGREE", "org/hamas")) << show(x);
  EXPECT_TRUE(has(x, "RETREAT", "org/hamas", Modality::Planned)) << show(x);
}

// The noun before the participle decides: letters are no property the
// `return` row lists, so returning them is no RETREAT and no promise.
TEST(FactsCore, ParticipleWithATimeKeepsTheNounBeforeIt) {
  auto x = run("Hamas said it will return the letters written last month to the Egyptian guards.");
  EXPECT_FALSE(has_type(x, "RETREAT")) << show(x);
  EXPECT_FALSE(has_type(x, "AGREE")) << show(x);
}

// A cleric's rank before a name introduces a person, as "Ayatollah" does:
// "Archbishop X called for", "Chief Rabbi X condemned".
TEST(FactsCore, ClericalRankIntroducesAPerson) {
  auto x = run("Archbishop Thabo Makgoba on Sunday called for sanctions against Eswatini.");
  EXPECT_TRUE(has(x, "REQUEST", "person/thabo-makgoba")) << show(x);
  auto y = run("Chief Rabbi Ephraim Mirvis condemned the attack on the synagogue in Manchester.");
  EXPECT_TRUE(has(y, "ACCUSE", "person/ephraim-mirvis")) << show(y);
}

// The rank alone names nobody: "the Cardinal" is no actor.
TEST(FactsCore, ClericalRankAloneIsNoActor) {
  auto x = run("The Cardinal condemned the attack on the church.");
  EXPECT_FALSE(has_type(x, "ACCUSE")) << show(x);
}

// "voted against the bill": opposing a proposal, a REJECT (120, as
// "oppose"); a negation is kept.
TEST(FactsCore, VotingAgainstIsARejection) {
  auto x = run("The Greek parliament voted against the bill on Tuesday.");
  EXPECT_TRUE(has(x, "REJECT", "org/gr-parliament")) << show(x);
  auto y = run("Hungary did not vote against the sanctions package.");
  EXPECT_FALSE(has(y, "REJECT", "state/HU")) << show(y);
}

// "against" elsewhere in the clause is no vote against: "voted on a
// resolution against the war" rejects nothing.
TEST(FactsCore, AgainstAfterTheVotesObjectIsNoRejection) {
  auto x = run("Hungary voted on the resolution against the war.");
  EXPECT_FALSE(has_type(x, "REJECT")) << show(x);
}

}  // namespace
}  // namespace sg::extract
