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
// N-Triples or N-Quads, a line per quad (line_writer.cpp).
bool write_lines(const graph::Graph& graph, Format format, std::FILE* out, std::string& error);
// Turtle, streamed a subject at a time (turtle_writer.cpp).
bool write_turtle(const graph::Graph& graph, std::FILE* out, std::string& error);
// JSON-LD, streamed a node at a time (jsonld_writer.cpp).
bool write_jsonld(const graph::Graph& graph, std::FILE* out, const WriteOptions& options, std::string& error);

}  // namespace sg::exporter
