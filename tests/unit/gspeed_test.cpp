// The lookups the graph stage makes faster must find what they found
// before: the term table, whose slots hold part of each term's hash and
// whose absorb() fetches slots and terms ahead, and the builder's table of
// entities by key, which merge_entities() fetches a report at a time.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/graph.h"

namespace sg::graph {
namespace {

// Terms that share their text and differ in kind, datatype or language
// only, and terms that share long prefixes: none may be taken for another.
void add_terms(Graph& g, int from, int to) {
  const std::string dt = std::string(ns::xsd) + "integer";
  const std::string other_dt = "https://example.org/ontology#code";
  const TermId p = g.iri("https://example.org/ontology#p");
  for (int i = from; i < to; ++i) {
    const std::string v = "https://example.org/id/assertion/" + std::to_string(i);
    const TermId s = g.iri(v);
    g.add(s, p, g.blank(v));
    g.add(s, p, g.literal(v));
    g.add(s, p, g.literal(v, dt));
    g.add(s, p, g.literal(v, other_dt));
    g.add(s, p, g.lang_literal(v, "en"));
    g.add(s, p, g.lang_literal(v, "fr"), s);
  }
}

// Every term of `g` is found again under its own id.
void expect_found(const Graph& g) {
  for (TermId id = 1; id < g.term_count(); ++id) EXPECT_EQ(g.find(g.term(id)), id) << g.term(id).value;
}

TEST(Gspeed, AbsorbingALargeGraphFindsEveryTermItsOwnKindDatatypeAndLanguage) {
  // `into` holds the first half; `other` overlaps it by a quarter and
  // brings as many terms again, so the table grows while terms are
  // absorbed (its slots fetched ahead under the old size).
  Graph into, other, merged;
  add_terms(into, 0, 2000);
  add_terms(other, 1500, 4000);
  add_terms(merged, 0, 2000);
  const std::size_t terms_before = into.term_count();
  merged.merge(other);
  std::vector<TermId> map = into.absorb(std::move(other));
  // The same terms under the same ids as merge() gives, and the same quads.
  ASSERT_EQ(into.term_count(), merged.term_count());
  for (TermId id = 0; id < into.term_count(); ++id) EXPECT_EQ(into.term(id), merged.term(id)) << id;
  EXPECT_EQ(into.sorted_quads(), merged.sorted_quads());
  expect_found(into);
  // Seven terms a number (an IRI, a blank node, five literals of one
  // text: plain, of two datatypes, of two languages), one predicate, the
  // default graph.
  EXPECT_EQ(into.term_count(), 1u + 1u + 7u * 4000u);
  EXPECT_GT(into.term_count(), terms_before);
  // The terms of the other graph map to terms of the same text and kind,
  // datatype and language.
  const std::string v = "https://example.org/id/assertion/1700";
  const auto lang = into.find(Term{Term::Kind::Literal, v, "", "fr"});
  const auto plain = into.find(Term{Term::Kind::Literal, v, "", ""});
  const auto typed = into.find(Term{Term::Kind::Literal, v, std::string(ns::xsd) + "integer", ""});
  const auto blank = into.find(Term{Term::Kind::Blank, v, "", ""});
  ASSERT_TRUE(lang && plain && typed && blank);
  EXPECT_EQ(std::set<TermId>({*lang, *plain, *typed, *blank}).size(), 4u);
  EXPECT_EQ(into.term(*lang).language, "fr");
  EXPECT_EQ(into.term(*typed).datatype, std::string(ns::xsd) + "integer");
  std::set<TermId> mapped(map.begin() + 1, map.end());
  EXPECT_TRUE(mapped.count(*lang) && mapped.count(*plain) && mapped.count(*typed) && mapped.count(*blank));
  // A term never interned is not found, though its text is there.
  EXPECT_FALSE(into.find(Term{Term::Kind::Literal, v, "", "de"}));
  EXPECT_FALSE(into.find(Term{Term::Kind::Iri, v + "/x", "", ""}));
}

// A report of `n` organisations from number `from` on, each labelled
// "<prefix> <number>", as GraphBuilder::add() gets it from stage().
StagedReport organisations(int from, int n, const std::string& prefix, const std::string& when) {
  StagedReport r;
  for (int i = from; i < from + n; ++i) {
    extract::Entity e;
    e.key = "org/body-" + std::to_string(i);
    e.type = extract::EntityType::Organization;
    e.label = prefix + " " + std::to_string(i);
    r.entities.push_back(std::move(e));
  }
  r.when = when;
  return r;
}

TEST(Gspeed, EntitiesMergeByKeyAcrossReportsAsTheirTableGrows) {
  // 1,500 organisations, named in overlapping reports: the entity table
  // (1,024 slots to start, at most half full) grows twice, once in the
  // middle of a report.
  Graph g;
  GraphBuilder b(g, {});
  b.add(organisations(0, 700, "Alpha", "2024-01-02 a"));
  b.add(organisations(500, 700, "Beta", "2024-01-01 b"));
  b.add(organisations(1100, 400, "Alpha", "2024-01-03 c"));
  b.add(organisations(0, 10, "Alpha", "2024-01-04 d"));  // nothing new
  b.finish();
  const std::string base(ns::default_base), label = std::string(ns::rdfs) + "label",
                    alt = std::string(ns::skos) + "altLabel", type = std::string(ns::rdf) + "type";
  std::map<std::string, std::vector<std::string>> labels, alts;
  std::map<std::string, int> types;
  g.for_each([&](const Quad& q) {
    const std::string& s = g.term(q.s).value;
    if (!s.starts_with(base + "org/")) return;
    const std::string& p = g.term(q.p).value;
    if (p == label) labels[s].push_back(g.term(q.o).value);
    if (p == alt) alts[s].push_back(g.term(q.o).value);
    if (p == type) ++types[s];
  });
  EXPECT_EQ(labels.size(), 1500u);
  for (const auto& [iri, l] : labels) EXPECT_EQ(l.size(), 1u) << iri;  // one node a key
  for (const auto& [iri, n] : types) EXPECT_EQ(n, 1) << iri;
  // Named in one report: its name. In two: the smaller name, the other an altLabel.
  EXPECT_EQ(labels[base + "org/body-10"], std::vector<std::string>{"Alpha 10"});
  EXPECT_EQ(alts.count(base + "org/body-10"), 0u);
  EXPECT_EQ(labels[base + "org/body-600"], std::vector<std::string>{"Alpha 600"});
  EXPECT_EQ(alts[base + "org/body-600"], std::vector<std::string>{"Beta 600"});
  EXPECT_EQ(labels[base + "org/body-1150"], std::vector<std::string>{"Alpha 1150"});
  EXPECT_EQ(alts[base + "org/body-1150"], std::vector<std::string>{"Beta 1150"});
  EXPECT_EQ(labels[base + "org/body-1300"], std::vector<std::string>{"Alpha 1300"});
  EXPECT_EQ(alts.size(), 300u);  // 500-699 and 1100-1199 named twice, under two names
}

}  // namespace
}  // namespace sg::graph
