// document.h — the report split into paragraphs and sentences (inside extract/).
//
// Offsets are byte offsets into Report::text; views into that text stay
// valid as long as the Report lives.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract.h"

namespace sg::extract {

struct Paragraph {
  enum class Kind { Body, Bullet, Heading, Title, DateLine, Endnote };
  Kind kind = Kind::Body;
  std::size_t begin = 0, end = 0;  // the content, without a bullet mark
};

// Splits the report text into lines-as-paragraphs and classifies them.
// A line is a heading when it is short and has no sentence punctuation
// ("Toplines", "Key Takeaways"); endnote lines are "[n] URL".
std::vector<Paragraph> split_paragraphs(std::string_view text);

struct Sentence {
  std::size_t begin = 0, end = 0;   // the sentence, without trailing footnote markers
  std::size_t paragraph = 0;
  std::vector<int> citations;       // footnote markers in or right after it
  bool citations_inferred = false;
};

// Abbreviations that do not end a sentence, folded and without their final
// dot: "u.s", "gen", "lt", "col", "no", "jan".
using AbbreviationSet = std::unordered_set<std::string>;

// Splits one paragraph into sentences. A footnote marker "[8]" after the
// final punctuation belongs to the sentence before it ("...on September
// 4.[1] The ..."); so do closing quotes and brackets.
std::vector<Sentence> segment_sentences(std::string_view text, const Paragraph& paragraph,
                                        std::size_t paragraph_index,
                                        const AbbreviationSet& abbreviations);

// A sentence with no footnote marker of its own takes the nearest markers
// of its paragraph: the last one before it and the first one after it
// (daily assessments put one marker after a run of sentences from the
// same source). Marks those as inferred.
void infer_citations(std::vector<Sentence>& sentences);

}  // namespace sg::extract
