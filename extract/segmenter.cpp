// Paragraphs and sentences.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "dates.h"
#include "document.h"
#include "text.h"

namespace sg::extract {
namespace {

using text::is_space;

// Section names of daily assessments: headings, never titles.
bool is_section_name(std::string_view line) {
  static const std::array<std::string_view, 12> names = {
      "toplines", "key takeaways", "endnotes", "sources", "references", "notes",
      "summary", "key inferences", "assessment", "overview", "key points", "footnotes"};
  std::string folded = text::fold(text::trim(line));
  while (!folded.empty() && (folded.back() == ':' || folded.back() == '.')) folded.pop_back();
  return std::find(names.begin(), names.end(), folded) != names.end();
}

bool is_endnotes_heading(std::string_view line) {
  std::string folded = text::fold(text::trim(line));
  while (!folded.empty() && folded.back() == ':') folded.pop_back();
  return folded == "endnotes" || folded == "sources" || folded == "references" ||
         folded == "notes" || folded == "footnotes";
}

// "[12]" or "[12, 13]" starting at s[i]; returns the length, 0 if none.
std::size_t citation_marker(std::string_view s, std::size_t i, std::vector<int>* numbers) {
  if (i >= s.size() || s[i] != '[') return 0;
  // "[ii]": a Roman footnote number, when no letter follows (not "th[i]s").
  if (auto close = s.find(']', i); close != std::string_view::npos && close - i <= 7) {
    if (int n = text::roman_value(s.substr(i + 1, close - i - 1));
        n > 0 && (close + 1 >= s.size() || !std::isalpha(static_cast<unsigned char>(s[close + 1])))) {
      if (numbers) numbers->push_back(n);
      return close + 1 - i;
    }
  }
  std::size_t j = i + 1;
  // The numbers, kept only for a caller that wants them: the paragraph
  // splitter asks of every endnote line whether it opens with a marker, and
  // a vector a line cost an allocation.
  std::vector<int> found;
  while (true) {
    std::size_t start = j;
    int n = 0;
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])) && j - start < 6)
      n = n * 10 + (s[j++] - '0');
    if (j == start) return 0;
    if (numbers) found.push_back(n);
    while (j < s.size() && s[j] == ' ') ++j;
    if (j < s.size() && s[j] == ']') break;
    if (j < s.size() && s[j] == ',') {
      ++j;
      while (j < s.size() && s[j] == ' ') ++j;
      continue;
    }
    return 0;
  }
  if (numbers) numbers->insert(numbers->end(), found.begin(), found.end());
  return j + 1 - i;
}

bool is_heading_line(std::string_view line) {
  std::string_view t = text::trim(line);
  if (t.empty()) return false;
  // Strip trailing footnote markers before looking at the last character.
  while (!t.empty() && t.back() == ']') {
    auto open = t.rfind('[');
    if (open == std::string_view::npos || citation_marker(t, open, nullptr) != t.size() - open) break;
    t = text::trim(t.substr(0, open));
  }
  if (t.empty()) return false;
  unsigned char last = static_cast<unsigned char>(t.back());
  if (std::string_view(".!?;:").find(static_cast<char>(last)) != std::string_view::npos) return false;
  if (t.size() >= 3 && (t.substr(t.size() - 3) == "\xE2\x80\x9D" || t.substr(t.size() - 3) == "\xE2\x80\x99"))
    return false;  // ends with a closing quote: a quoted sentence
  if (last == '"' || last == ')') return false;
  std::size_t words = 1;
  for (char c : t) words += c == ' ';
  return words <= 14;
}

bool is_bullet(std::string_view line, std::size_t& mark_len) {
  for (std::string_view mark : {"- ", "* ", "\xE2\x80\xA2 ", "\xE2\x80\x93 "}) {
    if (line.substr(0, mark.size()) == mark) {
      mark_len = mark.size();
      return true;
    }
  }
  return false;
}

// The offset of the first '.', '!' or '?' in text[i, end), or end. Eight
// bytes are tested at once: a byte equal to c is the one below 1 after an
// exclusive or with c (text::bytes_below), and most blocks of prose hold
// none of the three (segment_sentences 18.9M -> 7.6M instructions on the
// 1 MB corpus, with the find() of markers).
std::size_t next_stop(std::string_view text, std::size_t i, std::size_t end) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  for (std::uint64_t w; i + 8 <= end; i += 8) {
    std::memcpy(&w, text.data() + i, 8);
    if ((text::bytes_below(w ^ ('.' * kOnes), 1) | text::bytes_below(w ^ ('!' * kOnes), 1) |
         text::bytes_below(w ^ ('?' * kOnes), 1)) != 0)
      break;
  }
  while (i < end && text[i] != '.' && text[i] != '!' && text[i] != '?') ++i;
  return i;
}

bool is_endnote_line(std::string_view t) {
  std::size_t n = citation_marker(t, 0, nullptr);
  return n > 0 && t.find(',') > n && n < t.size() && is_space(t[n]);
}

}  // namespace

std::vector<Paragraph> split_paragraphs(std::string_view text) {
  std::vector<Paragraph> out;
  bool in_endnotes = false;
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    std::size_t lead = 0;
    while (lead < raw.size() && is_space(raw[lead])) ++lead;
    std::string_view line = text::trim(raw);
    std::size_t begin = pos + lead;
    pos = nl + 1;
    if (line.empty()) {
      if (nl == text.size()) break;
      continue;
    }
    Paragraph p;
    p.begin = begin;
    p.end = begin + line.size();
    std::size_t mark = 0;
    const bool endnote = is_endnote_line(line);
    if (in_endnotes && !endnote && (!text::looks_like_note(line) || is_section_name(line)))
      in_endnotes = false;  // prose, or the next section: the notes are over
    if (endnote) {
      p.kind = Paragraph::Kind::Endnote;
    } else if (in_endnotes) {
      p.kind = Paragraph::Kind::Note;
    } else if (line_no < 6 && find_date_in_line(line, true)) {
      p.kind = Paragraph::Kind::DateLine;
    } else if (is_bullet(line, mark)) {
      p.kind = Paragraph::Kind::Bullet;
      p.begin += mark;
      while (p.begin < p.end && is_space(text[p.begin])) ++p.begin;
    } else if (is_heading_line(line)) {
      bool first = line_no == 0;
      p.kind = first && !is_section_name(line) ? Paragraph::Kind::Title : Paragraph::Kind::Heading;
      if (is_endnotes_heading(line)) in_endnotes = true;
    }
    out.push_back(p);
    ++line_no;
    if (nl == text.size()) break;
  }
  return out;
}

std::vector<Sentence> segment_sentences(std::string_view text, const Paragraph& paragraph,
                                        std::size_t paragraph_index,
                                        const AbbreviationSet& abbreviations) {
  std::vector<Sentence> out;
  std::size_t begin = paragraph.begin, end = paragraph.end;
  std::size_t start = begin;
  auto emit = [&](std::size_t s, std::size_t e, std::vector<int> cites) {
    while (s < e && is_space(text[s])) ++s;
    while (e > s && is_space(text[e - 1])) --e;
    if (s >= e) return;
    Sentence sentence;
    sentence.begin = s;
    sentence.end = e;
    sentence.paragraph = paragraph_index;
    // Markers inside the sentence ("Germany,[7] and ...") count too. (One
    // find() a marker, not a test a byte: segment_sentences' emit 6.0M ->
    // 1.3M instructions on the 1 MB corpus.)
    const std::string_view upto = text.substr(0, e);
    for (std::size_t i = upto.find('[', s); i < e; i = upto.find('[', i))
      i += std::max<std::size_t>(citation_marker(text, i, &cites), 1);
    std::sort(cites.begin(), cites.end());
    cites.erase(std::unique(cites.begin(), cites.end()), cites.end());
    sentence.citations = std::move(cites);
    out.push_back(std::move(sentence));
  };
  std::size_t i = begin;
  while ((i = next_stop(text, i, end)) < end) {
    if (text[i] == '.') {
      // The word before the dot: "U.S", "Gen", "J".
      std::size_t w = i;
      while (w > begin && !is_space(text[w - 1]) && text[w - 1] != '(' && text[w - 1] != '"') --w;
      std::string word = text::fold(text.substr(w, i - w));
      while (!word.empty() && (word.front() == '\'' || word.front() == '-')) word.erase(0, 1);
      bool initial = word.size() == 1 && std::isalpha(static_cast<unsigned char>(word[0]));
      // ("... on the platform X. “Quite a paradox,” he added": a quote
      // opening after the space is no name going on after its initial.)
      if (initial) {
        std::size_t n = i + 1;
        while (n < end && is_space(text[n])) ++n;
        if (n > i + 1 && n < end && (text[n] == '"' || text.compare(n, 3, "\xE2\x80\x9C") == 0)) initial = false;
      }
      if (abbreviations.count(word) || initial) {
        ++i;
        continue;
      }
    }
    std::size_t j = i + 1;
    while (j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?')) ++j;
    // Closing quotes and brackets stay with the sentence.
    while (j < end) {
      if (text[j] == '"' || text[j] == '\'' || text[j] == ')') { ++j; continue; }
      if (text.substr(j, 3) == "\xE2\x80\x9D" || text.substr(j, 3) == "\xE2\x80\x99") { j += 3; continue; }
      break;
    }
    std::size_t sentence_end = j;
    std::vector<int> cites;
    while (std::size_t n = citation_marker(text, j, &cites)) j += n;
    if (j < end && !is_space(text[j])) {
      i = j > i + 1 ? j : i + 1;
      continue;
    }
    std::size_t next = j;
    while (next < end && is_space(text[next])) ++next;
    if (next < end && std::islower(static_cast<unsigned char>(text[next]))) {
      i = next;
      continue;
    }
    emit(start, sentence_end, std::move(cites));
    start = next;
    i = next;
  }
  if (start < end) {
    // The last sentence may end in markers with no punctuation before them.
    std::size_t e = end;
    std::vector<int> cites;
    while (e > start && text[e - 1] == ']') {
      auto open = text.rfind('[', e - 1);
      if (open == std::string_view::npos || open < start) break;
      std::vector<int> found;
      if (citation_marker(text, open, &found) != e - open) break;
      cites.insert(cites.end(), found.begin(), found.end());
      e = open;
    }
    emit(start, e, std::move(cites));
  }
  return out;
}

void infer_citations(std::vector<Sentence>& sentences) {
  // Two passes, so that a paragraph of n sentences none of which cites
  // costs n steps, not n * n (a 50 MB paragraph never finished): from the
  // end, the nearest sentence with markers of its own after each one; then
  // from the start, the nearest before it, and the inference.
  const std::size_t n = sentences.size();
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  auto cites = [&](std::size_t k) { return !sentences[k].citations.empty() && !sentences[k].citations_inferred; };
  std::vector<std::size_t> next(n, kNone);
  for (std::size_t i = n, after = kNone; i-- > 0;) {
    if (i + 1 < n && sentences[i + 1].paragraph != sentences[i].paragraph) after = kNone;
    next[i] = after;
    if (cites(i)) after = i;
  }
  for (std::size_t i = 0, before = kNone; i < n; ++i) {
    if (i > 0 && sentences[i - 1].paragraph != sentences[i].paragraph) before = kNone;
    Sentence& s = sentences[i];
    if (cites(i)) {
      before = i;
      continue;
    }
    if (!s.citations.empty()) continue;
    std::vector<int> found;
    if (before != kNone) found.push_back(sentences[before].citations.back());
    if (next[i] != kNone) found.push_back(sentences[next[i]].citations.front());
    if (found.empty()) continue;
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    s.citations = std::move(found);
    s.citations_inferred = true;
  }
}

}  // namespace sg::extract
