// writers.h — the writers behind write_graph(), one per file of export/;
// for format.cpp and for bench/, which times them one by one (Raptor's
// Turtle writer included, as the baseline of the streaming one).
#pragma once

#include <cstdio>
#include <string>

#include "export.h"

namespace sg::exporter {

// Turtle, N-Triples, N-Quads or RDF/XML through Raptor 2 (raptor_writer.cpp).
bool write_raptor(const graph::Graph& graph, Format format, std::FILE* out, std::string& error);
// N-Triples or N-Quads, a line per quad (line_writer.cpp); with `jobs` > 1,
// blocks of lines are written on that many threads and put out in order.
bool write_lines(const graph::Graph& graph, Format format, std::FILE* out, std::string& error, unsigned jobs = 1);
// Turtle, a block per subject (turtle_writer.cpp); TriG, the same with each
// named graph in its own block. With `jobs` > 1, blocks of subjects are
// written on that many threads and put out in order.
bool write_turtle(const graph::Graph& graph, std::FILE* out, std::string& error, unsigned jobs = 1);
bool write_trig(const graph::Graph& graph, std::FILE* out, std::string& error, unsigned jobs = 1);
// JSON-LD, streamed a node at a time (jsonld_writer.cpp).
bool write_jsonld(const graph::Graph& graph, std::FILE* out, const WriteOptions& options, std::string& error);
// The GraphML, GEXF, Cytoscape and DOT views (viz_writers.cpp).
bool write_view(const graph::Graph& graph, Format format, std::FILE* out, std::string& error);
// The self-contained HTML page (html_writer.cpp).
bool write_html(const graph::Graph& graph, std::FILE* out, std::string& error);
// Neo4j: a Cypher script (cypher_writer.cpp), a tar of CSV files for neo4j-admin (neo4j_csv_writer.cpp).
bool write_cypher(const graph::Graph& graph, std::FILE* out, std::string& error);
bool write_neo4j_csv(const graph::Graph& graph, std::FILE* out, std::string& error);
// Event data: Format::Csv or Format::Tsv, a row per assertion, actor and
// target; Format::Plover, a PLOVER record per assertion (event_writers.cpp),
// coded with options.event_codes.
bool write_event_data(const graph::Graph& graph, Format format, std::FILE* out, const WriteOptions& options,
                      std::string& error);

}  // namespace sg::exporter
