// RDF/XML (and, for bench/, Turtle, N-Triples and N-Quads) through
// Raptor 2's serializers, by way of raptor.h.
#include "export.h"
#include "raptor.h"
#include "writers.h"

namespace sg::exporter {
namespace {

// Raptor reports trouble through its log, not its return values (the
// N-Triples writer returns 0 after stopping on bad UTF-8): collect it.
struct Log {
  std::string first_error;
  static void handle(void* user, raptor_log_message* message) {
    auto* log = static_cast<Log*>(user);
    if (message->level >= RAPTOR_LOG_LEVEL_WARN && log->first_error.empty())
      log->first_error = message->text ? message->text : "unknown Raptor error";
  }
};

}  // namespace

bool write_raptor(const graph::Graph& graph, Format format, std::FILE* out, std::string& error) {
  const char* name = format == Format::Turtle     ? "turtle"
                     : format == Format::NTriples ? "ntriples"
                     : format == Format::NQuads   ? "nquads"
                                                  : "rdfxml";
  Log log;
  raptor::World world = raptor::open_world(&Log::handle, &log);
  if (!world) {
    error = "cannot start Raptor";
    return false;
  }
  raptor::Serializer serializer(raptor_new_serializer(world.get(), name));
  if (!serializer) {
    error = std::string("Raptor has no '") + name + "' serializer";
    return false;
  }
  // No base: otherwise Turtle and RDF/XML print @base / xml:base and
  // relative IRIs (NOTES.md).
  raptor_serializer_set_option(serializer.get(), RAPTOR_OPTION_RELATIVE_URIS, nullptr, 0);
  raptor_serializer_set_option(serializer.get(), RAPTOR_OPTION_WRITE_BASE_URI, nullptr, 0);
  for (const auto& [prefix, iri] : graph.prefixes()) {
    raptor::Uri uri = raptor::make_uri(world.get(), iri);
    raptor_serializer_set_namespace(serializer.get(), uri.get(), reinterpret_cast<const unsigned char*>(prefix.c_str()));
  }
  if (raptor_serializer_start_to_file_handle(serializer.get(), nullptr, out) != 0) {
    error = "cannot start the " + std::string(name) + " writer";
    return false;
  }
  bool named_graphs = format == Format::NQuads;
  for (const auto& q : graph.sorted_quads()) {
    auto term = [&](graph::TermId id) { return raptor::to_raptor(world.get(), graph.term(id)).release(); };
    // The statement takes the four terms.
    raptor::Statement st(raptor_new_statement_from_nodes(world.get(), term(q.s), term(q.p), term(q.o),
                                                         named_graphs && q.g != graph::kDefaultGraph ? term(q.g) : nullptr));
    int rc = raptor_serializer_serialize_statement(serializer.get(), st.get());
    if (rc != 0 || !log.first_error.empty()) break;
  }
  raptor_serializer_serialize_end(serializer.get());
  if (!log.first_error.empty()) {
    error = "Raptor: " + log.first_error;
    return false;
  }
  return true;
}

}  // namespace sg::exporter
