// Event data (export/event_table.h, event_writers.cpp, event_codes.cpp):
// the codes, the parties' states and sectors, the CSV/TSV table and the
// PLOVER records.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "export/event_table.h"
#include "export/export.h"
#include "export/text_escape.h"
#include "test_support.h"

namespace sg::exporter {
namespace {

using graph::Graph;
using graph::TermId;

const std::string kSg(graph::ns::sg);
const std::string kId = "https://w3id.org/stancegraph/id/";

const EventCodes& shipped() {
  static const EventCodes codes = [] {
    EventCodes c;
    std::vector<extract::Diagnostic> d;
    EXPECT_TRUE(load_event_codes(test::source_dir() + "/ontologies", c, d));
    for (const auto& x : d) ADD_FAILURE() << x.to_string();
    return c;
  }();
  return codes;
}

std::string write(const Graph& g, Format f, bool* ok = nullptr, std::string* error = nullptr) {
  WriteOptions options;
  options.event_codes = shipped();
  std::FILE* tmp = std::tmpfile();
  std::string e;
  bool written = write_graph(g, f, tmp, options, e);
  if (ok) *ok = written;
  else EXPECT_TRUE(written) << e;
  if (error) *error = e;
  return test::drain(tmp);
}

// A graph written quad by quad, with the names of the data model.
struct Builder {
  Graph g;
  TermId type = g.iri(std::string(graph::ns::rdf) + "type");
  TermId report = g.iri(kId + "report/r1");
  TermId node(const std::string& key, const std::string& cls, const std::string& label) {
    TermId n = g.iri(kId + key);
    g.add(n, type, sg(cls));
    if (!label.empty()) g.add(n, g.iri(std::string(graph::ns::rdfs) + "label"), g.lang_literal(label, "en"));
    return n;
  }
  TermId state(const std::string& iso, const std::string& label) {
    TermId n = node("state/" + iso, "State", label);
    g.add(n, sg("iso3166"), g.literal(iso));
    return n;
  }
  TermId sg(const std::string& local) { return g.iri(kSg + local); }
  void link(TermId s, const std::string& p, TermId o) { g.add(s, sg(p), o); }
  // An assertion in report r1 with its sentence at `start`.
  TermId assertion(const std::string& id, const std::string& event, const std::string& date, const std::string& sentence,
                   long long start) {
    TermId a = g.iri(kId + "assertion/" + id);
    TermId e = g.iri(kId + "evidence/" + id);
    g.add(a, type, sg("Assertion"), report);
    g.add(a, sg("eventType"), sg(event), report);
    if (!date.empty()) g.add(a, sg("date"), g.literal(date, std::string(graph::ns::xsd) + "date"), report);
    g.add(a, sg("negated"), g.boolean(false), report);
    g.add(a, g.iri(std::string(graph::ns::prov) + "wasDerivedFrom"), e, report);
    g.add(e, type, sg("Evidence"), report);
    g.add(e, sg("text"), g.lang_literal(sentence, "en"), report);
    g.add(e, sg("start"), g.integer(start), report);
    g.add(e, sg("inReport"), report, report);
    return a;
  }
  Builder() {
    g.set_instance_base(kId);
    g.add(report, type, sg("Report"));
    g.add(report, g.iri(std::string(graph::ns::dcterms) + "title"), g.literal("Daily, \"quoted\""));
    g.add(report, g.iri(std::string(graph::ns::dcterms) + "date"),
          g.literal("2025-09-04", std::string(graph::ns::xsd) + "date"));
  }
};

TEST(EventCodes, ReadsTheShippedTables) {
  const EventCodes& c = shipped();
  EXPECT_EQ(c.alpha3.at("RU"), "RUS");
  EXPECT_EQ(c.alpha3.at("GB"), "GBR");
  EXPECT_EQ(c.alpha3.at("XK"), "XKX");  // user-assigned, as the file says
  EXPECT_GE(c.alpha3.size(), 249u);
  EXPECT_EQ(c.kinds.at("government").sector, "GOV");
  EXPECT_EQ(c.kinds.at("igo").code, "IGO");
  EXPECT_EQ(c.events.at("REJECT").plover, "REJECT");
  EXPECT_EQ(c.events.at("REJECT").cameo, std::vector<std::string>{"12"});
  EXPECT_EQ(c.events.at("REQUEST").cameo, (std::vector<std::string>{"02", "10"}));
  // ADVANCE is narrower than ASSAULT; STATEMENT has no PLOVER type.
  EXPECT_EQ(c.events.at("ADVANCE").plover, "ASSAULT");
  EXPECT_EQ(c.events.at("ADVANCE").cameo, std::vector<std::string>{"19"});
  EXPECT_EQ(c.events.at("STATEMENT").plover, "");
  EXPECT_EQ(c.events.at("STATEMENT").cameo, std::vector<std::string>{"01"});
}

// A copy of the shipped tables in a temporary directory, `file` replaced by `text`.
std::string data_dir_with(const std::string& file, const std::string& text) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("sg-event-codes-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const char* f : {"iso3166.tsv", "plover-sectors.tsv", "stancegraph.ttl"})
    fs::copy_file(fs::path(test::source_dir()) / "ontologies" / f, dir / f);
  if (text.empty()) fs::remove(dir / file);
  else std::ofstream(dir / file, std::ios::trunc) << text;
  return dir.string();
}

std::string load_errors(const std::string& dir) {
  EventCodes c;
  std::vector<extract::Diagnostic> d;
  EXPECT_FALSE(load_event_codes(dir, c, d));
  std::string all;
  for (const auto& x : d) all += x.to_string() + "\n";
  std::filesystem::remove_all(dir);
  return all;
}

TEST(EventCodes, NamesTheFileAndLineOfABadRow) {
  std::string dir = data_dir_with("iso3166.tsv", "# codes\nalpha2\talpha3\tname\nRU\tRUS\tRussia\nRus\tRUS\tRussia\n");
  EXPECT_EQ(load_errors(dir), dir + "/iso3166.tsv:4:1: error: 'Rus' is not a two-letter code\n");
  dir = data_dir_with("plover-sectors.tsv", "kind\tsector\tcode\ngovernment\tGOV\n");
  EXPECT_EQ(load_errors(dir),
            dir + "/plover-sectors.tsv:2: error: 2 cells; a row has 3 (tab-separated)\n");
  dir = data_dir_with("plover-sectors.tsv", "kind\tsector\nmilitary\tMIL\n");
  EXPECT_EQ(load_errors(dir),
            dir + "/plover-sectors.tsv:1:1: error: the header must be the tab-separated columns: kind sector code\n");
}

TEST(EventCodes, AMissingTableIsAnError) {
  std::string dir = data_dir_with("plover-sectors.tsv", "");
  EXPECT_EQ(load_errors(dir),
            dir + "/plover-sectors.tsv: error: cannot read it (the event-data formats need it)\n");
}

TEST(EventTable, CodesEachPartyThroughItsLinks) {
  Builder b;
  TermId ru = b.state("RU", "Russia");
  TermId mfa = b.node("org/ru-mfa", "Organization", "Russian MFA");
  b.g.add(mfa, b.sg("orgKind"), b.g.literal("government"));
  b.link(mfa, "partOf", ru);
  TermId forces = b.node("org/ru-forces", "ArmedForce", "Russian forces");  // no orgKind: an armed force is MIL
  b.link(forces, "forceOf", ru);
  TermId person = b.node("person/maria-zakharova", "Person", "Maria Zakharova");
  TermId position = b.node("position/p1", "Position", "");
  b.link(person, "holdsPosition", position);
  b.link(position, "positionIn", mfa);
  TermId un = b.node("org/un", "Organization", "United Nations");
  b.g.add(un, b.sg("orgKind"), b.g.literal("igo"));
  TermId unifil = b.node("org/unifil", "Organization", "UNIFIL");
  b.g.add(unifil, b.sg("orgKind"), b.g.literal("peacekeeping"));
  b.link(unifil, "partOf", un);
  TermId kyiv = b.node("place/kyiv", "Place", "Kyiv");
  TermId ua = b.state("UA", "Ukraine");
  b.link(kyiv, "locatedIn", ua);
  TermId a = b.assertion("a1", "ASSAULT", "2025-09-03", "Russian forces struck Kyiv.", 10);
  for (TermId actor : {forces, person, unifil}) b.link(a, "actor", actor);
  b.link(a, "location", kyiv);

  auto table = events::read_events(b.g, shipped());
  ASSERT_EQ(table.records.size(), 1u);
  const auto& r = table.records[0];
  ASSERT_EQ(r.actors.size(), 3u);  // sorted by IRI: ru-forces, unifil, then the person
  // label, type, state (alpha-2, alpha-3), PLOVER code and sector of each.
  auto coded = [&](std::size_t i) {
    const auto& p = table.parties[i];
    return std::vector<std::string_view>{p.label, p.type, p.iso2, p.iso3, p.code, p.sector};
  };
  using V = std::vector<std::string_view>;
  EXPECT_EQ(coded(r.actors[0]), (V{"Russian forces", "ArmedForce", "RU", "RUS", "RUS", "MIL"}));
  // UNIFIL: IGO from the UN it is part of; the spokesperson: RUS and GOV through her ministry.
  EXPECT_EQ(coded(r.actors[1]), (V{"UNIFIL", "Organization", "", "", "IGO", "MIL"}));
  EXPECT_EQ(coded(r.actors[2]), (V{"Maria Zakharova", "Person", "RU", "RUS", "RUS", "GOV"}));
  ASSERT_GE(r.location, 0);
  EXPECT_EQ(coded(static_cast<std::size_t>(r.location)), (V{"Kyiv", "Place", "UA", "UKR", "UKR", ""}));
  EXPECT_EQ(r.event_type, "ASSAULT");
  EXPECT_EQ(r.report_title, "Daily, \"quoted\"");
  EXPECT_EQ(r.id, "assertion/a1");
}

TEST(EventTable, TwoStatesOrALoopLeaveTheStateUnknown) {
  Builder b;
  TermId fr = b.state("FR", "France");
  TermId de = b.state("DE", "Germany");
  TermId joint = b.node("org/joint", "Organization", "Joint body");
  b.link(joint, "partOf", fr);
  b.link(joint, "partOf", de);
  TermId x = b.node("org/x", "Organization", "X");
  TermId y = b.node("org/y", "Organization", "Y");
  b.link(x, "partOf", y);
  b.link(y, "partOf", x);
  TermId a = b.assertion("a1", "AGREE", "2025-09-03", "They agreed.", 0);
  for (TermId actor : {joint, x}) b.link(a, "actor", actor);
  auto table = events::read_events(b.g, shipped());
  ASSERT_EQ(table.records.size(), 1u);
  for (auto i : table.records[0].actors) {
    EXPECT_EQ(table.parties[i].iso2, "") << table.parties[i].label;
    EXPECT_EQ(table.parties[i].code, "") << table.parties[i].label;
  }
}

TEST(EventCsv, SameBytesWhateverOrderTheQuadsCameIn) {
  // X and Y are part of each other, and Y of Russia; a person holds
  // positions in X and in Russia. Built twice, the nodes first met in
  // opposite orders, and once more with every quad added backwards.
  auto make = [](bool y_first) {
    auto b = std::make_unique<Builder>();
    TermId y = 0, x = 0;
    if (y_first) y = b->node("org/y", "Organization", "Y");
    x = b->node("org/x", "Organization", "X");
    if (!y_first) y = b->node("org/y", "Organization", "Y");
    TermId ru = b->state("RU", "Russia");
    b->link(y, "partOf", x);
    b->link(x, "partOf", y);
    b->link(y, "partOf", ru);
    TermId person = b->node("person/p", "Person", "P");
    for (const char* id : {"position/1", "position/2"}) {
      TermId position = b->node(id, "Position", "");
      b->link(person, "holdsPosition", position);
      b->link(position, "positionIn", std::string(id) == "position/1" ? x : ru);
    }
    for (const char* id : {"a1", "a2"}) {
      TermId a = b->assertion(id, "REJECT", "2025-09-03", "They rejected it.", 0);
      for (TermId actor : {x, y, person}) b->link(a, "actor", actor);
      b->link(a, "target", ru);
    }
    return b;
  };
  auto x_first = make(false), y_first = make(true);
  Graph backwards;
  backwards.set_instance_base(kId);
  auto quads = x_first->g.sorted_quads();
  const Graph& g = x_first->g;
  for (auto q = quads.rbegin(); q != quads.rend(); ++q)
    backwards.add(backwards.intern(g.term(q->s)), backwards.intern(g.term(q->p)), backwards.intern(g.term(q->o)),
                  q->g == graph::kDefaultGraph ? graph::kDefaultGraph : backwards.intern(g.term(q->g)));
  for (Format f : {Format::Csv, Format::Plover}) {
    EXPECT_EQ(write(x_first->g, f), write(y_first->g, f));
    EXPECT_EQ(write(x_first->g, f), write(backwards, f));
  }
}

TEST(EventCsv, ARowPerActorAndTargetInDateOrder) {
  Builder b;
  TermId ru = b.state("RU", "Russia");
  TermId ua = b.state("UA", "Ukraine");
  TermId fr = b.state("FR", "France");
  // Written out of order: the later date first, then the undated one.
  TermId later = b.assertion("b2", "REQUEST", "2025-09-04", "Ukraine and France called on Russia, \"now\".", 50);
  b.link(later, "actor", ua);
  b.link(later, "actor", fr);
  b.link(later, "target", ru);
  b.g.add(later, b.sg("trigger"), b.g.literal("called on"), b.report);
  TermId undated = b.assertion("c3", "STATEMENT", "", "Russia said so.", 90);
  b.link(undated, "actor", ru);
  TermId first = b.assertion("a1", "REJECT", "2025-09-03", "Russia rejected it.", 0);
  b.link(first, "actor", ru);
  b.g.add(first, b.sg("modality"), b.sg("Planned"), b.report);

  std::string csv = write(b.g, Format::Csv);
  std::istringstream lines(csv);
  std::vector<std::string> rows;
  for (std::string line; std::getline(lines, line);) rows.push_back(line);
  ASSERT_EQ(rows.size(), 5u);  // the header, 1 + 2 x 1 + 1 rows
  EXPECT_EQ(rows[0],
            "date,event_type,plover,cameo,negated,modality,actor_label,actor,actor_type,actor_iso2,actor_iso3,actor_code,"
            "actor_sector,target_label,target,target_type,target_iso2,target_iso3,target_code,target_sector,"
            "location_label,location,location_iso2,location_iso3,topic,quantity,speaker_label,speaker,attribution_verb,"
            "trigger,sentence,footnotes,report_title,report_url,report_date,report,assertion");
  const std::string report = kId + "report/r1";
  EXPECT_EQ(rows[1], "2025-09-03,REJECT,REJECT,12,false,Planned,Russia," + kId +
                         "state/RU,State,RU,RUS,RUS,,,,,,,,,,,,,,,,,,,Russia rejected it.,,\"Daily, \"\"quoted\"\"\",,"
                         "2025-09-04," + report + "," + kId + "assertion/a1");
  EXPECT_EQ(rows[2], "2025-09-04,REQUEST,REQUEST,02|10,false,,France," + kId + "state/FR,State,FR,FRA,FRA,,Russia," +
                         kId + "state/RU,State,RU,RUS,RUS,,,,,,,,,,,called on,\"Ukraine and France called on Russia, "
                         "\"\"now\"\".\",,\"Daily, \"\"quoted\"\"\",,2025-09-04," + report + "," + kId + "assertion/b2");
  EXPECT_EQ(rows[3].substr(0, 52), "2025-09-04,REQUEST,REQUEST,02|10,false,,Ukraine," + kId.substr(0, 4));
  EXPECT_EQ(rows[4].substr(0, 30), ",STATEMENT,,01,false,,Russia,h");

  // The TSV is the same table with tabs: a comma needs no quotes there, a quote still does.
  std::string tsv = write(b.g, Format::Tsv);
  std::istringstream tsv_lines(tsv);
  std::string line;
  std::getline(tsv_lines, line);
  std::getline(tsv_lines, line);
  std::vector<std::string> cells;
  std::istringstream cut(line);
  for (std::string cell; std::getline(cut, cell, '\t');) cells.push_back(cell);
  ASSERT_EQ(cells.size(), 37u) << line;
  EXPECT_EQ(cells[0], "2025-09-03");
  EXPECT_EQ(cells[30], "Russia rejected it.");
  EXPECT_EQ(cells[32], "\"Daily, \"\"quoted\"\"\"");
}

TEST(EventCsv, QuotesAFieldOnlyWhenItMust) {
  auto field = [](std::string_view v, char d) {
    std::string out;
    EXPECT_TRUE(text::append_csv_field(out, v, d)) << v;
    return out;
  };
  EXPECT_EQ(field("plain text", ','), "plain text");
  EXPECT_EQ(field("a, b", ','), "\"a, b\"");
  EXPECT_EQ(field("a, b", '\t'), "a, b");
  EXPECT_EQ(field("a\tb", '\t'), "\"a\tb\"");
  EXPECT_EQ(field("say \"no\"", ','), "\"say \"\"no\"\"\"");
  EXPECT_EQ(field("two\nlines", ','), "\"two\nlines\"");
  EXPECT_EQ(field("CR\rLF\n", '\t'), "\"CR\rLF\n\"");
  EXPECT_EQ(field("Ma\xC3\xAF" "ga", ','), "Ma\xC3\xAF" "ga");
  std::string out;
  EXPECT_FALSE(text::append_csv_field(out, std::string_view("nul\0byte", 8), ','));
  EXPECT_FALSE(text::append_csv_field(out, "bad \xC3 byte", ','));
}

TEST(Plover, ARecordInTheFieldNamesOfTheGoldStandard) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  std::vector<extract::Diagnostic> d;
  auto report = extract::make_report(
      "zakharova.txt",
      "Daily update\nRussian Ministry of Foreign Affairs (MFA) Spokesperson Maria Zakharova stated on September 4 "
      "that Russia will not discuss \xE2\x80\x9C" "any security foreign intervention\xE2\x80\x9D in Ukraine.[8]\n"
      "[8] https://example.org/mfa\n",
      extract::parse_iso_date("2025-09-04"), d);
  Graph g;
  graph::GraphBuilder builder(g, {});
  builder.add(report, extract::extract(report, *res));
  builder.finish();
  std::string jsonl = write(g, Format::Plover);
  std::vector<nlohmann::json> records;
  std::istringstream lines(jsonl);
  for (std::string line; std::getline(lines, line);) records.push_back(nlohmann::json::parse(line));
  const nlohmann::json* reject = nullptr;
  for (const auto& r : records)
    if (r["event"] == "REJECT") reject = &r;
  ASSERT_NE(reject, nullptr) << jsonl;
  const auto& r = *reject;
  EXPECT_EQ(r["date"], "2025-09-04");
  ASSERT_EQ(r["source"].size(), 1u);
  EXPECT_EQ(r["source"][0]["actorText"], "Russia");
  EXPECT_EQ(r["source"][0]["code"], "RUS");
  EXPECT_FALSE(r["source"][0].contains("sector"));  // a state has none
  EXPECT_EQ(r["target"], nlohmann::json::array());
  EXPECT_EQ(r["eventText"], "not discuss");
  EXPECT_EQ(r["mode"], nlohmann::json::array());
  EXPECT_EQ(r["language"], "en");
  EXPECT_EQ(r["publication"], "Daily update");
  EXPECT_EQ(r["sg_cameo"], nlohmann::json::array({"12"}));
  EXPECT_EQ(r["sg_negated"], false);
  EXPECT_EQ(r["sg_citation"], nlohmann::json::array({8}));
  EXPECT_EQ(r["sg_endnotes"], nlohmann::json::array({"https://example.org/mfa"}));
  ASSERT_EQ(r["sg_attributedTo"].size(), 1u);
  EXPECT_EQ(r["sg_attributedTo"][0]["actorText"], "Maria Zakharova");
  EXPECT_EQ(r["sg_attributedTo"][0]["code"], "RUS");
  EXPECT_EQ(r["sg_attributedTo"][0]["sector"], "GOV");
  EXPECT_EQ(r["sg_attributionVerb"], "stated");
  EXPECT_EQ(std::string(r["id"]).rfind("assertion/", 0), 0u);
  EXPECT_EQ(r["sg_assertion"], kId + std::string(r["id"]));
  // The same sentence's statement by Zakharova: an event of ours, with no PLOVER code.
  bool statement = false;
  for (const auto& x : records) statement |= x["event"] == "STATEMENT" && x["sg_cameo"] == nlohmann::json::array({"01"});
  EXPECT_TRUE(statement) << jsonl;
}

TEST(Plover, ModeAndContextSayWhatDidNotHappen) {
  Builder b;
  TermId ru = b.node("state/RU", "State", "Russia");
  TermId a = b.assertion("a1", "COERCE", "2025-09-04", "Russia will not restrict it.", 0);
  b.link(a, "actor", ru);
  b.g.add(a, b.sg("negated"), b.g.boolean(true), b.report);
  b.g.add(a, b.sg("modality"), b.sg("Planned"), b.report);
  TermId h = b.assertion("a2", "ADVANCE", "2025-09-04", "If they advanced...", 40);
  b.link(h, "actor", ru);
  b.g.add(h, b.sg("modality"), b.sg("Conditional"), b.report);
  std::string jsonl = write(b.g, Format::Plover);
  auto first = nlohmann::json::parse(jsonl.substr(0, jsonl.find('\n')));
  auto second = nlohmann::json::parse(jsonl.substr(jsonl.find('\n') + 1));
  EXPECT_EQ(first["mode"], nlohmann::json::array({"negation", "future"}));
  EXPECT_EQ(first["context"], first["mode"]);
  EXPECT_EQ(first["sg_modality"], "Planned");
  EXPECT_EQ(first["sg_negated"], true);
  EXPECT_EQ(second["event"], "ASSAULT");  // ADVANCE is a narrower ASSAULT
  EXPECT_EQ(second["sg_eventType"], "ADVANCE");
  EXPECT_EQ(second["mode"], nlohmann::json::array({"hypothetical"}));
}

TEST(EventData, RefusesInvalidUtf8AndWritingWithoutCodes) {
  Builder b;
  TermId ru = b.node("state/RU", "State", "Russia");
  TermId a = b.assertion("a1", "REJECT", "2025-09-04", "Russia rejected \xFF it.", 0);
  b.link(a, "actor", ru);
  for (Format f : {Format::Csv, Format::Plover}) {
    bool ok = true;
    std::string error;
    write(b.g, f, &ok, &error);
    EXPECT_FALSE(ok);
    EXPECT_EQ(error.rfind("invalid UTF-8", 0), 0u) << error;
  }
  std::FILE* tmp = std::tmpfile();
  std::string error;
  EXPECT_FALSE(write_graph(b.g, Format::Csv, tmp, {}, error));
  std::fclose(tmp);
  EXPECT_EQ(error, "the event codes (ontologies/iso3166.tsv, plover-sectors.tsv, stancegraph.ttl) were not loaded");
}

TEST(Formats, EventDataByNameAndExtension) {
  EXPECT_EQ(parse_format("csv"), Format::Csv);
  EXPECT_EQ(parse_format("tsv"), Format::Tsv);
  EXPECT_EQ(parse_format("plover"), Format::Plover);
  EXPECT_EQ(format_of_path("out/events.csv"), Format::Csv);
  EXPECT_EQ(format_of_path("events.tsv"), Format::Tsv);
  EXPECT_EQ(format_of_path("out/events.plover.jsonl"), Format::Plover);
  EXPECT_EQ(format_of_path("corpus.jsonl"), std::nullopt);  // a report corpus, not PLOVER records
  EXPECT_TRUE(is_event_data(Format::Plover));
  EXPECT_FALSE(is_event_data(Format::Neo4jCsv));
}

}  // namespace
}  // namespace sg::exporter
