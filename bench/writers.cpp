// stancegraph_writers — times one writer on a large graph, in its own
// process so that its peak memory is its own: the graph is a real graph (an
// N-Quads file written by `stancegraph build`) copied COPIES times, every
// IRI under the instance base renamed per copy ("…/assertion/ab12" ->
// "…/assertion/ab12-c7"), so that the big graph has the shape of real
// output — the same mix of entities, reports, assertions, evidence and
// literals — at any size. Literals are shared between copies, as equal
// terms are in one interned graph.
//
// Writers: nquads, turtle (ours), jsonld (ours), turtle-raptor (Raptor's
// serializer, the baseline), turtle-serd (serd 0.30, the alternative we
// measured against our own Turtle writer; see bench/RESULTS.md),
// sort-quads / sort-triples, the canonical order alone, and the event data
// csv, tsv and plover (bench/event_writers.sh measures them against nquads).
//
// Prints one JSON object: quads in the graph, wall and CPU seconds and
// quads per second of each, the peak resident memory before writing (the
// graph) and after (graph + writer), and the bytes written to a file.
//
// Usage: stancegraph_writers BASE.nq COPIES WRITER [OUT]   (OUT: /dev/null)
// bench/writers.sh runs it; see bench/RESULTS.md, "Writers at scale".
#include <serd/serd.h>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "export/export.h"
#include "export/writers.h"
#include "graph/graph.h"

namespace {

using sg::graph::Graph;
using sg::graph::Term;
using sg::graph::TermId;

// User + system CPU seconds of this process: on a shared machine, wall
// time counts the other processes too.
double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long status_kb(const char* field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind(field, 0) == 0) return std::stol(line.substr(std::string(field).size()));
  return 0;
}

// `base` copied `copies` times into `big`, instance IRIs renamed per copy.
void replicate(const Graph& base, int copies, Graph& big) {
  const std::string instance(sg::graph::ns::default_base);
  for (int k = 0; k < copies; ++k) {
    std::unordered_map<TermId, TermId> map;
    auto copy = [&](TermId id) {
      if (id == sg::graph::kDefaultGraph) return id;
      auto it = map.find(id);
      if (it != map.end()) return it->second;
      Term t = base.term(id);
      if (k > 0 && t.kind == Term::Kind::Iri && t.value.rfind(instance, 0) == 0) t.value += "-c" + std::to_string(k);
      if (k > 0 && t.kind == Term::Kind::Blank) t.value += "c" + std::to_string(k);
      TermId mine = big.intern(t);
      map.emplace(id, mine);
      return mine;
    };
    base.for_each([&](const sg::graph::Quad& q) { big.add(copy(q.s), copy(q.p), copy(q.o), copy(q.g)); });
  }
}

// serd's Turtle writer, fed the same sorted triples as ours.
bool write_serd_turtle(const Graph& graph, std::FILE* out, std::string& error) {
  SerdEnv* env = serd_env_new(nullptr);
  for (const auto& [prefix, ns] : graph.prefixes())
    serd_env_set_prefix_from_strings(env, reinterpret_cast<const uint8_t*>(prefix.c_str()),
                                     reinterpret_cast<const uint8_t*>(ns.c_str()));
  SerdWriter* writer = serd_writer_new(SERD_TURTLE, static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED),
                                       env, nullptr, serd_file_sink, out);
  serd_env_foreach(env, reinterpret_cast<SerdPrefixSink>(serd_writer_set_prefix), writer);
  auto node = [](SerdType type, const std::string& s) {
    return serd_node_from_string(type, reinterpret_cast<const uint8_t*>(s.c_str()));
  };
  SerdStatus status = SERD_SUCCESS;
  for (const auto& q : graph.sorted_triples()) {
    const Term& s = graph.term(q.s);
    const Term& p = graph.term(q.p);
    const Term& o = graph.term(q.o);
    SerdNode sn = node(s.kind == Term::Kind::Blank ? SERD_BLANK : SERD_URI, s.value);
    SerdNode pn = node(SERD_URI, p.value);
    SerdNode on = node(o.kind == Term::Kind::Blank ? SERD_BLANK : o.kind == Term::Kind::Iri ? SERD_URI : SERD_LITERAL,
                       o.value);
    SerdNode dt = node(SERD_URI, o.datatype);
    SerdNode lang = node(SERD_LITERAL, o.language);
    status = serd_writer_write_statement(writer, 0, nullptr, &sn, &pn, &on, o.datatype.empty() ? nullptr : &dt,
                                         o.language.empty() ? nullptr : &lang);
    if (status != SERD_SUCCESS) break;
  }
  serd_writer_finish(writer);
  serd_writer_free(writer);
  serd_env_free(env);
  if (status != SERD_SUCCESS) error = std::string("serd: ") + reinterpret_cast<const char*>(serd_strerror(status));
  return status == SERD_SUCCESS;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: stancegraph_writers BASE.nq COPIES "
                 "nquads|turtle|jsonld|turtle-raptor|turtle-serd|sort-quads|sort-triples|csv|tsv|plover [OUT]\n";
    return 2;
  }
  std::string writer = argv[3];
  std::string out_path = argc > 4 ? argv[4] : "/dev/null";
  Graph graph;
  {
    Graph base;
    std::vector<sg::extract::Diagnostic> diagnostics;
    if (!sg::exporter::read_graph(argv[1], base, diagnostics)) {
      for (const auto& d : diagnostics) std::cerr << d.to_string() << '\n';
      return 3;
    }
    replicate(base, std::stoi(argv[2]), graph);
    graph.set_instance_base(std::string(sg::graph::ns::default_base));
  }
  std::ifstream context_file(std::string(SG_SOURCE_DIR) + "/ontologies/context.jsonld");
  sg::exporter::WriteOptions options;
  options.jsonld_context.assign(std::istreambuf_iterator<char>(context_file), std::istreambuf_iterator<char>());
  {
    std::vector<sg::extract::Diagnostic> diagnostics;
    if (!sg::exporter::load_event_codes(std::string(SG_SOURCE_DIR) + "/ontologies", options.event_codes, diagnostics)) {
      for (const auto& d : diagnostics) std::cerr << d.to_string() << '\n';
      return 4;
    }
  }

  long graph_kb = status_kb("VmHWM:");
  std::FILE* out = std::fopen(out_path.c_str(), "w");
  if (!out) {
    std::cerr << "cannot write " << out_path << '\n';
    return 3;
  }
  std::string error;
  auto start = std::chrono::steady_clock::now();
  double cpu_start = cpu_seconds();
  using sg::exporter::Format;
  // sort-quads, sort-triples: the canonical order alone, which every writer pays.
  auto sort_only = [&](auto sorted) { return !sorted.empty() || graph.size() == 0; };
  bool ok = writer == "nquads"          ? sg::exporter::write_lines(graph, Format::NQuads, out, error)
            : writer == "turtle"        ? sg::exporter::write_turtle(graph, out, error)
            : writer == "jsonld"        ? sg::exporter::write_jsonld(graph, out, options, error)
            : writer == "turtle-raptor" ? sg::exporter::write_raptor(graph, Format::Turtle, out, error)
            : writer == "turtle-serd"   ? write_serd_turtle(graph, out, error)
            : writer == "sort-quads"    ? sort_only(graph.sorted_quads())
            : writer == "sort-triples"  ? sort_only(graph.sorted_triples())
            : writer == "csv"           ? sg::exporter::write_event_data(graph, Format::Csv, out, options, error)
            : writer == "tsv"           ? sg::exporter::write_event_data(graph, Format::Tsv, out, options, error)
            : writer == "plover"        ? sg::exporter::write_event_data(graph, Format::Plover, out, options, error)
                                        : (error = "unknown writer " + writer, false);
  std::fflush(out);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double cpu = cpu_seconds() - cpu_start;
  long bytes = std::ftell(out);
  std::fclose(out);
  if (!ok) {
    std::cerr << writer << ": " << error << '\n';
    return 5;
  }
  nlohmann::json j;
  j["writer"] = writer;
  j["quads"] = graph.size();
  j["seconds"] = seconds;
  j["quads_per_s"] = seconds > 0 ? graph.size() / seconds : 0;
  j["cpu_seconds"] = cpu;
  j["quads_per_cpu_s"] = cpu > 0 ? graph.size() / cpu : 0;
  j["graph_peak_mb"] = graph_kb / 1024.0;
  j["peak_mb"] = status_kb("VmHWM:") / 1024.0;
  j["bytes"] = bytes;
  std::cout << j.dump() << std::endl;
  return 0;
}
