#include <gtest/gtest.h>

#include "graph/graph.h"
#include "test_support.h"

namespace sg::graph {
namespace {

TEST(Graph, MintIriPercentEncodesWhatIsNotSafe) {
  EXPECT_EQ(mint_iri("https://x.org/id/", "person/ursula-von-der-leyen"), "https://x.org/id/person/ursula-von-der-leyen");
  EXPECT_EQ(mint_iri("https://x.org/id/", "place/k\xC3\xBCrt <a>"), "https://x.org/id/place/k%C3%BCrt%20%3Ca%3E");
}

TEST(Graph, ValidatesTheBase) {
  std::string why;
  EXPECT_TRUE(valid_base("https://example.org/kg/", why));
  EXPECT_TRUE(valid_base("urn:x:kg#", why));
  EXPECT_FALSE(valid_base("example.org/kg/", why));
  EXPECT_FALSE(valid_base("https://example.org/kg", why));
  EXPECT_EQ(why, "the base must end with '/' or '#'");
  EXPECT_FALSE(valid_base("https://example.org/a b/", why));
}

TEST(Graph, QuadsAreASet) {
  Graph g;
  TermId s = g.iri("https://x.org/s"), p = g.iri("https://x.org/p");
  g.add(s, p, g.literal("a"));
  g.add(s, p, g.literal("a"));
  g.add(s, p, g.lang_literal("a", "en"));
  EXPECT_EQ(g.size(), 2u);
}

TEST(Graph, SortedOrderDoesNotDependOnInsertionOrder) {
  Graph a, b;
  auto fill = [](Graph& g, bool reverse) {
    std::vector<std::string> names = {"c", "a", "b"};
    if (reverse) std::reverse(names.begin(), names.end());
    for (const auto& n : names) g.add(g.iri("https://x.org/" + n), g.iri("https://x.org/p"), g.integer(1));
  };
  fill(a, false);
  fill(b, true);
  auto qa = a.sorted_quads(), qb = b.sorted_quads();
  ASSERT_EQ(qa.size(), qb.size());
  for (std::size_t i = 0; i < qa.size(); ++i) EXPECT_EQ(a.term(qa[i].s).value, b.term(qb[i].s).value);
  EXPECT_EQ(a.term(qa[0].s).value, "https://x.org/a");
}

extract::Report seed_report(const std::string& name, const std::string& text) {
  std::vector<extract::Diagnostic> d;
  return extract::make_report(name, text, extract::parse_iso_date("2025-09-04"), d);
}

TEST(GraphBuilder, SameReportTwiceAddsNothing) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  auto report = seed_report("a.txt", "Russia rejected the proposal on September 2.[1]\nEndnotes\n[1] https://example.org/1\n");
  auto ex = extract::extract(report, *res);
  Graph once, twice;
  {
    GraphBuilder b(once, {});
    b.add(report, ex);
    b.finish();
  }
  {
    GraphBuilder b(twice, {});
    b.add(report, ex);
    b.add(report, ex);
    b.finish();
  }
  EXPECT_GT(once.size(), 20u);
  EXPECT_EQ(once.size(), twice.size());
}

TEST(GraphBuilder, IrisDependOnContentNotOnFileNameOrOrder) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  auto r1 = seed_report("one.txt", "Russia rejected the proposal.\n");
  auto r2 = seed_report("renamed.txt", "Russia rejected the proposal.\n");
  Graph g1, g2;
  GraphBuilder b1(g1, {}), b2(g2, {});
  EXPECT_EQ(b1.report_iri(r1), b2.report_iri(r2));
  auto other = seed_report("one.txt", "Russia accepted the proposal.\n");
  EXPECT_NE(b1.report_iri(r1), b1.report_iri(other));
}

TEST(GraphBuilder, AssertionsLiveInTheReportGraphEntitiesInTheDefaultGraph) {
  auto res = test::resources();
  ASSERT_TRUE(res);
  auto report = seed_report("a.txt", "Russia rejected the proposal.\n");
  Graph g;
  GraphBuilder b(g, {"https://example.org/kg/"});
  b.add(report, extract::extract(report, *res));
  b.finish();
  std::string report_iri = b.report_iri(report);
  bool saw_assertion = false, saw_state = false;
  for (const auto& q : g.sorted_quads()) {
    const auto& o = g.term(q.o);
    if (o.value == std::string(ns::sg) + "Assertion") {
      saw_assertion = true;
      EXPECT_EQ(g.term(q.g).value, report_iri);
    }
    if (o.value == std::string(ns::sg) + "State") {
      saw_state = true;
      EXPECT_EQ(q.g, kDefaultGraph);
      EXPECT_EQ(g.term(q.s).value, "https://example.org/kg/state/RU");
    }
  }
  EXPECT_TRUE(saw_assertion);
  EXPECT_TRUE(saw_state);
}

}  // namespace
}  // namespace sg::graph
