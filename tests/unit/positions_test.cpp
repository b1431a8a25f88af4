// People's positions (issue 20): the title as the report wrote it beside
// the canonical one, the words before a title that narrow it, the body a
// title is in (before it, after "of", by an apposition), and an office of
// a state held in the person's own state; and where no body may be given.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "extract/gazetteer.h"
#include "graph/graph.h"
#include "test_support.h"

namespace sg::extract {
namespace {

namespace fs = std::filesystem;

const Entity* entity(const Extraction& x, const std::string& key) {
  for (const auto& e : x.entities)
    if (e.key == key) return &e;
  return nullptr;
}

// The person's positions as "title|of|written" strings.
std::set<std::string> positions(const Extraction& x, const std::string& key) {
  std::set<std::string> out;
  if (const Entity* e = entity(x, key))
    for (const auto& p : e->positions) out.insert(p.title + "|" + p.of + "|" + p.written);
  return out;
}

TEST(Positions, TheTitleAsWrittenBesideTheCanonicalOne) {
  auto x = test::run("Spokesman Arvid Lunde said the talks would go on. Estonian Defence Minister Peeter "
                     "Tamm visited Tallinn.");
  EXPECT_EQ(positions(x, "person/arvid-lunde"), (std::set<std::string>{"Spokesperson||spokesman"}));
  EXPECT_EQ(positions(x, "person/ee/peeter-tamm"), (std::set<std::string>{"Defense Minister|state/EE|defence minister"}));
  // Written as the canonical title, in any case: no second value.
  x = test::run("Estonian Defense Minister Peeter Tamm visited Tallinn.");
  EXPECT_EQ(positions(x, "person/ee/peeter-tamm"), (std::set<std::string>{"Defense Minister|state/EE|"}));
}

// The learning pass (Chunker::learn) skips how a title was written: a
// position's title and body, which find its one holder ("the Estonian
// defence minister"), are all it reads; the second pass writes the
// position as written.
TEST(Positions, TheLearningPassFindsTheHolderWithoutTheWrittenTitle) {
  auto x = test::run("Estonian Defence Minister Peeter Tamm met the envoy on Monday. The Estonian defence minister "
                     "rejected the offer.",
                     "2025-05-06");
  EXPECT_EQ(positions(x, "person/ee/peeter-tamm"), (std::set<std::string>{"Defense Minister|state/EE|defence minister"}));
  int rejections = 0;
  for (const auto& a : x.assertions)
    if (a.event_type == "REJECT") {
      EXPECT_EQ(a.actors, (std::vector<std::string>{"person/ee/peeter-tamm"}));
      ++rejections;
    }
  EXPECT_EQ(rejections, 1);
}

TEST(Positions, WordsBeforeTheTitleNarrowIt) {
  auto x = test::run("Malian junta leader Bakary Sanogo met the envoy. Officials met army chief Oskar Lind on "
                     "Monday. The deal was signed by Estonian presidential aide Maret Kask.",
                     "2025-05-06");
  EXPECT_EQ(positions(x, "person/ml/bakary-sanogo"), (std::set<std::string>{"Leader|state/ML|junta leader"}));
  EXPECT_EQ(positions(x, "person/oskar-lind"), (std::set<std::string>{"Chief||army chief"}));
  EXPECT_EQ(positions(x, "person/ee/maret-kask"), (std::set<std::string>{"Aide|state/EE|presidential aide"}));
  // A capitalised title keeps the capitalised words before it, after its body.
  x = test::run("PLA Eastern Theater Commander General Lin Wei called his counterpart.");
  EXPECT_EQ(positions(x, "person/cn/lin-wei"),
            (std::set<std::string>{"Commander|org/cn-forces|eastern theater commander"}));
  // A verb form, a word that is not the title's case, or "new" narrows nothing.
  x = test::run("Rebels captured pilot Captain Ivo Marek on Monday. The car carrier Galaxy Leader Tom Hale sailed.",
                "2025-05-06");
  EXPECT_EQ(positions(x, "person/ivo-marek"), (std::set<std::string>{"Captain||"}));
  x = test::run("Syria offered troops to Lebanon's new President Elias Daher.");
  EXPECT_EQ(positions(x, "person/lb/elias-daher"), (std::set<std::string>{"President|state/LB|"}));
}

TEST(Positions, ATitleWithASlipOfThePenBeforeAName) {
  // A letter left out, added, changed or swapped, in a word of six letters
  // or more; the position is written as the gazetteer spells the title.
  auto x = test::run("Estonian Prime Minster Kaja Tamm spoke. Foreign ministry spokemsan Lia Ots replied. The "
                     "presidnet Ivo Rand wrote.");
  EXPECT_EQ(positions(x, "person/ee/kaja-tamm"), (std::set<std::string>{"Prime Minister|state/EE|"}));
  EXPECT_EQ(positions(x, "person/lia-ots"), (std::set<std::string>{"Spokesperson||foreign ministry spokesman"}));
  EXPECT_EQ(positions(x, "person/ivo-rand"), (std::set<std::string>{"President||"}));
  // A known word alone is no slip ("minster", a church), nor a plural, nor
  // a short title word ("chef" is not "chief"), nor a title with no name after it.
  x = test::run("Prime Ministers Kaja Tamm and Ivo Rand met. The chef Lia Ots cooked. The Estonian prime minster "
                "said nothing. The Minster Ilse Kask built is old.");
  for (const auto& e : x.entities) EXPECT_TRUE(e.positions.empty()) << e.label << " holds " << e.positions[0].title;
}

TEST(Positions, AFormerTitleAsWritten) {
  auto x = test::run("The party of jailed ex-president Ilia Beridze protested. Former President Anna Kolar spoke.");
  EXPECT_EQ(positions(x, "person/ilia-beridze"), (std::set<std::string>{"former President||ex-president"}));
  EXPECT_EQ(positions(x, "person/anna-kolar"), (std::set<std::string>{"former President||"}));
}

TEST(Positions, ATitleWordBeforeTheBodyNarrowsTheTitleAfterIt) {
  auto x = test::run("The talks failed, chief Palestinian negotiator Omar Haddad said.");
  EXPECT_EQ(positions(x, "person/ps/omar-haddad"), (std::set<std::string>{"Negotiator|state/PS|chief negotiator"}));
  bool said = false;
  for (const auto& a : x.assertions) said |= a.actors == std::vector<std::string>{"person/ps/omar-haddad"};
  EXPECT_TRUE(said);
}

TEST(Positions, AnAcronymNoListHoldsBeforeATitleIsTheBody) {
  auto x = test::run("Taiwanese KMT legislator Chen Weilin criticised the plan. LPR head Igor Volkov spoke.");
  const Entity* kmt = entity(x, "org/kmt");
  ASSERT_TRUE(kmt);
  EXPECT_EQ(kmt->label, "KMT");
  EXPECT_EQ(kmt->part_of, "state/TW");
  EXPECT_EQ(positions(x, "person/tw/chen-weilin"), (std::set<std::string>{"Legislator|org/kmt|"}));
  EXPECT_EQ(positions(x, "person/igor-volkov"), (std::set<std::string>{"Head|org/lpr|"}));
  // With no name after the title, an acronym is no body: "an NGO head".
  x = test::run("An NGO head said the camps were full.");
  EXPECT_EQ(entity(x, "org/ngo"), nullptr);
}

TEST(Positions, ABodyAcrossTheWordsThatNarrowTheTitle) {
  auto x = test::run("Taliban government spokesman Qari Yousuf said the border was closed. Pakistan's army chief, "
                     "General Tariq Aziz, warned Kabul.");
  EXPECT_EQ(positions(x, "person/qari-yousuf"),
            (std::set<std::string>{"Spokesperson|org/taliban|government spokesman"}));
  EXPECT_EQ(positions(x, "person/pk/tariq-aziz"), (std::set<std::string>{"Chief|state/PK|army chief"}));
  // The apposition must close: "the German chancellor, General ..." is
  // left alone when the name runs on.
  x = test::run("Pakistan's army chief, General Tariq Aziz and others met.");
  EXPECT_TRUE(positions(x, "person/pk/tariq-aziz").empty());
}

TEST(Positions, ABodyByTheLastWordOfItsName) {
  auto x = test::run("The European Commission pledged aid. Commission President Ingrid Holm said the needs are "
                     "great.");
  EXPECT_EQ(positions(x, "person/ingrid-holm"),
            (std::set<std::string>{"President|org/european-commission|"}));
  // Two bodies end with the word: none is chosen.
  x = test::run("The European Commission and the African Union Commission met. Commission President Ingrid Holm "
                "spoke.");
  EXPECT_EQ(positions(x, "person/ingrid-holm"), (std::set<std::string>{"President||commission president"}));
}

TEST(Positions, ItsStandsForTheOneBodyOfTheSentence) {
  auto x = test::run("The PKK's congress answered a call by its founder Rustam Berko.");
  EXPECT_EQ(positions(x, "person/rustam-berko"), (std::set<std::string>{"Founder|org/pkk|"}));
  // Two bodies before "its": which one is not said.
  x = test::run("Hamas and the PKK answered a call by its founder Rustam Berko.");
  EXPECT_EQ(positions(x, "person/rustam-berko"), (std::set<std::string>{"Founder||"}));
}

TEST(Positions, TheBodyAfterTheName) {
  auto x = test::run("President Luis Ortega of Paraguay cut ties with the neighbour.");
  EXPECT_EQ(positions(x, "person/py/luis-ortega"), (std::set<std::string>{"President|state/PY|"}));
  // "of X's militia": the body is the militia, not X.
  x = test::run("Guerrillas killed the deputy chief of Israel's militia ally on Sunday.", "2025-05-06");
  for (const auto& e : x.entities)
    for (const auto& p : e.positions) EXPECT_NE(p.of, "state/IL") << e.key;
}

TEST(Positions, AppositionsGiveTitleAndBody) {
  auto x = test::run("Lena Brandt, the UN's resident coordinator for Sudan, said aid was blocked. Giorgi Abashidze "
                     "– the chairman of the main opposition United National Movement – was beaten.");
  EXPECT_EQ(positions(x, "person/lena-brandt"), (std::set<std::string>{"Resident Coordinator|org/un|"}));
  EXPECT_EQ(positions(x, "person/giorgi-abashidze"),
            (std::set<std::string>{"Chairman|org/united-national-movement|"}));
}

TEST(Positions, ASecondTitleAfterAndInAnApposition) {
  auto x = test::run("The UN Support Mission in Libya (UNSMIL) met officials. Karin Moe, Special Representative "
                     "of the Secretary-General for Libya and the head of UNSMIL, spoke.",
                     "2025-05-06");
  EXPECT_EQ(positions(x, "person/karin-moe"),
            (std::set<std::string>{"Special Representative||", "Head|org/un-support-mission-in-libya|"}));
}

TEST(Positions, TheCouncilIsTheCouncilTheReportNamed) {
  auto x = test::run("According to the Presidential Council, the head of the council, Idris Mansour, met the "
                     "envoy.");
  EXPECT_EQ(positions(x, "person/idris-mansour"), (std::set<std::string>{"Head|org/presidential-council|"}));
}

TEST(Positions, AVerbOfHeadingGivesTitleAndBody) {
  auto x = test::run("Clashes followed the death of Salem Jabri, who headed the Stability Support Apparatus.");
  EXPECT_EQ(positions(x, "person/salem-jabri"), (std::set<std::string>{"Head|org/stability-support-apparatus|"}));
  x = test::run("Rallies followed the arrest of Salem Jabri, who founded the PKK.");
  EXPECT_EQ(positions(x, "person/salem-jabri"), (std::set<std::string>{"Founder|org/pkk|"}));
  // A relative clause is no role: "elected prime minister" after "to Syria".
  x = test::run("Syrian papers attacked Yossi Peled, who vowed not to return the Golan Heights to Syria if he is "
                "elected prime minister.");
  for (const auto& e : x.entities)
    for (const auto& p : e.positions) EXPECT_NE(p.of, "state/SY") << e.key;
}

TEST(Positions, AnOfficeOfAStateIsInTheKnownStateOfItsHolder) {
  // people.tsv gives their nationality.
  auto x = test::run("Prime Minister Narendra Modi said India would help. President Aleksandar Vucic ordered "
                     "troops to the border.");
  EXPECT_EQ(positions(x, "person/narendra-modi"), (std::set<std::string>{"Prime Minister|state/IN|"}));
  EXPECT_EQ(positions(x, "person/aleksandar-vučić"), (std::set<std::string>{"President|state/RS|"}));
  // A person minted with a state keeps it for a later office.
  x = test::run("Estonian Ambassador Peeter Tamm left. Minister Peeter Tamm returned.");
  EXPECT_EQ(positions(x, "person/ee/peeter-tamm"),
            (std::set<std::string>{"Ambassador|state/EE|", "Minister|state/EE|"}));
}

TEST(Positions, AStateOfficeOfTheSideItsHolderLeads) {
  auto x = test::run("Tallinn's delegation, led by Defence Minister Oskar Lind, left. Latvia, led by Foreign "
                     "Minister Ilse Berzina, stayed.");
  EXPECT_EQ(positions(x, "person/oskar-lind"), (std::set<std::string>{"Defense Minister|state/EE|defence minister"}));
  EXPECT_EQ(positions(x, "person/ilse-berzina"), (std::set<std::string>{"Foreign Minister|state/LV|"}));
  // A body that is no state's, or no comma before the participle: no state.
  x = test::run("The rebels, led by Defence Minister Oskar Lind, left. Talks led by Foreign Minister Ilse Berzina "
                "ended.");
  EXPECT_EQ(positions(x, "person/oskar-lind"), (std::set<std::string>{"Defense Minister||defence minister"}));
  EXPECT_EQ(positions(x, "person/ilse-berzina"), (std::set<std::string>{"Foreign Minister||"}));
}

TEST(Positions, ASpokespersonSpeaksForTheBodyOfTheirStateNamedJustBefore) {
  // people.tsv gives Mao Ning's state (China).
  auto x = test::run("China's foreign ministry rejected the report on Monday.\n\nSpokeswoman Mao Ning said the "
                     "claims were false.");
  EXPECT_EQ(positions(x, "person/mao-ning"), (std::set<std::string>{"Spokesperson|org/cn-mfa|spokeswoman"}));
  // Two bodies of the state in one sentence compete; a body named three
  // paragraphs before is no longer the one meant.
  x = test::run("China's foreign ministry and China's defence ministry rejected the report.\n\nSpokeswoman Mao "
                "Ning said the claims were false.");
  EXPECT_EQ(positions(x, "person/mao-ning"), (std::set<std::string>{"Spokesperson||spokeswoman"}));
  x = test::run("China's foreign ministry rejected the report.\n\nIt rained.\n\nIt snowed.\n\nSpokeswoman Mao Ning "
                "said the claims were false.");
  EXPECT_EQ(positions(x, "person/mao-ning"), (std::set<std::string>{"Spokesperson||spokeswoman"}));
}

TEST(Positions, NoStateIsGuessed) {
  // Unknown person; a title of organisations; words before the title; a
  // generic "a Russian president"; a title before a lower-case noun.
  auto x = test::run("Vice President Tom Baker spoke. Spokesperson Narendra Modi spoke. Opposition leader "
                     "Narendra Modi spoke.");
  EXPECT_EQ(positions(x, "person/tom-baker"), (std::set<std::string>{"Vice President||"}));
  EXPECT_EQ(positions(x, "person/narendra-modi"),
            (std::set<std::string>{"Spokesperson||", "Leader||opposition leader"}));
  x = test::run("A Russian president would never accept it. The president said officials met.");
  for (const auto& e : x.entities) EXPECT_TRUE(e.positions.empty()) << e.key;
}

// A clerical rank, like a military one, is a title of the person and no
// part of the name, also between another title and the name: "Lebanon's
// senior cleric Ayatollah Hadi Nasrallah" is Hadi Nasrallah.
TEST(Positions, AClericalRankIsNoPartOfTheName) {
  auto x = test::run("Iraq's religious leader Ayatollah Kadhim Haeri condemned the bombing. Grand Ayatollah "
                     "Bashir Najafi rejected the decree.");
  EXPECT_NE(entity(x, "person/iq/kadhim-haeri"), nullptr);
  EXPECT_EQ(entity(x, "person/iq/ayatollah-kadhim-haeri"), nullptr);
  const Entity* najafi = entity(x, "person/bashir-najafi");
  ASSERT_NE(najafi, nullptr);
  EXPECT_EQ(najafi->label, "Bashir Najafi");
  EXPECT_EQ(positions(x, "person/bashir-najafi"), (std::set<std::string>{"Grand Ayatollah||"}));
  ASSERT_EQ(x.assertions.size(), 2u);
  EXPECT_EQ(x.assertions[0].actors, std::vector<std::string>{"person/iq/kadhim-haeri"});
}

// "Minister for Interior", as "Minister for Foreign Affairs": the title
// with "for" is the same office, and the name after it stays whole.
TEST(Positions, AMinisterForAnOfficeIsItsMinister) {
  auto x = test::run("Kenya's Minister for Interior Abdi Kamau Lekuton banned the rally. Kenya's Minister for the "
                     "Interior Abdi Kamau Lekuton spoke.");
  EXPECT_EQ(positions(x, "person/ke/abdi-kamau-lekuton"),
            (std::set<std::string>{"Interior Minister|state/KE|minister for interior",
                                   "Interior Minister|state/KE|minister for the interior"}));
  EXPECT_EQ(entity(x, "person/ke/kamau-lekuton"), nullptr);
}

TEST(Positions, TheGazetteerSaysWhichTitlesAreOfficesOfAState) {
  Gazetteer gaz;
  std::vector<Diagnostic> d;
  ASSERT_TRUE(gaz.load(test::source_dir() + "/ontologies/gazetteer", d));
  auto office = [&](const std::string& title) {
    for (const auto& t : gaz.titles())
      if (t.title == title) return t.office;
    ADD_FAILURE() << "no title " << title;
    return TitleEntry::Office::None;
  };
  EXPECT_EQ(office("Prime Minister"), TitleEntry::Office::State);
  EXPECT_EQ(office("Deputy Foreign Minister"), TitleEntry::Office::State);
  EXPECT_EQ(office("Spokesperson"), TitleEntry::Office::Body);
  EXPECT_EQ(office("Deputy Spokesperson"), TitleEntry::Office::Body);
  EXPECT_EQ(office("Secretary General"), TitleEntry::Office::None);
  EXPECT_EQ(office("Field Marshal"), TitleEntry::Office::Rank);
  // A deputy's title is derived; a deputy of a rank is no rank.
  EXPECT_EQ(office("Deputy Chancellor"), TitleEntry::Office::State);
  EXPECT_EQ(office("Deputy General"), TitleEntry::Office::None);
}

TEST(Positions, ABadOfficeNamesFileLineAndColumn) {
  fs::path dir = fs::temp_directory_path() / ("sg-gaz-office-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "states.tsv") << "iso\tlabel\tnames\tadjectives\tplurals\tcapital\n"
                                    << "RU\tRussia\t\tRussian\tRussians\t\n";
  std::ofstream(dir / "titles.tsv") << "title\tnames\toffice\nPresident\t\tstate\nChancellor\t\tstat\n";
  Gazetteer gaz;
  std::vector<Diagnostic> d;
  EXPECT_FALSE(gaz.load(dir.string(), d));
  fs::remove_all(dir);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].to_string(),
            (dir / "titles.tsv").string() + ":3:13: error: office must be 'state', 'rank', 'body' or empty, not 'stat'");
}

// Chunker::is_name_word(): a month, whole or cut short, ends a name after a
// title (month_from_name() turns words away by length and first letter
// first), and a name of a month's shape is still a name.
TEST(Positions, AMonthAfterATitleNamesNobodyAndANameOfItsShapeDoes) {
  for (const char* month : {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec",
                            "September"}) {
    auto x = test::run(std::string("Estonian Defence Minister ") + month + " Ruud met the envoy.", "2025-05-06");
    std::string slug = std::string(month) + "-ruud";
    for (auto& c : slug) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_FALSE(entity(x, "person/ee/" + slug)) << month;
    EXPECT_FALSE(entity(x, "person/" + slug)) << month;
  }
  auto x = test::run("Estonian Defence Minister Octavia Ruud met the envoy. Estonian Interior Minister Mayes Kask "
                     "met him too. Estonian Finance Minister Dag Tamm agreed.",
                     "2025-05-06");
  EXPECT_TRUE(entity(x, "person/ee/octavia-ruud"));
  EXPECT_TRUE(entity(x, "person/ee/mayes-kask"));
  EXPECT_TRUE(entity(x, "person/ee/dag-tamm"));
}

// Chunker::note_state_bodies(): the one body of a state a sentence names is
// the body a spokesperson of that state speaks for in the next sentences;
// a sentence that names two bodies of the state leaves it unclear.
TEST(Positions, ASpokespersonSpeaksForTheOneBodyOfTheirStateNamedJustBefore) {
  auto x = test::run("China's foreign ministry warned Japan. Spokesman Lin Jian said talks would go on.", "2025-05-06");
  const auto one = positions(x, "person/lin-jian");
  x = test::run("China's foreign ministry and China's defence ministry warned Japan. Spokesman Lin Jian said talks "
                "would go on.",
                "2025-05-06");
  const auto two = positions(x, "person/lin-jian");
  EXPECT_EQ(one, (std::set<std::string>{"Spokesperson|org/cn-mfa|spokesman"}));
  EXPECT_EQ(two, (std::set<std::string>{"Spokesperson||spokesman"}));
}

// The graph: both titles on one position node, whose IRI stays keyed on
// the canonical title, so a report that writes "spokesperson" and one that
// writes "spokesman" give the same node.
TEST(Positions, TheGraphWritesBothTitlesOnOneNode) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  auto titles = [&](const std::vector<std::string>& texts) {
    graph::Graph g;
    graph::GraphBuilder b(g, {"https://example.org/kg/"});
    for (std::size_t i = 0; i < texts.size(); ++i) {
      std::vector<Diagnostic> d;
      auto report = make_report("r" + std::to_string(i) + ".txt", texts[i], parse_iso_date("2025-09-04"), d);
      b.add(report, extract(report, *res));
    }
    b.finish();
    std::map<std::string, std::set<std::string>> out;  // position IRI -> its titles
    for (const auto& q : g.sorted_quads())
      if (g.term(q.p).value == std::string(graph::ns::sg) + "title") out[g.term(q.s).value].insert(g.term(q.o).value);
    return out;
  };
  auto one = titles({"Kremlin spokesman Ivan Orlov said no.\n", "Kremlin Spokesperson Ivan Orlov said no.\n"});
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one.begin()->second, (std::set<std::string>{"Spokesperson", "spokesman"}));
  auto alone = titles({"Kremlin Spokesperson Ivan Orlov said no.\n"});
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone.begin()->first, one.begin()->first);
  EXPECT_EQ(alone.begin()->second, (std::set<std::string>{"Spokesperson"}));
}

}  // namespace
}  // namespace sg::extract
