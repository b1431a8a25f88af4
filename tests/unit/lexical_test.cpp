// The lexicon rules: clauses read with the trigger lexicon. Passives,
// appositions, participles, infinitives, light verbs, nouns read as verbs
// and guard phrases, each on a sentence of our own.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/clauses.h"
#include "extract/resources.h"
#include "test_support.h"

namespace sg::extract {
namespace {

using test::of_type;
using test::run;
using V = std::vector<std::string>;

// The actors of the one assertion of that type the sentence gives; none
// when it gives no such assertion or several.
V sole_actors(const std::string& sentence, const std::string& type) {
  auto x = run(sentence, "2025-03-31");
  auto a = of_type(x, type);
  return a.size() == 1 ? a[0]->actors : V{};
}

// ClauseReader::shape() keeps a summary of each word's WordNet readings;
// what it says must be what the readings say, the first time and from the
// memo after.
TEST(Lexical, AWordsShapeIsWhatItsReadingsSay) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  const RuleSet& rules = res->rules;
  const ClauseReader reader(rules);
  const std::vector<std::string> words = {"rebuffs", "reclaimed", "double", "cutting", "began", "taken", "sanctions",
                                          "militiamen", "quickly", "larger", "bed", "the", "xyzzy", "attacked",
                                          "strikes", "meeting", "protest", "being"};
  for (int pass = 0; pass < 2; ++pass)
    for (const auto& w : words) {
      std::vector<WordReading> readings;
      rules.morphology.analyze(w, readings);
      WordShape expected;
      bool verb_seen = false;
      for (const auto& r : readings) {
        expected.forms[static_cast<int>(r.word_class)] |= static_cast<std::uint8_t>(1u << static_cast<int>(r.form));
        if (r.word_class == WordClass::Verb && !verb_seen) expected.first_verb = r.form;
        verb_seen |= r.word_class == WordClass::Verb;
      }
      const WordShape& got = reader.shape(w);
      for (int c = 0; c < 4; ++c) EXPECT_EQ(got.forms[c], expected.forms[c]) << w << " class " << c;
      if (verb_seen) {
        EXPECT_EQ(got.first_verb, expected.first_verb) << w;
      }
      EXPECT_EQ(got.any(WordClass::Verb), verb_seen) << w;
    }
}

TEST(Lexical, APassiveTakesItsActorFromBy) {
  auto x = run("Iran was sanctioned by the European Union on May 3.", "2025-05-04");
  auto s = of_type(x, "SANCTION");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0]->actors, V({"org/eu"}));
  EXPECT_EQ(s[0]->targets, V({"state/IR"}));
  ASSERT_TRUE(s[0]->date);
  EXPECT_EQ(s[0]->date->iso(), "2025-05-03");
}

TEST(Lexical, AnAgentlessPassiveIsNeverReadAsActive) {
  auto x = run("Wagner fighters were killed in an ambush in northern Mali.");
  for (const auto& a : x.assertions)
    EXPECT_FALSE(a.event_type == "ASSAULT" && !a.actors.empty() && a.actors[0] == "org/wagner") << a.rule;
}

// "A convoy ... was ambushed by X": a subject that names no actor leaves
// the passive its agent; a name that modifies the noun after "by" is none.
TEST(Lexical, APassiveWithAnUnnamedSubjectStillHasItsAgent) {
  auto x = run("A food convoy near Goma was ambushed by M23 fighters on Tuesday.", "2025-05-08");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"org/m23"}));
  EXPECT_TRUE(a[0]->targets.empty());
  // No agent: nobody acts.
  auto agentless = run("A food convoy near Goma was ambushed on Tuesday.");
  EXPECT_TRUE(of_type(agentless, "ASSAULT").empty());
  // "by US sanctions": the sanctions act, not the United States.
  auto sanctions = run("A fuel depot near Minsk was hit by US sanctions last year.");
  EXPECT_TRUE(of_type(sanctions, "ASSAULT").empty());
  // "the U.N. war crimes court": a body of the UN's, named in lower case
  // after it (Chunker::owned_bodies), acts.
  EXPECT_EQ(sole_actors("The general was indicted by the U.N. war crimes court.", "COERCE"),
            V({"org/u-n-war-crimes-court"}));
}

// "Hezbollah guerrillas", "U.N. helicopters": the members act for the body.
TEST(Lexical, FightersAndMachinesOfABodyActForIt) {
  EXPECT_EQ(sole_actors("Hezbollah guerrillas shelled an army post near Marjayoun.", "ASSAULT"), V({"org/hezbollah"}));
  EXPECT_EQ(sole_actors("Israeli army bulldozers attacked a farm near Rafah.", "ASSAULT"), V({"org/il-forces"}));
}

TEST(Lexical, TheSubjectAcrossAnApposition) {
  auto x = run("The Kremlin, citing national security, condemned the Estonian decision.");
  auto a = of_type(x, "ACCUSE");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"org/kremlin"}));
}

// The subject restated after its apposition is there for what reads
// subjects later: a verb coordinated with the first, and a pronoun in what
// the subject says.
TEST(Lexical, AnAppositionKeepsTheSubjectForWhatFollows) {
  EXPECT_EQ(sole_actors("Ghana and Peru, the two mediating states, voiced concern and urged the rebels to disarm.",
                        "REQUEST"),
            V({"state/GH", "state/PE"}));
  // "it" in the content is the union, which gives way.
  EXPECT_EQ(sole_actors("Hamas, the movement that rules the strip, said on Monday that it had called off a general "
                        "strike.",
                        "CONCEDE"),
            V({"org/hamas"}));
  // Not a coordinated noun: "regret and concern" stays the object.
  auto x = run("Ghana and Peru, the two mediating states, voiced regret and concern over the clashes.");
  EXPECT_TRUE(of_type(x, "REQUEST").empty());
}

// A trigger's object cue reads the noun before a time phrase, not one in it:
// calling off a strike gives way (CONCEDE), calling off talks cuts them
// (SANCTION), whatever the phrase after "after" or "following" names.
TEST(Lexical, AnObjectEndsBeforeATimePhrase) {
  EXPECT_EQ(sole_actors("Hamas called off a general strike after talks with Fatah.", "CONCEDE"), V({"org/hamas"}));
  EXPECT_EQ(sole_actors("Hamas called off the strike following talks with Fatah.", "CONCEDE"), V({"org/hamas"}));
  auto x = run("Hamas called off talks after a strike by Fatah.");
  EXPECT_TRUE(of_type(x, "CONCEDE").empty());
  EXPECT_EQ(of_type(x, "SANCTION").size(), 1u);
}

// A state's or a body's name right before an event noun owns it, as a
// state's adjective does; a place, a hyphenated pair and a noun with no
// act of its own do not.
TEST(Lexical, ANameBeforeAnEventNounOwnsIt) {
  EXPECT_EQ(sole_actors("Taliban air strikes killed six civilians in Kunar.", "ASSAULT"), V({"org/taliban"}));
  EXPECT_EQ(sole_actors("US drone attacks have killed nine people in Somalia.", "ASSAULT"), V({"state/US"}));
  EXPECT_EQ(sole_actors("Taliban rocket attacks on Kabul continued overnight.", "ASSAULT"), V({"org/taliban"}));
  // "Gaza": where, not who.
  EXPECT_TRUE(of_type(run("Gaza airstrikes killed nine people."), "ASSAULT").empty());
  // A pair names both sides of the war, neither its actor.
  EXPECT_TRUE(of_type(run("The Ethiopia-Eritrea war killed thousands."), "ASSAULT").empty());
  // Flown out is no act of the peacekeepers' body.
  EXPECT_TRUE(run("UN peacekeepers were flown out of Goma on Friday.").assertions.empty());
  // A weapon's name between ("US Reaper attacks") and a phrase between commas before the verb
  // ("..., carried out every week, have killed") leave the name the noun's owner.
  EXPECT_EQ(sole_actors("US Reaper attacks have killed nine people in Somalia.", "ASSAULT"), V({"state/US"}));
  EXPECT_EQ(sole_actors("Taliban rocket attacks, carried out every week, have killed nine people in Kabul.", "ASSAULT"),
            V({"org/taliban"}));
  // A place's name is still where: "Kabul Reaper strikes" names no actor.
  EXPECT_TRUE(of_type(run("Kabul Reaper strikes, carried out every week, killed nine people."), "ASSAULT").empty());
}

TEST(Lexical, AParticipleSharesTheMainSubject) {
  // ", killing twelve people" after an attack is what the attack did: one
  // assault, by the main subject.
  auto x = run("Israeli forces bombarded Khan Younis, killing twelve people.");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"org/il-forces"}));
  EXPECT_EQ(a[0]->trigger, "bombarded");
  // After an event of another type it is an event of its own, by the same subject.
  x = run("Israeli forces entered Khan Younis, killing twelve people.");
  a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"org/il-forces"}));
  EXPECT_EQ(a[0]->trigger, "killing");
}

// "issued a declaration condemning": a participle after a medium of
// statement is its author's act.
TEST(Lexical, AParticipleAfterAMediumIsItsAuthorsAct) {
  EXPECT_EQ(sole_actors("The Polisario Front issued a declaration condemning Morocco's new wall.", "ACCUSE"),
            V({"org/polisario-front"}));
}

// ", killing one and arresting twelve": the second participle shares the
// subject too, and is a fact of its own; "killing three and wounding ten"
// stays one attack.
TEST(Lexical, ParticiplesJoinedByAnd) {
  auto x = run("Kenyan police opened fire on protesters in Nairobi, killing one and arresting twelve.");
  auto c = of_type(x, "COERCE");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0]->actors, V({"group/kenyan-police"}));
  EXPECT_EQ(c[0]->modality, Modality::None);
  auto y = run("Israeli forces bombarded Khan Younis, killing three and wounding ten.");
  auto attacks = of_type(y, "ASSAULT");
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(attacks[0]->trigger, "bombarded");
  // "and" before a noun joins no participle.
  auto z = run("Kenyan police opened fire on protesters, killing one man and a boy.");
  EXPECT_TRUE(of_type(z, "COERCE").empty());
}

TEST(Lexical, AnInfinitiveIsNoFact) {
  auto x = run("Iran vowed to attack Israel.");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"state/IR"}));
  EXPECT_NE(a[0]->modality, Modality::None);
}

TEST(Lexical, FailedToIsANegation) {
  auto x = run("Russian forces failed to capture Pokrovsk.");
  bool seen = false;
  for (const auto& a : x.assertions)
    if (a.trigger == "capture") {
      seen = true;
      EXPECT_TRUE(a.negated) << a.event_type;
    }
  EXPECT_TRUE(seen);
}

TEST(Lexical, ALightVerbReadsAsItsNoun) {
  auto x = run("Hamas launched an attack on Israel on October 7.", "2023-10-08");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"org/hamas"}));
  EXPECT_EQ(a[0]->targets, V({"state/IL"}));
}

// "completed its withdrawal", "accelerated the deployment": the noun's event.
TEST(Lexical, FinishingOrHasteningAnEventIsThatEvent) {
  EXPECT_EQ(sole_actors("Chadian forces completed their withdrawal from Abeche on Monday.", "RETREAT"),
            V({"org/td-forces"}));
  auto y = run("Kenya has completed its investigation into the killing.");
  EXPECT_EQ(of_type(y, "ACCUSE").size(), 1u);
  auto z = run("Poland accelerated the deployment of troops near the border.");
  EXPECT_EQ(of_type(z, "MOBILIZE").size(), 1u);
  // No event noun: nothing.
  auto w = run("Kenya completed the construction of a road near Lamu.");
  EXPECT_TRUE(w.assertions.empty());
}

// "were engaged in fighting": a state, not a passive; the noun decides the type.
TEST(Lexical, BeingEngagedInAnEventIsDoingIt) {
  EXPECT_EQ(sole_actors("Chadian forces were engaged in fighting near Abeche.", "ASSAULT"), V({"org/td-forces"}));
  EXPECT_EQ(sole_actors("Chadian forces were engaged in fighting near Abeche.", "COOPERATE"), V{});
  auto y = run("Iran and Oman were engaged in talks on Sunday.");
  EXPECT_EQ(of_type(y, "CONSULT").size(), 1u);
  EXPECT_TRUE(of_type(y, "COOPERATE").empty());
  // A true passive keeps needing its agent.
  auto z = run("Chadian forces were attacked near Abeche.");
  EXPECT_TRUE(of_type(z, "ASSAULT").empty());
}

TEST(Lexical, APluralNounBeforeAPrepositionIsNoVerb) {
  auto x = run("The US strikes on Iran drew condemnation.");
  EXPECT_TRUE(of_type(x, "ASSAULT").empty());
}

TEST(Lexical, AGuardPhraseMakesNoEvent) {
  auto x = run("Ukraine took part in the talks in Geneva.");
  EXPECT_TRUE(of_type(x, "ADVANCE").empty());
  EXPECT_TRUE(of_type(x, "COERCE").empty());
}

// "Human rights violations" are abuses of people, coded by what was done,
// not the open defiance of a law or ban that REJECT (CAMEO 128) codes.
TEST(Lexical, HumanRightsViolationsAreNoDefiance) {
  for (const char* s : {"Eritrean students staged a hunger strike in protest against human rights violations by Eritrean security forces.",
                        "Students rallied in Asmara against rights violations by Eritrean soldiers, witnesses said on Monday."}) {
    auto x = run(s, "2000-01-01");
    EXPECT_TRUE(of_type(x, "REJECT").empty()) << s;
    EXPECT_EQ(of_type(x, "PROTEST").size(), 1u) << s;
  }
  // A ban or an embargo broken is.
  auto x = run("Eritrean soldiers violated the arms embargo on Somalia.", "2000-01-01");
  EXPECT_EQ(of_type(x, "REJECT").size(), 1u);
}

// "violations of the arms embargo by Eritrea": the "by" after a noun in
// another event noun's "of" phrase names the head's agent, not the
// complement's ("the embargo" is not Eritrea's).
TEST(Lexical, AnAgentAfterAnOfPhraseIsTheHeadNouns) {
  for (const char* s : {"The UN reported violations of the arms embargo by Eritrea.",
                        "The threat of sanctions by the EU worried Minsk."}) {
    auto x = run(s, "2000-01-01");
    EXPECT_TRUE(of_type(x, "SANCTION").empty()) << s;
  }
  // The noun's own "of" phrase, and a head of the same type, keep it.
  auto x = run("The invasion of Georgia by Russia shocked Europe.", "2000-01-01");
  ASSERT_EQ(of_type(x, "ASSAULT").size(), 1u);
  EXPECT_EQ(of_type(x, "ASSAULT")[0]->actors, V({"state/RU"}));
  x = run("A campaign of airstrikes by Russia against Aleppo killed dozens.", "2000-01-01");
  ASSERT_EQ(of_type(x, "ASSAULT").size(), 1u);
  EXPECT_EQ(of_type(x, "ASSAULT")[0]->actors, V({"state/RU"}));
}

TEST(Lexical, AWeekdayInTheVerbGroupIsTheDate) {
  auto x = run("Iran on Tuesday denounced the Israeli strike.", "2026-12-06");
  auto a = of_type(x, "ACCUSE");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_TRUE(a[0]->date);
  EXPECT_EQ(a[0]->date->iso(), "2026-12-01");
}

// 2026-12-02 is a Wednesday: a weekday the past tense names is on or before
// it, one a future clause names is the coming one, counted from the day the
// words were said when the speaker's day is given.
TEST(Lexical, AWeekdayInAFutureClauseIsTheComingOne) {
  auto date_of = [](const std::string& sentence, const char* type) {
    auto x = run(sentence, "2026-12-02");
    auto a = of_type(x, type);
    return a.size() == 1 && a[0]->date ? a[0]->date->iso() : std::string("none");
  };
  EXPECT_EQ(date_of("Norway sent tents to Moldova on Friday.", "AID"), "2026-11-27");
  EXPECT_EQ(date_of("Norway will send tents to Moldova on Friday.", "AID"), "2026-12-04");
  EXPECT_EQ(date_of("On Friday, Norway will send tents to Moldova.", "AID"), "2026-12-04");
  EXPECT_EQ(date_of("On Friday, Norway sent tents to Moldova.", "AID"), "2026-11-27");
  // Said on Monday the 30th: the Friday after it.
  EXPECT_EQ(date_of("Norway said on Monday that it would send tents to Moldova on Friday.", "AID"), "2026-12-04");
  // Said on Friday the 27th: the Monday after it, not the one before the report.
  EXPECT_EQ(date_of("Greek farmers said on Friday they would blockade Athens from Monday.", "COERCE"),
            "2026-11-30");
  // Done before it was said: the past is left as it was.
  EXPECT_EQ(date_of("Norway said on Monday that it had sent tents to Moldova on Friday.", "AID"), "2026-11-27");
}

TEST(Lexical, AMonthInTheVerbGroupDoesNotStopARule) {
  // "in March" between the subject and its verb, as "on Tuesday" may stand.
  auto x = run("Japan in March approved $2 billion in aid for the Philippines.", "2026-12-06");
  auto a = of_type(x, "AID");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->targets, V({"state/PH"}));
  EXPECT_FALSE(a[0]->date);  // a month names no day
  EXPECT_TRUE(of_type(x, "AGREE").empty());
}

TEST(Lexical, ATimeInAFrontedClauseIsThatClauses) {
  // Sunday dates the strike the fronted clause tells, not the demand.
  auto x = run("In what Kyiv called a cynical strike on a hospital in Kharkiv on Sunday, Ukraine demanded an "
               "emergency meeting of the UN Security Council.",
               "2026-12-01");
  auto r = of_type(x, "REQUEST");
  ASSERT_EQ(r.size(), 1u);
  ASSERT_TRUE(r[0]->date);
  EXPECT_EQ(r[0]->date->iso(), "2026-12-01");
  // A fronted phrase with no verb of its own dates the clause.
  x = run("On Sunday, Ukraine demanded an emergency meeting of the UN Security Council.", "2026-12-01");
  r = of_type(x, "REQUEST");
  ASSERT_EQ(r.size(), 1u);
  ASSERT_TRUE(r[0]->date);
  EXPECT_EQ(r[0]->date->iso(), "2026-11-29");
}

TEST(Lexical, AYearAloneLeavesTheDayUnknown) {
  auto x = run("Riyadh severed diplomatic ties with Tehran in 2016.", "2023-03-10");
  auto a = of_type(x, "SANCTION");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_FALSE(a[0]->date) << a[0]->date->iso();
  x = run("Riyadh severed diplomatic ties with Tehran on March 9.", "2023-03-10");
  a = of_type(x, "SANCTION");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_TRUE(a[0]->date);
  EXPECT_EQ(a[0]->date->iso(), "2023-03-09");
}

TEST(Lexical, ALaunchAimedAtNothingIsNoAttack) {
  auto x = run("North Korea fired two ballistic missiles into the sea on Wednesday.", "2023-09-14");
  EXPECT_TRUE(of_type(x, "ASSAULT").empty());
  x = run("Hamas fired rockets into Israel on Wednesday.", "2023-09-14");
  EXPECT_EQ(of_type(x, "ASSAULT").size(), 1u);
  x = run("Azerbaijani forces fired small arms at Armenian positions.");
  EXPECT_EQ(of_type(x, "ASSAULT").size(), 1u);
}

TEST(Lexical, AVerbThatTakesToIsNoInfinitive) {
  // "bow to pressure": "pressure" is a noun, no request.
  auto x = run("Taiwan will never bow to pressure.");
  EXPECT_TRUE(of_type(x, "REQUEST").empty());
}

TEST(Lexical, AnObligationInReportedSpeechIsARequest) {
  auto x = run("The Bush administration declared that China must drop its barriers to US exports.");
  auto r = of_type(x, "REQUEST");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->actors, V({"org/bush-administration"}));
  EXPECT_EQ(r[0]->targets, V({"state/CN"}));
}

TEST(Lexical, ThePhraseBetweenSubjectAndVerb) {
  auto x = run("Washington, along with its allies, demanded that Hamas renounce its armed struggle.");
  auto r = of_type(x, "REQUEST");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->actors, V({"state/US"}));
  EXPECT_EQ(r[0]->targets, V({"org/hamas"}));
  EXPECT_TRUE(of_type(x, "SUPPORT").empty());  // "its allies" is a noun
}

TEST(Lexical, AnEventNounWithItsActor) {
  auto x = run("The UN condemned the attack by Hamas on Israel on October 7.", "2023-10-09");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"org/hamas"}));
  EXPECT_EQ(a[0]->targets, V({"state/IL"}));
  EXPECT_EQ(a[0]->modality, Modality::None);  // condemned: it happened
  // The noun's own phrase may stand between it and its "by".
  x = run("The vote drew condemnation of Israel by Turkey.", "2025-02-18");
  auto acc = of_type(x, "ACCUSE");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(acc[0]->actors, V({"state/TR"}));
  EXPECT_EQ(acc[0]->targets, V({"state/IL"}));
  x = run("The invasion of Georgia by Russia in 2008 shaped the region.", "2025-02-18");
  a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"state/RU"}));
  EXPECT_EQ(a[0]->targets, V({"state/GE"}));
  // A "by" that names no one is no agent.
  x = run("Criticism of Moscow grew by the week.", "2025-02-18");
  EXPECT_TRUE(of_type(x, "ACCUSE").empty());
  // A possessive: the noun's target makes it an event; no day of its own, no date.
  x = run("Kyiv was rebuilt after Russia's invasion of Ukraine.", "2025-05-07");
  a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"state/RU"}));
  EXPECT_FALSE(a[0]->date);
  // A weapon named with its owner is no event.
  x = run("All of North Korea's ballistic missile activities are banned.");
  EXPECT_TRUE(of_type(x, "ASSAULT").empty());
}

TEST(Lexical, AnActDoneInCooperationWithAPartnerIsBothsCooperation) {
  auto x = run("Kenya built the bridge in partnership with China.", "2025-05-19");
  auto c = of_type(x, "COOPERATE");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0]->actors, V({"state/CN", "state/KE"}));
  EXPECT_EQ(c[0]->modality, Modality::None);
  // Only when the verb tells that it happened.
  for (const char* s : {"Kenya will build the road in partnership with China.",
                        "Kenya did not build the road in partnership with China.",
                        "Kenya has no interest in cooperation with China."}) {
    x = run(s, "2025-05-19");
    EXPECT_TRUE(of_type(x, "COOPERATE").empty()) << s;
  }
}

TEST(Lexical, AnUnownedMeetingAfterTheClauseIsItsSubjects) {
  // Several subjects: their meeting, where it was, no day of its own.
  auto x = run("Egypt and Israel agreed to reopen the border crossing following three rounds of talks in Cairo.", "2024-05-07");
  auto c = of_type(x, "CONSULT");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0]->actors, V({"state/EG", "state/IL"}));
  EXPECT_EQ(c[0]->location, "place/cairo");
  EXPECT_FALSE(c[0]->date);
  // One subject and a partner after "with".
  x = run("Armenia rejected the proposal after negotiations with Azerbaijan.", "2024-05-07");
  c = of_type(x, "CONSULT");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0]->actors, V({"state/AM", "state/AZ"}));
  // One subject and no partner: whose talks is not said; nor is a place of
  // those talks where the strikes were.
  x = run("Russia launched missile strikes on Odesa after talks in Istanbul.", "2024-05-07");
  EXPECT_TRUE(of_type(x, "CONSULT").empty());
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_NE(a[0]->location, "place/istanbul");
}

TEST(Lexical, AnOwnedEventNounAsTheSubjectOfAPastVerb) {
  // "a Turkish drone strike killed": the strike happened, Turkey's, where
  // the clause says; the participle after it is no act of the main clause's
  // subject.
  auto x = run("The minister spoke hours after a Turkish drone strike killed six fighters near Qamishli, "
               "destroying a depot.", "2024-05-07");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"state/TR"}));
  EXPECT_EQ(a[0]->location, "place/qamishli");
  x = run("Erdogan spoke hours after a Turkish drone strike killed six fighters, destroying a depot.", "2024-05-07");
  a = of_type(x, "ASSAULT");
  ASSERT_FALSE(a.empty());
  for (const auto* s : a) EXPECT_EQ(s->actors, V({"state/TR"}));  // never Erdogan
  // Only a verb of the past tells that it happened.
  x = run("Any Turkish drone strike would kill civilians.", "2024-05-07");
  EXPECT_TRUE(of_type(x, "ASSAULT").empty());
}

TEST(Lexical, AnArmedGroupThatDisbandsRetreats) {
  // CAMEO 0873: demobilize armed forces.
  for (const char* s : {"Hamas announced its dissolution.", "Hezbollah announced on Friday its disbandment.",
                        "The Houthis disbanded on Friday.", "Hamas dissolved its military wing."}) {
    auto x = run(s, "2025-05-16");
    EXPECT_EQ(of_type(x, "RETREAT").size(), 1u) << s;
  }
  // Parliaments and governments are dissolved without retreating.
  auto x = run("Erdogan dissolved parliament.", "2025-05-16");
  EXPECT_TRUE(of_type(x, "RETREAT").empty());
}

TEST(Lexical, AGerundAfterAWordOfTimeSharesTheSubject) {
  // "after meeting X": the subject met X (meet takes its object or "with").
  auto x = run("Kenyan President William Ruto spoke after meeting Ethiopian Prime Minister Abiy Ahmed.", "2025-05-16");
  auto c = of_type(x, "CONSULT");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0]->actors.size(), 2u);
  EXPECT_EQ(c[0]->modality, Modality::None);
  // No target, no event ("after arriving"); "before" tells what has not
  // happened yet.
  x = run("Kenyan President William Ruto spoke after arriving from Addis Ababa.", "2025-05-16");
  EXPECT_TRUE(of_type(x, "CONSULT").empty());
  x = run("Kenyan President William Ruto demanded a truce before meeting Abiy Ahmed.", "2025-05-16");
  EXPECT_TRUE(of_type(x, "CONSULT").empty());
}

TEST(Lexical, ALightVerbReachesItsNounOverANameThatModifiesIt) {
  // "reimpose UN sanctions": the sanctions decide, the name is whose.
  auto x = run("France will reimpose European Union sanctions on Belarus.", "2025-05-16");
  auto s = of_type(x, "SANCTION");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0]->targets, V({"state/BY"}));
  EXPECT_TRUE(of_type(x, "COERCE").empty());
}

TEST(Lexical, SpeakingByPhoneIsACall) {
  auto x = run("Macron spoke by phone to Erdogan on Monday.", "2025-05-16");
  auto c = of_type(x, "CONSULT");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0]->actors.size(), 2u);
  // Speaking to reporters is a statement, no meeting.
  x = run("Macron spoke to reporters in Paris.", "2025-05-16");
  EXPECT_TRUE(of_type(x, "CONSULT").empty());
}

TEST(Lexical, TheSpeakerAfterTheQuote) {
  auto x = run("US forces killed three militants, the Pentagon told reporters.");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->attributed_to, V({"org/pentagon"}));
  auto s = of_type(x, "STATEMENT");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0]->topic, "US forces killed three militants");
  x = run("Russia will not withdraw from Kherson, a Kremlin spokesman said on Monday.", "2025-05-07");
  s = of_type(x, "STATEMENT");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0]->actors, V({"org/kremlin"}));
  ASSERT_TRUE(s[0]->date);
  EXPECT_EQ(s[0]->date->iso(), "2025-05-05");
}

TEST(Lexical, ALightVerbWhoseSubjectReceivesTheEvent) {
  auto x = run("Ukraine came under attack from Russian forces on Monday.", "2023-07-11");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"org/ru-forces"}));
  EXPECT_EQ(a[0]->targets, V({"state/UA"}));
}

TEST(Lexical, TalksBetweenTwoPartiesMakeBothActors) {
  auto x = run("Stoltenberg spoke after talks between Turkish President Recep Tayyip Erdogan and Swedish Prime Minister "
               "Ulf Kristersson.");
  auto c = of_type(x, "CONSULT");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0]->actors, V({"person/recep-tayyip-erdogan", "person/ulf-kristersson"}));
}

TEST(Lexical, ReportedWouldIsAFuture) {
  auto x = run("Germany said it would double its aid.");
  auto a = of_type(x, "AID");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"state/DE"}));  // "it": the speaker of its own sentence
  EXPECT_EQ(a[0]->modality, Modality::Planned);
  x = run("Germany could double its aid.");
  a = of_type(x, "AID");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->modality, Modality::Hypothetical);
}

TEST(Lexical, AStatesForcesByItsAdjective) {
  auto x = run("Syrian regime forces announced a withdrawal from Aleppo. Georgian security forces used water cannon "
               "against protesters.");
  auto r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->actors, V({"org/sy-forces"}));
  EXPECT_EQ(r[0]->location, "place/aleppo");
  EXPECT_TRUE(r[0]->targets.empty());  // a place is no target
}

TEST(Lexical, TakingAPlaceIsAnAdvanceTakingAShipACoercion) {
  auto x = run("Burmese troops have captured part of a Karen guerrilla stronghold on the Thai border.");
  EXPECT_EQ(of_type(x, "ADVANCE").size(), 1u);
  EXPECT_TRUE(of_type(x, "COERCE").empty());
  x = run("Iranian forces seized a tanker in the Strait of Hormuz.");
  EXPECT_EQ(of_type(x, "COERCE").size(), 1u);
  EXPECT_TRUE(of_type(x, "ADVANCE").empty());
}

TEST(Lexical, TheNationIsTheStateOfTheSentencesSubject) {
  auto x = run("Venezuela cut ties with Colombia. Colombia's Foreign Ministry responded in a statement that the nation "
               "does not recognize the legitimacy of Maduro.");
  auto r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->actors, V({"state/CO"}));
  EXPECT_EQ(r[0]->attributed_to, V({"org/co-mfa"}));
  // So for an official the text names with his state's title.
  x = run("Russia seized the tanker. Estonian Defence Minister Kalle Salu said the country would not recognize "
          "the seizure.");
  r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->actors, V({"state/EE"}));
}

TEST(Lexical, AParticipleAfterANounIsNoFiniteVerb) {
  // Erdogan, the noun before the participle, warns no one; the letter's
  // writer does (diplomacy_test: a participle after a medium and its
  // addressee is the author's act).
  auto x = run("Trump wrote a letter to Erdogan warning him not to be a tough guy.");
  for (const auto* a : of_type(x, "THREATEN")) {
    EXPECT_EQ(a->actors, V({"person/donald-trump"}));
    EXPECT_EQ(a->targets, V({"person/recep-tayyip-erdogan"}));
  }
}

TEST(Lexical, QuoteFirstObligationsAndCountedObjects) {
  auto x = run("\xE2\x80\x9CThe Japanese side must correct its wrongdoing at once,\xE2\x80\x9D spokesman Lin Jian "
               "told reporters at a press briefing.");
  auto r = of_type(x, "REQUEST");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->actors, V({"person/lin-jian"}));
  EXPECT_EQ(r[0]->targets, V({"state/JP"}));
  x = run("The armed rebel groups since Saturday morning have captured more than 50 villages in Idlib.", "2025-11-14");
  auto a = of_type(x, "ADVANCE");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"group/rebel-groups"}));
  EXPECT_EQ(a[0]->location, "place/idlib");
}

TEST(Lexical, ABodyNamedByItsHeadKeepsItsArticle) {
  auto x = run("The EU leaders also urged the International Civil Aviation Organization to start an investigation.");
  auto r = of_type(x, "REQUEST");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->actors, V({"org/eu"}));
  EXPECT_EQ(r[0]->targets, V({"org/international-civil-aviation-organization"}));
}

TEST(Lexical, WhenWordsWereSaid) {
  // "said last week": no day; the report's is not the speaker's.
  auto x = run("Serbian prime minister Ana Brnabic said last week the situation was on the brink of conflict.",
               "2022-12-27");
  auto s = of_type(x, "STATEMENT");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_FALSE(s[0]->date);
  x = run("In a statement on Sunday, Russia said a ceasefire remains fragile.", "2025-05-19");
  s = of_type(x, "STATEMENT");
  ASSERT_EQ(s.size(), 1u);
  ASSERT_TRUE(s[0]->date);
  EXPECT_EQ(s[0]->date->iso(), "2025-05-18");
}

TEST(Lexical, ANameBetweenCommasAfterAParticipleIsNoSubject) {
  auto x = run("The committee, chaired by Libya's Chief of the General Staff, Mohamed Al-Haddad, has held its first "
               "meeting.");
  for (const auto& a : x.assertions) EXPECT_NE(a.actors, V({"person/ly/mohamed-al-haddad"})) << a.event_type;
}

TEST(Lexical, WhereItHappened) {
  // "in central Sudan": a region of the state, a place located in it.
  auto x = run("The SAF renewed attacks against the RSF in central Sudan.", "2025-05-22");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->location, "place/central-sudan");
  const Entity* region = nullptr;
  for (const auto& e : x.entities)
    if (e.key == "place/central-sudan") region = &e;
  ASSERT_TRUE(region);
  EXPECT_EQ(region->type, EntityType::Place);
  EXPECT_EQ(region->located_in, "state/SD");
  // A state after a locative is where, when no place within it is named.
  x = run("Hezbollah attacked a base in Jordan.", "2024-01-29");
  a = of_type(x, "ASSAULT");
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a[0]->location, "state/JO");
  // "recaptured al Khawai": the article is part of the place's name.
  x = run("The SAF recaptured al Khawai.", "2025-05-22");
  a = of_type(x, "ADVANCE");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->location, "place/al-khawai");
}

TEST(Lexical, APlaceInAPhraseDescribingTheObjectIsNotWhere) {
  // Lhoksar is no place the gazetteer knows; Herat only describes it.
  auto x = run("Afghan troops fought to hold Lhoksar, a village on the road serving Herat.", "2025-05-22");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->location, "");
  // A place after a locative past the comma still says where.
  x = run("Afghan troops fought the Taliban on Sunday, near Herat.", "2025-05-22");
  a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->location, "place/herat");
  // And a list of places after the verb is still where it happened.
  x = run("Russian forces struck Kharkiv, Odesa and Dnipro.", "2025-05-22");
  a = of_type(x, "ASSAULT");
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a[0]->location, "place/kharkiv");
}

TEST(Lexical, AnAppealAKeptPresenceAndADangerAreNoTalksStatementOrThreat) {
  // "a call by" someone is an appeal, not a telephone call; a call with
  // someone is.
  auto x = run("The Houthis answered a call by Iran to halt the attacks.", "2025-05-22");
  EXPECT_TRUE(of_type(x, "CONSULT").empty());
  x = run("Macron held a call with Zelensky on Monday.", "2025-05-22");
  EXPECT_EQ(of_type(x, "CONSULT").size(), 1u);
  // "maintains a presence" keeps it up; only "maintained that" reports words.
  x = run("India maintains a large garrison of troops, tanks and drones along the border.", "2025-05-22");
  EXPECT_TRUE(of_type(x, "STATEMENT").empty());
  x = run("India maintained that the garrison was defensive.", "2025-05-22");
  EXPECT_EQ(of_type(x, "STATEMENT").size(), 1u);
  // Putting something at risk is no threat made.
  x = run("Serbia argued that Kosovo was endangering regional stability.", "2025-05-22");
  EXPECT_TRUE(of_type(x, "THREATEN").empty());
}

TEST(Lexical, ProtestersWhoObstructProtest) {
  // The subject's noun decides: the public obstructing is PROTEST (CAMEO 144),
  // the authorities closing something COERCE.
  auto x = run("Hundreds of demonstrators shut down the ring road around Yerevan.", "2025-05-22");
  EXPECT_EQ(of_type(x, "PROTEST").size(), 1u);
  EXPECT_TRUE(of_type(x, "COERCE").empty());
  x = run("Protesters closed the port of Durres for two days.", "2025-05-22");
  EXPECT_EQ(of_type(x, "PROTEST").size(), 1u);
  x = run("Armenia shut down two opposition television channels.", "2025-05-22");
  EXPECT_TRUE(of_type(x, "PROTEST").empty());
  EXPECT_EQ(of_type(x, "COERCE").size(), 1u);
  x = run("Albania closed its border with Kosovo.", "2025-05-22");
  EXPECT_TRUE(of_type(x, "PROTEST").empty());
}

TEST(Lexical, SuspendingAnOffensiveIsAPauseInFighting) {
  // The object decides: an offensive suspended is RETREAT (CAMEO 0871), aid
  // suspended a SANCTION.
  auto x = run("Azerbaijan suspended its offensive in Karabakh.", "2025-05-22");
  EXPECT_EQ(of_type(x, "RETREAT").size(), 1u);
  EXPECT_TRUE(of_type(x, "SANCTION").empty());
  x = run("Sweden suspended aid to Mali.", "2025-05-22");
  EXPECT_EQ(of_type(x, "SANCTION").size(), 1u);
  EXPECT_TRUE(of_type(x, "RETREAT").empty());
  // Of the parties agreeing, the one whose operation is halted retreats.
  x = run("Armenia and Azerbaijan agreed to halt Azerbaijan's offensive in Karabakh.", "2025-05-22");
  auto halted = of_type(x, "RETREAT");
  ASSERT_EQ(halted.size(), 1u);
  EXPECT_EQ(halted[0]->actors, V({"state/AZ"}));
  // The act of the one allowed to act is its own, though of the same type.
  x = run("Ethiopia agreed to pause its airstrikes to allow Tigrayan forces to withdraw from Mekelle.", "2025-05-22");
  auto r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_NE(r[0]->actors, r[1]->actors);
}

TEST(Lexical, AVerbJoinsAConditionalClauseOnlyInItsForm) {
  // "has defended" does not join "if the ICC issued": the speaker defended.
  auto x = run("Netanyahu said he would travel if the ICC issued a warrant and has repeatedly defended the "
               "blockade policy.",
               "2025-03-11");
  auto s = of_type(x, "SUPPORT");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0]->actors, V({"person/benjamin-netanyahu"}));
  // Defending a policy is said in words: SUPPORT, not the AID of protection.
  EXPECT_TRUE(of_type(x, "AID").empty());
  // In the clause's own form the verb is the condition's.
  x = run("Israel will respond if Iran attacks Haifa and kills civilians.", "2025-03-11");
  bool iran = false;
  for (const auto* a : of_type(x, "ASSAULT")) iran |= a->actors == V({"state/IR"});
  EXPECT_TRUE(iran);
}

TEST(Lexical, WordsSaidInARelativeClauseEndWithIt) {
  auto x = run("Moldovan President Maia Sandu asked the EU for more radars that she said would cover the whole border, "
               "after Russian drones struck Ukrainian ports on the Danube.",
               "2025-03-11");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_TRUE(a[0]->attributed_to.empty());  // the narrator's, not Sandu's
}

TEST(Lexical, ADayThatOwnsANounDatesOnlyThatNoun) {
  // "Sunday's diversion" tells when the diversion was, not the call.
  auto x = run("The EU called for an inquiry into Sunday's diversion.", "2021-05-24");
  auto r = of_type(x, "REQUEST");
  ASSERT_EQ(r.size(), 1u);
  ASSERT_TRUE(r[0]->date);
  EXPECT_EQ(r[0]->date->iso(), "2021-05-24");
  x = run("On Sunday, the EU called for an inquiry into the diversion.", "2021-05-24");
  r = of_type(x, "REQUEST");
  ASSERT_EQ(r.size(), 1u);
  ASSERT_TRUE(r[0]->date);
  EXPECT_EQ(r[0]->date->iso(), "2021-05-23");
}

TEST(Lexical, AMonthNamesNoDay) {
  for (const char* s : {"The SAF recaptured Bara in mid-May.", "The SAF recaptured Bara in late April.",
                        "In February, the SAF recaptured Bara."}) {
    auto x = run(s, "2025-05-22");
    auto a = of_type(x, "ADVANCE");
    ASSERT_EQ(a.size(), 1u) << s;
    EXPECT_FALSE(a[0]->date) << s;
  }
  // The modal is no month.
  auto x = run("Officials said Russia may attack Kharkiv.", "2025-05-22");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_TRUE(a[0]->date);
  // "agreed to hold an exercise in July": July dates the exercise, not the agreeing.
  x = run("Japan and the Philippines agreed to hold a joint maritime exercise in July.", "2025-06-03");
  a = of_type(x, "AGREE");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_TRUE(a[0]->date);
  EXPECT_EQ(a[0]->date->iso(), "2025-06-03");
}

TEST(Lexical, APlannedCooperativeActIsAlsoAPromise) {
  // CAMEO 03: "will support", "will evacuate", "will visit" express intent.
  for (const char* s : {"Portugal will support Turkey's bid to join the European Union.",
                        "Israel will evacuate all settlements in the Gaza Strip.",
                        "The Gambian president will visit Senegal to mediate.",
                        "Germany said it would double its aid to Sudan."}) {
    auto x = run(s, "2000-01-01");
    auto agree = of_type(x, "AGREE");
    ASSERT_EQ(agree.size(), 1u) << s;
    EXPECT_EQ(agree[0]->rule, "promise") << s;
    EXPECT_EQ(agree[0]->modality, Modality::None) << s;
    // The act itself stays planned. (Another's: "Turkey's bid to join the
    // European Union" is Turkey's planned act, no promise of Portugal's.)
    std::size_t planned = 0;
    for (const auto& a : x.assertions)
      planned += a.event_type != "AGREE" && a.modality == Modality::Planned && a.actors == agree[0]->actors;
    EXPECT_EQ(planned, 1u) << s;
  }
  // Said by the actor or one who speaks for it, the statement is the
  // promise: one speech act, typed AGREE, with the statement's words.
  for (const char* s : {"Germany said it would double its aid to Sudan.",
                        "Chancellor Olaf Scholz of Germany announced that Germany will send more aid to Sudan."}) {
    auto x = run(s, "2000-01-01");
    EXPECT_TRUE(of_type(x, "STATEMENT").empty()) << s;
    auto agree = of_type(x, "AGREE");
    ASSERT_EQ(agree.size(), 1u) << s;
    EXPECT_NE(agree[0]->topic.find("aid to Sudan"), std::string::npos) << s;
    EXPECT_FALSE(agree[0]->attributed_to.empty()) << s;
  }
  // The promise is made when it is said, the act comes when it is planned.
  auto dated = run("Germany said on Monday that it would send aid to Sudan on May 16.", "2025-05-14");
  auto agree = of_type(dated, "AGREE");
  ASSERT_EQ(agree.size(), 1u);
  ASSERT_TRUE(agree[0]->date);
  EXPECT_EQ(agree[0]->date->iso(), "2025-05-12");
  auto aid = of_type(dated, "AID");
  ASSERT_EQ(aid.size(), 1u);
  ASSERT_TRUE(aid[0]->date);
  EXPECT_EQ(aid[0]->date->iso(), "2025-05-16");
  // A third party's report of the plan stays its own statement.
  auto reported = run("Diplomatic sources said the Gambian president will visit Senegal.", "2000-01-01");
  EXPECT_EQ(of_type(reported, "STATEMENT").size(), 1u);
  EXPECT_EQ(of_type(reported, "AGREE").size(), 1u);
  // No promise: an act done, refused, or hostile.
  for (const char* s : {"Portugal supported Turkey's bid.", "Portugal will not support Turkey's bid.",
                        "Russia will strike Kyiv again.", "Turkey would reopen its border if Armenia signed the treaty.",
                        "Twelve states agreed to send humanitarian aid to Sudan."}) {
    auto x = run(s, "2000-01-01");
    for (const auto& a : x.assertions) EXPECT_NE(a.rule, "promise") << s;
  }
}

// CAMEO 03 codes an offer as an intent: "offered talks" (036), "offered
// concessions" (035) are acts to come, and so a promise made now.
TEST(Lexical, AnActOfferedIsPlannedAndAPromise) {
  for (const char* s : {"Norway offered fresh talks to the Colombian rebels on Friday.",
                        "The Bolivian government offered concessions to the striking miners.",
                        "Kenya offered humanitarian aid to Somalia."}) {
    auto x = run(s, "2000-01-01");
    auto agree = of_type(x, "AGREE");
    ASSERT_EQ(agree.size(), 1u) << s;
    EXPECT_EQ(agree[0]->rule, "promise") << s;
    EXPECT_EQ(agree[0]->modality, Modality::None) << s;
    std::size_t planned = 0, done = 0;
    for (const auto& a : x.assertions)
      if (a.event_type != "AGREE") (a.modality == Modality::Planned ? planned : done) += 1;
    EXPECT_EQ(planned, 1u) << s;
    EXPECT_EQ(done, 0u) << s;
  }
  // Aid given is aid now; an apology or support offered is said, and made.
  auto given = run("Kenya provided humanitarian aid to Somalia.", "2000-01-01");
  ASSERT_EQ(of_type(given, "AID").size(), 1u);
  EXPECT_EQ(of_type(given, "AID")[0]->modality, Modality::None);
  EXPECT_TRUE(of_type(given, "AGREE").empty());
  for (const char* s : {"Sweden offered its support to Finland.", "The minister offered an apology to Chile."}) {
    auto x = run(s, "2000-01-01");
    for (const auto& a : x.assertions) {
      EXPECT_NE(a.rule, "promise") << s;
      EXPECT_EQ(a.modality, Modality::None) << s;
    }
  }
}

// CAMEO 166 (1661-1663): expelling peacekeepers, observers or aid agencies
// withdraws a state's relations with those who sent them (SANCTION);
// expelling individuals is 174 (COERCE).
TEST(Lexical, ExpellingABodyOfInvolvementIsASanction) {
  for (const char* s : {"Sudan expelled 13 aid agencies from Darfur.",
                        "Niger forced the aid agencies out of the country.",
                        "Burundi forced the UN human rights agency, OHCHR, out of the country.",
                        "Mali kicked out the UN peacekeepers."}) {
    auto x = run(s, "2000-01-01");
    EXPECT_EQ(of_type(x, "SANCTION").size(), 1u) << s;
    EXPECT_TRUE(of_type(x, "COERCE").empty()) << s;
  }
  for (const char* s : {"Hungary expelled two Syrian refugees.", "Police forced the protesters out of the square.",
                        "Rwanda forced Burundi to close the border."}) {
    auto x = run(s, "2000-01-01");
    EXPECT_TRUE(of_type(x, "SANCTION").empty()) << s;
    EXPECT_FALSE(of_type(x, "COERCE").empty()) << s;
  }
}

// CAMEO 072 is training given to another's forces (AID); a state's own
// recruits trained are forces built up (154, MOBILIZE).
TEST(Lexical, TrainingOwnPersonnelIsNoAid) {
  auto x = run("The Malian army trained new recruits in Kati.", "2000-01-01");
  EXPECT_TRUE(of_type(x, "AID").empty());
  EXPECT_EQ(of_type(x, "MOBILIZE").size(), 1u);
  x = run("The EU trained 2,000 Malian troops.", "2000-01-01");
  ASSERT_EQ(of_type(x, "AID").size(), 1u);
  EXPECT_EQ(of_type(x, "AID")[0]->targets, V({"org/ml-forces"}));
  EXPECT_TRUE(of_type(x, "MOBILIZE").empty());
  x = run("Russia trained its guns on Kharkiv.", "2000-01-01");
  EXPECT_TRUE(x.assertions.empty());
}

// "opened its borders to refugees": people let in, CAMEO 075 as hosting
// them; a border opened to trade lets no one in.
TEST(Lexical, ABorderOpenedToRefugeesIsAid) {
  auto x = run("Poland opened its borders to Ukrainian refugees on Monday.", "2000-01-01");
  ASSERT_EQ(of_type(x, "AID").size(), 1u);
  EXPECT_EQ(of_type(x, "AID")[0]->actors, V({"state/PL"}));
  x = run("Chad opened its border to Sudanese refugees.", "2000-01-01");
  EXPECT_EQ(of_type(x, "AID").size(), 1u);
  x = run("China opened its border to foreign trade.", "2000-01-01");
  EXPECT_TRUE(of_type(x, "AID").empty());
}

// A cue's word after the trigger may be a group's head noun ("500 troops",
// "Sudanese refugees": one item, read by its noun).
TEST(Lexical, ACueWordMayHeadAGroup) {
  auto x = run("Italy contributed 500 troops to the UN force in Lebanon.", "2000-01-01");
  EXPECT_EQ(of_type(x, "AID").size(), 1u);
}

TEST(Lexical, PreventingPeopleFromPoliticalActsIsCoercion) {
  auto x = run("Beijing prevented journalists from attending the trial.", "2025-09-03");
  EXPECT_EQ(of_type(x, "COERCE").size(), 1u);
  EXPECT_TRUE(of_type(x, "REJECT").empty());
  // Inspecting ships at sea is enforcement; inspecting a site, an inquiry.
  x = run("The Chinese coast guard inspected two Philippine vessels.", "2025-09-03");
  EXPECT_EQ(of_type(x, "COERCE").size(), 1u);
  x = run("The IAEA inspected the Fordow site.", "2025-09-03");
  EXPECT_TRUE(of_type(x, "COERCE").empty());
  // Preventing a decision stays a rejection.
  x = run("Russia prevented a vote on the resolution.", "2025-09-03");
  EXPECT_EQ(of_type(x, "REJECT").size(), 1u);
  EXPECT_TRUE(of_type(x, "COERCE").empty());
}

TEST(Lexical, AWarningOfADangerIsNoThreat) {
  // "warned of" a harm the speaker will do is a threat; of a danger, none.
  auto x = run("Iran warned of severe consequences if Israel attacked.", "2025-09-03");
  EXPECT_EQ(of_type(x, "THREATEN").size(), 1u);
  x = run("The World Health Organization warned of a surge in cholera cases.", "2025-09-03");
  EXPECT_TRUE(of_type(x, "THREATEN").empty());
  // Warning someone is a threat to them.
  x = run("Iran warned Israel of a harsh response.", "2025-09-03");
  auto t = of_type(x, "THREATEN");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0]->targets, V({"state/IL"}));
}

TEST(Lexical, AWordOfTimeConditionsOnlyItsOwnClause) {
  // "after" opens the announcement's clause, not the announced withdrawal's.
  auto x = run("Erdogan attacked after Trump announced he would withdraw US forces from Syria.", "2019-10-17");
  auto r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_NE(r[0]->modality, Modality::Conditional);
  // Its own clause's present is a condition: "once they reach a ceasefire".
  x = run("Once Armenia and Azerbaijan sign the treaty, Russian troops will withdraw.", "2019-10-17");
  const Assertion* signing = nullptr;
  for (const auto* a : of_type(x, "AGREE"))
    if (a->actors == V({"state/AM", "state/AZ"})) signing = a;
  ASSERT_TRUE(signing);
  EXPECT_EQ(signing->modality, Modality::Conditional);
}

TEST(Lexical, AHostileActOnAConditionIsAThreat) {
  // Said by its own actor, or by one who speaks for it: a threat made now.
  auto x = run("Trump added that he would impose secondary tariffs on Iran if Iran makes no progress.", "2025-03-31");
  auto t = of_type(x, "THREATEN");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0]->rule, "threat");
  EXPECT_EQ(t[0]->targets, V({"state/IR"}));
  EXPECT_EQ(t[0]->modality, Modality::None);
  EXPECT_EQ(of_type(x, "SANCTION").size(), 1u);
  EXPECT_EQ(of_type(x, "SANCTION")[0]->modality, Modality::Conditional);
  // "otherwise" makes what follows it the consequence of a condition.
  x = run("US President Donald Trump added that Iran must make progress, otherwise the United States would impose "
          "secondary tariffs on Iran.", "2025-03-31");
  t = of_type(x, "THREATEN");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0]->modality, Modality::None);
  ASSERT_EQ(of_type(x, "SANCTION").size(), 1u);
  EXPECT_EQ(of_type(x, "SANCTION")[0]->modality, Modality::Conditional);
  // A third party's forecast is no threat of the actor's.
  x = run("Analysts said Russia would sanction Georgia if it joined NATO.", "2025-03-31");
  EXPECT_TRUE(of_type(x, "THREATEN").empty());
  // A plan without a condition, announced by its actor, is a threat too (as
  // PLOVER codes "said they would blockade Paris"); the narrator's account
  // of a plan is not.
  x = run("Trump said he would impose tariffs on Canada.", "2025-03-31");
  EXPECT_EQ(of_type(x, "THREATEN").size(), 1u);
  x = run("Trump plans to impose tariffs on Canada.", "2025-03-31");
  EXPECT_TRUE(of_type(x, "THREATEN").empty());
}

TEST(Lexical, TheSameSpeakerNextSentenceSpeaksOnThatDay) {
  auto x = run("Trump stated on March 30 that talks would resume. Trump added that he would impose tariffs on Iran.",
               "2025-03-31");
  std::vector<std::string> days;
  for (const auto& a : x.assertions)
    if (a.event_type == "STATEMENT" && a.date) days.push_back(a.date->iso());
  EXPECT_EQ(days, V({"2025-03-30", "2025-03-30"}));
  // Another speaker, or a sentence in between, keeps the report's day.
  x = run("Trump stated on March 30 that talks would resume. Rubio added that tariffs would follow.", "2025-03-31");
  days.clear();
  for (const auto& a : x.assertions)
    if (a.event_type == "STATEMENT" && a.date) days.push_back(a.date->iso());
  std::sort(days.begin(), days.end());
  EXPECT_EQ(days, V({"2025-03-30", "2025-03-31"}));
}

// The sentence makes one assertion, of this type.
void expect_one(const char* sentence, const char* type) {
  auto x = run(sentence, "2025-01-01");
  ASSERT_EQ(x.assertions.size(), 1u) << sentence;
  EXPECT_EQ(x.assertions[0].event_type, type) << sentence;
}

TEST(Lexical, BlockingHasThreeSenses) {
  // Roads: a protest (PLOVER 144); aid or a shipping lane: coercion (191);
  // a resolution: a rejection. The cue decides over the COERCE pattern.
  expect_one("Young Algerians blocked roads leading to the city centre.", "PROTEST");
  expect_one("Farmers blocked transport into Lagos on Monday.", "PROTEST");
  expect_one("Israel blocked aid convoys to Gaza.", "COERCE");
  expect_one("Houthi rebels blocked the Red Sea shipping lane.", "COERCE");
  expect_one("Azerbaijan blocked the Lachin corridor.", "COERCE");
  expect_one("Russia blocked the UN resolution.", "REJECT");
}

TEST(Lexical, HoldingPeopleIsDetainingThem) {
  // In custody, captive or as human shields (CAMEO 173, 184); talks held
  // behind shields are talks.
  expect_one("Al-Shabaab held villagers as human shields in Baidoa.", "COERCE");
  expect_one("Al-Shabaab held two journalists in custody.", "COERCE");
  auto x = run("Somalia held talks with Kenya behind police shields.", "2025-01-01");
  for (const auto& a : x.assertions) EXPECT_NE(a.event_type, "COERCE");
}

TEST(Lexical, LettingAidThroughIsARetreat) {
  // Allowing a delivery in, reopening a bridge: easing a blockade (CAMEO
  // 086, 0863); allowing an actor to act concedes, a new bridge is no event.
  expect_one("Houthi rebels allowed the delivery of fuel to the port.", "RETREAT");
  expect_one("Serbia reopened the bridge to Kosovo on Monday.", "RETREAT");
  auto x = run("Serbia allowed Kosovo to join the commission.", "2025-01-01");
  EXPECT_EQ(of_type(x, "CONCEDE").size(), 1u);
  EXPECT_TRUE(of_type(x, "RETREAT").empty());
  EXPECT_TRUE(run("Serbia opened a new bridge over the river.", "2025-01-01").assertions.empty());
}

TEST(Lexical, PayingCompensationIsARetreat) {
  // "paid compensation to": what was taken is made good (CAMEO 0842), the
  // one paid is the target; a demand for it is no payment.
  auto x = run("Germany paid compensation to Polish forced labourers last year.", "2025-01-01");
  auto r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->actors, std::vector<std::string>{"state/DE"});
  EXPECT_EQ(r[0]->targets, std::vector<std::string>{"state/PL"});
  x = run("Iraq demanded compensation from Kuwait.", "2025-01-01");
  for (const auto* a : of_type(x, "RETREAT")) EXPECT_NE(a->modality, Modality::None) << a->rule;
}

TEST(Lexical, AResignationIsARetreat) {
  // PLOVER's RETREAT "also covers resignations of government officials":
  // leaving office is done, not conceded in words.
  auto x = run("Chancellor Olaf Scholz resigned on Friday. Foreign Minister Anna Berger stepped down a day later.",
               "2025-01-11");
  ASSERT_EQ(of_type(x, "RETREAT").size(), 2u);
  EXPECT_TRUE(of_type(x, "CONCEDE").empty());
  // Refusing to go stays a refusal.
  x = run("Prime Minister Lukas Meier refused to resign.", "2025-01-11");
  EXPECT_EQ(of_type(x, "REJECT").size(), 1u);
  for (const auto* a : of_type(x, "RETREAT")) EXPECT_NE(a->modality, Modality::None) << a->rule;
}

TEST(Lexical, ReceivingObserversIsARetreat) {
  // Letting inspectors or observers in (CAMEO 0862): the members of a body
  // head the object, also behind "a team of", "a mission of"; their body is
  // the target. Receiving a delegation stays a meeting.
  struct Case {
    const char* sentence;
    const char* target;
  };
  for (const Case& c : {Case{"Belarus received a mission of monitors from the OSCE on Tuesday.", "org/osce"},
                        Case{"Venezuela admitted observers from the European Union.", "org/eu"}}) {
    auto x = run(c.sentence, "2025-01-01");
    auto r = of_type(x, "RETREAT");
    ASSERT_EQ(r.size(), 1u) << c.sentence;
    EXPECT_EQ(r[0]->targets, std::vector<std::string>{c.target}) << c.sentence;
    EXPECT_TRUE(of_type(x, "CONSULT").empty()) << c.sentence;
  }
  auto x = run("Putin received a delegation from the African Union.", "2025-01-01");
  EXPECT_EQ(of_type(x, "CONSULT").size(), 1u);
  EXPECT_TRUE(of_type(x, "RETREAT").empty());
}

TEST(Lexical, RiotersRiotAgainstSomeone) {
  // As protesters protest against the target, rioters riot against it.
  auto x = run("Students rioted against the Kenyan government on Monday.", "2025-01-01");
  auto p = of_type(x, "PROTEST");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0]->targets, std::vector<std::string>{"org/ke-government"});
}

TEST(Lexical, StoppingWorkIsAStrike) {
  // "stopped work", "downed tools": a strike (CAMEO 143); the members of
  // a union strike for it ("affiliated with" as "from").
  auto x = run("Workers affiliated with the Independent Workers Union stopped work in Antwerp on Monday.", "2025-01-01");
  auto p = of_type(x, "PROTEST");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0]->actors, std::vector<std::string>{"org/independent-workers-union"});
  x = run("Workers downed tools at the port.", "2025-01-01");
  EXPECT_EQ(of_type(x, "PROTEST").size(), 1u);
  // Stopping an attack is no strike.
  x = run("Russian forces stopped the offensive.", "2025-01-01");
  EXPECT_TRUE(of_type(x, "PROTEST").empty());
  EXPECT_EQ(of_type(x, "RETREAT").size(), 1u);
}

TEST(Lexical, InquestsAndHearingsIntoSomethingInvestigate) {
  // CAMEO 090: an inquest, a hearing into an event; a hearing on a budget
  // examines no one.
  for (const char* sentence : {"Britain opened an inquest into the deaths of three soldiers.",
                               "The US Senate held a hearing into the attack on the embassy."}) {
    auto x = run(sentence, "2025-01-01");
    EXPECT_EQ(of_type(x, "ACCUSE").size(), 1u) << sentence;
  }
  EXPECT_TRUE(of_type(run("The US Senate held a hearing on the budget.", "2025-01-01"), "ACCUSE").empty());
}

TEST(Lexical, NounsThatLookLikeVerbs) {
  // "have likely strengthened their support zones": an adverb between the
  // auxiliary and its participle; "support" is a noun.
  auto x = run("Russian forces have likely strengthened their support zones near Pokrovsk.", "2025-05-01");
  EXPECT_TRUE(of_type(x, "SUPPORT").empty());
  // "inspected the Philippines ships": a state before a plural is its owner.
  x = run("Chinese coast guard officers inspected the Philippines ships near the shoal.", "2025-05-01");
  for (const auto& a : x.assertions) EXPECT_NE(a.trigger, "ships") << a.rule;
  // "PRC state media": "state" after a single name is a noun, no speech verb.
  x = run("PRC state media Xinhua reported that the talks had ended.", "2025-05-01");
  for (const auto& a : x.assertions) EXPECT_NE(a.attribution_verb, "state") << a.rule;
  // A plural head makes the name plural: "Ukrainian officials say" speaks.
  x = run("Ukrainian officials say Russia launched 40 drones.", "2025-05-01");
  auto s = of_type(x, "STATEMENT");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0]->actors, V({"org/ua-government"}));
}

TEST(Lexical, TheLexiconsCuedSenseOverridesAPattern) {
  // "met the conditions": satisfied them; no meeting, whoever owns them.
  auto x = run("Hamas met Israel's conditions for the truce.", "2025-05-01");
  EXPECT_TRUE(of_type(x, "CONSULT").empty());
  x = run("Hamas met Israel's demands.", "2025-05-01");
  EXPECT_TRUE(of_type(x, "CONSULT").empty());
  auto c = of_type(x, "CONCEDE");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0]->actors, V({"org/hamas"}));
  // The default sense still reads a meeting.
  x = run("Xi met Putin in Moscow.", "2025-05-01");
  EXPECT_EQ(of_type(x, "CONSULT").size(), 1u);
  // "welcomed Reagan's statement": the owner is no visitor; the welcome supports.
  x = run("The German government welcomed President Macron's statement on the talks.", "2025-05-01");
  EXPECT_TRUE(of_type(x, "CONSULT").empty());
  EXPECT_EQ(of_type(x, "SUPPORT").size(), 1u);
  // "participated in the rebellion" is no meeting; "in the talks" is.
  x = run("Wagner fighters participated in the rebellion.", "2025-05-01");
  EXPECT_TRUE(of_type(x, "CONSULT").empty());
  x = run("Iran participated in the talks in Oman.", "2025-05-01");
  EXPECT_EQ(of_type(x, "CONSULT").size(), 1u);
  // "reached the outskirts": no agreement is reached.
  x = run("Russian forces reached the outskirts of Kupiansk.", "2025-05-01");
  EXPECT_TRUE(of_type(x, "AGREE").empty());
  x = run("Armenia and Azerbaijan reached an agreement on the border.", "2025-05-01");
  EXPECT_EQ(of_type(x, "AGREE").size(), 1u);
}

TEST(Lexical, WhoActsAroundAMediumAndACoordination) {
  // "published an editorial criticizing X": the publisher criticizes.
  auto x = run("Xinhua published an editorial criticizing the Philippine president.", "2025-05-01");
  auto a = of_type(x, "ACCUSE");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"org/xinhua"}));
  // "confirmed that ... but disputed": the speaker of the first verb disputes.
  x = run("Manila confirmed that the vessel was boarded but disputed Beijing's account of the incident.", "2025-05-01");
  a = of_type(x, "ACCUSE");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"state/PH"}));
  // "Ukraine's allies": a group of its own, not Ukraine.
  x = run("Russia threatened Ukraine's allies with strikes.", "2025-05-01");
  auto t = of_type(x, "THREATEN");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0]->targets, V({"group/ukraines-allies"}));
}

TEST(Lexical, AParticipleSharesTheSubjectAcrossAnApposition) {
  // "X, known as Y, had vowed ..., threatening": X threatens, though no
  // actor stands right before a verb.
  auto x = run("Militia leader Ahmed Saleh Kareem, known as Abu Saif, had promised to hold the bridge, "
               "threatening further attacks on the capital.", "2025-03-31");
  auto t = of_type(x, "THREATEN");
  ASSERT_EQ(t.size(), 1u);
  ASSERT_EQ(t[0]->actors.size(), 1u);
  EXPECT_TRUE(t[0]->actors[0].starts_with("person/")) << t[0]->actors[0];
}

TEST(Lexical, TheSubjectBeforeAWithPhrase) {
  // "X with ties to Y repelled": X acts, not Y.
  auto x = run("Tuareg insurgents with likely ties to al Qaeda repelled a Malian offensive.", "2025-03-31");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"group/tuareg-insurgents"}));
  // "the separatist rebel coalition": a noun between a with-phrase and its verb is no verb.
  x = run("Tuareg insurgents with ties to the separatist rebel coalition repelled an offensive.", "2025-03-31");
  EXPECT_TRUE(of_type(x, "PROTEST").empty());
}

TEST(Lexical, CountsAndFightersAndHyphenatedObjects) {
  // "Five hundred Ugandan rebels surrendered": a count of words, and a
  // group that fights surrenders militarily (PLOVER RETREAT 0874).
  auto x = run("Five hundred Ugandan rebels surrendered.", "2000-01-01");
  auto r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u);
  ASSERT_TRUE(r[0]->quantity);
  EXPECT_EQ(*r[0]->quantity, 500);
  EXPECT_TRUE(of_type(x, "CONCEDE").empty());
  // "a two-day blockade": the noun after a hyphenated modifier heads the object.
  x = run("Israel lifted a two-day blockade.", "2000-01-01");
  EXPECT_EQ(of_type(x, "RETREAT").size(), 1u);
}

TEST(Lexical, SensesThatNeedTheirObject) {
  // Holding ground aids no one; defending an ally does.
  auto x = run("The RSF defended the palace for two days.", "2025-03-31");
  EXPECT_TRUE(of_type(x, "AID").empty());
  x = run("France defended Estonia against the drones.", "2025-03-31");
  EXPECT_EQ(of_type(x, "AID").size(), 1u);
  // Implementing drills agrees to nothing; implementing a ceasefire does.
  x = run("Taiwan implemented civil defense drills in May.", "2025-06-01");
  EXPECT_TRUE(of_type(x, "AGREE").empty());
  x = run("Israel implemented the ceasefire agreement on Sunday.", "2025-06-01");
  EXPECT_EQ(of_type(x, "AGREE").size(), 1u);
}

TEST(Lexical, HaltingOnesOwnActivitySanctionsNoOne) {
  auto x = run("The newspaper's owners decided to suspend publication indefinitely.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "SANCTION").empty());
  x = run("The stock exchange suspended trading on Monday.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "SANCTION").empty());
  x = run("The European Union suspended its aid to Niger indefinitely.", "2025-06-20");
  EXPECT_EQ(of_type(x, "SANCTION").size(), 1u);
}

TEST(Lexical, GivingDetailsIsNoAid) {
  auto x = run("The Pentagon did not give details of the weapons package.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "AID").empty());
  EXPECT_TRUE(of_type(x, "REJECT").empty());
  x = run("Japan gave Ukraine a new aid package.", "2025-06-20");
  EXPECT_EQ(of_type(x, "AID").size(), 1u);
}

TEST(Lexical, AReleasedOfficerIsAPrisonerReleased) {
  // The object's noun after a name ("the Indian Navy officer") may also be
  // a verb ("to officer"); the phrase ends there, so it is the head.
  auto x = run("Pakistan released the Indian Navy officer in its custody on June 3.", "2025-06-20");
  auto r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->actors, std::vector<std::string>{"state/PK"});
  // Releasing a report is no release of people.
  x = run("Pakistan released the Indian Navy report on June 3.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "RETREAT").empty());
}

TEST(Lexical, SensesFromTheHandCheck) {
  // "demonstrated more resilience": showed it, no protest.
  auto x = run("Kenyan forces demonstrated more resilience against al Shabaab in May.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "PROTEST").empty());
  // "engage with Russia's demands": respond to them, no meeting.
  x = run("The summit will test whether Washington will engage with Moscow's demands.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "CONSULT").empty());
  // "expelled the Swedish ambassador": an official's noun heads the object, a
  // diplomat expelled is a SANCTION (CAMEO 161), not a COERCE.
  x = run("Iraq expelled the Swedish ambassador on Thursday.", "2025-06-20");
  EXPECT_EQ(of_type(x, "SANCTION").size(), 1u);
  EXPECT_TRUE(of_type(x, "COERCE").empty());
}

TEST(Lexical, SupportWithArmsIsAid) {
  auto x = run("Rwanda supports M23 with arms and troops.", "2025-06-20");
  EXPECT_EQ(of_type(x, "AID").size(), 1u);
  EXPECT_TRUE(of_type(x, "SUPPORT").empty());
  x = run("Germany supports Ukraine's bid to join the EU.", "2025-06-20");
  EXPECT_EQ(of_type(x, "SUPPORT").size(), 1u);
  EXPECT_TRUE(of_type(x, "AID").empty());
}

TEST(Lexical, ThePartnerRightAfterAnObjectThatNamesNoOne) {
  // "closed its borders with Iran and Turkey": the partner after the object.
  auto x = run("Russia closed its southern borders with Iran and Turkey on June 3.", "2025-06-20");
  auto c = of_type(x, "COERCE");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0]->targets, (std::vector<std::string>{"state/IR", "state/TR"}));
  // Only right after it: another preposition first names no partner.
  x = run("Russia closed its southern borders in the Caucasus with Iran's consent.", "2025-06-20");
  c = of_type(x, "COERCE");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0]->targets.empty());
}

TEST(Lexical, ForcesThatWereDeployedMobilized) {
  // An agentless passive names no actor, but forces deployed are what moved.
  auto x = run("Russian troops were deployed to Belarus on June 3.", "2025-06-20");
  auto m = of_type(x, "MOBILIZE");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0]->actors, std::vector<std::string>{"org/ru-forces"});
  // Not what was done to others: "civilians were evacuated" has no actor.
  x = run("Ukrainian civilians were evacuated from Pokrovsk.", "2025-06-20");
  EXPECT_TRUE(x.assertions.empty());
}

TEST(Lexical, AJointActNeedsPartners) {
  // One force's joint exercise (of its own services) cooperates with no one.
  auto x = run("The Eastern Theater Command launched a joint exercise around Taiwan on June 2.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "COOPERATE").empty());
  // A list, a group, or a partner after "with" does.
  x = run("Japan and the Philippines held a joint exercise near Palawan.", "2025-06-20");
  EXPECT_EQ(of_type(x, "COOPERATE").size(), 1u);
  x = run("China held joint drills with Russia in the Sea of Japan.", "2025-06-20");
  auto c = of_type(x, "COOPERATE");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0]->targets, std::vector<std::string>{"state/RU"});
}

// Words whose object says whether the actor gives way (CONCEDE), raises
// forces (MOBILIZE) or represses (COERCE), and what they are otherwise.
TEST(Lexical, ConcessionsAndTheirLookalikes) {
  EXPECT_EQ(sole_actors("Georgia cancelled restrictions on foreign media.", "CONCEDE"), V({"state/GE"}));
  EXPECT_EQ(sole_actors("Georgia cancelled a visit to Armenia.", "SANCTION"), V({"state/GE"}));
  EXPECT_EQ(sole_actors("Georgia cancelled a visit to Armenia.", "CONCEDE"), V{});
  EXPECT_EQ(sole_actors("Ecuador lifted a state of emergency in Guayaquil.", "CONCEDE"), V({"state/EC"}));
  EXPECT_EQ(sole_actors("Ecuador eased emergency measures in Guayaquil.", "CONCEDE"), V({"state/EC"}));
  EXPECT_EQ(sole_actors("Ecuador eased tensions with Peru.", "CONCEDE"), V{});
  EXPECT_EQ(sole_actors("Mali accepted demands from the rebels.", "CONCEDE"), V({"state/ML"}));
  EXPECT_EQ(sole_actors("Mali accepted the plan.", "CONCEDE"), V{});
  EXPECT_EQ(sole_actors("Mali accepted the plan.", "AGREE"), V({"state/ML"}));
  EXPECT_EQ(sole_actors("Armenia strengthened its forces near the border.", "MOBILIZE"), V({"state/AM"}));
  EXPECT_EQ(sole_actors("Armenia strengthened its ties with India.", "MOBILIZE"), V{});
  // "the demonstration staged by students": the participle and its agent
  // leave "demonstration" the object's head.
  EXPECT_EQ(sole_actors("Serbia prevented the demonstration staged by students in Novi Sad.", "COERCE"), V({"state/RS"}));
  EXPECT_EQ(sole_actors("Serbia prevented the sale of the company.", "COERCE"), V{});
  EXPECT_EQ(sole_actors("Peru imposed a 30-day state of siege in Lima.", "COERCE"), V({"state/PE"}));
  EXPECT_EQ(sole_actors("Peru imposed a siege on Lima.", "COERCE"), V({"state/PE"}));
  // "a day-old blockade": a hyphen inside the object's modifiers, after a
  // word no lexicon class lists.
  EXPECT_EQ(sole_actors("Turkey lifted a week-old blockade on Armenian trucks.", "RETREAT"), V({"state/TR"}));
  // A shortened curfew is eased (CAMEO 0813), a shortened visit is not; the
  // measure of the change, an adjective in -ly and a participle with its
  // place leave "curfew" the object's head.
  EXPECT_EQ(sole_actors("Jordan shortened by two hours the nightly curfew imposed in Zarqa.", "CONCEDE"), V({"state/JO"}));
  EXPECT_EQ(sole_actors("Jordan eased the nightly curfew.", "CONCEDE"), V({"state/JO"}));
  EXPECT_EQ(sole_actors("Jordan eased the curfew imposed in Zarqa.", "CONCEDE"), V({"state/JO"}));
  EXPECT_EQ(sole_actors("Jordan shortened its state visit to Egypt.", "CONCEDE"), V{});
}

// Evacuating people helps them (AID); evacuating a town gives it up (the
// withdrawal pattern's RETREAT); handing over medicine is aid, bodies a release.
TEST(Lexical, WhatIsEvacuatedOrHandedOverDecides) {
  auto people = run("UN helicopters evacuated the wounded from Zalingei on Friday.");
  EXPECT_EQ(of_type(people, "AID").size(), 1u);
  EXPECT_TRUE(of_type(people, "RETREAT").empty());
  auto town = run("Sudanese forces evacuated Zalingei on Friday.");
  EXPECT_EQ(of_type(town, "RETREAT").size(), 1u);
  EXPECT_TRUE(of_type(town, "AID").empty());
  EXPECT_EQ(sole_actors("Swiss doctors handed over 700 kg of medicine to the Red Crescent.", "AID"),
            V({"group/swiss-doctors"}));
  auto bodies = run("Hamas handed over the bodies to Israel.");
  EXPECT_TRUE(of_type(bodies, "AID").empty());
  EXPECT_EQ(of_type(bodies, "RETREAT").size(), 1u);
}

// "stayed home to protest": an infinitive of purpose of a verb of PURPOSE
// is what the act before it was, by that act's subject and in its mood; an
// infinitive that an actor, a verb or a noun before it takes is none.
TEST(Lexical, AnInfinitiveOfPurposeTellsWhatTheActWas) {
  auto home = run("Chileans stayed home on Tuesday to protest rising fuel prices.", "2025-06-20");
  auto p = of_type(home, "PROTEST");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0]->actors, V({"state/CL"}));
  EXPECT_EQ(p[0]->modality, Modality::None);
  EXPECT_FALSE(p[0]->negated);
  // (Each extraction is kept while pointers into it are read.)
  auto stayed = run("Chileans did not stay home to protest rising fuel prices.");
  auto not_home = of_type(stayed, "PROTEST");
  ASSERT_EQ(not_home.size(), 1u);
  EXPECT_TRUE(not_home[0]->negated);
  auto took = run("Chileans will take to the streets to protest rising fuel prices.");
  auto streets = of_type(took, "PROTEST");
  ASSERT_EQ(streets.size(), 1u);
  EXPECT_EQ(streets[0]->modality, Modality::Planned);
  // Taken by a verb, an actor or a noun: no protest happened.
  for (const char* s : {"Chile wants to protest rising fuel prices.", "Chile urged Peru to protest rising fuel prices.",
                        "Chileans have the right to protest rising fuel prices."}) {
    auto taken = run(s);
    for (const auto* a : of_type(taken, "PROTEST")) EXPECT_NE(a->modality, Modality::None) << s;
  }
  EXPECT_TRUE(of_type(run("Chileans have the right to protest rising fuel prices."), "PROTEST").empty());
}

// "summoned Peru's envoy to complain": the object of a verb of SUMMON is the
// one the subject acts before, so the infinitive of purpose is the
// subject's, a fact; the object of "urged" or "allowed", named or not, does
// the infinitive itself, which is no fact.
TEST(Lexical, AnInfinitiveAfterTheOneSummonedIsTheSummonersPurpose) {
  auto summoned =
      run("Chile's foreign minister summoned Peru's ambassador Jorge Salas on Friday to complain about the fishing quotas.");
  auto complaint = of_type(summoned, "ACCUSE");
  ASSERT_EQ(complaint.size(), 1u);
  EXPECT_EQ(complaint[0]->actors, V({"state/CL"}));
  EXPECT_EQ(complaint[0]->modality, Modality::None);
  EXPECT_EQ(sole_actors("Chile's foreign minister met the Peruvian ambassador Jorge Salas to criticize the quotas.", "ACCUSE"),
            V({"state/CL"}));
  // Object control: the one urged or allowed would complain; a name no
  // list holds is such an object too.
  for (const char* s : {"Chile urged Peru's ambassador Jorge Salas to complain about the quotas.",
                        "Chile allowed Salas to complain about the quotas.",
                        "Chile asked Peru to criticize the quotas."}) {
    auto taken = run(s);
    for (const auto* a : of_type(taken, "ACCUSE")) {
      EXPECT_NE(a->actors, V({"state/CL"})) << s;
      EXPECT_NE(a->modality, Modality::None) << s;
    }
  }
}

// The people of a crowd ("Thousands of Bolivians"), and a people placed by
// a phrase after it ("Georgians of the Russian-occupied South Ossetia"), is
// the subject: a participle after a hyphen is part of an adjective.
TEST(Lexical, APeopleActsAcrossACrowdOrAPlace) {
  EXPECT_EQ(sole_actors("Thousands of Bolivians marched in La Paz to protest the fuel prices.", "PROTEST"),
            V({"state/BO"}));
  EXPECT_EQ(sole_actors("Georgians of the Russian-occupied South Ossetia boycotted work on Monday.", "PROTEST"),
            V({"state/GE"}));
  // Shunning or boycotting work or classes is a strike; a summit, a refusal.
  EXPECT_EQ(sole_actors("Bolivian students shunned classes on Monday.", "PROTEST"), V({"group/bolivian-students"}));
  EXPECT_EQ(sole_actors("Bolivia shunned the summit in Lima.", "REJECT"), V({"state/BO"}));
  EXPECT_EQ(sole_actors("Bolivia shunned the summit in Lima.", "PROTEST"), V{});
}

// ClauseReader::read takes the chunks over as the reading and keeps, for
// the sentences after, only the named items they may refer back to: "the
// ministry" (by its head word), "the two sides" (two states named
// together), "the country" (the last state), never a person named after
// them.
TEST(Lexical, LaterSentencesReferBackToWhatEarlierOnesNamed) {
  EXPECT_EQ(sole_actors("The Russian Ministry of Defense met in Moscow on Monday. The ministry accused Ukraine "
                        "of shelling Belgorod.",
                        "ACCUSE"),
            V({"org/ru-mod"}));
  EXPECT_EQ(sole_actors("Serbia and Kosovo met in Brussels. The two sides agreed to resume talks.", "AGREE"),
            V({"state/RS", "state/XK"}));
  EXPECT_EQ(sole_actors("Mali hosted Emmanuel Macron in Bamako. The country accused Algeria of arming rebels.",
                        "ACCUSE"),
            V({"state/ML"}));
}

}  // namespace
}  // namespace sg::extract
