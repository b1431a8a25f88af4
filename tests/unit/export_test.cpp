#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "export/export.h"
#include "test_support.h"

namespace sg::exporter {
namespace {

using graph::Graph;

std::string context() {
  std::ifstream in(test::source_dir() + "/ontologies/context.jsonld");
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string write(const Graph& g, Format f, bool* ok = nullptr) {
  std::FILE* tmp = std::tmpfile();
  std::string error;
  WriteOptions options;
  options.jsonld_context = context();
  bool good = write_graph(g, f, tmp, options, error);
  if (ok) *ok = good;
  EXPECT_TRUE(good || ok) << error;
  return test::read_back(tmp);
}

Graph sample() {
  Graph g;
  std::string sg(graph::ns::sg);
  auto a = g.iri("https://w3id.org/stancegraph/id/assertion/1");
  auto r = g.iri("https://w3id.org/stancegraph/id/report/1");
  g.add(a, g.iri(std::string(graph::ns::rdf) + "type"), g.iri(sg + "Assertion"), r);
  g.add(a, g.iri(sg + "negated"), g.boolean(false), r);
  g.add(a, g.iri(sg + "quantity"), g.integer(26), r);
  g.add(a, g.iri(sg + "date"), g.date({2025, 9, 4}), r);
  g.add(a, g.iri(sg + "eventType"), g.iri(sg + "REJECT"), r);
  g.add(a, g.iri(sg + "topic"), g.lang_literal("a \"quoted\" \\ line\nbreak \xF0\x9F\x98\x80", "en"), r);
  g.add(a, g.iri(sg + "rule"), g.literal("reject.verb"), r);
  auto s = g.iri("https://w3id.org/stancegraph/id/state/RU");
  g.add(s, g.iri(std::string(graph::ns::rdfs) + "label"), g.lang_literal("Russia", "en"));
  g.add(s, g.iri(sg + "iso3166"), g.literal("RU"));
  g.add(s, g.iri("https://example.org/userProperty"), g.literal("1.5", std::string(graph::ns::xsd) + "decimal"));
  return g;
}

TEST(JsonLd, CompactsWithTheShippedContext) {
  auto doc = nlohmann::json::parse(write(sample(), Format::JsonLd));
  ASSERT_TRUE(doc.contains("@context"));
  const auto& graph = doc["@graph"];
  ASSERT_EQ(graph.size(), 2u);
  // The default graph's node first, then the report's named graph.
  EXPECT_EQ(graph[0]["@id"], "https://w3id.org/stancegraph/id/state/RU");
  EXPECT_EQ(graph[0]["label"], "Russia");
  EXPECT_EQ(graph[0]["iso3166"], "RU");
  // An IRI the context does not know stays a full IRI with an expanded value.
  EXPECT_EQ(graph[0]["https://example.org/userProperty"]["@value"], "1.5");
  EXPECT_EQ(graph[0]["https://example.org/userProperty"]["@type"], "xsd:decimal");
  const auto& named = graph[1];
  EXPECT_EQ(named["@id"], "https://w3id.org/stancegraph/id/report/1");
  const auto& a = named["@graph"][0];
  EXPECT_EQ(a["@type"], "Assertion");
  EXPECT_EQ(a["negated"], false);
  EXPECT_EQ(a["quantity"], 26);
  EXPECT_EQ(a["date"], "2025-09-04");
  EXPECT_EQ(a["eventType"], "sg:REJECT");
  EXPECT_EQ(a["topic"], "a \"quoted\" \\ line\nbreak \xF0\x9F\x98\x80");
}

TEST(Raptor, WritesEveryFormatWithoutBaseOrRelativeIris) {
  Graph g = sample();
  for (Format f : {Format::Turtle, Format::NTriples, Format::NQuads, Format::RdfXml}) {
    std::string out = write(g, f);
    EXPECT_EQ(out.find("@base"), std::string::npos) << format_name(f);
    EXPECT_EQ(out.find("xml:base"), std::string::npos) << format_name(f);
    EXPECT_NE(out.find("https://w3id.org/stancegraph/id/state/RU"), std::string::npos) << format_name(f);
  }
  std::string nq = write(g, Format::NQuads);
  EXPECT_NE(nq.find("<https://w3id.org/stancegraph/id/report/1> .\n"), std::string::npos);
  std::string nt = write(g, Format::NTriples);
  EXPECT_EQ(nt.find("report/1> ."), std::string::npos);  // no graph term in N-Triples
  EXPECT_EQ(nt.find("\\'"), std::string::npos);          // rapper 2.0.15 rejects \'
}

TEST(LineWriter, CanonicalNQuads) {
  Graph g;
  auto s = g.iri("https://ex.org/a b<c>");  // only from a merged graph: escaped, still one line
  auto p = g.iri("https://ex.org/p");
  g.add(s, p, g.lang_literal("say \"no\" \\ now\nthen\r\t\x01\x7F \xC3\xA9 \xF0\x9F\x98\x80", "en"),
        g.iri("https://ex.org/g"));
  g.add(s, p, g.literal("2025-09-04", std::string(graph::ns::xsd) + "date"));
  g.add(g.blank("m12x-a.b"), p, g.blank("plain"));
  std::string nq = write(g, Format::NQuads);
  EXPECT_EQ(nq,
            "<https://ex.org/a\\u0020b\\u003Cc\\u003E> <https://ex.org/p> "
            "\"2025-09-04\"^^<http://www.w3.org/2001/XMLSchema#date> .\n"
            "_:m12x-az2Eb <https://ex.org/p> _:plain .\n"
            "<https://ex.org/a\\u0020b\\u003Cc\\u003E> <https://ex.org/p> "
            "\"say \\\"no\\\" \\\\ now\\nthen\\r\\u0009\\u0001\\u007F \xC3\xA9 \xF0\x9F\x98\x80\"@en <https://ex.org/g> .\n");
  std::string nt = write(g, Format::NTriples);
  EXPECT_EQ(nt.find("<https://ex.org/g>"), std::string::npos);
}

TEST(LineWriter, RefusesInvalidUtf8) {
  Graph g;
  g.add(g.iri("https://ex.org/a"), g.iri("https://ex.org/p"), g.literal("bad \xC3\x28 byte"));
  bool ok = true;
  write(g, Format::NQuads, &ok);
  EXPECT_FALSE(ok);
  Graph surrogate;
  surrogate.add(surrogate.iri("https://ex.org/a"), surrogate.iri("https://ex.org/p"), surrogate.literal("\xED\xA0\x80"));
  write(surrogate, Format::NTriples, &ok);
  EXPECT_FALSE(ok);
}

TEST(Formats, NamesAndExtensions) {
  EXPECT_EQ(parse_format("turtle"), Format::Turtle);
  EXPECT_EQ(parse_format("ttl"), Format::Turtle);
  EXPECT_EQ(parse_format("nq"), Format::NQuads);
  EXPECT_FALSE(parse_format("trig"));
  EXPECT_EQ(extension(Format::JsonLd), "jsonld");
}

TEST(OutputFile, AppearsOnlyOnCommit) {
  std::string path = ::testing::TempDir() + "sg-output-test.ttl";
  std::remove(path.c_str());
  std::ofstream(path) << "previous graph";
  {
    OutputFile out(path);
    std::string error;
    ASSERT_TRUE(out.open(error));
    std::fputs("half a graph", out.stream());
    // no commit: the previous file must survive
  }
  std::ifstream in(path);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(content, "previous graph");
  {
    OutputFile out(path);
    std::string error;
    ASSERT_TRUE(out.open(error));
    std::fputs("new graph", out.stream());
    ASSERT_TRUE(out.commit(error)) << error;
  }
  std::ifstream again(path);
  std::string replaced((std::istreambuf_iterator<char>(again)), std::istreambuf_iterator<char>());
  EXPECT_EQ(replaced, "new graph");
  std::remove(path.c_str());
}

}  // namespace
}  // namespace sg::exporter
