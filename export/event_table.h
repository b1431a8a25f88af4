// event_table.h — a graph's assertions as event data: one record per
// sg:Assertion with what a row of ICEWS, Phoenix or POLECAT holds (when,
// who, what, toward whom, where, said by whom, from which sentence and
// report), for the CSV/TSV and PLOVER writers (event_writers.cpp). Internal
// to export/; docs/event-data.md documents the columns and fields.
//
// read_events() reads a graph::Graph as GraphBuilder writes it, or as any
// of our RDF outputs reads back with --merge: the same graph gives the same
// records, in the same order, however it was built. Each actor, target,
// speaker and place is a Party, coded once for the whole table:
//  - its state: a State's own sg:iso3166; else the state its sg:forceOf,
//    sg:partOf or sg:locatedIn chain ends at; else, for a person, the state
//    of the bodies they hold a position in (sg:holdsPosition /
//    sg:positionIn). Two different states leave it unknown.
//  - its PLOVER code: the state's alpha-3 code; else the non-state code
//    (IGO, NGO, MNC...) of its kind, or of the body it is part of.
//  - its PLOVER sector: that of its sg:orgKind (an armed force without one:
//    MIL); for a person, that of the body they hold a position in (GOV for
//    a state). Two different sectors leave it unknown.
//
// Promises: records sorted by date (undated last), report IRI, the
// sentence's offset and the assertion IRI; parties, speakers, citations
// and endnotes of a record each once, sorted. Views point into the graph's
// terms and into the EventCodes, which must outlive the table.
// Cost: three passes over the quads (no sort of the graph), a sort of the
// assertions by integer keys; memory about a hundred bytes per assertion
// and a few per term, no allocation per record.
// Thread safety: read_events() only reads the graph and the codes.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "export.h"
#include "graph/graph.h"

namespace sg::exporter::events {

// An actor, target, speaker or place as a record shows it.
struct Party {
  std::string_view iri;
  std::string_view label;   // the smallest rdfs:label, else the IRI's last segment
  std::string_view type;    // sg: class: "State", "Organization", "ArmedForce", "Person", "ActorGroup",
                            // "Place", or empty
  std::string_view iso2;    // its state's ISO 3166-1 alpha-2 code, or empty
  std::string_view iso3;    // the same as alpha-3 (iso3166.tsv), or empty
  std::string_view code;    // PLOVER actor code: iso3, else IGO, NGO, MNC..., or empty
  std::string_view sector;  // PLOVER sector (GOV, MIL...), or empty
};

struct Endnote {
  long long number = -1;  // its sg:citation, -1 when absent
  std::string_view url;   // dcterms:source, or empty
};

struct Record {
  std::string_view iri;         // the assertion
  std::string_view id;          // the IRI less the instance base ("assertion/5cf7..."), or the IRI
  std::string_view event_type;  // local name in sg: ("REJECT", "ADVANCE"), or the IRI of a foreign type
  const EventCodes::Event* codes = nullptr;  // the type's PLOVER and CAMEO codes, when known
  std::string_view date;        // sg:date, the earliest; empty when undated
  bool negated = false;
  std::string_view modality;    // local name ("Hypothetical", "Conditional", "Planned"), or empty
  std::span<const std::uint32_t> actors, targets, speakers;  // indexes into Table::parties
  std::int64_t location = -1;   // index into Table::parties, or -1
  std::string_view topic, quantity, verb, trigger;  // sg:topic, sg:quantity (its digits), sg:attributionVerb, sg:trigger
  // The first sentence it was derived from (by offset), with its footnote
  // numbers and the endnotes it cites.
  std::string_view sentence, language;
  std::span<const long long> footnotes;
  std::span<const Endnote> endnotes;
  // Its report: the sentence's sg:inReport, else the named graph it sits in.
  std::string_view report, report_title, report_url, report_date;
};

struct Table {
  std::vector<Party> parties;
  std::vector<Record> records;
  // What the records' spans point into.
  std::vector<std::uint32_t> party_lists;
  std::vector<long long> footnote_lists;
  std::vector<Endnote> endnote_lists;
};

Table read_events(const graph::Graph& graph, const EventCodes& codes);

}  // namespace sg::exporter::events
