// viz_model.h — the view of a graph that visualization writers draw: who
// (actors as nodes) took which stance toward whom (summary edges), and the
// assertions, sentences and footnotes behind every edge.
//
// build_model() reads a graph::Graph as written by GraphBuilder (or read
// back from any of our RDF or JSON-LD outputs) and returns plain sorted
// vectors, so a writer only walks them. It never relies on the
// sg:StanceSummary nodes: the edges are recomputed from the assertions by
// graph::stances(), the function that makes the summaries too
// (docs/vocabulary.md, "Stance summaries"), so a graph without summaries —
// the union of `build --stream` shards, say — gives the same view as a
// freshly built one, and a merged graph whose assertion carries two event
// types or polarities the same edge as its summary. Edge ids equal the last
// segment of the matching summary IRI (`summary/<id>`).
//
// What is in the view:
//  - nodes: every actor (a node typed sg:State, sg:Organization,
//    sg:ArmedForce, sg:Person or sg:ActorGroup), isolated or not, plus any
//    other IRI that an edge needs as an endpoint (then `type` is its sg:
//    class, e.g. "Place", or empty). Places that no edge touches are not
//    nodes. Sorted by IRI.
//  - edges: one per actor, event type, target and polarity over the
//    assertions that state a fact (no sg:modality; sg:STATEMENT is not a
//    stance), with the assertion count, first/last sg:date and the event
//    type's colour. Sorted by source, target, event type, negated.
//  - untargeted: the same for assertions with no sg:target; `target` is
//    empty. Writers show them as node attributes, not as self-loops.
//  - for each edge, `support`: its assertions sorted by date (undated
//    last), then IRI, each with its evidence sentences (text, footnote
//    numbers, report), sorted by report and offset.
//  - reports: every sg:Report with its label, title, date and identifier.
//  - assertions, only when asked for (Scope::EveryAssertion): every
//    sg:Assertion, statements and modal ones included, in the order of
//    `support`, for views that show what each actor said and did.
//
// Only IRIs are nodes: an sg:actor or sg:target that is a blank node or a
// literal (possible only in a foreign merged graph) is left out.
//
// Promises: the same graph gives the same model, element for element.
// Strings are copied out of the graph; the model does not refer to it.
// Cost: two passes over the quads plus sorting, O(quads log quads);
// Scope::EveryAssertion copies every assertion's evidence once more.
// Thread safety: build_model() only reads the graph; models are values.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace sg::exporter::viz {

struct Node {
  std::string iri;    // the node's IRI, also its id in every format
  std::string label;  // rdfs:label (the smallest, when several), else the IRI's last segment
  std::string type;   // local name of its sg: class: "State", "Organization", "ArmedForce", "Person",
                      // "ActorGroup"; "Place" or "" for a non-actor endpoint
  std::string iso;    // sg:iso3166, or empty
  bool actor = false;           // typed with one of the five actor classes
  std::size_t out_count = 0;    // assertions behind the edges leaving it (targeted only)
  std::size_t in_count = 0;     // assertions behind the edges reaching it
  std::size_t untargeted_count = 0;  // assertions behind its untargeted stances
};

// An endnote a sentence cites (sg:cites): its number and source URL.
struct Endnote {
  long long number = -1;  // sg:citation of the endnote, -1 when absent
  std::string url;        // dcterms:source, or empty
};

struct Evidence {
  std::string iri;                  // the sg:Evidence node
  std::string text;                 // sg:text, the sentence
  std::string report;               // sg:inReport, or empty
  std::vector<long long> citations;  // sg:citation footnote numbers, ascending
  long long start = -1;             // sg:start, -1 when absent
  std::vector<Endnote> endnotes;    // sg:cites, by number then URL (the report's list of sources)
};

// One assertion: behind an edge, or in Model::assertions.
struct Support {
  std::string assertion;  // its IRI
  std::string date;       // sg:date "YYYY-MM-DD" (the earliest, when several), or empty
  std::string event_type;  // local name in sg: (the smallest, when several), or empty
  bool negated = false;
  std::string modality;   // local name of sg:modality ("Hypothetical", ...), or empty: it happened or was said
  std::string topic;      // sg:topic, or empty
  std::string report;     // the report of its first evidence, else the named graph it sits in
  std::string verb;                   // sg:attributionVerb, or empty
  std::vector<std::string> actors;    // sg:actor IRIs, sorted
  std::vector<std::string> targets;   // sg:target IRIs, sorted
  std::vector<std::string> speakers;  // sg:attributedTo IRIs, sorted
  std::vector<Evidence> evidence;     // prov:wasDerivedFrom, sorted by report, start, IRI
};

struct Edge {
  std::string id;          // hex hash of actor, event type, target and polarity (the summary IRI's tail)
  std::string source;      // actor IRI
  std::string target;      // target IRI; empty in Model::untargeted
  std::string event_type;  // local name in sg:, e.g. "REJECT"
  bool negated = false;
  std::size_t count = 0;   // number of assertions (== support.size())
  std::string first_date, last_date;  // "YYYY-MM-DD" or empty when no assertion is dated
  std::string colour;      // "#rrggbb", from event_colour()
  std::vector<Support> support;
};

struct Report {
  std::string iri;
  std::string label;       // rdfs:label
  std::string title;       // dcterms:title, or empty
  std::string date;        // dcterms:date, or empty
  std::string identifier;  // dcterms:identifier (the smallest, when several), or empty
};

struct Model {
  std::vector<Node> nodes;        // sorted by IRI
  std::vector<Edge> edges;        // actor -> target, sorted
  std::vector<Edge> untargeted;   // no target, sorted by source, event type, negated
  std::vector<Report> reports;    // sorted by IRI
  std::vector<Support> assertions;  // Scope::EveryAssertion only: by date (undated last), then IRI
  // The node of an IRI, or nullptr (binary search).
  const Node* node(std::string_view iri) const;
};

// How much of the graph build_model() reads.
enum class Scope {
  Stances,         // nodes, edges and reports: what the graph views draw
  EveryAssertion,  // and Model::assertions, for a view of what each actor said and did
};
Model build_model(const graph::Graph& graph, Scope scope = Scope::Stances);

// The fixed colour of each event type of ontologies/stancegraph.ttl, in
// the scheme's order; docs/visualization.md shows the same table.
struct EventStyle {
  std::string_view type;    // "REJECT"
  std::string_view colour;  // "#rrggbb"
};
std::span<const EventStyle> event_styles();
// The colour of an event type; a type outside the scheme gets kOtherColour.
inline constexpr std::string_view kOtherColour = "#999999";
std::string_view event_colour(std::string_view type);
// The fill colour of a node type ("State", ..., "Place"); kOtherColour for
// anything else.
std::string_view type_colour(std::string_view type);

// Text for XML character data and attribute values (GraphML, GEXF, HTML):
// & < > " ' escaped; tab, LF and CR as character references; characters
// XML 1.0 forbids (other C0 controls, U+FFFE, U+FFFF) and invalid UTF-8
// replaced by U+FFFD, so the output is always well-formed UTF-8.
std::string xml_escape(std::string_view text);
// The same repair without the escaping: valid UTF-8 with no C0 control
// but tab, LF and CR (for JSON and DOT strings).
std::string clean_utf8(std::string_view text);

}  // namespace sg::exporter::viz
