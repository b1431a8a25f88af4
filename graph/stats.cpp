#include "stats.h"

#include <algorithm>
#include <set>

namespace sg::graph {

GraphStats compute_stats(const Graph& graph, std::size_t top) {
  GraphStats st;
  const std::string sgns(ns::sg);
  const std::string type = std::string(ns::rdf) + "type";
  const std::string label = std::string(ns::rdfs) + "label";
  auto local = [&](const std::string& iri) { return iri.rfind(sgns, 0) == 0 ? iri.substr(sgns.size()) : iri; };
  std::vector<Quad> quads;
  quads.reserve(graph.size());
  graph.for_each([&](const Quad& q) { quads.push_back(q); });  // counting needs no order
  st.quads = quads.size();
  std::map<TermId, std::set<std::string>> types;  // a node typed in several graphs counts once per class
  std::set<TermId> assertions;
  for (const auto& q : quads)
    if (graph.term(q.p).value == type) {
      std::string cls = local(graph.term(q.o).value);
      types[q.s].insert(cls);
      if (cls == "Assertion") assertions.insert(q.s);
    }
  for (const auto& [node, classes] : types)
    for (const auto& c : classes) ++st.classes[c];
  st.reports = st.classes.count("Report") ? st.classes["Report"] : 0;
  st.assertions = assertions.size();
  std::map<TermId, std::string> labels;
  std::map<TermId, std::set<TermId>> acts;  // actor -> assertions
  std::map<TermId, std::string> first_date;
  std::map<TermId, std::set<std::string>> event;
  for (const auto& q : quads) {
    const std::string& p = graph.term(q.p).value;
    if (p == label) {
      const std::string& l = graph.term(q.o).value;
      if (!labels.count(q.s) || l < labels[q.s]) labels[q.s] = l;
    }
    if (!assertions.count(q.s)) continue;
    if (p == sgns + "eventType") event[q.s].insert(local(graph.term(q.o).value));
    else if (p == sgns + "actor") acts[q.o].insert(q.s);
    else if (p == sgns + "date") {
      const std::string& d = graph.term(q.o).value;
      if (!first_date.count(q.s) || d < first_date[q.s]) first_date[q.s] = d;
    }
  }
  for (auto a : assertions) {
    for (const auto& e : event[a]) ++st.event_types[e];
    auto d = first_date.find(a);
    if (d == first_date.end() || d->second.size() < 7) ++st.undated;
    else ++st.months[d->second.substr(0, 7)];
  }
  for (const auto& [actor, set] : acts) {
    ActorCount c;
    c.iri = graph.term(actor).value;
    c.label = labels.count(actor) ? labels[actor] : c.iri;
    c.assertions = set.size();
    st.top_actors.push_back(std::move(c));
  }
  std::sort(st.top_actors.begin(), st.top_actors.end(), [](const ActorCount& a, const ActorCount& b) {
    if (a.assertions != b.assertions) return a.assertions > b.assertions;
    return a.label != b.label ? a.label < b.label : a.iri < b.iri;
  });
  if (st.top_actors.size() > top) st.top_actors.resize(top);
  return st;
}

}  // namespace sg::graph
