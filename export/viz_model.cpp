// The view model of viz_model.h: actors, stance edges recomputed from the
// assertions, and the evidence behind each edge.
#include "viz_model.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace sg::exporter::viz {
namespace {

using graph::Quad;
using graph::Term;
using graph::TermId;

constexpr std::array<EventStyle, 18> kStyles = {{
    {"STATEMENT", "#7f7f7f"}, {"AGREE", "#1a9850"},    {"CONSULT", "#4575b4"},  {"SUPPORT", "#66bd63"},
    {"CONCEDE", "#a6d96a"},   {"COOPERATE", "#35978f"}, {"AID", "#8073ac"},      {"RETREAT", "#74add1"},
    {"REQUEST", "#fdae61"},   {"ACCUSE", "#f46d43"},    {"REJECT", "#d73027"},   {"THREATEN", "#c51b7d"},
    {"PROTEST", "#e08214"},   {"SANCTION", "#762a83"},  {"MOBILIZE", "#8c510a"}, {"COERCE", "#b2182b"},
    {"ASSAULT", "#67001f"},   {"ADVANCE", "#543005"},
}};

constexpr std::array<EventStyle, 6> kTypeColours = {{{"State", "#9ecae1"},
                                                     {"Organization", "#a1d99b"},
                                                     {"ArmedForce", "#fc9272"},
                                                     {"Person", "#fdd0a2"},
                                                     {"ActorGroup", "#bcbddc"},
                                                     {"Place", "#d9d9d9"}}};

constexpr std::array<std::string_view, 5> kActorClasses = {"State", "Organization", "ArmedForce", "Person",
                                                            "ActorGroup"};

// The predicates the view reads, recognised once per distinct term.
enum class Pred {
  Other, Type, Label, Iso, EventType, Actor, Target, Date, Negated, Modality, Topic, AttributedTo,
  AttributionVerb, DerivedFrom, Text, Citation, InReport, Start, Title, ReportDate, Identifier, Cites, Source
};

// What the model shows of an assertion. Its type and polarity are taken
// as graph::stances() takes them (the smallest type, negated if any
// says so), so that an assertion and the edge it stands behind agree.
struct AssertionFacts {
  std::string type;  // local name
  std::vector<TermId> actors, targets, speakers, evidence;
  std::string date, topic, verb, modality;
  bool negated = false, modal = false;
  TermId graph = graph::kDefaultGraph;
};

struct EvidenceFacts {
  std::string text;
  TermId report = graph::kDefaultGraph;
  std::vector<long long> citations;
  long long start = -1;
  std::vector<TermId> cites;
};

struct NodeFacts {
  std::string label, iso, actor_class, other_class;
};

struct ReportFacts {
  std::string label, title, date, identifier;
};

// Keeps the smallest of several values, so that quad order never matters.
void keep_min(std::string& slot, const std::string& value) {
  if (slot.empty() || value < slot) slot = value;
}

long long to_integer(const std::string& s) {
  long long v = 0;
  bool neg = !s.empty() && s[0] == '-';
  for (std::size_t i = neg ? 1 : 0; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
    if (v > 1'000'000'000'000LL) return -1;
  }
  return neg ? -v : v;
}

std::string tail(const std::string& iri) {
  auto cut = iri.find_last_of("/#");
  std::string t = cut == std::string::npos ? iri : iri.substr(cut + 1);
  return t.empty() ? iri : t;
}

class Reader {
 public:
  explicit Reader(const graph::Graph& g) : g_(g) {}

  Model read(Scope scope) {
    collect();
    Model m;
    group(m);
    add_nodes(m);
    add_reports(m);
    if (scope == Scope::EveryAssertion) add_assertions(m);
    return m;
  }

 private:
  Pred pred(TermId p) {
    auto it = preds_.find(p);
    if (it != preds_.end()) return it->second;
    const std::string& v = g_.term(p).value;
    const std::string sgns(graph::ns::sg), rdfs(graph::ns::rdfs), dct(graph::ns::dcterms);
    Pred r = Pred::Other;
    if (v == std::string(graph::ns::rdf) + "type") r = Pred::Type;
    else if (v == rdfs + "label") r = Pred::Label;
    else if (v == std::string(graph::ns::prov) + "wasDerivedFrom") r = Pred::DerivedFrom;
    else if (v == dct + "title") r = Pred::Title;
    else if (v == dct + "date") r = Pred::ReportDate;
    else if (v == dct + "identifier") r = Pred::Identifier;
    else if (v == dct + "source") r = Pred::Source;
    else if (v.rfind(sgns, 0) == 0) {
      static const std::map<std::string, Pred, std::less<>> local = {
          {"iso3166", Pred::Iso},         {"eventType", Pred::EventType},
          {"actor", Pred::Actor},         {"target", Pred::Target},
          {"date", Pred::Date},           {"negated", Pred::Negated},
          {"modality", Pred::Modality},   {"topic", Pred::Topic},
          {"attributedTo", Pred::AttributedTo}, {"attributionVerb", Pred::AttributionVerb},
          {"text", Pred::Text},           {"citation", Pred::Citation},
          {"inReport", Pred::InReport},   {"start", Pred::Start},
          {"cites", Pred::Cites}};
      auto l = local.find(std::string_view(v).substr(sgns.size()));
      if (l != local.end()) r = l->second;
    }
    preds_.emplace(p, r);
    return r;
  }

  // The local name of an sg: IRI term, or empty.
  std::string sg_local(TermId id) const {
    const Term& t = g_.term(id);
    const std::string_view ns = graph::ns::sg;
    if (t.kind != Term::Kind::Iri || t.value.size() <= ns.size() || t.value.compare(0, ns.size(), ns) != 0) return {};
    return t.value.substr(ns.size());
  }

  bool is_iri(TermId id) const { return g_.term(id).kind == Term::Kind::Iri; }

  void collect() {
    // Pass 1: classes, so that pass 2 knows assertions and reports.
    g_.for_each([&](const Quad& q) {
      if (pred(q.p) != Pred::Type) return;
      std::string cls = sg_local(q.o);
      if (cls.empty()) return;
      if (cls == "Assertion") {
        assertions_[q.s].graph = q.g;
      } else if (cls == "Report") {
        reports_[q.s];
      } else if (cls == "Endnote") {
        endnotes_[q.s];
      } else if (std::find(kActorClasses.begin(), kActorClasses.end(), cls) != kActorClasses.end()) {
        keep_min(nodes_[q.s].actor_class, cls);
      } else if (cls != "StanceSummary" && cls != "Evidence" && cls != "Endnote" && cls != "Position") {
        keep_min(nodes_[q.s].other_class, cls);
      }
    });
    // Pass 2: the properties of what pass 1 found.
    g_.for_each([&](const Quad& q) {
      Pred p = pred(q.p);
      if (p == Pred::Other || p == Pred::Type) return;
      const Term& o = g_.term(q.o);
      if (auto a = assertions_.find(q.s); a != assertions_.end()) {
        AssertionFacts& f = a->second;
        switch (p) {
          case Pred::EventType: keep_min(f.type, sg_local(q.o)); break;
          case Pred::Actor: f.actors.push_back(q.o); break;
          case Pred::Target: f.targets.push_back(q.o); break;
          case Pred::Date: keep_min(f.date, o.value); break;
          case Pred::Negated: f.negated = f.negated || o.value == "true" || o.value == "1"; break;
          case Pred::Modality:
            f.modal = true;
            keep_min(f.modality, tail(o.value));
            break;
          case Pred::Topic: keep_min(f.topic, o.value); break;
          case Pred::AttributionVerb: keep_min(f.verb, o.value); break;
          case Pred::AttributedTo: if (is_iri(q.o)) f.speakers.push_back(q.o); break;
          case Pred::DerivedFrom: f.evidence.push_back(q.o); break;
          default: break;
        }
        return;
      }
      if (auto n = endnotes_.find(q.s); n != endnotes_.end()) {
        long long v = p == Pred::Citation ? to_integer(o.value) : -1;
        if (v >= 0 && (n->second.number < 0 || v < n->second.number)) n->second.number = v;
        if (p == Pred::Source && is_iri(q.o)) keep_min(n->second.url, o.value);
        return;
      }
      switch (p) {
        case Pred::Text: keep_min(evidence_[q.s].text, o.value); break;
        case Pred::Cites: evidence_[q.s].cites.push_back(q.o); break;
        case Pred::Citation: {
          long long n = to_integer(o.value);
          if (n >= 0) evidence_[q.s].citations.push_back(n);
          break;
        }
        case Pred::InReport: evidence_[q.s].report = q.o; break;
        case Pred::Start: evidence_[q.s].start = to_integer(o.value); break;
        case Pred::Label:
          if (auto r = reports_.find(q.s); r != reports_.end()) keep_min(r->second.label, o.value);
          else if (auto n = nodes_.find(q.s); n != nodes_.end()) keep_min(n->second.label, o.value);
          else labels_[q.s].push_back(q.o);
          break;
        case Pred::Iso:
          if (auto n = nodes_.find(q.s); n != nodes_.end()) keep_min(n->second.iso, o.value);
          else isos_[q.s].push_back(q.o);
          break;
        case Pred::Title:
          if (auto r = reports_.find(q.s); r != reports_.end()) keep_min(r->second.title, o.value);
          break;
        case Pred::ReportDate:
          if (auto r = reports_.find(q.s); r != reports_.end()) keep_min(r->second.date, o.value);
          break;
        case Pred::Identifier:
          if (auto r = reports_.find(q.s); r != reports_.end()) keep_min(r->second.identifier, o.value);
          break;
        default: break;
      }
    });
  }

  // The IRIs among terms, sorted, each once.
  std::vector<std::string> iris(const std::vector<TermId>& terms) const {
    std::vector<std::string> out;
    for (auto t : terms)
      if (is_iri(t)) out.push_back(g_.term(t).value);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  Support support_of(TermId a) const {
    const AssertionFacts& f = assertions_.at(a);
    Support s;
    s.assertion = g_.term(a).value;
    s.date = f.date;
    s.event_type = f.type;
    s.negated = f.negated;
    s.modality = f.modality;
    s.topic = f.topic;
    s.verb = f.verb;
    s.actors = iris(f.actors);
    s.targets = iris(f.targets);
    s.speakers = iris(f.speakers);
    for (auto e : f.evidence) {
      Evidence ev;
      ev.iri = g_.term(e).value;
      if (auto it = evidence_.find(e); it != evidence_.end()) {
        ev.text = it->second.text;
        if (it->second.report != graph::kDefaultGraph) ev.report = g_.term(it->second.report).value;
        ev.citations = it->second.citations;
        std::sort(ev.citations.begin(), ev.citations.end());
        ev.citations.erase(std::unique(ev.citations.begin(), ev.citations.end()), ev.citations.end());
        ev.start = it->second.start;
        for (auto n : it->second.cites)
          if (auto note = endnotes_.find(n); note != endnotes_.end()) ev.endnotes.push_back(note->second);
        std::sort(ev.endnotes.begin(), ev.endnotes.end(), [](const Endnote& x, const Endnote& y) {
          return std::tie(x.number, x.url) < std::tie(y.number, y.url);
        });
        ev.endnotes.erase(std::unique(ev.endnotes.begin(), ev.endnotes.end(),
                                      [](const Endnote& x, const Endnote& y) {
                                        return x.number == y.number && x.url == y.url;
                                      }),
                          ev.endnotes.end());
      }
      s.evidence.push_back(std::move(ev));
    }
    std::sort(s.evidence.begin(), s.evidence.end(), [](const Evidence& x, const Evidence& y) {
      return std::tie(x.report, x.start, x.iri) < std::tie(y.report, y.start, y.iri);
    });
    s.evidence.erase(std::unique(s.evidence.begin(), s.evidence.end(),
                                 [](const Evidence& x, const Evidence& y) { return x.iri == y.iri; }),
                     s.evidence.end());
    if (!s.evidence.empty() && !s.evidence.front().report.empty()) s.report = s.evidence.front().report;
    else if (f.graph != graph::kDefaultGraph) s.report = g_.term(f.graph).value;
    return s;
  }

  // The edges: the stances of graph::stances(), the rule the summaries
  // follow, each with the assertions behind it.
  void group(Model& m) {
    for (const auto& st : graph::stances(g_)) {
      Edge e;
      e.id = graph::stance_id(g_, st);
      e.source = g_.term(st.actor).value;
      if (st.target != graph::kDefaultGraph) e.target = g_.term(st.target).value;
      e.event_type = st.event_type;
      e.negated = st.negated;
      e.colour = std::string(event_colour(st.event_type));
      for (auto a : st.assertions) e.support.push_back(support_of(a));
      std::sort(e.support.begin(), e.support.end(), by_date);
      e.count = e.support.size();
      e.first_date = st.first_date;
      e.last_date = st.last_date;
      (e.target.empty() ? m.untargeted : m.edges).push_back(std::move(e));
    }
    auto by_text = [](const Edge& x, const Edge& y) {
      return std::tie(x.source, x.target, x.event_type, x.negated) < std::tie(y.source, y.target, y.event_type, y.negated);
    };
    std::sort(m.edges.begin(), m.edges.end(), by_text);
    std::sort(m.untargeted.begin(), m.untargeted.end(), by_text);
  }

  void add_nodes(Model& m) {
    std::map<std::string, Node> nodes;
    auto node_for = [&](TermId id, const NodeFacts* f) -> Node& {
      const std::string& iri = g_.term(id).value;
      auto [it, fresh] = nodes.try_emplace(iri);
      Node& n = it->second;
      if (fresh) {
        n.iri = iri;
        if (f) {
          n.label = f->label;
          n.iso = f->iso;
          n.actor = !f->actor_class.empty();
          n.type = n.actor ? f->actor_class : f->other_class;
        }
        // An endpoint typed with nothing the view knows: its label and ISO
        // code, if the graph gives them, from the untyped subjects.
        if (n.label.empty())
          if (auto l = labels_.find(id); l != labels_.end())
            for (auto t : l->second) keep_min(n.label, g_.term(t).value);
        if (n.iso.empty())
          if (auto c = isos_.find(id); c != isos_.end())
            for (auto t : c->second) keep_min(n.iso, g_.term(t).value);
        if (n.label.empty()) n.label = tail(iri);
      }
      return n;
    };
    for (const auto& [id, f] : nodes_)
      if (!f.actor_class.empty() && is_iri(id)) node_for(id, &f);
    // Endpoints: found by IRI text, so look their facts up by term.
    std::unordered_map<std::string, TermId> by_iri;
    for (const auto& [a, f] : assertions_) {
      for (auto t : f.actors)
        if (is_iri(t)) by_iri.emplace(g_.term(t).value, t);
      for (auto t : f.targets)
        if (is_iri(t)) by_iri.emplace(g_.term(t).value, t);
    }
    auto endpoint = [&](const std::string& iri) -> Node& {
      TermId id = by_iri.at(iri);
      auto f = nodes_.find(id);
      return node_for(id, f == nodes_.end() ? nullptr : &f->second);
    };
    for (const auto& e : m.edges) {
      endpoint(e.source).out_count += e.count;
      endpoint(e.target).in_count += e.count;
    }
    for (const auto& e : m.untargeted) endpoint(e.source).untargeted_count += e.count;
    m.nodes.reserve(nodes.size());
    for (auto& [iri, n] : nodes) m.nodes.push_back(std::move(n));
  }

  void add_assertions(Model& m) {
    m.assertions.reserve(assertions_.size());
    for (const auto& [a, f] : assertions_)
      if (is_iri(a)) m.assertions.push_back(support_of(a));
    std::sort(m.assertions.begin(), m.assertions.end(), by_date);
  }

  // Undated last, then by IRI.
  static bool by_date(const Support& x, const Support& y) {
    return std::make_tuple(x.date.empty(), std::cref(x.date), std::cref(x.assertion)) <
           std::make_tuple(y.date.empty(), std::cref(y.date), std::cref(y.assertion));
  }

  void add_reports(Model& m) {
    for (const auto& [id, f] : reports_) {
      if (!is_iri(id)) continue;
      Report r{g_.term(id).value, f.label, f.title, f.date, f.identifier};
      m.reports.push_back(std::move(r));
    }
    std::sort(m.reports.begin(), m.reports.end(), [](const Report& a, const Report& b) { return a.iri < b.iri; });
  }

  const graph::Graph& g_;
  std::unordered_map<TermId, Pred> preds_;
  std::map<TermId, AssertionFacts> assertions_;
  std::unordered_map<TermId, EvidenceFacts> evidence_;
  std::map<TermId, NodeFacts> nodes_;
  std::map<TermId, ReportFacts> reports_;
  std::unordered_map<TermId, Endnote> endnotes_;
  std::unordered_map<TermId, std::vector<TermId>> labels_, isos_;  // of subjects with no class the view knows
};

// Decodes one UTF-8 sequence at s[i]; returns the code point, or -1 for an
// invalid sequence (then i advances by one byte).
long decode(std::string_view s, std::size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? (c <= 0xEF ? 3 : 0) : c >= 0xC2 ? 2 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return -1;
  }
  long cp = c & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) {
      ++i;
      return -1;
    }
    cp = (cp << 6) | (d & 0x3F);
  }
  // Overlong forms, surrogates and code points past U+10FFFF.
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return -1;
  }
  i += len;
  return cp;
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Calls plain(bytes) for every allowed character and bad() for each one to replace.
template <typename Plain, typename Bad>
void scan(std::string_view s, Plain plain, Bad bad) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t at = i;
    long cp = decode(s, i);
    bool allowed = cp >= 0 && (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') && cp != 0xFFFE && cp != 0xFFFF;
    if (allowed) plain(s.substr(at, i - at), cp);
    else bad();
  }
}

}  // namespace

const Node* Model::node(std::string_view iri) const {
  auto it = std::lower_bound(nodes.begin(), nodes.end(), iri, [](const Node& n, std::string_view v) { return n.iri < v; });
  return it != nodes.end() && it->iri == iri ? &*it : nullptr;
}

Model build_model(const graph::Graph& graph, Scope scope) { return Reader(graph).read(scope); }

std::span<const EventStyle> event_styles() { return kStyles; }

std::string_view event_colour(std::string_view type) {
  for (const auto& s : kStyles)
    if (s.type == type) return s.colour;
  return kOtherColour;
}

std::string_view type_colour(std::string_view type) {
  for (const auto& s : kTypeColours)
    if (s.type == type) return s.colour;
  return kOtherColour;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  scan(
      text,
      [&](std::string_view bytes, long cp) {
        switch (cp) {
          case '&': out += "&amp;"; break;
          case '<': out += "&lt;"; break;
          case '>': out += "&gt;"; break;
          case '"': out += "&quot;"; break;
          case '\'': out += "&apos;"; break;
          case '\t': out += "&#9;"; break;
          case '\n': out += "&#10;"; break;
          case '\r': out += "&#13;"; break;
          default: out += bytes;
        }
      },
      [&] { out += kReplacement; });
  return out;
}

std::string clean_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  scan(text, [&](std::string_view bytes, long) { out += bytes; }, [&] { out += kReplacement; });
  return out;
}

}  // namespace sg::exporter::viz
