#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

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
  return test::drain(tmp);
}

// The text of `g` written on `jobs` threads; empty, with `error`, when it
// cannot be written.
std::string write_on(const Graph& g, Format f, unsigned jobs, std::string& error) {
  std::FILE* tmp = std::tmpfile();
  WriteOptions options;
  options.jobs = jobs;
  error.clear();
  bool ok = write_graph(g, f, tmp, options, error);
  std::string text = test::drain(tmp);
  return ok ? text : std::string();
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

// Literals whose datatypes alternate come out each with its own datatype,
// and one whose datatype cannot be written after ones that can is an error.
TEST(LineWriter, EachLiteralWithItsOwnDatatype) {
  Graph g;
  const std::string xsd(graph::ns::xsd);
  auto s = g.iri("https://ex.org/a");
  auto p = g.iri("https://ex.org/p");
  g.add(s, p, g.literal("1", xsd + "integer"));
  g.add(s, p, g.literal("2", xsd + "date"));
  g.add(s, p, g.literal("3", xsd + "integer"));
  g.add(s, p, g.literal("4", xsd + "int"));
  EXPECT_EQ(write(g, Format::NTriples),
            "<https://ex.org/a> <https://ex.org/p> \"1\"^^<" + xsd + "integer> .\n"
            "<https://ex.org/a> <https://ex.org/p> \"2\"^^<" + xsd + "date> .\n"
            "<https://ex.org/a> <https://ex.org/p> \"3\"^^<" + xsd + "integer> .\n"
            "<https://ex.org/a> <https://ex.org/p> \"4\"^^<" + xsd + "int> .\n");
  g.add(s, p, g.literal("5", "https://ex.org/bad\xC3\x28"));
  bool ok = true;
  write(g, Format::NTriples, &ok);
  EXPECT_FALSE(ok);
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

// The lines are written from the terms' written forms, made once, and
// with -j in blocks on several threads: the same bytes as one thread, and
// the same message for the same bad term, which only a quad that holds it
// brings up.
TEST(LineWriter, ThreadsWriteTheSameLinesAndTheSameError) {
  auto lines = write_on;
  Graph g;
  std::vector<graph::TermId> objects;
  for (int i = 0; i < 300; ++i)
    objects.push_back(i % 3 == 0   ? g.lang_literal("line " + std::to_string(i) + "\n\"\xC3\xA9\"", "en")
                      : i % 3 == 1 ? g.integer(i)
                                   : g.iri("https://ex.org/o/" + std::to_string(i)));
  std::vector<graph::TermId> predicates = {g.iri("https://ex.org/p"), g.iri("https://ex.org/q")};
  for (int i = 0; i < 60000; ++i) {  // past three blocks of lines
    auto s = g.iri("https://ex.org/s/" + std::to_string(i / 7));
    g.add(s, predicates[i % 2], objects[(i * 31) % objects.size()],
          i % 5 == 0 ? graph::kDefaultGraph : g.iri("https://ex.org/g/" + std::to_string(i / 1000)));
  }
  g.literal("never written \xC3\x28");  // a bad term no quad holds is no error
  std::string error;
  for (Format f : {Format::NQuads, Format::NTriples}) {
    const std::string one = lines(g, f, 1, error);
    ASSERT_FALSE(one.empty()) << error;
    EXPECT_EQ(lines(g, f, 2, error), one);
    EXPECT_EQ(lines(g, f, 3, error), one);
  }
  g.add(g.iri("https://ex.org/s/zzz"), predicates[0], g.literal("bad \xC3\x28 byte"));
  std::string one_error, two_error;
  EXPECT_EQ(lines(g, Format::NQuads, 1, one_error), "");
  EXPECT_EQ(lines(g, Format::NQuads, 2, two_error), "");
  EXPECT_NE(one_error.find("invalid UTF-8 in a literal"), std::string::npos) << one_error;
  EXPECT_EQ(two_error, one_error);
}

TEST(Formats, NamesAndExtensions) {
  EXPECT_EQ(parse_format("turtle"), Format::Turtle);
  EXPECT_EQ(parse_format("ttl"), Format::Turtle);
  EXPECT_EQ(parse_format("nq"), Format::NQuads);
  EXPECT_EQ(parse_format("trig"), Format::TriG);
  EXPECT_EQ(extension(Format::JsonLd), "jsonld");
  EXPECT_FALSE(parse_format("json"));
  EXPECT_FALSE(parse_format("xml"));
}

// Issue 22: `-f` names and `-o` extensions in any case, the aliases people
// use, and ".gz" after a line format's extension.
TEST(Formats, AnyCaseAliasesAndGzip) {
  EXPECT_EQ(parse_format("N-Triples"), Format::NTriples);
  EXPECT_EQ(parse_format("NT"), Format::NTriples);
  EXPECT_EQ(parse_format("n-quads"), Format::NQuads);
  EXPECT_EQ(parse_format("JSON-LD"), Format::JsonLd);
  EXPECT_EQ(parse_format("TriG"), Format::TriG);
  EXPECT_EQ(format_of_path("out/G.NQ"), Format::NQuads);
  EXPECT_EQ(format_of_path("g.nq.gz"), Format::NQuads);
  EXPECT_EQ(format_of_path("g.Nt.GZ"), Format::NTriples);
  EXPECT_EQ(format_of_path("g.trig"), Format::TriG);
  EXPECT_EQ(format_of_path("g.json"), std::nullopt);
  EXPECT_EQ(format_of_path("g.xml"), std::nullopt);
  EXPECT_EQ(format_of_path("g.gz"), std::nullopt);
  EXPECT_TRUE(is_gzip_path("g.nq.GZ"));
  EXPECT_FALSE(is_gzip_path("g.nq"));
  EXPECT_EQ(path_extension("dir.d/g.NQ.gz"), "NQ");
  EXPECT_EQ(path_extension("dir.d/graph"), "");
  EXPECT_EQ(path_extension(".hidden"), "");
  // The names every message and --help list, aliases included.
  for (std::string_view name : {"turtle (ttl)", "trig", "ntriples (nt, n-triples)", "nquads (nq, n-quads)",
                                "jsonld (json-ld)", "neo4j-csv (tar)"})
    EXPECT_NE(format_names().find(name), std::string::npos) << name << " in " << format_names();
  EXPECT_NE(extension_names().find(".nq.gz"), std::string::npos);
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

std::string file_text(const std::string& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// An output large enough that its write-back starts while it is written
// (every few megabytes), the writer waits for old blocks, and the syncing
// thread runs: every byte still arrives, in order, plain and gzipped.
std::string numbered_lines(std::size_t bytes) {
  std::string text;
  text.reserve(bytes + 64);
  for (std::size_t i = 0; text.size() < bytes; ++i) text += "<line> <number> \"" + std::to_string(i) + "\" .\n";
  return text;
}

TEST(OutputFile, LargeOutputArrivesWhole) {
  std::string path = ::testing::TempDir() + "sg-output-large.nq";
  std::ofstream(path) << "previous graph";
  const std::string text = numbered_lines(std::size_t{40} << 20);
  {
    OutputFile out(path);
    std::string error;
    ASSERT_TRUE(out.open(error));
    // In pieces of various sizes, as the writers write.
    for (std::size_t at = 0, piece = 1; at < text.size(); at += piece, piece = piece * 7 % 3000001 + 1)
      ASSERT_EQ(std::fwrite(text.data() + at, 1, std::min(piece, text.size() - at), out.stream()),
                std::min(piece, text.size() - at));
    ASSERT_TRUE(out.commit(error)) << error;
  }
  EXPECT_TRUE(file_text(path) == text);
  std::remove(path.c_str());
}

TEST(OutputFile, LargeGzipOutputArrivesWhole) {
  std::string path = ::testing::TempDir() + "sg-output-large.nq.gz";
  // Bytes that do not compress, so that the compressed file grows past
  // several steps of its write-back.
  std::string bytes(std::size_t{12} << 20, '\0');
  std::uint64_t x = 88172645463325252ULL;
  for (auto& b : bytes) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    b = static_cast<char>(x);
  }
  {
    OutputFile out(path, true);
    std::string error;
    ASSERT_TRUE(out.open(error));
    ASSERT_EQ(std::fwrite(bytes.data(), 1, bytes.size(), out.stream()), bytes.size());
    ASSERT_TRUE(out.commit(error)) << error;
  }
  std::string back;
  if (std::FILE* in = ::popen(("gzip -dc '" + path + "'").c_str(), "r")) {
    char buffer[1 << 16];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, in)) > 0;) back.append(buffer, n);
    ::pclose(in);
  }
  EXPECT_TRUE(back == bytes) << "read back " << back.size() << " bytes of " << bytes.size();
  std::remove(path.c_str());
}

// `-o /dev/null` once renamed its temporary file over the device: as root,
// /dev/null became a regular file. A device is written into, not replaced.
TEST(OutputFile, WritesIntoADeviceWithoutReplacingIt) {
  struct stat before {};
  ASSERT_EQ(::stat("/dev/null", &before), 0);
  ASSERT_TRUE(S_ISCHR(before.st_mode));
  OutputFile out("/dev/null");
  std::string error;
  ASSERT_TRUE(out.open(error)) << error;
  std::fputs("a graph nobody keeps", out.stream());
  ASSERT_TRUE(out.commit(error)) << error;
  struct stat after {};
  ASSERT_EQ(::stat("/dev/null", &after), 0);
  EXPECT_TRUE(S_ISCHR(after.st_mode));
  EXPECT_EQ(after.st_rdev, before.st_rdev);
}

TEST(OutputFile, WritesIntoANamedPipe) {
  std::string dir = ::testing::TempDir() + "sg-output-fifo-XXXXXX";
  ASSERT_NE(::mkdtemp(dir.data()), nullptr);
  std::string fifo = dir + "/graph.nq";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // The reading end is opened first, without blocking, so the writer's open
  // does not wait and a writer that misses the pipe reads as empty, not as a hang.
  int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(reader, 0);
  {
    OutputFile out(fifo);
    std::string error;
    ASSERT_TRUE(out.open(error)) << error;
    std::fputs("<urn:a> <urn:b> <urn:c> .\n", out.stream());
    ASSERT_TRUE(out.commit(error)) << error;
  }
  std::string received;
  char buffer[256];
  for (ssize_t n; (n = ::read(reader, buffer, sizeof buffer)) > 0;) received.append(buffer, static_cast<std::size_t>(n));
  ::close(reader);
  EXPECT_EQ(received, "<urn:a> <urn:b> <urn:c> .\n");
  struct stat st {};
  ASSERT_EQ(::stat(fifo.c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode));
  EXPECT_EQ(::unlink(fifo.c_str()), 0);
  EXPECT_EQ(::rmdir(dir.c_str()), 0) << "a temporary file was left beside the pipe";
}

TEST(OutputFile, ReplacesTheFileALinkNamesAndKeepsItsMode) {
  std::string dir = ::testing::TempDir() + "sg-output-link-XXXXXX";
  ASSERT_NE(::mkdtemp(dir.data()), nullptr);
  std::string target = dir + "/graph.ttl", link = dir + "/latest.ttl";
  std::ofstream(target) << "previous graph";
  ASSERT_EQ(::chmod(target.c_str(), 0640), 0);
  ASSERT_EQ(::symlink("graph.ttl", link.c_str()), 0);
  {
    OutputFile out(link);
    std::string error;
    ASSERT_TRUE(out.open(error)) << error;
    std::fputs("new graph", out.stream());
    ASSERT_TRUE(out.commit(error)) << error;
  }
  struct stat st {};
  ASSERT_EQ(::lstat(link.c_str(), &st), 0);
  EXPECT_TRUE(S_ISLNK(st.st_mode));
  EXPECT_EQ(file_text(target), "new graph");
  ASSERT_EQ(::stat(target.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0640u);
  EXPECT_EQ(::unlink(link.c_str()), 0);
  EXPECT_EQ(::unlink(target.c_str()), 0);
  EXPECT_EQ(::rmdir(dir.c_str()), 0) << "a temporary file was left beside the output";
}

TEST(OutputFile, ANewFileGetsWhatTheUmaskLeaves) {
  std::string dir = ::testing::TempDir() + "sg-output-mode-XXXXXX";
  ASSERT_NE(::mkdtemp(dir.data()), nullptr);
  std::string path = dir + "/graph.nq";
  mode_t old = ::umask(027);
  {
    OutputFile out(path);
    std::string error;
    ASSERT_TRUE(out.open(error)) << error;
    ASSERT_TRUE(out.commit(error)) << error;
  }
  ::umask(old);
  struct stat st {};
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0640u);
  EXPECT_EQ(::unlink(path.c_str()), 0);
  EXPECT_EQ(::rmdir(dir.c_str()), 0);
}


// Turtle ----------------------------------------------------------------

std::string rdf_type() { return std::string(graph::ns::rdf) + "type"; }
std::string xsd(const char* local) { return std::string(graph::ns::xsd) + local; }

// The Turtle of `g` after its @prefix lines.
std::string turtle_body(const Graph& g, bool* ok = nullptr) {
  std::string ttl = write(g, Format::Turtle, ok);
  std::size_t body = ttl.find("\n\n");
  return body == std::string::npos ? ttl : ttl.substr(body + 1);
}

TEST(Turtle, PrefixedNamesOnlyForPlainLocalNames) {
  Graph g;
  g.set_instance_base(std::string(graph::ns::default_base));
  std::string base(graph::ns::default_base);
  auto p = g.iri(std::string(graph::ns::sg) + "note");
  const char* plain[] = {"plain_name-1", "_under", "Z9"};
  // A dot anywhere (PN_LOCAL may not end in one), a digit or '-' first, '/',
  // '%', '?', '#', non-ASCII, an empty local name: written in full.
  const char* full[] = {"ends.", "a.b", "9lives", "-dash", "path/to", "50%25off", "q?x=1", "hash#in", "caf\xC3\xA9", ""};
  for (const char* local : plain) g.add(g.iri(base + local), p, g.literal("x"));
  for (const char* local : full) g.add(g.iri(base + local), p, g.literal("x"));
  std::string ttl = write(g, Format::Turtle);
  EXPECT_NE(ttl.find("@prefix sgid: <https://w3id.org/stancegraph/id/> .\n"), std::string::npos);
  for (const char* local : plain) EXPECT_NE(ttl.find("\nsgid:" + std::string(local) + "\n    sg:note"), std::string::npos) << local;
  for (const char* local : full)
    EXPECT_NE(ttl.find("\n<" + base + local + ">\n    sg:note"), std::string::npos) << local;
}

TEST(Turtle, EscapesLiteralsAndIris) {
  Graph g;
  auto s = g.iri("https://ex.org/a b<c>\"{}|^`\\");  // only from a merged graph
  auto p = g.iri("https://ex.org/p");
  std::string hostile = "say \"no\" \\ now\nthen\r\t\x01";
  hostile += '\0';  // Raptor's reader stops at it; the writer must not
  hostile += "\x7F \xC3\xA9 \xF0\x9F\x98\x80";
  g.add(s, p, g.lang_literal(hostile, "en-gb"));
  g.add(s, p, g.literal("'single' quotes \"\"\" and a last backslash\\"));
  EXPECT_EQ(turtle_body(g),
            "\n<https://ex.org/a\\u0020b\\u003Cc\\u003E\\u0022\\u007B\\u007D\\u007C\\u005E\\u0060\\u005C>\n"
            "    <https://ex.org/p> \"'single' quotes \\\"\\\"\\\" and a last backslash\\\\\", "
            "\"say \\\"no\\\" \\\\ now\\nthen\\r\\u0009\\u0001\\u0000\\u007F \xC3\xA9 \xF0\x9F\x98\x80\"@en-gb .\n");
}

TEST(Turtle, NumbersAndBooleansBareOnlyWhenTheyReadBackTheSame) {
  Graph g;
  auto s = g.iri("https://ex.org/s");
  auto p = g.iri("https://ex.org/p");
  for (const char* bare : {"26", "-12", "0"}) g.add(s, p, g.literal(bare, xsd("integer")));
  for (const char* quoted : {"007", "-0", "+5", "1.0", " 3"}) g.add(s, p, g.literal(quoted, xsd("integer")));
  g.add(s, p, g.boolean(true));
  g.add(s, p, g.literal("1", xsd("boolean")));
  g.add(s, p, g.literal("1.5", xsd("decimal")));  // bare, it would read back the same, but we keep it simple
  g.add(s, p, g.literal("1", xsd("decimal")));    // bare, it would read back as an integer
  g.add(s, p, g.literal("1.0E3", xsd("double")));
  std::string body = turtle_body(g);
  for (const char* bare : {" 26,", " -12,", " 0,", " true ."}) EXPECT_NE(body.find(bare), std::string::npos) << bare;
  for (const char* quoted : {"\"007\"^^xsd:integer", "\"-0\"^^xsd:integer", "\"+5\"^^xsd:integer", "\"1.0\"^^xsd:integer",
                             "\" 3\"^^xsd:integer", "\"1\"^^xsd:boolean", "\"1.5\"^^xsd:decimal", "\"1\"^^xsd:decimal",
                             "\"1.0E3\"^^xsd:double"})
    EXPECT_NE(body.find(quoted), std::string::npos) << quoted;
}

TEST(Turtle, OneBlockPerSubjectOverAllGraphsTypeFirst) {
  Graph g;
  g.set_instance_base(std::string(graph::ns::default_base));
  std::string id(graph::ns::default_base), sg(graph::ns::sg);
  auto a = g.iri(id + "a");
  auto r1 = g.iri(id + "report-1"), r2 = g.iri(id + "report-2");
  g.add(a, g.iri(rdf_type()), g.iri(sg + "Assertion"), r1);
  g.add(a, g.iri(sg + "actor"), g.iri(id + "e2"), r1);
  g.add(a, g.iri(sg + "actor"), g.iri(id + "e1"), r2);
  g.add(a, g.iri(sg + "actor"), g.iri(id + "e2"), r2);  // the same triple in two graphs: once
  g.add(a, g.iri(std::string(graph::ns::dcterms) + "date"), g.date({2025, 9, 4}));
  g.add(g.blank("b1"), g.iri(rdf_type()), g.literal("not a class"));
  EXPECT_EQ(turtle_body(g),
            "\nsgid:a\n"
            "    a sg:Assertion ;\n"
            "    dcterms:date \"2025-09-04\"^^xsd:date ;\n"
            "    sg:actor sgid:e1, sgid:e2 .\n"
            "\n_:b1\n"
            "    a \"not a class\" .\n");
}

TEST(Turtle, ReadsBackAsTheSameTriples) {
  Graph g;
  g.set_instance_base(std::string(graph::ns::default_base));
  std::string id(graph::ns::default_base);
  auto p = g.iri(std::string(graph::ns::sg) + "value");
  auto s = g.iri(id + "ends.");
  g.add(s, p, g.iri(id + "9lives"), g.iri(id + "report"));
  g.add(s, p, g.iri("https://ex.org/\xC3\xBC" "ber/\xF0\x9F\x98\x80"));
  g.add(s, p, g.lang_literal("say \"no\" \\ now\nthen\r\t\x01\x7F \xC3\xA9", "en"));
  g.add(s, p, g.literal("\"\"\"three quotes\"\"\""));
  g.add(s, p, g.literal(""));
  for (const char* v : {"26", "007", "-0", "+5"}) g.add(s, p, g.literal(v, xsd("integer")));
  g.add(s, p, g.literal("0", xsd("boolean")));
  g.add(s, p, g.literal("1", xsd("decimal")));
  std::string path = ::testing::TempDir() + "sg-turtle-roundtrip.ttl";
  {
    std::ofstream(path, std::ios::binary) << write(g, Format::Turtle);
  }
  Graph back;
  std::vector<extract::Diagnostic> diagnostics;
  ASSERT_TRUE(read_graph(path, back, diagnostics)) << (diagnostics.empty() ? "" : diagnostics[0].to_string());
  std::remove(path.c_str());
  auto lines = [](const std::string& text) {
    std::set<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.insert(line);
    return out;
  };
  EXPECT_EQ(lines(write(back, Format::NTriples)), lines(write(g, Format::NTriples)));
  EXPECT_EQ(back.size(), 11u);
}

TEST(Turtle, RefusesWhatItCannotWrite) {
  bool ok = true;
  Graph utf8;
  utf8.add(utf8.iri("https://ex.org/a"), utf8.iri("https://ex.org/p"), utf8.literal("bad \xC3\x28 byte"));
  write(utf8, Format::Turtle, &ok);
  EXPECT_FALSE(ok);
  Graph tag;
  tag.add(tag.iri("https://ex.org/a"), tag.iri("https://ex.org/p"), tag.lang_literal("x", "en gb"));
  write(tag, Format::Turtle, &ok);
  EXPECT_FALSE(ok);
  std::FILE* tmp = std::tmpfile();
  std::string error;
  EXPECT_FALSE(write_graph(utf8, Format::Turtle, tmp, {}, error));
  std::fclose(tmp);
  EXPECT_EQ(error, "invalid UTF-8 in a literal: bad \xC3\x28 byte");
}

// Turtle and TriG are made, as the N-Quads lines are, from the terms'
// forms in blocks of subjects on the -j threads: the same bytes as one
// thread, a subject never split between blocks, and the same first error.
TEST(Turtle, ThreadsWriteTheSameTextAndTheSameError) {
  auto text = write_on;
  Graph g;
  g.set_instance_base(std::string(graph::ns::default_base));
  std::string id(graph::ns::default_base), sg(graph::ns::sg);
  std::vector<graph::TermId> objects;
  for (int i = 0; i < 300; ++i)
    objects.push_back(i % 3 == 0   ? g.lang_literal("line " + std::to_string(i) + "\n\"\xC3\xA9\"", "en")
                      : i % 3 == 1 ? g.integer(i)
                                   : g.iri(id + "o" + std::to_string(i)));
  std::vector<graph::TermId> predicates = {g.iri(rdf_type()), g.iri(sg + "actor"), g.iri("https://ex.org/q")};
  for (int i = 0; i < 60000; ++i) {  // past three blocks of subjects, whose edges fall inside subjects
    auto s = i % 11 == 0 ? g.blank("b" + std::to_string(i / 11)) : g.iri(id + "s" + std::to_string(i / 7));
    g.add(s, predicates[i % 3], objects[(i * 31) % objects.size()],
          i % 5 == 0 ? graph::kDefaultGraph : g.iri(id + "g" + std::to_string(i / 1000)));
  }
  g.literal("never written \xC3\x28");  // a bad term no triple holds is no error
  std::string error;
  for (Format f : {Format::Turtle, Format::TriG}) {
    const std::string one = text(g, f, 1, error);
    ASSERT_FALSE(one.empty()) << error;
    EXPECT_EQ(text(g, f, 2, error), one);
    EXPECT_EQ(text(g, f, 3, error), one);
  }
  // A bad term in one block and a literal as a subject in a later one
  // (literals sort after IRIs): the first in the text is the error on any
  // number of threads.
  g.add(g.iri(id + "zzz"), predicates[1], g.literal("bad \xC3\x28 byte"));
  g.add(g.literal("a subject"), predicates[1], objects[0], g.iri(id + "g59"));
  for (Format f : {Format::Turtle, Format::TriG}) {
    std::string one_error, three_error;
    EXPECT_EQ(text(g, f, 1, one_error), "");
    EXPECT_EQ(text(g, f, 3, three_error), "");
    EXPECT_EQ(one_error, "invalid UTF-8 in a literal: bad \xC3\x28 byte");
    EXPECT_EQ(three_error, one_error);
  }
}

// A subject's rdf:type run is written first, wherever it sorts, and its
// predicates' kinds are checked before its other runs are written: the
// error met first is the same whatever order the writer scans in.
TEST(Turtle, SubjectErrorsComeInWritingOrder) {
  std::string error;
  Graph type_first;  // a bad rdf:type object, then a predicate that is not an IRI
  auto s = type_first.iri("https://ex.org/s");
  type_first.add(s, type_first.iri(rdf_type()), type_first.iri("https://ex.org/bad-\xC3\x28"));
  type_first.add(s, type_first.blank("q"), type_first.literal("x"));
  EXPECT_EQ(write_on(type_first, Format::Turtle, 1, error), "");
  EXPECT_EQ(error, "invalid UTF-8 in an IRI: https://ex.org/bad-\xC3\x28");
  Graph kind_first;  // a bad object of another predicate, then one that is not an IRI
  s = kind_first.iri("https://ex.org/s");
  kind_first.add(s, kind_first.iri("https://ex.org/p"), kind_first.literal("bad \xC3\x28 byte"));
  kind_first.add(s, kind_first.blank("q"), kind_first.literal("x"));
  EXPECT_EQ(write_on(kind_first, Format::Turtle, 1, error), "");
  EXPECT_EQ(error, "a predicate that is not an IRI: q");
  Graph fine;  // rdf:type sorts between the other predicates, and is written first
  s = fine.iri("https://ex.org/s");
  fine.add(s, fine.iri("http://aa.org/p"), fine.literal("1"));
  fine.add(s, fine.iri(rdf_type()), fine.iri("https://ex.org/C"));
  fine.add(s, fine.iri(rdf_type()), fine.iri("https://ex.org/B"));
  fine.add(s, fine.iri("https://zz.org/p"), fine.literal("2"));
  const std::string text = write_on(fine, Format::Turtle, 1, error);
  EXPECT_NE(text.find("<https://ex.org/s>\n    a <https://ex.org/B>, <https://ex.org/C> ;\n"
                      "    <http://aa.org/p> \"1\" ;\n    <https://zz.org/p> \"2\" .\n"),
            std::string::npos)
      << text;
}

// JSON-LD, streamed -------------------------------------------------------

// A graph with every shape of node and value the JSON-LD writer lays out.
Graph jsonld_shapes() {
  Graph g = sample();
  std::string sg(graph::ns::sg), id(graph::ns::default_base);
  auto ru = g.iri(id + "state/RU");
  g.add(ru, g.iri(rdf_type()), g.iri(sg + "State"));
  g.add(ru, g.iri(rdf_type()), g.iri(sg + "Actor"));
  g.add(ru, g.iri(std::string(graph::ns::skos) + "altLabel"), g.lang_literal("Russian Federation", "en"));
  g.add(ru, g.iri(std::string(graph::ns::skos) + "altLabel"), g.lang_literal("Rossiya", "ru"));
  g.add(ru, g.iri(sg + "note"), g.literal("\x01\x1F\x7F \b\f\t \"q\" \\ / \xE4\xB8\xAD"));
  g.add(ru, g.iri(sg + "partOf"), g.blank("b1"));
  g.add(g.blank("b1"), g.iri(sg + "quantity"), g.literal("007", xsd("integer")));
  g.add(g.blank("b1"), g.iri(sg + "quantity"), g.literal("1234567890123456", xsd("integer")));
  return g;
}

TEST(JsonLd, StreamedTextIsNlohmannsDumpOfTheSameDocument) {
  for (const Graph& g : {jsonld_shapes(), Graph()}) {
    std::string text = write(g, Format::JsonLd);
    auto doc = nlohmann::ordered_json::parse(text);
    EXPECT_EQ(doc.dump(1, ' ', false) + "\n", text);
    EXPECT_TRUE(doc["@graph"].is_array());
  }
  auto doc = nlohmann::json::parse(write(jsonld_shapes(), Format::JsonLd));
  const auto& ru = doc["@graph"][0];  // IRIs sort before blank nodes
  ASSERT_EQ(ru["@id"], "https://w3id.org/stancegraph/id/state/RU");
  EXPECT_EQ(ru["@type"], nlohmann::json::array({"Actor", "State"}));
  EXPECT_EQ(ru["altLabel"][0]["@language"], "ru");
  EXPECT_EQ(ru["altLabel"][1], "Russian Federation");
  EXPECT_EQ(ru["sg:note"], "\x01\x1F\x7F \b\f\t \"q\" \\ / \xE4\xB8\xAD");
  EXPECT_EQ(ru["partOf"], "_:b1");
  EXPECT_EQ(doc["@graph"][1]["quantity"][0]["@value"], "007");
  EXPECT_EQ(doc["@graph"][1]["quantity"][1]["@value"], "1234567890123456");  // beyond a double's exact range
}

TEST(JsonLd, RefusesInvalidUtf8) {
  Graph g;
  g.add(g.iri("https://ex.org/a"), g.iri("https://ex.org/p"), g.literal("bad \xED\xA0\x80 surrogate"));
  std::FILE* tmp = std::tmpfile();
  std::string error;
  WriteOptions options;
  options.jsonld_context = context();
  EXPECT_FALSE(write_graph(g, Format::JsonLd, tmp, options, error));
  std::fclose(tmp);
  EXPECT_EQ(error, "invalid UTF-8 in a JSON-LD string: bad \xED\xA0\x80 surrogate");
}

}  // namespace
}  // namespace sg::exporter
