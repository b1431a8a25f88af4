#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

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
