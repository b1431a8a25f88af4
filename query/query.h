// query.h — SPARQL over a Graph in the process, through Rasqal (the Raptor
// project's query engine), and the result formats researchers read.
//
// The model: Rasqal parses and evaluates the query; the triples it matches
// come from our own Rasqal triples source over the in-memory Graph (see
// query.cpp), not from Rasqal's reader of data files. So:
//   - the default graph of the query is the union of every graph of the
//     data (entities sit in the default graph, each report's assertions and
//     evidence in the graph named by the report's IRI; the questions in
//     queries/ are written against the union), each distinct triple once;
//   - the named graphs stay visible to GRAPH ?g { ... } and GRAPH <iri> { ... };
//   - nothing is ever fetched or opened: a query with FROM or FROM NAMED,
//     or with SERVICE, is refused before it runs;
//   - triples are matched through sorted indexes (SPO, POS, OSP) ordered by
//     term text, so a query without ORDER BY gives its rows in the same order
//     for the same graph, whatever file format or file order it was read from;
//   - an ORDER BY of plain variables is applied again to Rasqal's rows
//     (order.cpp says why), before LIMIT and OFFSET.
//
// Results are plain values (RDF terms of graph.h) written by
// write_results() as an aligned table, CSV (RFC 4180, the SPARQL 1.1 CSV
// results), TSV (SPARQL 1.1 TSV results) or SPARQL 1.1 JSON results.
//
// Cost: building the index copies the quads three times (12 bytes per quad
// each); evaluation is Rasqal's, row by row, with index lookups per pattern.
// Thread safety: none. run_query() makes and frees its own Rasqal world,
// whose Raptor world cleans up libxml2 for the whole process when freed:
// run one query at a time.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"
#include "graph/graph.h"

namespace sg::query {

enum class ResultFormat { Table, Csv, Tsv, Json };
std::optional<ResultFormat> parse_result_format(std::string_view name);

struct Results {
  enum class Kind { Bindings, Boolean, Graph };
  Kind kind = Kind::Bindings;
  // SELECT: the projected variables and one row per solution; an unbound
  // variable is an empty optional.
  std::vector<std::string> variables;
  std::vector<std::vector<std::optional<graph::Term>>> rows;
  // ASK
  bool boolean = false;
  // CONSTRUCT: the triples, in the default graph.
  graph::Graph triples;
};

enum class Status {
  Ok,
  BadQuery,  // does not parse, cannot be run, or asks for what is refused (FROM, SERVICE, MINUS, DESCRIBE)
  BadData,   // the graph holds a term Rasqal cannot represent
  Failed,    // Rasqal failed while running it
};

// Runs `query` (SPARQL 1.0 / the parts of 1.1 Rasqal knows) over `data`.
// `name` names the query in diagnostics (its file, or "<query>"). On
// failure, diagnostics name the query and, when Rasqal gives them, the
// line and column of a syntax error.
Status run_query(const graph::Graph& data, const std::string& query, const std::string& name, Results& results,
               std::vector<extract::Diagnostic>& diagnostics);

// Writes SELECT or ASK results. Not for CONSTRUCT results (write their
// `triples` with the graph writers).
void write_results(const Results& results, ResultFormat format, std::ostream& out);

// SPARQL's ORDER BY comparison of two values (unbound first): <0, 0, >0.
int order_compare(const std::optional<graph::Term>& a, const std::optional<graph::Term>& b);

// One term as the SPARQL 1.1 TSV results write it (N-Triples syntax).
std::string tsv_term(const graph::Term& term);

}  // namespace sg::query
