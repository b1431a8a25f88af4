#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "extract/gazetteer.h"
#include "test_support.h"

namespace sg::extract {
namespace {

namespace fs = std::filesystem;

const Gazetteer& shipped() {
  static Gazetteer g = [] {
    Gazetteer gaz;
    std::vector<Diagnostic> d;
    EXPECT_TRUE(gaz.load(test::source_dir() + "/ontologies/gazetteer", d));
    for (const auto& x : d) ADD_FAILURE() << x.to_string();
    return gaz;
  }();
  return g;
}

// NameTokens::split() reads plain names without tokenize(); what it gives
// must be what tokenize() gives, for the names it reads itself and for
// those it hands over.
void expect_as_tokenized(NameTokens& split, const std::string& name) {
  split.split(name);
  const auto tokens = tokenize(name);
  ASSERT_EQ(split.words().size(), tokens.size()) << name;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto& w = split.words()[i];
    EXPECT_EQ(split.norm(w), tokens[i].norm) << name << " word " << i;
    EXPECT_EQ(w.kind, tokens[i].kind) << name << " word " << i;
    EXPECT_EQ(w.upper, tokens[i].upper) << name << " word " << i;
    EXPECT_EQ(w.all_caps, tokens[i].all_caps) << name << " word " << i;
  }
}

TEST(NameTokens, SplitsAsTheTokenizerDoes) {
  NameTokens split;
  for (const char* name :
       {"Russia", "RUSSIA", "Russia's military", "People's Liberation Army", "US", "G7", "G-7", "2nd Army",
        "1990", "Al-Qaeda", "al Assad", "Bashar al-Assad", "Guinea-Bissau", "  two  spaces ", "-", "Ukraine -",
        "Houthis' headquarters", "Côte d'Ivoire", "O'Brien", "ROK's", "Russia'S army", "U.S. Army", "St. Petersburg",
        "Nizhny Novgorod", "İstanbul", "Dnipro’s", "[the] Kremlin", "1,200 troops", "Assad's", "don't", "A", "x'"})
    expect_as_tokenized(split, name);
  EXPECT_FALSE((split.split("Côte d'Ivoire"), split.fast()));
  EXPECT_TRUE((split.split("Russia's military"), split.fast()));
}

TEST(NameTokens, SplitsEveryShippedNameAsTheTokenizerDoes) {
  NameTokens split;
  std::size_t fast = 0, names = 0;
  for (const auto& e : shipped().entries())
    for (const auto* list : {&e.names, &e.adjectives})
      for (const auto& n : *list) {
        expect_as_tokenized(split, n);
        fast += split.fast();
        ++names;
      }
  for (const auto& t : shipped().titles())
    for (const auto& n : t.names) expect_as_tokenized(split, n);
  // Most names take the fast path (else it is no longer worth having).
  EXPECT_GT(fast * 10, names * 8) << fast << " of " << names;
}

// word_hash() reads words eight bytes at a time, the last chunk overlapping
// (or, under eight bytes, in halves or single bytes): every byte and the
// length must still count.
TEST(WordHash, EveryByteAndTheLengthCount) {
  std::string word;
  for (std::size_t n = 1; n <= 24; ++n) {
    word.assign(n, 'a');
    const std::uint64_t h = word_hash(word);
    for (std::size_t i = 0; i < n; ++i) {
      std::string other = word;
      other[i] = 'b';
      EXPECT_NE(word_hash(other), h) << "length " << n << ", byte " << i;
    }
    EXPECT_NE(word_hash(word + 'a'), h) << "length " << n;
  }
  EXPECT_NE(word_hash(""), word_hash(std::string(1, '\0')));
  // No two words of the shipped gazetteer's names share a hash.
  NameTokens split;
  std::set<std::string> words;
  for (const auto& e : shipped().entries())
    for (const auto& n : e.names) {
      split.split(n);
      for (const auto& w : split.words()) words.emplace(split.norm(w));
    }
  std::set<std::uint64_t> hashes;
  for (const auto& w : words) hashes.insert(word_hash(w));
  EXPECT_EQ(hashes.size(), words.size());
}

// Vocabulary::find() compares words in a few loads, not with memcmp: words
// of every length that differ in one byte, or only in length, keep their
// own ids.
TEST(Vocabulary, FindsEachWordOfEveryLengthAsAdded) {
  Vocabulary vocabulary;
  std::vector<std::pair<std::string, std::uint32_t>> added;
  for (std::size_t n = 1; n <= 24; ++n)
    for (std::size_t i = 0; i < n; ++i) {
      std::string word(n, 'a');
      word[i] = 'b';
      added.emplace_back(word, vocabulary.add(word));
    }
  for (std::size_t n = 1; n <= 24; ++n) added.emplace_back(std::string(n, 'a'), vocabulary.add(std::string(n, 'a')));
  for (const auto& [word, id] : added) {
    EXPECT_EQ(vocabulary.find(word), id) << word;
    EXPECT_EQ(vocabulary.word(id), word);
  }
  EXPECT_EQ(vocabulary.find("aaaaaaaaaaaaaaaaaaaaaaaaa"), 0u);
  EXPECT_EQ(vocabulary.find("c"), 0u);
}

// Every state in the gazetteer exists in ISO 3166-1 (Debian's iso-codes),
// under the same code; Kosovo's XK is the one user-assigned code.
TEST(Gazetteer, StatesMatchIso3166) {
  std::ifstream in("/usr/share/iso-codes/json/iso_3166-1.json");
  ASSERT_TRUE(in) << "install the iso-codes package";
  auto iso = nlohmann::json::parse(in);
  std::map<std::string, std::set<std::string>> names;  // code -> every ISO name
  for (const auto& c : iso["3166-1"]) {
    auto& n = names[c["alpha_2"].get<std::string>()];
    for (const char* key : {"name", "official_name", "common_name"})
      if (c.contains(key)) n.insert(c[key].get<std::string>());
  }
  std::size_t states = 0;
  for (const auto& e : shipped().entries()) {
    if (e.type != EntityType::State) continue;
    ++states;
    if (e.iso3166 == "XK") continue;
    ASSERT_TRUE(names.count(e.iso3166)) << e.iso3166 << " (" << e.label << ") is not an ISO 3166-1 code";
    // One of the ISO names of that code is among the entry's names: the code
    // is the right one for the label.
    bool found = false;
    for (const auto& n : e.names) found |= names[e.iso3166].count(n) > 0;
    EXPECT_TRUE(found) << e.iso3166 << " " << e.label << ": none of its names is an ISO name of that code ("
                       << *names[e.iso3166].begin() << ")";
  }
  // 193 UN members, 2 observer states, Taiwan and Kosovo.
  EXPECT_EQ(states, 197u);
}

TEST(Gazetteer, UnMembersObserversTaiwanKosovoArePresent) {
  for (const char* code : {"RU", "UA", "US", "GB", "FR", "DE", "CN", "TW", "XK", "PS", "VA", "IL", "IR", "SD",
                           "SS", "CD", "RW", "ML", "BF", "NE", "IN", "PK", "AM", "AZ", "PH", "JP", "KP", "KR",
                           "YE", "SY", "LB", "TR", "FI", "PL", "TV", "NR", "SM"})
    EXPECT_TRUE(shipped().find(code)) << code;
}

std::vector<std::string> matches(const std::string& text) {
  auto tokens = tokenize(text);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < tokens.size();) {
    auto m = shipped().longest_at(tokens, i);
    if (m.end == i) {
      ++i;
      continue;
    }
    const NameSense* s = m.senses.front();
    std::string what = s->kind == NameSense::Kind::Title ? "title:" + shipped().titles()[s->index].title
                                                         : entity_key(shipped().entries()[s->index]);
    if (s->kind == NameSense::Kind::Adjective) what = "adj:" + what;
    out.push_back(what);
    i = m.end;
  }
  return out;
}

TEST(Gazetteer, LongestMatchAndCaseRules) {
  using V = std::vector<std::string>;
  EXPECT_EQ(matches("the US and us"), V({"state/US"}));  // "us" is a pronoun
  EXPECT_EQ(matches("Russian forces near Kyiv"), V({"org/ru-forces", "place/kyiv"}));
  EXPECT_EQ(matches("Russian Ministry of Foreign Affairs"), V({"org/ru-mfa"}));
  EXPECT_EQ(matches("the Kremlin and the White House"), V({"org/kremlin", "org/white-house"}));
  EXPECT_EQ(matches("NATO Secretary General"), V({"org/nato", "title:Secretary General"}));
}

// Every name of every entry, read as a sentence of its own, is matched
// whole with that entry among its senses: the trie's first words (an array
// by word id, behind a bit set) and its other edges (a hash table, which
// carries the senses of the node it leads to) hold every name added. (A
// name with a quote mark, "Homyel'", is never matched: no name spans one.)
TEST(Gazetteer, EveryShippedNameMatchesWhole) {
  const Gazetteer& gaz = shipped();
  std::size_t names = 0;
  for (std::uint32_t index = 0; index < gaz.entries().size(); ++index)
    for (const auto& name : gaz.entries()[index].names) {
      const auto tokens = tokenize(name);
      if (std::any_of(tokens.begin(), tokens.end(), [](const Token& t) { return t.kind == Token::Kind::Quote; }))
        continue;
      const GazetteerMatch m = gaz.longest_at(tokens, 0);
      bool found = false;
      for (const NameSense* s : m.senses) found |= s->kind == NameSense::Kind::Name && s->index == index;
      EXPECT_TRUE(m.end == tokens.size() && found) << gaz.entries()[index].id << ": " << name;
      ++names;
    }
  EXPECT_GT(names, 50000u);
}

TEST(Gazetteer, TheArabicArticleWithAHyphenOrASpace) {
  using V = std::vector<std::string>;
  // people.tsv writes "Mohammed Shia al-Sudani" and "Abdel Fattah el-Sisi".
  EXPECT_EQ(matches("Mohammed Shia al Sudani"), V({"person/mohammed-shia-al-sudani"}));
  EXPECT_EQ(matches("Mohammed Shia al-Sudani"), V({"person/mohammed-shia-al-sudani"}));
  EXPECT_EQ(matches("Abdel Fattah el Sisi"), V({"person/abdel-fattah-el-sisi"}));
  // Only before a capitalised name: "al" alone is no name.
  EXPECT_EQ(matches("Sudani al"), V({}));
}

TEST(Gazetteer, DerivedBodiesBelongToTheirState) {
  const GazetteerEntry* forces = shipped().find("RU-forces");
  ASSERT_TRUE(forces);
  EXPECT_EQ(forces->type, EntityType::ArmedForce);
  EXPECT_EQ(forces->part_of, "RU");
  EXPECT_EQ(forces->label, "Russian forces");
  // A derived body made for every state with an adjective, and an override
  // that renames one while keeping the generated names.
  const GazetteerEntry* hungary = shipped().find("HU-mod");
  ASSERT_TRUE(hungary);
  EXPECT_EQ(hungary->label, "Hungarian Ministry of Defense");
  const GazetteerEntry* pla = shipped().find("CN-forces");
  ASSERT_TRUE(pla);
  EXPECT_EQ(pla->label, "People's Liberation Army");
  EXPECT_NE(std::find(pla->names.begin(), pla->names.end(), "Chinese forces"), pla->names.end());
  const GazetteerEntry* mfa = shipped().find("RU-mfa");
  ASSERT_TRUE(mfa);
  EXPECT_EQ(mfa->label, "Russian Ministry of Foreign Affairs");
  using V = std::vector<std::string>;
  // "Turkish military police" is a force of its own, not the Turkish
  // military (a name of the state's forces) followed by a word.
  EXPECT_EQ(matches("Turkish military police arrested him; the Turkish military shelled the hills"),
            V({"org/tr-military-police", "org/tr-forces"}));
  const GazetteerEntry* mp = shipped().find("TR-military-police");
  ASSERT_TRUE(mp);
  EXPECT_EQ(mp->type, EntityType::ArmedForce);
  EXPECT_EQ(mp->part_of, "TR");
}

// The generated files (scripts/gen-places.py): an ISO 3166-2 subdivision and
// a GeoNames city, each found by name and placed in its state.
TEST(Gazetteer, GeneratedSubdivisionAndCityLieInTheirState) {
  using V = std::vector<std::string>;
  EXPECT_EQ(matches("shelling in Vinnytsia Oblast and the Vinnytsia region"),
            V({"place/vinnytsia-oblast", "place/vinnytsia-oblast"}));
  const GazetteerEntry* oblast = shipped().find("UA-05");
  ASSERT_TRUE(oblast);
  EXPECT_TRUE(oblast->generated);
  EXPECT_EQ(oblast->kind, "oblast");
  EXPECT_EQ(oblast->located_in, "UA");
  EXPECT_EQ(matches("a strike on Vinnytsia"), V({"place/vinnytsia"}));
  const GazetteerEntry* city = shipped().find("vinnytsia");
  ASSERT_TRUE(city);
  EXPECT_TRUE(city->generated);
  EXPECT_EQ(city->located_in, "UA-05");  // GeoNames' admin1 mapped to the oblast
  const GazetteerEntry* mosul = shipped().find("mosul");
  ASSERT_TRUE(mosul);
  EXPECT_EQ(mosul->located_in, "IQ");  // no subdivision known: the state
  EXPECT_EQ(matches("Texas, Kunar and Nineveh Governorate"),
            V({"place/texas", "place/kunar", "place/nineveh-governorate"}));
}

// Ordinary words and people's names are no places, whatever GeoNames holds
// (Mobile, Alabama; Reading and Nice; Būsh in Egypt, also written "Bush";
// Hassan in India).
TEST(Gazetteer, FilteredWordsAndNamesAreNoPlaces) {
  using V = std::vector<std::string>;
  EXPECT_EQ(matches("Mobile units reached Reading on a Nice day"), V({}));
  EXPECT_EQ(matches("President Bush met Samia Suluhu Hassan"),
            V({"title:President", "person/samia-suluhu-hassan"}));
  EXPECT_EQ(matches("Hassan said"), V({}));
  // A department of Uruguay is named Rivera: Judge Alejandro Rivera is none.
  EXPECT_EQ(matches("Judge Alejandro Rivera"), V({"title:Judge"}));
  EXPECT_EQ(matches("Rivera Department"), V({"place/rivera-department"}));
  // Names two places share go to neither unless one is far larger: Punjab
  // is India's state and Pakistan's province.
  EXPECT_EQ(matches("Punjab"), V({}));
  EXPECT_EQ(matches("Punjab Province"), V({"place/punjab-province"}));
}

// A hand-written row wins over a generated one: the same id or label leaves
// the generated row out, and a name a hand-written row holds is not given to
// a generated place.
TEST(Gazetteer, HandWrittenRowWinsOverGenerated) {
  fs::path dir = fs::temp_directory_path() / ("sg-gaz-gen-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "states.tsv") << "iso\tlabel\tofficial\tnames\tadjectives\tplurals\tcapital\n"
                                    << "UA\tUkraine\t\t\tUkrainian\tUkrainians\tKyiv\n";
  std::ofstream(dir / "places.tsv") << "id\tlabel\tnames\tadjectives\tkind\tlocated_in\n"
                                    << "kharkiv\tKharkiv\tKharkov\t\tcity\tUA\n";
  std::ofstream(dir / "cities.tsv") << "# generated\nid\tlabel\tnames\tadjectives\tkind\tlocated_in\tpopulation\n"
                                    << "kharkiv\tKharkiv City\t\t\tcity\tUA\t1430885\n"    // same id
                                    << "kharkiv-2\tKharkiv\t\t\tcity\tUA\t1430885\n"       // same label
                                    << "kyiv\tKyiv\t\t\tcity\tUA\t2797553\n"               // a capital's name
                                    << "lozova\tLozova\tKharkov | Lozovaya\t\tcity\tUA\t54618\n";
  Gazetteer g;
  std::vector<Diagnostic> d;
  EXPECT_TRUE(g.load(dir.string(), d));
  fs::remove_all(dir);
  for (const auto& x : d) ADD_FAILURE() << x.to_string();
  const GazetteerEntry* kharkiv = g.find("kharkiv");
  ASSERT_TRUE(kharkiv);
  EXPECT_FALSE(kharkiv->generated);
  EXPECT_EQ(kharkiv->label, "Kharkiv");
  EXPECT_FALSE(g.find("kharkiv-2"));
  EXPECT_FALSE(g.find("kyiv"));
  const GazetteerEntry* lozova = g.find("lozova");
  ASSERT_TRUE(lozova);
  EXPECT_EQ(lozova->names, std::vector<std::string>({"Lozova", "Lozovaya"}));
  auto tokens = tokenize("Kharkov");
  auto m = g.longest_at(tokens, 0);
  ASSERT_EQ(m.senses.size(), 1u);
  EXPECT_EQ(g.entries()[m.senses[0]->index].id, "kharkiv");
}

// Several senses of one name come back in the order the files give them,
// and one name written in two cases for the same entry matches either way.
// (Pins the senses' list and the pooled case rules of the trie.)
TEST(Gazetteer, SensesOfOneNameInOrderAndCaseRulesMerged) {
  fs::path dir = fs::temp_directory_path() / ("sg-gaz-senses-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "states.tsv") << "iso\tlabel\tofficial\tnames\tadjectives\tplurals\tcapital\n"
                                    << "GE\tGeorgia\t\t\tGeorgian\tGeorgians\tTbilisi\n";
  std::ofstream(dir / "places.tsv") << "id\tlabel\tnames\tadjectives\tkind\tlocated_in\n"
                                    << "georgia-us\tGeorgia State\tGeorgia\t\tregion\t\n";
  std::ofstream(dir / "organizations.tsv") << "id\ttype\tlabel\tnames\tkind\tpart_of\n"
                                           << "gdm\tOrganization\tDefence Ministry\tdefence ministry\t\t\n";
  Gazetteer g;
  std::vector<Diagnostic> d;
  EXPECT_TRUE(g.load(dir.string(), d));
  fs::remove_all(dir);
  for (const auto& x : d) ADD_FAILURE() << x.to_string();
  auto georgia = tokenize("Georgia");
  auto m = g.longest_at(georgia, 0);
  ASSERT_EQ(m.senses.size(), 2u);
  EXPECT_EQ(g.entries()[m.senses[0]->index].id, "GE");
  EXPECT_EQ(g.entries()[m.senses[1]->index].id, "georgia-us");
  for (const char* written : {"Defence Ministry", "defence ministry", "Defence ministry"}) {
    auto tokens = tokenize(written);
    auto ministry = g.longest_at(tokens, 0);
    ASSERT_EQ(ministry.senses.size(), 1u) << written;
    EXPECT_EQ(ministry.end, 2u) << written;
  }
  // A capitalised name alone keeps its rule: "georgia" is no state.
  auto lower = tokenize("georgia");
  EXPECT_TRUE(g.longest_at(lower, 0).senses.empty());
}

// A generated file's errors are reported as any gazetteer file's: a row of
// the wrong width makes the file unusable, a duplicate id or an unknown
// located_in are named at their line.
TEST(Gazetteer, GeneratedFileErrorsNameFileAndLine) {
  fs::path dir = fs::temp_directory_path() / ("sg-gaz-bad-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string file = (dir / "subdivisions.tsv").string();
  auto load = [&](const std::string& rows) {
    std::ofstream(dir / "states.tsv") << "iso\tlabel\tofficial\tnames\tadjectives\tplurals\tcapital\n"
                                      << "UA\tUkraine\t\t\tUkrainian\tUkrainians\tKyiv\n";
    std::ofstream(file) << "id\tlabel\tnames\tadjectives\tkind\tlocated_in\n" << rows;
    Gazetteer g;
    std::vector<Diagnostic> d;
    EXPECT_FALSE(g.load(dir.string(), d));
    std::vector<std::string> got;
    for (const auto& x : d) got.push_back(x.to_string());
    return got;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(load("UA-05\tVinnytsia Oblast\t\t\toblast\tUA\n"
                 "UA-05\tVinnytsia region\t\t\toblast\tUA\n"
                 "UA-07\tVolyn Oblast\t\t\toblast\tZZ\n"),
            V({file + ":3:1: error: duplicate id 'UA-05'", file + ":4: error: 'UA-07' refers to unknown id 'ZZ'"}));
  EXPECT_EQ(load("UA-05\tVinnytsia Oblast\t\t\toblast\tUA\nUA-18\tZhytomyr Oblast\n"),
            V({file + ":3:7: error: expected 6 tab-separated columns, found 2"}));
  fs::remove_all(dir);
}

TEST(Gazetteer, ErrorsNameFileLineAndColumn) {
  fs::path dir = fs::temp_directory_path() / ("sg-gaz-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "states.tsv") << "# states\niso\tlabel\tofficial\tnames\tadjectives\tplurals\tcapital\n"
                                    << "RU\tRussia\t\t\tRussian\tRussians\tMoscow\n"
                                    << "ru\tBad\t\t\t\t\t\n"
                                    << "UA\tUkraine\tonly three\n";
  std::ofstream(dir / "organizations.tsv") << "id\ttype\tlabel\tnames\tkind\tpart_of\n"
                                           << "kremlin\tOrganisation\tKremlin\t\tgovernment\tRU\n"
                                           << "mfa\tOrganization\tMFA\t\tgovernment\tZZ\n";
  Gazetteer g;
  std::vector<Diagnostic> d;
  EXPECT_FALSE(g.load(dir.string(), d));
  fs::remove_all(dir);
  // Every error is reported, not only the first, each with its place.
  ASSERT_EQ(d.size(), 4u);
  auto find = [&](const std::string& message) -> const Diagnostic* {
    for (const auto& x : d)
      if (x.message == message) return &x;
    ADD_FAILURE() << "no diagnostic: " << message;
    return nullptr;
  };
  if (auto* x = find("ISO 3166 code must be two capital letters: 'ru'")) {
    EXPECT_EQ(x->to_string(), (dir / "states.tsv").string() + ":4:1: error: ISO 3166 code must be two capital letters: 'ru'");
  }
  if (auto* x = find("expected 7 tab-separated columns, found 3")) {
    EXPECT_EQ(x->line, 5);
  }
  if (auto* x = find("type must be Organization or ArmedForce")) {
    EXPECT_EQ(x->line, 2);
    EXPECT_EQ(x->column, 9);
  }
  if (auto* x = find("'mfa' refers to unknown id 'ZZ'")) {
    EXPECT_EQ(x->line, 3);
  }
}

}  // namespace
}  // namespace sg::extract
