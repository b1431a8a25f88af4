// Every event type, each in several phrasings and from several conflicts,
// and the general mechanisms the rules lean on (shared subjects, pronouns,
// denials, nested events, members, appositions). The sentences are written
// for these tests; none comes from a report the rules were written on.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::of_type;
using test::run;
using test::show;
using V = std::vector<std::string>;

struct Phrasing {
  const char* sentence;
  const char* type;
  const char* actor;   // one of the assertion's actors
  const char* target;  // one of its targets, or "" for none required
};

// A fact of that type, with that actor (and target), neither negated nor modal.
bool has_fact(const Extraction& x, const Phrasing& p) {
  for (const auto& a : x.assertions) {
    if (a.event_type != p.type || a.negated || a.modality != Modality::None) continue;
    if (std::find(a.actors.begin(), a.actors.end(), p.actor) == a.actors.end()) continue;
    if (*p.target && std::find(a.targets.begin(), a.targets.end(), p.target) == a.targets.end()) continue;
    return true;
  }
  return false;
}

class EventPhrasing : public ::testing::TestWithParam<Phrasing> {};

TEST_P(EventPhrasing, GivesTheEvent) {
  const Phrasing& p = GetParam();
  auto x = run(p.sentence, "2025-06-20");
  EXPECT_TRUE(has_fact(x, p)) << p.sentence << "\nwant " << p.type << " by " << p.actor << "; got:" << show(x);
}

const Phrasing kPhrasings[] = {
    // AGREE
    {"Armenia and Azerbaijan signed a peace agreement in Washington on June 12.", "AGREE", "state/AM", ""},
    {"Hamas accepted the Egyptian ceasefire proposal on June 14.", "AGREE", "org/hamas", ""},
    {"Sudan and South Sudan reached a deal on oil transit fees.", "AGREE", "state/SD", ""},
    {"Kenya is willing to lead a new stabilization mission in Haiti.", "AGREE", "state/KE", ""},
    // CONSULT
    {"Turkish Foreign Minister Hakan Fidan held talks with Iranian Foreign Minister Abbas Araghchi in Ankara.",
     "CONSULT", "person/hakan-fidan", ""},
    {"Japanese and Philippine defense officials met in Manila on June 10.", "CONSULT", "group/japanese-and-philippine-defense-officials", ""},
    {"Macron had a phone call with Zelensky on June 11.", "CONSULT", "person/emmanuel-macron", ""},
    {"Ghanaian President John Mahama and a group of ministers held talks with Togolese officials in Lome.",
     "CONSULT", "person/gh/john-mahama", ""},
    {"President Macron gave a warm welcome on Thursday to Kenyan President William Ruto.", "CONSULT",
     "person/emmanuel-macron", ""},
    // SUPPORT
    {"Japan expressed support for the Philippines on June 9.", "SUPPORT", "state/JP", ""},
    {"Germany backs Ukraine's bid to join the European Union.", "SUPPORT", "state/DE", ""},
    {"Ghana is willing to back the Kenyan-led mission in Haiti.", "SUPPORT", "state/GH", ""},
    // COOPERATE
    {"India and France coordinated their positions on maritime security.", "COOPERATE", "state/IN", ""},
    {"Egypt cooperated with Qatar on the hostage negotiations.", "COOPERATE", "state/EG", ""},
    // AID
    {"Germany delivered four IRIS-T air defense systems to Ukraine.", "AID", "state/DE", "state/UA"},
    {"Japan sent humanitarian aid to Sudan on June 3.", "AID", "state/JP", "state/SD"},
    {"The United States approved $500 million in military assistance for Taiwan.", "AID", "state/US", ""},
    // REQUEST
    {"Zelensky called on European allies to deliver more air defense.", "REQUEST", "person/volodymyr-zelensky", ""},
    {"The African Union urged Rwanda to withdraw its forces from eastern Congo.", "REQUEST", "org/au", "state/RW"},
    {"Qatar demanded that Israel halt strikes on Gaza City.", "REQUEST", "state/QA", ""},
    {"Lebanon appealed to the UN Security Council to stop Israeli strikes.", "REQUEST", "state/LB", ""},
    // ACCUSE
    {"Ukraine accused Russia of striking a children's hospital in Kyiv.", "ACCUSE", "state/UA", "state/RU"},
    {"China condemned the Philippine coast guard's actions near Second Thomas Shoal.", "ACCUSE", "state/CN", ""},
    {"The SPLM/A accused Khartoum of bombing villages in Upper Nile.", "ACCUSE", "org/splm", "state/SD"},
    {"Rwanda blamed the Congolese army for the collapse of the ceasefire.", "ACCUSE", "state/RW", ""},
    {"Moscow labeled the Estonian border guards as provocateurs and \"pirates\".", "ACCUSE", "state/RU", ""},
    {"Serbia described the Kosovo police raid as an act of aggression.", "ACCUSE", "state/RS", ""},
    {"Hamas called the Israeli strike on the school a massacre.", "ACCUSE", "org/hamas", ""},
    {"The IAEA dispatched inspectors to Syria on June 3.", "ACCUSE", "org/iaea", "state/SY"},
    // REJECT
    {"Iran rejected the European proposal on June 18.", "REJECT", "state/IR", ""},
    {"Israel refused to allow UN inspectors into the Gaza Strip.", "REJECT", "state/IL", ""},
    {"Beijing denied the Philippine account of the collision.", "REJECT", "state/CN", ""},
    {"Hungary opposed the new sanctions package.", "REJECT", "state/HU", ""},
    {"Somalia called the port deal between Ethiopia and Somaliland illegal.", "REJECT", "state/SO", ""},
    {"Kyiv called the referendum in occupied Zaporizhia null and void.", "REJECT", "state/UA", ""},
    {"Russia will not withdraw its forces from Zaporizhia Oblast.", "REJECT", "state/RU", ""},
    {"Hamas and other armed factions rejected the Egyptian truce proposal.", "REJECT", "org/hamas", ""},
    // THREATEN
    {"North Korea threatened to conduct a seventh nuclear test.", "THREATEN", "state/KP", ""},
    {"Russia warned that it would target Western weapons depots in Poland.", "THREATEN", "state/RU", ""},
    {"Iran would retaliate against any Israeli strike on its nuclear facilities.", "THREATEN", "state/IR", ""},
    // PROTEST
    {"Thousands of Kenyans from across the country converged on Nairobi for a rally against the tax.", "PROTEST",
     "state/KE", ""},
    {"Vietnam protested China's deployment of a survey ship in its exclusive economic zone.", "PROTEST",
     "state/VN", ""},
    {"Poland summoned the Russian ambassador on June 4.", "PROTEST", "state/PL", ""},
    {"The Philippine Department of Foreign Affairs lodged a diplomatic protest with the Chinese Embassy.",
     "PROTEST", "org/ph-mfa", ""},
    // SANCTION
    {"The European Union imposed sanctions on 20 Russian banks.", "SANCTION", "org/eu", ""},
    {"The US Department of the Treasury sanctioned three Houthi financiers.", "SANCTION", "org/us-treasury", ""},
    {"Azerbaijan banned imports of Russian grain.", "SANCTION", "state/AZ", ""},
    {"The European Union suspended its defense consultations with Rwanda.", "SANCTION", "org/eu", "state/RW"},
    // MOBILIZE
    {"Russia deployed additional troops to Belarus.", "MOBILIZE", "state/RU", ""},
    {"China conducted large-scale exercises around Taiwan on June 2.", "MOBILIZE", "state/CN", ""},
    {"Israel called up 60,000 reservists on June 5.", "MOBILIZE", "state/IL", ""},
    {"Pakistani troops remained on high alert along the Line of Control.", "MOBILIZE", "org/pk-forces", ""},
    // COERCE
    {"Iran seized a Greek-owned tanker in the Strait of Hormuz.", "COERCE", "state/IR", ""},
    {"Russia imposed severe restrictions on Ukrainian grain exports.", "COERCE", "state/RU", ""},
    {"Israel blockaded the port of Hudaydah.", "COERCE", "state/IL", ""},
    // ASSAULT
    {"Russian forces struck Kharkiv with glide bombs on June 7.", "ASSAULT", "org/ru-forces", ""},
    {"Houthi forces launched two ballistic missiles at Israel on June 8.", "ASSAULT", "org/houthi-forces", "state/IL"},
    {"Israeli forces conducted airstrikes on Hezbollah positions near Nabatieh.", "ASSAULT", "org/il-forces",
     "org/hezbollah"},
    {"RSF fighters shelled El Fasher on June 6.", "ASSAULT", "org/rsf", ""},
    {"A displacement camp near El Fasher was shelled by RSF fighters on June 6.", "ASSAULT", "org/rsf", ""},
    // RETREAT
    {"Ukrainian forces withdrew from Vovchansk on June 9.", "RETREAT", "org/ua-forces", ""},
    {"M23 fighters pulled back from Walikale.", "RETREAT", "org/m23", ""},
    {"M23 fighters completed their withdrawal from Walikale.", "RETREAT", "org/m23", ""},
    // CONCEDE
    {"Hungary lifted its veto on the sanctions package.", "CONCEDE", "state/HU", ""},
    {"Hamas dropped its demand for a full Israeli withdrawal.", "CONCEDE", "org/hamas", ""},
    {"Sri Lanka lifted the state of emergency on June 2.", "CONCEDE", "state/LK", ""},
    // ADVANCE
    {"Russian forces advanced near Pokrovsk and Toretsk.", "ADVANCE", "org/ru-forces", ""},
    {"M23 fighters seized Kamanyola in South Kivu Province.", "ADVANCE", "org/m23", ""},
    {"Ukrainian forces recaptured Stepnohirsk.", "ADVANCE", "org/ua-forces", ""},
    // a part of the place taken is the place ("all of", "most of")
    {"Sudanese troops captured most of western Omdurman on June 3.", "ADVANCE", "org/sd-forces", ""},
    // STATEMENT
    {"Peskov stated that Moscow remains open to talks.", "STATEMENT", "person/dmitry-peskov", ""},
    {"Chinese Ministry of Foreign Affairs Spokesperson Lin Jian claimed that the exercise was routine.", "STATEMENT",
     "person/lin-jian", ""},
    {"According to Israeli Prime Minister Benjamin Netanyahu, the operation will continue.", "STATEMENT",
     "person/benjamin-netanyahu", ""},
};

INSTANTIATE_TEST_SUITE_P(AllTypes, EventPhrasing, ::testing::ValuesIn(kPhrasings));

// What the phrasings above must not be read into.
// The targets of the one assertion of `type` that the sentence gives; a
// line saying how many there were instead when not one.
V targets_of(const char* sentence, const char* type, const char* date = "2025-06-20") {
  auto x = run(sentence, date);
  auto a = of_type(x, type);
  if (a.size() != 1) return {std::to_string(a.size()) + " " + type + " in:" + show(x)};
  return a[0]->targets;
}

// The actors of that one assertion, likewise.
V actors_of(const char* sentence, const char* type, const char* date = "2025-06-20") {
  auto x = run(sentence, date);
  auto a = of_type(x, type);
  if (a.size() != 1) return {std::to_string(a.size()) + " " + type + " in:" + show(x)};
  return a[0]->actors;
}

// How many assertions of `type` the sentence gives.
std::size_t count_of(const char* sentence, const char* type, const char* date = "2025-06-20") {
  return of_type(run(sentence, date), type).size();
}

// The day of that one assertion (ISO), "no date" when it has none; a line
// saying how many there were instead when not one.
std::string date_of(const char* sentence, const char* type, const char* date = "2025-06-20") {
  auto x = run(sentence, date);
  auto a = of_type(x, type);
  if (a.size() != 1) return std::to_string(a.size()) + " " + type + " in:" + show(x);
  return a[0]->date ? a[0]->date->iso() : "no date";
}

TEST(Mechanisms, LookalikesOfAlertInspectionAndPassiveAgents) {
  auto concern = run("Pakistan remained concerned about the readiness of its air defenses.");
  EXPECT_TRUE(of_type(concern, "MOBILIZE").empty()) << show(concern);
  auto troops = run("Russia dispatched troops to Belarus.");
  EXPECT_EQ(of_type(troops, "MOBILIZE").size(), 1u) << show(troops);
  EXPECT_TRUE(of_type(troops, "ACCUSE").empty()) << show(troops);
  auto agentless = run("A displacement camp near El Fasher was shelled on June 6.");
  EXPECT_TRUE(of_type(agentless, "ASSAULT").empty()) << show(agentless);
}

TEST(Mechanisms, ALongerPhraseOfTheLexiconOutranksAPatternOnItsVerb) {
  // "struck a deal with" is an agreement; the attack pattern on "struck" yields.
  auto deal = run("Oman struck a deal with the Houthis on Tuesday.");
  EXPECT_TRUE(of_type(deal, "ASSAULT").empty()) << show(deal);
  EXPECT_EQ(of_type(deal, "AGREE").size(), 1u) << show(deal);
  // "struck" alone is still the attack.
  auto strike = run("Russian forces struck Odesa on Tuesday.");
  EXPECT_EQ(of_type(strike, "ASSAULT").size(), 1u) << show(strike);
}

TEST(Mechanisms, WhatTheSubjectUsesLiesBetweenItAndItsVerb) {
  // "X using Y attacked", "X armed with Y attacked": the phrase has no verb
  // of its own; X acts.
  for (const auto& [sentence, actor] : {std::pair{"Ukrainian forces using naval drones attacked a Russian corvette.",
                                                  "org/ua-forces"},
                                        std::pair{"Gunmen armed with rifles attacked the convoy.", "group/gunmen"}}) {
    auto x = run(sentence, "2025-01-01");
    auto a = of_type(x, "ASSAULT");
    ASSERT_EQ(a.size(), 1u) << show(x);
    EXPECT_EQ(a[0]->actors, V({actor}));
  }
}

TEST(Mechanisms, CoordinatedVerbsShareTheirSubject) {
  auto x = run("Kremlin Spokesperson Dmitry Peskov rejected the new sanctions and accused European states of "
               "prolonging the war.", "2025-11-20");
  auto a = of_type(x, "ACCUSE");
  ASSERT_EQ(a.size(), 1u) << show(x);
  EXPECT_EQ(a[0]->actors, V({"person/dmitry-peskov"}));
  auto r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->topic, "the new sanctions");  // the first verb's topic ends at the second verb
  // A plain past does not go on a reported "would": the speaker vowed, not
  // the content's subject.
  x = run("Ghana said Togo would not be intimidated and vowed to keep its border posts open.", "2025-11-20");
  a = of_type(x, "AGREE");
  ASSERT_EQ(a.size(), 1u) << show(x);
  EXPECT_EQ(a[0]->actors, V({"state/GH"}));
}

TEST(Mechanisms, PronounsStandForTheLastPersonSubjectOfTheParagraph) {
  auto x = run("Lebanese President Joseph Aoun met US Special Envoy Tom Barrack in Beirut. He stated that Lebanon "
               "will not disarm Hezbollah by force.", "2025-08-27");
  auto s = of_type(x, "STATEMENT");
  ASSERT_EQ(s.size(), 1u) << show(x);
  EXPECT_EQ(s[0]->actors, V({"person/joseph-aoun"}));
  // News writes a paragraph a sentence: the next paragraph's "He" is still
  // the last person subject; two paragraphs on, he is forgotten.
  x = run("Lebanese President Joseph Aoun met US envoys in Beirut.\n\nHe stated that the talks went well.", "2025-08-27");
  s = of_type(x, "STATEMENT");
  ASSERT_EQ(s.size(), 1u) << show(x);
  EXPECT_EQ(s[0]->actors, V({"person/joseph-aoun"}));
  x = run("Lebanese President Joseph Aoun met US envoys in Beirut.\n\nThe talks lasted two hours.\n\nHe stated "
          "that the talks went well.", "2025-08-27");
  EXPECT_TRUE(of_type(x, "STATEMENT").empty()) << show(x);
}

TEST(Mechanisms, AnObjectPronounStandsForAPersonOfItsSentence) {
  // The nearest person who is no subject; the two verbs of one verdict say
  // it once.
  auto x = run("Iran convicted activist Narges Mohammadi of propaganda on May 16 and sentenced her to six years in "
               "prison.",
               "2025-06-20");
  auto c = of_type(x, "COERCE");
  ASSERT_EQ(c.size(), 1u) << show(x);
  EXPECT_EQ(c[0]->targets, V({"person/narges-mohammadi"})) << show(x);
  // Past the clause's own subject: "Modi said Putin had invited him".
  x = run("Narendra Modi said Vladimir Putin had invited him to the summit in Kazan.", "2025-06-20");
  auto r = of_type(x, "REQUEST");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->targets, V({"person/narendra-modi"})) << show(x);
  // "her" before a noun is a possessive, and no one stands for a pronoun
  // with no person before it.
  x = run("Maia Sandu said Russia had attacked her government.", "2025-06-20");
  for (const auto* a : of_type(x, "ASSAULT")) EXPECT_TRUE(a->targets.empty()) << show(x);
  x = run("Russia sentenced him to ten years.", "2025-06-20");
  for (const auto* a : of_type(x, "COERCE")) EXPECT_TRUE(a->targets.empty()) << show(x);
}

TEST(Mechanisms, APronounStandsForTheHeadOfARelativeClause) {
  // "Tehran, which has urged Riyadh to ..., which it says": Tehran, the
  // subject of the relative clause, not the one urged.
  auto x = run("Moscow welcomed the move by Tehran, which has repeatedly urged Baku to expel the observers, which it "
               "says are spies.",
               "2025-06-20");
  for (const auto* st : of_type(x, "STATEMENT")) EXPECT_NE(st->actors, V({"state/AZ"})) << show(x);
  bool iran = false;
  for (const auto* st : of_type(x, "STATEMENT")) iran |= st->actors == V({"state/IR"});
  EXPECT_TRUE(iran) << show(x);
  // A capital that is the subject stands for its state.
  x = run("Berlin rejected the request, saying it would withhold the loan.", "2025-06-20");
  auto s = of_type(x, "SANCTION");
  ASSERT_EQ(s.size(), 1u) << show(x);
  EXPECT_EQ(s[0]->actors, V({"state/DE"})) << show(x);
}

TEST(Mechanisms, BothCountriesAreTheTwoStatesLastNamedTogether) {
  auto x = run("Ethiopia and Eritrea agreed to reopen the border. Kenya said that both countries signed a truce "
               "during peace talks in Nairobi.", "2025-08-27");
  std::vector<const Assertion*> truce;
  for (const auto* a : of_type(x, "AGREE"))
    if (a->topic.find("truce") != std::string::npos) truce.push_back(a);
  ASSERT_EQ(truce.size(), 1u) << show(x);
  EXPECT_EQ(truce[0]->actors, (V{"state/ER", "state/ET"}));
  // The talks during which they signed are theirs, a fact, in Nairobi.
  auto talks = of_type(x, "CONSULT");
  ASSERT_EQ(talks.size(), 1u) << show(x);
  EXPECT_EQ(talks[0]->actors, (V{"state/ER", "state/ET"}));
  EXPECT_EQ(talks[0]->modality, Modality::None);
  EXPECT_EQ(talks[0]->location, "place/nairobi");
  // With no two states named together, "both countries" is no one.
  x = run("Kenya said that both countries signed a truce.", "2025-08-27");
  EXPECT_TRUE(of_type(x, "AGREE").empty()) << show(x);
}

TEST(Mechanisms, TheyTakesAVerbWithoutS) {
  // "they reject": the present of a plural subject, after "though" too.
  auto x = run("Houthi leaders said they want a truce, though they reject talks with Saudi Arabia.", "2025-08-27");
  auto r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->actors, V{"org/houthis"}) << show(x);
  x = run("Egypt criticised the plan. They reject any displacement of Gazans.", "2025-08-27");
  r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->actors, V{"state/EG"});
  // With nothing before it, "they" is no one.
  x = run("They reject any displacement of Gazans.", "2025-08-27");
  EXPECT_TRUE(x.assertions.empty()) << show(x);
}

TEST(Mechanisms, ItsForcesBeforeAVerbAreTheForcesOfItsAntecedent) {
  auto x = run("Chad said on Monday that its troops had pulled out of Bol.", "2025-08-27");
  auto r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->actors, V{"state/TD"}) << show(x);
  x = run("The Sudanese army shelled Kadugli. Their soldiers later seized the airport.", "2025-08-27");
  auto a = of_type(x, "ADVANCE");
  ASSERT_EQ(a.size(), 1u) << show(x);
  EXPECT_EQ(a[0]->actors, V{"org/sd-forces"}) << show(x);
  // Forces after a preposition act for no one, and nothing before the
  // pronoun leaves it no one.
  x = run("Chad welcomed the return of its troops from Bol.", "2025-08-27");
  EXPECT_TRUE(of_type(x, "RETREAT").empty()) << show(x);
  x = run("Its troops pulled out of Bol.", "2025-08-27");
  EXPECT_TRUE(x.assertions.empty()) << show(x);
}

TEST(Mechanisms, ASubjectInsideAQuoteIsNoAntecedent) {
  auto x = run("Erdogan said that \u201cPutin has refused to negotiate.\u201d He further stated that Turkey would "
               "mediate.", "2025-06-20");
  auto st = of_type(x, "STATEMENT");
  ASSERT_EQ(st.size(), 2u) << show(x);
  for (const auto* a : st) EXPECT_EQ(a->actors, V({"person/recep-tayyip-erdogan"})) << show(x);
}

TEST(Mechanisms, AnItOfAPassiveReportStandsForNothing) {
  // "It was reported that": no one reported it, least of all the last actor.
  auto x = run("Burundi denied the claim. It was reported that Burundian troops fought near Uvira.", "2025-06-20");
  for (const auto& a : x.assertions) EXPECT_NE(a.event_type, "STATEMENT") << show(x);
  // A referring "it" still refers.
  x = run("Syria rejected the claim. It said that its troops had left Lebanon.", "2025-06-20");
  auto st = of_type(x, "STATEMENT");
  ASSERT_EQ(st.size(), 1u) << show(x);
  EXPECT_EQ(st[0]->actors, V({"state/SY"}));
}

TEST(Mechanisms, ADescriptionWithModifiersStandsForTheLastBodyOfItsKind) {
  // "the rebel group", "the armed movement": modifiers before the noun.
  auto x = run("Al-Shabaab rejected the talks. The militant group later attacked a base near Kismayo.", "2025-06-20");
  auto as = of_type(x, "ASSAULT");
  ASSERT_EQ(as.size(), 1u) << show(x);
  EXPECT_EQ(as[0]->actors, V({"org/al-shabaab"})) << show(x);
  // A name of its kind earlier in its own sentence, before the paragraph's;
  // an armed force the text names itself is a group, a state's forces not.
  x = run("Peru suspended talks with the Shining Path Army after the group killed four police officers.",
          "2025-06-20");
  as = of_type(x, "ASSAULT");
  ASSERT_EQ(as.size(), 1u) << show(x);
  EXPECT_EQ(as[0]->actors, V({"org/shining-path-army"})) << show(x);
  x = run("Mali's troops left Kidal after the group attacked the camp.", "2025-06-20");
  for (const auto* a : of_type(x, "ASSAULT")) EXPECT_NE(a->actors, V({"org/ml-forces"})) << show(x);
  // Not a capitalised word or a verb before the noun, nor another state's adjective.
  x = run("Hamas rejected the talks. The Arab group of states met in Cairo.", "2025-06-20");
  for (const auto* a : of_type(x, "CONSULT")) EXPECT_NE(a->actors, V({"org/hamas"})) << show(x);
  x = run("Hamas rejected the plan. The Egyptian group said the talks would resume.", "2025-06-20");
  for (const auto* a : of_type(x, "STATEMENT")) EXPECT_NE(a->actors, V({"org/hamas"})) << show(x);
}

TEST(Mechanisms, TheGroupStandsForTheBodyTheStoryIsAbout) {
  // The last such body that was a subject, not one an apposition names.
  auto x = run("The Allied Democratic Forces, an Islamic State affiliate, raided a village near Beni. "
               "The group later attacked an army post near Butembo.",
               "2025-06-20");
  auto as = of_type(x, "ASSAULT");
  ASSERT_EQ(as.size(), 2u) << show(x);
  for (const auto* a : as) EXPECT_EQ(a->actors, V({"org/adf"})) << show(x);
  // A news medium that reported it is no militia.
  EXPECT_EQ(actors_of("Wazalendo militiamen seized a checkpoint near Uvira, Reuters reported. The militia later "
                      "attacked a convoy.",
                      "ASSAULT"),
            V({"org/wazalendo"}));
  // Nor is a body its own head word names ("the office").
  EXPECT_EQ(actors_of("The Sudan Liberation Movement accused the army of shelling El Fasher. The UN human rights "
                      "office urged restraint. The group later attacked an army convoy.",
                      "ASSAULT"),
            V({"org/sudan-liberation-movement"}));
  // An armed force of no state is a group as much as one the text names.
  EXPECT_EQ(actors_of("Sudan's army refused talks with the RSF after the group shelled a hospital in El Obeid.",
                      "ASSAULT"),
            V({"org/rsf"}));
  // With no such subject, the last body named still counts.
  x = run("Israel struck Hezbollah positions in Tyre. The group fired rockets at Haifa.", "2025-06-20");
  as = of_type(x, "ASSAULT");
  ASSERT_EQ(as.size(), 2u) << show(x);
  EXPECT_EQ(as[1]->actors, V({"org/hezbollah"})) << show(x);
}

TEST(Mechanisms, ALightVerbTakesTheLastEventNounOfACompound) {
  // "evacuation orders" are orders: no evacuation of civilians (AID).
  const char* orders = "The Israeli army issued evacuation orders for twelve villages near Tyre.";
  EXPECT_EQ(count_of(orders, "AID"), 0u);
  EXPECT_EQ(count_of(orders, "REQUEST"), 1u);
  // One event noun is still the light verb's own.
  EXPECT_EQ(count_of("Japan sent relief aid to Myanmar.", "AID"), 1u);
}

TEST(Mechanisms, GivingNoDeathTollIsNoRefusal) {
  // A toll is figures: not giving one withholds no stance.
  EXPECT_EQ(count_of("Malian troops fought rebels near Kidal on Sunday. The army did not give a death toll.", "REJECT"),
            0u);
  // What an actor says it will not give up stays a refusal.
  EXPECT_EQ(count_of("Tehran said it would never give up enrichment.", "REJECT"), 1u);
}

TEST(Mechanisms, ABodyAndWhereItSitsIsTheSubject) {
  // "in Baghdad" says where the embassy is; the embassy condemns.
  EXPECT_EQ(actors_of("The Turkish embassy in Baghdad condemned the rocket attack.", "ACCUSE"), V({"org/tr-embassy"}));
  // A name after "with" is no subject for the verb after its place.
  EXPECT_EQ(actors_of("Envoys met Hamas in Cairo and condemned the raid.", "ACCUSE"), V({"group/envoys"}));
}

TEST(Mechanisms, WhoActsToProtestIsWhoSummoned) {
  // An infinitive of purpose is the finite verb's subject's, not its object's.
  EXPECT_EQ(actors_of("The Kenyan foreign ministry in Nairobi summoned a Somali embassy official on Friday to "
                      "protest the expulsions.",
                      "PROTEST"),
            V({"org/ke-mfa"}));
  // Whom an actor urges to protest still protests (hypothetically).
  EXPECT_EQ(actors_of("Egypt urged Sudan to protest the dam.", "PROTEST"), V({"state/SD"}));
}

TEST(Mechanisms, SeekingToActIsAPlanNoRequest) {
  EXPECT_EQ(count_of("Hanoi seeks to avoid a confrontation with Beijing.", "REQUEST"), 0u);
  // Seeking something from another is asking for it.
  EXPECT_EQ(count_of("Armenia sought help from France.", "REQUEST"), 1u);
}

TEST(Mechanisms, WhoClaimsAnAttackMadeIt) {
  EXPECT_EQ(actors_of("The ADF claimed responsibility for the ambush near Beni.", "ASSAULT"), V({"org/adf"}));
  EXPECT_EQ(actors_of("Al-Shabaab claimed the attack on the airport.", "ASSAULT"), V({"org/al-shabaab"}));
  // Claiming another's attack, or no one claiming it, makes no attacker of the claimant.
  EXPECT_EQ(actors_of("Moscow claimed a Ukrainian drone attack on Belgorod.", "ASSAULT"), V({"state/UA"}));
  EXPECT_EQ(count_of("No group claimed responsibility for the attack.", "ASSAULT"), 0u);
}

TEST(Mechanisms, TheMembersOfABodyAreItsSubjectAndTheirPronoun) {
  // "The members of X condemned": X is the subject, so "They" is X after it.
  EXPECT_EQ(actors_of("The members of the Arab League condemned the raid on Jenin. They called on Israel to withdraw.",
                      "REQUEST"),
            V({"org/arab-league"}));
  // Not inside a noun phrase that is no subject's opening.
  auto x = run("The killing of two officials of Hamas angered Qatar.", "2024-08-26");
  for (const auto& a : x.assertions) EXPECT_NE(a.actors, V({"org/hamas"})) << show(x);
}

TEST(Mechanisms, ANegatedInfinitiveIsNegatedAndAVowNeverToCooperateIsARefusal) {
  // "not to" / "never to": the infinitive's own negation, and its subject.
  auto x = run("The Arab League urged Israel not to attack Rafah.", "2024-02-01");
  auto attack = of_type(x, "ASSAULT");
  ASSERT_EQ(attack.size(), 1u) << show(x);
  EXPECT_EQ(attack[0]->actors, V({"state/IL"}));
  EXPECT_TRUE(attack[0]->negated);
  EXPECT_EQ(attack[0]->modality, Modality::Hypothetical);
  // Deciding or vowing never to do a cooperative act is a refusal.
  for (const char* s : {"Venezuela decided not to resume talks with Guyana.",
                        "Venezuela agreed never to hold talks with Guyana."}) {
    x = run(s, "2024-02-01");
    EXPECT_TRUE(of_type(x, "AGREE").empty()) << s << show(x);
    auto reject = of_type(x, "REJECT");
    ASSERT_EQ(reject.size(), 1u) << s << show(x);
    EXPECT_EQ(reject[0]->rule, "refusal") << s;
    EXPECT_FALSE(reject[0]->negated) << s;
  }
  // A vow never to act is a refusal, whatever the act (the lexicon's cue).
  x = run("Niger vowed never to sign it.", "2024-02-01");
  EXPECT_EQ(of_type(x, "REJECT").size(), 1u) << show(x);
  for (const auto* a : of_type(x, "AGREE")) EXPECT_TRUE(a->negated) << show(x);  // the signing, never done
  // A promise of restraint stays a promise, its act negated.
  x = run("Azerbaijan promised not to attack Armenian villages.", "2024-02-01");
  ASSERT_EQ(of_type(x, "AGREE").size(), 1u) << show(x);
  EXPECT_TRUE(of_type(x, "REJECT").empty()) << show(x);
  auto assault = of_type(x, "ASSAULT");
  ASSERT_EQ(assault.size(), 1u) << show(x);
  EXPECT_TRUE(assault[0]->negated);
}

TEST(Mechanisms, WhatIsSaidInAFrontedClauseEndsWithIt) {
  // The main clause after a fronted "After X said ..." is the writer's fact.
  auto x = run("After Erdogan said Turkey would withdraw, Syrian forces attacked Turkish troops near Idlib.", "2025-06-20");
  auto assault = of_type(x, "ASSAULT");
  ASSERT_EQ(assault.size(), 1u) << show(x);
  EXPECT_TRUE(assault[0]->attributed_to.empty()) << show(x);
  auto st = of_type(x, "STATEMENT");
  ASSERT_EQ(st.size(), 1u) << show(x);
  EXPECT_EQ(st[0]->topic, "Turkey would withdraw");
  // A preposition's phrase with a relative clause is fronted too: "wrote
  // the letter" says nothing, and the attack is nobody's words.
  x = run("On the same day that Trump wrote the letter, Syrian forces attacked Turkish troops near Idlib.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "STATEMENT").empty()) << show(x);
  assault = of_type(x, "ASSAULT");
  ASSERT_EQ(assault.size(), 1u) << show(x);
  EXPECT_TRUE(assault[0]->attributed_to.empty()) << show(x);
  // A list's commas do not end the fronted clause.
  x = run("When Putin said that Russia, Iran and China would hold talks, Zelensky left for Washington.", "2025-06-20");
  st = of_type(x, "STATEMENT");
  ASSERT_EQ(st.size(), 1u) << show(x);
  EXPECT_EQ(st[0]->topic, "Russia, Iran and China would hold talks");
  // A sentence that opens with a plain phrase keeps the whole content.
  x = run("In a statement on Sunday, Erdogan said Turkey would withdraw, and Syria welcomed it.", "2025-06-20");
  st = of_type(x, "STATEMENT");
  ASSERT_EQ(st.size(), 1u) << show(x);
  EXPECT_NE(st[0]->topic.find("withdraw"), std::string::npos);
}

TEST(Mechanisms, WhatFollowsASpeechVerbIsSaidOnlyIfItIsAClause) {
  // "declared a unilateral ceasefire": a declaration of a truce, no words.
  auto x = run("Hezbollah declared a unilateral ceasefire on Wednesday.", "2025-06-20");
  ASSERT_EQ(x.assertions.size(), 1u) << show(x);
  EXPECT_EQ(x.assertions[0].event_type, "RETREAT");
  // Nouns after a preposition and a participle after a hyphen are no clause.
  x = run("The FARC declared a unilateral truce on Sunday after weeks of battles with the Venezuelan-backed militias.",
          "2025-06-20");
  ASSERT_EQ(x.assertions.size(), 1u) << show(x);
  EXPECT_EQ(x.assertions[0].event_type, "RETREAT");
  // A clause, a quote, an infinitive or a later "that" is said.
  for (const char* s : {"Russia said the strikes killed 20 people.", "The Chinese coast guard claimed to monitor the mission.",
                        "President Rodrigo Duterte had said on Monday in Hong Kong that he was ready.",
                        "Macron said: \"We will not send troops.\""}) {
    x = run(s, "2025-06-20");
    bool statement = false;
    for (const auto& a : x.assertions) statement |= a.event_type == "STATEMENT";
    EXPECT_TRUE(statement) << s << show(x);
  }
  // The speaker after the content, whoever stands before the name.
  for (const char* s : {"Zambia extradited the suspect on Sunday, a senior Zambian government official said.",
                        "\"The talks failed,\" Mr Kolbeinsson told reporters.",
                        "\"The talks failed,\" Icelandic dissident analyst Arvid Kolbeinsson told reporters.",
                        "\"The talks failed,\" Foreign Minister S Kolbeinsson said."}) {
    x = run(s, "2025-06-20");
    std::string speaker;
    for (const auto& a : x.assertions)
      if (a.event_type == "STATEMENT" && !a.actors.empty()) speaker = a.actors[0];
    EXPECT_FALSE(speaker.empty()) << s << show(x);
    EXPECT_TRUE(speaker == "org/zm-government" || speaker.find("kolbeinsson") != std::string::npos) << s << " " << speaker;
  }
}

TEST(Mechanisms, AParticipleAfterACommaTellsWhatWentWithTheActNoWords) {
  // "declared a state of emergency, suspending ... and arresting ...": the
  // participles say what went with the declaration, no words were declared;
  // the speaker named after the last comma ends the declaration, and a
  // government named by the person who leads it acts as that person.
  auto x = run("The interim government of President Amadou Kante declared a 60-day state of emergency in Chad "
               "on Friday, suspending the constitution and arresting opposition leaders, a spokesman for the "
               "French embassy said.",
               "2025-06-20");
  bool coerce = false, sanction = false;
  for (const auto& a : x.assertions) {
    const bool kante = std::find(a.actors.begin(), a.actors.end(), "person/amadou-kante") != a.actors.end();
    coerce |= a.event_type == "COERCE" && kante;
    sanction |= a.event_type == "SANCTION";
    EXPECT_FALSE(a.event_type == "STATEMENT" && kante) << show(x);
  }
  EXPECT_TRUE(coerce) << show(x);
  EXPECT_FALSE(sanction) << "suspending a constitution is coercion (1721)" << show(x);
}

TEST(Mechanisms, OnlyANameThatOpensTheClauseTakesCompanionsAfterAnd) {
  // "Kenya shelled the camp and survivors fled": the object is no subject
  // of the verb after "and" and those no name is given for.
  auto x = run("Kenyan troops shelled the camp near Mandera and villagers fled to Somalia.", "2025-06-20");
  for (const auto& a : x.assertions)
    EXPECT_TRUE(std::find(a.actors.begin(), a.actors.end(), "place/mandera") == a.actors.end() &&
                std::find(a.actors.begin(), a.actors.end(), "state/SO") == a.actors.end())
        << show(x);
}

TEST(Mechanisms, APossessorOnlySaysWhoseTheTargetIs) {
  // "Afghanistan's Taliban rulers": the Taliban are accused, not Afghanistan.
  for (const char* s : {"Pakistan accused Afghanistan's Taliban rulers of sheltering militants.",
                        "Kenya praised Somalia's al Shabaab defectors for their courage."}) {
    auto x = run(s, "2025-06-20");
    ASSERT_FALSE(x.assertions.empty()) << s;
    const auto& t = x.assertions[0].targets;
    EXPECT_EQ(t.size(), 1u) << s << show(x);
    EXPECT_TRUE(std::find(t.begin(), t.end(), "state/AF") == t.end() &&
                std::find(t.begin(), t.end(), "state/SO") == t.end()) << s << show(x);
    EXPECT_TRUE(t.size() == 1 && (t[0] == "org/taliban" || t[0] == "org/al-shabaab")) << s << show(x);
  }
}

TEST(Mechanisms, ANameAfterAPrepositionIsNoSubject) {
  // "despite Houthi counterattacks": a noun, not Houthi forces counterattacking.
  auto x = run("Saudi forces held their positions despite Houthi counterattacks and heavy shelling.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "ASSAULT").empty()) << show(x);
  // "militants in Mali attacked": Mali is where they are, not who attacked.
  x = run("Militants in Mali attacked an army convoy near Gao.", "2025-06-20");
  auto militants = of_type(x, "ASSAULT");
  ASSERT_EQ(militants.size(), 1u) << show(x);
  EXPECT_TRUE(std::find(militants[0]->actors.begin(), militants[0]->actors.end(), "state/ML") ==
              militants[0]->actors.end()) << show(x);
  // But the office of a state speaks for it.
  x = run("The foreign minister of Iran condemned the strike.", "2025-06-20");
  auto acc = of_type(x, "ACCUSE");
  ASSERT_EQ(acc.size(), 1u) << show(x);
  EXPECT_EQ(acc[0]->actors, V{"state/IR"});
}

TEST(Mechanisms, ASeatOfGovernmentUnderAttackIsWhereItHappened) {
  auto x = run("RSF drones attacked Port Sudan on June 4.", "2025-06-20");
  auto as = of_type(x, "ASSAULT");
  ASSERT_EQ(as.size(), 1u) << show(x);
  EXPECT_EQ(as[0]->location, "place/port-sudan");
  // A capital that speaks is its state, and no place of an event.
  x = run("Moscow condemned the strike on June 4.", "2025-06-20");
  auto acc = of_type(x, "ACCUSE");
  ASSERT_EQ(acc.size(), 1u) << show(x);
  EXPECT_EQ(acc[0]->actors, V{"state/RU"});
  EXPECT_TRUE(acc[0]->location.empty());
}

TEST(Mechanisms, ACapitalAfterWithIsItsStateButAPlaceAfterNearIsNot) {
  // "ties with Tehran": the partner of the object is the capital's state.
  for (const char* s : {"Canada severed diplomatic relations with Tehran last year.",
                        "Turkey severed its contacts with Damascus."}) {
    auto x = run(s, "2025-06-20");
    auto sa = of_type(x, "SANCTION");
    ASSERT_EQ(sa.size(), 1u) << s << show(x);
    EXPECT_EQ(sa[0]->targets.size(), 1u) << s << show(x);
    EXPECT_TRUE(sa[0]->targets == V{"state/IR"} || sa[0]->targets == V{"state/SY"}) << s << show(x);
  }
  // A city after "near" says where, and is nobody's partner.
  auto x = run("Turkey severed its contacts with militias near Aleppo.", "2025-06-20");
  auto sa = of_type(x, "SANCTION");
  ASSERT_EQ(sa.size(), 1u) << show(x);
  EXPECT_TRUE(sa[0]->targets.empty()) << show(x);
}

TEST(Mechanisms, AnAspectVerbHelpsTheGerundAfterIt) {
  // "began withdrawing" is "began to withdraw": the act happened.
  auto x = run("Eritrea began withdrawing its troops from Tigray on Monday.", "2025-02-18");
  auto r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->actors, V{"state/ER"});
  EXPECT_EQ(r[0]->modality, Modality::None);
  EXPECT_FALSE(r[0]->negated);
  x = run("Kenyan police kept detaining protesters in Nairobi.", "2025-02-18");
  EXPECT_EQ(of_type(x, "COERCE").size(), 1u) << show(x);
  // A gerund after a preposition is a noun's complement, not the verb.
  x = run("Ethiopia began talks on withdrawing its troops.", "2025-02-18");
  EXPECT_TRUE(of_type(x, "RETREAT").empty()) << show(x);
}

TEST(Mechanisms, ASpeechItsLightVerbNamesIsAStatement) {
  auto x = run("The Kenyan president delivered a televised address on Monday.", "2025-05-23");
  auto s = of_type(x, "STATEMENT");
  ASSERT_EQ(s.size(), 1u) << show(x);
  EXPECT_EQ(s[0]->actors, V({"state/KE"}));
  ASSERT_TRUE(s[0]->date);
  EXPECT_EQ(s[0]->date->iso(), "2025-05-19");
  // What the speech does is no mere content of it: "urging" is a request made.
  x = run("Zelensky gave a speech urging allies to send air defence.", "2025-05-23");
  auto r = of_type(x, "REQUEST");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->modality, Modality::None);
  // "address" as a verb, or as where someone lives, is no speech.
  for (const char* t : {"The ministry made clear the need to address the shortages.",
                        "The Kenyan president gave his address to the police."}) {
    x = run(t, "2025-05-23");
    EXPECT_TRUE(of_type(x, "STATEMENT").empty()) << t << show(x);
  }
}

TEST(Mechanisms, PartOfAPlaceTakenIsAnAdvanceButPartOfAGroupIsNot) {
  auto x = run("Sudanese troops captured most of western Omdurman on June 3.", "2025-06-20");
  EXPECT_EQ(of_type(x, "ADVANCE").size(), 1u) << show(x);
  EXPECT_TRUE(of_type(x, "COERCE").empty()) << show(x);
  x = run("Kenyan police captured all of the gunmen on June 3.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "ADVANCE").empty()) << show(x);
  EXPECT_EQ(of_type(x, "COERCE").size(), 1u) << show(x);
}

TEST(Mechanisms, AStatesAdjectiveOwnsTheEventNounAfterIt) {
  // "Russian missile strikes on Ukrainian power plants": Russia strikes Ukraine.
  auto x = run("Russian missile strikes on Ukrainian power plants left millions without electricity.", "2025-06-20");
  auto as = of_type(x, "ASSAULT");
  ASSERT_EQ(as.size(), 1u) << show(x);
  EXPECT_EQ(as[0]->actors, V{"state/RU"});
  EXPECT_EQ(as[0]->targets, V{"state/UA"});
  // Joined adjectives are joint actors; the place after the noun suffices.
  // The offensive is an event of its own beside the repelling.
  x = run("Tuareg rebels repelled a joint Malian-Russian offensive near Gao.", "2025-06-20");
  as = of_type(x, "ASSAULT");
  ASSERT_EQ(as.size(), 2u) << show(x);
  const Assertion* offensive = as[0]->actors == V{"group/tuareg-rebels"} ? as[1] : as[0];
  EXPECT_EQ(offensive->actors, (V{"state/ML", "state/RU"})) << show(x);
  EXPECT_EQ(offensive->location, "place/gao");
  x = run("The strikes were meant to deter a US or Israeli attack on Iran's nuclear sites.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "ASSAULT").empty()) << show(x);
}

TEST(Mechanisms, AnAdjectiveOwnsNoEventThatIsOnlyPossibleOrTalkedAbout) {
  struct Case {
    const char* sentence;
    const char* type;
    const char* state;
  };
  for (const Case& c : {Case{"Iran warned against any Israeli strike on its nuclear sites near Natanz.", "ASSAULT", "state/IL"},
                        Case{"The talks in Cairo focused on an Israeli troop pullback from Lebanon.", "RETREAT", "state/IL"},
                        Case{"Two American aid groups reached Gaza on Monday.", "AID", "state/US"},
                        Case{"Serbia's police crushed ethnic Albanian protests in Pristina.", "PROTEST", "state/AL"},
                        Case{"The general feared a possible Russian offensive near Kharkiv.", "ASSAULT", "state/RU"}}) {
    auto x = run(c.sentence, "2025-06-20");
    for (const auto* a : of_type(x, c.type))
      EXPECT_TRUE(std::find(a->actors.begin(), a->actors.end(), c.state) == a->actors.end()) << c.sentence << show(x);
  }
}

TEST(Mechanisms, ASubjectActsAcrossItsApposition) {
  // Between the subject and its verb: a relative clause in dashes, a
  // participle or an adverbial between commas.
  auto x = run("Hezbollah — which controls much of southern Lebanon — rejected the French proposal.", "2025-06-20");
  auto rej = of_type(x, "REJECT");
  ASSERT_EQ(rej.size(), 1u) << show(x);
  EXPECT_EQ(rej[0]->actors, V{"org/hezbollah"});
  x = run("Egypt, in a rare move, called for the Arab League to hold an emergency summit.", "2025-06-20");
  auto req = of_type(x, "REQUEST");
  ASSERT_EQ(req.size(), 1u) << show(x);
  EXPECT_EQ(req[0]->actors, V{"state/EG"});
  EXPECT_EQ(req[0]->targets, V{"org/arab-league"});
  // The names between dashes say who the group is.
  x = run("The two countries — Kenya and Ethiopia — signed a border agreement on June 2.", "2025-06-20");
  auto agr = of_type(x, "AGREE");
  ASSERT_EQ(agr.size(), 1u) << show(x);
  EXPECT_EQ(agr[0]->actors, (V{"state/ET", "state/KE"}));
  // The subject restated after its relative clause is no quote's speaker.
  x = run("Turkey, which hosts millions of refugees, said that it would close the border.", "2025-06-20");
  for (const auto& a : x.assertions) EXPECT_NE(a.rule, "quote-first") << show(x);
  auto st = of_type(x, "STATEMENT");
  ASSERT_EQ(st.size(), 1u) << show(x);
  EXPECT_EQ(st[0]->topic, "it would close the border");
  // The comma that closes an apposition the mention holds; an adverb of
  // order or manner in the verb group.
  x = run("Kenya's foreign minister, Musalia Mudavadi, first met his Ethiopian counterpart in Nairobi, "
          "then accused Somalia of stalling.", "2025-06-20");
  auto met = of_type(x, "CONSULT");
  ASSERT_EQ(met.size(), 1u) << show(x);
  EXPECT_EQ(met[0]->actors[0], "person/ke/musalia-mudavadi") << show(x);
  auto acc = of_type(x, "ACCUSE");
  ASSERT_EQ(acc.size(), 1u) << show(x);
  EXPECT_EQ(acc[0]->actors, V{"person/ke/musalia-mudavadi"});
  EXPECT_EQ(acc[0]->targets, V{"state/SO"});
  EXPECT_EQ(acc[0]->modality, Modality::None);  // no part of the meeting's topic
  // So with "and": the second verb shares the subject.
  x = run("Kenya's foreign minister, Musalia Mudavadi, met his Ethiopian counterpart and accused Somalia of stalling.",
          "2025-06-20");
  acc = of_type(x, "ACCUSE");
  ASSERT_EQ(acc.size(), 1u) << show(x);
  EXPECT_EQ(acc[0]->actors, V{"person/ke/musalia-mudavadi"});
}

// The location of the one ASSAULT the sentence gives; a line saying how
// many there were instead when not one.
std::string assault_location(const char* sentence) {
  auto x = run(sentence, "2025-06-20");
  auto a = of_type(x, "ASSAULT");
  if (a.size() != 1) return std::to_string(a.size()) + " ASSAULT in:" + show(x);
  return a[0]->location;
}

TEST(Mechanisms, APlaceThatOpensTheSentenceIsWhereTheMainClauseHappened) {
  // "In Kherson, Russia ...": Russia is the subject, not Kherson's state.
  auto x = run("In Kherson, Russia shelled a hospital.", "2025-06-20");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u) << show(x);
  EXPECT_EQ(a[0]->actors, V{"state/RU"});
  EXPECT_EQ(a[0]->location, "place/kherson");
  // A place with its country is one place, located there.
  EXPECT_EQ(assault_location("Houthi fighters shelled a market in Taiz, Yemen, on Friday."), "place/taiz");
  // An opening phrase that names no place gives none.
  EXPECT_EQ(assault_location("In a statement, Russia shelled a hospital."), "");
}

TEST(Mechanisms, EveryParticipantOfAMeetingIsAnActor) {
  // "their Kenyan counterparts": Kenya met too, where the sentence says.
  auto x = run("Ugandan officials met with their Kenyan counterparts in Mombasa on Monday.", "2025-06-20");
  auto c = of_type(x, "CONSULT");
  ASSERT_EQ(c.size(), 1u) << show(x);
  EXPECT_NE(std::find(c[0]->actors.begin(), c[0]->actors.end(), "state/KE"), c[0]->actors.end()) << show(x);
  EXPECT_TRUE(c[0]->targets.empty());
  EXPECT_EQ(c[0]->location, "place/mombasa");
  // Never a target, whatever names the other side.
  x = run("Macron met the Ukrainian president in Kyiv.", "2025-06-20");
  c = of_type(x, "CONSULT");
  ASSERT_EQ(c.size(), 1u) << show(x);
  EXPECT_TRUE(c[0]->targets.empty());
  EXPECT_EQ(c[0]->actors.size(), 2u) << show(x);
  // A call to the counterparts of a list of states: each state takes part.
  x = run("The Turkish foreign minister spoke by phone to his Sudanese and Chadian counterparts.", "2025-06-20");
  c = of_type(x, "CONSULT");
  ASSERT_EQ(c.size(), 1u) << show(x);
  for (const char* k : {"state/SD", "state/TD"})
    EXPECT_NE(std::find(c[0]->actors.begin(), c[0]->actors.end(), k), c[0]->actors.end()) << k << show(x);
  // Speaking to people of no state makes no meeting of one.
  x = run("The Turkish foreign minister spoke to reporters in Ankara.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "CONSULT").empty()) << show(x);
}

TEST(Mechanisms, AnOrderToOnesOwnForcesIsACommandNotARequest) {
  // What it orders is the orderer's and the forces' planned act.
  auto x = run("Ukrainian President Volodymyr Zelensky ordered Ukrainian troops to withdraw from Avdiivka.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "REQUEST").empty()) << show(x);
  auto r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->modality, Modality::Planned);
  EXPECT_NE(std::find(r[0]->actors.begin(), r[0]->actors.end(), "person/volodymyr-zelensky"), r[0]->actors.end());
  // An order of a posture no rule reads is a mobilization; the ellipsis of
  // a quote stands between the subject and its verb.
  x = run("\"Hungary's president \u2026 ordered the Hungarian army to be on alert,\" the minister said.", "2025-06-20");
  auto m = of_type(x, "MOBILIZE");
  ASSERT_EQ(m.size(), 1u) << show(x);
  EXPECT_NE(std::find(m[0]->actors.begin(), m[0]->actors.end(), "state/HU"), m[0]->actors.end()) << show(x);
  // Forces no state names, after a verb of command, are the orderer's own.
  x = run("Ukrainian President Volodymyr Zelensky ordered the special forces to be on alert.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "REQUEST").empty()) << show(x);
  EXPECT_EQ(of_type(x, "MOBILIZE").size(), 1u) << show(x);
  // An order to another state's forces stays a request (a demand).
  x = run("Ukrainian President Volodymyr Zelensky ordered Russian troops to withdraw from Avdiivka.", "2025-06-20");
  EXPECT_EQ(of_type(x, "REQUEST").size(), 1u) << show(x);
  r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->modality, Modality::Hypothetical);
  // A person the gazetteer gives a nationality commands without a title.
  x = run("Zelensky ordered Ukrainian troops to withdraw from Avdiivka.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "REQUEST").empty()) << show(x);
  r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->modality, Modality::Planned);
}

TEST(Mechanisms, AnOrderedActIsTheOrderersAct) {
  // "ordered the expulsion of the ambassador": the event noun, with its
  // object after "of", is the act; no request of the verb alone.
  auto x = run("The Malian government ordered the expulsion of the French ambassador.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "REQUEST").empty()) << show(x);
  auto s = of_type(x, "SANCTION");
  ASSERT_EQ(s.size(), 1u) << show(x);
  EXPECT_EQ(s[0]->targets, V({"state/FR"})) << show(x);
  // The noun's object cue reads the phrase after "of": migrants expelled
  // stay COERCE.
  x = run("Mali's expulsion of the Nigerien migrants drew protests.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "SANCTION").empty()) << show(x);
  x = run("Mali's expulsion of the French ambassador drew protests.", "2025-06-20");
  EXPECT_EQ(of_type(x, "SANCTION").size(), 1u) << show(x);
}

TEST(Mechanisms, AnEventNounBeforeANounForPeopleIsNoEvent) {
  // "aid workers" are people; the custody is the event.
  auto x = run("The RSF held three aid workers in custody.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "AID").empty()) << show(x);
  EXPECT_EQ(of_type(x, "COERCE").size(), 1u) << show(x);
  // An aid convoy is still aid sent.
  x = run("Jordan sent an aid convoy to Gaza.", "2025-06-20");
  EXPECT_EQ(of_type(x, "AID").size(), 1u) << show(x);
}

TEST(Mechanisms, ANameAfterAPrepositionIsNoSpeaker) {
  auto speakers_of = [](const std::string& sentence) {
    auto x = run(sentence, "2025-06-20");
    auto st = of_type(x, "STATEMENT");
    return st.size() == 1 ? st[0]->actors : V{std::to_string(st.size()) + " statements"};
  };
  // Placed or related by a preposition: the name before it speaks.
  EXPECT_EQ(speakers_of("The Red Cross operating in Yemen said the port must reopen."), V({"org/icrc"}));
  EXPECT_EQ(speakers_of("The EU's envoy in Libya said the truce must hold."), V({"org/eu"}));
  // An unnamed source close to a body is not that body: no statement of it.
  EXPECT_EQ(speakers_of("A source close to the Kremlin said the talks must resume."), V({"0 statements"}));
  // "according to" is the frame's own phrase.
  EXPECT_EQ(speakers_of("The talks will resume on Monday, according to the Kremlin."), V({"org/kremlin"}));
}

TEST(Mechanisms, AParticipleOfSayingIsNoInvertedSpeaker) {
  // ", saying Nairobi remains a partner": Nairobi is what was said, not who.
  auto x = run("Ethiopia urged Kenya to \"close the border immediately,\" saying Nairobi remains a partner.",
               "2025-06-20");
  for (const auto* st : of_type(x, "STATEMENT")) EXPECT_NE(st->actors, V({"state/KE"})) << show(x);
  auto r = of_type(x, "REQUEST");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_TRUE(r[0]->attributed_to.empty()) << show(x);
  // The inverted quote keeps its speaker.
  x = run("\"The border must close,\" said Kenya.", "2025-06-20");
  auto st = of_type(x, "STATEMENT");
  ASSERT_EQ(st.size(), 1u) << show(x);
  EXPECT_EQ(st[0]->actors, V({"state/KE"})) << show(x);
}

TEST(Mechanisms, AMediumAsTheObjectIsNoClauseOfWords) {
  // "wrote a letter ... on the same day that forces attacked": the letter is
  // what was written; the attack is the narrator's.
  auto x = run("Macron wrote a long letter to Tebboune on the same day that Algerian forces shelled the border post.",
               "2025-06-20");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u) << show(x);
  EXPECT_TRUE(a[0]->attributed_to.empty()) << show(x);
  // Words said without "that" still are.
  x = run("Macron wrote Algeria had shelled the border post.", "2025-06-20");
  a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u) << show(x);
  EXPECT_EQ(a[0]->attributed_to, V({"person/emmanuel-macron"})) << show(x);
  // A medium that is the subject of the words said is no object.
  x = run("Algeria said the letter was a provocation.", "2025-06-20");
  EXPECT_EQ(of_type(x, "STATEMENT").size(), 1u) << show(x);
}

TEST(Mechanisms, GroundTakenFromAnActorInPartsOfAState) {
  // "from al Shabaab": whom the ground was taken from; "in parts of central
  // and southern Mali": several regions of one state are that state.
  auto x = run("Malian forces retook villages from JNIM in parts of central and southern Mali.", "2025-06-20");
  auto a = of_type(x, "ADVANCE");
  ASSERT_EQ(a.size(), 1u) << show(x);
  EXPECT_EQ(a[0]->targets, V{"org/jnim"}) << show(x);
  EXPECT_EQ(a[0]->location, "state/ML");
  // Past the place taken: "regained control of X from the paramilitary RSF".
  x = run("The Sudanese army regained control of the Presidential Palace in Khartoum from the paramilitary "
          "Rapid Support Forces.", "2025-06-20");
  a = of_type(x, "ADVANCE");
  ASSERT_EQ(a.size(), 1u) << show(x);
  EXPECT_EQ(a[0]->targets, V{"org/rsf"}) << show(x);
  // A place after "from" is where from, no target.
  x = run("Russian forces seized positions from Bakhmut to Soledar.", "2025-06-20");
  a = of_type(x, "ADVANCE");
  ASSERT_EQ(a.size(), 1u) << show(x);
  EXPECT_TRUE(a[0]->targets.empty());
}

TEST(Mechanisms, ADemandNoLongerMadeIsAConcession) {
  // "no longer insisting that X should not": the demand is dropped (CONCEDE),
  // and what was demanded is nobody's claim now.
  auto x = run("Washington is no longer insisting that Israel must not enter Rafah.", "2025-06-20");
  auto c = of_type(x, "CONCEDE");
  ASSERT_EQ(c.size(), 1u) << show(x);
  EXPECT_EQ(c[0]->targets, V{"state/IL"});
  EXPECT_FALSE(c[0]->negated);
  EXPECT_TRUE(of_type(x, "REQUEST").empty()) << show(x);
  EXPECT_TRUE(of_type(x, "ADVANCE").empty() && of_type(x, "ASSAULT").empty()) << show(x);
  // "no longer" outside a frame negates its verb.
  x = run("Turkey no longer supports the Syrian opposition.", "2025-06-20");
  auto s = of_type(x, "SUPPORT");
  ASSERT_EQ(s.size(), 1u) << show(x);
  EXPECT_TRUE(s[0]->negated);
}

TEST(Mechanisms, WhatNoOneAgreedToIsNoPlan) {
  auto x = run("Hamas had not agreed to withdraw from Rafah.", "2025-06-20");
  auto r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->modality, Modality::Hypothetical);
  x = run("Hamas agreed to withdraw from Rafah.", "2025-06-20");
  r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->modality, Modality::Planned);
}

TEST(Mechanisms, ANounOfSeveralWordsIsTheMoreSpecificReading) {
  // "hunger strike" is a protest; a pattern reading "strike" as an attack yields.
  auto x = run("Opposition leader Ahmed Diallo staged a hunger strike in Conakry on June 3.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "ASSAULT").empty()) << show(x);
  EXPECT_EQ(of_type(x, "PROTEST").size(), 1u) << show(x);
}

TEST(Mechanisms, APastClauseInsideAnotherEventsTopicIsAFact) {
  // "where" stands for the place before it, and its past clause happened.
  auto x = run("Malian troops withdrew from Kidal, where Tuareg rebels launched an offensive last week.",
               "2025-06-20");
  auto as = of_type(x, "ASSAULT");
  ASSERT_EQ(as.size(), 1u) << show(x);
  EXPECT_EQ(as[0]->modality, Modality::None) << show(x);
  EXPECT_EQ(as[0]->location, "place/kidal");
  // An agreement's content is no fact; a past "after" clause in it is.
  x = run("Hamas agreed to resume talks after Israel withdrew from Rafah.", "2025-06-20");
  auto r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->modality, Modality::None) << show(x);
  // Not a clause in the present: "when Israel strikes again" has not happened.
  x = run("Iran threatened to retaliate when Israel strikes its nuclear sites again.", "2025-06-20");
  for (const auto* a : of_type(x, "ASSAULT")) EXPECT_NE(a->modality, Modality::None) << show(x);
  // A relative without its "that": "the deployment it had promised" was promised.
  x = run("Chad began the troop deployment it had promised Niger.", "2025-06-20");
  auto pr = of_type(x, "AGREE");
  ASSERT_EQ(pr.size(), 1u) << show(x);
  EXPECT_EQ(pr[0]->modality, Modality::None) << show(x);
  // So is the charge the accused denied, after the accusation: the denial happened.
  // ("charge" may be a verb; after its determiner it is the noun.)
  x = run("Mali accused Algeria of arming the rebels, a charge Algiers denied.", "2025-06-20");
  auto dn = of_type(x, "REJECT");
  ASSERT_EQ(dn.size(), 1u) << show(x);
  EXPECT_EQ(dn[0]->modality, Modality::None) << show(x);
  x = run("Mali accused Algeria of arming the rebels, an accusation the Algerian government rejected.", "2025-06-20");
  dn = of_type(x, "REJECT");
  ASSERT_EQ(dn.size(), 1u) << show(x);
  EXPECT_EQ(dn[0]->modality, Modality::None) << show(x);
  // A past progressive is as past: "where they had been fighting".
  x = run("Chad pulled its troops out of Niger, where they had been fighting against Boko Haram.", "2025-06-20");
  as = of_type(x, "ASSAULT");
  ASSERT_EQ(as.size(), 1u) << show(x);
  EXPECT_EQ(as[0]->modality, Modality::None) << show(x);
}

TEST(Mechanisms, APossessivePronounOwnsTheEventNounAfterIt) {
  // "his meeting with Putin": the speaker met Putin, a fact inside what he said.
  auto x = run("Erdogan said on June 3 that he raised the grain deal during his meeting with Putin on June 2.",
               "2025-06-20");
  auto c = of_type(x, "CONSULT");
  ASSERT_EQ(c.size(), 1u) << show(x);
  EXPECT_EQ(c[0]->actors, (V{"person/recep-tayyip-erdogan", "person/vladimir-putin"})) << show(x);
  EXPECT_EQ(c[0]->modality, Modality::None) << show(x);
  ASSERT_TRUE(c[0]->date);
  EXPECT_EQ(c[0]->date->iso(), "2025-06-02");
  // "its peacekeeping forces": the noun only modifies "forces".
  x = run("The African Union rejected a call for its peacekeeping forces to be deployed in Sudan.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "AID").empty()) << show(x);
}

TEST(Mechanisms, ADateBetweenCommasAfterTheSubjectDatesTheVerb) {
  auto x = run("Kenyan President William Ruto, on Tuesday, rejected the proposal.", "2025-06-20");
  auto r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  ASSERT_TRUE(r[0]->date);
  EXPECT_EQ(r[0]->date->iso(), "2025-06-17");
  x = run("Egypt, last Friday, said that the crossing would reopen.", "2025-06-20");
  auto st = of_type(x, "STATEMENT");
  ASSERT_EQ(st.size(), 1u) << show(x);
  ASSERT_TRUE(st[0]->date);
  EXPECT_EQ(st[0]->date->iso(), "2025-06-13");
}

TEST(Mechanisms, ANounPhraseAfterASpeechVerbIsNoClause) {
  // "declared a state of emergency": "state" after "a" is a noun; the
  // declaration is the act (COERCE), not a statement. So is a word after a
  // modifier with a hyphen ("a 90-day curfew").
  for (const char* s : {"Ecuador declared a state of emergency in Guayaquil on June 4.",
                        "Niger declared a 90-day curfew in Niamey."}) {
    auto x = run(s, "2025-06-20");
    EXPECT_TRUE(of_type(x, "STATEMENT").empty()) << show(x);
    EXPECT_EQ(of_type(x, "COERCE").size(), 1u) << show(x);
  }
  // A clause after the verb still is, and so is a participle of speech after a comma.
  for (const char* s : {"Zelensky said a state of emergency was necessary.",
                        "Kenya said on Monday, confirming the arrests of three officers."})
    EXPECT_EQ(of_type(run(s, "2025-06-20"), "STATEMENT").size(), 1u) << s;
}

TEST(Mechanisms, WhenTheSentenceAndTheClauseSay) {
  // "In February X said": a month opening the sentence dates the words (to
  // no day), not the report.
  EXPECT_EQ(date_of("In February Erdogan said that Turkey would not withdraw.", "STATEMENT"), "no date");
  // A clause's own time dates it, not the sentence's first.
  auto x = run("Iran rejected the offer on June 2, which means Israel will resume its strikes on Gaza on June 9.",
          "2025-06-20");
  auto as = of_type(x, "ASSAULT");
  ASSERT_EQ(as.size(), 1u) << show(x);
  ASSERT_TRUE(as[0]->date);
  EXPECT_EQ(as[0]->date->iso(), "2025-06-09");
}

TEST(Mechanisms, NoVerbBeforeAModal) {
  // "the EU sanctions will": a noun before the modal, no sanctioning EU.
  auto x = run("The vote means the EU sanctions will expire in July.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "SANCTION").empty()) << show(x);
}

TEST(Mechanisms, ARefusedActIsARejection) {
  // "will not implement the agreed truce": a rejection made now, not a
  // negated plan to agree.
  auto x = run("Hamas said that it will not implement the agreed truce.", "2025-06-20");
  auto r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->actors, V({"org/hamas"}));
  EXPECT_FALSE(r[0]->negated);
  EXPECT_TRUE(of_type(x, "AGREE").empty()) << show(x);
  // Said of someone else, it stays that party's negated plan.
  x = run("Qatar said that Hamas will not implement the agreed truce.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "REJECT").empty()) << show(x);
}

TEST(Mechanisms, ARelativeClauseInATopicIsAFact) {
  // "aid to Taiwan that the United States approved on September 29": the
  // approval happened, on its own day.
  auto x = run("China sanctioned three US firms on October 10 over arms sales to Taiwan that the United States "
               "approved on September 29.", "2025-10-20");
  auto a = of_type(x, "AGREE");
  ASSERT_EQ(a.size(), 1u) << show(x);
  EXPECT_EQ(a[0]->modality, Modality::None) << show(x);
  ASSERT_TRUE(a[0]->date);
  EXPECT_EQ(a[0]->date->iso(), "2025-09-29");
}

TEST(Mechanisms, WhereTheWordsWereSaidComesBeforeThem) {
  // "said on Monday in Nairobi that ...": the place of the words, between
  // the day and "that", leaves the words whole, dated and attributed.
  auto x = run("Kenyan President William Ruto said on Monday in Nairobi that Ethiopian troops had attacked a border "
               "post.", "2025-06-20");
  auto st = of_type(x, "STATEMENT");
  ASSERT_EQ(st.size(), 1u) << show(x);
  EXPECT_EQ(st[0]->topic, "Ethiopian troops had attacked a border post");
  ASSERT_TRUE(st[0]->date);
  EXPECT_EQ(st[0]->date->iso(), "2025-06-16");
  auto as = of_type(x, "ASSAULT");
  ASSERT_EQ(as.size(), 1u) << show(x);
  EXPECT_EQ(as[0]->attributed_to, V({"person/william-ruto"})) << show(x);
}

TEST(Mechanisms, TheWritersInferenceIsNoPartOfTheStatement) {
  auto x = run("Erdogan stated that Turkish troops remain in Syria, indicating that Ankara rejected the "
               "Russian proposal.", "2025-06-20");
  auto st = of_type(x, "STATEMENT");
  ASSERT_EQ(st.size(), 1u) << show(x);
  EXPECT_EQ(st[0]->topic, "Turkish troops remain in Syria");
  for (const auto* r : of_type(x, "REJECT")) EXPECT_TRUE(r->attributed_to.empty()) << show(x);
  // So is a relative clause after a comma whose subject is the speaker named.
  x = run("Kazakh President Kassym-Jomart Tokayev stated that Kazakhstan has a different plan for the pipeline, "
          "the details of which Tokayev refused to share.", "2025-06-20");
  st = of_type(x, "STATEMENT");
  ASSERT_EQ(st.size(), 1u) << show(x);
  EXPECT_EQ(st[0]->topic, "Kazakhstan has a different plan for the pipeline");
  for (const auto* r : of_type(x, "REJECT")) EXPECT_TRUE(r->attributed_to.empty()) << show(x);
}

TEST(Mechanisms, AThirdPartysWouldIsAPredictionNotAThreat) {
  // An analyst's "Putin would kill him" is no threat by Putin.
  auto x = run("\"After the mutiny it was clear that Putin would kill him,\" analyst Igor Eidman told The Moscow Times.",
               "2025-06-20");
  EXPECT_TRUE(of_type(x, "THREATEN").empty()) << show(x);
  // The actor's own words are.
  x = run("Iran said that it would strike Israel if attacked.", "2025-06-20");
  EXPECT_EQ(of_type(x, "THREATEN").size(), 1u) << show(x);
}

TEST(Mechanisms, ASourceThatRelaysItsOwnSideIsOneStatement) {
  // "according to the Turkish Foreign Ministry" (with its article) is the
  // source; Turkey's words relayed by its own ministry are one statement.
  auto x = run("Turkey said it would take the necessary steps, according to the Turkish Foreign Ministry.",
               "2025-06-20");
  auto st = of_type(x, "STATEMENT");
  ASSERT_EQ(st.size(), 1u) << show(x);
  EXPECT_EQ(st[0]->actors, V({"state/TR"}));
  EXPECT_EQ(st[0]->topic, "it would take the necessary steps");
  // Another side's source is a statement of its own.
  x = run("Turkey said it would take the necessary steps, according to the Greek Foreign Ministry.", "2025-06-20");
  EXPECT_EQ(of_type(x, "STATEMENT").size(), 2u) << show(x);
}

TEST(Mechanisms, APlaceOnTheWayIsWhereOnlyAlone) {
  auto x = run("Ukrainian forces completed a withdrawal from Vuhledar across the Kashlahach River.", "2025-06-20");
  auto r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->location, "place/vuhledar");
  x = run("Russian forces advanced across the Oskil River on June 3.", "2025-06-20");
  auto a = of_type(x, "ADVANCE");
  ASSERT_EQ(a.size(), 1u) << show(x);
  EXPECT_EQ(a[0]->location, "place/oskil-river");
}

TEST(Mechanisms, AnAdjectiveOrAPossessorInTheObjectSaysWhoseItIs) {
  // With no name for a target, the object's state adjective or possessor.
  auto x = run("The United States imposed sanctions on a key Turkish defense agency on Monday.", "2025-06-20");
  auto s1 = of_type(x, "SANCTION");
  ASSERT_EQ(s1.size(), 1u) << show(x);
  EXPECT_EQ(s1[0]->targets, V({"state/TR"}));
  x = run("Hungary agreed to approve Sweden's application.", "2025-06-20");
  auto a = of_type(x, "AGREE");
  ASSERT_EQ(a.size(), 1u) << show(x);
  EXPECT_EQ(a[0]->targets, V({"state/SE"}));
  // A name the phrase goes on to is the target itself.
  x = run("Beijing sanctioned Taiwanese legislator Puma Shen on Monday.", "2025-06-20");
  auto s2 = of_type(x, "SANCTION");
  ASSERT_EQ(s2.size(), 1u) << show(x);
  EXPECT_EQ(s2[0]->targets, V({"person/tw/puma-shen"}));
  // An infinitive after the object is no object: the allies are urged, not Russia.
  x = run("Zelensky urged allies to use frozen Russian funds.", "2025-06-20");
  auto req = of_type(x, "REQUEST");
  ASSERT_EQ(req.size(), 1u) << show(x);
  EXPECT_TRUE(std::find(req[0]->targets.begin(), req[0]->targets.end(), "state/RU") == req[0]->targets.end())
      << show(x);
}

TEST(Mechanisms, TheArticleBeforeATargetGoesWithIt) {
  // Pattern rules name no article before their target; the matcher takes it.
  auto x = run("Amnesty International accused the United States and Japan of violating human rights.", "2025-06-20");
  auto acc = of_type(x, "ACCUSE");
  ASSERT_EQ(acc.size(), 1u) << show(x);
  EXPECT_EQ(acc[0]->targets, V({"state/JP", "state/US"}));
  x = run("Seoul lodged a strong protest against North Korea on June 3.", "2025-06-20");
  auto p = of_type(x, "PROTEST");
  ASSERT_EQ(p.size(), 1u) << show(x);
  EXPECT_EQ(p[0]->targets, V({"state/KP"}));
}

TEST(Mechanisms, AFramesActIsItsVerbsOnlyReading) {
  // "disputed that ...": the REJECT of the deny-that frame, no ACCUSE too.
  auto x = run("Manila disputed that the Chinese coast guard boarded the ships.", "2025-06-20");
  for (const auto& a : x.assertions)
    EXPECT_FALSE(a.event_type == "ACCUSE" && a.actors == V({"state/PH"})) << show(x);
  EXPECT_EQ(of_type(x, "REJECT").size(), 1u) << show(x);
}

TEST(Mechanisms, AThreatIsAimedAtTheTargetOfItsAct) {
  auto x = run("Pakistan threatened to break off diplomatic relations with Congo and Costa Rica.", "2025-06-20");
  auto t = of_type(x, "THREATEN");
  ASSERT_EQ(t.size(), 1u) << show(x);
  EXPECT_EQ(t[0]->targets, V({"state/CD", "state/CR"}));
  // Not the act of a condition.
  x = run("France offered to extend the deadline if Iran cooperates with the IAEA.", "2025-06-20");
  auto offer = of_type(x, "AGREE");
  ASSERT_EQ(offer.size(), 1u) << show(x);
  EXPECT_TRUE(std::find(offer[0]->targets.begin(), offer[0]->targets.end(), "org/iaea") == offer[0]->targets.end())
      << show(x);
}

TEST(Mechanisms, AProposalsAuthorIsTheTarget) {
  EXPECT_EQ(targets_of("Yemen rejected a U.S. request to interrogate the detainees.", "REJECT"), V({"state/US"}));
  EXPECT_EQ(targets_of("Germany rejected calls by Hungary for an end to the sanctions.", "REJECT"), V({"state/HU"}));
  // So is the author of an accusation denied.
  EXPECT_EQ(targets_of("Uganda denied allegations from Congo and Rwanda that its troops looted gold.", "REJECT"),
            V({"state/CD"}));
  EXPECT_EQ(targets_of("Serbia dismissed the charges by the Croatian government.", "REJECT"), V({"org/hr-government"}));
  // An accusation of no one's has no target: the place is where.
  EXPECT_EQ(targets_of("Serbia rejected allegations of shelling near Vukovar.", "REJECT"), V{});
  // A name before a plain noun says nothing of the kind.
  EXPECT_EQ(targets_of("Yemen rejected the Red Sea shipping plan of the company.", "REJECT"), V{});
}

TEST(Mechanisms, TheNameAfterAnEventNounsPrepositionIsTheTarget) {
  // Over a day between the noun and its phrase, and a name that only
  // modifies the noun it goes on to.
  EXPECT_EQ(targets_of("Beijing announced sanctions on Friday against two US drone makers.", "SANCTION"),
            V({"state/US"}));
  EXPECT_EQ(targets_of("Canada cancelled a planned visit to Haiti after the coup.", "SANCTION"), V({"state/HT"}));
  // The partner of a noun that takes "with"; not of one that does not.
  EXPECT_EQ(targets_of("Hamas rejected a ceasefire with Israel.", "REJECT"), V({"state/IL"}));
  EXPECT_EQ(targets_of("Russia launched an offensive with Wagner fighters.", "ASSAULT"), V{});
  // Whom a complaint was made to is no target; a city is where.
  EXPECT_EQ(targets_of("Jordan complained to the United Nations over the raids.", "ACCUSE"), V{});
  auto x = run("Moscow announced strikes on Monday against Kharkiv.", "2024-10-20");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u) << show(x);
  EXPECT_TRUE(a[0]->targets.empty()) << show(x);
  EXPECT_EQ(a[0]->location, "place/kharkiv");
}

TEST(Mechanisms, ANounForAStatesRelationGoesWithItsName) {
  // "neighbour Eritrea", "its neighbour Burundi": the state is the target.
  EXPECT_EQ(targets_of("Ethiopia closed its border with neighbour Eritrea.", "COERCE"), V({"state/ER"}));
  EXPECT_EQ(targets_of("Rwanda accused its neighbour Burundi of shelling border villages.", "ACCUSE"), V({"state/BI"}));
}

TEST(Mechanisms, WordsAddedAfterTheListener) {
  // The one statement's topic and day ("" when there is not exactly one).
  auto said = [](const std::string& sentence) {
    auto x = run(sentence, "2025-06-25");
    auto st = of_type(x, "STATEMENT");
    if (st.size() != 1) return V{};
    return V{st[0]->topic, st[0]->date ? st[0]->date->iso() : ""};
  };
  // "told journalists in Mombasa on Friday, adding that ...": the listener
  // and the place are not what was said; the words after the participle's
  // "that" are, dated by the telling.
  EXPECT_EQ(said("Kenyan President William Ruto told journalists in Mombasa on Friday, adding that Somalia had "
                 "withdrawn its troops from the border."),
            V({"Somalia had withdrawn its troops from the border", "2025-06-20"}));
  // What was said before the comma stays said.
  EXPECT_EQ(said("Kenyan President William Ruto told journalists that talks had stalled, adding that Somalia had "
                 "withdrawn its troops."),
            V({"journalists that talks had stalled, adding that Somalia had withdrawn its troops", "2025-06-25"}));
}

// "confirmed on Friday it would ...": a verb of SAY_THAT reports a clause
// without "that" when the clause opens on its subject; its object is no
// words ("announced new sanctions" is the act itself).
TEST(Mechanisms, ReportedWithoutThat) {
  // Ghana's words: the reopening it confirmed is its promise, that Friday.
  auto x = run("Ghana confirmed on Friday it would reopen its border with Togo.", "2025-06-25");
  auto p = of_type(x, "AGREE");
  ASSERT_EQ(p.size(), 1u) << show(x);
  EXPECT_EQ(p[0]->actors, V({"state/GH"}));
  EXPECT_EQ(p[0]->attributed_to, V({"state/GH"}));
  EXPECT_EQ(p[0]->attribution_verb, "confirmed");
  ASSERT_TRUE(p[0]->date);
  EXPECT_EQ(p[0]->date->iso(), "2025-06-20");
  // A subject of a determiner and a noun.
  x = run("Ghana confirmed the talks had collapsed.", "2025-06-25");
  auto st = of_type(x, "STATEMENT");
  ASSERT_EQ(st.size(), 1u) << show(x);
  EXPECT_EQ(st[0]->topic, "the talks had collapsed");
  x = run("The EU announced new sanctions on Iran on Monday.", "2025-06-25");
  EXPECT_TRUE(of_type(x, "STATEMENT").empty()) << show(x);
  EXPECT_EQ(of_type(x, "SANCTION").size(), 1u) << show(x);
  x = run("Ghana announced the new measures today.", "2025-06-25");
  EXPECT_TRUE(of_type(x, "STATEMENT").empty()) << show(x);
}

TEST(Mechanisms, AStatementIssuedThat) {
  // The actors, day and topic of the one act of `type` (none when there is
  // not exactly one).
  auto act = [](const std::string& sentence, const std::string& type) {
    auto x = run(sentence, "2025-06-20");
    auto a = of_type(x, type);
    if (a.size() != 1) return V{};
    V out = a[0]->actors;
    out.push_back(a[0]->date ? a[0]->date->iso() : "");
    out.push_back(a[0]->topic);
    return out;
  };
  // "issued a joint statement on Friday that ...": a frame; the names
  // between dashes are its speakers.
  EXPECT_EQ(act("The two countries — Kenya and Ethiopia — issued a joint statement on June 6 that the talks had "
                "been useful.",
                "STATEMENT"),
            V({"state/ET", "state/KE", "2025-06-06", "the talks had been useful"}));
  // "their forces" in the content are the speakers' (restated after the
  // dashes): their planned joint patrols are their promise, made that day.
  EXPECT_EQ(act("The two countries — Kenya and Ethiopia — issued a joint statement on June 6 that their forces "
                "would hold joint patrols.",
                "AGREE"),
            V({"state/ET", "state/KE", "2025-06-06", "their forces would hold joint patrols"}));
}

TEST(Mechanisms, OneEventPerPlaceOnlyForPlacesInAList) {
  // A list of places: one event at each.
  auto x = run("Russian forces advanced near Pokrovsk and Toretsk and in the Siversk direction on June 3.", "2025-06-20");
  EXPECT_EQ(of_type(x, "ADVANCE").size(), 3u) << show(x);
  // A place described by another: one event, at the first.
  x = run("Ugandan troops fought beside Congolese forces near Bunia, the capital of Ituri province, on June 3.",
          "2025-06-20");
  auto as = of_type(x, "ASSAULT");
  ASSERT_EQ(as.size(), 1u) << show(x);
  EXPECT_EQ(as[0]->location, "place/bunia");
}

TEST(Mechanisms, ADenialIsOneRejectOfWhatItDenies) {
  // The deny-that frame's act is the REJECT; no event rule reads "denied" again.
  for (const char* s : {"Russia denied that its forces struck the hospital.",
                        "Russia denied the reports that its forces struck the hospital."}) {
    auto x = run(s, "2025-06-20");
    std::vector<const Assertion*> rejects;
    for (const auto& a : x.assertions)
      if (a.event_type == "REJECT") rejects.push_back(&a);
    ASSERT_EQ(rejects.size(), 1u) << s << show(x);
    EXPECT_EQ(rejects[0]->rule, "deny-that") << s;
    EXPECT_EQ(rejects[0]->topic, "its forces struck the hospital") << s;
    EXPECT_FALSE(rejects[0]->negated) << s;
    for (const auto& a : x.assertions) EXPECT_NE(a.event_type, "STATEMENT") << s;
  }
}

TEST(Mechanisms, DeniedContentIsNeverAFact) {
  auto x = run("Iran denied that it supplies weapons to the Houthis and accused the United States of "
               "militarizing the Red Sea.", "2025-02-11");
  for (const auto* a : of_type(x, "AID")) EXPECT_TRUE(a->negated) << show(x);
  auto acc = of_type(x, "ACCUSE");
  ASSERT_EQ(acc.size(), 1u) << show(x);
  EXPECT_FALSE(acc[0]->negated);  // the accusation after "and" is the speaker's own act
  x = run("The Kremlin denied that Russia agreed to a ceasefire.", "2025-02-11");
  for (const auto* a : of_type(x, "AGREE")) EXPECT_TRUE(a->negated) << show(x);
}

TEST(Mechanisms, EventsInsideAStanceAreNotFacts) {
  auto x = run("Japan and the Philippines agreed to hold a joint exercise near the Batanes Islands in July.",
               "2025-06-03");
  ASSERT_EQ(of_type(x, "AGREE").size(), 1u) << show(x);
  for (const auto* m : of_type(x, "MOBILIZE")) EXPECT_EQ(m->modality, Modality::Planned) << show(x);
  x = run("The UN Security Council called on Rwanda to withdraw its forces from Goma.", "2025-02-25");
  for (const auto* m : of_type(x, "RETREAT")) EXPECT_NE(m->modality, Modality::None) << show(x);
}

TEST(Mechanisms, MembersAndAppositionsActForTheirEntity) {
  auto x = run("China Coast Guard vessels fired water cannons at a Philippine vessel near Scarborough Shoal.",
               "2025-09-17");
  auto a = of_type(x, "ASSAULT");
  ASSERT_FALSE(a.empty()) << show(x);
  EXPECT_EQ(a[0]->actors, V({"org/cn-coast-guard"}));
  EXPECT_EQ(a[0]->location, "place/scarborough-shoal");
  x = run("Ali Akbar Velayati, an adviser to Iranian Supreme Leader Ali Khamenei, threatened that Iran would "
          "close the corridor.", "2025-08-12");
  auto t = of_type(x, "THREATEN");
  ASSERT_EQ(t.size(), 1u) << show(x);
  EXPECT_EQ(t[0]->actors, V({"person/ali-akbar-velayati"}));
}

// "Members of X", "leaders of X": a body's own people before "of" act
// for the body, across an apposition too; people of no body do not.
TEST(Mechanisms, MembersOfABodyActForIt) {
  EXPECT_EQ(actors_of("Members of the Nigerian Union of Teachers, a body formed in 1931, marched to the ministry.",
                      "PROTEST"),
            V({"org/nigerian-union-of-teachers"}));
  auto x = run("Members of the public, most of them students, marched to the ministry.", "2025-01-01");
  for (const auto& a : x.assertions) EXPECT_TRUE(a.actors.empty()) << show(x);
}

TEST(Mechanisms, WaterCannonAndOtherRiotMeansAgainstTheTarget) {
  // Tear gas, rubber bullets... listed after the water cannon stand between it and the target.
  EXPECT_EQ(targets_of("Belarusian riot police fired water cannon, tear gas and rubber bullets against protesters in "
                       "Minsk on Sunday.", "ASSAULT"),
            V({"group/protesters-in-minsk"}));
  EXPECT_EQ(targets_of("Turkish police used water cannon and pepper spray against Kurdish demonstrators.", "ASSAULT"),
            V({"group/kurdish-demonstrators"}));
  // A phrase after the water cannon that is no list of means names no target.
  EXPECT_EQ(targets_of("Police used water cannon on Monday to break up rallies against Russia.", "ASSAULT"), V({}));
}

TEST(Mechanisms, ListsWithIncludingAndBracketedMembers) {
  auto x = run("Several states condemned the strike, including France, Germany, Italy, and Spain.", "2025-06-20");
  // The named members are the actors, not only the unnamed group.
  auto c = of_type(x, "ACCUSE");
  ASSERT_EQ(c.size(), 1u) << show(x);
  EXPECT_EQ(c[0]->actors, V({"state/DE", "state/ES", "state/FR", "state/IT"})) << show(x);
  x = run("The E3 (France, Germany, and the United Kingdom) triggered the snapback mechanism and condemned Iran.",
          "2025-08-28");
  c = of_type(x, "ACCUSE");
  ASSERT_EQ(c.size(), 1u) << show(x);
  EXPECT_EQ(c[0]->actors, V({"org/e3"})) << show(x);
  EXPECT_EQ(c[0]->targets, V({"state/IR"})) << show(x);
  x = run("France and the United Kingdom rejected the proposal.", "2025-06-20");
  auto r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->actors, V({"state/FR", "state/GB"}));
}

TEST(Mechanisms, PlacesFromTheWholeMatchOnePerPlace) {
  auto x = run("Israeli forces conducted airstrikes on Hezbollah depots near Nabatieh and in the Bekaa Valley on "
               "August 25.", "2025-08-27");
  std::vector<std::string> places;
  for (const auto* a : of_type(x, "ASSAULT")) places.push_back(a->location);
  std::sort(places.begin(), places.end());
  EXPECT_EQ(places, V({"place/bekaa-valley", "place/nabatieh"})) << show(x);
  x = run("Russian forces advanced west of Novouspenivka and seized Rivnopillia.", "2025-11-20");
  places.clear();
  for (const auto* a : of_type(x, "ADVANCE")) places.push_back(a->location);
  std::sort(places.begin(), places.end());
  EXPECT_EQ(places, V({"place/novouspenivka", "place/rivnopillia"})) << show(x);
}

TEST(Mechanisms, RegionsDirectionsAndTacticalAreas) {
  auto x = run("Ukrainian forces advanced in northern Donetsk Oblast, in the Pokrovsk direction, and in the "
               "Dobropillya tactical area.", "2025-11-20");
  std::vector<std::string> places;
  for (const auto* a : of_type(x, "ADVANCE")) places.push_back(a->location);
  std::sort(places.begin(), places.end());
  EXPECT_EQ(places, V({"place/dobropillya-tactical-area", "place/donetsk-oblast", "place/pokrovsk-direction"}))
      << show(x);
  // The seat of government speaks for its state's government.
  x = run("The Kremlin rejected the proposal on November 19.", "2025-11-20");
  auto r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->actors, V({"org/kremlin"}));
}

TEST(Mechanisms, ALabelAccusesOrRejectsButACallForDoesNot) {
  // "called X a massacre" accuses; "called for an end to terrorism" asks.
  for (const char* s : {"Iran called for an end to terrorism in the region.",
                        "The UN called on both sides to stop the massacre.",
                        "Iran called for an end to illegal settlements.",
                        "The minister called Putin on Monday to discuss the crime wave."}) {
    auto x = run(s, "2025-06-20");
    for (const auto& a : x.assertions) {
      EXPECT_NE(a.event_type, "ACCUSE") << s;
      EXPECT_NE(a.event_type, "REJECT") << s;
    }
  }
  auto x = run("Hamas labeled Israel as terrorists.", "2025-06-20");
  ASSERT_EQ(x.assertions.size(), 1u) << show(x);
  EXPECT_EQ(x.assertions[0].event_type, "ACCUSE");
  EXPECT_EQ(x.assertions[0].targets, V({"state/IL"}));
}

TEST(Mechanisms, OvernightAndTwoDayDates) {
  auto x = run("Russian forces launched 40 drones at Ukraine overnight on July 9 to 10.", "2025-07-11");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 1u) << show(x);
  ASSERT_TRUE(a[0]->date);
  EXPECT_EQ(a[0]->date->iso(), "2025-07-09");
  x = run("Russia rejected the plan on June 9 and June 11.", "2025-06-12");
  std::vector<std::string> days;
  for (const auto* r : of_type(x, "REJECT")) days.push_back(r->date ? r->date->iso() : "");
  std::sort(days.begin(), days.end());
  EXPECT_EQ(days, V({"2025-06-09", "2025-06-11"}));
}

TEST(Mechanisms, AQuantifierFloatedAfterTheSubjectStandsInItsVerbGroup) {
  const char* all = "Egypt, Jordan and Qatar have all blamed Israel for the strike.";
  EXPECT_EQ(actors_of(all, "ACCUSE"), V({"state/EG", "state/JO", "state/QA"}));
  EXPECT_EQ(targets_of(all, "ACCUSE"), V({"state/IL"}));
  EXPECT_EQ(actors_of("Kenya and Uganda both condemned the coup in Niamey.", "ACCUSE"), V({"state/KE", "state/UG"}));
  // After the verb it is the object's: "all the gunmen" were killed.
  EXPECT_EQ(actors_of("Israeli troops killed all the gunmen.", "ASSAULT"), V({"org/il-forces"}));
}

TEST(Mechanisms, ABareNounForPeopleAfterAPassivesByIsItsAgent) {
  const char* arrested = "Several students were arrested by soldiers on Monday.";
  EXPECT_EQ(actors_of(arrested, "COERCE"), V({"group/soldiers"}));
  EXPECT_EQ(targets_of(arrested, "COERCE"), V({"group/students"}));
  EXPECT_EQ(actors_of("The opposition leader was attacked by protesters outside parliament.", "ASSAULT"),
            V({"group/protesters"}));
  // After a plural noun's "by" it only says whose the ordered act is: no deployment of the police's.
  auto x = run("The governor has ordered patrols by police and soldiers in the capital.", "2025-06-20");
  for (const auto& e : x.assertions)
    EXPECT_TRUE(std::find(e.actors.begin(), e.actors.end(), "group/police") == e.actors.end()) << show(x);
}

TEST(Mechanisms, AClauseOfConditionOrTimeEndsTheObjectThatCuesAVerbsSense) {
  // "block" is a rejection only of what it names (a bid, a sale): the noun
  // before "unless" or "when" is that object, not the word after it.
  const char* block = "Hungary said it would block Ukraine's accession unless Kyiv restores minority rights.";
  EXPECT_EQ(actors_of(block, "THREATEN"), V({"state/HU"}));
  EXPECT_EQ(targets_of(block, "THREATEN"), V({"state/UA"}));
  auto x = run(block, "2025-06-20");  // kept alive: of_type points into it
  auto r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->modality, Modality::Conditional);
  EXPECT_EQ(actors_of("Turkey blocked the sale when Greece objected.", "REJECT"), V({"state/TR"}));
}

TEST(Mechanisms, TheSpeakersPronounAfterTheListenerOpensTheWords) {
  // "informed"/"notified" report words as "told" does; the pronoun after
  // the listener is the speaker's and begins what was said.
  const char* notified = "Egypt notified Israel that it would suspend the treaty.";
  EXPECT_EQ(actors_of(notified, "THREATEN"), V({"state/EG"}));
  auto x = run(notified, "2025-06-20");
  auto s = of_type(x, "SANCTION");
  ASSERT_EQ(s.size(), 1u) << show(x);
  EXPECT_EQ(s[0]->modality, Modality::Planned);
  x = run("Kenya told the UN it would withdraw its troops.", "2025-06-20");
  auto r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->actors, V({"state/KE"}));
  EXPECT_EQ(r[0]->modality, Modality::Planned);
  // Informing someone of a thing says no words.
  x = run("The Kenyan ministry informed reporters of the decision.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "STATEMENT").empty()) << show(x);
}

TEST(Mechanisms, APossessivePronounOwnsAnEventNounPastOneModifier) {
  for (const char* sentence : {"Japan is deepening its old partnership with Australia.",
                               "Japan is deepening its decades-old partnership with Australia."}) {
    EXPECT_EQ(actors_of(sentence, "COOPERATE"), V({"state/JP"})) << sentence;
    EXPECT_EQ(targets_of(sentence, "COOPERATE"), V({"state/AU"})) << sentence;
  }
}

TEST(Mechanisms, AParticipleThatOpensTheSentenceIsSaidOfTheSubjectAfterItsComma) {
  const char* accusing = "Accusing Rwanda of backing the rebels, Congo recalled its ambassador.";
  EXPECT_EQ(actors_of(accusing, "ACCUSE"), V({"state/CD"}));
  EXPECT_EQ(targets_of(accusing, "ACCUSE"), V({"state/RW"}));
  // The phrase ends at its comma: the main clause is no content of it.
  auto x = run("Condemning the attack, France called for calm.", "2025-06-20");
  ASSERT_EQ(of_type(x, "ACCUSE").size(), 1u) << show(x);
  auto r = of_type(x, "REQUEST");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->modality, Modality::None);
  // A gerund with a verb of its own before the comma is that verb's subject.
  x = run("Fighting the cartels brings these sanctions upon me, Gustavo Petro wrote.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "ASSAULT").empty()) << show(x);
}

TEST(Mechanisms, AVerbAfterAndSharesASubjectRestatedAfterABracket) {
  EXPECT_EQ(actors_of("The 3rd Brigade (attached to the 93rd Division) located and destroyed a weapons depot.", "ASSAULT"),
            V({"org/3rd-brigade"}));
  const char* hamas = "Hamas (which rules Gaza) rejected the plan and condemned Israel.";
  EXPECT_EQ(actors_of(hamas, "ACCUSE"), V({"org/hamas"}));
  EXPECT_EQ(targets_of(hamas, "ACCUSE"), V({"state/IL"}));
}

TEST(Mechanisms, APlaceThatHeadsTheSentenceBeforeAColonIsWhereItHappened) {
  EXPECT_EQ(assault_location("Eastern Sudan: RSF fighters shelled a market."), "state/SD");
  // A place the clause names itself comes first.
  EXPECT_EQ(assault_location("Eastern Ukraine: Russian forces shelled Kharkiv."), "place/kharkiv");
  // A heading that is no place places nothing.
  EXPECT_EQ(assault_location("Update: RSF fighters shelled a market."), "");
}

TEST(Mechanisms, AMediumAfterInBetweenTheSubjectAndItsVerb) {
  auto x = run("Hamas in a joint statement on Monday rejected the Egyptian proposal.", "2025-06-20");
  auto r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u) << show(x);
  EXPECT_EQ(r[0]->actors, V({"org/hamas"}));
  ASSERT_TRUE(r[0]->date);
  EXPECT_EQ(r[0]->date->iso(), "2025-06-16");
}

TEST(Mechanisms, MissilesFiredIntoTheSeaAreAShowOfForceNotAnAttack) {
  const char* test = "North Korea fired three cruise missiles into the waters off its west coast.";
  EXPECT_EQ(actors_of(test, "MOBILIZE"), V({"state/KP"}));
  EXPECT_TRUE(of_type(run(test, "2025-06-20"), "ASSAULT").empty());
  // Fired at a target in a sea, they are an attack.
  const char* aimed = "The Houthis fired missiles at a tanker in the Red Sea.";
  EXPECT_EQ(actors_of(aimed, "ASSAULT"), V({"org/houthis"}));
  EXPECT_TRUE(of_type(run(aimed, "2025-06-20"), "MOBILIZE").empty());
}

TEST(Mechanisms, AParticipleSharesASubjectWhoseVerbGroupHoldsADate) {
  // "Chad on Friday expelled ..., accusing": the date inside the verb group
  // does not part the participle from its subject.
  auto x = run("Chad on Friday expelled the Sudanese ambassador, accusing Khartoum of arming rebels.", "2025-06-20");
  auto ac = of_type(x, "ACCUSE");
  ASSERT_EQ(ac.size(), 1u) << show(x);
  EXPECT_EQ(ac[0]->actors, V({"state/TD"})) << show(x);
  EXPECT_EQ(ac[0]->targets, V({"state/SD"})) << show(x);
  ASSERT_TRUE(ac[0]->date);
  EXPECT_EQ(ac[0]->date->iso(), "2025-06-20");
}

TEST(Mechanisms, APastPerfectInARelativeClauseIsBeforeTheClausesDay) {
  // "began the withdrawal it had promised": the promise came before Monday.
  EXPECT_EQ(date_of("Kenya on Monday began the border withdrawal it had promised Somalia.", "AGREE"), "no date");
  // So after "where".
  EXPECT_EQ(date_of("Chad on Monday pulled its troops out of Darfur, where they had attacked RSF positions.", "ASSAULT"),
            "no date");
  // A past perfect of the clause's own keeps the clause's day; so does
  // reported speech.
  EXPECT_EQ(date_of("On Monday, M23 fighters had attacked a police post near Goma.", "ASSAULT"), "2025-06-16");
  EXPECT_EQ(date_of("Kenya said on Monday that Somalia had rejected the proposal.", "REJECT"), "2025-06-16");
}

TEST(Mechanisms, TheSpeakerAfterTheContentIsItsFirstSubject) {
  // "..., the group said": the group the content opens with.
  auto x = run("Al-Shabaab rejected the ceasefire offer, the group said on Monday.", "2025-06-20");
  auto st = of_type(x, "STATEMENT");
  ASSERT_EQ(st.size(), 1u) << show(x);
  EXPECT_EQ(st[0]->actors, V({"org/al-shabaab"})) << show(x);
  // Not a force of a clause of time inside the content.
  x = run("Turkish engineers reached the dam days after Iraqi troops withdrew from it, the army said.", "2025-06-20");
  for (const auto& a : x.assertions) EXPECT_NE(a.attributed_to, V({"org/iq-forces"})) << show(x);
  for (const auto* a : of_type(x, "STATEMENT")) EXPECT_NE(a->actors, V({"org/iq-forces"})) << show(x);
}

TEST(Mechanisms, WordsSaidInAPhraseOfTimeHaveNoDayOfTheirOwn) {
  // "closed its border on Monday after Afwerki said that ...": the words
  // came before Monday, on no known day; not the report's.
  EXPECT_EQ(date_of("Ethiopia closed its border with Eritrea on Monday after Eritrean President Isaias Afwerki said that "
                    "Ethiopia had massed troops near Badme.",
                    "STATEMENT"),
            "no date");
  // Words of the main clause keep the report's day.
  EXPECT_EQ(date_of("Eritrean President Isaias Afwerki said that Ethiopia had massed troops near Badme.", "STATEMENT"),
            "2025-06-20");
}

TEST(Mechanisms, ANameAfterAModifierOwnsTheNounAfterIt) {
  // "despite fresh EU sanctions imposed on it": the EU's sanctions, an event
  // noun that takes no day of the report's, not "the EU sanctions ..." as a
  // clause.
  auto x = run("Caracas vowed to keep exporting oil despite fresh EU sanctions imposed on its oil company.",
               "2025-06-20");
  auto sa = of_type(x, "SANCTION");
  ASSERT_EQ(sa.size(), 1u) << show(x);
  EXPECT_EQ(sa[0]->actors, V({"org/eu"})) << show(x);
  EXPECT_FALSE(sa[0]->date) << show(x);
  // Without a modifier the name still heads a clause.
  x = run("The EU sanctions three Iranian airlines.", "2025-06-20");
  sa = of_type(x, "SANCTION");
  ASSERT_EQ(sa.size(), 1u) << show(x);
  EXPECT_EQ(sa[0]->actors, V({"org/eu"})) << show(x);
  ASSERT_TRUE(sa[0]->date) << show(x);
}

TEST(Mechanisms, AParticipleLooksPastWhatTheObjectIsCalledAndPluralNouns) {
  // "launched what Ankara called counter-terrorism measures, shelling": the
  // naming clause and the noun "measures" head no clause of their own.
  EXPECT_EQ(actors_of("Turkish forces launched what Ankara called counter-terrorism measures in northern Iraq, "
                      "shelling Zakho.",
                      "ASSAULT"),
            V({"org/tr-forces"}));
  // A gerund listed after one a preposition governs is that phrase's.
  auto x = run("Kenya accused Somalia of arming militants, ignoring the border treaty.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "REJECT").empty()) << show(x);
  EXPECT_EQ(of_type(x, "ACCUSE").size(), 1u) << show(x);
}

TEST(Mechanisms, AContrastWithAnotherSubjectEndsTheWords) {
  // ", while China warned": the writer's, not Japan's words.
  auto x = run("Japan announced it would send aid to Turkey, while China warned against interference.", "2025-06-20");
  auto th = of_type(x, "THREATEN");
  ASSERT_EQ(th.size(), 1u) << show(x);
  EXPECT_EQ(th[0]->actors, V({"state/CN"})) << show(x);
  EXPECT_TRUE(th[0]->attributed_to.empty()) << show(x);
}

TEST(Mechanisms, ThePassivesAgentIsWhoeverUsedTheInstrument) {
  // "was struck by a drone launched by X": X acts; "by Iraq's X": X, not Iraq.
  EXPECT_EQ(actors_of("A tanker was struck by a drone launched by Iraq's Kataib Hezbollah.", "ASSAULT"),
            V({"org/kataib-hezbollah"}));
  EXPECT_EQ(actors_of("The convoy was hit by a roadside bomb planted by al-Shabaab militants near Mogadishu.",
                      "ASSAULT"),
            V({"org/al-shabaab"}));
  EXPECT_EQ(actors_of("A patrol was ambushed by Somalia's al-Shabaab militants near Kismayo.", "ASSAULT"),
            V({"org/al-shabaab"}));
  // Where it came from is no agent.
  EXPECT_EQ(count_of("The ship was hit by a missile launched from Yemen.", "ASSAULT"), 0u);
}

TEST(Mechanisms, ATimeOfARelativeClauseBeforeTheVerbIsNotTheClauses) {
  // ", which has mediated since last year,": the span is the mediation's;
  // the call takes the report's day.
  EXPECT_EQ(date_of("Qatar, which has mediated between Hamas and Israel since last year, called for restraint.", "REQUEST"),
            "2025-06-20");
  // A time of the clause's own still dates it.
  EXPECT_EQ(date_of("Qatar, which has mediated between Hamas and Israel since last year, called for restraint on Monday.",
                    "REQUEST"),
            "2025-06-16");
}

TEST(Mechanisms, AfterAClosingQuoteTheWordsAreTheQuote) {
  // '"...," Ali told lawmakers in Georgetown, hours after ...': the quote is
  // what he said, not the listener and the phrase of time; however long
  // the tail after the verb.
  for (const char* sentence :
       {"\"We will never give up the Essequibo,\" President Irfaan Ali told lawmakers in Georgetown, hours after "
        "the referendum results were announced.",
        "\"We will never give up the Essequibo,\" President Irfaan Ali wrote on the social media platform X.",
        "\"We will never give up the Essequibo,\" President Irfaan Ali told lawmakers a day after meeting the "
        "Brazilian foreign minister in Brasilia."}) {
    auto x = run(sentence, "2025-06-20");
    auto st = of_type(x, "STATEMENT");
    ASSERT_EQ(st.size(), 1u) << show(x);
    EXPECT_EQ(st[0]->actors, V({"person/irfaan-ali"})) << show(x);
    EXPECT_NE(st[0]->topic.find("give up the Essequibo"), std::string::npos) << show(x);
  }
}

TEST(Mechanisms, AStanceNounTakesItsActorAfterFrom) {
  // "drew a rebuke from Seoul": South Korea rebukes (a capital stands for
  // its state, and is no place of the act).
  auto x = run("The test drew a sharp rebuke from Seoul.", "2025-06-20");
  auto ac = of_type(x, "ACCUSE");
  ASSERT_EQ(ac.size(), 1u) << show(x);
  EXPECT_EQ(ac[0]->actors, V({"state/KR"})) << show(x);
  EXPECT_TRUE(ac[0]->location.empty()) << show(x);
  EXPECT_EQ(actors_of("Kenya dismissed an appeal from the African Union to delay the vote.", "REQUEST"),
            V({"org/au"}));
  // Its phrase ends at its comma: the act after it is one of its own.
  x = run("The deal was delayed by objections from Hungary, with Orban accusing Kyiv of corruption.", "2025-06-20");
  ac = of_type(x, "ACCUSE");
  ASSERT_EQ(ac.size(), 2u) << show(x);
  // Not a force's act ("an attack from the north" says where), nor a danger.
  EXPECT_EQ(count_of("The convoy came under attack from Kharkiv.", "ASSAULT"), 0u);
  x = run("Tokyo stressed the threat from China.", "2025-06-20");
  for (const auto* a : of_type(x, "THREATEN")) EXPECT_NE(a->actors, V({"state/CN"})) << show(x);
}

TEST(Mechanisms, AStatesWeaponsAreItsForcesAndAMediumSpeaksForItsOwner) {
  // "Iranian drones and missiles struck": Iran's forces, one mention;
  // "Israel's air force said": the air force.
  auto x = run("Iranian drones and missiles struck two air bases in the Negev overnight, Israel's air force said.",
               "2025-06-20");
  auto as = of_type(x, "ASSAULT");
  ASSERT_EQ(as.size(), 1u) << show(x);
  EXPECT_EQ(as[0]->actors, V({"org/ir-forces"})) << show(x);
  EXPECT_EQ(as[0]->attributed_to, V({"org/il-air-force"})) << show(x);
  // "vetoed a joint EU statement condemning the coup": the EU condemns (in
  // the words vetoed), not Hungary.
  x = run("Hungary vetoed a joint EU statement condemning the coup.", "2025-06-20");
  auto ac = of_type(x, "ACCUSE");
  ASSERT_EQ(ac.size(), 1u) << show(x);
  EXPECT_EQ(ac[0]->actors, V({"org/eu"})) << show(x);
  EXPECT_EQ(actors_of("Russia issued a statement condemning the strike.", "ACCUSE"), V({"state/RU"}));
}

TEST(Mechanisms, ADayAndMonthInAPastClauseIsNoLaterThanTheReport) {
  // Report of June 20, 2025: "on December 12" is closer in 2025 than in 2024,
  // but a capture told in the past happened in 2024; talks to come are in 2025.
  EXPECT_EQ(date_of("Houthi fighters seized the port of Midi on December 12.", "ADVANCE"), "2024-12-12");
  EXPECT_EQ(date_of("The Houthis will hold talks with Riyadh on December 12.", "CONSULT"), "2025-12-12");
}

TEST(Mechanisms, WhomARelativeClauseAsksToActIsItsAntecedent) {
  // "M23, which Washington had urged to halt its offensive": M23 would
  // halt, not Washington.
  auto x = run("Uvira fell to M23, which Washington had urged to halt its offensive.", "2025-06-20");
  auto re = of_type(x, "RETREAT");
  ASSERT_EQ(re.size(), 1u) << show(x);
  EXPECT_EQ(re[0]->actors, V({"org/m23"})) << show(x);
  EXPECT_EQ(re[0]->modality, Modality::Hypothetical) << show(x);
  // A subject relative asks no one: "China, which had pressed to halt ...".
  x = run("Kenya, which had urged to halt the offensive, welcomed the truce.", "2025-06-20");
  for (const auto* a : of_type(x, "RETREAT")) EXPECT_EQ(a->actors, V({"state/KE"})) << show(x);
}

TEST(Mechanisms, AReminderIssuedToAListenerIsWordsSaid) {
  // "issued a stern reminder on Monday to Somalia that Mogadishu must ...":
  // the statement frame with a stance adjective and its listener; the
  // obligation is a demand.
  auto x = run("Kenya issued a stern reminder on Monday to Somalia that Mogadishu must withdraw its troops from the "
               "border.",
               "2025-06-20");
  auto rq = of_type(x, "REQUEST");
  ASSERT_EQ(rq.size(), 1u) << show(x);
  EXPECT_EQ(rq[0]->actors, V({"state/KE"})) << show(x);
  EXPECT_EQ(rq[0]->targets, V({"state/SO"})) << show(x);
  ASSERT_TRUE(rq[0]->date) << show(x);
  EXPECT_EQ(rq[0]->date->iso(), "2025-06-16");
}

TEST(Mechanisms, AQuoteThenAddedIsAStatement) {
  // '"...," he added.': the speaker adds the quote; "Kyiv was hit, Russia
  // added troops" adds no words.
  auto x = run("Hamas rejected the plan on Monday.\n\n\"We will not retreat,\" the group added.", "2025-06-20");
  auto st = of_type(x, "STATEMENT");
  ASSERT_EQ(st.size(), 1u) << show(x);
  EXPECT_EQ(st[0]->actors, V({"org/hamas"})) << show(x);
  EXPECT_EQ(st[0]->attribution_verb, "added") << show(x);
  EXPECT_EQ(count_of("Kyiv was hit overnight, Russia added troops near Pokrovsk.", "STATEMENT"), 0u);
}

TEST(Mechanisms, APresentPerfectWithAFloatedQuantifierTakesNoDayOfItsObject) {
  // "have both blamed X for the bombing on Friday": Friday is the bombing's.
  EXPECT_EQ(date_of("Kenya and Uganda have both blamed al-Shabaab for the bombing of a bus in Mandera on Friday.", "ACCUSE",
                    "2025-06-24"),
            "2025-06-24");
}

TEST(Mechanisms, APronounAnObligationFollowsAfterAListenerIsTheListener) {
  // "told Somalia that it must withdraw": Somalia is asked; "that it would
  // withdraw" is the speaker's own plan.
  auto x = run("Kenya told Somalia that it must withdraw its troops from Gedo.", "2025-06-20");
  auto rq = of_type(x, "REQUEST");
  ASSERT_EQ(rq.size(), 1u) << show(x);
  EXPECT_EQ(rq[0]->actors, V({"state/KE"})) << show(x);
  EXPECT_EQ(rq[0]->targets, V({"state/SO"})) << show(x);
  x = run("Kenya told Somalia that it would withdraw its troops from Gedo.", "2025-06-20");
  EXPECT_TRUE(of_type(x, "REQUEST").empty()) << show(x);
  auto re = of_type(x, "RETREAT");
  ASSERT_EQ(re.size(), 1u) << show(x);
  EXPECT_EQ(re[0]->actors, V({"state/KE"})) << show(x);
}

}  // namespace
}  // namespace sg::extract
