#include <array>

#include "export.h"
#include "writers.h"

namespace sg::exporter {

namespace {
struct FormatInfo {
  Format format;
  std::string_view name, extension;
};
constexpr std::array<FormatInfo, 5> formats = {{{Format::Turtle, "turtle", "ttl"},
                                                {Format::NTriples, "ntriples", "nt"},
                                                {Format::NQuads, "nquads", "nq"},
                                                {Format::RdfXml, "rdfxml", "rdf"},
                                                {Format::JsonLd, "jsonld", "jsonld"}}};
}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  for (const auto& f : formats)
    if (f.name == name || f.extension == name) return f.format;
  return std::nullopt;
}

std::string_view format_name(Format format) {
  for (const auto& f : formats)
    if (f.format == format) return f.name;
  return "";
}

std::string_view extension(Format format) {
  for (const auto& f : formats)
    if (f.format == format) return f.extension;
  return "";
}

bool write_graph(const graph::Graph& graph, Format format, std::FILE* out, const WriteOptions& options,
                 std::string& error) {
  bool ok = format == Format::JsonLd                                ? write_jsonld(graph, out, options, error)
            : format == Format::Turtle                               ? write_turtle(graph, out, error)
            : format == Format::NTriples || format == Format::NQuads ? write_lines(graph, format, out, error)
                                                                     : write_raptor(graph, format, out, error);
  if (ok && (std::fflush(out) != 0 || std::ferror(out))) {
    error = "write error";
    ok = false;
  }
  return ok;
}

}  // namespace sg::exporter
