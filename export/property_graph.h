// property_graph.h — the RDF graph seen as a property graph, for the
// Neo4j writers (cypher_writer.cpp, neo4j_csv_writer.cpp). Internal to
// export/; the mapping is documented in docs/neo4j.md.
//
// Every subject is a node keyed by its IRI (blank nodes by "_:label"),
// labelled with its classes (actor classes also :Actor, armed forces also
// :Organization); literals and vocabulary concepts become properties,
// links to other nodes become relationships, and each sg:StanceSummary
// with a target becomes a STANCE relationship from its actor. Predicates
// outside the vocabulary (a user's annotations in a merged graph) keep
// their local names, made unique. Everything comes out in a fixed order:
// nodes by label set then IRI, relationships by type then ends.
//
// The view indexes the quads (a sorted copy, a rank per term, and four
// integers per relationship); a node's properties and a relationship's
// IRIs are computed when asked for, so a writer holds one at a time.
#pragma once

#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace sg::exporter::pg {

// A property value: what the literal's datatype makes of it.
struct Value {
  enum class Kind { String, Integer, Float, Boolean, Date } kind = Kind::String;
  std::string text;  // the string, or the literal's canonical digits, "true"/"false", an ISO date
};

struct Property {
  bool list = false;
  std::vector<Value> values;  // one when not a list
};
using Properties = std::map<std::string, Property>;  // by name

struct Node {
  std::string iri;
  std::vector<std::string> labels;  // sorted, without "Resource" (every node has it)
  Properties properties;            // without "iri"
};

struct Relationship {
  std::string type;
  std::string start, end;  // IRIs
  Properties properties;   // empty but for STANCE
};

class View {
 public:
  explicit View(const graph::Graph& graph);

  std::size_t node_count() const { return nodes_.size(); }
  // The k-th node in output order (by label set, then IRI).
  Node node(std::size_t k) const;
  // The label set of the k-th node, ":A:B" (empty for none).
  const std::string& label_key(std::size_t k) const { return nodes_[k].labels; }

  std::size_t relationship_count() const { return links_.size(); }
  // The k-th relationship in output order (by type, STANCE last; then by
  // start and end IRI).
  Relationship relationship(std::size_t k) const;
  const std::string& relationship_type(std::size_t k) const { return types_[links_[k].type]; }

 private:
  struct Mapping {
    enum class Kind { Property, Concept, Relationship, Type, Dropped, Generic } kind = Kind::Generic;
    std::string name;  // property name, or relationship type
    bool list = false;
    std::string type;  // Generic: the relationship type for links
  };
  struct NodeRef {
    std::string labels;
    std::size_t begin, end;  // its quads
  };
  struct Link {
    std::uint32_t type;         // index in types_
    graph::TermId s, o;
    std::size_t summary;        // STANCE: the first quad of its summary
  };
  void index();
  void plan_predicates();
  void link();
  bool is_node(graph::TermId t) const { return t < node_.size() && node_[t]; }
  std::string iri_of(graph::TermId t) const;
  std::set<std::string> labels_of(std::size_t begin, std::size_t end) const;

  const graph::Graph& g_;
  std::vector<graph::Quad> quads_;  // by subject, predicate, object (term order)
  std::vector<std::uint32_t> rank_;
  std::vector<bool> node_, summary_;
  std::map<graph::TermId, Mapping> mapping_;
  std::vector<NodeRef> nodes_;
  std::vector<std::size_t> summaries_;  // first quad of each summary's run
  std::vector<std::string> types_;      // relationship types, sorted, STANCE last
  std::vector<Link> links_;
};

// The value of a literal term.
Value literal_value(const graph::Term& t);

// The code point of the UTF-8 sequence at s[i], and its length in `n`; n
// is 0 when the bytes there are not valid UTF-8 (overlong, surrogate,
// beyond U+10FFFF, cut short).
char32_t decode_utf8(std::string_view s, std::size_t i, std::size_t& n);

// What both writers do on failure: `error` becomes "what: value" (the
// value cut at 80 bytes), and the result false.
bool fail(std::string& error, std::string_view what, std::string_view value);
// Writes `text` to `file` and empties it; false on a write error.
bool drain(std::string& text, std::FILE* file);

}  // namespace sg::exporter::pg
