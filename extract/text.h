// text.h — UTF-8 helpers shared inside extract/ (not part of the public API).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sg::extract::text {

// What an ASCII byte is inside a word: a lower-case letter, a capital or a
// digit, 0 for any other byte (non-ASCII ones too), in one table load
// where three range tests were. The tokenizer and the gazetteer's name
// splitter read words with it.
inline constexpr unsigned kLowerByte = 1, kCapitalByte = 2, kDigitByte = 4;
inline constexpr std::array<std::uint8_t, 256> kAsciiWordByte = [] {
  std::array<std::uint8_t, 256> classes{};
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = kLowerByte;
  for (int c = 'A'; c <= 'Z'; ++c) classes[c] = kCapitalByte;
  for (int c = '0'; c <= '9'; ++c) classes[c] = kDigitByte;
  return classes;
}();

// Replaces every invalid UTF-8 sequence by U+FFFD; returns the byte offsets
// (in the input) of the sequences replaced.
std::vector<std::size_t> repair_utf8(std::string& s);

bool is_valid_utf8(std::string_view s);

// Decodes one code point at s[i]; advances i. Assumes valid UTF-8.
char32_t next_code_point(std::string_view s, std::size_t& i);
void append_utf8(std::string& out, char32_t cp);

std::size_t count_code_points(std::string_view s);

// How many invalid UTF-8 sequences repair_utf8() would replace in `s`,
// without copying it.
std::size_t count_invalid_utf8(std::string_view s);

// Per byte of the eight in `w` (read with memcpy), the top bit (0x80) set
// when the byte is below `n`, for n up to 0x80; the other bits clear. The
// low seven bits plus 0x80 - n carry into the top bit when they reach n
// and never into the next byte; a byte with its own top bit set is not
// below n. It lets a scan for rare bytes (controls, line ends) pass over
// eight ordinary bytes with one test.
inline std::uint64_t bytes_below(std::uint64_t w, unsigned n) {
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL, kTop = 0x8080808080808080ULL, kOnes = 0x0101010101010101ULL;
  return ~(((w & kLow7) + (0x80 - n) * kOnes) | w) & kTop;
}

// Lower-cases Latin letters (ASCII, Latin-1, Latin Extended-A, basic Greek
// and Cyrillic) and folds typographic apostrophes and dashes to ASCII, so
// that "Ukraine’s" and "Ukraine's" compare equal.
std::string fold(std::string_view s);

bool is_letter(char32_t cp);
bool is_upper(char32_t cp);
bool is_digit(char32_t cp) ;
bool starts_upper(std::string_view s);
bool all_upper(std::string_view s);  // at least one letter, no lower-case letter

// The white space of report text: space, tab, line feed, carriage return.
inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
std::string_view trim(std::string_view s);
std::vector<std::string_view> split(std::string_view s, std::string_view sep);

// The value of a lower-case Roman numeral from 1 to 39 ("iv" -> 4, "xii"
// -> 12), the footnote numbers some reports use ("...deadline.[ii]"); 0 for
// anything else.
int roman_value(std::string_view s);

// Collapses runs of white space to one space and trims.
std::string squeeze_space(std::string_view s);

// Whether a line under an endnotes heading ("Notes", "Sources",
// "References", "Footnotes", "Endnotes") reads as part of the notes rather
// than as report prose, by its content: a URL, an opening "3.", "3)", "[3"
// or "^", a source's quoted title followed by a comma, "Ibid.", or a
// fragment of fewer than five words. Anything else (a sentence) is prose,
// and ends the notes: such a heading in the middle of a report must not
// swallow what follows it (issue 22). The text and HTML readers share it.
bool looks_like_note(std::string_view line);

}  // namespace sg::extract::text
