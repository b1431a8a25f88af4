// Extraction -> quads, following the data model contract in DESIGN.md.
#include <algorithm>

#include "graph.h"

namespace sg::graph {

using extract::Assertion;
using extract::Entity;
using extract::EntityType;

GraphBuilder::GraphBuilder(Graph& graph, BuildOptions options) : graph_(graph), options_(std::move(options)) {
  graph_.set_instance_base(options_.base);
}

TermId GraphBuilder::sg(std::string_view local) { return graph_.iri(std::string(ns::sg) + std::string(local)); }

std::string GraphBuilder::report_iri(const extract::Report& report) const {
  return mint_iri(options_.base, "report/" + hex64(fnv1a64(report.text)));
}

namespace {

std::string iri_of(const std::string& base, const std::string& key) { return mint_iri(base, key); }

// The assertion's identity: everything it says, and the report it is in.
std::string assertion_key(const std::string& report, const Assertion& a) {
  std::string k = report + '\x1f' + a.event_type;
  auto add = [&](const std::string& label, const std::string& value) { k += '\x1f' + label + '=' + value; };
  for (const auto& x : a.actors) add("actor", x);
  for (const auto& x : a.targets) add("target", x);
  add("topic", a.topic);
  add("location", a.location);
  add("date", a.date ? a.date->iso() : "");
  add("negated", a.negated ? "1" : "0");
  add("modality", std::string(extract::to_string(a.modality)));
  add("quantity", a.quantity ? std::to_string(*a.quantity) : "");
  for (const auto& x : a.attributed_to) add("attributed", x);
  for (const auto& x : a.reported_by) add("reported", x);
  add("verb", a.attribution_verb);
  return k;
}

}  // namespace

void GraphBuilder::add(const extract::Report& report, const extract::Extraction& ex) {
  const std::string& base = options_.base;
  const std::string xsd(ns::xsd);
  std::string report_hash = hex64(fnv1a64(report.text));
  TermId r = graph_.iri(report_iri(report));
  TermId type = graph_.iri(std::string(ns::rdf) + "type");
  TermId label = graph_.iri(std::string(ns::rdfs) + "label");
  auto dc = [&](std::string_view local) { return graph_.iri(std::string(ns::dcterms) + std::string(local)); };

  // The report, in the default graph.
  graph_.add(r, type, sg("Report"));
  if (report.date) graph_.add(r, dc("date"), graph_.date(*report.date));
  if (!report.title.empty()) graph_.add(r, dc("title"), graph_.literal(report.title));
  if (!report.url.empty()) graph_.add(r, dc("source"), graph_.iri(report.url));
  graph_.add(r, dc("identifier"), graph_.literal(report.name));
  graph_.add(r, label, graph_.lang_literal(report.title.empty() ? report.name : report.title, "en"));

  // Endnotes, evidence and assertions, in the report's graph.
  std::map<int, TermId> endnotes;
  for (const auto& note : report.endnotes) {
    TermId n = graph_.iri(mint_iri(base, "endnote/" + report_hash + "-" + std::to_string(note.number)));
    endnotes[note.number] = n;
    graph_.add(n, type, sg("Endnote"), r);
    graph_.add(n, sg("citation"), graph_.integer(note.number), r);
    graph_.add(n, dc("source"), graph_.iri(note.url), r);
    graph_.add(n, sg("inReport"), r, r);
  }
  std::vector<TermId> evidence;
  for (const auto& e : ex.evidence) {
    TermId ev = graph_.iri(mint_iri(base, "evidence/" + report_hash + "-" + std::to_string(e.cp_begin)));
    evidence.push_back(ev);
    graph_.add(ev, type, sg("Evidence"), r);
    graph_.add(ev, sg("text"), graph_.lang_literal(e.text, "en"), r);
    for (int c : e.citations) {
      graph_.add(ev, sg("citation"), graph_.integer(c), r);
      auto note = endnotes.find(c);
      if (note != endnotes.end()) graph_.add(ev, sg("cites"), note->second, r);
    }
    if (e.citations_inferred) graph_.add(ev, sg("citationInferred"), graph_.boolean(true), r);
    graph_.add(ev, sg("start"), graph_.integer(static_cast<long long>(e.cp_begin)), r);
    graph_.add(ev, sg("end"), graph_.integer(static_cast<long long>(e.cp_end)), r);
    graph_.add(ev, sg("inReport"), r, r);
  }
  for (const auto& a : ex.assertions) {
    TermId as = graph_.iri(mint_iri(base, "assertion/" + hex64(fnv1a64(assertion_key(report_hash, a)))));
    graph_.add(as, type, sg("Assertion"), r);
    graph_.add(as, sg("eventType"), sg(a.event_type), r);
    for (const auto& x : a.actors) graph_.add(as, sg("actor"), graph_.iri(iri_of(base, x)), r);
    for (const auto& x : a.targets) graph_.add(as, sg("target"), graph_.iri(iri_of(base, x)), r);
    if (!a.topic.empty()) graph_.add(as, sg("topic"), graph_.lang_literal(a.topic, "en"), r);
    if (!a.location.empty()) graph_.add(as, sg("location"), graph_.iri(iri_of(base, a.location)), r);
    if (a.date) graph_.add(as, sg("date"), graph_.date(*a.date), r);
    graph_.add(as, sg("negated"), graph_.boolean(a.negated), r);
    if (a.modality != extract::Modality::None)
      graph_.add(as, sg("modality"), sg(extract::to_string(a.modality)), r);
    if (a.quantity) graph_.add(as, sg("quantity"), graph_.integer(*a.quantity), r);
    for (const auto& x : a.attributed_to) graph_.add(as, sg("attributedTo"), graph_.iri(iri_of(base, x)), r);
    for (const auto& x : a.reported_by) graph_.add(as, sg("reportedBy"), graph_.iri(iri_of(base, x)), r);
    if (!a.attribution_verb.empty()) graph_.add(as, sg("attributionVerb"), graph_.literal(a.attribution_verb), r);
    graph_.add(as, sg("rule"), graph_.literal(a.rule), r);
    if (!a.trigger.empty()) graph_.add(as, sg("trigger"), graph_.literal(a.trigger), r);
    graph_.add(as, graph_.iri(std::string(ns::prov) + "wasDerivedFrom"), evidence[a.evidence], r);
  }

  // Entities are merged across reports and written by finish().
  for (const auto& e : ex.entities) {
    labels_[e.key].push_back(e.label);
    auto it = entities_.find(e.key);
    if (it == entities_.end()) {
      entities_.emplace(e.key, e);
      continue;
    }
    Entity& m = it->second;
    for (const auto& x : e.alt_labels) m.alt_labels.push_back(x);
    for (const auto& p : e.positions) m.positions.push_back(p);
    auto fill = [](std::string& into, const std::string& from) {
      if (into.empty() || (!from.empty() && from < into)) into = from;
    };
    fill(m.part_of, e.part_of);
    fill(m.force_of, e.force_of);
    fill(m.located_in, e.located_in);
    fill(m.member_type, e.member_type);
    fill(m.org_kind, e.org_kind);
  }
}

void GraphBuilder::finish() {
  const std::string& base = options_.base;
  TermId type = graph_.iri(std::string(ns::rdf) + "type");
  TermId label = graph_.iri(std::string(ns::rdfs) + "label");
  TermId alt = graph_.iri(std::string(ns::skos) + "altLabel");
  for (auto& [key, e] : entities_) {
    TermId s = graph_.iri(iri_of(base, key));
    graph_.add(s, type, sg(extract::to_string(e.type)));
    // One rdfs:label, the same whatever the order reports came in; every
    // other name is an altLabel.
    auto& seen = labels_[key];
    std::sort(seen.begin(), seen.end());
    std::string main = seen.empty() ? e.label : seen.front();
    graph_.add(s, label, graph_.lang_literal(main, "en"));
    for (const auto& x : seen)
      if (x != main) graph_.add(s, alt, graph_.lang_literal(x, "en"));
    for (const auto& x : e.alt_labels)
      if (x != main) graph_.add(s, alt, graph_.lang_literal(x, "en"));
    if (!e.iso3166.empty()) graph_.add(s, sg("iso3166"), graph_.literal(e.iso3166));
    if (!e.part_of.empty()) graph_.add(s, sg("partOf"), graph_.iri(iri_of(base, e.part_of)));
    if (!e.force_of.empty()) graph_.add(s, sg("forceOf"), graph_.iri(iri_of(base, e.force_of)));
    if (!e.located_in.empty()) graph_.add(s, sg("locatedIn"), graph_.iri(iri_of(base, e.located_in)));
    if (!e.member_type.empty()) graph_.add(s, sg("memberType"), sg(e.member_type));
    if (!e.org_kind.empty()) graph_.add(s, sg("orgKind"), graph_.literal(e.org_kind));
    for (const auto& p : e.positions) {
      TermId pos = graph_.iri(mint_iri(base, "position/" + hex64(fnv1a64(key + '\x1f' + p.title + '\x1f' + p.of))));
      graph_.add(s, sg("holdsPosition"), pos);
      graph_.add(pos, type, sg("Position"));
      graph_.add(pos, sg("title"), graph_.literal(p.title));
      if (!p.of.empty()) graph_.add(pos, sg("positionIn"), graph_.iri(iri_of(base, p.of)));
    }
  }
}

}  // namespace sg::graph
