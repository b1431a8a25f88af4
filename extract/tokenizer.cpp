#include "tokenizer.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "text.h"

namespace sg::extract {
namespace {

// Code point at i without advancing.
char32_t peek(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return c;
  return text::next_code_point(s, i);
}

// The ASCII bytes of a word by class (text::kAsciiWordByte): a letter ends
// a number; a capital must be folded.
using text::kAsciiWordByte, text::kCapitalByte;
constexpr unsigned kLetterBytes = text::kLowerByte | text::kCapitalByte;

// Appends the folded form of s (text::fold) to out, ASCII without a call.
// The bytes are appended at once and lower-cased in place, until the first
// non-ASCII byte: a `+=` a byte checked the capacity and wrote a terminator
// each time (append_folded 19.5M -> 16.7M instructions on the 1 MB corpus).
void append_folded(std::string& out, std::string_view s) {
  const std::size_t at = out.size();
  out.append(s);
  char* to = out.data() + at;
  for (std::size_t k = 0; k < s.size(); ++k) {
    auto c = static_cast<unsigned char>(to[k]);
    if (c >= 0x80) {
      out.resize(at + k);
      out += text::fold(s.substr(k));
      return;
    }
    if (c >= 'A' && c <= 'Z') to[k] = static_cast<char>(c + 32);
  }
}

// text::starts_upper and text::all_upper, ASCII without decoding.
bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  auto c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return text::starts_upper(s);
}

bool all_upper(std::string_view s) {
  bool letter = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) return text::all_upper(s);
    if (c >= 'a' && c <= 'z') return false;
    letter |= c >= 'A' && c <= 'Z';
  }
  return letter;
}

std::size_t cp_len(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
}

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
bool is_quote(char32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x00AB || cp == 0x00BB ||
         cp == 0x201E;
}
bool is_dash(char32_t cp) { return cp == '-' || (cp >= 0x2010 && cp <= 0x2014); }
// ASCII without a call: there text::is_letter() is A-Z and a-z.
bool word_char(char32_t cp) {
  if (cp < 0x80) return kAsciiWordByte[cp] != 0;
  return text::is_letter(cp) || text::is_digit(cp);
}

// "[12]" at i: length of the marker, or 0.
std::size_t footnote_at(std::string_view s, std::size_t i) {
  if (s[i] != '[') return 0;
  // "[ii]": a Roman footnote number, when no letter follows (not "th[i]s").
  if (auto close = s.find(']', i); close != std::string_view::npos && close - i <= 7 &&
                                   text::roman_value(s.substr(i + 1, close - i - 1)) > 0 &&
                                   (close + 1 >= s.size() || !std::isalpha(static_cast<unsigned char>(s[close + 1]))))
    return close + 1 - i;
  std::size_t j = i + 1;
  while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == ',' || s[j] == ' ')) ++j;
  if (j == i + 1 || j >= s.size() || s[j] != ']') return 0;
  if (!std::isdigit(static_cast<unsigned char>(s[i + 1]))) return 0;
  return j + 1 - i;
}

// "[ly]" at i: editorial letters in brackets; returns the length, 0 if none.
std::size_t editorial_at(std::string_view s, std::size_t i, std::string& letters) {
  if (i >= s.size() || s[i] != '[') return 0;
  std::size_t j = i + 1;
  while (j < s.size() && s[j] != ']' && j - i < 24) {
    char32_t cp = peek(s, j);
    if (!text::is_letter(cp) && s[j] != ' ' && !is_apostrophe(cp)) return 0;
    j += cp_len(s, j);
  }
  if (j >= s.size() || s[j] != ']' || j == i + 1) return 0;
  letters.assign(s.substr(i + 1, j - i - 1));
  return j + 1 - i;
}

// A pronoun's contracted auxiliary at `i` (its apostrophe): "we'll",
// "I've", "they're", "I'm", "we'd". The length of the clitic's letters and
// the auxiliary it stands for, which its token's norm is (as "won't" is
// "will" "n't"), or 0 when `word` [b, i) is no pronoun or no clitic
// follows. ("O'Neill", "d'Ivoire" are names: no pronoun before them.)
std::size_t clitic_at(std::string_view s, std::size_t b, std::size_t i, const char*& norm) {
  static constexpr std::string_view kPronouns[] = {"i", "we", "you", "they", "he", "she", "it", "that", "there", "who"};
  if (i - b > 5 || i - b == 0) return 0;
  std::string lower;
  for (std::size_t k = b; k < i; ++k) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(s[k])));
  if (std::find(std::begin(kPronouns), std::end(kPronouns), lower) == std::end(kPronouns)) return 0;
  const std::size_t at = i + cp_len(s, i);
  auto letters = [&](std::string_view want) {
    for (std::size_t k = 0; k < want.size(); ++k)
      if (at + k >= s.size() || std::tolower(static_cast<unsigned char>(s[at + k])) != want[k]) return false;
    return !word_char(peek(s, at + want.size()));
  };
  static constexpr std::pair<std::string_view, const char*> kClitics[] = {
      {"ll", "will"}, {"ve", "have"}, {"re", "are"}, {"m", "am"}, {"d", "would"}};
  for (const auto& [letters_of, aux] : kClitics)
    if (letters(letters_of)) {
      norm = aux;
      return letters_of.size();
    }
  return 0;
}

}  // namespace

std::vector<Token> tokenize(std::string_view s, std::size_t begin, std::size_t end) {
  std::vector<Token> out;
  out.reserve((end - begin) / 5 + 4);
  std::string_view view = s.substr(0, end);
  std::size_t i = begin;
  bool space_before = true;
  bool single_open = false;  // a single quote opened ("'peace plans'") and not yet closed
  // The fields of token t, the last of `out`, but its norm.
  auto finish = [&](Token& t, std::size_t b, std::size_t e, Token::Kind kind) {
    t.begin = static_cast<std::uint32_t>(b);
    t.end = static_cast<std::uint32_t>(e);
    std::string_view surface = view.substr(b, e - b);
    t.kind = kind;
    t.upper = starts_upper(surface);
    t.all_caps = kind == Token::Kind::Word && all_upper(surface);
    t.glued = !space_before;
    space_before = false;
  };
  auto push = [&](std::size_t b, std::size_t e, std::string&& norm, Token::Kind kind) {
    Token& t = out.emplace_back();
    t.norm = std::move(norm);
    finish(t, b, e, kind);
  };
  while (i < end) {
    char c = view[i];
    if (text::is_space(c)) {
      space_before = true;
      ++i;
      continue;
    }
    if (std::size_t n = footnote_at(view, i)) {
      i += n;
      continue;
    }
    char32_t cp = peek(view, i);
    if (c == '[') {
      std::string letters;
      if (std::size_t n = editorial_at(view, i, letters)) {
        // A bracketed insertion standing alone: "[the] Kremlin".
        for (auto& t : tokenize(letters)) {
          t.begin = static_cast<std::uint32_t>(i);
          t.end = static_cast<std::uint32_t>(i + n);
          t.glued = !space_before;
          out.push_back(t);
          space_before = true;
        }
        i += n;
        space_before = false;
        continue;
      }
    }
    if (word_char(cp)) {
      std::size_t b = i;
      bool number = cp >= '0' && cp <= '9';  // text::is_digit(), no call
      // Initialisms with dots: "U.S.", "U.K.", "e.g."
      std::size_t k = i;
      int letters = 0;
      while (k + 1 < end && view[k + 1] == '.' && cp_len(view, k) == 1 && text::is_letter(peek(view, k))) {
        k += 2;
        ++letters;
        if (!(k < end && text::is_letter(peek(view, k)) && (k + 1 >= end || view[k + 1] == '.'))) break;
      }
      if (letters >= 2) {
        push(b, k, text::fold(view.substr(b, k - b)), Token::Kind::Word);
        i = k;
        continue;
      }
      // The word's token, its norm folded in place, piece by piece (not
      // moved into it from a string of its own: tokenize 70.2M -> 61.3M
      // instructions on the 1 MB corpus). Nothing else joins `out` until
      // finish(), so the reference holds.
      Token& token = out.emplace_back();
      std::string& word = token.norm;  // folded pieces read so far
      std::size_t piece = b;    // start of the piece being read
      // The classes of the word's ASCII bytes so far, and whether it has a
      // non-ASCII byte: a word with neither a capital nor such a byte folds
      // to itself and is appended as it is, with no pass to fold it (most
      // words of a report: append_folded 16.7M -> 9.0M instructions on the
      // 1 MB corpus).
      unsigned seen = 0;
      bool non_ascii = false;
      while (i < end) {
        auto byte = static_cast<unsigned char>(view[i]);
        if (const unsigned cls = kAsciiWordByte[byte]) {
          seen |= cls;
          ++i;
          continue;
        }
        non_ascii |= byte >= 0x80;
        char32_t here = peek(view, i);
        if (word_char(here)) {
          if (!text::is_digit(here)) number = false;
          i += cp_len(view, i);
          continue;
        }
        // Digit groups and decimals: "1,000", "2.5"
        if (number && !(seen & kLetterBytes) && (view[i] == ',' || view[i] == '.') && i + 1 < end &&
            std::isdigit(static_cast<unsigned char>(view[i + 1]))) {
          ++i;
          continue;
        }
        // Apostrophes inside words: "d'Ivoire", "O'Brien"; not "'s" or "n't".
        if (is_apostrophe(here)) {
          std::size_t after = i + cp_len(view, i);
          char32_t next = peek(view, after);
          const char* aux = nullptr;
          if (clitic_at(view, b, i, aux)) break;  // "we'll": the pronoun ends here
          bool possessive = (next == 's' || next == 'S') && !word_char(peek(view, after + 1));
          bool negation = (next == 't' || next == 'T') && i > b && (view[i - 1] == 'n' || view[i - 1] == 'N') &&
                          !word_char(peek(view, after + 1));
          if (!possessive && !negation && text::is_letter(next)) {
            i = after;
            continue;
          }
        }
        // Editorial letters glued to a word: "categorical[ly]", "reject[s]".
        std::string inserted;
        if (std::size_t n = byte == '[' ? editorial_at(view, i, inserted) : 0;
            n && inserted.find(' ') == std::string::npos) {
          append_folded(word, view.substr(piece, i - piece));
          append_folded(word, inserted);
          i += n;
          piece = i;
          continue;
        }
        break;
      }
      if (seen & kLetterBytes) number = false;
      if ((seen & kCapitalByte) || non_ascii) append_folded(word, view.substr(piece, i - piece));
      else word.append(view.data() + piece, i - piece);
      // "n't" split: "don't" -> "do", "n't"
      if (i < end && is_apostrophe(peek(view, i)) && word.size() > 1 && word.back() == 'n' && piece < i) {
        std::size_t after = i + cp_len(view, i);
        if ((peek(view, after) == 't' || peek(view, after) == 'T') && !word_char(peek(view, after + 1))) {
          word.pop_back();
          // The stems that are no word of their own stand for the auxiliary
          // they contract, so that the rules' WILL and MODAL classes read
          // them: "won't" is "will" "n't", "can't" "can", "shan't" "shall".
          if (word == "wo") word = "will";
          else if (word == "ca") word = "can";
          else if (word == "sha") word = "shall";
          finish(token, b, i - 1, Token::Kind::Word);
          push(i - 1, after + 1, "n't", Token::Kind::Word);
          i = after + 1;
          continue;
        }
      }
      // "cannot" is "can" "not", as "can't" is "can" "n't".
      if (i - b == 6 && word == "cannot") {
        word.resize(3);
        finish(token, b, b + 3, Token::Kind::Word);
        push(b + 3, i, "not", Token::Kind::Word);
        continue;
      }
      finish(token, b, i, number ? Token::Kind::Number : Token::Kind::Word);
      continue;
    }
    if (is_apostrophe(cp)) {
      std::size_t after = i + cp_len(view, i);
      char32_t next = peek(view, after);
      // "we'll", "I've": the auxiliary after the pronoun.
      const char* aux = nullptr;
      if (!space_before && !out.empty() && out.back().kind == Token::Kind::Word)
        if (const std::size_t n = clitic_at(view, out.back().begin, i, aux)) {
          push(i, after + n, std::string(aux), Token::Kind::Word);
          i = after + n;
          continue;
        }
      if ((next == 's' || next == 'S') && !word_char(peek(view, after + 1)) && !space_before) {
        push(i, after + 1, "'s", Token::Kind::Word);
        i = after + 1;
        continue;
      }
      // "the Houthis' headquarters": after a word in -s, before a space,
      // with no single quote open, the apostrophe of a plural possessive.
      const bool plural_possessive = !space_before && !single_open && !out.empty() &&
                                     out.back().kind == Token::Kind::Word && !out.back().norm.empty() &&
                                     out.back().norm.back() == 's' && (next == ' ' || next == '\n');
      if (plural_possessive) {
        push(i, after, "'s", Token::Kind::Word);
        i = after;
        continue;
      }
      if (space_before && word_char(next)) single_open = true;
      else if (!space_before) single_open = false;
      push(i, after, "\"", Token::Kind::Quote);
      i = after;
      continue;
    }
    if (is_quote(cp)) {
      std::size_t n = cp_len(view, i);
      push(i, i + n, "\"", Token::Kind::Quote);
      i += n;
      continue;
    }
    std::size_t n = cp_len(view, i);
    // An ASCII mark folds to itself: no text::fold() call for it.
    push(i, i + n, is_dash(cp) ? std::string("-") : n == 1 ? std::string(1, c) : text::fold(view.substr(i, n)),
         Token::Kind::Punct);
    i += n;
  }
  return out;
}

std::optional<long long> token_number(const Token& t) {
  if (t.kind != Token::Kind::Number) return std::nullopt;
  long long v = 0;
  for (char c : t.norm) {
    if (c == ',') continue;
    if (c < '0' || c > '9') return std::nullopt;
    if (v > 1'000'000'000'000LL) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace sg::extract
