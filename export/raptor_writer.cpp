// The one place that talks to Raptor 2: RAII owners for its objects and
// the Turtle / N-Triples / N-Quads / RDF/XML writers.
#include <raptor2.h>

#include <memory>

#include "export.h"

namespace sg::exporter {
namespace {

struct WorldDeleter {
  void operator()(raptor_world* w) const { raptor_free_world(w); }
};
struct SerializerDeleter {
  void operator()(raptor_serializer* s) const { raptor_free_serializer(s); }
};
struct UriDeleter {
  void operator()(raptor_uri* u) const { raptor_free_uri(u); }
};
using World = std::unique_ptr<raptor_world, WorldDeleter>;
using Serializer = std::unique_ptr<raptor_serializer, SerializerDeleter>;
using Uri = std::unique_ptr<raptor_uri, UriDeleter>;

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

const unsigned char* bytes(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.data()); }

raptor_term* make_term(raptor_world* world, const graph::Term& t) {
  switch (t.kind) {
    case graph::Term::Kind::Iri:
      return raptor_new_term_from_counted_uri_string(world, bytes(t.value), t.value.size());
    case graph::Term::Kind::Blank:
      return raptor_new_term_from_counted_blank(world, bytes(t.value), t.value.size());
    case graph::Term::Kind::Literal: {
      Uri datatype;
      if (!t.datatype.empty())
        datatype.reset(raptor_new_uri_from_counted_string(world, bytes(t.datatype), t.datatype.size()));
      return raptor_new_term_from_counted_literal(
          world, bytes(t.value), t.value.size(), datatype.get(),
          t.language.empty() ? nullptr : bytes(t.language), static_cast<unsigned char>(t.language.size()));
    }
  }
  return nullptr;
}

}  // namespace

bool write_raptor(const graph::Graph& graph, Format format, std::FILE* out, std::string& error) {
  const char* name = format == Format::Turtle     ? "turtle"
                     : format == Format::NTriples ? "ntriples"
                     : format == Format::NQuads   ? "nquads"
                                                  : "rdfxml";
  World world(raptor_new_world());
  if (!world || raptor_world_open(world.get()) != 0) {
    error = "cannot start Raptor";
    return false;
  }
  Log log;
  raptor_world_set_log_handler(world.get(), &log, &Log::handle);
  Serializer serializer(raptor_new_serializer(world.get(), name));
  if (!serializer) {
    error = std::string("Raptor has no '") + name + "' serializer";
    return false;
  }
  // No base: otherwise Turtle and RDF/XML print @base / xml:base and
  // relative IRIs (NOTES.md).
  raptor_serializer_set_option(serializer.get(), RAPTOR_OPTION_RELATIVE_URIS, nullptr, 0);
  raptor_serializer_set_option(serializer.get(), RAPTOR_OPTION_WRITE_BASE_URI, nullptr, 0);
  for (const auto& [prefix, iri] : graph.prefixes()) {
    Uri uri(raptor_new_uri_from_counted_string(world.get(), bytes(iri), iri.size()));
    raptor_serializer_set_namespace(serializer.get(), uri.get(), bytes(prefix));
  }
  if (raptor_serializer_start_to_file_handle(serializer.get(), nullptr, out) != 0) {
    error = "cannot start the " + std::string(name) + " writer";
    return false;
  }
  bool named_graphs = format == Format::NQuads;
  for (const auto& q : graph.sorted_quads()) {
    raptor_term* g = named_graphs && q.g != graph::kDefaultGraph ? make_term(world.get(), graph.term(q.g)) : nullptr;
    raptor_statement* st = raptor_new_statement_from_nodes(world.get(), make_term(world.get(), graph.term(q.s)),
                                                           make_term(world.get(), graph.term(q.p)),
                                                           make_term(world.get(), graph.term(q.o)), g);
    int rc = raptor_serializer_serialize_statement(serializer.get(), st);
    raptor_free_statement(st);
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
