// What the build does to touch less memory must not change what it builds:
// a graph given its room ahead (Graph::reserve()) holds the same terms, ids
// and quads as one grown as it went, and goes on growing past that room.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "graph/graph.h"

namespace sg::graph {
namespace {

// A small graph of its own kind: a report with statements, repeated terms
// among them (a predicate, a literal), and one quad added twice.
void fill(Graph& g, int statements) {
  const TermId report = g.iri("https://example.org/id/report/1");
  const TermId said = g.iri("https://example.org/ontology#said");
  for (int i = 0; i < statements; ++i) {
    const TermId who = g.iri("https://example.org/id/person/" + std::to_string(i % 7));
    g.add(who, said, g.lang_literal("statement " + std::to_string(i), "en"), report);
    g.add(who, said, g.integer(i % 3), report);
  }
  g.add(report, said, g.literal("once"));
  g.add(report, said, g.literal("once"));
}

std::vector<Quad> added(const Graph& g) {
  std::vector<Quad> out;
  g.for_each_added([&](const Quad& q) { out.push_back(q); });
  return out;
}

// The same terms under the same ids, the same quads in the order added,
// and the same graph written (sorted, each quad once).
void expect_same(const Graph& a, const Graph& b) {
  ASSERT_EQ(a.term_count(), b.term_count());
  for (TermId id = 0; id < a.term_count(); ++id) EXPECT_EQ(a.term(id), b.term(id)) << id;
  EXPECT_EQ(added(a), added(b));
  EXPECT_EQ(a.sorted_quads(), b.sorted_quads());
  EXPECT_EQ(a.sorted_triples(), b.sorted_triples());
}

TEST(Memory, AGraphGivenItsRoomAheadHoldsWhatAGrownOneHolds) {
  Graph grown, reserved;
  reserved.reserve(1000, 100);
  fill(grown, 40);
  fill(reserved, 40);
  expect_same(reserved, grown);
  // 40 statements, 21 of the 40 (person, number) pairs (7 people, 3
  // numbers), and the quad added twice once.
  EXPECT_EQ(reserved.size(), 40u + 21u + 1u);
}

// Room is a hint, not a bound: a graph that outgrows it (a corpus denser
// than CorpusBuild reckoned) goes on as one never reserved.
TEST(Memory, AGraphOutgrowsItsRoom) {
  Graph grown, reserved;
  reserved.reserve(8, 2);
  fill(grown, 300);
  fill(reserved, 300);
  expect_same(reserved, grown);
}

// Room asked for a graph that already holds quads comes on top of them,
// and leaves what it holds as it was.
TEST(Memory, RoomTakenLaterKeepsWhatTheGraphHolds) {
  Graph g, same;
  fill(g, 20);
  fill(same, 20);
  g.reserve(500, 50);
  EXPECT_EQ(added(g), added(same));
  const TermId extra = g.iri("https://example.org/id/person/extra");
  EXPECT_EQ(extra, same.iri("https://example.org/id/person/extra"));
  g.add(extra, extra, extra);
  same.add(extra, extra, extra);
  expect_same(g, same);
}

}  // namespace
}  // namespace sg::graph
