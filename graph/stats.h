// stats.h — what a graph holds, for `stancegraph stats`: nodes by class,
// assertions by event type and by month, and the most active actors.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "graph.h"

namespace sg::graph {

struct ActorCount {
  std::string iri, label;
  std::size_t assertions = 0;
};

struct GraphStats {
  std::size_t quads = 0, reports = 0, assertions = 0;
  std::map<std::string, std::size_t> classes;      // local name ("State") or full IRI -> nodes
  std::map<std::string, std::size_t> event_types;  // "REJECT" -> assertions
  std::map<std::string, std::size_t> months;       // "2025-09" -> assertions (by sg:date)
  std::size_t undated = 0;                         // assertions without sg:date
  std::vector<ActorCount> top_actors;              // by assertions as sg:actor, then label
};

GraphStats compute_stats(const Graph& graph, std::size_t top = 10);

}  // namespace sg::graph
