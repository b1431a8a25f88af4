// The owner of the judged or struck thing as the target: an act of
// judgement, protest, sanction, coercion or assault whose object is a thing
// or a people owned by the real target (a possessor, a state's adjective, an
// agent after "by", whom a thing was taken from, the owner after "of"). Each
// pattern with sentences where it gives the target and where it must not.
// The sentences are written for these tests; none comes from a test set.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::run;
using test::show;

struct Owned {
  const char* sentence;
  const char* type;
  const char* actor;   // one of the assertion's actors
  const char* target;  // one of its targets
};

// The assertion of that type by that actor, or nullptr.
const Assertion* find(const Extraction& x, const char* type, const char* actor) {
  for (const auto& a : x.assertions)
    if (a.event_type == type && std::find(a.actors.begin(), a.actors.end(), actor) != a.actors.end()) return &a;
  return nullptr;
}

bool targets(const Assertion* a, const char* key) {
  return a && std::find(a->targets.begin(), a->targets.end(), key) != a->targets.end();
}

class OwnerTarget : public ::testing::TestWithParam<Owned> {};

TEST_P(OwnerTarget, IsTheTarget) {
  const Owned& p = GetParam();
  auto x = run(p.sentence, "2025-06-20");
  EXPECT_TRUE(targets(find(x, p.type, p.actor), p.target))
      << p.sentence << "\nwant " << p.type << " by " << p.actor << " at " << p.target << "; got:" << show(x);
}

const Owned kOwned[] = {
    // A possessor after a complement put first.
    {"Greece on Monday condemned as a grave provocation Turkey's violation of its airspace.", "ACCUSE", "state/GR",
     "state/TR"},
    // What a complaint to a hearer is about.
    {"Ukraine complained to the OSCE on Friday over three Russian drone strikes.", "ACCUSE", "state/UA", "state/RU"},
    // The object of a protest's purpose.
    {"About 300 Kurdish students began a hunger strike to protest against Germany's ban on the party.", "PROTEST",
     "group/kurdish-students", "state/DE"},
    {"About 200 Tibetan activists began a hunger strike on Tuesday in protest at India's decision to deport their "
     "leader.",
     "PROTEST", "group/tibetan-activists", "state/IN"},
    // The agent after "by" of a judged act, with or without its participle.
    {"Hundreds of farmers began a hunger strike in protest against killings committed by Nigerian soldiers.",
     "PROTEST", "group/farmers", "org/ng-forces"},
    {"Kosovo opened an investigation into war crimes committed by Serbian paramilitary units.", "ACCUSE", "state/XK",
     "state/RS"},
    // People held or struck, past a count or a verb's particle, with the
    // states of the adjectives of a group.
    {"Turkish police detained more than 40 Syrians in Istanbul on Sunday.", "COERCE", "group/turkish-police",
     "state/SY"},
    {"Militiamen beat up two Ethiopian journalists in Mogadishu.", "ASSAULT", "group/militiamen", "state/ET"},
    {"Libyan militias tortured dozens of Eritrean and Somali migrants.", "ASSAULT", "group/libyan-militias",
     "state/ER"},
    {"Libyan militias tortured dozens of Eritrean and Somali migrants.", "ASSAULT", "group/libyan-militias",
     "state/SO"},
    {"Poland expelled three Belarusian diplomats on Friday.", "SANCTION", "state/PL", "state/BY"},
    // Whom a thing was taken from.
    {"Sudanese soldiers confiscated rifles and ammunition from Chadian herders.", "COERCE", "org/sd-forces",
     "state/TD"},
    // The owner after "of" of a thing or of people.
    {"Mali expelled observers of the Economic Community of West African States.", "SANCTION", "state/ML",
     "org/ecowas"},
    {"Human Rights Watch investigated the safety of 300 Filipino workers.", "ACCUSE", "org/hrw", "state/PH"},
    // A region's fighters, of the region's state.
    {"Chad accused Darfur rebels of attacking a border town.", "ACCUSE", "state/TD", "state/SD"},
    // A complaint that is the purpose of a summons is made to whom was summoned.
    {"Kenya summoned the Somali ambassador on Monday to complain of cross-border raids.", "ACCUSE", "state/KE",
     "state/SO"},
};

INSTANTIATE_TEST_SUITE_P(Phrasings, OwnerTarget, ::testing::ValuesIn(kOwned));

// Where no owner is named, the act keeps no target.
class NoOwnerTarget : public ::testing::TestWithParam<Owned> {};

TEST_P(NoOwnerTarget, HasNoSuchTarget) {
  const Owned& p = GetParam();
  auto x = run(p.sentence, "2025-06-20");
  const Assertion* a = find(x, p.type, p.actor);
  ASSERT_NE(a, nullptr) << p.sentence << "\nwant " << p.type << " by " << p.actor << "; got:" << show(x);
  if (*p.target)
    EXPECT_FALSE(targets(a, p.target)) << p.sentence << "\nwant no target " << p.target << "; got:" << show(x);
  else
    EXPECT_TRUE(a->targets.empty()) << p.sentence << "\nwant no target; got:" << show(x);
}

const Owned kNoOwner[] = {
    // A complement first, but no possessor after it.
    {"Greece denounced as an insult the remarks of the minister.", "ACCUSE", "state/GR", ""},
    // The hearer is no target, and nothing is said to be complained of.
    {"Ukraine complained to the OSCE on Friday.", "ACCUSE", "state/UA", ""},
    // A protest at something nobody owns.
    {"Hundreds of farmers began a hunger strike in protest at low wages.", "PROTEST", "group/farmers", ""},
    // The noun phrase ends at a participle: the prisoners are not questioned.
    {"France asked to question suspects held after the escape of ten Hamas prisoners.", "ACCUSE", "state/FR",
     "org/hamas"},
    // Taken from a place, not from anyone (and "from" names no place the
    // act is aimed at: place_aimed_at() reads "in", "near", "around").
    {"Kenyan police confiscated weapons from Garissa.", "COERCE", "group/kenyan-police", ""},
    // After "of" of a noun, a state's adjective owns the thing after it.
    {"The United States imposed sanctions on buyers of Iranian oil.", "SANCTION", "state/US", "state/IR"},
    // Urged to condemn: the one urged condemns, and is no target of it.
    {"Russia urged Armenia to condemn the attack.", "ACCUSE", "state/AM", ""},
    // Where a company is based is not whose it is.
    {"The European Union sanctioned three Turkey-based companies.", "SANCTION", "org/eu", "state/TR"},
    // A force's own state's people are no target of its own.
    {"Israeli troops arrested 20 Israeli settlers near Hebron.", "COERCE", "org/il-forces", "state/IL"},
    {"The Sudanese government accused Darfur rebels of attacking a convoy.", "ACCUSE", "org/sd-government",
     "state/SD"},
};

INSTANTIATE_TEST_SUITE_P(Refusals, NoOwnerTarget, ::testing::ValuesIn(kNoOwner));

}  // namespace
}  // namespace sg::extract
