// tokenizer.h — words, numbers and punctuation of a sentence (inside extract/).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sg::extract {

// The form of an inflected verb, for tense-sensitive modality.
enum class VerbForm : std::uint8_t { Other, Base, ThirdPerson, Past, Participle, Gerund };

// Token::word before Vocabulary::assign_words() has seen the token.
inline constexpr std::uint32_t kUnassignedWord = 0xFFFFFFFFu;

struct Token {
  enum class Kind : std::uint8_t { Word, Number, Punct, Quote };
  std::uint32_t begin = 0, end = 0;  // byte offsets into the tokenized text
  std::string norm;                  // folded form: "ukraine", "'s", "-", "\""; the
                                     // stem of "won't", "can't", "shan't" and a pronoun's
                                     // clitic ("we'll", "I've") the auxiliary: "will", "have"
  Kind kind = Kind::Word;
  bool upper = false;     // starts with an upper-case letter
  bool all_caps = false;  // "NATO", "US", "MFA"
  bool glued = false;     // no space before it ("French-led": "-" and "led")
  // Set by Vocabulary::assign_words(): the word's id (0 when no rule or
  // gazetteer knows it) and the hash of `norm`.
  std::uint32_t word = kUnassignedWord;
  std::uint64_t hash = 0;
  // Set by Morphology::annotate() (the token layer's analysis): the lemma
  // of the weightiest reading ("" when WordNet knows no reading; a view into
  // the Morphology, valid as long as it lives), and the word classes of all
  // readings, one bit each (Token::kNoun ...).
  std::string_view lemma;
  std::uint8_t classes = 0;
  static constexpr std::uint8_t kNoun = 1, kVerb = 2, kAdjective = 4, kAdverb = 8;

  // The token's shape: "Aa" capitalised, "AA" all capitals, "a" lower case,
  // "9" a number, "." punctuation, "\"" a quote.
  std::string_view shape() const {
    switch (kind) {
      case Kind::Number: return "9";
      case Kind::Punct: return ".";
      case Kind::Quote: return "\"";
      case Kind::Word: return all_caps ? "AA" : upper ? "Aa" : "a";
    }
    return "";
  }
};

// The value of a number token ("2025", "1,200"); nullopt for anything else
// or past a trillion.
std::optional<long long> token_number(const Token& t);

// Tokenizes text[begin, end). Footnote markers "[8]" are dropped; editorial
// brackets inside words are read through ("reject[s]" -> "rejects");
// possessive "'s" and "n't" become tokens of their own ("won't" is "will"
// "n't", "cannot" "can" "not", "we'll" "we" "will"); hyphens split words
// into glued tokens so "French-led" yields "french", "-", "led".
std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end);

inline std::vector<Token> tokenize(std::string_view text) { return tokenize(text, 0, text.size()); }

}  // namespace sg::extract
