// read_events(): the records of event_table.h, from a graph's quads.
//
// Every subject the records need gets a slot (an index into one vector per
// kind of node) in a table as long as the graph's terms, so that each quad
// costs an array lookup, not a map lookup: a graph of ten million quads is
// read in three passes at memory speed, and the graph itself is never sorted.
#include <algorithm>
#include <charconv>
#include <limits>
#include <unordered_map>

#include "event_table.h"

namespace sg::exporter::events {

namespace {

using graph::Quad;
using graph::Term;
using graph::TermId;

// What a subject is to the records. A subject typed with two record classes
// takes the first of them in this order.
enum class Role : std::uint8_t { None, Assertion, Evidence, Report, Endnote, Position, Node };

// Node classes in the order of their names: of two classes a node has, the
// smaller name wins, as GraphBuilder::know() decides (so an armed force that
// is also typed sg:Organization stays an ArmedForce).
enum class NodeClass : std::uint8_t { ActorGroup, ArmedForce, Organization, Person, Place, State, None };
constexpr std::string_view kClassNames[] = {"ActorGroup", "ArmedForce", "Organization", "Person", "Place", "State", ""};

constexpr std::uint32_t kNoSlot = std::numeric_limits<std::uint32_t>::max();

// The many-valued links of assertions and evidence are kept apart from
// their facts, in one vector each, and grouped by slot once read (a
// counting sort): no allocation per assertion.
enum class LinkKind : std::uint8_t { Actor, Target, Speaker, Evidence, Citation, Cites };
struct Link {
  std::uint32_t slot;
  LinkKind kind;
  TermId term;
};
// Links grouped by slot: those of slot s are links[begin[s]] to links[begin[s + 1]].
struct Grouped {
  std::vector<std::uint32_t> begin;
  std::vector<Link> links;
  std::span<const Link> of(std::uint32_t s) const { return {links.data() + begin[s], links.data() + begin[s + 1]}; }
};
Grouped group(const std::vector<Link>& raw, std::size_t slots) {
  Grouped g;
  g.begin.assign(slots + 1, 0);
  for (const Link& l : raw) ++g.begin[l.slot + 1];
  for (std::size_t s = 0; s < slots; ++s) g.begin[s + 1] += g.begin[s];
  g.links.resize(raw.size());
  std::vector<std::uint32_t> at(g.begin.begin(), g.begin.end() - 1);
  for (const Link& l : raw) g.links[at[l.slot]++] = l;
  return g;
}

struct AssertionFacts {
  TermId self = 0, type = 0, date = 0, modality = 0, topic = 0, quantity = 0, verb = 0, trigger = 0, location = 0;
  TermId graph = 0;  // the named graph of its rdf:type quad, or 0
  bool negated = false;
};
struct EvidenceFacts {
  TermId self = 0, text = 0, report = 0;
  long long start = -1;
};
struct ReportFacts {
  TermId title = 0, url = 0, date = 0;
};
struct EndnoteFacts {
  long long number = -1;
  TermId url = 0;
};
struct NodeFacts {
  TermId self = 0, label = 0, iso = 0, kind = 0;
  NodeClass cls = NodeClass::None;
  std::vector<TermId> up;         // sg:forceOf, sg:partOf, sg:locatedIn
  std::vector<TermId> positions;  // sg:holdsPosition
  // Coding, once computed (see code()).
  enum class State : std::uint8_t { Todo, Busy, Done } state = State::Todo;
  std::string_view iso2, nonstate, sector;
};

long long to_integer(std::string_view s) {
  long long v = -1;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && end == s.data() + s.size() ? v : -1;
}

std::string_view tail(std::string_view iri) {
  auto cut = iri.find_last_of("/#");
  return cut == std::string_view::npos || cut + 1 == iri.size() ? iri : iri.substr(cut + 1);
}

class Reader {
 public:
  Reader(const graph::Graph& g, const EventCodes& codes) : g_(g), codes_(codes) {}

  Table read() {
    resolve_terms();
    classify();
    collect();
    rank_nodes();
    // Coded in IRI order, each node's links in IRI order too: where links
    // loop, which node comes out unknown never depends on the order the
    // quads were added in.
    for (std::uint32_t i : by_iri_) code(nodes_[i].self);
    Table table;
    table.parties.reserve(nodes_.size());
    for (std::size_t i = 0; i < nodes_.size(); ++i) table.parties.push_back(party(i));
    records(table);
    return table;
  }

 private:
  // ---------------------------------------------------------------- terms

  TermId id_of(std::string_view ns, std::string_view local) const {
    Term t;
    t.value = std::string(ns) + std::string(local);
    return g_.find(t).value_or(graph::kDefaultGraph);  // no quad has 0 as predicate or class
  }

  void resolve_terms() {
    using namespace graph::ns;
    type_ = id_of(rdf, "type");
    label_ = id_of(rdfs, "label");
    for (std::size_t c = 0; c < static_cast<std::size_t>(NodeClass::None); ++c) classes_[c] = id_of(sg, kClassNames[c]);
    assertion_ = id_of(sg, "Assertion");
    evidence_class_ = id_of(sg, "Evidence");
    report_class_ = id_of(sg, "Report");
    endnote_class_ = id_of(sg, "Endnote");
    position_class_ = id_of(sg, "Position");
    event_type_ = id_of(sg, "eventType");
    actor_ = id_of(sg, "actor");
    target_ = id_of(sg, "target");
    date_ = id_of(sg, "date");
    negated_ = id_of(sg, "negated");
    modality_ = id_of(sg, "modality");
    topic_ = id_of(sg, "topic");
    quantity_ = id_of(sg, "quantity");
    speaker_ = id_of(sg, "attributedTo");
    verb_ = id_of(sg, "attributionVerb");
    trigger_ = id_of(sg, "trigger");
    location_ = id_of(sg, "location");
    derived_ = id_of(prov, "wasDerivedFrom");
    text_ = id_of(sg, "text");
    citation_ = id_of(sg, "citation");
    cites_ = id_of(sg, "cites");
    start_ = id_of(sg, "start");
    in_report_ = id_of(sg, "inReport");
    title_ = id_of(dcterms, "title");
    source_ = id_of(dcterms, "source");
    report_date_ = id_of(dcterms, "date");
    iso_ = id_of(sg, "iso3166");
    kind_ = id_of(sg, "orgKind");
    part_of_ = id_of(sg, "partOf");
    force_of_ = id_of(sg, "forceOf");
    located_in_ = id_of(sg, "locatedIn");
    holds_ = id_of(sg, "holdsPosition");
    position_in_ = id_of(sg, "positionIn");
    for (const auto& [prefix, ns] : g_.prefixes())
      if (prefix == "sgid") base_ = ns;
  }

  bool is_iri(TermId t) const { return g_.term(t).kind == Term::Kind::Iri; }
  const std::string& text(TermId t) const { return g_.term(t).value; }
  // Keeps the term with the smaller text, so that the order quads were
  // added in never matters.
  void keep_min(TermId& kept, TermId t) const {
    if (kept == 0 || text(t) < text(kept)) kept = t;
  }

  // ---------------------------------------------------------------- passes 1 and 2: what each subject is

  template <typename Facts>
  void assign(TermId t, Role role, std::vector<Facts>& facts) {
    role_[t] = role;
    slot_[t] = static_cast<std::uint32_t>(facts.size());
    facts.emplace_back();
  }
  void node(TermId t) {
    if (!is_iri(t) || role_[t] != Role::None) return;
    role_[t] = Role::Node;
    slot_[t] = static_cast<std::uint32_t>(nodes_.size());
    nodes_.emplace_back().self = t;
  }

  void classify() {
    const std::size_t terms = g_.term_count();
    role_.assign(terms, Role::None);
    slot_.assign(terms, kNoSlot);
    // The record classes of every subject, as bits by Role; then each
    // subject takes the first of its roles, whatever order the quads are in.
    std::vector<std::uint8_t> typed(terms, 0);
    const std::pair<TermId, Role> record_classes[] = {{assertion_, Role::Assertion}, {evidence_class_, Role::Evidence},
                                                      {report_class_, Role::Report}, {endnote_class_, Role::Endnote},
                                                      {position_class_, Role::Position}};
    g_.for_each_added([&](const Quad& q) {
      if (q.p != type_) return;
      for (auto [cls, role] : record_classes)
        if (q.o == cls) typed[q.s] |= static_cast<std::uint8_t>(1u << static_cast<unsigned>(role));
    });
    for (TermId t = 1; t < terms; ++t) {
      if (typed[t] == 0) continue;
      auto has = [&](Role r) { return (typed[t] >> static_cast<unsigned>(r)) & 1u; };
      if (has(Role::Assertion)) {
        assign(t, Role::Assertion, assertions_);
        assertions_.back().self = t;
      } else if (has(Role::Evidence)) {
        assign(t, Role::Evidence, evidences_);
        evidences_.back().self = t;
      } else if (has(Role::Report)) {
        assign(t, Role::Report, reports_);
      } else if (has(Role::Endnote)) {
        assign(t, Role::Endnote, endnotes_);
      } else {
        assign(t, Role::Position, positions_);
      }
    }
    // Nodes: what is typed with a node class, and what records link to,
    // typed or not (a foreign merged graph's actor is still a party).
    g_.for_each_added([&](const Quad& q) {
      if (q.p == type_) {
        for (std::size_t c = 0; c < static_cast<std::size_t>(NodeClass::None); ++c)
          if (q.o == classes_[c]) {
            node(q.s);
            if (role_[q.s] == Role::Node) {
              NodeFacts& n = nodes_[slot_[q.s]];
              n.cls = std::min(n.cls, static_cast<NodeClass>(c));
            }
          }
      } else if (q.p == actor_ || q.p == target_ || q.p == speaker_ || q.p == location_ || q.p == part_of_ ||
                 q.p == force_of_ || q.p == located_in_ || q.p == position_in_) {
        node(q.o);
      }
    });
  }

  // ---------------------------------------------------------------- pass 3: the facts of each

  void collect() {
    g_.for_each_added([&](const Quad& q) {
      std::uint32_t slot = slot_[q.s];
      switch (role_[q.s]) {
        case Role::Assertion: assertion_fact(slot, q); break;
        case Role::Evidence: evidence_fact(slot, q); break;
        case Role::Report: {
          ReportFacts& r = reports_[slot];
          if (q.p == title_) keep_min(r.title, q.o);
          else if (q.p == source_ && is_iri(q.o)) keep_min(r.url, q.o);
          else if (q.p == report_date_) keep_min(r.date, q.o);
          break;
        }
        case Role::Endnote: {
          EndnoteFacts& n = endnotes_[slot];
          if (q.p == citation_) {
            long long v = to_integer(text(q.o));
            if (v >= 0 && (n.number < 0 || v < n.number)) n.number = v;
          } else if (q.p == source_ && is_iri(q.o)) {
            keep_min(n.url, q.o);
          }
          break;
        }
        case Role::Position:
          if (q.p == position_in_ && role_[q.o] == Role::Node) positions_[slot].push_back(q.o);
          break;
        case Role::Node: {
          NodeFacts& n = nodes_[slot];
          if (q.p == label_) keep_min(n.label, q.o);
          else if (q.p == iso_) keep_min(n.iso, q.o);
          else if (q.p == kind_) keep_min(n.kind, q.o);
          else if ((q.p == part_of_ || q.p == force_of_ || q.p == located_in_) && role_[q.o] == Role::Node) n.up.push_back(q.o);
          else if (q.p == holds_ && role_[q.o] == Role::Position) n.positions.push_back(q.o);
          break;
        }
        case Role::None: break;
      }
    });
  }

  void assertion_fact(std::uint32_t slot, const Quad& q) {
    AssertionFacts& a = assertions_[slot];
    TermId p = q.p;
    if (p == type_ && q.o == assertion_ && q.g != graph::kDefaultGraph) keep_min(a.graph, q.g);
    else if (p == event_type_) keep_min(a.type, q.o);
    else if (p == actor_ && role_[q.o] == Role::Node) assertion_links_.push_back({slot, LinkKind::Actor, q.o});
    else if (p == target_ && role_[q.o] == Role::Node) assertion_links_.push_back({slot, LinkKind::Target, q.o});
    else if (p == date_) keep_min(a.date, q.o);
    else if (p == negated_) a.negated = a.negated || text(q.o) == "true" || text(q.o) == "1";
    else if (p == modality_) keep_min(a.modality, q.o);
    else if (p == topic_) keep_min(a.topic, q.o);
    else if (p == quantity_) keep_min(a.quantity, q.o);
    else if (p == speaker_ && role_[q.o] == Role::Node) assertion_links_.push_back({slot, LinkKind::Speaker, q.o});
    else if (p == verb_) keep_min(a.verb, q.o);
    else if (p == trigger_) keep_min(a.trigger, q.o);
    else if (p == location_ && role_[q.o] == Role::Node) keep_min(a.location, q.o);
    else if (p == derived_ && role_[q.o] == Role::Evidence) assertion_links_.push_back({slot, LinkKind::Evidence, q.o});
  }

  void evidence_fact(std::uint32_t slot, const Quad& q) {
    EvidenceFacts& e = evidences_[slot];
    TermId p = q.p;
    if (p == text_) {
      keep_min(e.text, q.o);
    } else if (p == citation_) {
      evidence_links_.push_back({slot, LinkKind::Citation, q.o});
    } else if (p == cites_ && role_[q.o] == Role::Endnote) {
      evidence_links_.push_back({slot, LinkKind::Cites, q.o});
    } else if (p == start_) {
      long long v = to_integer(text(q.o));
      if (v >= 0 && (e.start < 0 || v < e.start)) e.start = v;
    } else if (p == in_report_ && role_[q.o] == Role::Report) {
      keep_min(e.report, q.o);
    }
  }

  // ---------------------------------------------------------------- coding

  void rank_nodes() {
    by_iri_.resize(nodes_.size());
    node_rank_.resize(nodes_.size());
    for (std::uint32_t i = 0; i < nodes_.size(); ++i) by_iri_[i] = i;
    std::sort(by_iri_.begin(), by_iri_.end(),
              [&](auto a, auto b) { return text(nodes_[a].self) < text(nodes_[b].self); });
    for (std::uint32_t r = 0; r < by_iri_.size(); ++r) node_rank_[by_iri_[r]] = r;
    auto by_rank = [&](TermId a, TermId b) { return node_rank_[slot_[a]] < node_rank_[slot_[b]]; };
    for (NodeFacts& n : nodes_) {
      std::sort(n.up.begin(), n.up.end(), by_rank);
      std::sort(n.positions.begin(), n.positions.end(), [&](TermId a, TermId b) { return text(a) < text(b); });
    }
    for (auto& bodies : positions_) std::sort(bodies.begin(), bodies.end(), by_rank);
  }

  // The one non-empty value f(x) takes over `xs`, or empty when none or
  // several.
  template <typename F>
  static std::string_view agreed(const std::vector<TermId>& xs, F f) {
    std::string_view found;
    for (TermId x : xs) {
      std::string_view v = f(x);
      if (v.empty() || v == found) continue;
      if (!found.empty()) return {};
      found = v;
    }
    return found;
  }

  // The bodies a person holds a position in.
  std::vector<TermId> bodies(const NodeFacts& n) const {
    std::vector<TermId> out;
    for (TermId p : n.positions)
      for (TermId b : positions_[slot_[p]]) out.push_back(b);
    return out;
  }

  // Works out a node's state, non-state code and sector (NodeFacts),
  // following its links up; a cycle of links ends as "unknown".
  NodeFacts& code(TermId t) {
    NodeFacts& n = nodes_[slot_[t]];  // nodes_ no longer grows: the reference holds through the recursion
    if (n.state != NodeFacts::State::Todo) return n;
    n.state = NodeFacts::State::Busy;
    auto up_iso = [&](TermId x) { return code(x).iso2; };
    auto up_nonstate = [&](TermId x) { return code(x).nonstate; };
    const EventCodes::Kind* kind = nullptr;
    if (n.kind != 0)
      if (auto k = codes_.kinds.find(text(n.kind)); k != codes_.kinds.end()) kind = &k->second;
    std::string_view iso2, nonstate, sector;
    std::vector<TermId> held = n.cls == NodeClass::Person ? bodies(n) : std::vector<TermId>{};
    if (n.cls == NodeClass::State) {
      if (n.iso != 0) iso2 = text(n.iso);
    } else {
      iso2 = agreed(n.up, up_iso);
      if (iso2.empty()) iso2 = agreed(held, up_iso);
    }
    if (kind) nonstate = kind->code;
    if (nonstate.empty()) nonstate = agreed(n.up, up_nonstate);
    if (nonstate.empty()) nonstate = agreed(held, up_nonstate);
    if (n.cls == NodeClass::Organization || n.cls == NodeClass::ArmedForce) {
      if (kind) sector = kind->sector;
      if (sector.empty() && n.cls == NodeClass::ArmedForce) sector = "MIL";
    } else if (n.cls == NodeClass::Person) {
      sector = agreed(held, [&](TermId b) -> std::string_view {
        const NodeFacts& body = code(b);
        return body.cls == NodeClass::State ? std::string_view("GOV") : body.sector;
      });
    }
    n.iso2 = iso2;
    n.nonstate = nonstate;
    n.sector = sector;
    n.state = NodeFacts::State::Done;
    return n;
  }

  Party party(std::size_t i) {
    NodeFacts& n = code(nodes_[i].self);
    Party p;
    p.iri = text(n.self);
    p.label = n.label != 0 ? std::string_view(text(n.label)) : tail(p.iri);
    p.type = kClassNames[static_cast<std::size_t>(n.cls)];
    p.iso2 = n.iso2;
    if (!p.iso2.empty())
      if (auto a = codes_.alpha3.find(p.iso2); a != codes_.alpha3.end()) p.iso3 = a->second;
    p.code = !p.iso3.empty() ? p.iso3 : n.nonstate;
    p.sector = n.sector;
    return p;
  }

  // ---------------------------------------------------------------- records

  std::string_view value(TermId t) const { return t == 0 ? std::string_view() : std::string_view(text(t)); }

  // A date's place in the order: an ISO date by its number, anything else
  // (a foreign graph's) after them by its text, undated last.
  static std::pair<int, std::uint32_t> date_key(std::string_view d) {
    auto digits = [&](std::size_t from, std::size_t n) {
      std::uint32_t v = 0;
      for (std::size_t i = from; i < from + n; ++i) {
        if (d[i] < '0' || d[i] > '9') return std::uint32_t{0xFFFFFFFF};
        v = v * 10 + static_cast<std::uint32_t>(d[i] - '0');
      }
      return v;
    };
    if (d.empty()) return {2, 0};
    if (d.size() == 10 && d[4] == '-' && d[7] == '-') {
      std::uint32_t y = digits(0, 4), m = digits(5, 2), day = digits(8, 2);
      if (y != 0xFFFFFFFF && m != 0xFFFFFFFF && day != 0xFFFFFFFF) return {0, y * 10000 + m * 100 + day};
    }
    return {1, 0};
  }

  void records(Table& table) {
    const Grouped alinks = group(assertion_links_, assertions_.size());
    const Grouped elinks = group(evidence_links_, evidences_.size());
    assertion_links_ = {};
    evidence_links_ = {};
    // Reports ranked by IRI (nodes are already), so that sorting compares integers.
    std::vector<TermId> report_terms;
    for (TermId t = 1; t < role_.size(); ++t)
      if (role_[t] == Role::Report) report_terms.push_back(t);  // in slot order: slots were given in term order
    std::vector<std::uint32_t> by_iri(report_terms.size()), report_rank(report_terms.size());
    for (std::uint32_t i = 0; i < by_iri.size(); ++i) by_iri[i] = i;
    std::sort(by_iri.begin(), by_iri.end(),
              [&](auto a, auto b) { return text(report_terms[a]) < text(report_terms[b]); });
    for (std::uint32_t r = 0; r < by_iri.size(); ++r) report_rank[by_iri[r]] = r;

    // Each assertion's first sentence (by offset, then IRI) and report: its sort key.
    // The last tie-break is the assertion IRI: its first eight bytes after
    // the prefix all of them share, then the rest.
    std::size_t shared = assertions_.empty() ? 0 : text(assertions_.front().self).size();
    for (const AssertionFacts& a : assertions_) {
      const std::string& iri = text(a.self);
      const std::string& first = text(assertions_.front().self);
      std::size_t same = 0;
      while (same < shared && same < iri.size() && iri[same] == first[same]) ++same;
      shared = same;
    }
    auto eight = [&](const std::string& iri) {
      std::uint64_t v = 0;
      for (std::size_t i = shared; i < shared + 8; ++i)
        v = v << 8 | (i < iri.size() ? static_cast<unsigned char>(iri[i]) : 0u);
      return v;
    };
    struct Key {
      std::pair<int, std::uint32_t> date;
      std::uint32_t report;  // rank + 1, 0 for none
      long long start;
      std::uint64_t iri8;
      std::uint32_t assertion;
      const EvidenceFacts* first;
      TermId report_term;
    };
    std::vector<Key> keys(assertions_.size());
    for (std::uint32_t i = 0; i < assertions_.size(); ++i) {
      const AssertionFacts& a = assertions_[i];
      const EvidenceFacts* first = nullptr;
      for (const Link& l : alinks.of(i)) {
        if (l.kind != LinkKind::Evidence) continue;
        const EvidenceFacts& f = evidences_[slot_[l.term]];
        if (!first || f.start < first->start || (f.start == first->start && text(f.self) < text(first->self))) first = &f;
      }
      TermId report = a.graph != 0 && role_[a.graph] == Role::Report ? a.graph : 0;
      if (first && first->report != 0) report = first->report;
      keys[i] = {date_key(value(a.date)), report ? report_rank[slot_[report]] + 1 : 0, first ? first->start : -1,
                 eight(text(a.self)), i, first, report};
    }
    std::sort(keys.begin(), keys.end(), [&](const Key& x, const Key& y) {
      if (x.date != y.date) return x.date < y.date;
      if (x.date.first == 1) {  // dates that are not ISO: by their text
        auto dx = value(assertions_[x.assertion].date), dy = value(assertions_[y.assertion].date);
        if (dx != dy) return dx < dy;
      }
      if (x.report != y.report) return x.report < y.report;
      if (x.start != y.start) return x.start < y.start;
      if (x.iri8 != y.iri8) return x.iri8 < y.iri8;
      return text(assertions_[x.assertion].self) < text(assertions_[y.assertion].self);
    });

    // The records, in that order; their lists go into the table's pools
    // as (offset, size) until the pools stop growing, then become spans.
    struct Ranges {
      std::size_t actors[2], targets[2], speakers[2], footnotes[2], endnotes[2];
    };
    std::vector<Ranges> ranges(keys.size());
    table.records.resize(keys.size());
    std::vector<std::uint32_t> scratch;
    std::unordered_map<TermId, std::pair<std::string_view, const EventCodes::Event*>> types;
    for (std::size_t k = 0; k < keys.size(); ++k) {
      const Key& key = keys[k];
      const AssertionFacts& a = assertions_[key.assertion];
      Record& r = table.records[k];
      Ranges& rg = ranges[k];
      r.iri = text(a.self);
      r.id = !base_.empty() && r.iri.size() > base_.size() && r.iri.starts_with(base_) ? r.iri.substr(base_.size()) : r.iri;
      if (a.type != 0) {
        // A handful of types: each looked up once.
        auto [known, added] = types.try_emplace(a.type);
        if (added) {
          const std::string& t = text(a.type);
          bool ours = t.starts_with(graph::ns::sg) && t.size() > graph::ns::sg.size();
          known->second.first = ours ? std::string_view(t).substr(graph::ns::sg.size()) : std::string_view(t);
          if (auto e = codes_.events.find(known->second.first); ours && e != codes_.events.end())
            known->second.second = &e->second;
        }
        r.event_type = known->second.first;
        r.codes = known->second.second;
      }
      r.date = value(a.date);
      r.negated = a.negated;
      if (a.modality != 0) r.modality = tail(text(a.modality));
      // Parties by IRI, each once.
      auto parties = [&](LinkKind kind, std::size_t* range) {
        scratch.clear();
        for (const Link& l : alinks.of(key.assertion))
          if (l.kind == kind) scratch.push_back(slot_[l.term]);
        std::sort(scratch.begin(), scratch.end(), [&](auto x, auto y) { return node_rank_[x] < node_rank_[y]; });
        scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
        range[0] = table.party_lists.size();
        range[1] = scratch.size();
        table.party_lists.insert(table.party_lists.end(), scratch.begin(), scratch.end());
      };
      parties(LinkKind::Actor, rg.actors);
      parties(LinkKind::Target, rg.targets);
      parties(LinkKind::Speaker, rg.speakers);
      if (a.location != 0) r.location = slot_[a.location];
      r.topic = value(a.topic);
      r.quantity = value(a.quantity);
      r.verb = value(a.verb);
      r.trigger = value(a.trigger);
      rg.footnotes[0] = table.footnote_lists.size();
      rg.endnotes[0] = table.endnote_lists.size();
      if (const EvidenceFacts* first = key.first) {
        r.sentence = value(first->text);
        if (first->text != 0) r.language = g_.term(first->text).language;
        const std::uint32_t e = slot_[first->self];
        for (const Link& l : elinks.of(e)) {
          if (l.kind == LinkKind::Citation) {
            if (long long v = to_integer(text(l.term)); v >= 0) table.footnote_lists.push_back(v);
          } else {
            const EndnoteFacts& f = endnotes_[slot_[l.term]];
            table.endnote_lists.push_back({f.number, value(f.url)});
          }
        }
        auto notes = table.footnote_lists.begin() + static_cast<std::ptrdiff_t>(rg.footnotes[0]);
        std::sort(notes, table.footnote_lists.end());
        table.footnote_lists.erase(std::unique(notes, table.footnote_lists.end()), table.footnote_lists.end());
        auto ends = table.endnote_lists.begin() + static_cast<std::ptrdiff_t>(rg.endnotes[0]);
        auto endnote_key = [](const Endnote& x) { return std::make_pair(x.number, x.url); };
        std::sort(ends, table.endnote_lists.end(),
                  [&](const Endnote& x, const Endnote& y) { return endnote_key(x) < endnote_key(y); });
        table.endnote_lists.erase(std::unique(ends, table.endnote_lists.end(),
                                              [&](const Endnote& x, const Endnote& y) { return endnote_key(x) == endnote_key(y); }),
                                  table.endnote_lists.end());
      }
      rg.footnotes[1] = table.footnote_lists.size() - rg.footnotes[0];
      rg.endnotes[1] = table.endnote_lists.size() - rg.endnotes[0];
      if (key.report_term != 0) {
        const ReportFacts& f = reports_[slot_[key.report_term]];
        r.report = text(key.report_term);
        r.report_title = value(f.title);
        r.report_url = value(f.url);
        r.report_date = value(f.date);
      }
    }
    for (std::size_t k = 0; k < keys.size(); ++k) {
      Record& r = table.records[k];
      const Ranges& rg = ranges[k];
      auto span = [](const auto& pool, const std::size_t* range) {
        return std::span(pool.data() + range[0], range[1]);
      };
      r.actors = span(table.party_lists, rg.actors);
      r.targets = span(table.party_lists, rg.targets);
      r.speakers = span(table.party_lists, rg.speakers);
      r.footnotes = span(table.footnote_lists, rg.footnotes);
      r.endnotes = span(table.endnote_lists, rg.endnotes);
    }
  }

  const graph::Graph& g_;
  const EventCodes& codes_;
  std::string base_;
  TermId type_ = 0, label_ = 0, assertion_ = 0, evidence_class_ = 0, report_class_ = 0, endnote_class_ = 0,
         position_class_ = 0, event_type_ = 0, actor_ = 0, target_ = 0, date_ = 0, negated_ = 0, modality_ = 0,
         topic_ = 0, quantity_ = 0, speaker_ = 0, verb_ = 0, trigger_ = 0, location_ = 0, derived_ = 0, text_ = 0,
         citation_ = 0, cites_ = 0, start_ = 0, in_report_ = 0, title_ = 0, source_ = 0, report_date_ = 0, iso_ = 0,
         kind_ = 0, part_of_ = 0, force_of_ = 0, located_in_ = 0, holds_ = 0, position_in_ = 0;
  TermId classes_[static_cast<std::size_t>(NodeClass::None)] = {};
  std::vector<Role> role_;
  std::vector<std::uint32_t> slot_;
  std::vector<AssertionFacts> assertions_;
  std::vector<EvidenceFacts> evidences_;
  std::vector<Link> assertion_links_, evidence_links_;
  std::vector<ReportFacts> reports_;
  std::vector<EndnoteFacts> endnotes_;
  std::vector<std::vector<TermId>> positions_;  // each position's sg:positionIn bodies
  std::vector<NodeFacts> nodes_;
  std::vector<std::uint32_t> by_iri_, node_rank_;  // node slots in IRI order; each slot's place in it
};

}  // namespace

Table read_events(const graph::Graph& graph, const EventCodes& codes) { return Reader(graph, codes).read(); }

}  // namespace sg::exporter::events
