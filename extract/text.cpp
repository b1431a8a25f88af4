#include "text.h"

#include <cstdint>
#include <cstring>

namespace sg::extract::text {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid
// (overlong forms, surrogates and code points past U+10FFFF included).
std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  char32_t cp = 0;
  if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; }
  else return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  if (n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
  if (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
  return n;
}

// The end of the run of ASCII bytes from s[i], eight bytes at a time: most
// of a report is ASCII, and its bytes need no decoding.
std::size_t ascii_run_end(std::string_view s, std::size_t i) {
  for (std::uint64_t word; i + 8 <= s.size(); i += 8) {
    std::memcpy(&word, s.data() + i, 8);
    if (word & 0x8080808080808080ULL) break;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

// The end of the valid UTF-8 from s[i]: the first bad byte, or s.size().
std::size_t valid_prefix_end(std::string_view s, std::size_t i) {
  while ((i = ascii_run_end(s, i)) < s.size()) {
    std::size_t n = valid_sequence_length(s, i);
    if (n == 0) break;
    i += n;
  }
  return i;
}

}  // namespace

std::vector<std::size_t> repair_utf8(std::string& s) {
  std::vector<std::size_t> bad;
  std::size_t i = valid_prefix_end(s, 0);
  if (i == s.size()) return bad;
  std::string out = s.substr(0, i);
  while (i < s.size()) {
    std::size_t n = valid_sequence_length(s, i);
    if (n == 0) {
      bad.push_back(i);
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s, i, n);
      i += n;
    }
  }
  s.swap(out);
  return bad;
}

bool is_valid_utf8(std::string_view s) { return valid_prefix_end(s, 0) == s.size(); }

std::size_t count_invalid_utf8(std::string_view s) {
  std::size_t bad = 0;
  for (std::size_t i = valid_prefix_end(s, 0); i < s.size();) {
    std::size_t n = valid_sequence_length(s, i);
    bad += n == 0;
    i += n == 0 ? 1 : n;
  }
  return bad;
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { ++i; return c; }
  std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  char32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < n && i + k < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

namespace {

char32_t lower(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp < 0xC0) return cp;
  if (cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x131 && cp != 0x138 && cp != 0x149 &&
      cp != 0x17F) {
    // Latin Extended-A pairs upper/lower on even/odd code points, except in
    // the 0x139..0x148 and 0x179..0x17E runs, where the upper case is odd.
    bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    bool upper = odd_upper ? (cp % 2 == 1) : (cp % 2 == 0);
    return upper ? cp + 1 : cp;
  }
  if (cp >= 0x391 && cp <= 0x3A9) return cp + 32;   // Greek
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;   // Cyrillic
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  return cp;
}

}  // namespace

bool is_upper(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return true;
  if (cp < 0xC0) return false;
  return lower(cp) != cp;
}

bool is_letter(char32_t cp) {
  if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) return true;
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp == 0xFFFD || cp == 0xFEFF) return false;
  return cp < 0xE000 || cp > 0xF8FF;
}

bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  std::size_t i = 0;
  return is_upper(next_code_point(s, i));
}

bool all_upper(std::string_view s) {
  bool letter = false;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = next_code_point(s, i);
    if (!is_letter(cp)) continue;
    if (lower(cp) == cp && !is_upper(cp)) return false;
    letter = true;
  }
  return letter;
}

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    // A run of ASCII is sized once and lower-cased in place: a `+=` a byte
    // checked the capacity and wrote a terminator each time (fold 17.1M ->
    // 13.9M instructions on the 1 MB corpus).
    std::size_t run = i;
    while (run < s.size() && static_cast<unsigned char>(s[run]) < 0x80) ++run;
    if (run > i) {
      const std::size_t at = out.size();
      out.resize(at + (run - i));
      for (char* to = out.data() + at; i < run; ++i, ++to) *to = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] + 32) : s[i];
      continue;
    }
    char32_t cp = next_code_point(s, i);
    switch (cp) {
      case 0x2018: case 0x2019: case 0x02BC: case 0x2032: out += '\''; continue;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: out += '-'; continue;
      default: append_utf8(out, lower(cp));
    }
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, std::string_view sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    std::size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, pos - start));
    start = pos + sep.size();
  }
}

namespace {

// Whether trimmed `s` has its words apart by single spaces: no tab or line
// end, no space before another white space. Eight bytes are tested at
// once (bytes_below()): most sentences pass, and a byte at a time cost
// seven instructions (squeeze_space 21.8M -> 8.2M on the 1 MB corpus).
// A block that may fail, with a control byte or a space before a byte up
// to 0x20, is tested again a byte at a time. trim() left no space last,
// so s[i + 1] is there after a space.
bool single_spaced(std::string_view s) {
  auto fine = [&](std::size_t i) { return !is_space(s[i]) || (s[i] == ' ' && !is_space(s[i + 1])); };
  std::size_t i = 0;
  for (; i + 9 <= s.size(); i += 8) {
    std::uint64_t here, next;
    std::memcpy(&here, s.data() + i, 8);
    std::memcpy(&next, s.data() + i + 1, 8);
    const std::uint64_t control = bytes_below(here, 0x20);
    const std::uint64_t space = bytes_below(here, 0x21) & ~control;
    if ((control | (space & bytes_below(next, 0x21))) == 0) continue;
    for (std::size_t k = i; k < i + 8; ++k)
      if (!fine(k)) return false;
  }
  for (; i < s.size(); ++i)
    if (!fine(i)) return false;
  return true;
}

}  // namespace

std::string squeeze_space(std::string_view s) {
  s = trim(s);
  // Most text already has single spaces between words: one test and one
  // copy then (the evidence sentences of a 1 MB corpus: 30M -> ~5M
  // instructions, before single_spaced() tested eight bytes at once).
  if (single_spaced(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  // A word at a time: the run of other bytes, then one space for the run
  // of spaces after it when another word follows.
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = i;
    while (j < s.size() && !is_space(s[j])) ++j;
    out.append(s, i, j - i);
    while (j < s.size() && is_space(s[j])) ++j;
    if (j < s.size() && !out.empty()) out += ' ';
    i = j;
  }
  return out;
}

int roman_value(std::string_view s) {
  // Tens (x, xx, xxx), then units (i ... ix): the only spellings accepted.
  static constexpr std::string_view units[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  int tens = 0;
  while (tens < 3 && s.starts_with('x')) {
    s.remove_prefix(1);
    ++tens;
  }
  for (int u = 0; u < 10; ++u)
    if (s == units[u]) return tens * 10 + u;
  return 0;
}

bool looks_like_note(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty()) return true;
  for (std::string_view url : {"http://", "https://", "www."})
    if (t.find(url) != std::string_view::npos) return true;
  if (t.front() == '^' || t.front() == '[' || t.starts_with("\xE2\x86\x91")) return true;  // ^ [ ↑
  std::size_t digits = 0;
  while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
  if (digits > 0 && digits < t.size() && (t[digits] == '.' || t[digits] == ')')) return true;
  // Chicago style: Author, "Title," Publisher, date.
  if (t.find(",\xE2\x80\x9D") != std::string_view::npos || t.find(",\"") != std::string_view::npos) return true;
  if (t.starts_with("Ibid") || t.starts_with("Id.")) return true;
  std::size_t words = 1;
  for (std::size_t i = 1; i < t.size(); ++i) words += is_space(t[i]) && !is_space(t[i - 1]);
  return words < 5;
}

}  // namespace sg::extract::text
