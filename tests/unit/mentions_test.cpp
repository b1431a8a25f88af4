// Mentions no list holds: bodies by their head word, people by an
// apposition or a speech verb, groups by their nouns; and what must not
// become an entity.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::run;

const Entity* entity(const Extraction& x, const std::string& key) {
  for (const auto& e : x.entities)
    if (e.key == key) return &e;
  return nullptr;
}

// The label of the entity of that key, "none" when there is none.
std::string label_of(const Extraction& x, const std::string& key) {
  const Entity* e = entity(x, key);
  return e ? e->label : "none";
}

std::vector<std::string> keys_of(const Extraction& x, EntityType type) {
  std::vector<std::string> out;
  for (const auto& e : x.entities)
    if (e.type == type) out.push_back(e.key);
  return out;
}

// The actors of every assertion of `type` ("" for any), in order.
std::vector<std::string> actors_of(const Extraction& x, const std::string& type = "") {
  std::vector<std::string> out;
  for (const auto& a : x.assertions)
    if (type.empty() || a.event_type == type) out.insert(out.end(), a.actors.begin(), a.actors.end());
  return out;
}

// The date of the first assertion of a type, on a report of 2025-06-12
// (a Thursday): "none" when it has no day, "no TYPE" when there is none.
std::string date_of(const char* sentence, const char* type) {
  auto x = run(sentence, "2025-06-12");
  for (const auto& a : x.assertions)
    if (a.event_type == type) return a.date ? a.date->iso() : std::string("none");
  return std::string("no ") + type;
}

using Keys = std::vector<std::string>;

TEST(Bodies, AnOrganisationByItsHeadWord) {
  auto x = run("Clashes erupted after the Stability Support Apparatus refused to leave its headquarters.");
  const Entity* ssa = entity(x, "org/stability-support-apparatus");
  ASSERT_TRUE(ssa);
  EXPECT_EQ(ssa->type, EntityType::Organization);
  EXPECT_EQ(ssa->label, "Stability Support Apparatus");
}

TEST(Bodies, AnArmedUnitWithAnOrdinalIsAForce) {
  auto x = run("The 3rd Mechanized Brigade repelled an assault near Siversk.");
  const Entity* brigade = entity(x, "org/3rd-mechanized-brigade");
  ASSERT_TRUE(brigade);
  EXPECT_EQ(brigade->type, EntityType::ArmedForce);
}

TEST(Bodies, AParentFromAStateAdjectiveOrALeadingBody) {
  auto x = run("The Libyan Presidential Council met the UN Support Mission in Libya (UNSMIL) on May 18. "
               "UNSMIL said the truce holds.", "2025-05-19");
  const Entity* council = entity(x, "org/libyan-presidential-council");
  ASSERT_TRUE(council);
  EXPECT_EQ(council->part_of, "state/LY");
  const Entity* mission = entity(x, "org/un-support-mission-in-libya");
  ASSERT_TRUE(mission);
  EXPECT_EQ(mission->part_of, "org/un");
  // The acronym in brackets names the mission for the rest of the report.
  EXPECT_NE(std::find(mission->alt_labels.begin(), mission->alt_labels.end(), "UNSMIL"), mission->alt_labels.end());
  bool said = false;
  for (const auto& a : x.assertions)
    said |= a.event_type == "STATEMENT" && a.actors == std::vector<std::string>{"org/un-support-mission-in-libya"};
  EXPECT_TRUE(said);
}

TEST(Bodies, AHeadWordAloneOrATitleBeforeItNamesNoBody) {
  auto x = run("The Council met on Tuesday. General Assembly delegates voted.", "2025-05-19");
  EXPECT_TRUE(keys_of(x, EntityType::Organization).empty());
  EXPECT_TRUE(keys_of(x, EntityType::Person).empty());
}

TEST(Bodies, TheSecurityCouncilIsTheUNsAndAStatesOneIsNamedSo) {
  // "the Security Council" with no state before it is the UN's, whichever
  // state the sentence names.
  auto x = run("The members of the Security Council condemned the attack on peacekeepers near Kidal, which killed a "
               "soldier from Chad.",
               "2024-08-26");
  EXPECT_EQ(actors_of(x, "ACCUSE"), Keys{"org/unsc"});
  // A state's own, by its possessive, even beside another state.
  x = run("Turkey's Security Council warned Greece over the islands.", "2024-08-26");
  EXPECT_EQ(actors_of(x, "THREATEN"), Keys{"org/tr-security-council"});
  // Not inside a longer name.
  x = run("The National Security Council of Pakistan met in Islamabad.", "2024-08-26");
  EXPECT_EQ(entity(x, "org/unsc"), nullptr);
}

TEST(Bodies, AStatesPossessiveBeforeACapitalisedBodyIsItsParent) {
  // "Nigeria's National Assembly": the state's body, and the clause's subject.
  auto x = run("Nigeria's National Assembly rejected the bill.", "2024-08-26");
  const Entity* assembly = entity(x, "org/national-assembly");
  ASSERT_TRUE(assembly);
  EXPECT_EQ(assembly->label, "National Assembly");
  EXPECT_EQ(assembly->part_of, "state/NG");
  EXPECT_EQ(actors_of(x, "REJECT"), Keys{"org/national-assembly"});
  // A lower-case head after the possessive names no body of this kind.
  x = run("Nigeria's assembly rejected the bill.", "2024-08-26");
  EXPECT_EQ(entity(x, "org/national-assembly"), nullptr);
}

TEST(Bodies, AHeadWordWithOfAndCapitalisedWordsIsAWholeName) {
  auto x = run("The Kenyan Union of Nurses condemned the arrests. Members of the Federation of Arab Pharmacists "
               "rejected the plan.", "2025-05-19");
  const Entity* nurses = entity(x, "org/kenyan-union-of-nurses");
  ASSERT_TRUE(nurses);
  EXPECT_EQ(nurses->label, "Kenyan Union of Nurses");
  EXPECT_EQ(nurses->part_of, "state/KE");
  EXPECT_EQ(actors_of(x, "ACCUSE"), Keys{"org/kenyan-union-of-nurses"});
  EXPECT_TRUE(entity(x, "org/federation-of-arab-pharmacists"));
  EXPECT_EQ(actors_of(x, "REJECT"), Keys{"org/federation-of-arab-pharmacists"});
}

TEST(Bodies, AHeadWordBeforeAPlaceOrADayNamesNoBody) {
  // Only "of" and words no list holds join the head: a place after "in"
  // is where, a day after "on" is when, and no "the" opens no name.
  auto x = run("The Council in Nairobi approved the plan. The Commission on Monday rejected the bid. "
               "Union of Nurses leaders met on Tuesday.", "2025-05-19");
  EXPECT_TRUE(keys_of(x, EntityType::Organization).empty());
}

TEST(Appositions, APersonNamedBeforeTheirRole) {
  auto x = run("Basem Naim, a senior Hamas official, rejected the proposal on May 3.", "2025-05-04");
  const Entity* naim = entity(x, "person/basem-naim");
  ASSERT_TRUE(naim);
  ASSERT_EQ(naim->positions.size(), 1u);
  EXPECT_EQ(naim->positions[0].title, "Official");
  EXPECT_EQ(naim->positions[0].of, "org/hamas");
  bool rejected = false;
  for (const auto& a : x.assertions) rejected |= a.event_type == "REJECT" && a.actors == std::vector<std::string>{"person/basem-naim"};
  EXPECT_TRUE(rejected);
}

TEST(Appositions, APersonNamedAfterTheirRole) {
  auto x = run("The head of the council, Mohamed al-Menfi, met with Hanna Tetteh, Special Representative of the "
               "Secretary-General for Libya.");
  EXPECT_TRUE(entity(x, "person/mohamed-al-menfi"));
  const Entity* tetteh = entity(x, "person/hanna-tetteh");
  ASSERT_TRUE(tetteh);
  ASSERT_FALSE(tetteh->positions.empty());
  EXPECT_EQ(tetteh->positions[0].title, "Special Representative");
}

TEST(Appositions, ANameThatSpeaks) {
  auto x = run("Xue Jian said on Saturday that Japan would pay a price.", "2025-11-10");
  EXPECT_TRUE(entity(x, "person/xue-jian"));
}

TEST(Appositions, NamesThatActAgeOrHaveKin) {
  // A subject whose surname no dictionary holds, before a finite verb.
  auto x = run("Tomas Velikovsky made the announcement on Monday.", "2025-11-10");
  EXPECT_TRUE(entity(x, "person/tomas-velikovsky"));
  // An age, a relative "who", a role or kin before the name.
  for (const char* s : {"Arvid Kolbeinsson, 41, was detained at the airport.",
                        "The truce followed the death of Arvid Kolbeinsson, who led the militia.",
                        "The court questioned businessman Arvid Kolbeinsson.",
                        "Police held his brother, Arvid Kolbeinsson, overnight."}) {
    x = run(s, "2025-11-10");
    EXPECT_TRUE(entity(x, "person/arvid-kolbeinsson")) << s;
  }
  // "Mr Kolbeinsson": the honorific says a person and is no part of the name.
  x = run("Mr Kolbeinsson told reporters that the talks had failed.", "2025-11-10");
  EXPECT_TRUE(entity(x, "person/kolbeinsson"));
  // A place that "is" or "has" is no person; nor is a dictionary word before a verb.
  x = run("Tal Abyad is north of Raqqa. Port Moresby has grown. North Star attacked the base.", "2025-11-10");
  EXPECT_TRUE(keys_of(x, EntityType::Person).empty());
}

TEST(Appositions, APlaceOrABodyIsNoPerson) {
  auto x = run("Northern State said it would send aid. Presidential Council said the truce holds.");
  EXPECT_TRUE(keys_of(x, EntityType::Person).empty());
}

TEST(Times, AWeekdayIsNoPartOfAName) {
  auto x = run("Yasser Arafat Wednesday rejected the Israeli offer.", "2000-07-20");
  const Entity* arafat = nullptr;
  for (const auto& e : x.entities)
    if (e.type == EntityType::Person) arafat = &e;
  if (arafat) {
    EXPECT_EQ(std::find(arafat->alt_labels.begin(), arafat->alt_labels.end(), "Wednesday"), arafat->alt_labels.end());
    EXPECT_EQ(arafat->label.find("Wednesday"), std::string::npos);
  }
}

TEST(Times, TheDayBeforeTheMonthAndAWeekdayBeforeTheDate) {
  // "on 20 March" without its year takes the year closest to the report;
  // "Monday 20 March" is one date, which the verb group carries.
  for (const char* s : {"The African Union pledged on 20 March to provide aid to Sudan.",
                        "The African Union pledged on Monday 20 March to provide aid to Sudan.",
                        "The African Union pledged on Monday, March 20, to provide aid to Sudan."}) {
    auto x = run(s, "2023-03-22");
    const Assertion* aid = nullptr;
    for (const auto& a : x.assertions)
      if (a.event_type == "AID") aid = &a;
    ASSERT_TRUE(aid) << s;
    ASSERT_TRUE(aid->date) << s;
    EXPECT_EQ(aid->date->iso(), "2023-03-20") << s;
    EXPECT_EQ(aid->modality, Modality::Planned) << s;  // a pledge: aid to come
    EXPECT_EQ(aid->actors, std::vector<std::string>{"org/au"}) << s;
  }
}

TEST(Times, ASpanCountedFromAnEventNamesNoDay) {
  // Relative to another event: no day, and not the report's either.
  EXPECT_EQ(date_of("Belarus expelled two Lithuanian diplomats the day before the vote.", "SANCTION"), "none");
  EXPECT_EQ(date_of("Three days after the summit, Belarus expelled two Lithuanian diplomats.", "SANCTION"), "none");
  EXPECT_EQ(date_of("Hours after the summit, Belarus expelled two Lithuanian diplomats.", "SANCTION"), "none");
  EXPECT_EQ(date_of("Belarus expelled two Lithuanian diplomats a week later.", "SANCTION"), "none");
  // Counted back from the report.
  EXPECT_EQ(date_of("Belarus expelled two Lithuanian diplomats three days ago.", "SANCTION"), "2025-06-09");
  EXPECT_EQ(date_of("Belarus expelled two Lithuanian diplomats a week ago.", "SANCTION"), "2025-06-05");
  // A time in a relative clause after the act is that clause's.
  EXPECT_EQ(date_of("Belarus expelled two Lithuanian diplomats who had arrived three days ago, the Belarusian Foreign Ministry said "
                    "on Tuesday.",
                    "SANCTION"),
            "2025-06-10");
}

TEST(Times, ADayTheVerbTakesAsItsObjectIsNoDateOfTheAct) {
  // The report's day, not the deadline.
  EXPECT_EQ(date_of("Serbia proposed June 30 as a deadline for the return of the prisoners.", "REQUEST"), "2025-06-12");
  // "as" opening a clause of its own leaves the day the act's.
  EXPECT_EQ(date_of("The Serbian prime minister resigned Sunday as protesters blocked the main roads.", "RETREAT"),
            "2025-06-08");
}

TEST(Times, ASpeakersTimeBeforeTheCommaOrAfterIn) {
  // "Last week," names no day: not the report's either.
  EXPECT_EQ(date_of("Last week, Kenyan President William Ruto told parliament that the border must reopen.", "STATEMENT"),
            "none");
  // "said in May" is the speaker's time, and the words after it are what was said.
  EXPECT_EQ(date_of("Kenyan President William Ruto said in May the border must reopen.", "STATEMENT"), "none");
  EXPECT_EQ(date_of("On Monday, Kenyan President William Ruto said that the border must reopen.", "STATEMENT"),
            "2025-06-09");
  // After the listener, before "that": the day the words were said.
  EXPECT_EQ(date_of("A senior Kenyan official told Reuters on Monday that the border must reopen.", "STATEMENT"),
            "2025-06-09");
}

TEST(Times, APresentPerfectTakesNoDayOfItsClause) {
  // Sunday is the flight's: "have condemned" names no past day.
  EXPECT_EQ(date_of("EU leaders have condemned the diversion of the jetliner flying to Vilnius on Sunday.", "ACCUSE"),
            "2025-06-12");
  // A speaker's day after the comma still dates it.
  EXPECT_EQ(date_of("Yemen has rejected the US request, an official said on Tuesday.", "REJECT"), "2025-06-10");
  // The past tense takes its clause's day.
  EXPECT_EQ(date_of("EU leaders condemned the diversion of the jetliner on Sunday.", "ACCUSE"), "2025-06-08");
}

TEST(Times, APhraseOfTimeAfterTheVerbKeepsItsDay) {
  // "before ... on Monday": Monday is when the deal was struck, not the
  // levies, which came before it: no day is known, not the report's either.
  auto x = run("Canada announced levies on US steel before both presidents struck a deal on Monday.", "2025-02-05");
  const Assertion* levy = nullptr;
  for (const auto& a : x.assertions)
    if (a.event_type == "SANCTION") levy = &a;
  ASSERT_TRUE(levy);
  EXPECT_FALSE(levy->date);
  // A phrase of time with no day in it leaves the clause its usual day.
  x = run("Canada announced levies on US steel after a week of talks.", "2025-02-05");
  levy = nullptr;
  for (const auto& a : x.assertions)
    if (a.event_type == "SANCTION") levy = &a;
  ASSERT_TRUE(levy);
  ASSERT_TRUE(levy->date);
  EXPECT_EQ(levy->date->iso(), "2025-02-05");
  // The phrase ends at its comma: the speaker's day after it dates the report.
  x = run("Burmese troops captured a Karen stronghold after five days of fighting, Thai police said on Monday.",
          "2025-02-05");
  const Assertion* capture = nullptr;
  for (const auto& a : x.assertions)
    if (a.event_type == "COERCE" || a.event_type == "ADVANCE") capture = &a;
  ASSERT_TRUE(capture);
  ASSERT_TRUE(capture->date);
  EXPECT_EQ(capture->date->iso(), "2025-02-03");
}

TEST(Groups, AGroupByItsSponsor) {
  // "an Iranian-backed militia", "Hamas-linked gunmen": sponsor, hyphen and
  // participle make one modifier; the group acts.
  auto x = run("An Iranian-backed militia shelled the base. Hamas-linked gunmen attacked the checkpoint.", "2025-01-02");
  EXPECT_TRUE(entity(x, "group/iranian-backed-militia"));
  EXPECT_TRUE(entity(x, "group/hamas-linked-gunmen"));
  std::vector<std::string> actors;
  for (const auto& a : x.assertions)
    if (a.event_type == "ASSAULT") actors.insert(actors.end(), a.actors.begin(), a.actors.end());
  EXPECT_EQ(actors, (std::vector<std::string>{"group/iranian-backed-militia", "group/hamas-linked-gunmen"}));
  // A place or a person sponsors no group.
  x = run("Kyiv-based analysts said the front held.", "2025-01-02");
  EXPECT_FALSE(entity(x, "group/kyiv-based-analysts"));
}

TEST(Groups, ACrowdOfMembersIsTheGroupAndActs) {
  // "thousands of university students throughout Indonesia staged": the
  // crowd is the group (its place names it, see GroupsByTheirPlace), the
  // place no subject.
  auto x = run("Tens of thousands of university students throughout Indonesia staged mass demonstrations.", "2000-01-01");
  ASSERT_EQ(x.assertions.size(), 1u);
  EXPECT_EQ(x.assertions[0].event_type, "PROTEST");
  EXPECT_EQ(x.assertions[0].actors, std::vector<std::string>{"group/university-students-throughout-indonesia"});
  // "A group of Chechen refugees", "About 200 supporters of X": the count's
  // qualifier and the group's leader after it, who names the group.
  x = run("A group of Chechen refugees are continuing a hunger strike.", "2000-01-01");
  ASSERT_EQ(x.assertions.size(), 1u);
  EXPECT_EQ(x.assertions[0].actors, std::vector<std::string>{"group/chechen-refugees"});
  x = run("About 200 supporters of former President Ahmed Ben Bella blocked roads in the capital.", "2000-01-01");
  ASSERT_EQ(x.assertions.size(), 1u);
  EXPECT_EQ(x.assertions[0].event_type, "PROTEST");
  EXPECT_EQ(x.assertions[0].actors, std::vector<std::string>{"group/supporters-of-former-president-ahmed-ben-bella"});
  ASSERT_TRUE(x.assertions[0].quantity);
  EXPECT_EQ(*x.assertions[0].quantity, 200);
  // "opposition parties": the last noun heads the group.
  x = run("Seven opposition parties demonstrated outside parliament.", "2000-01-01");
  EXPECT_TRUE(entity(x, "group/opposition-parties"));
}

TEST(Groups, AnEthnicPeopleIsNoState) {
  // "ethnic Hungarians": the people, wherever they live, not Hungary; its
  // count stays on the assertion.
  auto x = run("About 300 ethnic Hungarians marched through the town centre on Saturday.", "2000-01-01");
  const Entity* people = entity(x, "group/ethnic-hungarians");
  ASSERT_TRUE(people);
  EXPECT_EQ(people->label, "ethnic Hungarians");
  EXPECT_EQ(people->member_type, "Person");
  EXPECT_EQ(actors_of(x, "PROTEST"), Keys{"group/ethnic-hungarians"});
  ASSERT_TRUE(x.assertions[0].quantity);
  EXPECT_EQ(*x.assertions[0].quantity, 300);
  // As a target too: "attacked ethnic Uzbeks".
  x = run("Islamist militants attacked ethnic Uzbeks in the south of the country.", "2000-01-01");
  ASSERT_EQ(x.assertions.size(), 1u);
  EXPECT_EQ(x.assertions[0].targets, Keys{"group/ethnic-uzbeks"});
  // Without the word, the plural still stands for its state.
  x = run("Hungarians marched through the town centre on Saturday.", "2000-01-01");
  EXPECT_EQ(actors_of(x, "PROTEST"), Keys{"state/HU"});
  EXPECT_FALSE(entity(x, "group/ethnic-hungarians"));
}

TEST(Groups, GroupsByTheirPlace) {
  // "Rebels in the Ivory Coast", "Security forces in Guinea": a noun for
  // people and the state after "in" name a group; the state stays a place
  // of the sentence, no subject.
  auto x = run("Security forces in Guinea beat dozens of refugees. Rebels in Chad rejected the peace plan.", "2000-01-01");
  const Entity* forces = entity(x, "group/security-forces-in-guinea");
  ASSERT_TRUE(forces);
  EXPECT_EQ(forces->label, "Security forces in Guinea");
  EXPECT_EQ(forces->member_type, "Person");
  EXPECT_TRUE(entity(x, "group/rebels-in-chad"));
  EXPECT_EQ(actors_of(x), (Keys{"group/security-forces-in-guinea", "group/rebels-in-chad"}));
  // A listed city does the same: "Demonstrators in Baghdad".
  x = run("Demonstrators in Baghdad blocked a road on Monday.", "2000-01-01");
  EXPECT_TRUE(entity(x, "group/demonstrators-in-baghdad"));
  // Not a noun for places, not someone's forces, not another place that the state has.
  x = run("A camp in Guinea was attacked. Israel has strengthened its forces in Lebanon. Prisoners in East Timor's "
          "capital rioted.", "2000-01-01");
  EXPECT_TRUE(keys_of(x, EntityType::ActorGroup).empty());
}

TEST(Groups, GroupsByAPlaceNoListHolds) {
  // "Kenyan police in Wajir": a name no list holds after "in" is a place
  // by its shape, and names the group as a listed one does; not a name
  // that a noun after it makes a modifier, nor another place's part.
  auto x = run("Ugandan police in Kaabong seized two rifles. Rebels in the Imatong Mountains attacked a convoy.",
               "2000-01-01");
  EXPECT_EQ(label_of(x, "group/ugandan-police-in-kaabong"), "Ugandan police in Kaabong");
  EXPECT_EQ(actors_of(x), (Keys{"group/ugandan-police-in-kaabong", "group/rebels-in-the-imatong-mountains"}));
  x = run("Ugandan police in Kaabong's market seized two rifles. Ugandan students in Kaabong schools protested.",
          "2000-01-01");
  EXPECT_EQ(keys_of(x, EntityType::ActorGroup), (std::vector<std::string>{"group/ugandan-police", "group/ugandan-students"}));
}

TEST(Groups, GroupsByThePlaceOrThePersonAfterOf) {
  // "residents of Gaza", "Druze villagers of the Syrian Golan Heights": a
  // place after "of" names the group as one after "in" does; a state does
  // not ("Leaders of Iran" are Iran).
  auto x = run("Residents of Mombasa blocked the port road. Alawite villagers of the Syrian Golan Heights rejected the "
               "plan. Leaders of Kenya rejected the plan.", "2000-01-01");
  EXPECT_EQ(label_of(x, "group/alawite-villagers-of-the-syrian-golan-heights"),
            "Alawite villagers of the Syrian Golan Heights");
  EXPECT_EQ(actors_of(x), (Keys{"group/residents-of-mombasa", "group/alawite-villagers-of-the-syrian-golan-heights",
                                "state/KE"}));
  // "supporters of President Kiir": those who follow a person are a group
  // that names him, and he is not their act's subject; a noun of no
  // following makes no group of him ("Leaders of President Kiir's party").
  x = run("About 300 supporters of President Salva Kiir attacked the camp. Police fired tear gas at loyalists of "
          "President Salva Kiir.", "2000-01-01");
  EXPECT_EQ(label_of(x, "group/supporters-of-president-salva-kiir"), "supporters of President Salva Kiir");
  EXPECT_EQ(actors_of(x, "ASSAULT"), (Keys{"group/supporters-of-president-salva-kiir", "group/police"}));
  EXPECT_TRUE(entity(x, "group/loyalists-of-president-salva-kiir"));
  x = run("Relatives of President Salva Kiir attacked the camp.", "2000-01-01");
  EXPECT_TRUE(keys_of(x, EntityType::ActorGroup).empty());
}

TEST(Groups, AnAdjectiveAndATradeBeforeANounForPeople) {
  // "French paper workers", "Liberian riot police": a lower-case noun between
  // the state's adjective and the noun for people; a sentence's capital on
  // an adjective ("Angry") names no people.
  auto x = run("Angry French paper workers blocked the bridge. Liberian riot police dispersed the crowd.", "2000-01-01");
  EXPECT_TRUE(entity(x, "group/french-paper-workers"));
  EXPECT_TRUE(entity(x, "group/liberian-riot-police"));
  EXPECT_FALSE(entity(x, "group/angry-french-paper-workers"));
  x = run("Angry activists staged rallies in Gaza. Islamic fundamentalists continued their hunger strike.", "2000-01-01");
  EXPECT_FALSE(entity(x, "group/angry-activists"));
  EXPECT_TRUE(entity(x, "group/islamic-fundamentalists"));
  // A trade noun needs a state's adjective or an origin before it.
  x = run("Many paper workers stayed home on Monday.", "2000-01-01");
  EXPECT_TRUE(keys_of(x, EntityType::ActorGroup).empty());
}

TEST(Groups, BareNounsForPeople) {
  // "Prisoners rioted": a bare noun for people opening the sentence before its verb.
  auto x = run("Prisoners rioted at a jail on Monday.", "2000-01-01");
  EXPECT_EQ(actors_of(x, "PROTEST"), Keys{"group/prisoners"});
  // Not before "of", nor inside the sentence.
  x = run("Prisoners of war talks resumed in Geneva. The guards said prisoners rioted.", "2000-01-01");
  EXPECT_FALSE(entity(x, "group/prisoners"));
  // "Hundreds of thousands of people": a crowd of people is a group.
  x = run("Hundreds of thousands of people blocked streets in Hong Kong.", "2000-01-01");
  EXPECT_EQ(actors_of(x), Keys{"group/people"});
  // A count of people is no group of them.
  x = run("Two Palestinian suicide bombers killed 23 people in Tel Aviv.", "2000-01-01");
  EXPECT_FALSE(entity(x, "group/people"));
  // "Thousands of Georgians": a crowd of a people's plural name is its state.
  x = run("Thousands of Georgians rallied in Tbilisi to protest the election.", "2000-01-01");
  EXPECT_EQ(actors_of(x), Keys{"state/GE"});
  // "the Zambian people": the state itself.
  x = run("The Zambian people rejected the deal.", "2000-01-01");
  EXPECT_EQ(actors_of(x), Keys{"state/ZM"});
  // After "against" or "at", a bare noun for people is whom an act is aimed at.
  x = run("Soldiers opened fire at villagers near the dam. The regime used force against students.", "2000-01-01");
  EXPECT_TRUE(entity(x, "group/villagers"));
  EXPECT_TRUE(entity(x, "group/students"));
  // Not a noun for people only by its use ("against reforms"), nor one after another preposition.
  x = run("The minister spoke against reforms and met with farmers on Monday.", "2000-01-01");
  EXPECT_TRUE(keys_of(x, EntityType::ActorGroup).empty());
}

TEST(Groups, HowThePeopleAreAndWhatTheyStandFor) {
  // "angry protesters", "unidentified gunmen": an adjective of manner makes the
  // noun a group, and stays out of its name.
  auto x = run("Hours later angry protesters stormed the embassy. Unidentified gunmen attacked the checkpoint.", "2000-01-01");
  EXPECT_TRUE(entity(x, "group/protesters"));
  EXPECT_TRUE(entity(x, "group/gunmen"));
  EXPECT_FALSE(entity(x, "group/angry-protesters"));
  // A participle may be the verb itself: "police arrested protesters".
  x = run("On Monday police arrested protesters in the capital.", "2000-01-01");
  EXPECT_FALSE(entity(x, "group/protesters"));
  // "anti-government demonstrators", "pro-Russian separatists": the stance is the name.
  x = run("Thousands of anti-government demonstrators marched in Tbilisi. Pro-Russian separatists shelled Mariupol.",
          "2000-01-01");
  EXPECT_TRUE(entity(x, "group/anti-government-demonstrators"));
  const Entity* separatists = entity(x, "group/pro-russian-separatists");
  ASSERT_TRUE(separatists);
  EXPECT_EQ(separatists->label, "Pro-Russian separatists");
  // A count is no manner: "More protesters" names no group "more protesters".
  x = run("More protesters gathered on Sunday.", "2000-01-01");
  EXPECT_FALSE(entity(x, "group/more-protesters"));
}

TEST(Groups, MembersFromANamedBody) {
  // "activists from the defeated Fatah Party": the party acts.
  auto x = run("Angry activists from the defeated Fatah Party staged rallies against Abbas.", "2000-01-01");
  EXPECT_EQ(actors_of(x), Keys{"org/fatah"});
  // People from a state come from there; they are not the state.
  x = run("Refugees from Syria protested in Ankara.", "2000-01-01");
  EXPECT_TRUE(actors_of(x).empty());
}

TEST(Forces, AStatesEquipmentIsItsForces) {
  // "Israeli tanks", "Israeli helicopters and tanks": the state's forces act.
  auto x = run("Israeli tanks fired shells at targets in Jericho. Israeli helicopters and tanks shelled positions "
               "near Rafah.", "2000-01-01");
  EXPECT_EQ(actors_of(x, "ASSAULT"), (Keys{"org/il-forces", "org/il-forces"}));
  // People after "and" are no equipment: "officials" are not the forces.
  x = run("Israeli forces and officials rejected the plan.", "2000-01-01");
  EXPECT_TRUE(actors_of(x, "REJECT").empty());
}

TEST(Names, OlderNamesAndSpellings) {
  // The European Community (the EEC renamed in 1993, succeeded by the EU in
  // 2009) is its own entity, not the EU; its ministers act for it.
  auto x = run("European Community foreign ministers agreed to provide aid. The EU later rejected the plan.", "2000-01-01");
  ASSERT_TRUE(entity(x, "org/european-community"));
  EXPECT_EQ(actors_of(x, "AGREE"), Keys{"org/european-community"});
  EXPECT_EQ(actors_of(x, "REJECT"), Keys{"org/eu"});
  // "Hizbollah" is Hezbollah; "Macedonia" and "FYROM" are North Macedonia.
  x = run("Hizbollah fighters rejected the truce. Greece refused to recognize FYROM. Macedonia rejected the plan.",
          "2000-01-01");
  EXPECT_EQ(actors_of(x, "REJECT"), (Keys{"org/hezbollah", "state/GR", "state/MK"}));
}

TEST(Titles, AnAdjectiveBeforeANounIsNoTitle) {
  // "a general strike": "general" is an adjective there, and the trigger
  // phrase "general strike" is read.
  auto x = run("Seven opposition parties have organized a general strike in Nepal.", "2000-01-01");
  EXPECT_EQ(actors_of(x, "PROTEST"), Keys{"group/opposition-parties"});
  // A title before a name still names the person.
  x = run("General Tom Smith rejected the plan.", "2000-01-01");
  EXPECT_EQ(actors_of(x, "REJECT"), Keys{"person/tom-smith"});
}

TEST(Names, AnOutletWhereTheTextSpeaksOfReporting) {
  // "AFP" is the Armed Forces of the Philippines and Agence France-Presse:
  // the one told, the one reporting, the one "according to" is the agency.
  auto x = run("The army lifted the blockade, officials told AFP. According to AFP, the talks failed. AFP reported "
               "that the talks failed.", "2000-01-01");
  EXPECT_TRUE(entity(x, "org/afp"));
  EXPECT_FALSE(entity(x, "org/ph-forces"));
  // The force stays when the report named it before.
  x = run("Philippine troops attacked rebels in Sulu. Officials told AFP that the rebels fled.", "2000-01-01");
  EXPECT_TRUE(entity(x, "org/afp"));
  EXPECT_TRUE(entity(x, "org/ph-forces"));
  // Elsewhere the force keeps the name.
  x = run("The AFP launched an offensive against Abu Sayyaf in Sulu.", "2000-01-01");
  EXPECT_EQ(actors_of(x, "ASSAULT"), Keys{"org/ph-forces"});
  EXPECT_FALSE(entity(x, "org/afp"));
}

TEST(Groups, AGroupLedByAState) {
  // "Vietnamese-led forces", as "Iranian-backed": the leader, a hyphen, "led".
  auto x = run("Vietnamese-led forces launched rocket fire against guerrilla camps.", "2000-01-01");
  ASSERT_TRUE(entity(x, "group/vietnamese-led-forces"));
  EXPECT_EQ(actors_of(x, "ASSAULT"), Keys{"group/vietnamese-led-forces"});
}

TEST(Groups, AStatesNameBeforeANounForPeople) {
  // "Ivory Coast rebels": a group of the state's people, not the state.
  auto x = run("Ivory Coast rebels on Friday again rejected a Senegalese peace plan.", "2000-01-01");
  EXPECT_TRUE(entity(x, "group/ivory-coast-rebels"));
  ASSERT_EQ(x.assertions.size(), 1u);
  EXPECT_EQ(x.assertions[0].actors, std::vector<std::string>{"group/ivory-coast-rebels"});
  // A people's plural name takes a verb without -s: "The Palestinians reject".
  x = run("The Palestinians reject the proposed changes to the deal.", "2000-01-01");
  ASSERT_EQ(x.assertions.size(), 1u);
  EXPECT_EQ(x.assertions[0].event_type, "REJECT");
  EXPECT_EQ(x.assertions[0].actors, std::vector<std::string>{"state/PS"});
  // A single name before a bare base form is still a noun phrase.
  x = run("Talks to finalize US support continued.", "2000-01-01");
  for (const auto& a : x.assertions) EXPECT_NE(a.event_type, "SUPPORT");
}

TEST(Groups, AGroupByItsNounAndOrigin) {
  auto x = run("Palestinian youths protested in Hebron. Radical French farmers blockaded Paris. Muslim hackers defaced "
               "Danish websites.");
  EXPECT_TRUE(entity(x, "group/palestinian-youths"));
  EXPECT_TRUE(entity(x, "group/french-farmers"));
  EXPECT_TRUE(entity(x, "group/muslim-hackers"));
  // A political creed names the group as a people does ("Maoist rebels"):
  // Serbian nationalist militants are not any Serbian militants.
  x = run("Serbian nationalist militants bombed a mosque. Separatist gunmen ambushed a patrol.");
  EXPECT_EQ(actors_of(x, "ASSAULT"), (Keys{"group/serbian-nationalist-militants", "group/separatist-gunmen"}));
}

TEST(Bodies, AStatesJointChiefsOfStaffIsABodyEveryStateMayHave) {
  auto x = run("Japan's Joint Chiefs of Staff condemned the missile launch.");
  EXPECT_EQ(actors_of(x, "ACCUSE"), Keys{"org/jp-joint-chiefs"});
  const Entity* jcs = entity(x, "org/jp-joint-chiefs");
  ASSERT_TRUE(jcs);
  EXPECT_EQ(jcs->label, "Japanese Joint Chiefs of Staff");
}

TEST(Bodies, AStatesDelegationIsItsGovernment) {
  auto x = run("A Chinese delegation visited Pyongyang on Monday.");
  auto actors = actors_of(x, "CONSULT");
  EXPECT_NE(std::find(actors.begin(), actors.end(), "org/cn-government"), actors.end()) << x.assertions.size();
  // An organisation's delegation stays the organisation's.
  x = run("The Hamas delegation met Egyptian mediators in Cairo.");
  actors = actors_of(x, "CONSULT");
  EXPECT_NE(std::find(actors.begin(), actors.end(), "org/hamas"), actors.end());
}

TEST(Bodies, TheEnvoysAStateOrBodySendsSpeakForIt) {
  auto x = run("Iran's negotiators rejected the American proposal.");
  EXPECT_EQ(actors_of(x, "REJECT"), Keys{"state/IR"});
  // A capital stands for its state; an apposition after the envoys keeps them the subject.
  x = run("Tehran's delegation, led by its deputy foreign minister, rejected the proposal.");
  EXPECT_EQ(actors_of(x, "REJECT"), Keys{"state/IR"});
  // A person's envoys are no body of theirs.
  x = run("Putin's envoys met Witkoff in Riyadh.");
  auto actors = actors_of(x);
  EXPECT_EQ(std::find(actors.begin(), actors.end(), "person/vladimir-putin"), actors.end());
}

TEST(Bodies, ALowerCaseHeadAfterAName) {
  auto x = run("The Bush administration declared that China must drop its barriers.");
  EXPECT_TRUE(entity(x, "org/bush-administration"));
}

TEST(Bodies, ATitleWordAfterTheOpensABodysName) {
  auto x = run("Agents of the General Security Directorate arrested him. General Ivo Tamm spoke.");
  const Entity* directorate = entity(x, "org/general-security-directorate");
  ASSERT_TRUE(directorate);
  EXPECT_EQ(directorate->label, "General Security Directorate");
  EXPECT_EQ(keys_of(x, EntityType::Person), Keys{"person/ivo-tamm"});
}

TEST(Bodies, ALowerCaseBodyAfterItsStateOrBody) {
  auto x = run("Moldova's central election commission rejected the list. The EU human rights office accused "
               "the militia of abuses.");
  const Entity* commission = entity(x, "org/moldovas-central-election-commission");
  ASSERT_TRUE(commission);
  EXPECT_EQ(commission->label, "Moldova's central election commission");
  EXPECT_EQ(commission->part_of, "state/MD");
  const Entity* office = entity(x, "org/eu-human-rights-office");
  ASSERT_TRUE(office);
  EXPECT_EQ(office->part_of, "org/eu");
  EXPECT_EQ(actors_of(x, "REJECT"), Keys{"org/moldovas-central-election-commission"});
  // A bare head, a word that says nothing of which body, or a person as
  // owner: the state, or nobody, stays the actor.
  x = run("Moldova's commission rejected the list. Moldova's new office rejected the plan. Ivo Tamm's press "
          "office rejected the claim.");
  EXPECT_TRUE(keys_of(x, EntityType::Organization).empty());
}

// A name with its article ("the UN", "the West") yields to a longer one
// that starts after the article: "the UN Security Council", "the West Bank".
TEST(Names, TheArticleGivesWayToALongerName) {
  auto x = run("Congo urged the UN Security Council to impose sanctions on Rwanda.");
  EXPECT_TRUE(entity(x, "org/unsc"));
  EXPECT_FALSE(entity(x, "org/un-security-council"));
  x = run("Israeli troops raided a camp in the West Bank on Monday.");
  EXPECT_TRUE(entity(x, "place/west-bank"));
  // The article's own name stays where nothing longer follows.
  x = run("The UN said it would send more aid.");
  EXPECT_TRUE(entity(x, "org/un"));
}

TEST(Bodies, AStatesGovernmentNamedWithWhichOneItIsNow) {
  auto x = run("Sudan's transitional government rejected the proposal. The Peruvian caretaker government "
               "rejected the offer. Spain's Socialist cabinet rejected the budget.");
  EXPECT_EQ(actors_of(x, "REJECT"), (Keys{"org/sd-government", "org/pe-government", "org/es-government"}));
  const Entity* sudan = entity(x, "org/sd-government");
  ASSERT_TRUE(sudan);
  EXPECT_NE(std::find(sudan->alt_labels.begin(), sudan->alt_labels.end(), "Sudan's transitional government"),
            sudan->alt_labels.end());
  // A people's or a faith's government, or one the lexicon does not know as
  // the state's own now, is another body: never the state's government.
  x = run("Iraq's Kurdish government rejected the plan. Libya's rival government rejected the offer.");
  EXPECT_FALSE(entity(x, "org/iq-government"));
  EXPECT_FALSE(entity(x, "org/ly-government"));
}

TEST(Bodies, AStatesCabinetIsItsGovernment) {
  auto x = run("Chile's cabinet rejected the reform. The Kenyan Cabinet rejected the loan.");
  EXPECT_EQ(actors_of(x, "REJECT"), (Keys{"org/cl-government", "org/ke-government"}));
}

TEST(Bodies, AStatesSupremeCourtWithOrWithoutItsState) {
  auto x = run("Kenya's Supreme Court rejected the appeal. The Supreme Court of Chile rejected the petition.");
  EXPECT_EQ(actors_of(x, "REJECT"), (Keys{"org/ke-supreme-court", "org/cl-supreme-court"}));
  x = run("Kenya held elections in August. The Supreme Court rejected the appeal.");
  EXPECT_EQ(actors_of(x, "REJECT"), Keys{"org/ke-supreme-court"});
}

TEST(Places, ASeaFeatureOrANamedSiteByItsLastWord) {
  auto x = run("Coast guard ships blocked boats near Marlow shoal. Rebels seized Kessel International Airport "
               "and the Presidential Palace.");
  for (const char* key : {"place/marlow-shoal", "place/kessel-international-airport", "place/presidential-palace"}) {
    const Entity* place = entity(x, key);
    ASSERT_TRUE(place) << key;
    EXPECT_EQ(place->type, EntityType::Place) << key;
  }
  // In lower case a site's word is no part of the city's name.
  x = run("Troops held Kabul airport.");
  EXPECT_TRUE(entity(x, "place/kabul"));
  EXPECT_FALSE(entity(x, "place/kabul-airport"));
}

TEST(Bodies, AnAcronymAfterACommaAndOrNamesTheBodyBeforeIt) {
  auto x = run("Fines hit the Office of Naval Procurement, or ONP, on Monday. Later Estonia sanctioned ONP.",
               "2025-05-06");
  const Entity* office = entity(x, "org/office-of-naval-procurement");
  ASSERT_TRUE(office);
  EXPECT_EQ(office->type, EntityType::Organization);
  EXPECT_NE(std::find(office->alt_labels.begin(), office->alt_labels.end(), "ONP"), office->alt_labels.end());
  bool sanctioned = false;
  for (const auto& a : x.assertions)
    sanctioned |= a.event_type == "SANCTION" && a.targets == Keys{"org/office-of-naval-procurement"};
  EXPECT_TRUE(sanctioned);
  // States, a single word, or a name with no "the" before it define nothing.
  x = run("Estonia, or EST, protested. Talks with Lindqvist, or LQ, failed. Boats of Marlow Fishing, or MF, sank.");
  EXPECT_TRUE(keys_of(x, EntityType::Organization).empty());
}

TEST(Bodies, ACompanyByTheWordThatEndsItsName) {
  auto x = run("Marlow Tanker Holdings Ltd, the ship's owner, said the crew was safe. The crew is Filipino, "
               "Marlow Tanker Holdings said.");
  const Entity* owner = entity(x, "org/marlow-tanker-holdings-ltd");
  ASSERT_TRUE(owner);
  EXPECT_EQ(owner->type, EntityType::Organization);
  EXPECT_EQ(owner->org_kind, "company");
  EXPECT_TRUE(keys_of(x, EntityType::Person).empty());
  EXPECT_EQ(actors_of(x, "STATEMENT"), (Keys{"org/marlow-tanker-holdings-ltd", "org/marlow-tanker-holdings-ltd"}));
}

// Chunker::note_gates(): a step that needs a word class the sentence lacks
// returns at once; one whose class it holds reads it, also where the word
// came before in the report (the second "office", "Ltd" and "ethnic" are
// found in the chunker's cache of each word's classes).
TEST(Bodies, EachStepStillReadsASentenceThatHoldsItsWordClass) {
  auto x = run("The EU human rights office accused the militia of abuses. Marlow Tanker Holdings Ltd said the crew "
               "was safe. About 300 ethnic Hungarians marched through the town centre on Saturday. The UN human "
               "rights office rejected the claim. Galaxy Maritime Ltd said the ship was seized. About 200 ethnic "
               "Hungarians marched in Cluj. The al-Shabaab terror network threatened to attack Nairobi.",
               "2000-01-01");
  for (const char* key : {"org/eu-human-rights-office", "org/un-human-rights-office", "org/marlow-tanker-holdings-ltd",
                          "org/galaxy-maritime-ltd", "group/ethnic-hungarians"})
    EXPECT_TRUE(entity(x, key)) << key;
  EXPECT_EQ(actors_of(x, "THREATEN"), Keys{"org/al-shabaab"});
  const Keys protesters = actors_of(x, "PROTEST");
  ASSERT_FALSE(protesters.empty());
  for (const auto& key : protesters) EXPECT_EQ(key, "group/ethnic-hungarians");
}

TEST(Places, APartOfAStateByItsAdjective) {
  auto x = run("Protests spread along the Estonian coast, and a ferry sank off the Latvian coastline.");
  const std::pair<const char*, const char*> parts[] = {{"place/estonian-coast", "state/EE"},
                                                       {"place/latvian-coastline", "state/LV"}};
  for (const auto& part : parts) {
    const Entity* place = entity(x, part.first);
    ASSERT_TRUE(place) << part.first;
    EXPECT_EQ(place->located_in, part.second);
  }
  // A compound noun, or no preposition of place before it: no place.
  x = run("Boats waited near the Estonian coast guard station. The Estonian coast was calm.");
  EXPECT_TRUE(keys_of(x, EntityType::Place).empty());
}

TEST(Bodies, AStatesBodyNamedWithoutItsStateIsTheOneStatesInView) {
  // The sentence's one state; else the paragraph's; else the report's.
  auto x = run("Estonia protested, the Foreign Ministry said.");
  EXPECT_EQ(actors_of(x, "STATEMENT"), Keys{"org/ee-mfa"});
  x = run("Estonia summoned the envoy on Monday. The Defence Ministry said the drills were a threat.", "2025-05-06");
  EXPECT_EQ(actors_of(x, "STATEMENT"), Keys{"org/ee-mod"});
  const Entity* mod = entity(x, "org/ee-mod");
  ASSERT_TRUE(mod);
  EXPECT_NE(std::find(mod->alt_labels.begin(), mod->alt_labels.end(), "Defence Ministry"), mod->alt_labels.end());
  x = run("Estonia summoned the envoy on Monday.\n\nThe Foreign Ministry said the drills were a threat.", "2025-05-06");
  EXPECT_EQ(actors_of(x, "STATEMENT"), Keys{"org/ee-mfa"});
  // Two states compete: the ministry is nobody's known one.
  x = run("Estonia and Latvia protested, the Foreign Ministry said.");
  EXPECT_EQ(actors_of(x, "STATEMENT"), Keys{"org/foreign-ministry"});
  x = run("Estonia summoned Latvia's envoy on Monday.\n\nThe Foreign Ministry said the drills were a threat.",
          "2025-05-06");
  EXPECT_EQ(actors_of(x, "STATEMENT"), Keys{"org/foreign-ministry"});
}

TEST(Bodies, StatesInViewStaySeveralOnceTwoWereNamed) {
  // The chunker keeps two states of a paragraph or report at most: more
  // states, or one named again, still leave several in view; a new
  // paragraph with one state names its ministry again.
  auto x = run("Estonia and Latvia protested on Monday. Lithuania and Estonia joined them. Estonia summoned the envoy. "
               "The Foreign Ministry said the drills were a threat.",
               "2025-05-06");
  EXPECT_EQ(actors_of(x, "STATEMENT"), Keys{"org/foreign-ministry"});
  x = run("Estonia and Latvia protested on Monday. Lithuania joined them.\n\nEstonia summoned the envoy. "
          "The Foreign Ministry said the drills were a threat.",
          "2025-05-06");
  EXPECT_EQ(actors_of(x, "STATEMENT"), Keys{"org/ee-mfa"});
  x = run("Estonia and Latvia protested on Monday. Lithuania joined them.\n\nThe Foreign Ministry said the drills were "
          "a threat.",
          "2025-05-06");
  EXPECT_EQ(actors_of(x, "STATEMENT"), Keys{"org/foreign-ministry"});
}

TEST(Appositions, AnAcronymAloneIsNobodysName) {
  auto x = run("Czechia and Albania upgraded their ties, the official CTK news agency said.");
  EXPECT_TRUE(keys_of(x, EntityType::Person).empty());
}

TEST(Lists, StateAdjectivesShareTheirNoun) {
  auto x = run("Senior Hungarian and Romanian officials agreed on Wednesday to cooperate.", "2000-01-01");
  bool both = false;
  for (const auto& a : x.assertions)
    both |= a.event_type == "AGREE" && a.actors == std::vector<std::string>{"org/hu-government", "org/ro-government"};
  EXPECT_TRUE(both);
}

TEST(Groups, TwoDomainsJoinedBeforeANounForPeople) {
  auto x = run("Western defence and intelligence officials accused Iran of arming the rebels.");
  EXPECT_TRUE(entity(x, "group/western-defence-and-intelligence-officials"));
  EXPECT_EQ(actors_of(x, "ACCUSE"), Keys{"group/western-defence-and-intelligence-officials"});
  // Domains alone say no whose: no group.
  x = run("Defence and foreign ministers met in Rome.");
  EXPECT_TRUE(keys_of(x, EntityType::ActorGroup).empty());
}

TEST(Groups, ANameOfAPeopleBeforeANounForPeople) {
  auto x = run("Tuareg insurgents repelled an offensive in northern Mali.");
  EXPECT_TRUE(entity(x, "group/tuareg-insurgents"));
}

TEST(Groups, APeoplesEldersWithTheWordThatSaysWhich) {
  auto x = run("Pashtun tribal elders rejected the ceasefire.");
  EXPECT_EQ(actors_of(x, "REJECT"), Keys{"group/pashtun-tribal-elders"});
  // A kind word alone names no one's elders.
  x = run("Tribal elders rejected the ceasefire.");
  EXPECT_TRUE(keys_of(x, EntityType::ActorGroup).empty());
}

TEST(Groups, OneBodyDescribedWhereItActs) {
  auto x = run("A Kurdish opposition party rejected the election results. The largest Tamil rebel group rejected "
               "the offer.");
  EXPECT_EQ(actors_of(x, "REJECT"), (Keys{"group/kurdish-opposition-party", "group/tamil-rebel-group"}));
  const Entity* party = entity(x, "group/kurdish-opposition-party");
  ASSERT_TRUE(party);
  EXPECT_EQ(party->label, "Kurdish opposition party");
  EXPECT_EQ(party->member_type, "Organization");
  // It speaks after the words it said, before or after its verb.
  x = run("The army shelled the town, a human rights group said. The army shelled the port, said a leading human "
          "rights organisation.");
  EXPECT_EQ(actors_of(x, "STATEMENT"), (Keys{"group/human-rights-group", "group/human-rights-organisation"}));
  // A wing is a body; where it is based, and a name between commas, belong to it.
  x = run("The KDF political wing rejected the truce. An Islamist group based in Mindanao attacked the convoy. A "
          "Tamil rebel group, Eelam Liberation Front (ELF), rejected the talks.");
  EXPECT_EQ(actors_of(x, "REJECT"), (Keys{"group/kdf-political-wing", "group/tamil-rebel-group"}));
  EXPECT_EQ(actors_of(x, "ASSAULT"), Keys{"group/islamist-group-based-in-mindanao"});
  // Its members who open the clause act for it, as for a named body.
  x = run("Leaders of a Kurdish opposition party agreed to postpone the rally.");
  EXPECT_EQ(actors_of(x, "AGREE"), Keys{"group/kurdish-opposition-party"});
  // A gloss in brackets after a name is part of the description.
  x = run("The separatist Herri (Unity) movement rejected the offer.");
  EXPECT_EQ(actors_of(x, "REJECT"), Keys{"group/separatist-herri-unity-movement"});
  // What undergoes an act is no body described ("A hospital wing").
  x = run("A hospital wing was hit by a shell.");
  EXPECT_TRUE(keys_of(x, EntityType::ActorGroup).empty());
  // Not in an object or after a preposition, not by size alone, and "the
  // rebel group" refers back (here to no one) rather than describes.
  x = run("Troops attacked a rebel group near the border. Police met members of a human rights group. A small "
          "group attacked the convoy. The rebel group rejected the offer.");
  EXPECT_EQ(keys_of(x, EntityType::ActorGroup), (Keys{"group/police", "group/troops"}));
  EXPECT_FALSE(entity(x, "group/rebel-group"));
  EXPECT_FALSE(entity(x, "group/human-rights-group"));
  EXPECT_FALSE(entity(x, "group/small-group"));
}

TEST(Groups, PeoplesForcesAndWhoeverSpeaks) {
  auto x = run("Thousands of Iraqi Kurds demonstrated in Kirkuk. Serb forces killed three villagers, police said.");
  EXPECT_TRUE(entity(x, "group/iraqi-kurds"));
  EXPECT_TRUE(entity(x, "group/serb-forces"));
  EXPECT_TRUE(entity(x, "group/police"));
  bool attributed = false;
  for (const auto& a : x.assertions)
    attributed |= a.event_type == "ASSAULT" && a.attributed_to == std::vector<std::string>{"group/police"};
  EXPECT_TRUE(attributed);
}

TEST(Appositions, AChineseNameKeepsItsFamilyName) {
  auto x = run("The Chinese consul general in Osaka, Xue Jian, threatened Japan. Chinese Foreign Ministry "
               "spokesperson Lin Jian warned Tokyo. Xue later deleted the post.");
  const Entity* xue = entity(x, "person/cn/xue-jian");
  ASSERT_TRUE(xue);
  EXPECT_NE(std::find(xue->alt_labels.begin(), xue->alt_labels.end(), "Xue"), xue->alt_labels.end());
  EXPECT_EQ(std::find(xue->alt_labels.begin(), xue->alt_labels.end(), "Jian"), xue->alt_labels.end());
  EXPECT_TRUE(entity(x, "person/lin-jian"));  // a listed person keeps the gazetteer id
}

TEST(People, NamesThatLookLikeOtherThings) {
  // A first name that is a city's, where a person is expected.
  auto x = run("Police detained his Belarusian girlfriend, Sofia Markova, at the airport. Opposition lawyer "
               "Paris Kouame said the arrest was illegal.");
  EXPECT_TRUE(entity(x, "person/sofia-markova"));
  EXPECT_TRUE(entity(x, "person/paris-kouame"));
  // A hyphenated given name with a lower-case second syllable.
  x = run("The court sentenced activist Lee Jae-yong to two years.");
  EXPECT_TRUE(entity(x, "person/lee-jae-yong"));
  // Where no person is expected, the city stays a city.
  x = run("Sofia Airport reopened on Monday.");
  EXPECT_FALSE(entity(x, "person/sofia-airport"));
}

TEST(Outlets, MediaAndCompaniesByWhatTheTextSaysOfThem) {
  auto x = run("The army retook the town, the Gazette reported. A commander told the Courier on Monday that "
               "the town was calm. The pro-government KNA news agency confirmed it. The US sanctioned "
               "state lender Vostokbank and the airline Skyjet.");
  for (const char* key : {"org/gazette", "org/courier", "org/kna", "org/vostokbank", "org/skyjet"}) {
    const Entity* e = entity(x, key);
    ASSERT_TRUE(e) << key;
    EXPECT_EQ(e->type, EntityType::Organization) << key;
  }
  EXPECT_EQ(entity(x, "org/gazette")->org_kind, "media");
  EXPECT_EQ(entity(x, "org/vostokbank")->org_kind, "company");
  // A name after "the" that does nothing of the kind is no outlet, and a
  // person after a role noun stays a person.
  x = run("The Hague hosted the talks. Agency head Ismail Demir tweeted.");
  EXPECT_FALSE(entity(x, "org/hague"));
  EXPECT_FALSE(entity(x, "org/ismail-demir"));
}

TEST(Places, ANounForPlacesAndOf) {
  // "the villages of X and Y", "the region of X": places no list holds.
  auto x = run("Rebels seized the villages of Tamboura and Ndiaye and entered the region of Kaffrine.");
  for (const char* key : {"place/tamboura", "place/ndiaye", "place/kaffrine"}) {
    const Entity* e = entity(x, key);
    ASSERT_TRUE(e) << key;
    EXPECT_EQ(e->type, EntityType::Place) << key;
  }
  // "the State of Israel" is the state, which acts.
  x = run("The State of Israel rejected the plan.");
  ASSERT_EQ(x.assertions.size(), 1u);
  EXPECT_EQ(x.assertions[0].actors, std::vector<std::string>{"state/IL"});
}

TEST(Places, ABridgeOrADamByItsName) {
  // "the Antonivskyi Bridge", "the Warsaw Bridge": a name and a noun for a
  // crossing are one place, where the event is; a capital before the noun
  // names the bridge and stands for no state.
  auto x = run("Ukrainian forces struck the Antonivskyi Bridge on Tuesday.", "2025-01-01");
  const Entity* bridge = entity(x, "place/antonivskyi-bridge");
  ASSERT_TRUE(bridge);
  EXPECT_EQ(bridge->type, EntityType::Place);
  ASSERT_EQ(x.assertions.size(), 1u);
  EXPECT_EQ(x.assertions[0].location, "place/antonivskyi-bridge");
  // The noun is what a cue reads: blocking a bridge is a protest's blockade.
  x = run("Farmers blocked the Warsaw Bridge in Kyiv on Monday.", "2025-01-01");
  ASSERT_EQ(x.assertions.size(), 1u);
  EXPECT_EQ(x.assertions[0].event_type, "PROTEST");
  // (Aimed at the state the bridge lies in: place_aimed_at().)
  EXPECT_EQ(x.assertions[0].targets, std::vector<std::string>{"state/UA"});
  EXPECT_EQ(x.assertions[0].location, "place/warsaw-bridge");
}

// "the Malawi government": news writes the state's name where its adjective
// would stand; it is the state's government, by that name as written.
TEST(Bodies, AStatesNameBeforeGovernmentIsItsGovernment) {
  auto x = run("The Malawi government rejected the lenders' plan on Monday.");
  EXPECT_EQ(actors_of(x, "REJECT"), Keys({"org/mw-government"}));
  const Entity* g = entity(x, "org/mw-government");
  ASSERT_NE(g, nullptr);
  EXPECT_NE(std::find(g->alt_labels.begin(), g->alt_labels.end(), "Malawi government"), g->alt_labels.end());
}

// "the Houthi rebel movement": nouns and adjectives that say what kind of
// body an organization is, and a gloss of its name in brackets, are part of
// its name, which stays the subject.
TEST(Bodies, WordsThatSayWhatKindOfBodyItIsAreItsName) {
  EXPECT_EQ(actors_of(run("The Houthi rebel movement rejected the truce proposal on Monday."), "REJECT"),
            Keys({"org/houthis"}));
  EXPECT_EQ(actors_of(run("The Taliban (Students) movement accused Pakistan of the strike."), "ACCUSE"),
            Keys({"org/taliban"}));
  EXPECT_EQ(actors_of(run("The al-Shabaab terror network threatened to attack Nairobi."), "THREATEN"),
            Keys({"org/al-shabaab"}));
  // A verb between the name and the noun: the noun is another phrase.
  auto x = run("The Houthis blamed the group for the blast.");
  EXPECT_EQ(actors_of(x, "ACCUSE"), Keys({"org/houthis"}));
}

// "Niger's troops" are its forces, as "Niger's armed forces" are; "Pakistan's
// army chief" stays an official of his own, no army acting.
TEST(Bodies, AStatesTroopsAreItsForces) {
  EXPECT_EQ(actors_of(run("Niger's troops shelled the camp near Agadez."), "ASSAULT"), Keys({"org/ne-forces"}));
  EXPECT_EQ(actors_of(run("Pakistan's army chief, General Asim Munir, accused Afghanistan of harboring militants."),
                      "ACCUSE"),
            Keys({"person/asim-munir"}));
}

// "the government said", "the junta bombed": the government of the one
// state in view; none where two compete, nor as an object, which may be
// another state's.
TEST(Bodies, TheGovernmentIsTheGovernmentOfTheOneStateInView) {
  EXPECT_EQ(actors_of(run("Peru suspended talks with the miners. The government said the strike was illegal."),
                      "STATEMENT"),
            Keys({"org/pe-government"}));
  EXPECT_EQ(actors_of(run("In Myanmar, the junta bombed a village in Sagaing on Monday."), "ASSAULT"),
            Keys({"org/mm-government"}));
  EXPECT_EQ(actors_of(run("Peru and Chile met in Lima. The government said the talks went well."), "STATEMENT"),
            Keys({}));
  auto x = run("Russia urged the government to negotiate.");
  for (const auto& a : x.assertions)
    for (const auto& t : a.targets) EXPECT_NE(t, "org/ru-government") << a.event_type;
  // A state of an earlier paragraph is often another party.
  x = run("China called for calm.\n\nRebels seized the junta's headquarters in Lashio.");
  for (const auto& a : x.assertions)
    for (const auto& t : a.targets) EXPECT_NE(t, "org/cn-government") << a.event_type;
}

// "the Guinean junta", "Sudan's military rulers": a state's adjective or
// possessive before a noun of REFER_GOVERNMENT is that state's government;
// before a noun for troops it is its forces, and in a title a person's.
TEST(Bodies, AStatesJuntaIsItsGovernment) {
  EXPECT_EQ(actors_of(run("The Guinean junta rejected the ECOWAS plan."), "REJECT"), Keys({"org/gn-government"}));
  EXPECT_EQ(actors_of(run("Burkina Faso's junta rejected the ECOWAS plan."), "REJECT"), Keys({"org/bf-government"}));
  EXPECT_EQ(actors_of(run("Sudan's military rulers rejected the AU plan."), "REJECT"), Keys({"org/sd-government"}));
  EXPECT_EQ(actors_of(run("Chad's military government rejected the AU plan."), "REJECT"), Keys({"org/td-government"}));
  EXPECT_EQ(actors_of(run("The Syrian regime rejected the Arab League plan."), "REJECT"), Keys({"org/sy-government"}));
  EXPECT_EQ(actors_of(run("Syrian regime forces shelled Idlib."), "ASSAULT"), Keys({"org/sy-forces"}));
  auto x = run("Qatar's envoy met Guinean junta leader Mamadi Doumbouya in Conakry.");
  EXPECT_FALSE(entity(x, "org/gn-government"));
}

// "the bloc", "the alliance": the last organization of states named, even
// after a preposition; never another kind of body, and none when no bloc
// was named.
TEST(Bodies, TheBlocIsTheLastOrganizationOfStates) {
  EXPECT_EQ(actors_of(run("Mali resisted pressure from ECOWAS to hold elections.\n\nThe regional bloc imposed "
                          "sanctions on Mali."),
                      "SANCTION"),
            Keys({"org/ecowas"}));
  EXPECT_EQ(actors_of(run("NATO met in Brussels. The alliance condemned the strike."), "ACCUSE"), Keys({"org/nato"}));
  auto x = run("The Kenya Human Rights Commission met in Nairobi. The alliance condemned the strike.");
  EXPECT_TRUE(actors_of(x, "ACCUSE").empty());
  x = run("Russia rejected the plan. The bloc imposed sanctions on Iran.");
  EXPECT_TRUE(actors_of(x, "SANCTION").empty());
}

// "the Kachin Independence Army", "the Darfur Bar Association": a body
// named after a place keeps the place in its name; a place after a
// preposition stays where the act happened.
TEST(Bodies, ABodyNamedAfterAPlaceKeepsThePlace) {
  EXPECT_EQ(actors_of(run("The Kachin Independence Army seized a base near Bhamo."), "ADVANCE"),
            Keys({"org/kachin-independence-army"}));
  EXPECT_EQ(actors_of(run("The Darfur Bar Association condemned the killings."), "ACCUSE"),
            Keys({"org/darfur-bar-association"}));
  // The place right before the head, after "the".
  EXPECT_EQ(actors_of(run("The Sahel Community (SC) condemned the coup in Niamey."), "ACCUSE"),
            Keys({"org/sahel-community"}));
  auto x = run("Rebels in Kachin seized a base near Bhamo.");
  EXPECT_TRUE(entity(x, "place/kachin"));
}

TEST(Bodies, AGenericBodyNameAfterAnOrganizationIsItsBody) {
  // "Congress" alone is the US Congress; after the PKK it is the PKK's.
  auto x = run("The 12th PKK Congress decided to dissolve the organisation.");
  const Entity* congress = entity(x, "org/12th-pkk-congress");
  ASSERT_TRUE(congress);
  EXPECT_EQ(congress->part_of, "org/pkk");
  ASSERT_FALSE(x.assertions.empty());
  EXPECT_EQ(x.assertions[0].actors, std::vector<std::string>{"org/12th-pkk-congress"});
  x = run("The US Congress passed the bill.");
  EXPECT_TRUE(entity(x, "org/us-congress"));
}

TEST(Places, ARegionAfterACommaLocatesThePlaceBeforeIt) {
  auto x = run("RSF drones struck a power station in Merowe, Northern State, overnight on March 15.", "2025-03-18");
  int assaults = 0;
  for (const auto& a : x.assertions)
    if (a.event_type == "ASSAULT") {
      ++assaults;
      EXPECT_EQ(a.actors, std::vector<std::string>{"org/rsf"});
      EXPECT_EQ(a.location, "place/merowe");
    }
  EXPECT_EQ(assaults, 1);
}

TEST(Officials, AnOfficialsNounIsTheTitleNotTheStateOfThePost) {
  // "its ambassador to Chile": the object of "recalled" is an ambassador
  // (the cue of the SANCTION reads the official's noun), not "Chile".
  auto x = run("Peru recalled its ambassador to Chile for consultations.");
  bool sanction = false;
  for (const auto& a : x.assertions) sanction |= a.event_type == "SANCTION" && a.actors == std::vector<std::string>{"state/PE"};
  EXPECT_TRUE(sanction) << test::show(x);
}

}  // namespace
}  // namespace sg::extract
