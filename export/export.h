// export.h — writing a Graph: Turtle, N-Triples, N-Quads and JSON-LD by our
// own streaming writers, RDF/XML through Raptor 2, and the views that graph
// tools read (GraphML, GEXF, Cytoscape.js JSON, Graphviz DOT: viz_writers.cpp
// over viz_model.h).
//
// Every writer takes the graph's canonical quad order, so the same graph
// gives the same bytes. Output goes to a FILE*; OutputFile makes a file
// appear only when everything was written (a temporary file beside the
// target, renamed into place on commit), so a failing run never leaves a
// partial file or destroys the previous one.
//
// Raptor (and Rasqal, for query/) is wrapped once, in raptor.h, and used by
// raptor_writer.cpp for RDF/XML and graph_reader.cpp. Raptor worlds are not
// shared between threads; a writer makes its own. N-Triples and N-Quads
// (line_writer.h), Turtle and TriG (turtle_writer.cpp) and JSON-LD
// (jsonld_writer.cpp) are ours: they write
// as they go through a one-megabyte buffer, so memory beyond the graph and
// its sorted quads (16 bytes each; for N-Triples and N-Quads also each
// term's written form, made once) does not grow with the output, and they
// run several times faster than Raptor's Turtle serializer, which holds the
// whole document (bench/RESULTS.md, "Writers at scale").
//
// Event data (event_table.h, event_writers.cpp) is the graph's assertions as
// researchers who count events read them: a tidy table (CSV, TSV) and
// PLOVER records (JSON Lines), coded with the tables of EventCodes.
#pragma once

#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"
#include "graph/graph.h"

namespace sg::exporter {

// The views hold no RDF and cannot be read back: GraphML, GEXF, Cytoscape
// JSON and DOT for graph tools (viz_writers.cpp), and Html, a self-contained
// page that draws the graph's actors and stances (html_writer.cpp). Cypher
// (a script for Neo4j) and Neo4jCsv (a tar of CSV files for neo4j-admin)
// are property-graph exports (docs/neo4j.md), not read back either; nor is
// event data: Csv and Tsv, a row per assertion, actor and target, and
// Plover, a PLOVER record per assertion (docs/event-data.md). TriG is
// Turtle with the named graphs of N-Quads (turtle_writer.cpp).
enum class Format { Turtle, TriG, NTriples, NQuads, RdfXml, JsonLd, GraphMl, Gexf, Cytoscape, Dot, Html, Cypher,
                    Neo4jCsv, Csv, Tsv, Plover };

// A format by name, extension or alias, in any case: "turtle", "TTL",
// "n-triples", "json-ld", "cyjs".
std::optional<Format> parse_format(std::string_view name);
std::string_view format_name(Format format);
// The file extension of a format, without the dot: "ttl", "nq".
std::string_view extension(Format format);
// The format an output path's extension names, in any case and before a
// ".gz": "g.ttl", "g.GV", "g.nq.gz", and the two-part "g.cytoscape.json"
// and "g.plover.jsonl"; nullopt for no extension or one no format has
// (".json", ".xml", a plain ".jsonl").
std::optional<Format> format_of_path(std::string_view path);
// The extension of a path's file name, as written, without the dot and
// without a trailing ".gz": "NQ" for "g.NQ.gz"; empty when it has none.
std::string path_extension(std::string_view path);
// Whether a path ends in ".gz" (any case): the output is gzip-compressed.
bool is_gzip_path(std::string_view path);
// N-Triples and N-Quads, the formats written (and read) gzip-compressed.
bool is_line_format(Format format);
// Every format name with its extension and aliases, for messages and help:
// "turtle (ttl), trig, ntriples (nt, n-triples), ...".
std::string format_names();
// Every output extension: ".ttl .trig .nt ...".
std::string extension_names();
// True for the visualization views and the HTML page, which hold no RDF and cannot be read back.
bool is_view(Format format);
// True for the event-data formats (csv, tsv, plover), which need EventCodes.
bool is_event_data(Format format);

// The codes event data is written with, read from the data directory
// (ontologies/) by load_event_codes():
//  - iso3166.tsv: ISO 3166-1 alpha-2 -> alpha-3 ("RU" -> "RUS"), generated
//    from Debian's iso-codes by scripts/gen-iso3166.py;
//  - plover-sectors.tsv: an organization kind (sg:orgKind) -> its PLOVER
//    sector ("government" -> "GOV") and the non-state actor code of such a
//    body no state holds ("igo" -> "IGO");
//  - stancegraph.ttl: each event type's PLOVER code and CAMEO root codes
//    (its skos:notation values typed sg:ploverCode and sg:cameoCode); a
//    type with no PLOVER code of its own takes that of its skos:broader
//    (ADVANCE -> ASSAULT).
struct EventCodes {
  struct Kind {
    std::string sector, code;
  };
  struct Event {
    std::string plover;              // "REJECT", or empty (STATEMENT)
    std::vector<std::string> cameo;  // "12"; ascending
  };
  std::map<std::string, std::string, std::less<>> alpha3;  // by alpha-2
  std::map<std::string, Kind, std::less<>> kinds;          // by sg:orgKind
  std::map<std::string, Event, std::less<>> events;        // by the local name of the event type in sg:
  bool empty() const { return alpha3.empty() && kinds.empty() && events.empty(); }
};
// Reads the three files of `dir`. False, with diagnostics naming the file
// and line, when one is missing or malformed; `codes` may then hold part
// of them.
bool load_event_codes(const std::string& dir, EventCodes& codes, std::vector<extract::Diagnostic>& diagnostics);

struct WriteOptions {
  // The JSON-LD context (the text of ontologies/context.jsonld); it is
  // embedded in the output and drives the compaction of keys and values.
  std::string jsonld_context;
  // Threads N-Triples, N-Quads, Turtle and TriG may use to sort and write
  // (the bytes are the same for any number); the other formats use one.
  unsigned jobs = 1;
  // The codes of event data (Csv, Tsv, Plover); writing event data without
  // them is an error.
  EventCodes event_codes;
};

// Writes `graph` to `out`. Returns false and sets `error` on failure.
// Format::Cypher and Format::Neo4jCsv are not RDF: a Cypher script that
// loads the graph into Neo4j as a property graph, and a tar archive of CSV
// files for neo4j-admin's bulk import of the same (cypher_writer.cpp,
// neo4j_csv_writer.cpp, docs/neo4j.md). Csv, Tsv and Plover are event data
// (event_writers.cpp, docs/event-data.md).
bool write_graph(const graph::Graph& graph, Format format, std::FILE* out, const WriteOptions& options,
                 std::string& error);

// The message of a write that just failed, from errno: "cannot write: No
// space left on device". Callers put the output's name before it.
std::string write_failure();

// Appends `value` to `out` as a single-quoted Cypher string literal in
// pure ASCII (see cypher_writer.cpp). False, with `out` partly written, if
// `value` is not valid UTF-8.
bool cypher_string(std::string_view value, std::string& out);

// Reads a graph to merge — Turtle, TriG, N-Triples, N-Quads, RDF/XML
// (Raptor) or JSON-LD (ours), gzip-compressed or not; "-" is standard
// input — adding its quads to `graph`. The format comes from the file
// extension, else from the first bytes. Nothing an input names is fetched
// (no network, no files, no XML external entities). On a syntax error,
// returns false with diagnostics naming the file and line; `graph` may then
// hold part of the file, so callers discard it.
bool read_graph(const std::string& path, graph::Graph& graph, std::vector<extract::Diagnostic>& diagnostics);
// The JSON-LD part of read_graph(), for text already in memory.
bool read_jsonld(const std::string& path, const std::string& content, graph::Graph& graph,
                 std::vector<extract::Diagnostic>& diagnostics);
// Blank node labels of one graph file: `tag`, the content's hash, 'x'.
std::string blank_prefix(char tag, std::string_view content);
// The format of a graph file, from its extension or its first bytes.
std::optional<Format> sniff_graph_format(const std::string& path, std::string_view head);

// A file that appears at `path` only on commit(). "-" is standard output;
// a device or a named pipe (`/dev/null`, a FIFO) is written into directly,
// and a symbolic link is followed (the file it names is replaced). With
// `gzip`, what is written to stream() reaches the file gzip-compressed
// (not standard output: a pipe is compressed by the next command).
// Errors (from open() and commit()) say what failed and why, without the
// path: callers print "NAME: error: ..." with name().
class OutputFile {
 public:
  explicit OutputFile(std::string path, bool gzip = false);
  ~OutputFile();  // removes the temporary file unless committed
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  bool open(std::string& error);
  std::FILE* stream() const { return file_; }
  bool commit(std::string& error);
  // The path, or "stdout" for "-".
  std::string name() const;

  struct Sink;  // what stream() writes through, for a file or with gzip (output_file.cpp)

 private:
  bool open_special(std::string& error);
  bool stream_from(int fd, std::string& error);  // takes the descriptor, -1 for a failed open

  std::string path_, target_, temp_;
  bool gzip_ = false;
  std::FILE* file_ = nullptr;
  int fd_ = -1;  // the file's descriptor when a Sink writes to it: synced and closed on commit
  std::unique_ptr<Sink> sink_;
  bool committed_ = false;
};

}  // namespace sg::exporter
