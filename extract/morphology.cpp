#include "morphology.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <memory>
#include <unordered_map>

#include "text.h"
#include "vocabulary.h"

namespace sg::extract {

namespace {

constexpr std::array<std::string_view, 4> kClassLetters = {"n", "v", "a", "r"};
constexpr std::array<std::string_view, 4> kClassNames = {"noun", "verb", "adjective", "adverb"};
constexpr std::array<std::string_view, 8> kFormNames = {"base",       "plural", "third",       "past",
                                                        "participle", "gerund", "comparative", "superlative"};
constexpr std::array<std::string_view, 5> kLemmaColumns = {"lemma", "noun", "verb", "adjective", "adverb"};
constexpr std::array<std::string_view, 4> kIrregularColumns = {"form", "lemma", "class", "inflection"};
// Longer words are looked up as they are, without suffix rules: no English
// inflected form is this long, and the stems are built on the stack.
constexpr std::size_t kMaxRuleWord = 64;
constexpr std::size_t kMaxWord = 255;
constexpr std::size_t kMaxFile = std::size_t{256} << 20;

int index_of(WordClass c) { return static_cast<int>(c); }

// Which forms a class has: a plural is a noun's, a past a verb's.
bool fits(WordForm f, WordClass c) {
  switch (f) {
    case WordForm::Base:
      return true;
    case WordForm::Plural:
      return c == WordClass::Noun;
    case WordForm::ThirdPerson:
    case WordForm::Past:
    case WordForm::Participle:
    case WordForm::Gerund:
      return c == WordClass::Verb;
    case WordForm::Comparative:
    case WordForm::Superlative:
      return c == WordClass::Adjective || c == WordClass::Adverb;
  }
  return false;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool is_consonant(char c) { return c >= 'a' && c <= 'z' && !is_vowel(c); }

// A word the tables may hold: not empty, folded, no blanks or controls.
const char* word_problem(std::string_view w) {
  if (w.empty()) return "is empty";
  if (w.size() > kMaxWord) return "is longer than 255 bytes";
  unsigned high = 0;  // any byte's top bit: only a non-ASCII word needs the UTF-8 check
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') return "is not lower-case";
    if (static_cast<unsigned char>(c) <= ' ' || c == 0x7f) return "holds a space or a control character";
    high |= static_cast<unsigned char>(c);
  }
  if ((high & 0x80) && !text::is_valid_utf8(w)) return "is not valid UTF-8";
  return nullptr;
}

// Hand-rolled for the hot path: the words are short, and a call to memcmp
// per suffix rule and per probe cost more than the comparing (a profile
// had memcmp at 15% of analyze()).
bool ends(std::string_view word, std::string_view suffix) {
  if (word.size() < suffix.size()) return false;
  for (std::size_t i = 1; i <= suffix.size(); ++i)
    if (word[word.size() - i] != suffix[suffix.size() - i]) return false;
  return true;
}

bool same(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

std::uint32_t slot_index(std::uint64_t slot) { return static_cast<std::uint32_t>(slot) - 1; }

// Open addressing with linear probing; a slot holds the hash's high half
// and the entry's index + 1, so that most misses compare no text.
std::vector<std::uint64_t> make_slots(std::size_t entries) {
  std::size_t size = 16;
  while (size < entries * 2) size *= 2;
  return std::vector<std::uint64_t>(size, 0);
}

template <typename TextOf>
std::uint32_t probe(const std::vector<std::uint64_t>& slots, std::string_view word, std::uint64_t hash,
                    TextOf text_of) {
  if (slots.empty()) return 0xFFFFFFFF;
  const std::size_t mask = slots.size() - 1;
  const std::uint64_t tag = hash >> 32;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    std::uint64_t slot = slots[i];
    if (slot == 0) return 0xFFFFFFFF;
    if (slot >> 32 == tag && same(text_of(slot_index(slot)), word)) return slot_index(slot);
  }
}

void insert(std::vector<std::uint64_t>& slots, std::uint64_t hash, std::uint32_t index) {
  const std::size_t mask = slots.size() - 1;
  std::size_t i = hash & mask;
  while (slots[i] != 0) i = (i + 1) & mask;
  slots[i] = (hash >> 32) << 32 | (std::uint64_t{index} + 1);
}

// The lines of one table file: '#' comments and blank lines skipped, the
// first other line checked against the column names, every row split at
// tabs with the 1-based byte column of each cell.
class TableReader {
 public:
  // `content` starts at byte `base` of the storage the offsets count in.
  TableReader(std::string file, std::string_view content, std::size_t base, std::vector<Diagnostic>& out)
      : file_(std::move(file)), content_(content), base_(base), out_(out) {}

  template <std::size_t N, typename OnRow>
  bool read(const std::array<std::string_view, N>& columns, OnRow on_row) {
    bool header = false;
    std::size_t pos = content_.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // a byte order mark
    int line_no = 0;
    while (pos < content_.size()) {
      std::size_t nl = content_.find('\n', pos);
      if (nl == std::string_view::npos) nl = content_.size();
      std::string_view line = content_.substr(pos, nl - pos);
      std::size_t line_start = pos;
      pos = nl + 1;
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line.front() == '#') continue;
      std::array<std::string_view, N> cells;
      std::array<int, N> at{};
      std::size_t count = 0, start = 0;
      for (;;) {
        std::size_t tab = line.find('\t', start);
        std::string_view cell = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
        if (count < N) {
          cells[count] = cell;
          at[count] = static_cast<int>(start) + 1;
        }
        ++count;
        if (tab == std::string_view::npos) break;
        start = tab + 1;
      }
      if (!header) {
        header = true;
        if (count != N || !std::equal(cells.begin(), cells.end(), columns.begin())) {
          std::string names;
          for (auto c : columns) names += (names.empty() ? "" : ", ") + std::string(c);
          error(line_no, 1, "expected the column names " + names + ", separated by tabs");
          return false;
        }
        continue;
      }
      if (count != N) {
        error(line_no, 0, "expected " + std::to_string(N) + " tab-separated columns, found " + std::to_string(count));
        continue;
      }
      std::array<std::uint32_t, N> offsets;
      for (std::size_t i = 0; i < N; ++i) offsets[i] = static_cast<std::uint32_t>(base_ + line_start + at[i] - 1);
      on_row(line_no, cells, at, offsets);
    }
    if (!header) error(0, 0, "no column names line: the file is empty");
    return !failed_;
  }

  void error(int line, int column, std::string message) {
    failed_ = true;
    out_.push_back(Diagnostic(file_, line, column, std::move(message)));
  }
  bool failed() const { return failed_; }

 private:
  std::string file_;
  std::string_view content_;
  std::size_t base_;
  std::vector<Diagnostic>& out_;
  bool failed_ = false;
};

// Appends the bytes of `path` to `text`; an error naming it when it cannot.
bool append_file(const std::string& path, std::vector<char>& text, std::vector<Diagnostic>& out) {
  auto fail = [&](std::string message) {
    out.push_back(Diagnostic(path, 0, 0, std::move(message)));
    return false;
  };
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!in) return fail(std::string("cannot open the WordNet table: ") + std::strerror(errno));
  if (std::fseek(in.get(), 0, SEEK_END) == 0) {
    long size = std::ftell(in.get());
    if (size > 0 && static_cast<std::size_t>(size) <= kMaxFile) text.reserve(text.size() + size);
    std::rewind(in.get());
  }
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, in.get())) > 0) {
    if (text.size() + n > kMaxFile) return fail("the WordNet table is larger than 256 MB");
    text.insert(text.end(), buffer, buffer + n);
  }
  if (std::ferror(in.get())) return fail(std::string("cannot read the WordNet table: ") + std::strerror(errno));
  return true;
}

// Regular verb forms, for verbs the table lists none of that form of.
std::string regular_third(std::string_view v) {
  std::string s(v);
  const char last = v.back(), before = v.size() > 1 ? v[v.size() - 2] : 'a';
  if (last == 's' || last == 'x' || last == 'z' || v.ends_with("ch") || v.ends_with("sh") ||
      (last == 'o' && is_consonant(before)))
    return s + "es";  // goes, does, vetoes
  if (last == 'y' && is_consonant(before)) return s.substr(0, s.size() - 1) + "ies";
  return s + "s";
}

std::string regular_ed(std::string_view v, bool doubles) {
  std::string s(v);
  const char last = v.back(), before = v.size() > 1 ? v[v.size() - 2] : 'a';
  if (last == 'e') return s + "d";
  if (last == 'y' && is_consonant(before)) return s.substr(0, s.size() - 1) + "ied";
  return doubles ? s + last + "ed" : s + "ed";
}

std::string regular_ing(std::string_view v, bool doubles) {
  std::string s(v);
  const char last = v.back(), before = v.size() > 1 ? v[v.size() - 2] : 'a';
  if (v.ends_with("ie")) return s.substr(0, s.size() - 2) + "ying";  // dying
  // taking, but being, seeing, hoeing, dyeing
  if (last == 'e' && v.size() > 2 && before != 'e' && before != 'o' && before != 'y')
    return s.substr(0, s.size() - 1) + "ing";
  return doubles ? s + last + "ing" : s + "ing";
}

// Whether English doubles the final consonant of a verb the table says
// nothing about: one syllable ending consonant-vowel-consonant, the last
// not w, x or y (blog -> blogged, but visit, show, fix, rain). Longer verbs
// double only when stressed on the last syllable (admit, refer), which
// spelling does not show; WordNet lists those.
bool doubles_by_rule(std::string_view v) {
  const std::size_t n = v.size();
  if (n < 3) return false;
  const char last = v[n - 1];
  if (!is_consonant(last) || last == 'w' || last == 'x' || last == 'y') return false;
  if (!is_vowel(v[n - 2]) || is_vowel(v[n - 3])) return false;
  int syllables = 0;
  bool in_vowel = false;
  for (std::size_t i = 0; i < n; ++i) {
    bool vowel = is_vowel(v[i]) || (v[i] == 'y' && i > 0);
    if (vowel && !in_vowel) ++syllables;
    in_vowel = vowel;
  }
  return syllables == 1;
}

}  // namespace

std::string_view to_string(WordClass c) { return kClassNames[index_of(c)]; }
std::string_view to_string(WordForm f) { return kFormNames[static_cast<int>(f)]; }

bool Morphology::load(const std::string& rules_dir, std::vector<Diagnostic>& out) {
  Morphology m;
  const std::string lemma_path = rules_dir + "/" + std::string(kLemmaFile);
  const std::string irregular_path = rules_dir + "/" + std::string(kIrregularFile);
  bool ok = append_file(lemma_path, m.text_, out);
  const std::size_t lemma_bytes = m.text_.size();
  ok = append_file(irregular_path, m.text_, out) && ok;
  if (!ok) {
    *this = Morphology();
    return false;
  }
  const std::string_view all(m.text_.data(), m.text_.size());
  auto lemma_text = [&m](std::uint32_t i) { return m.text_at(m.lemmas_[i].offset, m.lemmas_[i].length); };

  // wordnet-lemmas.tsv: lemma, then a count or '-' for noun, verb, adjective, adverb.
  TableReader lemma_table(lemma_path, all.substr(0, lemma_bytes), 0, out);
  struct Pending {
    std::uint64_t hash;
    int line;
  };
  std::vector<Pending> pending;
  bool lemmas_ok = lemma_table.read(kLemmaColumns, [&](int line, const auto& cells, const auto& at, const auto& offs) {
    if (const char* problem = word_problem(cells[0])) {
      lemma_table.error(line, at[0], "the lemma " + std::string(problem));
      return;
    }
    Lemma l;
    l.offset = offs[0];
    l.length = static_cast<std::uint16_t>(cells[0].size());
    bool any = false;
    for (int c = 0; c < 4; ++c) {
      std::string_view cell = cells[c + 1];
      if (cell == "-") continue;
      unsigned value = 0;
      auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
      if (cell.empty() || ec != std::errc() || end != cell.data() + cell.size() || value >= kAbsent) {
        lemma_table.error(line, at[c + 1],
                          "expected the number of tagged " + std::string(kClassNames[c]) + " senses or '-', found '" +
                              std::string(cell) + "'");
        return;
      }
      l.weight[c] = static_cast<std::uint16_t>(value);
      any = true;
    }
    if (!any) {
      lemma_table.error(line, at[1], "'" + std::string(cells[0]) + "' has no word class: every column is '-'");
      return;
    }
    m.lemmas_.push_back(l);
    pending.push_back({word_hash(cells[0]), line});
  });
  m.lemma_slots_ = make_slots(m.lemmas_.size());
  for (std::uint32_t i = 0; i < m.lemmas_.size(); ++i) {
    std::string_view word = lemma_text(i);
    std::uint32_t first = probe(m.lemma_slots_, word, pending[i].hash, lemma_text);
    if (first != kNone) {
      lemma_table.error(pending[i].line, 1,
                        "'" + std::string(word) + "' is listed twice (first on line " +
                            std::to_string(pending[first].line) + ")");
      lemmas_ok = false;
      continue;
    }
    insert(m.lemma_slots_, pending[i].hash, i);
  }

  // wordnet-irregular.tsv: form, lemma, class letter, inflection.
  TableReader irregular_table(irregular_path, all.substr(lemma_bytes), lemma_bytes, out);
  struct Row {
    std::uint32_t form_offset, lemma_offset;
    std::uint16_t form_length, lemma_length;
    std::uint32_t lemma;
    WordClass word_class;
    WordForm form;
    int line;
  };
  std::vector<Row> rows;
  bool irregulars_ok =
      irregular_table.read(kIrregularColumns, [&](int line, const auto& cells, const auto& at, const auto& offs) {
        for (int i = 0; i < 2; ++i) {
          if (const char* problem = word_problem(cells[i])) {
            irregular_table.error(line, at[i], "the " + std::string(kIrregularColumns[i]) + " " + problem);
            return;
          }
        }
        auto c = std::find(kClassLetters.begin(), kClassLetters.end(), cells[2]);
        if (c == kClassLetters.end()) {
          irregular_table.error(line, at[2],
                                "expected a word class n, v, a or r, found '" + std::string(cells[2]) + "'");
          return;
        }
        auto f = std::find(kFormNames.begin(), kFormNames.end(), cells[3]);
        if (f == kFormNames.end()) {
          irregular_table.error(line, at[3],
                                "expected an inflection (base, plural, third, past, participle, gerund, comparative, "
                                "superlative), found '" +
                                    std::string(cells[3]) + "'");
          return;
        }
        Row row{offs[0],
                offs[1],
                static_cast<std::uint16_t>(cells[0].size()),
                static_cast<std::uint16_t>(cells[1].size()),
                kNone,
                static_cast<WordClass>(c - kClassLetters.begin()),
                static_cast<WordForm>(f - kFormNames.begin()),
                line};
        if (!fits(row.form, row.word_class)) {
          irregular_table.error(line, at[3],
                                "a " + std::string(to_string(row.word_class)) + " has no " +
                                    std::string(to_string(row.form)) + " form");
          return;
        }
        std::uint32_t lemma = probe(m.lemma_slots_, cells[1], word_hash(cells[1]), lemma_text);
        if (lemma != kNone && m.lemmas_[lemma].weight[index_of(row.word_class)] != kAbsent) {
          row.lemma = lemma;
        } else if (row.form != WordForm::Base && lemmas_ok) {  // else the lemma's own row had the error
          // A base row only keeps the suffix rules off its form ("easter"
          // is no comparative of "east"); any other needs its lemma.
          irregular_table.error(line, at[1],
                                "'" + std::string(cells[1]) + "' is not a " + std::string(to_string(row.word_class)) +
                                    " in " + std::string(kLemmaFile));
          return;
        }
        rows.push_back(row);
      });
  if (!lemmas_ok || !irregulars_ok) {
    *this = Morphology();
    return false;
  }

  // Group the rows by form, in file order within a form.
  auto form_of = [&](const Row& r) { return all.substr(r.form_offset, r.form_length); };
  std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return form_of(a) < form_of(b); });
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    if (m.forms_.empty() || form_of(rows[i - 1]) != form_of(r)) {
      m.forms_.push_back({r.form_offset, r.form_length, 0, static_cast<std::uint32_t>(m.irregulars_.size()), 0});
    } else {
      for (std::size_t j = m.forms_.back().first; j < i; ++j) {
        const Row& s = rows[j];
        if (s.word_class == r.word_class && s.form == r.form &&
            all.substr(s.lemma_offset, s.lemma_length) == all.substr(r.lemma_offset, r.lemma_length)) {
          irregular_table.error(r.line, 1, "the same row as line " + std::to_string(s.line));
          break;
        }
      }
    }
    Form& form = m.forms_.back();
    form.blocks |= static_cast<std::uint8_t>(1u << index_of(r.word_class));
    ++form.count;
    auto form_index = static_cast<std::uint32_t>(m.forms_.size() - 1);
    m.irregulars_.push_back({r.lemma, form_index, r.word_class, r.form});
    if (r.word_class == WordClass::Verb && r.lemma != kNone)
      m.verb_irregulars_.emplace_back(r.lemma, static_cast<std::uint32_t>(m.irregulars_.size() - 1));
  }
  if (irregular_table.failed()) {
    *this = Morphology();
    return false;
  }
  std::sort(m.verb_irregulars_.begin(), m.verb_irregulars_.end());
  m.form_slots_ = make_slots(m.forms_.size());
  for (std::uint32_t i = 0; i < m.forms_.size(); ++i)
    insert(m.form_slots_, word_hash(m.text_at(m.forms_[i].offset, m.forms_[i].length)), i);
  *this = std::move(m);
  return true;
}

std::uint64_t Morphology::hash_of(std::string_view word) { return word_hash(word); }

const Morphology::Lemma* Morphology::find_lemma(std::string_view word, std::uint64_t hash) const {
  std::uint32_t i = probe(lemma_slots_, word, hash,
                          [this](std::uint32_t j) { return text_at(lemmas_[j].offset, lemmas_[j].length); });
  return i == kNone ? nullptr : &lemmas_[i];
}

const Morphology::Form* Morphology::find_form(std::string_view word, std::uint64_t hash) const {
  std::uint32_t i = probe(form_slots_, word, hash,
                          [this](std::uint32_t j) { return text_at(forms_[j].offset, forms_[j].length); });
  return i == kNone ? nullptr : &forms_[i];
}

std::optional<std::uint16_t> Morphology::weight(std::string_view lemma, WordClass c) const {
  const Lemma* l = find_lemma(lemma);
  if (l == nullptr || l->weight[index_of(c)] == kAbsent) return std::nullopt;
  return l->weight[index_of(c)];
}

void Morphology::add(std::vector<WordReading>& out, std::uint32_t lemma, WordClass c, WordForm f) const {
  const Lemma& l = lemmas_[lemma];
  std::string_view text = text_at(l.offset, l.length);
  for (const auto& r : out)
    if (r.lemma.data() == text.data() && r.word_class == c && r.form == f) return;
  out.push_back({text, c, f, l.weight[index_of(c)]});
}

bool Morphology::detach(std::string_view word, std::string_view suffix, std::string_view ending, WordClass c,
                        WordForm form, std::vector<WordReading>& out) const {
  if (word.size() <= suffix.size() || !ends(word, suffix)) return false;
  char stem[kMaxRuleWord + 8];
  const std::size_t kept = word.size() - suffix.size();
  std::memcpy(stem, word.data(), kept);
  std::memcpy(stem + kept, ending.data(), ending.size());
  const Lemma* l = find_lemma({stem, kept + ending.size()});
  if (l == nullptr || l->weight[index_of(c)] == kAbsent) return false;
  auto index = static_cast<std::uint32_t>(l - lemmas_.data());
  add(out, index, c, form);
  if (form == WordForm::Past) add(out, index, c, WordForm::Participle);  // -ed is both
  return true;
}

void Morphology::analyze(std::string_view word, std::vector<WordReading>& out) const {
  out.clear();
  if (word.empty()) return;
  // The readings this thread found, by word_hash() of the form, under the
  // serial of the Morphology that found them (as annotate() keeps its
  // analyses). The clause reader asks again and again about the same verbs
  // ("said", "has"): a copy of the kept readings costs a tenth of the
  // dozen stem probes (analyze() 43.8M -> 9.1M instructions on the 1 MB
  // corpus). Past kMaxKept forms (a strange input) it starts afresh.
  struct Kept {
    std::string word;
    std::uint32_t first = 0, count = 0;  // into `readings`
  };
  constexpr std::size_t kMaxKept = 1 << 16;
  thread_local std::uint64_t kept_for = 0;
  thread_local std::unordered_map<std::uint64_t, Kept> kept;
  thread_local std::vector<WordReading> readings;
  if (kept_for != serial_.value || kept.size() > kMaxKept) {
    kept.clear();
    readings.clear();
    kept_for = serial_.value;
  }
  const std::uint64_t hash = word_hash(word);
  auto [it, added] = kept.try_emplace(hash);
  if (!added && it->second.word == word) {
    out.assign(readings.begin() + it->second.first, readings.begin() + it->second.first + it->second.count);
    return;
  }
  find_readings(word, hash, out);
  // Two forms of one hash: the first keeps the place, the second is analysed each time.
  if (added) {
    it->second = Kept{std::string(word), static_cast<std::uint32_t>(readings.size()),
                      static_cast<std::uint32_t>(out.size())};
    readings.insert(readings.end(), out.begin(), out.end());
  }
}

void Morphology::find_readings(std::string_view word, std::uint64_t hash, std::vector<WordReading>& out) const {
  unsigned blocked = 0;
  if (const Form* f = find_form(word, hash)) {
    blocked = f->blocks;
    for (std::uint32_t i = f->first; i < f->first + f->count; ++i) {
      const Irregular& r = irregulars_[i];
      if (r.lemma != kNone) add(out, r.lemma, r.word_class, r.form);
    }
  }
  if (const Lemma* l = find_lemma(word, hash)) {
    for (int c = 0; c < 4; ++c)
      if (l->weight[c] != kAbsent)
        add(out, static_cast<std::uint32_t>(l - lemmas_.data()), static_cast<WordClass>(c), WordForm::Base);
  }
  // Morphy leaves short words alone ("as" is no plural of "a", "us" of "u").
  if (word.size() > 2 && word.size() <= kMaxRuleWord) {
    auto open = [blocked](WordClass c) { return (blocked >> index_of(c) & 1) == 0; };
    if (open(WordClass::Noun) && !ends(word, "ss")) {
      static constexpr std::pair<std::string_view, std::string_view> kPlural[] = {
          {"s", ""},     {"ses", "s"},    {"xes", "x"},    {"zes", "z"},
          {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
      for (auto [suffix, ending] : kPlural) detach(word, suffix, ending, WordClass::Noun, WordForm::Plural, out);
    }
    if (open(WordClass::Verb)) {
      static constexpr std::pair<std::string_view, std::string_view> kThird[] = {
          {"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}};
      for (auto [suffix, ending] : kThird) detach(word, suffix, ending, WordClass::Verb, WordForm::ThirdPerson, out);
      for (auto [suffix, form] : {std::pair{std::string_view("ed"), WordForm::Past},
                                  std::pair{std::string_view("ing"), WordForm::Gerund}}) {
        if (word.size() <= suffix.size() || !ends(word, suffix)) continue;
        bool found = detach(word, suffix, "e", WordClass::Verb, form, out);
        found = detach(word, suffix, "", WordClass::Verb, form, out) || found;
        // cutting -> cut, blogged -> blog: a doubled consonant undone when
        // no stem as it stands is a verb.
        const std::size_t kept = word.size() - suffix.size();
        if (!found && kept >= 3 && word[kept - 1] == word[kept - 2] && is_consonant(word[kept - 1]))
          detach(word, word.substr(kept - 1), "", WordClass::Verb, form, out);
      }
    }
    if (open(WordClass::Adjective)) {
      static constexpr std::pair<std::string_view, std::string_view> kDegree[] = {
          {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};
      for (auto [suffix, ending] : kDegree)
        detach(word, suffix, ending, WordClass::Adjective,
               suffix.size() == 2 ? WordForm::Comparative : WordForm::Superlative, out);
    }
  }
  // Weightiest first; the rest in a fixed order, so that output never
  // depends on the order the rules ran in. `out` is short: insertion sort.
  auto before = [](const WordReading& a, const WordReading& b) {
    if (a.weight != b.weight) return a.weight > b.weight;
    if (a.word_class != b.word_class) return a.word_class < b.word_class;
    if (a.form != b.form) return a.form < b.form;
    return a.lemma < b.lemma;
  };
  for (std::size_t i = 1; i < out.size(); ++i)
    for (std::size_t j = i; j > 0 && before(out[j], out[j - 1]); --j) std::swap(out[j], out[j - 1]);
}

std::uint64_t Morphology::Serial::next() {
  static std::atomic<std::uint64_t> last{0};
  return ++last;
}

void Morphology::annotate(std::vector<Token>& tokens) const {
  struct Analysis {
    std::string word;
    std::string_view lemma;
    std::uint8_t classes = 0;
  };
  // The analyses this thread made, by word_hash() of the form, and the
  // serial of the Morphology that made them. A corpus holds some tens of
  // thousands of forms; past kMaxKept (a strange input) it starts afresh.
  constexpr std::size_t kMaxKept = 1 << 18;
  thread_local std::uint64_t kept_for = 0;
  thread_local std::unordered_map<std::uint64_t, Analysis> kept;
  if (kept_for != serial_.value || kept.size() > kMaxKept) {
    kept.clear();
    kept_for = serial_.value;
  }
  thread_local std::vector<WordReading> readings;
  for (auto& t : tokens) {
    if (t.kind != Token::Kind::Word) continue;
    auto [it, added] = kept.try_emplace(token_hash(t));
    Analysis& a = it->second;
    if (!added && a.word == t.norm) {
      t.lemma = a.lemma;
      t.classes = a.classes;
      continue;
    }
    readings.clear();
    if (!t.norm.empty()) find_readings(t.norm, token_hash(t), readings);  // analyze() without keeping them twice
    t.classes = 0;
    t.lemma = readings.empty() ? std::string_view() : readings.front().lemma;
    for (const auto& r : readings) t.classes |= static_cast<std::uint8_t>(1u << static_cast<unsigned>(r.word_class));
    // Two forms of one hash: the first keeps the place, the second is analysed each time.
    if (added) a = Analysis{t.norm, t.lemma, t.classes};
  }
}

std::optional<VerbForms> Morphology::verb_forms(std::string_view lemma) const {
  const Lemma* l = find_lemma(lemma);
  if (l == nullptr || l->weight[index_of(WordClass::Verb)] == kAbsent) return std::nullopt;
  const auto index = static_cast<std::uint32_t>(l - lemmas_.data());
  VerbForms v;
  v.base = lemma;
  auto slot = [&v](WordForm f) -> std::string* {
    switch (f) {
      case WordForm::ThirdPerson:
        return &v.third;
      case WordForm::Past:
        return &v.past;
      case WordForm::Participle:
        return &v.participle;
      case WordForm::Gerund:
        return &v.gerund;
      default:
        return nullptr;
    }
  };
  const auto range = std::equal_range(verb_irregulars_.begin(), verb_irregulars_.end(), std::pair{index, 0u},
                                      [](const auto& a, const auto& b) { return a.first < b.first; });
  // Whether the table shows the verb's -ed and -ing forms, and whether
  // they double its last letter (admitted, cutting).
  bool listed_regular = false, doubled = false;
  const std::string doubled_stem = std::string(lemma) + lemma.back();
  // A form spelled as the base first: "bid" is the usual past of bid, "bade" a variant.
  for (bool same_as_base : {true, false}) {
    for (auto it = range.first; it != range.second; ++it) {
      const Irregular& r = irregulars_[it->second];
      const Form& f = forms_[r.form_index];
      const std::string_view text = text_at(f.offset, f.length);
      if ((text == lemma) != same_as_base) continue;
      if (r.form == WordForm::Base) {
        if (text != lemma) v.variants.emplace_back(r.form, text);  // am, are
        continue;
      }
      std::string* s = slot(r.form);
      // "co-ordinated" is a spelling of coordinated, not its form: the
      // regular forms stay first.
      const bool respelt = text.find('-') != std::string_view::npos && lemma.find('-') == std::string_view::npos;
      if (s->empty() && !respelt)
        *s = text;
      else if (*s != text)
        v.variants.emplace_back(r.form, text);
      if (text.size() > lemma.size() && text.starts_with(lemma) && (text.ends_with("ed") || text.ends_with("ing"))) {
        listed_regular = true;
        doubled = doubled || text.starts_with(doubled_stem);
      }
    }
  }
  const bool doubles = listed_regular ? doubled : doubles_by_rule(lemma);
  if (v.third.empty()) v.third = regular_third(lemma);
  if (v.past.empty()) v.past = regular_ed(lemma, doubles);
  if (v.participle.empty()) v.participle = regular_ed(lemma, doubles);
  if (v.gerund.empty()) v.gerund = regular_ing(lemma, doubles);
  return v;
}

}  // namespace sg::extract
