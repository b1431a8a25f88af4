// The view model (export/viz_model.h) and the four view writers.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "export/export.h"
#include "export/viz_model.h"
#include "test_support.h"

namespace sg::exporter {
namespace {

using graph::Graph;

const std::string kSg(graph::ns::sg);
const std::string kType = std::string(graph::ns::rdf) + "type";
const std::string kId = "https://w3id.org/stancegraph/id/";

std::string write(const Graph& g, Format f) {
  std::FILE* tmp = std::tmpfile();
  std::string error;
  EXPECT_TRUE(write_graph(g, f, tmp, {}, error)) << error;
  return test::drain(tmp);
}

// The graph of one report of 2025-09-04, built as `stancegraph build` builds it.
Graph graph_of(const std::string& name, const std::string& text) {
  auto res = test::resources();
  std::vector<extract::Diagnostic> d;
  auto report = extract::make_report(name, text, extract::parse_iso_date("2025-09-04"), d);
  Graph g;
  if (!res) return g;
  graph::GraphBuilder b(g, {});
  b.add(report, extract::extract(report, *res));
  b.finish();
  return g;
}

// Four dated stances of Ukraine and Germany toward Russia, one denied; an
// untargeted rejection; a strike with no target (untargeted too; "struck
// Kyiv" is aimed at Ukraine: place_aimed_at() in extract/pipeline.cpp).
Graph built() {
  return graph_of("viz.txt",
                  "Ukraine accused Russia of shelling Kherson on September 2.[1] Germany did not "
                  "accuse Russia of anything on September 3.[2] Russian forces attacked on "
                  "September 1.[1] Ukraine accused Russia of lying on September 3.[2] Russia "
                  "rejected the proposal.\nEndnotes\n[1] https://example.org/1\n[2] "
                  "https://example.org/2\n");
}

TEST(VizModel, EdgesAreTheStanceSummaries) {
  Graph g = built();
  auto m = viz::build_model(g);
  ASSERT_EQ(m.edges.size(), 2u);
  const auto& denied = m.edges[0];  // sorted by source: state/DE before state/UA
  EXPECT_EQ(denied.source, kId + "state/DE");
  EXPECT_EQ(denied.target, kId + "state/RU");
  EXPECT_EQ(denied.event_type, "ACCUSE");
  EXPECT_TRUE(denied.negated);
  EXPECT_EQ(denied.colour, "#f46d43");
  const auto& accused = m.edges[1];
  EXPECT_EQ(accused.source, kId + "state/UA");
  EXPECT_FALSE(accused.negated);
  EXPECT_EQ(accused.count, 2u);
  EXPECT_EQ(accused.first_date, "2025-09-02");
  EXPECT_EQ(accused.last_date, "2025-09-03");
  // Its assertions by date, each with its sentence, footnote and report.
  ASSERT_EQ(accused.support.size(), 2u);
  EXPECT_EQ(accused.support[0].date, "2025-09-02");
  ASSERT_EQ(accused.support[0].evidence.size(), 1u);
  EXPECT_EQ(accused.support[0].evidence[0].text, "Ukraine accused Russia of shelling Kherson on September 2.");
  EXPECT_EQ(accused.support[0].evidence[0].citations, std::vector<long long>{1});
  EXPECT_EQ(accused.support[0].evidence[0].report.rfind(kId + "report/", 0), 0u);
  EXPECT_EQ(accused.support[0].report, accused.support[0].evidence[0].report);
  EXPECT_EQ(accused.support[1].evidence[0].citations, std::vector<long long>{2});

  // Each edge id is the tail of the summary the builder wrote for it.
  std::set<std::string> summaries;
  g.for_each([&](const graph::Quad& q) {
    if (g.term(q.p).value == kType && g.term(q.o).value == kSg + "StanceSummary") summaries.insert(g.term(q.s).value);
  });
  for (const auto& e : m.edges) EXPECT_TRUE(summaries.count(kId + "summary/" + e.id)) << e.id;
  for (const auto& e : m.untargeted) EXPECT_TRUE(summaries.count(kId + "summary/" + e.id)) << e.id;
  EXPECT_EQ(summaries.size(), m.edges.size() + m.untargeted.size());
}

TEST(VizModel, NodesAreActorsSortedWithLabelsAndCodes) {
  auto m = viz::build_model(built());
  std::vector<std::string> iris;
  for (const auto& n : m.nodes) iris.push_back(n.iri);
  EXPECT_TRUE(std::is_sorted(iris.begin(), iris.end()));
  const viz::Node* ru = m.node(kId + "state/RU");
  ASSERT_TRUE(ru);
  EXPECT_EQ(ru->label, "Russia");
  EXPECT_EQ(ru->type, "State");
  EXPECT_EQ(ru->iso, "RU");
  EXPECT_EQ(ru->in_count, 3u);
  EXPECT_EQ(ru->untargeted_count, 1u);
  const viz::Node* forces = m.node(kId + "org/ru-forces");
  ASSERT_TRUE(forces);
  EXPECT_EQ(forces->type, "ArmedForce");
  // No place is a node: every node is an actor.
  for (const auto& n : m.nodes) EXPECT_TRUE(n.actor) << n.iri;
  ASSERT_EQ(m.reports.size(), 1u);
  EXPECT_EQ(m.reports[0].date, "2025-09-04");
  EXPECT_EQ(m.reports[0].identifier, "viz.txt");
}

TEST(VizModel, UntargetedStancesStayOffTheEdges) {
  auto m = viz::build_model(built());
  std::vector<std::string> got;
  for (const auto& e : m.untargeted) {
    EXPECT_TRUE(e.target.empty());
    got.push_back(e.source.substr(kId.size()) + " " + e.event_type);
  }
  EXPECT_EQ(got, (std::vector<std::string>{"org/ru-forces ASSAULT", "state/RU REJECT"}));
}

TEST(VizModel, SameViewWithoutSummaryNodes) {
  // A union of --stream shards has no sg:StanceSummary: the view must not change.
  Graph g = built();
  auto before = write(g, Format::GraphMl);
  std::set<graph::TermId> summaries;
  g.for_each([&](const graph::Quad& q) {
    if (g.term(q.p).value == kType && g.term(q.o).value == kSg + "StanceSummary") summaries.insert(q.s);
  });
  ASSERT_FALSE(summaries.empty());
  g.remove_if([&](const graph::Quad& q) { return summaries.count(q.s) > 0; });
  EXPECT_EQ(write(g, Format::GraphMl), before);
  EXPECT_EQ(viz::build_model(g).edges.size(), 2u);
}

// A statement and a hypothetical stance, neither of them an edge.
Graph said() {
  return graph_of("said.txt", "Kremlin Spokesperson Dmitry Peskov stated on September 3 that Russia might support the plan.\n");
}

TEST(VizModel, EveryAssertionOnlyWhenAskedFor) {
  Graph g = said();
  auto stances = viz::build_model(g);
  EXPECT_TRUE(stances.edges.empty());
  EXPECT_TRUE(stances.untargeted.empty());
  EXPECT_TRUE(stances.assertions.empty());
  auto m = viz::build_model(g, viz::Scope::EveryAssertion);
  ASSERT_EQ(m.assertions.size(), 2u);
  std::map<std::string, const viz::Support*> by_type;
  for (const auto& a : m.assertions) by_type[a.event_type] = &a;
  ASSERT_TRUE(by_type.count("STATEMENT") && by_type.count("SUPPORT"));
  const auto& statement = *by_type["STATEMENT"];
  EXPECT_EQ(statement.actors, std::vector<std::string>{kId + "person/dmitry-peskov"});
  EXPECT_EQ(statement.speakers, std::vector<std::string>{kId + "person/dmitry-peskov"});
  EXPECT_EQ(statement.verb, "stated");
  EXPECT_EQ(statement.date, "2025-09-03");
  EXPECT_TRUE(statement.modality.empty());
  EXPECT_FALSE(statement.negated);
  ASSERT_EQ(statement.evidence.size(), 1u);
  EXPECT_NE(statement.evidence[0].text.find("Peskov stated"), std::string::npos);
  const auto& support = *by_type["SUPPORT"];
  EXPECT_EQ(support.actors, std::vector<std::string>{kId + "state/RU"});
  EXPECT_EQ(support.modality, "Hypothetical");  // "might": no promise, no fact
  EXPECT_TRUE(support.targets.empty());
  // Both are nodes: Peskov is a Person, Russia a State.
  EXPECT_TRUE(m.node(kId + "person/dmitry-peskov"));
  EXPECT_TRUE(m.node(kId + "state/RU"));
}

TEST(VizModel, EveryAssertionIsInDateOrderWithItsStance) {
  auto m = viz::build_model(built(), viz::Scope::EveryAssertion);
  std::vector<std::string> dates;
  for (const auto& a : m.assertions) dates.push_back(a.date);
  ASSERT_GE(dates.size(), 5u);
  // Undated last, the others ascending.
  auto dated_end = std::stable_partition(dates.begin(), dates.end(), [](const std::string& d) { return !d.empty(); });
  EXPECT_TRUE(std::is_sorted(dates.begin(), dated_end));
  EXPECT_TRUE(std::all_of(dated_end, dates.end(), [](const std::string& d) { return d.empty(); }));
  // Every assertion behind an edge is among them, with the edge's event type and polarity.
  for (const auto& e : m.edges)
    for (const auto& s : e.support) {
      auto it = std::find_if(m.assertions.begin(), m.assertions.end(),
                             [&](const viz::Support& a) { return a.assertion == s.assertion; });
      ASSERT_NE(it, m.assertions.end()) << s.assertion;
      EXPECT_EQ(it->event_type, e.event_type);
      EXPECT_EQ(it->negated, e.negated);
      EXPECT_EQ(it->targets, std::vector<std::string>{e.target});
    }
}

// (actor, event type, target, negated, count) of every summary node, and of every edge.
using StanceRow = std::tuple<std::string, std::string, std::string, bool, std::string>;
std::set<StanceRow> summary_rows(const Graph& g) {
  std::map<graph::TermId, StanceRow> rows;
  g.for_each([&](const graph::Quad& q) {
    if (g.term(q.p).value == kType && g.term(q.o).value == kSg + "StanceSummary") rows[q.s];
  });
  g.for_each([&](const graph::Quad& q) {
    auto it = rows.find(q.s);
    if (it == rows.end()) return;
    const std::string& p = g.term(q.p).value;
    const std::string& o = g.term(q.o).value;
    auto& [actor, type, target, negated, count] = it->second;
    if (p == kSg + "actor") actor = o;
    if (p == kSg + "eventType") type = o.substr(kSg.size());
    if (p == kSg + "target") target = o;
    if (p == kSg + "negated") negated = o == "true";
    if (p == kSg + "assertionCount") count = o;
  });
  std::set<StanceRow> out;
  for (const auto& [s, row] : rows) out.insert(row);
  return out;
}
std::set<StanceRow> edge_rows(const viz::Model& m) {
  std::set<StanceRow> out;
  for (const auto* edges : {&m.edges, &m.untargeted})
    for (const auto& e : *edges) out.insert({e.source, e.event_type, e.target, e.negated, std::to_string(e.count)});
  return out;
}

// Issue 19: a graph merged from runs that disagree gives an assertion two
// event types and two polarities. The summaries --merge writes and the
// edges of the views come from one rule (graph::stances): the smallest
// type by name, negated if any graph says so, whichever graph came first.
TEST(VizModel, EdgesAndSummariesAgreeOnAnAssertionWithTwoTypesAndPolarities) {
  Graph report = built();
  // Germany's denied accusation, as another run wrote it: an agreement, not negated.
  std::string denied;
  report.for_each([&](const graph::Quad& q) {
    if (report.term(q.p).value == kSg + "actor" && report.term(q.o).value == kId + "state/DE") denied = report.term(q.s).value;
  });
  ASSERT_FALSE(denied.empty());
  Graph other;
  auto other_run = other.iri("https://example.org/other-run");
  other.add(other.iri(denied), other.iri(kSg + "eventType"), other.iri(kSg + "AGREE"), other_run);
  other.add(other.iri(denied), other.iri(kSg + "negated"), other.boolean(false), other_run);

  std::vector<std::set<StanceRow>> summaries, edges;
  for (bool other_first : {false, true}) {
    Graph merged;
    if (other_first) merged.merge(other);
    merged.merge(report);
    if (!other_first) merged.merge(other);
    graph::GraphBuilder b(merged, {});
    b.know(merged);
    b.finish();  // the summaries, recomputed as --merge does
    summaries.push_back(summary_rows(merged));
    edges.push_back(edge_rows(viz::build_model(merged)));
  }
  EXPECT_EQ(summaries[0], edges[0]);
  EXPECT_EQ(summaries[1], edges[1]);
  EXPECT_EQ(summaries[0], summaries[1]);
  EXPECT_TRUE(summaries[0].count({kId + "state/DE", "ACCUSE", kId + "state/RU", true, "1"}));
  for (const auto& row : summaries[0]) EXPECT_NE(std::get<1>(row), "AGREE");
}

TEST(VizModel, EveryEventTypeHasItsOwnColour) {
  std::set<std::string_view> types, colours;
  for (const auto& s : viz::event_styles()) {
    types.insert(s.type);
    colours.insert(s.colour);
    EXPECT_EQ(s.colour.size(), 7u);
  }
  EXPECT_EQ(types.size(), 18u);
  EXPECT_EQ(colours.size(), 18u);
  EXPECT_EQ(viz::event_colour("REJECT"), "#d73027");
  EXPECT_EQ(viz::event_colour("NOT-A-TYPE"), viz::kOtherColour);
}

TEST(VizEscape, XmlAndUtf8Repair) {
  EXPECT_EQ(viz::xml_escape("a \"b\" <c> & 'd' \\ \xC3\xBC"),
            "a &quot;b&quot; &lt;c&gt; &amp; &apos;d&apos; \\ \xC3\xBC");
  EXPECT_EQ(viz::xml_escape("tab\tline\n"), "tab&#9;line&#10;");
  // A C0 control, an invalid byte, a surrogate and U+FFFF: each one U+FFFD.
  EXPECT_EQ(viz::xml_escape("x\x01y\xFFz\xED\xA0\x80w\xEF\xBF\xBF"),
            "x\xEF\xBF\xBDy\xEF\xBF\xBDz\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDw\xEF\xBF\xBD");
  EXPECT_EQ(viz::clean_utf8("ok \xF0\x9F\x98\x80 \xC0\xAF"), "ok \xF0\x9F\x98\x80 \xEF\xBF\xBD\xEF\xBF\xBD");
}

// Two states with awkward labels and one negated stance between them.
const std::string kAwkward = "Say \"no\" <&> \\N back Z\xC3\xBCrich \xF0\x9F\x98\x80";
Graph awkward() {
  Graph g;
  auto type = g.iri(kType), label = g.iri(std::string(graph::ns::rdfs) + "label");
  auto a = g.iri(kId + "state/AA"), b = g.iri(kId + "person/q%22uote");
  g.add(a, type, g.iri(kSg + "State"));
  g.add(a, label, g.lang_literal(kAwkward, "en"));
  g.add(a, g.iri(kSg + "iso3166"), g.literal("AA"));
  g.add(b, type, g.iri(kSg + "Person"));
  g.add(b, label, g.lang_literal("Line\nbreak \x01", "en"));
  auto r = g.iri(kId + "report/1");
  auto s = g.iri(kId + "assertion/1");
  g.add(s, type, g.iri(kSg + "Assertion"), r);
  g.add(s, g.iri(kSg + "eventType"), g.iri(kSg + "REJECT"), r);
  g.add(s, g.iri(kSg + "actor"), a, r);
  g.add(s, g.iri(kSg + "target"), b, r);
  g.add(s, g.iri(kSg + "negated"), g.boolean(true), r);
  g.add(s, g.iri(kSg + "date"), g.date({2025, 9, 4}), r);
  return g;
}

TEST(VizWriters, GraphMlEscapesLabels) {
  std::string out = write(awkward(), Format::GraphMl);
  EXPECT_NE(out.find("<data key=\"label\">Say &quot;no&quot; &lt;&amp;&gt; \\N back Z\xC3\xBCrich \xF0\x9F\x98\x80</data>"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("<data key=\"label\">Line&#10;break \xEF\xBF\xBD</data>"), std::string::npos);
  EXPECT_NE(out.find("<node id=\"https://w3id.org/stancegraph/id/person/q%22uote\">"), std::string::npos);
  EXPECT_NE(out.find("<data key=\"negated\">true</data>"), std::string::npos);
  for (std::string_view key : {"label", "type", "iso", "eventType", "weight", "negated", "firstDate", "lastDate", "color"})
    EXPECT_NE(out.find("attr.name=\"" + std::string(key) + "\""), std::string::npos) << key;
  // Spelled as Gephi's GraphML importer looks for it.
  EXPECT_EQ(out.find("colour"), std::string::npos);
  EXPECT_NE(out.find("<data key=\"color\">#d73027</data>"), std::string::npos);
}

TEST(VizWriters, GexfIsDynamicWithDatedDashedEdges) {
  std::string out = write(awkward(), Format::Gexf);
  // 1.2draft, which networkx reads as it is; 1.3's edge kind is not needed.
  EXPECT_NE(out.find("<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\""),
            std::string::npos);
  EXPECT_NE(out.find("version=\"1.2\">"), std::string::npos);
  EXPECT_EQ(out.find("1.3"), std::string::npos);
  EXPECT_EQ(out.find(" kind="), std::string::npos);
  EXPECT_NE(out.find("<viz:color r=\"215\" g=\"48\" b=\"39\"/>"), std::string::npos);  // REJECT, #d73027
  EXPECT_NE(out.find("mode=\"dynamic\""), std::string::npos);
  EXPECT_NE(out.find("timeformat=\"date\""), std::string::npos);
  EXPECT_NE(out.find("label=\"Say &quot;no&quot; &lt;&amp;&gt; \\N back Z\xC3\xBCrich \xF0\x9F\x98\x80\""),
            std::string::npos);
  // A label is an xsd:token: the line break becomes a space.
  EXPECT_NE(out.find("label=\"Line break \xEF\xBF\xBD\""), std::string::npos);
  EXPECT_NE(out.find("start=\"2025-09-04\" end=\"2025-09-04\""), std::string::npos);
  EXPECT_NE(out.find("<viz:shape value=\"dashed\"/>"), std::string::npos);
  EXPECT_NE(out.find("<attvalue for=\"negated\" value=\"true\"/>"), std::string::npos);
}

TEST(VizWriters, CytoscapeKeepsLabelsExactly) {
  auto doc = nlohmann::json::parse(write(awkward(), Format::Cytoscape));
  const auto& nodes = doc["elements"]["nodes"];
  ASSERT_EQ(nodes.size(), 2u);
  EXPECT_EQ(nodes[0]["data"]["label"], "Line\nbreak \x01");  // JSON can say it all
  EXPECT_EQ(nodes[1]["data"]["label"], kAwkward);
  EXPECT_EQ(nodes[1]["data"]["iso"], "AA");
  const auto& edge = doc["elements"]["edges"][0];
  EXPECT_EQ(edge["data"]["source"], nodes[1]["data"]["id"]);
  EXPECT_EQ(edge["data"]["target"], nodes[0]["data"]["id"]);
  EXPECT_EQ(edge["data"]["negated"], true);
  EXPECT_EQ(edge["classes"], "REJECT negated");
  // What networkx's cytoscape_graph() reads: a directed multigraph whose
  // node keys are `value` and edge keys `key`; Cytoscape's own columns.
  EXPECT_EQ(doc["directed"], true);
  EXPECT_EQ(doc["multigraph"], true);
  for (const auto& n : nodes) {
    EXPECT_EQ(n["data"]["value"], n["data"]["id"]);
    EXPECT_EQ(n["data"]["name"], n["data"]["label"]);
    EXPECT_TRUE(n["data"].contains("color"));
  }
  EXPECT_EQ(edge["data"]["key"], edge["data"]["id"]);
  EXPECT_EQ(edge["data"]["interaction"], "not REJECT");
  EXPECT_EQ(edge["data"]["color"], "#d73027");
  EXPECT_EQ(doc.dump().find("colour"), std::string::npos);
}

TEST(VizWriters, DotQuotesIdsAndLabels) {
  std::string out = write(awkward(), Format::Dot);
  EXPECT_NE(out.find("[label=\"Say \\\"no\\\" <&> \\\\N back Z\xC3\xBCrich \xF0\x9F\x98\x80 (AA)\""),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("[label=\"Line\\nbreak \xEF\xBF\xBD\""), std::string::npos);
  EXPECT_NE(out.find("\"https://w3id.org/stancegraph/id/state/AA\" -> \"https://w3id.org/stancegraph/id/person/q%22uote\""),
            std::string::npos);
  EXPECT_NE(out.find("style=dashed"), std::string::npos);
  EXPECT_NE(out.find("color=\"#d73027\""), std::string::npos);
  // Laid out by neato, its parts packed: not dot's one column of actors.
  EXPECT_NE(out.find("graph [layout=neato, pack=true, overlap=prism, overlap_shrink=false"), std::string::npos);
  EXPECT_EQ(out.find("rankdir"), std::string::npos);
}

TEST(VizWriters, SameGraphSameBytes) {
  for (Format f : {Format::GraphMl, Format::Gexf, Format::Cytoscape, Format::Dot})
    EXPECT_EQ(write(built(), f), write(built(), f)) << format_name(f);
}

TEST(Formats, ViewNamesAndExtensions) {
  EXPECT_EQ(parse_format("graphml"), Format::GraphMl);
  EXPECT_EQ(parse_format("gexf"), Format::Gexf);
  EXPECT_EQ(parse_format("cytoscape"), Format::Cytoscape);
  EXPECT_EQ(parse_format("dot"), Format::Dot);
  EXPECT_EQ(format_of_path("out/stances.gv"), Format::Dot);
  EXPECT_EQ(format_of_path("stances.cyjs"), Format::Cytoscape);
  EXPECT_EQ(format_of_path("stances.cytoscape.json"), Format::Cytoscape);
  EXPECT_EQ(format_of_path("stances.json"), std::nullopt);
  EXPECT_EQ(format_of_path("graph.nq"), Format::NQuads);
  EXPECT_EQ(format_of_path("dir.ttl/graph"), std::nullopt);
  EXPECT_TRUE(is_view(Format::Gexf));
  EXPECT_FALSE(is_view(Format::JsonLd));
}

}  // namespace
}  // namespace sg::exporter
