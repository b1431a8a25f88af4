// Extraction -> quads, following the data model contract in DESIGN.md.
#include <algorithm>
#include <array>
#include <map>
#include <thread>

#include "graph.h"

namespace sg::graph {

using extract::Assertion;
using extract::Entity;
using extract::EntityType;

GraphBuilder::GraphBuilder(Graph& graph, BuildOptions options) : graph_(graph), options_(std::move(options)) {
  graph_.set_instance_base(options_.base);
}

TermId GraphBuilder::sg(std::string_view local) {
  auto it = sg_terms_.find(std::string(local));
  if (it == sg_terms_.end()) it = sg_terms_.emplace(local, graph_.iri(std::string(ns::sg) + std::string(local))).first;
  return it->second;
}

std::string GraphBuilder::report_iri(const extract::Report& report) const {
  return mint_iri(options_.base, "report/" + hex64(fnv1a64(report.text)));
}

namespace {

// The assertion's identity: everything it says, and the report it is in,
// hashed as one key ("report \x1f event type \x1f actor=... \x1f ...")
// without building the key (building it took 11M instructions on the
// 1 MB corpus, of write_report's 179M).
std::uint64_t assertion_hash(const std::string& report, const Assertion& a) {
  Fnv1a64 key;
  key.add(report).add("\x1f").add(a.event_type);
  auto add = [&](std::string_view label, std::string_view value) { key.add("\x1f").add(label).add("=").add(value); };
  for (const auto& x : a.actors) add("actor", x);
  for (const auto& x : a.targets) add("target", x);
  add("topic", a.topic);
  add("location", a.location);
  add("date", a.date ? a.date->iso() : "");
  add("negated", a.negated ? "1" : "0");
  add("modality", extract::to_string(a.modality));
  add("quantity", a.quantity ? std::to_string(*a.quantity) : "");
  for (const auto& x : a.attributed_to) add("attributed", x);
  for (const auto& x : a.reported_by) add("reported", x);
  add("verb", a.attribution_verb);
  return key.value();
}

// Up to `limit` code points of `text`, cut at a space when there is one,
// and an ellipsis when anything was cut: a label a store browser shows.
std::string shortened(std::string_view text, std::size_t limit) {
  std::size_t points = 0, cut = text.size(), space = std::string_view::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a UTF-8 sequence
    if (points == limit) {
      cut = i;
      break;
    }
    if (text[i] == ' ') space = i;
    ++points;
  }
  if (cut == text.size()) return std::string(text);
  if (text[cut] != ' ' && space != std::string_view::npos && space > cut / 2) cut = space;
  return std::string(text.substr(0, cut)) + "\xE2\x80\xA6";
}

// The names a report gave its entities, by key: views of its entities,
// sorted once, each key's first name kept. A std::map of copies built two
// strings an entity (3.9M instructions on the 1 MB corpus).
class ReportNames {
 public:
  explicit ReportNames(const std::vector<extract::Entity>& entities) {
    by_key_.reserve(entities.size());
    for (const auto& e : entities) by_key_.emplace_back(e.key, e.label);
    // Stable: of two entities with one key the first stays first, and find() finds it.
    std::stable_sort(by_key_.begin(), by_key_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  // The name of `key`, or the key itself when the report named no such entity.
  std::string_view operator()(std::string_view key) const {
    auto it = std::lower_bound(by_key_.begin(), by_key_.end(), key,
                               [](const auto& entry, std::string_view k) { return entry.first < k; });
    return it != by_key_.end() && it->first == key ? it->second : key;
  }

 private:
  std::vector<std::pair<std::string_view, std::string_view>> by_key_;
};

// "France, Germany CONSULT (2025-09-04)", "Russia not REJECT Ukraine
// (Hypothetical, 2025-09-04)": an assertion's label, from the names its
// report gave its actors and targets, into `out` (replacing what it held).
// Built in one buffer, reused from one assertion to the next: the strings
// joined for each piece cost 2,000 instructions a label on the 1 MB corpus.
void assertion_label(std::string& out, const Assertion& a, const ReportNames& names) {
  out.clear();
  auto named = [&](const std::vector<std::string>& keys) {
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (i > 0) out += ", ";
      out += names(keys[i]);
    }
  };
  named(a.actors);
  if (!out.empty()) out += ' ';
  if (a.negated) out += "not ";
  out += a.event_type;
  if (!a.targets.empty()) {
    out += ' ';
    named(a.targets);
  }
  const std::string_view modality = a.modality != extract::Modality::None ? extract::to_string(a.modality) : "";
  if (modality.empty() && !a.date) return;
  out += " (";
  out += modality;
  if (!modality.empty() && a.date) out += ", ";
  if (a.date) out += a.date->iso();
  out += ')';
}

}  // namespace

StagedReport GraphBuilder::stage(const extract::Report& report, const std::string& report_hash,
                                 extract::Extraction ex) const {
  StagedReport out;
  write_report(out.quads, report, report_hash, std::move(ex), out.entities, out.when);
  return out;
}

void GraphBuilder::write_report(Graph& g, const extract::Report& report, const std::string& report_hash,
                                extract::Extraction ex, std::vector<Entity>& entities, std::string& when) const {
  const std::string& base = options_.base;
  // Names under a namespace, built in one buffer each.
  std::string name_buffer;
  auto in = [&](std::string_view ns, std::string_view local) {
    name_buffer.assign(ns);
    name_buffer += local;
    return g.iri(name_buffer);
  };
  auto sg = [&](std::string_view local) { return in(ns::sg, local); };
  auto dc = [&](std::string_view local) { return in(ns::dcterms, local); };
  // The sg: names every piece of evidence and every assertion repeats,
  // each interned at its first use in the report (so in the order, and
  // with the id, it always had) and then remembered. Interning one again
  // for every quad built its IRI, hashed it and compared it with the term
  // found: nearly a quarter of the builder's work (write_report 233M ->
  // 179M instructions on the 1 MB corpus).
  enum Repeated : std::size_t {
    kEvidence, kText, kCitation, kCites, kCitationInferred, kStart, kEnd, kInReport,
    kAssertion, kEventType, kActor, kTarget, kTopic, kLocation, kDate, kNegated, kModality, kQuantity,
    kAttributedTo, kReportedBy, kAttributionVerb, kRule, kTrigger, kRepeated
  };
  static constexpr std::string_view repeated_names[kRepeated] = {
      "Evidence", "text", "citation", "cites", "citationInferred", "start", "end", "inReport",
      "Assertion", "eventType", "actor", "target", "topic", "location", "date", "negated", "modality", "quantity",
      "attributedTo", "reportedBy", "attributionVerb", "rule", "trigger"};
  std::array<TermId, kRepeated> repeated{};  // 0: not interned yet
  auto sg_once = [&](Repeated name) {
    TermId& id = repeated[name];
    if (id == 0) id = sg(repeated_names[name]);
    return id;
  };
  // The report's endnotes, evidence and assertions, each an IRI minted
  // from a key ("evidence/<report hash>-<offset>") built, and then minted,
  // in a buffer of its own, reused: a string built for each piece of each
  // key, and for the IRI, made write_report 5.6M instructions dearer on
  // the 1 MB corpus (136.0M -> 130.4M).
  std::string key_buffer, iri_buffer;
  auto start_key = [&](std::string_view kind) -> std::string& {
    key_buffer.assign(kind);
    key_buffer += report_hash;
    return key_buffer;
  };
  auto minted = [&](std::string_view key) {
    mint_iri(iri_buffer, base, key);
    return g.iri(iri_buffer);
  };
  TermId r = minted(start_key("report/"));
  TermId type = in(ns::rdf, "type");
  TermId label = in(ns::rdfs, "label");
  // An entity's IRI is settled in finish(), once every report is known:
  // until then its quads hold a stand-in, a term no graph file can hold
  // (a blank node label starting with U+0001), replaced in finish().
  auto entity = [&](const std::string& key) {
    name_buffer.assign(1, '\x01');
    name_buffer += key;
    return g.blank(name_buffer);
  };
  // The report, in the default graph.
  g.add(r, type, sg("Report"));
  if (report.date) g.add(r, dc("date"), g.date(*report.date));
  if (!report.title.empty()) g.add(r, dc("title"), g.literal(report.title));
  if (!report.url.empty()) g.add(r, dc("source"), g.iri(safe_iri(report.url)));
  g.add(r, dc("identifier"), g.literal(report.name));
  g.add(r, label, g.lang_literal(report.title.empty() ? report.name : report.title, "en"));
  // What extracted it: this version, with these rules and gazetteers.
  if (!options_.version.empty()) {
    TermId agent = g.iri(mint_iri(base, "agent/stancegraph-" + options_.version + "-" + options_.data_fingerprint));
    g.add(r, sg("extractedBy"), agent);
    g.add(agent, type, in(ns::prov, "SoftwareAgent"));
    g.add(agent, label,
          g.lang_literal("stancegraph " + options_.version + " (rules and gazetteers " + options_.data_fingerprint + ")",
                         "en"));
    g.add(agent, sg("softwareVersion"), g.literal(options_.version));
    g.add(agent, sg("dataFingerprint"), g.literal(options_.data_fingerprint));
  }

  // Endnotes, evidence and assertions, in the report's graph.
  std::map<int, TermId> endnotes;
  for (const auto& note : report.endnotes) {
    std::string& key = start_key("endnote/");
    key += '-';
    append_decimal(key, note.number);
    TermId n = minted(key);
    endnotes[note.number] = n;
    g.add(n, type, sg("Endnote"), r);
    g.add(n, sg_once(kCitation), g.integer(note.number), r);
    g.add(n, dc("source"), g.iri(safe_iri(note.url)), r);
    g.add(n, sg_once(kInReport), r, r);
  }
  std::vector<TermId> evidence;
  for (const auto& e : ex.evidence) {
    std::string& key = start_key("evidence/");
    key += '-';
    append_decimal(key, static_cast<long long>(e.cp_begin));
    TermId ev = minted(key);
    evidence.push_back(ev);
    g.add(ev, type, sg_once(kEvidence), r);
    g.add(ev, sg_once(kText), g.lang_literal(e.text, "en"), r);
    g.add(ev, label, g.lang_literal(shortened(e.text, 60), "en"), r);
    for (int c : e.citations) {
      g.add(ev, sg_once(kCitation), g.integer(c), r);
      auto note = endnotes.find(c);
      if (note != endnotes.end()) g.add(ev, sg_once(kCites), note->second, r);
    }
    if (e.citations_inferred) g.add(ev, sg_once(kCitationInferred), g.boolean(true), r);
    g.add(ev, sg_once(kStart), g.integer(static_cast<long long>(e.cp_begin)), r);
    g.add(ev, sg_once(kEnd), g.integer(static_cast<long long>(e.cp_end)), r);
    g.add(ev, sg_once(kInReport), r, r);
  }
  TermId derived = in(ns::prov, "wasDerivedFrom");
  const ReportNames names(ex.entities);
  std::string label_buffer;
  for (const auto& a : ex.assertions) {
    key_buffer.assign("assertion/");
    append_hex64(key_buffer, assertion_hash(report_hash, a));
    TermId as = minted(key_buffer);
    g.add(as, type, sg_once(kAssertion), r);
    g.add(as, sg_once(kEventType), sg(a.event_type), r);
    assertion_label(label_buffer, a, names);
    g.add(as, label, g.lang_literal(label_buffer, "en"), r);
    for (const auto& x : a.actors) g.add(as, sg_once(kActor), entity(x), r);
    for (const auto& x : a.targets) g.add(as, sg_once(kTarget), entity(x), r);
    if (!a.topic.empty()) g.add(as, sg_once(kTopic), g.lang_literal(a.topic, "en"), r);
    if (!a.location.empty()) g.add(as, sg_once(kLocation), entity(a.location), r);
    if (a.date) g.add(as, sg_once(kDate), g.date(*a.date), r);
    g.add(as, sg_once(kNegated), g.boolean(a.negated), r);
    if (a.modality != extract::Modality::None) g.add(as, sg_once(kModality), sg(extract::to_string(a.modality)), r);
    if (a.quantity) g.add(as, sg_once(kQuantity), g.integer(*a.quantity), r);
    for (const auto& x : a.attributed_to) g.add(as, sg_once(kAttributedTo), entity(x), r);
    for (const auto& x : a.reported_by) g.add(as, sg_once(kReportedBy), entity(x), r);
    if (!a.attribution_verb.empty()) g.add(as, sg_once(kAttributionVerb), g.literal(a.attribution_verb), r);
    g.add(as, sg_once(kRule), g.literal(a.rule), r);
    if (!a.trigger.empty()) g.add(as, sg_once(kTrigger), g.literal(a.trigger), r);
    g.add(as, derived, evidence[a.evidence], r);
  }
  entities = std::move(ex.entities);
  when = (report.date ? report.date->iso() : std::string("9999-99-99")) + ' ' + report_hash;
}

void GraphBuilder::add(const extract::Report& report, extract::Extraction ex) {
  // Straight into the graph: a graph of the report's own (stage()) is
  // only worth its second interning of every term on another thread.
  add(write(report, hex64(fnv1a64(report.text)), std::move(ex)));
}

StagedReport GraphBuilder::write(const extract::Report& report, const std::string& report_hash,
                                 extract::Extraction ex) {
  StagedReport out;
  write_report(graph_, report, report_hash, std::move(ex), out.entities, out.when);
  return out;
}

void GraphBuilder::add(StagedReport staged) {
  merge_entities(staged.entities, staged.when);
  if (staged.quads.term_count() > 1) graph_.absorb(std::move(staged.quads));  // none when write() wrote them
}

GraphBuilder::EntitySlot& GraphBuilder::entity_slot(std::string_view key, std::uint64_t hash) {
  const std::size_t mask = entity_slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    EntitySlot& slot = entity_slots_[i];
    if (slot.merged == nullptr || (slot.hash == hash && slot.merged->entity.key == key)) return slot;
  }
}

void GraphBuilder::grow_entity_slots() {
  std::vector<EntitySlot> old(entity_slots_.size() * 2);
  old.swap(entity_slots_);
  const std::size_t mask = entity_slots_.size() - 1;
  for (const EntitySlot& o : old) {
    if (o.merged == nullptr) continue;
    std::size_t j = o.hash & mask;
    while (entity_slots_[j].merged != nullptr) j = (j + 1) & mask;
    entity_slots_[j] = o;
  }
}

void GraphBuilder::merge_entities(std::vector<Entity>& report_entities, const std::string& when) {
  // Every key hashed and its slot fetched, then every entity found there
  // fetched, before the first is merged: the cache misses of a large
  // table overlap rather than follow one another.
  key_hashes_.resize(report_entities.size());
  for (std::size_t i = 0; i < report_entities.size(); ++i) {
    key_hashes_[i] = text_hash(report_entities[i].key);
    __builtin_prefetch(&entity_slots_[key_hashes_[i] & (entity_slots_.size() - 1)]);
  }
  for (std::size_t i = 0; i < report_entities.size(); ++i)
    if (Merged* m = entity_slots_[key_hashes_[i] & (entity_slots_.size() - 1)].merged) __builtin_prefetch(m);
  // Their IRIs are settled in finish(), once every report and the graph
  // being merged into are known.
  for (std::size_t i = 0; i < report_entities.size(); ++i) {
    Entity& e = report_entities[i];
    EntitySlot& slot = entity_slot(e.key, key_hashes_[i]);
    Merged* found = slot.merged;
    const bool added = found == nullptr;
    if (added) {
      // Into the map too (finish() goes through the entities in key order).
      found = &entities_.try_emplace(e.key).first->second;
      slot = EntitySlot{key_hashes_[i], found};
      if (entities_.size() * 2 > entity_slots_.size()) grow_entity_slots();  // (slot is stale after)
    }
    Merged& merged = *found;
    merged.labels.insert(e.label);
    if (added || when < merged.first_seen) merged.first_seen = when;
    if (added) {
      merged.entity = std::move(e);
      continue;
    }
    Entity& m = merged.entity;
    // Every report names Russia: keep each name and position once. Most
    // reports bring the gazetteer's names in the gazetteer's order, the
    // names already kept: that is seen in one pass, not one a name.
    auto adds_nothing = [](const auto& kept, const auto& more) {
      return more.size() <= kept.size() && std::equal(more.begin(), more.end(), kept.begin());
    };
    if (!adds_nothing(m.alt_labels, e.alt_labels))
      for (const auto& x : e.alt_labels)
        if (std::find(m.alt_labels.begin(), m.alt_labels.end(), x) == m.alt_labels.end()) m.alt_labels.push_back(x);
    if (!adds_nothing(m.positions, e.positions))
      for (const auto& p : e.positions)
        if (std::find(m.positions.begin(), m.positions.end(), p) == m.positions.end()) m.positions.push_back(p);
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

namespace {

// Names compare without case, quotes or spacing: "Zakharova" = "zakharova".
// (ASCII by hand: the C library's isalnum and tolower were a quarter of
// resolve()'s time in --stream; bytes of UTF-8 sequences are kept as they are.)
std::string name_key(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 'A' && u <= 'Z') out += static_cast<char>(u + ('a' - 'A'));
    else if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80) out += c;
  }
  return out;
}

// Two entity types that may name the same thing.
bool same_kind(std::string_view a, std::string_view b) {
  auto org = [](std::string_view t) { return t == "Organization" || t == "ArmedForce"; };
  return a == b || (org(a) && org(b));
}

}  // namespace

namespace {

// The key an instance IRI was minted from (mint_iri() reversed), or "" when
// the IRI is not one mint_iri() makes: "person/f%C3%A9lix-tshisekedi" is
// the key "person/félix-tshisekedi".
std::string key_of(std::string_view iri, std::string_view base) {
  if (!iri.starts_with(base)) return {};
  std::string_view rest = iri.substr(base.size());
  std::string key;
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] != '%') {
      key += rest[i];
      continue;
    }
    if (i + 2 >= rest.size() || hex(rest[i + 1]) < 0 || hex(rest[i + 2]) < 0) return {};
    key += static_cast<char>(hex(rest[i + 1]) * 16 + hex(rest[i + 2]));
    i += 2;
  }
  return mint_iri(base, key) == iri ? key : std::string();
}

// The state a person's key names ("ru" of "person/ru/john-smith": a person
// introduced with a position of that state), or "".
std::string_view person_state(std::string_view key) {
  if (!key.starts_with("person/")) return {};
  key.remove_prefix(7);
  auto slash = key.find('/');
  return slash == std::string_view::npos ? std::string_view() : key.substr(0, slash);
}

// Two people of different states are two people, whatever their names.
bool other_states(std::string_view a, std::string_view b) {
  auto x = person_state(a), y = person_state(b);
  return !x.empty() && !y.empty() && x != y;
}

}  // namespace

std::vector<extract::KnownPerson> known_people(const Graph& graph, const std::string& base) {
  const std::string type = std::string(ns::rdf) + "type";
  const std::string person = std::string(ns::sg) + "Person";
  const std::string label = std::string(ns::rdfs) + "label";
  const std::string alt = std::string(ns::skos) + "altLabel";
  std::map<TermId, extract::KnownPerson> people;
  graph.for_each([&](const Quad& q) {
    if (graph.term(q.p).value == type && graph.term(q.o).value == person) {
      std::string key = key_of(graph.term(q.s).value, base);
      if (!key.empty()) people[q.s].key = key;  // else: not a key of ours
    }
  });
  graph.for_each([&](const Quad& q) {
    auto it = people.find(q.s);
    if (it == people.end()) return;
    const std::string& p = graph.term(q.p).value;
    if (p != label && p != alt) return;
    const std::string& name = graph.term(q.o).value;
    if (p == label && (it->second.label.empty() || name < it->second.label)) it->second.label = name;
    it->second.names.push_back(name);
  });
  std::vector<extract::KnownPerson> out;
  for (auto& [id, k] : people)
    if (!k.label.empty() && !k.key.empty()) {
      std::sort(k.names.begin(), k.names.end());
      out.push_back(std::move(k));
    }
  // In key order, whatever order the graph file had.
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
  return out;
}

void GraphBuilder::know(const Graph& existing) {
  const std::string type = std::string(ns::rdf) + "type";
  const std::string label = std::string(ns::rdfs) + "label";
  const std::string alt = std::string(ns::skos) + "altLabel";
  const std::string sgns(ns::sg);
  const std::string iso = sgns + "iso3166";
  std::map<TermId, Known> nodes;
  existing.for_each([&](const Quad& q) {
    const Term& s = existing.term(q.s);
    const Term& p = existing.term(q.p);
    const Term& o = existing.term(q.o);
    if (s.kind != Term::Kind::Iri) return;
    if (p.value == type && o.kind == Term::Kind::Iri && o.value.rfind(sgns, 0) == 0) {
      std::string cls = o.value.substr(sgns.size());
      if (cls == "StanceSummary") summaries_.insert(s.value);
      if (cls == "State" || cls == "Organization" || cls == "ArmedForce" || cls == "Person" || cls == "Place" ||
          cls == "ActorGroup") {
        // Quads come in no particular order: of several classes (or ISO
        // codes), the smallest, so that the order of the files merged
        // never matters.
        Known& k = nodes[q.s];
        k.iri = s.value;
        if (k.type.empty() || cls < k.type) k.type = cls;
      }
    } else if ((p.value == label || p.value == alt) && o.kind == Term::Kind::Literal) {
      if (p.value == label) nodes[q.s].labels.push_back(o.value);
      nodes[q.s].names.insert(name_key(o.value));
    } else if (p.value == iso && o.kind == Term::Kind::Literal) {
      Known& k = nodes[q.s];
      if (k.iso.empty() || o.value < k.iso) k.iso = o.value;
    }
  });
  for (auto& [id, k] : nodes)
    if (!k.type.empty()) known_[k.iri] = std::move(k);
}

const std::string& GraphBuilder::resolved(const std::string& key) {
  auto it = resolved_.find(key);
  if (it == resolved_.end()) it = resolved_.emplace(key, mint_iri(options_.base, key)).first;
  return it->second;
}

void GraphBuilder::resolve() {
  // Every name of every new entity, by kind. The indexes below hold views
  // of these, which stay put (a std::map's elements never move), not
  // copies: a string built for each name and each lookup was a third of
  // resolve() (22.9M -> 14.7M instructions on the 1 MB corpus).
  struct Node {
    std::string_view type;  // extract::to_string()'s, which never goes away
    std::string label, label_key;
    std::set<std::string> names;
  };
  // States, organizations and armed forces are matched by IRI and ISO
  // code only, never by name (below): their names are not gathered (in
  // --stream, where this runs once a document, that was most of the work).
  auto by_name_too = [](std::string_view type) {
    return type != "State" && type != "Organization" && type != "ArmedForce";
  };
  std::map<std::string, Node> nodes;
  for (const auto& [key, merged] : entities_) {
    const Entity& e = merged.entity;
    Node& n = nodes.emplace_hint(nodes.end(), key, Node{})->second;  // entities_ is in key order too
    n.type = extract::to_string(e.type);
    if (!by_name_too(n.type)) continue;
    const auto& seen = merged.labels;
    n.label = seen.empty() ? e.label : *seen.begin();
    n.label_key = name_key(n.label);
    n.names.insert(n.label_key);
    for (const auto& x : seen) n.names.insert(name_key(x));
    for (const auto& x : e.alt_labels) n.names.insert(name_key(x));
  }
  // A known node with the same IRI, the same ISO code, or (for people,
  // places, groups) a name that names exactly one known node keeps its IRI.
  // The known nodes are indexed by ISO code (the smallest IRI of each),
  // by the name keys of their labels and by all their names, so that each
  // new entity costs a few lookups, not a pass over the merged graph.
  // (With no graph merged into there are none, and nothing to look up.)
  if (!known_.empty()) {
    std::map<std::string, const std::string*> known_by_iso;
    std::map<std::string, std::set<const std::string*>> known_by_label, known_by_name;
    for (const auto& [iri, k] : known_) {
      if (!k.iso.empty()) known_by_iso.emplace(k.iso, &iri);
      for (const auto& l : k.labels) known_by_label[name_key(l)].insert(&iri);
      for (const auto& x : k.names) known_by_name[x].insert(&iri);
    }
    auto unique_known = [&](const std::string& key, const Node& n) -> std::string {
      std::string own = mint_iri(options_.base, key);
      if (known_.count(own)) return own;
      const auto& e = entities_.at(key).entity;
      if (!e.iso3166.empty())
        if (auto it = known_by_iso.find(e.iso3166); it != known_by_iso.end()) return *it->second;
      if (!by_name_too(n.type)) return {};
      // Known nodes one of whose labels is a name of n, or which have n's label among their names.
      std::set<std::string> candidates;
      for (const auto& x : n.names)
        if (auto it = known_by_label.find(x); it != known_by_label.end())
          for (const auto* iri : it->second) candidates.insert(*iri);
      if (auto it = known_by_name.find(n.label_key); it != known_by_name.end())
        for (const auto* iri : it->second) candidates.insert(*iri);
      std::string found;
      for (const auto& iri : candidates) {
        if (!same_kind(known_.at(iri).type, n.type)) continue;
        if (other_states(key, key_of(iri, options_.base))) continue;
        if (!found.empty()) return {};  // two candidates: ambiguous, keep apart
        found = iri;
      }
      return found;
    };
    for (const auto& [key, n] : nodes) {
      std::string iri = unique_known(key, n);
      if (!iri.empty()) resolved_[key] = iri;
    }
  }
  // New entities that name each other ("Zakharova" in one report, "Maria
  // Zakharova" in another) become one node: the one first seen (earliest
  // report date), which is the IRI a day-by-day build would have minted.
  // Indexed by type and name: the keys of each type that have a name, and
  // those whose label has that name key.
  using TypeAndName = std::pair<std::string_view, std::string_view>;
  std::map<TypeAndName, std::vector<const std::string*>> by_name, by_label;
  for (const auto& [key, n] : nodes) {
    if (!by_name_too(n.type)) continue;
    for (const auto& x : n.names) by_name[{n.type, x}].push_back(&key);
    by_label[{n.type, n.label_key}].push_back(&key);
  }
  std::vector<const std::string*> partners;  // keys of nodes: one pointer a key
  for (const auto& [key, n] : nodes) {
    if (!by_name_too(n.type) || resolved_.count(key)) continue;
    // Those that have n's label among their names, or whose label is one of n's names.
    partners.clear();
    if (auto it = by_name.find({n.type, n.label_key}); it != by_name.end())
      partners.insert(partners.end(), it->second.begin(), it->second.end());
    for (const auto& x : n.names)
      if (auto it = by_label.find({n.type, x}); it != by_label.end())
        partners.insert(partners.end(), it->second.begin(), it->second.end());
    std::sort(partners.begin(), partners.end());
    partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
    // (A structured binding is captured by name: clang before 16 cannot capture it.)
    std::erase_if(partners, [&, &self = key](const std::string* other) {
      return *other == self || other_states(self, *other);
    });
    if (partners.size() != 1) continue;  // none, or ambiguous
    const std::string& other = *partners.front();
    std::string first = std::min(std::make_pair(entities_.at(key).first_seen, key),
                                 std::make_pair(entities_.at(other).first_seen, other)).second;
    if (first == key) continue;
    resolved_[key] = resolved(first);
  }
}

void GraphBuilder::finish() {
  const std::string& base = options_.base;
  // With threads to spare (build -j), the writers' ranking of the terms
  // the reports brought is worked out beside this work, which adds few.
  TermRanking ahead;
  std::jthread ranking;
  if (options_.threads > 1) {
    ahead = graph_.ranking();
    ranking = std::jthread([&] { ahead.run(options_.threads - 1); });
  }
  resolve();
  std::vector<TermId> settle(graph_.term_count());
  for (std::size_t t = 0; t < settle.size(); ++t) settle[t] = static_cast<TermId>(t);
  // The stand-ins are the only blank nodes whose label starts with U+0001
  // (those of merged graphs get a prefix of letters: graph_reader.cpp).
  for (std::size_t t = 1; t < settle.size(); ++t) {
    const Term& term = graph_.term(static_cast<TermId>(t));
    if (term.kind == Term::Kind::Blank && term.value.starts_with('\x01'))
      settle[t] = graph_.iri(resolved(term.value.substr(1)));
  }
  graph_.replace_terms(settle);
  place_in_report_graphs();
  TermId type = graph_.iri(std::string(ns::rdf) + "type");
  TermId label = graph_.iri(std::string(ns::rdfs) + "label");
  TermId alt = graph_.iri(std::string(ns::skos) + "altLabel");
  // Entities that resolved to the same node: its labels and facts together.
  std::map<std::string, std::vector<std::string>> members;
  for (const auto& [key, merged] : entities_) members[resolved(key)].push_back(key);
  for (auto& [iri, keys] : members) {
    TermId s = graph_.iri(iri);
    auto known = known_.find(iri);
    // The node's own key (the one whose IRI it is) gives the label; a node
    // already in the merged graph keeps its label.
    std::string own_key = keys.front();
    for (const auto& k : keys)
      if (mint_iri(base, k) == iri) own_key = k;
    std::vector<std::string> names;
    for (const auto& k : keys) {
      const Merged& merged = entities_.at(k);
      for (const auto& x : merged.labels) names.push_back(x);
      for (const auto& x : merged.entity.alt_labels) names.push_back(x);
    }
    std::string main;
    if (known != known_.end() && !known->second.labels.empty()) {
      main = *std::min_element(known->second.labels.begin(), known->second.labels.end());
    } else {
      const Merged& own = entities_.at(own_key);
      main = own.labels.empty() ? own.entity.label : *own.labels.begin();
      graph_.add(s, label, graph_.lang_literal(main, "en"));
    }
    for (const auto& x : names)
      if (x != main) graph_.add(s, alt, graph_.lang_literal(x, "en"));
    for (const auto& key : keys) {
      const Entity& e = entities_.at(key).entity;
      graph_.add(s, type, sg(extract::to_string(e.type)));
      if (!e.iso3166.empty()) graph_.add(s, sg("iso3166"), graph_.literal(e.iso3166));
      if (!e.part_of.empty()) graph_.add(s, sg("partOf"), graph_.iri(resolved(e.part_of)));
      if (!e.force_of.empty()) graph_.add(s, sg("forceOf"), graph_.iri(resolved(e.force_of)));
      if (!e.located_in.empty()) graph_.add(s, sg("locatedIn"), graph_.iri(resolved(e.located_in)));
      if (!e.member_type.empty()) graph_.add(s, sg("memberType"), sg(e.member_type));
      if (!e.org_kind.empty()) graph_.add(s, sg("orgKind"), graph_.literal(e.org_kind));
      for (const auto& p : e.positions) {
        // The position's IRI follows the node, so that it is the same
        // whichever key of the node brought it.
        TermId pos = graph_.iri(mint_iri(base, "position/" + hex64(fnv1a64(iri + '\x1f' + p.title + '\x1f' + p.of))));
        graph_.add(s, sg("holdsPosition"), pos);
        graph_.add(pos, type, sg("Position"));
        graph_.add(pos, sg("title"), graph_.literal(p.title));
        // The report's own words for it too, so that a query for "spokesman"
        // finds the spokesperson; the node stays keyed on the canonical title.
        if (!p.written.empty()) graph_.add(pos, sg("title"), graph_.literal(p.written));
        if (!p.of.empty()) graph_.add(pos, sg("positionIn"), graph_.iri(resolved(p.of)));
      }
    }
  }
  if (options_.summaries) summarize();
  if (ranking.joinable()) {
    ranking.join();
    graph_.keep(std::move(ahead));
  }
}

void GraphBuilder::place_in_report_graphs() {
  // A graph merged from a format without named graphs (Turtle, N-Triples)
  // brings its assertions, evidence and endnotes into the default graph.
  // Each goes back to the graph of its report, as the data model lays it
  // out: evidence and endnotes by their sg:inReport, an assertion by the
  // report of its evidence. One report, or it stays where it is.
  TermId in_report = sg("inReport");
  TermId derived = graph_.iri(std::string(ns::prov) + "wasDerivedFrom");
  constexpr TermId kNone = kDefaultGraph, kSeveral = ~TermId{0};
  std::vector<TermId> home(graph_.term_count(), kNone);  // by subject: its report, kNone or kSeveral
  auto settle = [&](TermId& slot, TermId report) {
    if (slot == kNone) slot = report;
    else if (slot != report) slot = kSeveral;
  };
  bool any = false;
  graph_.for_each_added([&](const Quad& q) {
    if (q.g != kDefaultGraph || q.p != in_report || graph_.term(q.o).kind != Term::Kind::Iri) return;
    settle(home[q.s], q.o);
    any = true;
  });
  if (!any) return;
  std::vector<TermId> assertion_home(graph_.term_count(), kNone);
  graph_.for_each_added([&](const Quad& q) {
    if (q.p == derived && home[q.o] != kNone && home[q.o] != kSeveral) settle(assertion_home[q.s], home[q.o]);
  });
  for (std::size_t t = 0; t < home.size(); ++t)
    if (home[t] == kNone) home[t] = assertion_home[t];
  std::vector<Quad> moved;
  graph_.remove_if([&](const Quad& q) {
    if (q.g != kDefaultGraph || home[q.s] == kNone || home[q.s] == kSeveral) return false;
    moved.push_back(Quad{q.s, q.p, q.o, home[q.s]});
    return true;
  });
  for (const auto& q : moved) graph_.add(q.s, q.p, q.o, q.g);
}

void GraphBuilder::summarize() {
  // Summaries are derived from every assertion in the graph, old and new:
  // the ones a merged graph brought, in its default graph or the summaries
  // graph, are replaced, not added to.
  TermId type = graph_.iri(std::string(ns::rdf) + "type");
  // A graph where sg:StanceSummary is no term yet (no graph was merged
  // into, or one without summaries) has none to replace: the two passes
  // over every quad that find and remove them are skipped.
  const bool had_class = graph_.find(Term{Term::Kind::Iri, std::string(ns::sg) + "StanceSummary", {}, {}}).has_value();
  TermId summary_class = sg("StanceSummary");
  std::set<TermId> old;
  if (had_class)
    graph_.for_each_added([&](const Quad& q) {
      if (q.p == type && q.o == summary_class) old.insert(q.s);
    });
  for (const auto& iri : summaries_) old.insert(graph_.iri(iri));
  if (!old.empty()) graph_.remove_if([&](const Quad& q) { return old.count(q.s) > 0; });

  auto all = stances(graph_);
  // The actors' and targets' labels, for the summaries' own.
  std::vector<char> wanted(graph_.term_count(), 0);
  for (const auto& s : all) wanted[s.actor] = wanted[s.target] = 1;
  std::map<TermId, std::string_view> names;  // views of terms, which never move
  TermId label = graph_.iri(std::string(ns::rdfs) + "label");
  graph_.for_each_added([&](const Quad& q) {
    if (q.p != label || q.s >= wanted.size() || !wanted[q.s]) return;
    std::string_view l = graph_.term(q.o).value;
    auto [it, fresh] = names.try_emplace(q.s, l);
    if (!fresh && l < it->second) it->second = l;
  });
  auto name = [&](TermId id) -> std::string_view {
    auto it = names.find(id);
    return it != names.end() ? it->second : std::string_view(graph_.term(id).value);
  };
  const std::string xsd_date = std::string(ns::xsd) + "date";
  TermId g = graph_.iri(summaries_graph(options_.base));
  TermId actor = sg("actor"), target = sg("target"), event_type = sg("eventType"), negated = sg("negated");
  // The sg: names of every summary, each interned at its first use (the
  // order, and so the ids, they always had) and then remembered: sg()
  // builds a string and looks it up, once an assertion for sg:summarizes
  // (summarize() 32.1M -> 30.0M instructions on the 1 MB corpus).
  TermId first_date_id = 0, last_date_id = 0, count_id = 0, summarizes_id = 0;
  auto once = [&](TermId& id, std::string_view local) {
    if (id == 0) id = sg(local);
    return id;
  };
  for (const auto& st : all) {
    TermId s = graph_.iri(mint_iri(options_.base, "summary/" + stance_id(graph_, st)));
    graph_.add(s, type, summary_class, g);
    graph_.add(s, actor, st.actor, g);
    graph_.add(s, event_type, sg(st.event_type), g);
    if (st.target != kDefaultGraph) graph_.add(s, target, st.target, g);
    graph_.add(s, negated, graph_.boolean(st.negated), g);
    if (!st.first_date.empty())
      graph_.add(s, once(first_date_id, "firstDate"), graph_.literal(st.first_date, xsd_date), g);
    if (!st.last_date.empty())
      graph_.add(s, once(last_date_id, "lastDate"), graph_.literal(st.last_date, xsd_date), g);
    graph_.add(s, once(count_id, "assertionCount"), graph_.integer(static_cast<long long>(st.assertions.size())), g);
    once(summarizes_id, "summarizes");
    for (auto m : st.assertions) graph_.add(s, summarizes_id, m, g);
    // "Russia not REJECT Ukraine: 3 assertions, 2025-08-18 to 2025-09-04"
    std::string text(name(st.actor));
    text += st.negated ? " not " : " ";
    text += st.event_type;
    if (st.target != kDefaultGraph) {
      text += ' ';
      text += name(st.target);
    }
    std::size_t n = st.assertions.size();
    text += ": " + std::to_string(n) + (n == 1 ? " assertion" : " assertions");
    if (!st.first_date.empty())
      text += st.first_date == st.last_date ? ", " + st.first_date : ", " + st.first_date + " to " + st.last_date;
    graph_.add(s, label, graph_.lang_literal(text, "en"), g);
  }
}

}  // namespace sg::graph
