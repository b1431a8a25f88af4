// Sentences in, facts out: the extraction mechanisms on sentences that are
// not from the seed report, across conflicts.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>
#include <vector>

#include "test_support.h"

namespace sg::extract {
namespace {

using test::of_type;
using test::run;
using V = std::vector<std::string>;

const Entity* entity(const Extraction& x, const std::string& key) {
  for (const auto& e : x.entities)
    if (e.key == key) return &e;
  return nullptr;
}

// Issue 22: every sentence after a line "Notes" (or "Sources",
// "References", "Footnotes", "Endnotes") was dropped.
TEST(Extract, SentencesAfterAnEndnotesHeadingLineAreRead) {
  for (std::string heading : {"Notes", "Sources", "References", "Footnotes", "Endnotes"}) {
    auto x = run("Russia rejected the plan on September 3.\n" + heading +
                 "\nUkraine accused Russia of shelling Kherson on September 2.\n");
    EXPECT_EQ(of_type(x, "REJECT").size(), 1u) << heading;
    EXPECT_EQ(of_type(x, "ACCUSE").size(), 1u) << heading;
  }
}

TEST(Extract, MeetingWithEveryParticipantPlaceAndDate) {
  auto x = run("Chinese President Xi Jinping and Russian President Vladimir Putin met in Moscow on May 8.", "2025-05-10");
  auto c = of_type(x, "CONSULT");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0]->actors, V({"person/vladimir-putin", "person/xi-jinping"}));
  EXPECT_EQ(c[0]->location, "place/moscow");
  ASSERT_TRUE(c[0]->date);
  EXPECT_EQ(c[0]->date->iso(), "2025-05-08");
  const Entity* xi = entity(x, "person/xi-jinping");
  ASSERT_TRUE(xi);
  ASSERT_EQ(xi->positions.size(), 1u);
  EXPECT_EQ(xi->positions[0].title, "President");
  EXPECT_EQ(xi->positions[0].of, "state/CN");
}

TEST(Extract, CoordinatedActorsWithOxfordComma) {
  auto x = run("France, Germany, and the UK condemned the strike on Kharkiv.");
  auto a = of_type(x, "ACCUSE");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"state/DE", "state/FR", "state/GB"}));
  EXPECT_FALSE(a[0]->negated);
}

TEST(Extract, CoordinatedCapitalsStandForTheirStates) {
  // Chunker::lists() moves each member's keys into the list: a capital
  // still stands for its state there.
  auto x = run("Moscow and Beijing condemned the strike on Kharkiv.");
  auto a = of_type(x, "ACCUSE");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"state/CN", "state/RU"}));
}

TEST(Extract, NegationIsKept) {
  auto x = run("Turkey did not condemn the Russian strikes.");
  auto a = of_type(x, "ACCUSE");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_TRUE(a[0]->negated);
  EXPECT_EQ(a[0]->actors, V({"state/TR"}));
}

TEST(Extract, WillNotNegotiateIsARejectionNotAMeeting) {
  auto x = run("Iran will not negotiate with the United States under pressure.");
  auto r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->actors, V({"state/IR"}));
  EXPECT_FALSE(r[0]->negated);
  EXPECT_EQ(r[0]->modality, Modality::None);  // a refusal now, not a plan
  for (const auto* c : of_type(x, "CONSULT")) EXPECT_TRUE(c->negated);
}

TEST(Extract, HypotheticalAndConditionalAreNotFacts) {
  auto x = run("European leaders would consider new sanctions against Belarus.");
  for (const auto& a : x.assertions) EXPECT_EQ(a.modality, Modality::Hypothetical) << a.event_type;
  ASSERT_FALSE(x.assertions.empty());
  x = run("Kyiv would respond if Russia agreed to a ceasefire.");
  auto agree = of_type(x, "AGREE");
  ASSERT_EQ(agree.size(), 1u);
  EXPECT_EQ(agree[0]->modality, Modality::Conditional);
  x = run("Moscow plans to deploy additional troops to Belarus.");
  auto m = of_type(x, "MOBILIZE");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0]->modality, Modality::Planned);
}

TEST(Extract, AttributionSpeakerVerbAndDate) {
  auto x = run("Israeli Prime Minister Benjamin Netanyahu claimed on June 2 that Hamas rejected the proposal.",
               "2025-06-05");
  auto r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->actors, V({"org/hamas"}));
  EXPECT_EQ(r[0]->attributed_to, V({"person/benjamin-netanyahu"}));
  EXPECT_EQ(r[0]->attribution_verb, "claimed");
  EXPECT_EQ(r[0]->date->iso(), "2025-06-02");
  auto s = of_type(x, "STATEMENT");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0]->actors, V({"person/benjamin-netanyahu"}));
  EXPECT_EQ(s[0]->topic, "Hamas rejected the proposal");
}

TEST(Extract, NewsAgencyRelaysWithoutMakingAStatement) {
  auto x = run("Reuters reported that a Chinese government spokesperson stated that Beijing opposes the arms sale.");
  auto s = of_type(x, "STATEMENT");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0]->actors, V({"org/cn-government"}));
  EXPECT_EQ(s[0]->reported_by, V({"org/reuters"}));
  auto r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->actors, V({"state/CN"}));  // the capital stands for its state
}

// The actors of every statement the sentence gives.
V speakers(const char* sentence) {
  const auto x = run(sentence, "2025-02-18");
  V out;
  for (const auto* s : of_type(x, "STATEMENT")) out.insert(out.end(), s->actors.begin(), s->actors.end());
  return out;
}

TEST(Extract, AnUnnamedOfficerOrSourceSpeaksForItsBody) {
  // "officer" and "source", like "official" and "spokesperson", are titles:
  // an unnamed holder speaks for the body before it.
  EXPECT_EQ(speakers("\u201CThe convoy has crossed the border,\u201D a Chadian army officer said."), V({"org/td-forces"}));
  EXPECT_EQ(speakers("A Nigerian government source said the convoy had crossed the border."), V({"org/ng-government"}));
  // A bare "the officer" names no one; the source of a thing is no speaker.
  EXPECT_EQ(speakers("The officer said the convoy had crossed the border."), V{});
  EXPECT_EQ(speakers("Officials said the source of the fire was unknown."), V({"group/officials"}));
}

TEST(Extract, OneAdvancePerPlace) {
  auto x = run("Russian forces advanced near Pokrovsk and Toretsk and in the Lyman direction.");
  auto a = of_type(x, "ADVANCE");
  ASSERT_EQ(a.size(), 3u);
  V places;
  for (const auto* p : a) places.push_back(p->location);
  std::sort(places.begin(), places.end());
  EXPECT_EQ(places, V({"place/lyman-direction", "place/pokrovsk", "place/toretsk"}));
  for (const auto* p : a) EXPECT_EQ(p->actors, V({"org/ru-forces"}));
}

TEST(Extract, UnnamedGroupsCarryTheirCount) {
  auto x = run("Twelve states agreed to send humanitarian aid to Sudan.");
  auto a = of_type(x, "AGREE");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->actors, V({"group/states"}));
  ASSERT_TRUE(a[0]->quantity);
  EXPECT_EQ(*a[0]->quantity, 12);
  const Entity* g = entity(x, "group/states");
  ASSERT_TRUE(g);
  EXPECT_EQ(g->member_type, "State");
}

TEST(Extract, PlaceLocatedByTheStateAfterIt) {
  auto x = run("The Houthis attacked a commercial vessel near Mokha, Yemen, on July 9.", "2025-07-10");
  const Entity* mokha = entity(x, "place/mokha");
  ASSERT_TRUE(mokha);
  EXPECT_EQ(mokha->located_in, "state/YE");
  ASSERT_EQ(of_type(x, "ASSAULT").size(), 1u);
}

TEST(Extract, SurnamesAndAcronymsResolveWithinTheReport) {
  auto x = run(
      "Philippine Foreign Secretary Enrique Manalo met Japanese officials in Tokyo. Manalo stated that Manila rejects "
      "the Chinese claims.\nThe Chinese Ministry of Foreign Affairs (MFA) condemned the visit. The MFA warned that "
      "China would respond.");
  const Entity* manalo = entity(x, "person/enrique-manalo");
  ASSERT_TRUE(manalo);
  auto s = of_type(x, "STATEMENT");
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s[0]->actors, V({"person/enrique-manalo"}));
  auto t = of_type(x, "THREATEN");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0]->actors, V({"org/cn-mfa"}));
  const Entity* mfa = entity(x, "org/cn-mfa");
  ASSERT_TRUE(mfa);
  EXPECT_NE(std::find(mfa->alt_labels.begin(), mfa->alt_labels.end(), "MFA"), mfa->alt_labels.end());
}

TEST(Extract, DatesAcrossTheYearBoundaryAndWithoutAReportDate) {
  auto x = run("Russia rejected the proposal on December 30.", "2026-01-05");
  auto r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->date->iso(), "2025-12-30");
  x = run("Russia rejected the proposal on December 30.", "none");
  r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_FALSE(r[0]->date);  // left out, not guessed
}

TEST(Extract, SeveralDatesGiveOneAssertionEach) {
  auto x = run("Ukrainian forces struck Russian positions near Kursk on June 9 and June 11.", "2025-06-12");
  auto a = of_type(x, "ASSAULT");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0]->date->iso(), "2025-06-09");
  EXPECT_EQ(a[1]->date->iso(), "2025-06-11");
}

TEST(Extract, EvidenceKeepsSentenceOffsetsAndCitations) {
  std::string text = "Toplines\nIran condemned the strike.[3] It said so twice.\n";
  auto x = run(text);
  ASSERT_FALSE(x.evidence.empty());
  const Evidence& e = x.evidence[0];
  EXPECT_EQ(e.text, "Iran condemned the strike.");
  EXPECT_EQ(e.citations, std::vector<int>({3}));
  EXPECT_EQ(e.cp_begin, 9u);
  EXPECT_EQ(e.cp_end, 35u);
}

TEST(Extract, NounAfterASingularSubjectIsNotAVerb) {
  auto x = run("The coalition will finalize US support for the security guarantees.");
  EXPECT_TRUE(of_type(x, "SUPPORT").empty());
}

// The people of earlier reports: "Youssef" alone is the Ali Youssef an
// earlier report named, not someone the report does not know.
Extraction run_knowing(const std::string& text, const KnownPeople& known, std::size_t rank) {
  std::vector<Diagnostic> diagnostics;
  auto report = make_report("test", text, parse_iso_date("2025-09-04"), diagnostics);
  return extract(report, *test::resources(), &known, rank, /*record_lookups=*/true);
}

TEST(KnownPeople, ASurnameAloneIsThePersonOfAnEarlierReport) {
  KnownPeople known;
  known.add({"person/ali-youssef", "Ali Youssef", {"Ali Youssef", "Youssef"}, 1});
  const std::string text = "Youssef rejected the ceasefire proposal.";
  auto x = run_knowing(text, known, 2);
  auto r = of_type(x, "REJECT");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->actors, V({"person/ali-youssef"}));
  // Only the people of lower rank: to a report of rank 1 he is no one.
  EXPECT_TRUE(of_type(run_knowing(text, known, 1), "REJECT").empty());
}

TEST(KnownPeople, ChangedSinceSeesOnlyThePeopleAddedMeanwhile) {
  KnownPeople known;
  known.add({"person/ali-youssef", "Ali Youssef", {"Ali Youssef", "Youssef"}, 1});
  const std::string text = "Youssef rejected the ceasefire proposal. Karimi denied it.";
  // Extracted knowing the people of rank below 3 (Youssef, rank 1)...
  auto x = run_knowing(text, known, 5);
  EXPECT_FALSE(x.lookups.names.empty());
  EXPECT_FALSE(known.changed_since(x.lookups, 3, 5));  // nobody added since
  // ...a person of rank 3 with a name it asked about changes it; one it
  // never asked about, or one of rank 5 or more, does not.
  known.add({"person/leila-hosseini", "Leila Hosseini", {"Leila Hosseini", "Hosseini"}, 3});
  EXPECT_FALSE(known.changed_since(x.lookups, 3, 5));
  known.add({"person/reza-karimi", "Reza Karimi", {"Reza Karimi", "Karimi"}, 6});
  EXPECT_FALSE(known.changed_since(x.lookups, 3, 5));
  known.add({"person/reza-karimi", "Reza Karimi", {"Reza Karimi", "Karimi"}, 4});
  EXPECT_TRUE(known.changed_since(x.lookups, 3, 5));
  // And once known, Karimi is the one who denied.
  auto again = run_knowing(text, known, 5);
  bool karimi = false;
  for (const auto& a : again.assertions)
    karimi |= std::find(a.actors.begin(), a.actors.end(), "person/reza-karimi") != a.actors.end();
  EXPECT_TRUE(karimi);
}

// add() while two threads extract with the index (as build -j does): the
// readers find no one but the people added, and once add() returns every
// one of them is known. Under the sanitizers (scripts/sanitize.sh; TSan by
// hand) it is also where a race on the index would show.
TEST(KnownPeople, PeopleAddedWhileOtherThreadsExtract) {
  KnownPeople known;
  const std::string text = "Youssef rejected the ceasefire proposal. Karimi denied it.";
  std::atomic<bool> stop{false};
  std::atomic<int> runs{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 2; ++t)
    readers.emplace_back([&] {
      while (!stop) {
        auto x = run_knowing(text, known, 10);
        for (const auto& a : x.assertions)
          for (const auto& actor : a.actors)
            EXPECT_TRUE(actor == "person/ali-youssef" || actor == "person/reza-karimi") << actor;
        ++runs;
      }
    });
  while (runs < 2) std::this_thread::yield();
  known.add(std::vector<KnownPerson>{{"person/ali-youssef", "Ali Youssef", {"Ali Youssef", "Youssef"}, 1},
                                     {"person/reza-karimi", "Reza Karimi", {"Reza Karimi", "Karimi"}, 2}});
  stop = true;
  for (auto& t : readers) t.join();
  auto x = run_knowing(text, known, 10);
  EXPECT_FALSE(of_type(x, "REJECT").empty());
  std::set<std::string> actors;
  for (const auto& a : x.assertions) actors.insert(a.actors.begin(), a.actors.end());
  EXPECT_EQ(actors, (std::set<std::string>{"person/ali-youssef", "person/reza-karimi"}));
}

// A copy of ontologies/ with an event type of its own: a concept in the
// vocabulary and a rule that makes it, no rebuild.
TEST(Extract, AnEventTypeAddedToACopyOfTheOntologyIsMade) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("sg-ontology-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(test::source_dir() + "/ontologies", dir, fs::copy_options::recursive);
  std::ofstream(dir / "stancegraph.ttl", std::ios::app)
      << "\nsg:BLOCKADE a skos:Concept ;\n    skos:inScheme sg:EventTypes ;\n    skos:prefLabel \"blockade\"@en .\n";
  std::ofstream(dir / "rules" / "90-blockade.rules")
      << "# BLOCKADE — \"the coast guard quarantined the island\"\nrule blockade.quarantine\n  event BLOCKADE\n"
         "  match actor:@Actor VG ~quarantine topic:REST\n";
  std::vector<Diagnostic> d;
  auto res = load_resources((dir / "gazetteer").string(), (dir / "rules").string(), d);
  fs::remove_all(dir);
  ASSERT_TRUE(res) << (d.empty() ? "" : d[0].to_string());
  auto report = make_report("test", "The Chinese Coast Guard quarantined the island on May 3.", parse_iso_date("2025-05-04"), d);
  auto x = extract(report, *res);
  auto b = of_type(x, "BLOCKADE");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0]->actors, V({"org/cn-coast-guard"}));
  EXPECT_EQ(b[0]->rule, "blockade.quarantine");
  EXPECT_EQ(b[0]->trigger, "quarantined");
  ASSERT_TRUE(b[0]->date);
  EXPECT_EQ(b[0]->date->iso(), "2025-05-03");
}

// What an event inside another's topic is comes from the outer rule's
// content-modality: planned after AGREE, hypothetical after REQUEST.
TEST(Extract, ContentModalityIsTheOuterRulesOption) {
  auto x = run("Armenia agreed that Azerbaijan withdraws its troops from the border.");
  auto r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->modality, Modality::Planned);
  x = run("The UN demanded that Azerbaijan withdraws its troops from the border.");
  r = of_type(x, "RETREAT");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->modality, Modality::Hypothetical);
}

}  // namespace
}  // namespace sg::extract
