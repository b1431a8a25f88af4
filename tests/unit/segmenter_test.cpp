#include <gtest/gtest.h>

#include "extract/document.h"

namespace sg::extract {
namespace {

const AbbreviationSet kAbbreviations = {"u.s", "gen", "lt", "col", "no", "jan", "sept", "dr"};

std::vector<std::string> sentences_of(const std::string& text, std::vector<std::vector<int>>* cites = nullptr) {
  std::vector<std::string> out;
  auto paragraphs = split_paragraphs(text);
  std::vector<Sentence> all;
  for (std::size_t p = 0; p < paragraphs.size(); ++p)
    for (auto& s : segment_sentences(text, paragraphs[p], p, kAbbreviations)) all.push_back(s);
  for (const auto& s : all) {
    out.push_back(text.substr(s.begin, s.end - s.begin));
    if (cites) cites->push_back(s.citations);
  }
  return out;
}

TEST(Segmenter, KeepsCitationWithPrecedingSentence) {
  std::vector<std::vector<int>> cites;
  auto s = sentences_of("They met on September 4.[1] The heads of state took part.[2][3]", &cites);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "They met on September 4.");
  EXPECT_EQ(s[1], "The heads of state took part.");
  EXPECT_EQ(cites[0], std::vector<int>({1}));
  EXPECT_EQ(cites[1], std::vector<int>({2, 3}));
}

// Some reports number their notes in Roman numerals: "[ii]" ends a
// sentence as "[2]" does; "th[i]s" is an editor's insertion, no note.
TEST(Segmenter, RomanFootnotesEndSentencesToo) {
  std::vector<std::vector<int>> cites;
  auto s = sentences_of("Iran called for a vote.[i] The UNSC rejected it.\xE2\x80\x9D[iv] It was th[i]s.", &cites);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "Iran called for a vote.");
  EXPECT_EQ(cites[0], std::vector<int>({1}));
  EXPECT_EQ(cites[1], std::vector<int>({4}));
  EXPECT_TRUE(cites[2].empty());
}

TEST(Segmenter, ClosingQuoteAndCitationStayWithTheSentence) {
  std::vector<std::vector<int>> cites;
  auto s = sentences_of("She said it was \xE2\x80\x9Cin any form.\xE2\x80\x9D[8] Then he left.", &cites);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "She said it was \xE2\x80\x9Cin any form.\xE2\x80\x9D");
  EXPECT_EQ(cites[0], std::vector<int>({8}));
}

// The stops ('.', '!', '?') and the markers are looked for eight bytes
// at a time: the sentences and their markers are the same wherever the
// paragraph starts against those blocks.
TEST(Segmenter, StopsAndMarkersAreFoundWhereverTheyFall) {
  const std::string paragraph = "Kyiv said no![1] Did Moscow agree? It did, with Germany,[7] in Minsk.[2, 3] Yes, they all agreed";
  for (std::size_t pad = 0; pad < 16; ++pad) {
    std::vector<std::vector<int>> cites;
    auto s = sentences_of(std::string(pad, ' ') + paragraph, &cites);
    ASSERT_EQ(s, std::vector<std::string>({"Kyiv said no!", "Did Moscow agree?", "It did, with Germany,[7] in Minsk.",
                                           "Yes, they all agreed"}))
        << pad;
    EXPECT_EQ(cites[0], std::vector<int>({1})) << pad;
    EXPECT_EQ(cites[2], std::vector<int>({2, 3, 7})) << pad;
  }
}

TEST(Segmenter, SurvivesAbbreviations) {
  auto s = sentences_of(
      "The U.S. Army and Lt. Col. Ivan Petrov met Gen. Smith on Jan. 5 in room No. 4. Dr. Who agreed. J. R. Smith left.");
  ASSERT_EQ(s.size(), 3u) << s[0];
  EXPECT_EQ(s[0], "The U.S. Army and Lt. Col. Ivan Petrov met Gen. Smith on Jan. 5 in room No. 4.");
  EXPECT_EQ(s[1], "Dr. Who agreed.");
}

TEST(Segmenter, AQuoteAfterALetterAndItsDotOpensASentence) {
  // "platform X." is no initial when a quote opens after it; an initial
  // before a name still is.
  auto s = sentences_of("He posted on the platform X. \xE2\x80\x9CWe will win,\xE2\x80\x9D he added. "
                        "He met George W. Bush. He wrote to Y. \"No,\" he said.");
  ASSERT_EQ(s.size(), 5u) << s[0];
  EXPECT_EQ(s[0], "He posted on the platform X.");
  EXPECT_EQ(s[2], "He met George W. Bush.");
  EXPECT_EQ(s[4], "\"No,\" he said.");
}

TEST(Segmenter, DecimalsAndDomainsDoNotEndSentences) {
  auto s = sentences_of("Growth fell to 1.5 percent, per example.com data. Next sentence.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "Growth fell to 1.5 percent, per example.com data.");
}

TEST(Segmenter, LowerCaseAfterADotIsNotANewSentence) {
  auto s = sentences_of("The approx. figure is ten. It rose.");
  ASSERT_EQ(s.size(), 2u);
}

TEST(Segmenter, ClassifiesHeadingsBulletsEndnotesAndTitle) {
  std::string text =
      "Russian Offensive Campaign Assessment\nSeptember 4, 2025\nToplines\nA sentence here.\n"
      "Key Takeaways\n- A bullet sentence.\nEndnotes\n[1] https://example.org/a\nsome trailing note\n";
  auto p = split_paragraphs(text);
  ASSERT_EQ(p.size(), 9u);
  EXPECT_EQ(p[0].kind, Paragraph::Kind::Title);
  EXPECT_EQ(p[1].kind, Paragraph::Kind::DateLine);
  EXPECT_EQ(p[2].kind, Paragraph::Kind::Heading);
  EXPECT_EQ(p[3].kind, Paragraph::Kind::Body);
  EXPECT_EQ(p[4].kind, Paragraph::Kind::Heading);
  EXPECT_EQ(p[5].kind, Paragraph::Kind::Bullet);
  EXPECT_EQ(text.substr(p[5].begin, p[5].end - p[5].begin), "A bullet sentence.");
  EXPECT_EQ(p[6].kind, Paragraph::Kind::Heading);
  EXPECT_EQ(p[7].kind, Paragraph::Kind::Endnote);
  EXPECT_EQ(p[8].kind, Paragraph::Kind::Note);  // inside the endnotes, a fragment: not prose
}

// Issue 22: a line "Notes" (or "Sources", "References", "Footnotes",
// "Endnotes") in the middle of a report dropped every sentence after it.
// What follows is told by its content: prose is prose, and ends the notes.
TEST(Segmenter, AnEndnotesHeadingKeepsTheProseAfterIt) {
  for (std::string heading : {"Notes", "Sources", "References", "Footnotes", "Endnotes", "NOTES"}) {
    std::string text = "Daily Update\nSeptember 4, 2025\nRussia rejected the plan on May 3.\n" + heading +
                       "\nThe Kremlin accused Ukraine of shelling the plant on May 2.\n"
                       "- Russian forces advanced near Pokrovsk on May 1.\nSources\n[1] https://example.org/a\n"
                       "Reuters, May 3.\n1. Interfax, \"Peskov on talks,\" May 3, 2025\nhttps://example.org/b\n"
                       "Key Takeaways\nUkraine rejected the proposal on May 4.\n";
    auto p = split_paragraphs(text);
    std::vector<Paragraph::Kind> kinds;
    for (const auto& x : p) kinds.push_back(x.kind);
    using K = Paragraph::Kind;
    EXPECT_EQ(kinds, (std::vector<K>{K::Title, K::DateLine, K::Body, K::Heading, K::Body, K::Bullet, K::Heading,
                                     K::Endnote, K::Note, K::Note, K::Note, K::Heading, K::Body}))
        << heading;
  }
}

TEST(Segmenter, SectionNameIsNotATitle) {
  auto p = split_paragraphs("Toplines\nRussia rejected it.\n");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].kind, Paragraph::Kind::Heading);
}

TEST(Segmenter, UncitedSentenceTakesTheNearestMarkersOfItsParagraph) {
  std::string text = "First.[4] Second. Third.[5]\nAlone.\nLead. Cited.[6]";
  auto paragraphs = split_paragraphs(text);
  std::vector<Sentence> all;
  for (std::size_t p = 0; p < paragraphs.size(); ++p)
    for (auto& s : segment_sentences(text, paragraphs[p], p, kAbbreviations)) all.push_back(s);
  infer_citations(all);
  ASSERT_EQ(all.size(), 6u);
  EXPECT_EQ(all[1].citations, std::vector<int>({4, 5}));
  EXPECT_TRUE(all[1].citations_inferred);
  EXPECT_TRUE(all[3].citations.empty());  // no marker in its paragraph
  EXPECT_EQ(all[4].citations, std::vector<int>({6}));
  EXPECT_FALSE(all[5].citations_inferred);
}

}  // namespace
}  // namespace sg::extract
