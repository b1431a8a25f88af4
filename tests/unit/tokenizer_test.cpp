#include <gtest/gtest.h>

#include "extract/text.h"
#include "extract/tokenizer.h"

namespace sg::extract {
namespace {

std::vector<std::string> norms(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text)) out.push_back(t.norm);
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, ReadsThroughEditorialBrackets) {
  EXPECT_EQ(norms("Russia categorical[ly] reject[s] it"), V({"russia", "categorically", "rejects", "it"}));
}

TEST(Tokenizer, DropsFootnoteMarkers) { EXPECT_EQ(norms("agreed.[4] Next[5, 6]"), V({"agreed", ".", "next"})); }

TEST(Tokenizer, SplitsPossessivesAndNegation) {
  EXPECT_EQ(norms("Ukraine\xE2\x80\x99s allies don't"), V({"ukraine", "'s", "allies", "do", "n't"}));
}

// The stems of "won't", "can't" and "shan't" are no words: the auxiliary
// they contract stands in their place; "cannot" is two words.
TEST(Tokenizer, ContractedAuxiliariesReadAsTheirWord) {
  EXPECT_EQ(norms("Moscow won't go, Kyiv can't, we shan't"),
            V({"moscow", "will", "n't", "go", ",", "kyiv", "can", "n't", ",", "we", "shall", "n't"}));
  EXPECT_EQ(norms("Ankara cannot agree. Cannot!"), V({"ankara", "can", "not", "agree", ".", "can", "not", "!"}));
  // The offsets stay the text's: evidence is quoted as written.
  auto t = tokenize("X won't; cannot");
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[1].begin, 2u);
  EXPECT_EQ(t[1].end, 4u);  // "wo"
  EXPECT_EQ(t[4].begin, 9u);
  EXPECT_EQ(t[4].end, 12u);  // "can"
  EXPECT_EQ(t[5].end, 15u);  // "not"
  EXPECT_TRUE(t[5].glued);
  // Words that only start or end so are left whole.
  EXPECT_EQ(norms("the cannoneer woke"), V({"the", "cannoneer", "woke"}));
}

// A pronoun's contracted auxiliary is a token of its own, its norm the
// auxiliary; names with an apostrophe stay whole.
TEST(Tokenizer, PronounCliticsReadAsTheirAuxiliary) {
  EXPECT_EQ(norms("We'll go, I\xE2\x80\x99ve won, they're here, I'm sure, we'd stay"),
            V({"we", "will", "go", ",", "i", "have", "won", ",", "they", "are", "here", ",", "i", "am", "sure", ",",
               "we", "would", "stay"}));
  EXPECT_EQ(norms("O'Neill and d'Estaing"), V({"o'neill", "and", "d'estaing"}));
  auto t = tokenize("We'll");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].end, 2u);
  EXPECT_EQ(t[1].begin, 2u);
  EXPECT_EQ(t[1].end, 5u);
  EXPECT_TRUE(t[1].glued);
}

TEST(Tokenizer, APluralPossessiveIsAPossessiveUnlessASingleQuoteIsOpen) {
  EXPECT_EQ(norms("the Houthis' headquarters"), V({"the", "houthis", "'s", "headquarters"}));
  EXPECT_EQ(norms("the rebels\xE2\x80\x99 base"), V({"the", "rebels", "'s", "base"}));
  // A closing single quote stays a quote.
  EXPECT_EQ(norms("the 'peace plans' failed"), V({"the", "\"", "peace", "plans", "\"", "failed"}));
}

TEST(Tokenizer, HyphensAreGluedTokens) {
  auto t = tokenize("French-led force");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].norm, "french");
  EXPECT_TRUE(t[0].upper);
  EXPECT_EQ(t[1].norm, "-");
  EXPECT_TRUE(t[1].glued);
  EXPECT_TRUE(t[2].glued);
  EXPECT_FALSE(t[3].glued);
}

TEST(Tokenizer, KeepsInitialismsAndNumbers) {
  auto t = tokenize("The U.S. sent 1,000 shells and 2.5 tons.");
  EXPECT_EQ(t[1].norm, "u.s.");
  EXPECT_TRUE(t[1].all_caps);
  EXPECT_EQ(t[3].norm, "1,000");
  EXPECT_EQ(t[3].kind, Token::Kind::Number);
  EXPECT_EQ(t[6].norm, "2.5");
}

TEST(Tokenizer, QuotesAreTokensOfTheirOwn) {
  auto t = tokenize("a \xE2\x80\x9Cnegative view\xE2\x80\x9D of");
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[1].kind, Token::Kind::Quote);
  EXPECT_EQ(t[4].kind, Token::Kind::Quote);
}

TEST(Tokenizer, ApostropheInsideANameStays) { EXPECT_EQ(norms("C\xC3\xB4te d'Ivoire"), V({"c\xC3\xB4te", "d'ivoire"})); }

// The ASCII part of a word is lower-cased in place, the rest by
// text::fold(): a word's form is text::fold() of its text wherever the
// first non-ASCII letter falls.
TEST(Tokenizer, WordFormsAreFoldedWhereverTheAccentFalls) {
  // (Literals split where a hex escape would swallow the letter after it.)
  EXPECT_EQ(norms("\xC3\x89LYS\xC3\x89" "E Z\xC3\xBCrich BOGOT\xC3\x81 \xC5\x81\xC3\x93" "D\xC5\xB9 Ma\xC3\xB1" "ana"),
            V({"\xC3\xA9lys\xC3\xA9" "e", "z\xC3\xBCrich", "bogot\xC3\xA1", "\xC5\x82\xC3\xB3" "d\xC5\xBA",
               "ma\xC3\xB1" "ana"}));
  EXPECT_EQ(norms("MOSCOW KYIV reject[S] Donets\xE2\x80\x99k"), V({"moscow", "kyiv", "rejects", "donets'k"}));
}

// A word with neither a capital nor a non-ASCII byte is taken as its norm
// without folding: every word's norm is still its surface folded.
TEST(Tokenizer, EveryWordIsItsSurfaceFolded) {
  const std::string text =
      "Moscow said russia's FM, O'Brien and d\xE2\x80\x99Ivoire rejected 1,200 troops in 2.5 days; "
      "\xC3\x89MIGR\xC3\xA9S left K\xC3\xB6ln, a9B and B9a met 12abc and abc12 at \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2.";
  for (const auto& t : tokenize(text)) {
    if (t.kind != Token::Kind::Word && t.kind != Token::Kind::Number) continue;
    EXPECT_EQ(t.norm, text::fold(text.substr(t.begin, t.end - t.begin))) << text.substr(t.begin, t.end - t.begin);
  }
  EXPECT_EQ(norms("12abc 1,200 abc1,200"), V({"12abc", "1,200", "abc1", ",", "200"}));
  EXPECT_EQ(tokenize("12abc")[0].kind, Token::Kind::Word);
  EXPECT_EQ(tokenize("1,200")[0].kind, Token::Kind::Number);
}

TEST(Tokenizer, OffsetsPointIntoTheText) {
  std::string text = "  Kyiv, Ukraine";
  auto t = tokenize(text);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(text.substr(t[2].begin, t[2].end - t[2].begin), "Ukraine");
}

}  // namespace
}  // namespace sg::extract
