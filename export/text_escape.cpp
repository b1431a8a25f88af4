#include "text_escape.h"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace sg::exporter::text {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";
constexpr char kLowerHex[] = "0123456789abcdef";

void uchar(std::string& out, unsigned char c, const char* hex = kHex) {
  out += "\\u00";
  out += hex[c >> 4];
  out += hex[c & 15];
}

// Which bytes each grammar copies as they are, as tables: the writers'
// innermost loop then costs one load and one test per byte.
template <typename Plain>
struct PlainTable {
  bool plain[256];
  constexpr explicit PlainTable(Plain p) : plain() {
    for (int c = 0; c < 256; ++c) plain[c] = p(static_cast<unsigned char>(c));
  }
};

// A grammar's test of eight bytes at once (one 64-bit word): non-zero when
// one of them may need more than a copy. A false alarm only sends those
// bytes through the table; a miss would be a bug. NoWide tests nothing.
struct NoWide {};
constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
// Non-zero when a byte of v is below n (n <= 128), or possibly when one is
// at or above 0x80, which the callers flag anyway.
constexpr std::uint64_t byte_below(std::uint64_t v, unsigned char n) { return (v - kOnes * n) & ~v & kHighs; }
constexpr std::uint64_t byte_is(std::uint64_t v, unsigned char c) { return byte_below(v ^ (kOnes * c), 1); }

// The length of the run from `i` on that needs no escape: eight bytes at a
// time while `wide` finds nothing, then byte by byte.
template <typename Table, typename Wide = NoWide>
std::size_t plain_run(std::string_view s, std::size_t i, const Table& table, Wide wide = {}) {
  std::size_t j = i;
  if constexpr (!std::is_same_v<Wide, NoWide>) {
    for (std::uint64_t v; j + 8 <= s.size(); j += 8) {
      std::memcpy(&v, s.data() + j, 8);
      if (wide(v)) break;
    }
  }
  while (j < s.size() && table.plain[static_cast<unsigned char>(s[j])]) ++j;
  return j - i;
}

constexpr bool iri_forbidden(unsigned char c) {
  return c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' ||
         c == '`' || c == '\\';
}

// Copies `value`, escaping each ASCII byte `plain` refuses with `escape`;
// multi-byte UTF-8 sequences are checked and copied whole.
template <typename Plain, typename Escape, typename Wide = NoWide>
bool copy_escaped(std::string& out, std::string_view value, Plain plain, Escape escape, Wide wide = {}) {
  static constexpr PlainTable<Plain> table(plain);
  for (std::size_t i = 0; i < value.size();) {
    if (std::size_t n = plain_run(value, i, table, wide)) {  // most values are one run
      out.append(value.data() + i, n);
      i += n;
      if (i == value.size()) break;
    }
    auto c = static_cast<unsigned char>(value[i]);
    if (c >= 0x80) {
      std::size_t n = utf8_length(value, i);
      if (n == 0) return false;
      out.append(value.data() + i, n);
      i += n;
      continue;
    }
    escape(c);
    ++i;
  }
  return true;
}

}  // namespace

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

namespace {

// The wide test of quoted literals: what they escape (the controls, '"',
// '\\', DEL) and the non-ASCII bytes, whose UTF-8 is checked. Literals are
// long (labels, topics, quotes): their spelling in Turtle took 11.4M
// instructions on the 1 MB corpus byte by byte, 9.1M with it. IRIs are
// not tested so: theirs, which has nine bytes to flag, cost as much as the
// table (11.0M -> 11.4M).
constexpr std::uint64_t quoted_special(std::uint64_t v) {
  return byte_below(v, 0x20) | byte_is(v, '"') | byte_is(v, '\\') | byte_is(v, 0x7F) | (v & kHighs);
}

}  // namespace

bool append_iri(std::string& out, std::string_view iri) {
  out += '<';
  // IRIREF forbids these; minted IRIs never hold them, but an IRI read from
  // a merged graph might, and an escape keeps the output parseable.
  bool ok = copy_escaped(
      out, iri, [](unsigned char c) { return c < 0x80 && !iri_forbidden(c); },
      [&](unsigned char c) {
        if (iri_forbidden(c)) uchar(out, c);
        else out += static_cast<char>(c);
      });
  out += '>';
  return ok;
}

bool append_quoted(std::string& out, std::string_view value) {
  out += '"';
  bool ok = copy_escaped(
      out, value, [](unsigned char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; },
      [&](unsigned char c) {
        switch (c) {
          case '"': out += "\\\""; break;
          case '\\': out += "\\\\"; break;
          case '\n': out += "\\n"; break;
          case '\r': out += "\\r"; break;
          default: uchar(out, c);  // the other controls and DEL
        }
      },
      quoted_special);
  out += '"';
  return ok;
}

void append_blank(std::string& out, std::string_view label) {
  out += "_:";
  for (std::size_t i = 0; i < label.size(); ++i) {
    auto c = static_cast<unsigned char>(label[i]);
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || (c == '-' && i > 0)) {
      out += label[i];
    } else {
      out += 'z';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
}

bool append_json_string(std::string& out, std::string_view value) {
  out += '"';
  bool ok = copy_escaped(
      out, value, [](unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; },
      [&](unsigned char c) {
        switch (c) {
          case '"': out += "\\\""; break;
          case '\\': out += "\\\\"; break;
          case '\b': out += "\\b"; break;
          case '\f': out += "\\f"; break;
          case '\n': out += "\\n"; break;
          case '\r': out += "\\r"; break;
          case '\t': out += "\\t"; break;
          default: uchar(out, c, kLowerHex);
        }
      },
      [](std::uint64_t v) { return byte_below(v, 0x20) | byte_is(v, '"') | byte_is(v, '\\') | (v & kHighs); });
  out += '"';
  return ok;
}

bool append_csv_field(std::string& out, std::string_view value, char delimiter) {
  // Copied as is first: most fields need no quotes. A byte that does, or a
  // NUL (which no CSV reader takes), is marked on the way.
  const std::size_t start = out.size();
  bool quote = false, nul = false;
  auto mark = [&](unsigned char c) {
    nul = nul || c == 0;
    quote = true;
    out += static_cast<char>(c);
  };
  auto special = [](std::uint64_t v) {
    return byte_is(v, 0) | byte_is(v, '"') | byte_is(v, '\n') | byte_is(v, '\r') | (v & kHighs);
  };
  bool ok = delimiter == '\t'
                ? copy_escaped(
                      out, value, [](unsigned char c) { return c < 0x80 && c != 0 && c != '\t' && c != '"' && c != '\n' && c != '\r'; },
                      mark, [&](std::uint64_t v) { return special(v) | byte_is(v, '\t'); })
                : copy_escaped(
                      out, value, [](unsigned char c) { return c < 0x80 && c != 0 && c != ',' && c != '"' && c != '\n' && c != '\r'; },
                      mark, [&](std::uint64_t v) { return special(v) | byte_is(v, ','); });
  if (!ok || nul) return false;
  if (quote) {
    out.resize(start);
    out += '"';
    for (char c : value) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  return true;
}

bool Buffer::flush() {
  if (!text.empty() && std::fwrite(text.data(), 1, text.size(), file_) != text.size()) return false;
  text.clear();
  return true;
}

}  // namespace sg::exporter::text
