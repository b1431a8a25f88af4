#include <array>
#include <cerrno>
#include <cstring>

#include "export.h"
#include "writers.h"

namespace sg::exporter {

namespace {
// Every name a format goes by: its name first, then its file extension
// (`-o`), then other names people use for it (`-f`).
struct FormatInfo {
  Format format;
  std::string_view name, extension;
  std::array<std::string_view, 2> aliases = {};
};
constexpr std::array<FormatInfo, 16> formats = {{{Format::Turtle, "turtle", "ttl"},
                                                {Format::TriG, "trig", "trig"},
                                                {Format::NTriples, "ntriples", "nt", {"n-triples"}},
                                                {Format::NQuads, "nquads", "nq", {"n-quads"}},
                                                {Format::RdfXml, "rdfxml", "rdf", {"rdf-xml"}},
                                                {Format::JsonLd, "jsonld", "jsonld", {"json-ld"}},
                                                {Format::GraphMl, "graphml", "graphml"},
                                                {Format::Gexf, "gexf", "gexf"},
                                                {Format::Cytoscape, "cytoscape", "cyjs"},
                                                {Format::Dot, "dot", "dot", {"gv"}},
                                                {Format::Html, "html", "html"},
                                                {Format::Cypher, "cypher", "cypher"},
                                                {Format::Neo4jCsv, "neo4j-csv", "tar"},
                                                {Format::Csv, "csv", "csv"},
                                                {Format::Tsv, "tsv", "tsv"},
                                                {Format::Plover, "plover", "plover.jsonl"}}};

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

constexpr std::string_view kGzip = ".gz";

// The file name of a path, without a trailing ".gz" (any case).
std::string_view file_name(std::string_view path) {
  auto slash = path.find_last_of('/');
  std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (is_gzip_path(file)) file.remove_suffix(kGzip.size());
  return file;
}
}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  std::string n = lower(name);
  for (const auto& f : formats)
    if (f.name == n || f.extension == n || (!f.aliases[0].empty() && f.aliases[0] == n) ||
        (!f.aliases[1].empty() && f.aliases[1] == n))
      return f.format;
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

bool is_gzip_path(std::string_view path) {
  return path.size() > kGzip.size() && lower(path.substr(path.size() - kGzip.size())) == kGzip;
}

std::string path_extension(std::string_view path) {
  std::string_view file = file_name(path);
  auto dot = file.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  return std::string(file.substr(dot + 1));
}

std::optional<Format> format_of_path(std::string_view path) {
  std::string file = lower(file_name(path));
  // Cytoscape's own desktop export names its files *.cyjs; web apps often
  // use *.cytoscape.json, and a plain .json is too vague to mean it. A
  // plain .jsonl is a report corpus (an input), not PLOVER records.
  for (auto [suffix, format] : {std::pair{std::string_view(".cytoscape.json"), Format::Cytoscape},
                                std::pair{std::string_view(".plover.jsonl"), Format::Plover}})
    if (file.size() > suffix.size() && file.ends_with(suffix)) return format;
  std::string ext = path_extension(file);
  if (ext.empty()) return std::nullopt;
  for (const auto& f : formats)
    if (f.extension == ext || (f.format == Format::Dot && ext == "gv")) return f.format;
  return std::nullopt;
}

std::string format_names() {
  std::string names;
  for (const auto& f : formats) {
    names += (names.empty() ? "" : ", ") + std::string(f.name);
    std::string also;
    for (auto a : {f.extension, f.aliases[0], f.aliases[1]})
      if (!a.empty() && a != f.name && also.find(a) == std::string::npos) also += (also.empty() ? "" : ", ") + std::string(a);
    if (!also.empty()) names += " (" + also + ")";
  }
  return names;
}

std::string extension_names() {
  std::string names;
  for (const auto& f : formats) {
    names += (names.empty() ? "." : " .") + std::string(f.extension);
    if (f.format == Format::Cytoscape) names += " .cytoscape.json";
    if (f.format == Format::Dot) names += " .gv";
  }
  return names + " (.nt.gz and .nq.gz: gzip)";
}

bool is_line_format(Format format) { return format == Format::NTriples || format == Format::NQuads; }

std::string write_failure() { return std::string("cannot write: ") + std::strerror(errno); }

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
            : format == Format::Turtle                               ? write_turtle(graph, out, error, options.jobs)
            : format == Format::TriG                                 ? write_trig(graph, out, error, options.jobs)
            : format == Format::NTriples || format == Format::NQuads ? write_lines(graph, format, out, error, options.jobs)
                                                                     : write_raptor(graph, format, out, error);
  if (ok && (std::fflush(out) != 0 || std::ferror(out))) {
    error = write_failure();
    ok = false;
  }
  return ok;
}

}  // namespace sg::exporter
