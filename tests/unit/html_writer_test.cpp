#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <string>

#include "export/export.h"
#include "export/viz_model.h"
#include "test_support.h"

namespace sg::exporter {
namespace {

// A report's graph, built as `stancegraph build` builds it.
graph::Graph graph_of(const std::string& text) {
  std::vector<extract::Diagnostic> d;
  auto report = extract::make_report("test", text, extract::parse_iso_date("2025-10-03"), d);
  graph::Graph g;
  graph::GraphBuilder b(g, {});
  b.add(report, extract::extract(report, *test::resources()));
  b.finish();
  return g;
}

std::string html(const graph::Graph& g) {
  std::FILE* tmp = std::tmpfile();
  std::string error;
  EXPECT_TRUE(write_graph(g, Format::Html, tmp, {}, error)) << error;
  return test::drain(tmp);
}

// The text of the page's data element.
std::string data_text(const std::string& page) {
  const std::string open = "<script type=\"application/json\" id=\"sg-data\">";
  auto begin = page.find(open);
  if (begin == std::string::npos) return {};
  begin += open.size();
  return page.substr(begin, page.find("</script>", begin) - begin);
}

const std::string kHostile =
    "Hostile report\nOctober 3, 2025\n\n"
    "Russia accused Ukraine of shelling </script><script>alert(1)</script> <!-- & \xE2\x80\xA8 --> near Kharkiv "
    "on October 3.[1]\n\n[1] https://example.org/a?b=1&c=2\n";

TEST(HtmlWriter, IsAFormatWithItsExtension) {
  EXPECT_EQ(parse_format("html"), Format::Html);
  EXPECT_EQ(extension(Format::Html), "html");
  EXPECT_EQ(format_name(Format::Html), "html");
}

TEST(HtmlWriter, ReportTextCannotCloseTheDataScript) {
  std::string page = html(graph_of(kHostile));
  std::string data = data_text(page);
  ASSERT_FALSE(data.empty());
  for (const char* raw : {"<", ">", "&", "\xE2\x80\xA8"}) EXPECT_EQ(data.find(raw), std::string::npos) << raw;
  // The template's two script elements, and no third.
  std::size_t closes = 0;
  for (auto at = page.find("</script"); at != std::string::npos; at = page.find("</script", at + 1)) ++closes;
  EXPECT_EQ(closes, 2u);
  // The escapes mean the same text to a JSON reader.
  auto doc = nlohmann::json::parse(data);
  ASSERT_EQ(doc["edges"].size(), 1u);
  std::string sentence = doc["evidence"][doc["assertions"][0]["evidence"][0].get<int>()]["text"];
  EXPECT_NE(sentence.find("</script><script>alert(1)</script> <!-- & \xE2\x80\xA8 -->"), std::string::npos);
}

TEST(HtmlWriter, DataNamesEdgesByIndexWithTheirEvidenceAndEndnotes) {
  auto doc = nlohmann::json::parse(data_text(html(graph_of(kHostile))));
  const auto& edge = doc["edges"][0];
  EXPECT_EQ(doc["nodes"][edge["source"].get<int>()]["label"], "Russia");
  EXPECT_EQ(doc["nodes"][edge["target"].get<int>()]["label"], "Ukraine");
  EXPECT_EQ(edge["type"], "ACCUSE");
  EXPECT_EQ(edge["color"], std::string(viz::event_colour("ACCUSE")));
  const auto& evidence = doc["evidence"][doc["assertions"][edge["assertions"][0].get<int>()]["evidence"][0].get<int>()];
  EXPECT_EQ(evidence["citations"], nlohmann::json::parse(R"([{"n":1,"url":"https://example.org/a?b=1&c=2"}])"));
  const auto& report = doc["reports"][evidence["report"].get<int>()];
  EXPECT_EQ(report["title"], "Hostile report");
  EXPECT_EQ(report["date"], "2025-10-03");
}

TEST(HtmlWriter, EveryAssertionOnceWithWhoSaidIt) {
  // A statement and a hypothetical stance: no arrow, but both in the data,
  // for the actors' timelines.
  auto doc = nlohmann::json::parse(data_text(html(graph_of(
      "Kremlin Spokesperson Dmitry Peskov stated on October 2 that Russia might support the plan.\n"))));
  EXPECT_TRUE(doc["edges"].empty());
  auto node = [&](const std::string& label) {
    for (std::size_t i = 0; i < doc["nodes"].size(); ++i)
      if (doc["nodes"][i]["label"] == label) return static_cast<int>(i);
    return -1;
  };
  int peskov = node("Dmitry Peskov"), russia = node("Russia");
  ASSERT_GE(peskov, 0);
  ASSERT_GE(russia, 0);
  ASSERT_EQ(doc["assertions"].size(), 2u);
  std::map<std::string, nlohmann::json> by_type;
  for (const auto& a : doc["assertions"]) by_type[a["type"]] = a;
  const auto& statement = by_type["STATEMENT"];
  EXPECT_EQ(statement["actors"], nlohmann::json::array({peskov}));
  EXPECT_EQ(statement["speakers"], nlohmann::json::array({peskov}));
  EXPECT_EQ(statement["date"], "2025-10-02");
  EXPECT_EQ(statement["verb"], "stated");
  // False and empty fields are left out.
  EXPECT_FALSE(statement.contains("negated"));
  EXPECT_FALSE(statement.contains("modality"));
  EXPECT_FALSE(statement.contains("targets"));
  const auto& support = by_type["SUPPORT"];
  EXPECT_EQ(support["actors"], nlohmann::json::array({russia}));
  EXPECT_EQ(support["modality"], "Hypothetical");  // "might": no promise, no fact
  // One sentence gave both: one evidence entry.
  EXPECT_EQ(doc["evidence"].size(), 1u);
  EXPECT_EQ(statement["evidence"], support["evidence"]);
  // Colours for every event type present, statements included.
  EXPECT_EQ(doc["types"], nlohmann::json::parse(R"([{"type":"STATEMENT","color":"#7f7f7f"},{"type":"SUPPORT","color":"#66bd63"}])"));
}

TEST(HtmlWriter, SelfContainedAndDeterministic) {
  auto g = graph_of(kHostile);
  std::string page = html(g);
  EXPECT_EQ(page, html(g));
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(page.find("default-src 'none'"), std::string::npos);
  for (const char* fetch : {"src=\"http", "href=\"http", "@import", "url(http"}) EXPECT_EQ(page.find(fetch), std::string::npos) << fetch;
  EXPECT_EQ(page.find("/*@"), std::string::npos);  // every template marker filled
}

TEST(HtmlWriter, EmptyGraphStillGivesAPage) {
  auto doc = nlohmann::json::parse(data_text(html(graph::Graph())));
  EXPECT_TRUE(doc["nodes"].empty());
  EXPECT_TRUE(doc["edges"].empty());
}

TEST(VizModel, EvidenceKeepsItsEndnotesUrls) {
  auto model = viz::build_model(graph_of(kHostile));
  ASSERT_EQ(model.edges.size(), 1u);
  const auto& ev = model.edges[0].support.at(0).evidence.at(0);
  ASSERT_EQ(ev.endnotes.size(), 1u);
  EXPECT_EQ(ev.endnotes[0].number, 1);
  EXPECT_EQ(ev.endnotes[0].url, "https://example.org/a?b=1&c=2");
}

}  // namespace
}  // namespace sg::exporter
