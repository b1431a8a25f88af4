// The stance rule: which assertions an sg:StanceSummary (builder.cpp) and
// an edge of the views (export/viz_model.cpp) stand for. See graph.h.
#include <algorithm>
#include <cstdint>
#include <map>
#include <tuple>
#include <vector>

#include "graph.h"

namespace sg::graph {

namespace {

// What the rule reads of one assertion. The texts are views of the
// graph's terms, which never move: a copy of each was a string built per
// assertion (stances() 17.3M -> 14.1M instructions on the 1 MB corpus).
// Its actors and targets are not kept here but in two lists for all the
// assertions (below): a vector of each for every assertion was two
// allocations an assertion, most of stances()'s work (operator new 7.7M
// of its 19.7M instructions on the 1 MB corpus).
struct Facts {
  std::string_view type;                // the smallest sg: event type, by name
  std::string_view date;                // the earliest sg:date
  bool negated = false, modal = false;
};

// An actor or target of the assertion facts[index]: index and term id in
// one number, so that sorting the links sorts them by assertion, then id.
std::uint64_t role_link(std::size_t index, TermId id) { return std::uint64_t{index} << 32 | id; }

// The ids of the links of assertion `index`, from `at` on in `links`
// (sorted, duplicates dropped), into `ids`; `at` moves past them.
void linked(const std::vector<std::uint64_t>& links, std::size_t& at, std::size_t index, std::vector<TermId>& ids) {
  ids.clear();
  for (; at < links.size() && (links[at] >> 32) == index; ++at) ids.push_back(static_cast<TermId>(links[at]));
}

}  // namespace

std::vector<Stance> stances(const Graph& graph) {
  auto find_iri = [&](std::string_view ns, std::string_view local) -> TermId {
    Term t{Term::Kind::Iri, std::string(ns) + std::string(local), {}, {}};
    return graph.find(t).value_or(kDefaultGraph);  // absent: no quad can hold it
  };
  const TermId type = find_iri(ns::rdf, "type"), assertion_class = find_iri(ns::sg, "Assertion");
  if (type == kDefaultGraph || assertion_class == kDefaultGraph) return {};
  const TermId event_type = find_iri(ns::sg, "eventType"), actor = find_iri(ns::sg, "actor"),
               target = find_iri(ns::sg, "target"), date = find_iri(ns::sg, "date"),
               negated = find_iri(ns::sg, "negated"), modality = find_iri(ns::sg, "modality");
  const std::string_view sgns = ns::sg;

  // The assertions, found by term id through a table as long as the terms
  // (a map lookup per quad of a large graph was a tenth of a build). The
  // quads are read as added, unsorted and perhaps twice: nothing below
  // depends on their order, and duplicates are dropped where they count.
  std::vector<std::uint32_t> slot(graph.term_count(), 0);  // 1 + index into facts, or 0
  std::vector<TermId> subjects;
  graph.for_each_added([&](const Quad& q) {
    if (q.p == type && q.o == assertion_class && slot[q.s] == 0) {
      subjects.push_back(q.s);
      slot[q.s] = 1;
    }
  });
  std::sort(subjects.begin(), subjects.end());
  std::vector<Facts> facts(subjects.size());
  for (std::size_t i = 0; i < subjects.size(); ++i) slot[subjects[i]] = static_cast<std::uint32_t>(i + 1);
  std::vector<std::uint64_t> actor_links, target_links;  // IRIs only
  auto is_iri = [&](TermId id) { return graph.term(id).kind == Term::Kind::Iri; };
  graph.for_each_added([&](const Quad& q) {
    if (slot[q.s] == 0) return;
    Facts& f = facts[slot[q.s] - 1];
    // The object's term is looked up only where the predicate needs it:
    // most of an assertion's quads (its label, rule, evidence) need none.
    // An assertion merged from several graphs may carry two event types or
    // polarities: the smallest type by name, and negated if any says so, so
    // that neither the order of the files nor of the quads decides.
    if (q.p == event_type) {
      const Term& o = graph.term(q.o);
      if (o.kind == Term::Kind::Iri && o.value.size() > sgns.size() && o.value.starts_with(sgns)) {
        std::string_view local = std::string_view(o.value).substr(sgns.size());
        if (f.type.empty() || local < f.type) f.type = local;
      }
    } else if (q.p == actor) {
      if (is_iri(q.o)) actor_links.push_back(role_link(slot[q.s] - 1, q.o));
    } else if (q.p == target) {
      if (is_iri(q.o)) target_links.push_back(role_link(slot[q.s] - 1, q.o));
    } else if (q.p == date) {
      const Term& o = graph.term(q.o);
      if (f.date.empty() || o.value < f.date) f.date = o.value;
    } else if (q.p == negated) {
      const Term& o = graph.term(q.o);
      f.negated = f.negated || o.value == "true" || o.value == "1";
    } else if (q.p == modality) {
      f.modal = true;
    }
  });

  for (auto* links : {&actor_links, &target_links}) {
    std::sort(links->begin(), links->end());
    links->erase(std::unique(links->begin(), links->end()), links->end());
  }

  std::map<std::tuple<TermId, std::string_view, TermId, bool>, Stance> groups;
  std::size_t next_actor = 0, next_target = 0;
  std::vector<TermId> actors, targets;  // of one assertion, each once, by id
  for (std::size_t i = 0; i < subjects.size(); ++i) {
    const Facts& f = facts[i];
    linked(actor_links, next_actor, i, actors);
    linked(target_links, next_target, i, targets);
    if (f.type.empty() || f.type == "STATEMENT" || f.modal) continue;
    if (targets.empty()) targets.push_back(kDefaultGraph);  // no target
    for (TermId who : actors)
      for (TermId whom : targets) {
        Stance& s = groups[{who, f.type, whom, f.negated}];
        s.assertions.push_back(subjects[i]);  // in id order, each once: subjects are
        if (!f.date.empty()) {
          if (s.first_date.empty() || f.date < s.first_date) s.first_date = f.date;
          if (s.last_date.empty() || f.date > s.last_date) s.last_date = f.date;
        }
      }
  }
  std::vector<Stance> out;
  out.reserve(groups.size());
  for (auto& [key, s] : groups) {
    s.actor = std::get<0>(key);
    s.event_type = std::string(std::get<1>(key));
    s.target = std::get<2>(key);
    s.negated = std::get<3>(key);
    out.push_back(std::move(s));
  }
  return out;
}

std::string summaries_graph(std::string_view base) { return mint_iri(base, "graph/summaries"); }

std::string stance_id(const Graph& graph, const Stance& stance) {
  std::string key = graph.term(stance.actor).value + '\x1f' + stance.event_type + '\x1f' +
                    (stance.target == kDefaultGraph ? std::string() : graph.term(stance.target).value) + '\x1f' +
                    (stance.negated ? "1" : "0");
  return hex64(fnv1a64(key));
}

}  // namespace sg::graph
