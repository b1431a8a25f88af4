// CSV files for `neo4j-admin database import full` (Neo4j 5), in one tar
// archive: the property graph of property_graph.h, as docs/neo4j.md
// describes it.
//
// The importer wants several files (nodes, relationships) while a build
// writes one output, which OutputFile makes appear whole or not at all; a
// tar archive is one file that keeps that promise and unpacks anywhere
// (`tar x`, also from standard output). Members are written to anonymous
// temporary files first, since a tar header needs the member's size, then
// copied in: memory holds one node's row at a time.
//
// CSV as neo4j-admin reads it by default (not the legacy quoting): RFC 4180,
// strings in double quotes with quotes doubled, an empty unquoted field for
// "no such property". A column is typed (`date:date`, `count:long`,
// `altLabels:string[]`) when all its values share that type; array
// elements, and the labels of :LABEL, are separated by U+001F, a control
// character no report text holds (a value that does is refused rather
// than split).
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "export.h"
#include "property_graph.h"

namespace sg::exporter {
namespace {

using pg::Value;

constexpr char kArraySep = '\x1F';
constexpr const char* kFolder = "neo4j-import/";
constexpr std::size_t kFlushAt = 1 << 20;

struct Closer {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using TempFile = std::unique_ptr<std::FILE, Closer>;

// A column's type, from every value it holds.
struct Column {
  bool list = false;
  std::optional<Value::Kind> kind;
  bool mixed = false;

  void add(const pg::Property& p) {
    list = list || p.list;
    for (const auto& v : p.values) {
      if (!kind) kind = v.kind;
      else if (*kind != v.kind) mixed = true;
    }
  }
  bool quoted() const { return mixed || !kind || *kind == Value::Kind::String; }
  // The header's ":type" suffix.
  std::string suffix() const {
    std::string t = quoted() ? "string" : *kind == Value::Kind::Integer ? "long"
                                        : *kind == Value::Kind::Float   ? "double"
                                        : *kind == Value::Kind::Boolean ? "boolean"
                                                                        : "date";
    if (list) return ":" + t + "[]";
    return t == "string" ? "" : ":" + t;
  }
};

class CsvWriter {
 public:
  CsvWriter(const graph::Graph& graph, std::FILE* out) : view_(graph), out_(out) {}

  bool write(std::string& error) {
    bool ok = member("nodes.csv", 0644, [&](std::string& text, std::FILE* f) { return nodes(text, f); }) &&
              member("relationships.csv", 0644, [&](std::string& text, std::FILE* f) { return relationships(text, f); }) &&
              member("constraints.cypher", 0644, [&](std::string& text, std::FILE*) {
                text += "// Run once the imported database is started: cypher-shell -d DB -f constraints.cypher\n"
                        "CREATE CONSTRAINT stancegraph_iri IF NOT EXISTS FOR (n:Resource) REQUIRE n.iri IS UNIQUE;\n";
                return true;
              }) &&
              member("import.sh", 0755, [&](std::string& text, std::FILE*) {
                import_script(text);
                return true;
              }) &&
              end_archive();
    if (!ok) error = error_;
    return ok;
  }

 private:
  // ---------------------------------------------------------- CSV

  bool nodes(std::string& text, std::FILE* file) {
    std::map<std::string, Column> columns;
    for (std::size_t k = 0; k < view_.node_count(); ++k)
      for (const auto& [name, p] : view_.node(k).properties) columns[name].add(p);
    text += "iri:ID,:LABEL";
    for (const auto& [name, c] : columns) text += "," + name + c.suffix();
    text += '\n';
    for (std::size_t k = 0; k < view_.node_count(); ++k) {
      pg::Node n = view_.node(k);
      if (!field(n.iri, true, text)) return false;
      text += ',';
      std::string labels = "Resource";
      for (const auto& l : n.labels) labels += kArraySep + l;
      if (!field(labels, true, text) || !row(columns, n.properties, text)) return false;
      text += '\n';
      if (text.size() >= kFlushAt && !put(text, file)) return false;
    }
    return true;
  }

  bool relationships(std::string& text, std::FILE* file) {
    std::map<std::string, Column> columns;
    std::size_t count = view_.relationship_count();
    for (std::size_t k = 0; k < count; ++k)
      if (view_.relationship_type(k) == "STANCE")
        for (const auto& [name, p] : view_.relationship(k).properties) columns[name].add(p);
    text += ":START_ID,:END_ID,:TYPE";
    for (const auto& [name, c] : columns) text += "," + name + c.suffix();
    text += '\n';
    for (std::size_t k = 0; k < count; ++k) {
      pg::Relationship r = view_.relationship(k);
      if (!field(r.start, true, text)) return false;
      text += ',';
      if (!field(r.end, true, text)) return false;
      text += ',' + r.type;
      if (!row(columns, r.properties, text)) return false;
      text += '\n';
      if (text.size() >= kFlushAt && !put(text, file)) return false;
    }
    return true;
  }

  // ",value" for every column, empty where the entity has no such property.
  bool row(const std::map<std::string, Column>& columns, const pg::Properties& props, std::string& text) {
    for (const auto& [name, c] : columns) {
      text += ',';
      auto it = props.find(name);
      if (it == props.end()) continue;
      std::string joined;
      for (std::size_t i = 0; i < it->second.values.size(); ++i) {
        const std::string& v = it->second.values[i].text;
        if (c.list && v.find(kArraySep) != std::string::npos)
          return fail("a list value holds U+001F, the array delimiter", v);
        if (i) joined += kArraySep;
        joined += v;
      }
      if (!field(joined, c.quoted(), text)) return false;
    }
    return true;
  }

  // One field: quoted with inner quotes doubled, or bare (numbers, dates).
  bool field(const std::string& value, bool quoted, std::string& text) {
    for (std::size_t i = 0; i < value.size();) {
      std::size_t n = 0;
      pg::decode_utf8(value, i, n);
      if (n == 0) return fail("invalid UTF-8", value);
      i += n;
    }
    if (!quoted) {
      text += value;
      return true;
    }
    if (value.find_first_of("\r\n") != std::string::npos) multiline_ = true;
    text += '"';
    for (char c : value) {
      if (c == '"') text += '"';
      text += c;
    }
    text += '"';
    return true;
  }

  void import_script(std::string& text) {
    text +=
        "#!/bin/sh\n"
        "# Written by stancegraph (see its docs/neo4j.md). Creates the Neo4j 5 database DB\n"
        "# (default: neo4j) from the CSV files beside this script:\n"
        "#   sh import.sh [DB] [more neo4j-admin options, e.g. --overwrite-destination]\n"
        "# The database must be stopped or not exist yet. NEO4J_ADMIN names the neo4j-admin\n"
        "# to run (default: the one on PATH). Once the database is started, run\n"
        "#   cypher-shell -d DB -f constraints.cypher\n"
        "set -e\n"
        "cd \"$(dirname \"$0\")\"\n"
        "db=${1:-neo4j}\n"
        "[ $# -gt 0 ] && shift\n"
        "exec \"${NEO4J_ADMIN:-neo4j-admin}\" database import full \"$db\" \\\n"
        "  --nodes=nodes.csv --relationships=relationships.csv --array-delimiter=U+001F";
    text += multiline_ ? " --multiline-fields=true" : "";
    text += " \"$@\"\n";
  }

  // ---------------------------------------------------------- tar

  // Writes a member: `fill` appends text (and may flush it to the file).
  template <typename Fill>
  bool member(const std::string& name, unsigned mode, Fill fill) {
    TempFile tmp(std::tmpfile());
    if (!tmp) return fail("cannot create a temporary file", "");
    std::string text;
    if (!fill(text, tmp.get()) || !put(text, tmp.get())) return false;
    if (std::fflush(tmp.get()) != 0) return fail(write_failure(), "");
    long size = std::ftell(tmp.get());
    if (size < 0) return fail("cannot measure a temporary file", "");
    if (static_cast<unsigned long long>(size) >= (1ULL << 33)) return fail("a member is too big for a tar archive", name);
    if (!header(kFolder + name, mode, static_cast<unsigned long long>(size))) return false;
    std::rewind(tmp.get());
    char buf[1 << 16];
    while (std::size_t n = std::fread(buf, 1, sizeof buf, tmp.get()))
      if (std::fwrite(buf, 1, n, out_) != n) return fail(write_failure(), "");
    return pad(static_cast<unsigned long long>(size));
  }

  // A ustar header: no owner, time 0 (the same graph gives the same bytes).
  bool header(const std::string& name, unsigned mode, unsigned long long size) {
    char h[512] = {};
    // width - 1 octal digits and a NUL
    auto octal = [&](std::size_t at, std::size_t width, unsigned long long v) {
      for (std::size_t i = width - 1; i-- > 0; v >>= 3) h[at + i] = static_cast<char>('0' + (v & 7));
    };
    name.copy(h, 100);
    octal(100, 8, mode);
    octal(108, 8, 0);
    octal(116, 8, 0);
    octal(124, 12, size);
    octal(136, 12, 0);
    h[156] = '0';
    std::memcpy(h + 257, "ustar", 6);
    std::memcpy(h + 263, "00", 2);
    std::memset(h + 148, ' ', 8);
    unsigned sum = 0;
    for (unsigned char c : h) sum += c;
    octal(148, 7, sum);  // six digits, then a NUL and the space already there
    h[154] = '\0';

    return std::fwrite(h, 1, sizeof h, out_) == sizeof h || fail(write_failure(), "");
  }

  bool pad(unsigned long long size) {
    static const char zeros[512] = {};
    std::size_t n = (512 - size % 512) % 512;
    return std::fwrite(zeros, 1, n, out_) == n || fail(write_failure(), "");
  }

  bool end_archive() {
    static const char zeros[1024] = {};
    return std::fwrite(zeros, 1, sizeof zeros, out_) == sizeof zeros || fail(write_failure(), "");
  }

  bool put(std::string& text, std::FILE* file) {
    return pg::drain(text, file) || fail("cannot write a temporary file", "");
  }
  bool fail(std::string_view what, std::string_view value) { return pg::fail(error_, what, value); }

  pg::View view_;
  std::FILE* out_;
  bool multiline_ = false;
  std::string error_;
};

}  // namespace

bool write_neo4j_csv(const graph::Graph& graph, std::FILE* out, std::string& error) {
  CsvWriter writer(graph, out);
  return writer.write(error);
}

}  // namespace sg::exporter
