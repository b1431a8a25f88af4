// text_escape.h — the escaping the text writers share (inside export/ only):
// IRIs, strings and blank node labels as N-Triples, N-Quads and Turtle
// spell them, JSON strings as nlohmann_json's dump() spells them, and CSV
// fields.
//
// Each function appends to a std::string and, where the value could be
// invalid UTF-8, returns false instead (having appended part of it), so a
// writer can stop with a message rather than emit a line no client reads.
// UTF-8 is copied as is; only what a grammar forbids is escaped. Runs of
// plain ASCII are copied at once: these functions are the writers' inner
// loop.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace sg::exporter::text {

// The length of the UTF-8 sequence at s[i], or 0 if it is not valid UTF-8
// (overlong forms, surrogates and code points beyond U+10FFFF included).
std::size_t utf8_length(std::string_view s, std::size_t i);

// <iri>, with the characters IRIREF forbids (controls, space, <>"{}|^`\)
// as \u00XX. False on invalid UTF-8.
bool append_iri(std::string& out, std::string_view iri);

// "value" as STRING_LITERAL_QUOTE (N-Triples and Turtle): \" \\ \n \r,
// other controls and DEL as \u00XX; never \' (rapper 2.0.15 rejects it).
// False on invalid UTF-8.
bool append_quoted(std::string& out, std::string_view value);

// _:label; bytes outside [A-Za-z0-9_] (and '-' first) become 'z' and their
// hex code, as Raptor does, so the label is valid in every syntax.
void append_blank(std::string& out, std::string_view label);

// "value" as a JSON string, byte for byte what nlohmann_json's dump()
// writes without ensure_ascii: \" \\ \b \f \n \r \t, other controls as
// \u00xx (lower-case hex), everything else as is. False on invalid UTF-8.
bool append_json_string(std::string& out, std::string_view value);

// A field of a CSV (delimiter ',') or TSV ('\t') table, quoted as RFC 4180
// quotes: in double quotes, with inner quotes doubled, when it holds the
// delimiter, a quote, CR or LF; else as is. False on invalid UTF-8 or a NUL
// byte (no CSV reader takes one).
bool append_csv_field(std::string& out, std::string_view value, char delimiter);

// An output buffer that goes to a FILE* a megabyte at a time, so a writer's
// memory does not grow with its output.
class Buffer {
 public:
  explicit Buffer(std::FILE* file) : file_(file) { text.reserve(kFlushAt + 4096); }
  // Writes the buffer out once it is past a megabyte. False on a write error.
  bool maybe_flush() { return text.size() < kFlushAt || flush(); }
  bool flush();

  std::string text;

 private:
  static constexpr std::size_t kFlushAt = 1 << 20;
  std::FILE* file_;
};

}  // namespace sg::exporter::text
