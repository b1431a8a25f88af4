#include <array>

#include "export.h"
#include "writers.h"

namespace sg::exporter {

namespace {
struct FormatInfo {
  Format format;
  std::string_view name, extension;
  std::string_view alias = {};  // a second extension
};
constexpr std::array<FormatInfo, 15> formats = {{{Format::Turtle, "turtle", "ttl"},
                                                {Format::NTriples, "ntriples", "nt"},
                                                {Format::NQuads, "nquads", "nq"},
                                                {Format::RdfXml, "rdfxml", "rdf"},
                                                {Format::JsonLd, "jsonld", "jsonld"},
                                                {Format::GraphMl, "graphml", "graphml"},
                                                {Format::Gexf, "gexf", "gexf"},
                                                {Format::Cytoscape, "cytoscape", "cyjs"},
                                                {Format::Dot, "dot", "dot", "gv"},
                                                {Format::Html, "html", "html"},
                                                {Format::Cypher, "cypher", "cypher"},
                                                {Format::Neo4jCsv, "neo4j-csv", "tar"},
                                                {Format::Csv, "csv", "csv"},
                                                {Format::Tsv, "tsv", "tsv"},
                                                {Format::Plover, "plover", "plover.jsonl"}}};
}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  for (const auto& f : formats)
    if (f.name == name || f.extension == name || (!f.alias.empty() && f.alias == name)) return f.format;
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

std::optional<Format> format_of_path(std::string_view path) {
  auto slash = path.find_last_of('/');
  std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
  // Cytoscape's own desktop export names its files *.cyjs; web apps often
  // use *.cytoscape.json, and a plain .json is too vague to mean it. A
  // plain .jsonl is a report corpus (an input), not PLOVER records.
  for (auto [suffix, format] : {std::pair{std::string_view(".cytoscape.json"), Format::Cytoscape},
                                std::pair{std::string_view(".plover.jsonl"), Format::Plover}})
    if (file.size() > suffix.size() && file.substr(file.size() - suffix.size()) == suffix) return format;
  auto dot = file.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  return parse_format(file.substr(dot + 1));
}

std::string format_names() {
  std::string names;
  for (const auto& f : formats) names += (names.empty() ? "" : ", ") + std::string(f.name);
  return names;
}

bool is_view(Format format) {
  return format == Format::GraphMl || format == Format::Gexf || format == Format::Cytoscape || format == Format::Dot ||
         format == Format::Html;
}

bool is_event_data(Format format) { return format == Format::Csv || format == Format::Tsv || format == Format::Plover; }

bool write_graph(const graph::Graph& graph, Format format, std::FILE* out, const WriteOptions& options,
                 std::string& error) {
  bool ok = is_event_data(format)                                    ? write_event_data(graph, format, out, options, error)
            : format == Format::Cypher                               ? write_cypher(graph, out, error)
            : format == Format::Neo4jCsv                             ? write_neo4j_csv(graph, out, error)
            : format == Format::Html                                 ? write_html(graph, out, error)
            : is_view(format)                                        ? write_view(graph, format, out, error)
            : format == Format::JsonLd                               ? write_jsonld(graph, out, options, error)
            : format == Format::Turtle                               ? write_turtle(graph, out, error)
            : format == Format::NTriples || format == Format::NQuads ? write_lines(graph, format, out, error, options.jobs)
                                                                     : write_raptor(graph, format, out, error);
  if (ok && (std::fflush(out) != 0 || std::ferror(out))) {
    error = "write error";
    ok = false;
  }
  return ok;
}

}  // namespace sg::exporter
