// N-Triples and N-Quads, written by us rather than by Raptor: one line per
// quad, in canonical RDF 1.1 form (UTF-8 as is, only the characters the
// grammar forbids escaped), through one buffer flushed a megabyte at a
// time. Raptor's N-Triples writer escapes every non-ASCII character as
// \uXXXX and builds and frees a statement per quad; this path writes the
// same graph several times faster and in constant memory beyond the graph.
#include <cstdio>
#include <string>

#include "export.h"
#include "line_writer.h"

namespace sg::exporter {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";

void uchar(std::string& out, unsigned char c) {
  out += "\\u00";
  out += kHex[c >> 4];
  out += kHex[c & 15];
}

// The length of the UTF-8 sequence at s[i], or 0 if it is not valid UTF-8.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  auto c1 = static_cast<unsigned char>(s[i + 1]);
  if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))
    return 0;  // overlong, surrogate, or beyond U+10FFFF
  return n;
}

}  // namespace

namespace {

// The length of the run from `i` on that is printable ASCII needing no escape.
template <typename Plain>
std::size_t plain_run(std::string_view s, std::size_t i, Plain plain) {
  std::size_t j = i;
  while (j < s.size() && plain(static_cast<unsigned char>(s[j]))) ++j;
  return j - i;
}

bool plain_iri_byte(unsigned char c) {
  return c > 0x20 && c < 0x80 && c != '<' && c != '>' && c != '"' && c != '{' && c != '}' && c != '|' && c != '^' &&
         c != '`' && c != '\\';
}

bool plain_literal_byte(unsigned char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; }

}  // namespace

bool LineWriter::iri(std::string_view value) {
  out_ += '<';
  for (std::size_t i = 0; i < value.size();) {
    if (std::size_t n = plain_run(value, i, plain_iri_byte)) {  // most IRIs are one run
      out_.append(value.data() + i, n);
      i += n;
      if (i == value.size()) break;
    }
    auto c = static_cast<unsigned char>(value[i]);
    if (c >= 0x80) {
      std::size_t n = utf8_length(value, i);
      if (n == 0) return fail("invalid UTF-8 in an IRI", value);
      out_.append(value.substr(i, n));
      i += n;
      continue;
    }
    // IRIREF forbids these; minted IRIs never hold them, but an IRI read
    // from a merged graph might, and an escape keeps the line parseable.
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' ||
        c == '`' || c == '\\')
      uchar(out_, c);
    else
      out_ += static_cast<char>(c);
    ++i;
  }
  out_ += '>';
  return true;
}

bool LineWriter::literal(const graph::Term& t) {
  out_ += '"';
  const std::string& v = t.value;
  for (std::size_t i = 0; i < v.size();) {
    if (std::size_t n = plain_run(v, i, plain_literal_byte)) {
      out_.append(v, i, n);
      i += n;
      if (i == v.size()) break;
    }
    auto c = static_cast<unsigned char>(v[i]);
    if (c >= 0x80) {
      std::size_t n = utf8_length(v, i);
      if (n == 0) return fail("invalid UTF-8 in a literal", v);
      out_.append(v, i, n);
      i += n;
      continue;
    }
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7F) uchar(out_, c);
        else out_ += static_cast<char>(c);
    }
    ++i;
  }
  out_ += '"';
  if (!t.language.empty()) {
    out_ += '@';
    out_ += t.language;
  } else if (!t.datatype.empty()) {
    out_ += "^^";
    return iri(t.datatype);
  }
  return true;
}

void LineWriter::blank(std::string_view label) {
  out_ += "_:";
  // Labels are ours and alphanumeric, or come from a parsed graph; any
  // other byte becomes 'z' and its hex code, as Raptor does.
  for (std::size_t i = 0; i < label.size(); ++i) {
    auto c = static_cast<unsigned char>(label[i]);
    char ch = label[i];
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || (c == '-' && i > 0)) {
      out_ += ch;
    } else {
      out_ += 'z';
      out_ += kHex[c >> 4];
      out_ += kHex[c & 15];
    }
  }
}

bool LineWriter::term(const graph::Term& t) {
  switch (t.kind) {
    case graph::Term::Kind::Iri: return iri(t.value);
    case graph::Term::Kind::Blank: blank(t.value); return true;
    case graph::Term::Kind::Literal: return literal(t);
  }
  return true;
}

bool LineWriter::quad(const graph::Graph& graph, const graph::Quad& q, bool with_graph) {
  if (!term(graph.term(q.s))) return false;
  out_ += ' ';
  if (!term(graph.term(q.p))) return false;
  out_ += ' ';
  if (!term(graph.term(q.o))) return false;
  if (with_graph && q.g != graph::kDefaultGraph) {
    out_ += ' ';
    if (!term(graph.term(q.g))) return false;
  }
  out_ += " .\n";
  if (file_ && out_.size() >= kFlushAt) return flush();
  return true;
}

bool LineWriter::flush() {
  if (!file_) return true;
  if (!out_.empty() && std::fwrite(out_.data(), 1, out_.size(), file_) != out_.size()) {
    error_ = "write error";
    return false;
  }
  out_.clear();
  return true;
}

bool LineWriter::fail(std::string_view what, std::string_view value) {
  error_ = std::string(what) + ": " + std::string(value.substr(0, 80));
  return false;
}

bool write_lines(const graph::Graph& graph, Format format, std::FILE* out, std::string& error) {
  LineWriter writer(out);
  bool quads = format == Format::NQuads;
  for (const auto& q : graph.sorted_quads())
    if (!writer.quad(graph, q, quads)) {
      error = writer.error();
      return false;
    }
  if (!writer.flush()) {
    error = writer.error();
    return false;
  }
  return true;
}

}  // namespace sg::exporter
