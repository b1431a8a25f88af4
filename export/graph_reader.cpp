// Reading an existing graph for --merge, stats and query: Turtle, TriG,
// N-Triples, N-Quads and RDF/XML through Raptor's parsers (network off, by
// way of raptor.h), JSON-LD through jsonld_reader.cpp; gzip-compressed
// files (zlib) and standard input too.
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "export.h"
#include "extract/text.h"
#include "raptor.h"

namespace sg::exporter {

// Blank node labels of one file, kept apart from other files' and stable
// for the same file: a tag, the file's hash, 'x'.
std::string blank_prefix(char tag, std::string_view content) {
  std::string out(1, tag);
  out.append(graph::hex64(graph::fnv1a64(content)));
  out.push_back('x');
  return out;
}

namespace {

bool text_is_blank(const std::string& s) {
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c))) return false;
  return true;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

struct ParseState {
  graph::Graph* graph = nullptr;
  raptor_parser* parser = nullptr;
  std::string path;
  std::string blank_prefix;  // keeps blank nodes of different files apart
  std::vector<extract::Diagnostic>* diagnostics = nullptr;
  bool failed = false;

  graph::TermId term(const raptor_term* t) {
    auto ours = raptor::to_term(t);
    if (!ours) return graph->literal("");
    if (ours->kind == graph::Term::Kind::Blank) ours->value.insert(0, blank_prefix);
    return graph->intern(*ours);
  }

  static void statement(void* user, raptor_statement* st) {
    auto* self = static_cast<ParseState*>(user);
    graph::TermId g = graph::kDefaultGraph;
    if (st->graph) g = self->term(st->graph);
    self->graph->add(self->term(st->subject), self->term(st->predicate), self->term(st->object), g);
  }

  static void log(void* user, raptor_log_message* message) {
    auto* self = static_cast<ParseState*>(user);
    if (message->level < RAPTOR_LOG_LEVEL_WARN) return;
    extract::Diagnostic d;
    d.file = self->path;
    if (message->locator) {
      d.line = message->locator->line > 0 ? message->locator->line : 0;
      d.column = message->locator->column > 0 ? message->locator->column : 0;
    }
    d.message = message->text ? message->text : "unknown Raptor error";
    if (message->level >= RAPTOR_LOG_LEVEL_ERROR) {
      self->failed = true;
      if (self->parser) raptor_parser_parse_abort(self->parser);
    } else {
      d.severity = extract::Diagnostic::Severity::Warning;
    }
    self->diagnostics->push_back(std::move(d));
  }
};

}  // namespace

std::optional<Format> sniff_graph_format(const std::string& path, std::string_view head) {
  std::string ext = lower(path_extension(path));
  if (ext == "ttl" || ext == "turtle") return Format::Turtle;
  if (ext == "trig") return Format::TriG;
  if (ext == "nt") return Format::NTriples;
  if (ext == "nq") return Format::NQuads;
  if (ext == "jsonld" || ext == "json") return Format::JsonLd;
  if (ext == "rdf" || ext == "xml" || ext == "owl") return Format::RdfXml;
  std::size_t i = 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  if (i < head.size() && (head[i] == '{' || head[i] == '[')) return Format::JsonLd;
  if (head.substr(i, 5) == "<?xml" || head.substr(i, 8) == "<rdf:RDF") return Format::RdfXml;
  // Turtle or TriG, which cannot be told apart from the first lines: read
  // as TriG, whose grammar takes every Turtle document too.
  if (head.find("@prefix") != std::string_view::npos || head.find("PREFIX") != std::string_view::npos)
    return Format::TriG;
  if (i < head.size() && (head[i] == '<' || head[i] == '_' || head[i] == '#')) return Format::NQuads;
  return std::nullopt;
}

namespace {

// The bytes of a graph file ("-": standard input), inflated when they are
// gzip-compressed (by their magic number, whatever the name). nullopt with
// `why` set when they cannot be read.
std::optional<std::string> graph_bytes(const std::string& path, std::string& why) {
  std::string content;
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    content = buffer.str();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      int err = errno;
      if (err == ENOENT && (path.starts_with("http://") || path.starts_with("https://")))
        why = "is a URL: stancegraph reads files and never fetches anything; download the graph first (curl -o FILE URL)";
      else
        why = "cannot read the graph: " + std::string(std::strerror(err));
      return std::nullopt;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    content = buffer.str();
  }
  if (content.size() < 2 || static_cast<unsigned char>(content[0]) != 0x1f || static_cast<unsigned char>(content[1]) != 0x8b)
    return content;
  z_stream z{};
  if (inflateInit2(&z, 15 + 32) != Z_OK) {  // 32: a gzip header
    why = "cannot start zlib";
    return std::nullopt;
  }
  std::string out;
  char chunk[1 << 16];
  z.next_in = reinterpret_cast<Bytef*>(content.data());
  z.avail_in = static_cast<uInt>(content.size());
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(chunk);
    z.avail_out = sizeof chunk;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(chunk, sizeof chunk - z.avail_out);
    // Concatenated gzip members (`cat a.nq.gz b.nq.gz`) are one stream.
    if (rc == Z_STREAM_END && z.avail_in > 0) rc = inflateReset(&z);
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END) {
    why = "not a complete gzip file (truncated or corrupt)";
    return std::nullopt;
  }
  return out;
}

}  // namespace

bool read_graph(const std::string& path, graph::Graph& graph, std::vector<extract::Diagnostic>& diagnostics) {
  const std::string name = path == "-" ? "stdin" : path;
  auto fail = [&](int line, std::string message) {
    extract::Diagnostic d;
    d.file = name;
    d.line = line;
    d.message = std::move(message);
    diagnostics.push_back(std::move(d));
    return false;
  };
  std::error_code ec;
  if (path != "-" && std::filesystem::is_directory(path, ec)) return fail(0, "is a directory, not a graph file");
  if (auto made = format_of_path(path);
      made && (is_view(*made) || is_event_data(*made) || *made == Format::Cypher || *made == Format::Neo4jCsv))
    return fail(0, "holds no RDF (it is " + std::string(format_name(*made)) +
                       " output); merge the graph it was made from (.ttl, .trig, .nt, .nq or .jsonld)");
  std::string why;
  auto bytes = graph_bytes(path, why);
  if (!bytes) return fail(0, why);
  std::string content = std::move(*bytes);
  if (content.find('\0') != std::string::npos) return fail(0, "binary file, not a graph");
  if (!extract::text::is_valid_utf8(content)) {
    std::string repaired = content;
    auto bad = extract::text::repair_utf8(repaired);
    int line = 1;
    for (std::size_t i = 0; i < bad.front(); ++i) line += content[i] == '\n';
    return fail(line, "invalid UTF-8");
  }
  auto format = sniff_graph_format(path, std::string_view(content).substr(0, 4096));
  if (!format) {
    if (text_is_blank(content)) return true;  // an empty graph
    return fail(1, "cannot tell the format (use .ttl, .trig, .nt, .nq or .jsonld)");
  }
  if (*format == Format::JsonLd) return read_jsonld(name, content, graph, diagnostics);
  if (*format == Format::NTriples || *format == Format::NQuads) {
    // Raptor quietly drops a last line cut short (a half-downloaded file):
    // every statement line must end with its '.'.
    int line_no = 0;
    std::size_t pos = 0;
    while (pos < content.size()) {
      std::size_t nl = content.find('\n', pos);
      if (nl == std::string::npos) nl = content.size();
      std::string_view line(content.data() + pos, nl - pos);
      pos = nl + 1;
      ++line_no;
      while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
      std::size_t lead = 0;
      while (lead < line.size() && std::isspace(static_cast<unsigned char>(line[lead]))) ++lead;
      line.remove_prefix(lead);
      if (line.empty() || line.front() == '#') continue;
      bool ends = line.back() == '.';
      if (!ends) {  // "... . # a comment"
        auto hash = line.rfind('#');
        if (hash != std::string_view::npos) {
          std::string_view before = line.substr(0, hash);
          while (!before.empty() && std::isspace(static_cast<unsigned char>(before.back()))) before.remove_suffix(1);
          ends = !before.empty() && before.back() == '.';
        }
      }
      if (!ends) return fail(line_no, "statement does not end with '.' (a truncated file?)");
    }
  }

  ParseState state;
  state.graph = &graph;
  state.path = name;
  state.blank_prefix = blank_prefix('m', content);
  state.diagnostics = &diagnostics;
  raptor::World world = raptor::open_world(&ParseState::log, &state);
  if (!world) return fail(0, "cannot start Raptor");
  const char* parser_name = *format == Format::Turtle   ? "turtle"
                            : *format == Format::TriG   ? "trig"
                            : *format == Format::RdfXml ? "rdfxml"
                                                        : "nquads";  // N-Quads also reads N-Triples
  raptor::Parser parser(raptor_new_parser(world.get(), parser_name));
  if (!parser) return fail(0, std::string("Raptor has no '") + parser_name + "' parser");
  state.parser = parser.get();
  // Never fetch anything an input names (NOTES.md, issue 5).
  raptor_parser_set_option(parser.get(), RAPTOR_OPTION_NO_NET, nullptr, 1);
  raptor_parser_set_option(parser.get(), RAPTOR_OPTION_NO_FILE, nullptr, 1);
  raptor_parser_set_option(parser.get(), RAPTOR_OPTION_LOAD_EXTERNAL_ENTITIES, nullptr, 0);
  raptor_parser_set_statement_handler(parser.get(), &state, &ParseState::statement);
  raptor::Uri base_uri = raptor::make_uri(world.get(), "file://" + std::filesystem::absolute(name).string());
  if (raptor_parser_parse_start(parser.get(), base_uri.get()) != 0) return fail(0, "cannot start the parser");
  int rc = raptor_parser_parse_chunk(parser.get(), reinterpret_cast<const unsigned char*>(content.data()),
                                     content.size(), 1);
  if (rc != 0 && !state.failed) return fail(0, "the graph could not be parsed");
  return !state.failed;
}

}  // namespace sg::exporter
