// Reading graphs to merge: JSON-LD expansion of the forms our writer and
// common tools use, Raptor's parsers, and the errors a user sees.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "export/export.h"

namespace sg::exporter {
namespace {

namespace fs = std::filesystem;

std::set<std::string> nquads(const graph::Graph& g) {
  std::set<std::string> out;
  auto show = [&](graph::TermId id) {
    const auto& t = g.term(id);
    switch (t.kind) {
      case graph::Term::Kind::Iri: return "<" + t.value + ">";
      case graph::Term::Kind::Blank: return std::string("_:b");
      case graph::Term::Kind::Literal:
        if (!t.language.empty()) return "\"" + t.value + "\"@" + t.language;
        if (!t.datatype.empty()) return "\"" + t.value + "\"^^<" + t.datatype + ">";
        return "\"" + t.value + "\"";
    }
    return std::string();
  };
  for (const auto& q : g.sorted_quads())
    out.insert(show(q.s) + " " + show(q.p) + " " + show(q.o) + (q.g ? " " + show(q.g) : ""));
  return out;
}

TEST(ReadGraph, JsonLdContextTermsCoercionValuesAndNamedGraphs) {
  const std::string doc = R"({
    "@context": {"ex": "https://ex.org/", "name": {"@id": "ex:name", "@language": "en"},
                 "knows": {"@id": "ex:knows", "@type": "@id"}, "born": {"@id": "ex:born", "@type": "ex:date"},
                 "Person": "ex:Person"},
    "@graph": [
      {"@id": "ex:a", "@type": "Person", "name": "Ann", "knows": ["ex:b", "_:x"], "born": "1990-01-02",
       "ex:count": 3, "ex:ratio": 1.5, "ex:ok": true, "ex:plain": {"@value": "v"},
       "ex:fr": {"@value": "bonjour", "@language": "FR"}},
      {"@id": "ex:g1", "@graph": [{"@id": "ex:b", "ex:in": {"@id": "ex:a"}}]}
    ]})";
  graph::Graph g;
  std::vector<extract::Diagnostic> d;
  ASSERT_TRUE(read_jsonld("t.jsonld", doc, g, d)) << (d.empty() ? "" : d[0].to_string());
  std::set<std::string> want{
      "<https://ex.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://ex.org/Person>",
      "<https://ex.org/a> <https://ex.org/name> \"Ann\"@en",
      "<https://ex.org/a> <https://ex.org/knows> <https://ex.org/b>",
      "<https://ex.org/a> <https://ex.org/knows> _:b",
      "<https://ex.org/a> <https://ex.org/born> \"1990-01-02\"^^<https://ex.org/date>",
      "<https://ex.org/a> <https://ex.org/count> \"3\"^^<http://www.w3.org/2001/XMLSchema#integer>",
      "<https://ex.org/a> <https://ex.org/ratio> \"1.5E0\"^^<http://www.w3.org/2001/XMLSchema#double>",
      "<https://ex.org/a> <https://ex.org/ok> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>",
      "<https://ex.org/a> <https://ex.org/plain> \"v\"",
      "<https://ex.org/a> <https://ex.org/fr> \"bonjour\"@fr",
      "<https://ex.org/b> <https://ex.org/in> <https://ex.org/a> <https://ex.org/g1>",
  };
  EXPECT_EQ(nquads(g), want);
}

TEST(ReadGraph, JsonLdRefusesWhatItWouldLose) {
  for (const char* doc : {R"({"@context": "https://ex.org/ctx.jsonld", "@id": "https://ex.org/a"})",
                          R"({"@id": "https://ex.org/a", "undefined": 1})",
                          R"({"@id": "relative", "https://ex.org/p": 1})",
                          R"({"@id": "https://ex.org/a", "https://ex.org/p": {"@list": [1, 2]}})"}) {
    graph::Graph g;
    std::vector<extract::Diagnostic> d;
    EXPECT_FALSE(read_jsonld("t.jsonld", doc, g, d)) << doc;
    ASSERT_FALSE(d.empty()) << doc;
    EXPECT_EQ(d[0].file, "t.jsonld");
  }
  graph::Graph g;
  std::vector<extract::Diagnostic> d;
  EXPECT_FALSE(read_jsonld("t.jsonld", "{\n\"@id\": \n}", g, d));
  ASSERT_FALSE(d.empty());
  EXPECT_EQ(d[0].line, 3);
}

TEST(ReadGraph, RaptorFormatsByExtensionWithLinesOnErrors) {
  fs::path dir = fs::temp_directory_path() / ("sg-read-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "ok.ttl") << "@prefix ex: <https://ex.org/> .\nex:a ex:p \"x\"@EN ; ex:q [ ex:r 1 ] .\n";
  std::ofstream(dir / "bad.ttl") << "@prefix ex: <https://ex.org/> .\nex:a ex:p \"x\" .\nex:b ex:p < .\n";
  std::ofstream(dir / "cut.nq") << "<https://ex.org/a> <https://ex.org/p> \"x\" <https://ex.org/g> .\n<https://ex.org/b> <https://ex.org/p> ";
  std::ofstream(dir / "ok.nq") << "<https://ex.org/a> <https://ex.org/p> \"x\" <https://ex.org/g> . # note\n";
  graph::Graph g;
  std::vector<extract::Diagnostic> d;
  ASSERT_TRUE(read_graph((dir / "ok.ttl").string(), g, d));
  auto q = nquads(g);
  EXPECT_TRUE(q.count("<https://ex.org/a> <https://ex.org/p> \"x\"@en"));  // tags lower-cased
  EXPECT_EQ(g.size(), 3u);
  ASSERT_TRUE(read_graph((dir / "ok.nq").string(), g, d));
  EXPECT_TRUE(nquads(g).count("<https://ex.org/a> <https://ex.org/p> \"x\" <https://ex.org/g>"));
  graph::Graph bad;
  EXPECT_FALSE(read_graph((dir / "bad.ttl").string(), bad, d));
  ASSERT_FALSE(d.empty());
  EXPECT_EQ(d.back().line, 3);
  d.clear();
  EXPECT_FALSE(read_graph((dir / "cut.nq").string(), bad, d));
  ASSERT_FALSE(d.empty());
  EXPECT_EQ(d.back().line, 2);
  d.clear();
  EXPECT_FALSE(read_graph((dir / "missing.nq").string(), bad, d));
  EXPECT_FALSE(read_graph(dir.string(), bad, d));  // a directory
  fs::remove_all(dir);
}

}  // namespace
}  // namespace sg::exporter

namespace sg::exporter {
namespace {

// Literals with quotes, backslashes, line ends, tabs, non-BMP characters,
// and IRIs minted from awkward keys, written in every format and read back
// (Raptor for the RDF formats, ours for JSON-LD): the same quads.
TEST(ReadGraph, EveryFormatRoundTripsAwkwardTextExactly) {
  graph::Graph g;
  const std::string text = "say \"no\" \\ back\\slash\nnew line\r\ttab 🇹🇩 𝄞 Ünïcödé ‘quotes’ </x> & é";
  auto s = g.iri(graph::mint_iri("https://w3id.org/stancegraph/id/", "place/kürt <a> \"b\" {c}"));
  auto p = g.iri("https://w3id.org/stancegraph/ontology#text");
  g.add(s, p, g.lang_literal(text, "en"));
  g.add(s, p, g.literal(text));
  g.add(s, g.iri("https://w3id.org/stancegraph/ontology#source"),
        g.iri(graph::safe_iri("http://例え.jp/パス?a={b}|c^d`e\\f")));
  g.add(s, g.iri("https://w3id.org/stancegraph/ontology#count"), g.integer(-42));
  auto report = g.iri("https://w3id.org/stancegraph/id/report/1");
  g.add(s, p, g.literal("in a named graph"), report);
  std::string context;
  {
    std::ifstream in(std::string(SG_SOURCE_DIR) + "/ontologies/context.jsonld");
    std::stringstream ss;
    ss << in.rdbuf();
    context = ss.str();
  }
  fs::path dir = fs::temp_directory_path() / ("sg-roundtrip-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  for (Format f : {Format::Turtle, Format::NTriples, Format::NQuads, Format::RdfXml, Format::JsonLd}) {
    fs::path file = dir / ("g." + std::string(extension(f)));
    std::FILE* out = std::fopen(file.c_str(), "wb");
    ASSERT_TRUE(out);
    WriteOptions options;
    options.jsonld_context = context;
    std::string error;
    ASSERT_TRUE(write_graph(g, f, out, options, error)) << format_name(f) << ": " << error;
    std::fclose(out);
    graph::Graph back;
    std::vector<extract::Diagnostic> d;
    ASSERT_TRUE(read_graph(file.string(), back, d)) << format_name(f) << ": " << (d.empty() ? "" : d[0].to_string());
    auto want = nquads(g);
    if (f != Format::NQuads && f != Format::JsonLd) {  // formats without named graphs keep the triple
      want.clear();
      for (const auto& q : g.sorted_quads()) {
        graph::Graph one;
        one.add(one.intern(g.term(q.s)), one.intern(g.term(q.p)), one.intern(g.term(q.o)));
        for (const auto& x : nquads(one)) want.insert(x);
      }
    }
    auto got = nquads(back);
    std::string missing, extra;
    for (const auto& x : want)
      if (!got.count(x)) missing += "\n  - " + x;
    for (const auto& x : got)
      if (!want.count(x)) extra += "\n  + " + x;
    EXPECT_TRUE(missing.empty() && extra.empty()) << format_name(f) << missing << extra;
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace sg::exporter
