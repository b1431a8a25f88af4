// A Cypher script for Neo4j (and other openCypher stores): the graph as a
// property graph, loadable with `cypher-shell -f graph.cypher`.
//
// The mapping (property_graph.h, docs/neo4j.md) in short: every subject
// of the RDF graph is a node labelled :Resource (plus its classes) and keyed
// by `iri`; literals become properties, links between nodes become
// relationships, and each sg:StanceSummary becomes one weighted
// (actor)-[:STANCE]->(target) relationship. The script is idempotent
// (MERGE on a unique `iri`), batched (UNWIND over up to kBatch map
// literals per statement) and deterministic (nodes by label set then IRI,
// relationships by type then ends). It is written as it is produced, a
// megabyte at a time; what is kept in memory is the view's index of the
// graph, not the text.
//
// Strings are single-quoted and pure ASCII: backslash, quote and the usual
// controls get their short escapes, every other control and non-ASCII
// character \uXXXX (a UTF-16 surrogate pair above U+FFFF), so that the
// script means the same whatever charset the client reads it with. \u is
// never used for a quote or a backslash, because Neo4j may turn \u escapes
// into characters before it finds where a string ends.
#include <cstdio>
#include <string>

#include "export.h"
#include "property_graph.h"

namespace sg::exporter {
namespace {

constexpr std::size_t kBatch = 1000;             // rows per UNWIND statement
constexpr std::size_t kStatementBytes = 1 << 20;  // ... or fewer, past this size
constexpr std::size_t kFlushAt = 1 << 20;

// ------------------------------------------------------------ literals

constexpr char kHex[] = "0123456789ABCDEF";

void u16(std::string& out, unsigned v) {
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(v >> shift) & 15];
}

}  // namespace

bool cypher_string(std::string_view value, std::string& out) {
  out += '\'';
  for (std::size_t i = 0; i < value.size();) {
    auto c = static_cast<unsigned char>(value[i]);
    if (c >= 0x20 && c < 0x7F && c != '\'' && c != '\\') {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    std::size_t n = 0;
    char32_t cp = pg::decode_utf8(value, i, n);
    if (n == 0) return false;
    i += n;
    switch (cp) {
      case '\'': out += "\\'"; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (cp < 0x10000) {
          u16(out, static_cast<unsigned>(cp));
        } else {
          cp -= 0x10000;
          u16(out, static_cast<unsigned>(0xD800 + (cp >> 10)));
          u16(out, static_cast<unsigned>(0xDC00 + (cp & 0x3FF)));
        }
    }
  }
  out += '\'';
  return true;
}

namespace {

using pg::Value;

// Appends a value as a Cypher literal; false on invalid UTF-8.
bool render(const Value& v, std::string& out) {
  switch (v.kind) {
    case Value::Kind::String: return cypher_string(v.text, out);
    case Value::Kind::Date:
      out += "date('";
      out += v.text;
      out += "')";
      return true;
    default: out += v.text; return true;
  }
}

class CypherWriter {
 public:
  CypherWriter(const graph::Graph& graph, std::FILE* out) : view_(graph), file_(out) {}

  bool write(std::string& error) {
    out_ += "// stancegraph: the graph as a property graph for Neo4j 5 (see docs/neo4j.md).\n";
    out_ += "// Load with: cypher-shell -f FILE   (or: cypher-shell < FILE). Running it again changes nothing.\n";
    out_ += "CREATE CONSTRAINT stancegraph_iri IF NOT EXISTS FOR (n:Resource) REQUIRE n.iri IS UNIQUE;\n";
    bool ok = nodes() && relationships() && flush();
    if (!ok) error = error_;
    return ok;
  }

 private:
  // One statement per label set (and per kBatch nodes).
  bool nodes() {
    for (std::size_t i = 0; i < view_.node_count();) {
      std::size_t j = i;
      const std::string& labels = view_.label_key(i);
      while (j < view_.node_count() && view_.label_key(j) == labels) ++j;
      std::string tail = "] AS row\nMERGE (n:Resource {iri: row.iri})\nSET n = row" +
                         (labels.empty() ? std::string() : ", n" + labels) + ";\n";
      if (!batches(i, j, tail, [&](std::size_t k) {
            pg::Node n = view_.node(k);
            out_ += "{iri: ";
            if (!string(n.iri) || !properties(n.properties, false)) return false;
            out_ += '}';
            return true;
          }))
        return false;
      i = j;
    }
    return true;
  }

  // One statement per type (and per kBatch relationships); a STANCE
  // relationship is merged on its summary's IRI, and its facts set.
  bool relationships() {
    const std::string match = "] AS row\nMATCH (a:Resource {iri: row.s})\nMATCH (b:Resource {iri: row.o})\n";
    std::size_t count = view_.relationship_count();
    for (std::size_t i = 0; i < count;) {
      pg::Relationship first = view_.relationship(i);
      std::size_t j = i + 1;
      while (j < count && view_.relationship_type(j) == first.type) ++j;
      bool stance = !first.properties.empty();
      std::string tail = match + (stance ? "MERGE (a)-[r:" + first.type + " {iri: row.p.iri}]->(b)\nSET r = row.p;\n"
                                         : "MERGE (a)-[:" + first.type + "]->(b);\n");
      if (!batches(i, j, tail, [&](std::size_t k) {
            pg::Relationship r = view_.relationship(k);
            out_ += "{s: ";
            if (!string(r.start)) return false;
            out_ += ", o: ";
            if (!string(r.end)) return false;
            if (stance) {
              out_ += ", p: {iri: ";
              if (!string(r.properties.at("iri").values.at(0).text) || !properties(r.properties, true)) return false;
              out_ += '}';
            }
            out_ += '}';
            return true;
          }))
        return false;
      i = j;
    }
    return true;
  }

  // ", name: value" for each property (iri aside).
  bool properties(const pg::Properties& props, bool skip_iri) {
    for (const auto& [name, p] : props) {
      if (skip_iri && name == "iri") continue;
      out_ += ", ";
      out_ += name;
      out_ += ": ";
      if (p.list) out_ += '[';
      for (std::size_t k = 0; k < p.values.size(); ++k) {
        if (k) out_ += ", ";
        if (!render(p.values[k], out_)) return fail("invalid UTF-8 in a literal", p.values[k].text);
      }
      if (p.list) out_ += ']';
    }
    return true;
  }

  bool string(const std::string& s) { return cypher_string(s, out_) || fail("invalid UTF-8 in an IRI", s); }

  // Rows [begin, end) as UNWIND statements of at most kBatch rows (and
  // about kStatementBytes), one row per line, then `tail`.
  template <typename Row>
  bool batches(std::size_t begin, std::size_t end, const std::string& tail, Row row) {
    std::size_t in_statement = 0, start = 0;
    for (std::size_t k = begin; k < end; ++k) {
      if (in_statement == 0) {
        out_ += "UNWIND [\n";
        start = out_.size();
      } else {
        out_ += ",\n";
      }
      if (!row(k)) return false;
      ++in_statement;
      if (in_statement == kBatch || out_.size() - start >= kStatementBytes || k + 1 == end) {
        out_ += '\n';
        out_ += tail;
        in_statement = 0;
        if (out_.size() >= kFlushAt && !flush()) return false;
      }
    }
    return true;
  }

  bool flush() { return pg::drain(out_, file_) || fail(write_failure(), ""); }
  bool fail(std::string_view what, std::string_view value) { return pg::fail(error_, what, value); }

  pg::View view_;
  std::FILE* file_;
  std::string out_, error_;
};

}  // namespace

bool write_cypher(const graph::Graph& graph, std::FILE* out, std::string& error) {
  CypherWriter writer(graph, out);
  return writer.write(error);
}

}  // namespace sg::exporter
