// The Neo4j exports: Cypher string escaping, the property-graph mapping,
// the script's statements (checked against Neo4j's own parser end to end
// in tests/e2e/neo4j_cypher.mjs), and the neo4j-admin archive (read with
// Python's tarfile and csv in tests/e2e/neo4j_csv.py).
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <string>

#include "export/export.h"
#include "test_support.h"

namespace sg::exporter {
namespace {

using graph::Graph;

const std::string kSg(graph::ns::sg);
const std::string kId = "https://w3id.org/stancegraph/id/";

// What write_graph() writes; a failure fails the test unless `ok` asks for it.
std::string written(const Graph& g, Format format, bool* ok, std::string* error) {
  std::FILE* tmp = std::tmpfile();
  std::string why;
  bool good = write_graph(g, format, tmp, {}, why);
  if (ok) *ok = good;
  if (error) *error = why;
  EXPECT_TRUE(good || ok) << why;
  return test::drain(tmp);
}

std::string cypher(const Graph& g, bool* ok = nullptr, std::string* error = nullptr) {
  return written(g, Format::Cypher, ok, error);
}

std::string literal(std::string_view value) {
  std::string out;
  EXPECT_TRUE(cypher_string(value, out));
  return out;
}

TEST(CypherString, EscapesQuotesBackslashesControlsAndNonAscii) {
  EXPECT_EQ(literal("Russia"), "'Russia'");
  EXPECT_EQ(literal("O'Brien \"said\" a\\b"), "'O\\'Brien \"said\" a\\\\b'");
  EXPECT_EQ(literal("line\nbreak\r\ttab\b\f"), "'line\\nbreak\\r\\ttab\\b\\f'");
  EXPECT_EQ(literal(std::string("nul\0x\x01\x1F\x7F", 8)), "'nul\\u0000x\\u0001\\u001F\\u007F'");
  // Non-ASCII as \uXXXX; above U+FFFF as a UTF-16 surrogate pair.
  EXPECT_EQ(literal("Adr\xC3\xA9 \xE2\x80\x9C" "a\xE2\x80\x9D \xF0\x9F\x98\x80"),
            "'Adr\\u00E9 \\u201Ca\\u201D \\uD83D\\uDE00'");
  // A backslash before a 'u' in the text stays an escaped backslash, never a \u escape.
  EXPECT_EQ(literal("C:\\users"), "'C:\\\\users'");
}

TEST(CypherString, RefusesInvalidUtf8) {
  std::string out;
  EXPECT_FALSE(cypher_string("bad \xC3\x28 byte", out));
  out.clear();
  EXPECT_FALSE(cypher_string("\xED\xA0\x80", out));  // a surrogate in UTF-8
  out.clear();
  EXPECT_FALSE(cypher_string("\xC0\xAF", out));  // overlong
}

TEST(Cypher, EscapesAHostileLabelInTheScript) {
  Graph g;
  auto s = g.iri(kId + "person/o-brien");
  g.add(s, g.iri(std::string(graph::ns::rdf) + "type"), g.iri(kSg + "Person"));
  g.add(s, g.iri(std::string(graph::ns::rdfs) + "label"),
        g.lang_literal("O'Brien \"the\" \\u0027 back\\slash\nZ\xC3\xBC" "rich \xF0\x9F\x87\xB9\xF0\x9F\x87\xA9", "en"));
  std::string script = cypher(g);
  EXPECT_NE(script.find("{iri: 'https://w3id.org/stancegraph/id/person/o-brien', label: 'O\\'Brien \"the\" \\\\u0027 "
                        "back\\\\slash\\nZ\\u00FCrich \\uD83C\\uDDF9\\uD83C\\uDDE9'}"),
            std::string::npos)
      << script;
  EXPECT_NE(script.find("SET n = row, n:Actor:Person;"), std::string::npos) << script;
}

TEST(Cypher, RefusesInvalidUtf8) {
  Graph g;
  g.add(g.iri(kId + "state/XX"), g.iri(std::string(graph::ns::rdfs) + "label"), g.literal("bad \xFF byte"));
  bool ok = true;
  std::string error;
  cypher(g, &ok, &error);
  EXPECT_FALSE(ok);
  EXPECT_EQ(error.rfind("invalid UTF-8 in a literal", 0), 0u) << error;
}

// A small graph in the data model: a state, an armed force, an assertion
// in a report's graph, its evidence, and a stance summary.
Graph model() {
  Graph g;
  std::string rdf(graph::ns::rdf), rdfs(graph::ns::rdfs), skos(graph::ns::skos), prov(graph::ns::prov);
  auto type = g.iri(rdf + "type");
  auto label = g.iri(rdfs + "label");
  auto ru = g.iri(kId + "state/RU"), ua = g.iri(kId + "state/UA"), force = g.iri(kId + "org/ru-forces");
  auto report = g.iri(kId + "report/1"), a = g.iri(kId + "assertion/1"), e = g.iri(kId + "evidence/1-0");
  auto summary = g.iri(kId + "summary/1");
  g.add(ru, type, g.iri(kSg + "State"));
  g.add(ru, label, g.lang_literal("Russia", "en"));
  g.add(ru, g.iri(skos + "altLabel"), g.lang_literal("Russian Federation", "en"));
  g.add(ru, g.iri(kSg + "iso3166"), g.literal("RU"));
  g.add(ua, type, g.iri(kSg + "State"));
  g.add(ua, label, g.lang_literal("Ukraine", "en"));
  g.add(force, type, g.iri(kSg + "ArmedForce"));
  g.add(force, label, g.lang_literal("Russian forces", "en"));
  g.add(force, g.iri(kSg + "forceOf"), ru);
  g.add(report, type, g.iri(kSg + "Report"));
  g.add(report, g.iri(std::string(graph::ns::dcterms) + "date"), g.date({2025, 9, 4}));
  g.add(a, type, g.iri(kSg + "Assertion"), report);
  g.add(a, g.iri(kSg + "eventType"), g.iri(kSg + "ASSAULT"), report);
  g.add(a, g.iri(kSg + "actor"), force, report);
  g.add(a, g.iri(kSg + "target"), ua, report);
  g.add(a, g.iri(kSg + "date"), g.date({2025, 9, 3}), report);
  g.add(a, g.iri(kSg + "negated"), g.boolean(false), report);
  g.add(a, g.iri(kSg + "quantity"), g.integer(40), report);
  g.add(a, g.iri(prov + "wasDerivedFrom"), e, report);
  g.add(e, type, g.iri(kSg + "Evidence"), report);
  g.add(e, g.iri(kSg + "text"), g.lang_literal("Russian forces launched 40 drones at Ukraine.", "en"), report);
  g.add(e, g.iri(kSg + "citation"), g.integer(3), report);
  g.add(e, g.iri(kSg + "inReport"), report, report);
  g.add(summary, type, g.iri(kSg + "StanceSummary"));
  g.add(summary, g.iri(kSg + "actor"), force);
  g.add(summary, g.iri(kSg + "target"), ua);
  g.add(summary, g.iri(kSg + "eventType"), g.iri(kSg + "ASSAULT"));
  g.add(summary, g.iri(kSg + "negated"), g.boolean(false));
  g.add(summary, g.iri(kSg + "assertionCount"), g.integer(1));
  g.add(summary, g.iri(kSg + "firstDate"), g.date({2025, 9, 3}));
  g.add(summary, g.iri(kSg + "summarizes"), a);
  return g;
}

TEST(Cypher, MapsTheDataModelToLabelsPropertiesAndRelationships) {
  std::string script = cypher(model());
  auto has = [&](const std::string& text) { return script.find(text) != std::string::npos; };
  EXPECT_EQ(script.find("CREATE CONSTRAINT stancegraph_iri IF NOT EXISTS FOR (n:Resource) REQUIRE n.iri IS UNIQUE;"),
            script.find("CREATE CONSTRAINT"));
  EXPECT_TRUE(has("{iri: 'https://w3id.org/stancegraph/id/state/RU', altLabels: ['Russian Federation'], iso3166: 'RU', "
                  "label: 'Russia'}"))
      << script;
  EXPECT_TRUE(has("SET n = row, n:Actor:State;"));
  EXPECT_TRUE(has("SET n = row, n:Actor:ArmedForce:Organization;"));
  EXPECT_TRUE(has("{iri: 'https://w3id.org/stancegraph/id/assertion/1', date: date('2025-09-03'), eventType: "
                  "'ASSAULT', negated: false, quantity: 40}"))
      << script;
  EXPECT_TRUE(has("citations: [3], text: 'Russian forces launched 40 drones at Ukraine.'"));
  EXPECT_TRUE(has("{iri: 'https://w3id.org/stancegraph/id/report/1', date: date('2025-09-04')}"));
  EXPECT_TRUE(has("MERGE (a)-[:ACTOR]->(b);"));
  EXPECT_TRUE(has("MERGE (a)-[:DERIVED_FROM]->(b);"));
  EXPECT_TRUE(has("MERGE (a)-[:FORCE_OF]->(b);"));
  // The assertion is in the report's graph: IN_REPORT, beside the evidence's sg:inReport.
  EXPECT_TRUE(has("{s: 'https://w3id.org/stancegraph/id/assertion/1', o: 'https://w3id.org/stancegraph/id/report/1'},\n"
                  "{s: 'https://w3id.org/stancegraph/id/evidence/1-0', o: 'https://w3id.org/stancegraph/id/report/1'}\n"
                  "] AS row\nMATCH (a:Resource {iri: row.s})\nMATCH (b:Resource {iri: row.o})\n"
                  "MERGE (a)-[:IN_REPORT]->(b);"))
      << script;
  // The summary is no node, but a weighted relationship between the actor and the target.
  EXPECT_FALSE(has("n:StanceSummary"));
  EXPECT_TRUE(has("{s: 'https://w3id.org/stancegraph/id/org/ru-forces', o: 'https://w3id.org/stancegraph/id/state/UA', "
                  "p: {iri: 'https://w3id.org/stancegraph/id/summary/1', assertions: "
                  "['https://w3id.org/stancegraph/id/assertion/1'], count: 1, eventType: 'ASSAULT', firstDate: "
                  "date('2025-09-03'), negated: false}}"))
      << script;
  EXPECT_TRUE(has("MERGE (a)-[r:STANCE {iri: row.p.iri}]->(b)\nSET r = row.p;"));
  // STANCE comes last, after every node and plain relationship.
  EXPECT_GT(script.find("STANCE"), script.rfind("MERGE (a)-[:"));
}

TEST(Cypher, SameGraphSameBytesWhateverTheInsertionOrder) {
  Graph a = model();
  Graph b;
  b.merge(a);  // re-interned: other term ids, the same graph
  Graph c;
  c.add(c.iri("https://ex.org/zzz"), c.iri("https://ex.org/p"), c.literal("first"));
  c.merge(a);
  std::string expected = cypher(a);
  EXPECT_EQ(cypher(b), expected);
  EXPECT_NE(cypher(c), expected);
  EXPECT_EQ(cypher(a), expected);
}

TEST(Cypher, KeepsAUsersOwnPredicatesUnderTheirLocalNames) {
  Graph g = model();
  auto ru = g.iri(kId + "state/RU"), ua = g.iri(kId + "state/UA");
  g.add(ru, g.iri("https://example.org/vocab#population"), g.integer(143000000));
  g.add(ru, g.iri("https://example.org/vocab#note"), g.literal("b"));
  g.add(ru, g.iri("https://example.org/vocab#note"), g.literal("a"));
  g.add(ru, g.iri("https://example.org/vocab#label"), g.literal("clashes with rdfs:label"));
  g.add(ru, g.iri("https://example.org/vocab#bordersWith"), ua);
  g.add(ru, g.iri("https://example.org/vocab#score"), g.literal("1.5", std::string(graph::ns::xsd) + "decimal"));
  g.add(ru, g.iri("https://example.org/vocab#when"), g.literal("2025-02-30", std::string(graph::ns::xsd) + "date"));
  std::string script = cypher(g);
  auto has = [&](const std::string& text) { return script.find(text) != std::string::npos; };
  EXPECT_TRUE(has("label: 'Russia', label_2: 'clashes with rdfs:label', note: ['a', 'b'], population: 143000000, "
                  "score: 1.5, when: '2025-02-30'}"))
      << script;
  EXPECT_TRUE(has("MERGE (a)-[:BORDERS_WITH]->(b);"));
}

// The members of a ustar archive, by name; checks each header's checksum.
std::map<std::string, std::string> untar(const std::string& tar) {
  std::map<std::string, std::string> members;
  for (std::size_t at = 0; at + 512 <= tar.size();) {
    std::string_view h(tar.data() + at, 512);
    if (h.find_first_not_of('\0') == std::string_view::npos) break;  // the end blocks
    unsigned sum = 0;
    for (std::size_t i = 0; i < 512; ++i) sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(h[i]);
    EXPECT_EQ(std::stoul(std::string(h.substr(148, 6)), nullptr, 8), sum);
    EXPECT_EQ(h.substr(257, 6), std::string_view("ustar\0", 6));
    std::size_t size = std::stoul(std::string(h.substr(124, 11)), nullptr, 8);
    std::string name(h.substr(0, 100).data());
    members[name] = tar.substr(at + 512, size);
    at += 512 + (size + 511) / 512 * 512;
  }
  return members;
}

std::string neo4j_csv(const Graph& g, bool* ok = nullptr, std::string* error = nullptr) {
  return written(g, Format::Neo4jCsv, ok, error);
}

TEST(Neo4jCsv, ATarOfCsvFilesForNeo4jAdmin) {
  Graph g = model();
  g.add(g.iri(kId + "state/UA"), g.iri(std::string(graph::ns::skos) + "altLabel"),
        g.lang_literal("the \"Ukraine\"\nof old", "en"));
  std::string tar = neo4j_csv(g);
  EXPECT_EQ(tar.size() % 512, 0u);
  auto members = untar(tar);
  ASSERT_EQ(members.size(), 4u);
  const std::string& nodes = members["neo4j-import/nodes.csv"];
  EXPECT_EQ(nodes.substr(0, nodes.find('\n')),
            "iri:ID,:LABEL,altLabels:string[],citations:long[],date:date,eventType,iso3166,label,negated:boolean,"
            "quantity:long,text");
  EXPECT_NE(nodes.find("\"https://w3id.org/stancegraph/id/state/UA\",\"Resource\x1F" "Actor\x1FState\","
                       "\"the \"\"Ukraine\"\"\nof old\",,,,,\"Ukraine\",,,\n"),
            std::string::npos)
      << nodes;
  EXPECT_NE(nodes.find(",2025-09-03,\"ASSAULT\",,,false,40,\n"), std::string::npos) << nodes;
  const std::string& rels = members["neo4j-import/relationships.csv"];
  EXPECT_EQ(rels.substr(0, rels.find('\n')),
            ":START_ID,:END_ID,:TYPE,assertions:string[],count:long,eventType,firstDate:date,iri,negated:boolean");
  EXPECT_NE(rels.find("\"https://w3id.org/stancegraph/id/org/ru-forces\",\"https://w3id.org/stancegraph/id/state/UA\","
                      "STANCE,\"https://w3id.org/stancegraph/id/assertion/1\",1,\"ASSAULT\",2025-09-03,"
                      "\"https://w3id.org/stancegraph/id/summary/1\",false\n"),
            std::string::npos)
      << rels;
  EXPECT_NE(rels.find(",ACTOR,,,,,,\n"), std::string::npos);
  // A line break inside a value: the import needs --multiline-fields.
  EXPECT_NE(members["neo4j-import/import.sh"].find(
                "database import full \"$db\" \\\n  --nodes=nodes.csv --relationships=relationships.csv "
                "--array-delimiter=U+001F --multiline-fields=true \"$@\""),
            std::string::npos)
      << members["neo4j-import/import.sh"];
  EXPECT_EQ(neo4j_csv(g), tar);
  EXPECT_EQ(neo4j_csv(model()).find("--multiline-fields"), std::string::npos);
}

TEST(Neo4jCsv, RefusesTheArrayDelimiterInsideAList) {
  Graph g = model();
  g.add(g.iri(kId + "state/UA"), g.iri(std::string(graph::ns::skos) + "altLabel"), g.lang_literal("a\x1F" "b", "en"));
  bool ok = true;
  std::string error;
  neo4j_csv(g, &ok, &error);
  EXPECT_FALSE(ok);
  EXPECT_EQ(error, "a list value holds U+001F, the array delimiter: a\x1F" "b");
}

TEST(Formats, CypherByNameAndExtension) {
  EXPECT_EQ(parse_format("cypher"), Format::Cypher);
  EXPECT_EQ(extension(Format::Cypher), "cypher");
  EXPECT_EQ(format_name(Format::Cypher), "cypher");
  EXPECT_EQ(parse_format("neo4j-csv"), Format::Neo4jCsv);
  EXPECT_EQ(parse_format("tar"), Format::Neo4jCsv);
}

}  // namespace
}  // namespace sg::exporter
