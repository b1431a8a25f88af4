// raptor.h — Raptor 2 and Rasqal, wrapped once: owners for their objects
// and the conversions between their terms and ours (graph::Term). The
// graph readers and the RDF/XML writer (export/) and the query engine
// (query/) talk to the two C libraries through this unit and free nothing
// by hand.
//
// Ownership: every Owner<T> frees its object with the library's own
// function; a Raptor call that "takes ownership" of an argument is handed
// owner.release(). Terms made by to_raptor() and literals made by
// to_rasqal() belong to the caller until handed over.
//
// Thread safety: neither library locks. Make a world per thread and never
// share it; raptor_free_world() (which a Rasqal world's end calls too)
// also cleans up libxml2 for the whole process, so free worlds only where
// no other thread is parsing (NOTES.md).
#pragma once

#include <raptor2.h>
#include <rasqal.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "graph/graph.h"

namespace sg::exporter::raptor {

template <typename T, void (*F)(T*)>
struct Freer {
  void operator()(T* p) const { F(p); }
};
template <typename T, void (*F)(T*)>
using Owner = std::unique_ptr<T, Freer<T, F>>;

using World = Owner<raptor_world, raptor_free_world>;
using Parser = Owner<raptor_parser, raptor_free_parser>;
using Serializer = Owner<raptor_serializer, raptor_free_serializer>;
using Uri = Owner<raptor_uri, raptor_free_uri>;
using Statement = Owner<raptor_statement, raptor_free_statement>;
using TermOwner = Owner<raptor_term, raptor_free_term>;
using QueryWorld = Owner<rasqal_world, rasqal_free_world>;
using Query = Owner<rasqal_query, rasqal_free_query>;
using QueryResults = Owner<rasqal_query_results, rasqal_free_query_results>;
using Literal = Owner<rasqal_literal, rasqal_free_literal>;

// A world, opened, with `handler` (and `user`) receiving its log messages;
// null when the library cannot start.
World open_world(raptor_log_handler handler = nullptr, void* user = nullptr);
QueryWorld open_query_world(raptor_log_handler handler = nullptr, void* user = nullptr);

Uri make_uri(raptor_world* world, std::string_view iri);

// Our term for a Raptor term: language tags lower-cased, xsd:string
// dropped (graph::Term's plain literal); nullopt for an unknown kind.
std::optional<graph::Term> to_term(const raptor_term* term);
// A Raptor term for ours, owned by the caller; null when Raptor refuses it.
TermOwner to_raptor(raptor_world* world, const graph::Term& term);

// Our term for a Rasqal value; nullopt for what is no RDF term (a variable).
std::optional<graph::Term> to_term(rasqal_literal* literal);
// A Rasqal value for our term, owned by the caller; null when Rasqal refuses it.
Literal to_rasqal(rasqal_world* world, const graph::Term& term);

}  // namespace sg::exporter::raptor
