#include "gazetteer.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <set>
#include <span>

#include "text.h"
#include "tsv.h"

namespace sg::extract {

std::string slug(std::string_view label) {
  std::string folded = text::fold(label);
  std::string out;
  out.reserve(folded.size());
  bool dash = false;
  for (std::size_t i = 0; i < folded.size();) {
    auto c = static_cast<unsigned char>(folded[i]);
    if (c >= 0x80) {
      std::size_t start = i;
      char32_t cp = text::next_code_point(folded, i);
      if (text::is_letter(cp)) {
        if (dash && !out.empty()) out += '-';
        dash = false;
        out.append(folded, start, i - start);
      } else {
        dash = true;
      }
      continue;
    }
    ++i;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {  // std::isalnum of a folded byte, no call
      if (dash && !out.empty()) out += '-';
      dash = false;
      out += static_cast<char>(c);
    } else if (c != '\'') {
      dash = true;  // "People's" -> "peoples", "von der Leyen" -> "von-der-leyen"
    }
  }
  return out;
}

std::string entity_key(const GazetteerEntry& e) {
  switch (e.type) {
    case EntityType::State: return "state/" + e.iso3166;
    case EntityType::Organization:
    case EntityType::ArmedForce: return "org/" + text::fold(e.id);
    case EntityType::Person: return "person/" + slug(e.label);
    case EntityType::Place: return "place/" + slug(e.label);
    case EntityType::ActorGroup: return "group/" + slug(e.label);
  }
  return {};
}

Gazetteer::Gazetteer() : vocabulary_(std::make_shared<Vocabulary>()) {}

void NameTokens::push(std::string_view norm, Token::Kind kind, bool upper, bool all_caps) {
  const auto begin = static_cast<std::uint32_t>(folded_.size());
  folded_ += norm;
  words_.push_back({begin, static_cast<std::uint32_t>(folded_.size()), kind, upper, all_caps});
}

void NameTokens::split(std::string_view name) {
  words_.clear();
  folded_.clear();
  fast_ = split_plain(name);
  if (fast_) return;
  words_.clear();
  folded_.clear();
  for (const auto& t : tokenize(name)) push(t.norm, t.kind, t.upper, t.all_caps);
}

// ASCII words, spaces, hyphens and a possessive "'s" after a word, which
// tokenize() splits as below; false at the first other byte.
bool NameTokens::split_plain(std::string_view name) {
  std::size_t i = 0;
  while (i < name.size()) {
    const char c = name[i];
    if (c == ' ') {
      ++i;
      continue;
    }
    if (c == '-') {
      push("-", Token::Kind::Punct, false, false);
      ++i;
      continue;
    }
    if (!text::kAsciiWordByte[static_cast<unsigned char>(c)]) return false;
    // A word ("Russia"), or a number when it has nothing but digits. The
    // rest of the name is appended at once, then its bytes are classified and
    // lower-cased in place in one pass, and what follows the word is cut off
    // again: one pass over the bytes, where classifying, copying and folding
    // took three (split_plain 44.7M -> 39.5M instructions at start-up).
    const auto begin = static_cast<std::uint32_t>(folded_.size());
    folded_.append(name.substr(i));
    char* p = folded_.data() + begin;
    unsigned seen = 0;
    for (unsigned cls; (cls = text::kAsciiWordByte[static_cast<unsigned char>(*p)]) != 0; ++p) {
      seen |= cls;
      if (cls == text::kCapitalByte) *p = static_cast<char>(*p | 0x20);  // ASCII capitals lower-cased
    }
    // (The loop stops at the string's terminating '\0' at the latest.)
    i += static_cast<std::size_t>(p - (folded_.data() + begin));
    folded_.resize(static_cast<std::size_t>(p - folded_.data()));
    const bool digits = seen == text::kDigitByte, upper = c >= 'A' && c <= 'Z';
    const bool capitals = (seen & text::kCapitalByte) != 0, lower = (seen & text::kLowerByte) != 0;
    const auto end = static_cast<std::uint32_t>(folded_.size());
    if (digits) words_.push_back({begin, end, Token::Kind::Number, false, false});
    else words_.push_back({begin, end, Token::Kind::Word, upper, capitals && !lower});
    if (i < name.size() && name[i] == '\'') {
      // "Russia's military": the possessive is a token of its own. Any other
      // apostrophe ("d'Ivoire", "'S") is left to tokenize().
      if (i + 1 < name.size() && name[i + 1] == 's' && (i + 2 == name.size() || name[i + 2] == ' ')) {
        push("'s", Token::Kind::Word, false, false);
        i += 2;
        continue;
      }
      return false;
    }
  }
  return true;
}

namespace {
std::size_t edge_slot(std::uint64_t key, std::size_t mask) {
  key ^= key >> 29;
  key *= 0xbf58476d1ce4e5b9ULL;
  key ^= key >> 32;
  return key & mask;
}
}  // namespace

Gazetteer::Target Gazetteer::step(std::uint32_t node, std::uint32_t word) const {
  if (word == 0) return {};
  if (node == 0) return word < root_.size() ? root_[word] : Target{};
  std::uint64_t key = (std::uint64_t{node} << 32) | word;
  const std::size_t mask = edges_.size() - 1;
  for (std::size_t i = edge_slot(key, mask);; i = (i + 1) & mask) {
    if (edges_[i].key == key) return edges_[i].target;
    if (edges_[i].key == 0) return {};
  }
}

void Gazetteer::freeze() {
  for (auto& e : edges_)
    if (e.key) e.target.senses = trie_[e.target.to].senses;
  starts_name_.assign(root_.size() / 64 + 1, 0);
  for (std::uint32_t word = 0; word < root_.size(); ++word)
    if (root_[word].to) {
      root_[word].senses = trie_[root_[word].to].senses;
      starts_name_[word / 64] |= std::uint64_t{1} << (word % 64);
    }
}

void Gazetteer::rehash(std::size_t slots) {
  std::vector<Edge> old(slots);
  old.swap(edges_);
  edge_count_ = 0;
  for (const auto& e : old)
    if (e.key) link(static_cast<std::uint32_t>(e.key >> 32), static_cast<std::uint32_t>(e.key), e.target.to);
}

void Gazetteer::reserve_edges(std::size_t edges) {
  std::size_t slots = edges_.size();
  while ((edges + 1) * 2 > slots) slots *= 2;
  if (slots > edges_.size()) rehash(slots);
}

void Gazetteer::link(std::uint32_t node, std::uint32_t word, std::uint32_t to) {
  if ((edge_count_ + 1) * 2 > edges_.size()) rehash(edges_.size() * 2);
  std::uint64_t key = (std::uint64_t{node} << 32) | word;
  const std::size_t mask = edges_.size() - 1;
  std::size_t i = edge_slot(key, mask);
  while (edges_[i].key != 0) i = (i + 1) & mask;
  edges_[i] = {key, {to, 0}};
  ++edge_count_;
}

const GazetteerEntry* Gazetteer::find(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &entries_[it->second];
}

std::uint32_t Gazetteer::add_entry(GazetteerEntry&& entry) {
  auto index = static_cast<std::uint32_t>(entries_.size());
  by_id_[entry.id] = index;
  entries_.push_back(std::move(entry));
  return index;
}

namespace {
// "Bashar al-Assad" is written "Bashar al Assad" as often: the Arabic
// article before a name, with a hyphen or a space. The other spelling of
// `name`, or "" when it has no such article.
std::string article_variant(const std::string& name) {
  // Most names have no "l" before a hyphen or space, so no article: one
  // pass says so (the four searches below cost 25M instructions for the
  // 63,000 names of the shipped gazetteer).
  // (Found by memchr from one "l" to the next: a byte-by-byte loop cost 6M.)
  bool maybe = false;
  for (std::size_t i = name.find('l', 1); i != std::string::npos && i + 1 < name.size() && !maybe;
       i = name.find('l', i + 1))
    maybe = name[i + 1] == '-' || name[i + 1] == ' ';
  if (!maybe) return {};
  for (std::string_view a : {"al", "el", "Al", "El"}) {
    for (std::size_t at = name.find(a); at != std::string::npos; at = name.find(a, at + 1)) {
      const std::size_t sep = at + a.size();
      if ((at > 0 && name[at - 1] != ' ') || sep + 1 >= name.size()) continue;
      if (name[sep] != '-' && name[sep] != ' ') continue;
      if (!std::isupper(static_cast<unsigned char>(name[sep + 1]))) continue;
      std::string other = name;
      other[sep] = name[sep] == '-' ? ' ' : '-';
      return other;
    }
  }
  return {};
}
}  // namespace

void Gazetteer::add_name(const std::string& name, NameSense sense) {
  // Only a name of several words: "Al-Jazira" alone would become "Al Jazira".
  if (name.find(' ') != std::string::npos)
    if (std::string other = article_variant(name); !other.empty() && other.find(' ') != std::string::npos)
      add_name_once(other, sense);
  add_name_once(name, std::move(sense));
}

void Gazetteer::add_name_once(const std::string& name, NameSense sense) {
  name_tokens_.split(name);
  if (name_tokens_.words().empty()) return;
  std::uint32_t node = 0;
  // The rules go to the pool's end at once, and back out if the name has
  // this sense already.
  const auto rules = static_cast<std::uint32_t>(case_rules_.size());
  for (const auto& t : name_tokens_.words()) {
    const std::string_view norm = name_tokens_.norm(t);
    std::uint8_t rule = 0;
    if (sense.kind != NameSense::Kind::Title && t.kind == Token::Kind::Word) {
      // Short acronyms must be written in capitals ("US", not "us");
      // capitalised words must stay capitalised ("Chad", "Turkey").
      // (The letters are counted only for a word in capitals: most are not.)
      auto letters = [&] {
        std::size_t n = 0;
        for (char c : norm) n += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');  // std::isalpha, no call
        return n;
      };
      if (t.all_caps && letters() <= 5) rule = 2;
      else if (t.upper) rule = 1;
    }
    case_rules_.push_back(rule);
    std::uint32_t word = vocabulary_->add(norm);
    if (node == 0) {
      if (root_.size() <= word) root_.resize(std::max<std::size_t>(word + 1, root_.size() * 2));
      first_words_.emplace_back(word, sense.kind == NameSense::Kind::Title ? kTitle : sense.index);
    }
    std::uint32_t to = next(node, word);
    if (to == 0) {
      to = static_cast<std::uint32_t>(trie_.size());
      if (node == 0) root_[word].to = to;
      else link(node, word, to);
      trie_.emplace_back();
    }
    node = to;
  }
  std::uint32_t last = 0;  // the name's last sense so far, + 1
  for (std::uint32_t at = trie_[node].senses; at != 0; last = at, at = next_sense_[at - 1])
    if (NameSense& s = senses_[at - 1]; s.kind == sense.kind && s.index == sense.index) {
      // "{adj} Defence Ministry" and "{adj} defence ministry": one name
      // written both ways matches either way.
      // (Both have a rule per token: they end at the same node.)
      for (std::size_t t = rules; t < case_rules_.size(); ++t)
        case_rules_[s.case_rules + t - rules] = std::min(case_rules_[s.case_rules + t - rules], case_rules_[t]);
      case_rules_.resize(rules);
      return;
    }
  sense.case_rules = rules;
  senses_.push_back(sense);
  next_sense_.push_back(0);
  const auto added = static_cast<std::uint32_t>(senses_.size());
  (last ? next_sense_[last - 1] : trie_[node].senses) = added;
  ++name_count_;
}

bool Gazetteer::may_teach(const Token& t) const {
  std::uint32_t word = t.word != kUnassignedWord ? t.word : vocabulary_->find(t.norm);
  return word < teaching_start_.size() && teaching_start_[word];
}

GazetteerMatch Gazetteer::longest_at(const std::vector<Token>& tokens, std::size_t i) const {
  GazetteerMatch best;
  longest_at(tokens, i, best);
  return best;
}

void Gazetteer::longest_at(const std::vector<Token>& tokens, std::size_t i, GazetteerMatch& best) const {
  best.begin = best.end = i;
  best.senses.clear();
  std::uint32_t node = 0;
  for (std::size_t k = i; k < tokens.size(); ++k) {
    // A name never spans a space-separated hyphen or a quote mark.
    if (tokens[k].kind == Token::Kind::Quote) break;
    std::uint32_t word = tokens[k].word != kUnassignedWord ? tokens[k].word : vocabulary_->find(tokens[k].norm);
    // The first word by its id in root_, after its bit in starts_name_
    // (most words start no name); the next ones through the edge table.
    if (k == i && (word / 64 >= starts_name_.size() || !(starts_name_[word / 64] >> (word % 64) & 1))) break;
    const Target target = step(node, word);
    node = target.to;
    if (node == 0) break;
    // The senses of the longest fit so far are replaced, not reallocated.
    bool first_fit = true;
    for (std::uint32_t at = target.senses; at != 0; at = next_sense_[at - 1]) {
      const NameSense& sense = senses_[at - 1];
      bool ok = true;
      const std::uint8_t* rule = case_rules_.data() + sense.case_rules;  // one per token i..k
      for (std::size_t t = 0; t <= k - i && ok; ++t) {
        const Token& tok = tokens[i + t];
        if (rule[t] == 1 && !tok.upper) ok = false;
        if (rule[t] == 2 && !tok.all_caps) ok = false;
      }
      if (!ok) continue;
      if (first_fit) {
        best.senses.clear();
        best.end = k + 1;
        first_fit = false;
      }
      best.senses.push_back(&sense);
    }
  }
}

namespace {
// True when `written` is `word` with one slip: a letter left out, added or
// changed, or two neighbours swapped ("minster", "spokeman", "spoksperson").
bool one_slip(std::string_view written, std::string_view word) {
  const std::size_t n = written.size(), m = word.size();
  if (written == word || n + 1 < m || m + 1 < n) return false;
  std::size_t same_front = 0;
  while (same_front < n && same_front < m && written[same_front] == word[same_front]) ++same_front;
  std::size_t same_back = 0;
  while (same_back < n - same_front && same_back < m - same_front &&
         written[n - 1 - same_back] == word[m - 1 - same_back])
    ++same_back;
  const std::size_t left = n - same_front - same_back, right = m - same_front - same_back;
  if (left + right == 1 || (left == 1 && right == 1)) return true;
  return left == 2 && right == 2 && written[same_front] == word[same_front + 1] &&
         written[same_front + 1] == word[same_front];
}

std::uint32_t word_shape(char first, std::size_t length) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(first)) << 16 | static_cast<std::uint32_t>(length);
}

constexpr std::size_t kShortestSlippedWord = 6;
}  // namespace

std::optional<TitleSlip> Gazetteer::misspelt_title_at(const std::vector<Token>& tokens, std::size_t i,
                                                      std::size_t limit, bool annotated) const {
  const Token& first = tokens[i];
  if (first.kind != Token::Kind::Word || title_names_.empty()) return std::nullopt;
  // A word no reading of the morphology knows may be a slip of any title
  // word; a known one only of a word beside which another stands exact.
  auto unknown = [&](const Token& t) { return annotated && t.classes == 0 && t.lemma.empty(); };
  auto slipped = [&](const Token& t, const std::string& word) {
    return word.size() >= kShortestSlippedWord && t.norm[0] == word[0] && t.norm != word + "s" &&
           one_slip(t.norm, word);
  };
  std::optional<TitleSlip> best;
  auto try_name = [&](std::uint32_t id) {
    const TitleName& name = title_names_[id];
    const std::size_t end = i + name.words.size();
    if (end >= tokens.size() || end > limit || (best && best->end >= end)) return;
    int slips = 0;
    bool exact = false;
    for (std::size_t j = 0; j < name.words.size() && slips <= 1; ++j) {
      const Token& t = tokens[i + j];
      if (t.kind != Token::Kind::Word) return;
      if (t.norm == name.words[j]) exact = true;
      else if (slipped(t, name.words[j])) ++slips;
      else return;
    }
    if (slips != 1) return;
    // The name the title introduces.
    if (tokens[end].kind != Token::Kind::Word || !tokens[end].upper) return;
    for (std::size_t j = 0; j < name.words.size(); ++j)
      if (tokens[i + j].norm != name.words[j] && !exact && !unknown(tokens[i + j])) return;
    best = TitleSlip{name.title, end, {}};
    for (const auto& w : name.words) best->spelt += (best->spelt.empty() ? "" : " ") + w;
  };
  // Most words start no title of several words: their id says so.
  const bool may_start = first.word == kUnassignedWord ||
                         (first.word < starts_title_name_.size() && starts_title_name_[first.word]);
  if (may_start)
    if (auto it = title_names_by_first_.find(first.norm); it != title_names_by_first_.end())
      for (std::uint32_t id : it->second) try_name(id);
  if (unknown(first) && first.norm.size() + 1 >= kShortestSlippedWord)
    for (std::size_t length = first.norm.size() - 1; length <= first.norm.size() + 1; ++length)
      if (auto it = title_names_by_shape_.find(word_shape(first.norm[0], length)); it != title_names_by_shape_.end())
        for (std::uint32_t id : it->second) try_name(id);
  return best;
}

namespace {

std::optional<EntityType> org_type(const std::string& s) {
  if (s == "Organization") return EntityType::Organization;
  if (s == "ArmedForce") return EntityType::ArmedForce;
  return std::nullopt;
}

// Appends to `out` the names "{state}'s military" gives with each of
// `names` for "{state}" (only the first placeholder is replaced), or `name`
// itself when it has none.
void expand_state(std::string_view name, std::span<const std::string> names, std::vector<std::string>& out) {
  const std::size_t at = name.find("{state}");
  if (at == std::string_view::npos) {
    out.emplace_back(name);
    return;
  }
  const std::string_view before = name.substr(0, at), after = name.substr(at + 7);
  for (const auto& n : names) {
    std::string& x = out.emplace_back();
    x.reserve(before.size() + n.size() + after.size());
    x.append(before).append(n).append(after);
  }
}

// Appends to `out` the expansions of "{adj} forces" / "{state}'s military"
// for one state: every adjective for "{adj}" in turn, then every name for
// "{state}". Appending in place rather than building the lists of each
// step saved about half of expand()'s 61M instructions.
void expand(std::string_view pattern, std::span<const std::string> adjectives, std::span<const std::string> names,
            std::vector<std::string>& out) {
  const std::size_t at = pattern.find("{adj}");
  if (at == std::string_view::npos) {
    expand_state(pattern, names, out);
    return;
  }
  std::string with_adjective;
  for (const auto& a : adjectives) {
    with_adjective.assign(pattern.substr(0, at)).append(a).append(pattern.substr(at + 5));
    expand_state(with_adjective, names, out);
  }
}

// The columns of a table of places, looked up once per table: a lookup by
// name per cell (TsvTable::cell) cost 5.5M of place_entry()'s 15.7M
// instructions over the 9,924 generated places.
struct PlaceColumns {
  explicit PlaceColumns(const TsvTable& table)
      : id(table.column("id")), label(table.column("label")), names(table.column("names")),
        adjectives(table.column("adjectives")), kind(table.column("kind")), located_in(table.column("located_in")) {}
  int id, label, names, adjectives, kind, located_in;
};

GazetteerEntry place_entry(const TsvTable& table, const PlaceColumns& columns, const TsvRow& row) {
  GazetteerEntry e;
  e.type = EntityType::Place;
  e.id = TsvTable::cell(row, columns.id);
  e.label = TsvTable::cell(row, columns.label);
  e.names.push_back(e.label);
  split_values(TsvTable::cell(row, columns.names), e.names);
  split_values(TsvTable::cell(row, columns.adjectives), e.adjectives);
  e.kind = TsvTable::cell(row, columns.kind);
  e.located_in = TsvTable::cell(row, columns.located_in);
  e.file = table.file;
  e.line = row.line;
  return e;
}

}  // namespace

bool Gazetteer::has_name(const std::string& name) {
  std::uint32_t node = 0;
  name_tokens_.split(name);
  for (const auto& t : name_tokens_.words()) {
    node = next(node, vocabulary_->find(name_tokens_.norm(t)));
    if (node == 0) return false;
  }
  return node != 0 && trie_[node].senses != 0;
}

bool Gazetteer::load(const std::string& dir, std::vector<Diagnostic>& diagnostics) {
  namespace fs = std::filesystem;
  std::size_t errors_before = diagnostics.size();
  auto path = [&](const char* name) { return (fs::path(dir) / name).string(); };
  auto exists = [&](const char* name) { return fs::exists(path(name)); };

  // States.
  TsvTable states;
  // Bad rows are reported and skipped; without a usable header nothing can be read.
  read_tsv(path("states.tsv"), {"iso", "label", "names", "adjectives", "plurals", "capital"}, states, diagnostics);
  if (states.header.empty()) return false;
  for (const auto& row : states.rows) {
    GazetteerEntry e;
    e.type = EntityType::State;
    e.iso3166 = states.cell(row, "iso");
    e.id = e.iso3166;
    if (e.iso3166.size() != 2 || !text::all_upper(e.iso3166)) {
      diagnostics.push_back(states.error(row, "iso", "ISO 3166 code must be two capital letters: '" + e.iso3166 + "'"));
      continue;
    }
    if (by_id_.count(e.id)) {
      diagnostics.push_back(states.error(row, "iso", "duplicate state " + e.id));
      continue;
    }
    e.label = states.cell(row, "label");
    if (e.label.empty()) diagnostics.push_back(states.error(row, "label", "empty label"));
    e.names.push_back(e.label);
    if (!states.cell(row, "official").empty()) e.names.push_back(states.cell(row, "official"));
    split_values(states.cell(row, "names"), e.names);
    e.adjectives = states.values(row, "adjectives");
    e.file = states.file;
    e.line = row.line;
    auto index = add_entry(std::move(e));
    for (const auto& n : entries_[index].names) add_name(n, {NameSense::Kind::Name, index, {}});
    for (const auto& a : entries_[index].adjectives) add_name(a, {NameSense::Kind::Adjective, index, {}});
    for (const auto& p : states.values(row, "plurals")) add_name(p, {NameSense::Kind::Plural, index, {}});
    for (const auto& capital : states.values(row, "capital")) {
      GazetteerEntry c;
      c.type = EntityType::Place;
      c.id = "capital-" + slug(capital);
      c.label = capital;
      c.names = {capital};
      c.kind = "capital";
      c.located_in = entries_[index].id;
      c.metonym_of = entries_[index].id;
      c.file = states.file;
      c.line = row.line;
      if (by_id_.count(c.id)) continue;
      auto ci = add_entry(std::move(c));
      add_name(capital, {NameSense::Kind::Name, ci, {}});
    }
  }
  std::vector<std::uint32_t> state_indices;
  for (std::uint32_t i = 0; i < entries_.size(); ++i)
    if (entries_[i].type == EntityType::State) state_indices.push_back(i);

  // Per-state templates.
  if (exists("derived.tsv")) {
    TsvTable derived;
    if (read_tsv(path("derived.tsv"), {"suffix", "type", "label", "names", "kind"}, derived, diagnostics)) {
      entries_.reserve(entries_.size() + derived.rows.size() * state_indices.size());
      for (const auto& row : derived.rows) {
        auto type = org_type(derived.cell(row, "type"));
        if (!type) {
          diagnostics.push_back(derived.error(row, "type", "type must be Organization or ArmedForce"));
          continue;
        }
        // "{adj} Foreign Ministry" without its state: "the Foreign Ministry"
        // (a body's name of two words or more, no place for the state inside).
        if (*type == EntityType::Organization) {
          std::vector<std::string> forms = derived.values(row, "names");
          forms.push_back(derived.cell(row, "label"));
          for (const auto& form : forms) {
            if (!form.starts_with("{adj} ") || form.find('{', 1) != std::string::npos) continue;
            std::string bare = text::fold(form.substr(6));
            if (bare.find(' ') != std::string::npos) bare_derived_.emplace(bare, derived.cell(row, "suffix"));
            else if (derived.cell(row, "kind") == "government" || derived.cell(row, "kind") == "legislature")
              derived_heads_.emplace(bare, derived.cell(row, "suffix"));
          }
        }
        // "{adj} army", "{adj} warplanes": one lower-case word after the
        // state's adjective names its forces, and after its possessive too
        // ("Pakistan's army"; Chunker::possessed_bodies()).
        if (*type == EntityType::ArmedForce)
          for (const auto& form : derived.values(row, "names")) {
            if (!form.starts_with("{adj} ") || form.find('{', 1) != std::string::npos) continue;
            const std::string word = form.substr(6);
            if (word.empty() || word.find(' ') != std::string::npos || !(word[0] >= 'a' && word[0] <= 'z')) continue;
            derived_force_words_.emplace(text::fold(word), derived.cell(row, "suffix"));
          }
        const std::string& label = derived.cell(row, "label");
        const std::string& suffix = derived.cell(row, "suffix");
        const std::string& kind = derived.cell(row, "kind");
        const std::vector<std::string> patterns = derived.values(row, "names");
        std::vector<std::string> canonical;
        for (auto si : state_indices) {
          // Valid until add_entry() below, which may move entries_.
          const GazetteerEntry& state = entries_[si];
          if (state.adjectives.empty()) continue;
          GazetteerEntry e;
          e.type = *type;
          e.id = state.id + "-" + suffix;
          // The label uses the state's label and first adjective.
          canonical.clear();
          expand(label, std::span(state.adjectives.data(), 1), std::span(&state.label, 1), canonical);
          e.label = canonical.front();
          e.names.push_back(e.label);
          for (const auto& n : patterns) expand(n, state.adjectives, state.names, e.names);
          expand(label, state.adjectives, state.names, e.names);
          e.kind = kind;
          e.part_of = state.id;
          e.file = derived.file;
          e.line = row.line;
          add_entry(std::move(e));
        }
      }
    }
  }

  // Organizations (and overrides of derived entries).
  if (exists("organizations.tsv")) {
    TsvTable orgs;
    if (read_tsv(path("organizations.tsv"), {"id", "type", "label", "names", "kind", "part_of"}, orgs,
                 diagnostics)) {
      for (const auto& row : orgs.rows) {
        auto type = org_type(orgs.cell(row, "type"));
        if (!type) {
          diagnostics.push_back(orgs.error(row, "type", "type must be Organization or ArmedForce"));
          continue;
        }
        std::string id = orgs.cell(row, "id");
        if (id.empty()) {
          diagnostics.push_back(orgs.error(row, "id", "empty id"));
          continue;
        }
        auto it = by_id_.find(id);
        if (it != by_id_.end() && entries_[it->second].file == orgs.file) {
          diagnostics.push_back(orgs.error(row, "id", "duplicate id '" + id + "' (first at line " +
                                                          std::to_string(entries_[it->second].line) + ")"));
          continue;
        }
        if (it != by_id_.end() && entries_[it->second].type == EntityType::State) {
          diagnostics.push_back(orgs.error(row, "id", "id '" + id + "' is already a state code"));
          continue;
        }
        GazetteerEntry e;
        if (it != by_id_.end()) e = entries_[it->second];  // override of a derived entry
        e.id = id;
        e.type = *type;
        if (!orgs.cell(row, "label").empty()) e.label = orgs.cell(row, "label");
        if (e.label.empty()) diagnostics.push_back(orgs.error(row, "label", "empty label"));
        e.names.insert(e.names.begin(), e.label);
        split_values(orgs.cell(row, "names"), e.names);
        if (!orgs.cell(row, "kind").empty()) e.kind = orgs.cell(row, "kind");
        if (!orgs.cell(row, "part_of").empty()) e.part_of = orgs.cell(row, "part_of");
        e.file = orgs.file;
        e.line = row.line;
        if (it != by_id_.end()) entries_[it->second] = std::move(e);
        else add_entry(std::move(e));
      }
    }
  }

  // Places (capital rows with the same label add spellings to the capital).
  if (exists("places.tsv")) {
    TsvTable places;
    if (read_tsv(path("places.tsv"), {"id", "label", "names", "adjectives", "kind", "located_in"}, places,
                 diagnostics)) {
      const PlaceColumns columns(places);
      for (const auto& row : places.rows) {
        std::string label = places.cell(row, "label");
        if (label.empty()) {
          diagnostics.push_back(places.error(row, "label", "empty label"));
          continue;
        }
        auto capital = by_id_.find("capital-" + slug(label));
        if (capital != by_id_.end()) {
          auto& c = entries_[capital->second];
          for (auto& n : places.values(row, "names")) {
            c.names.push_back(n);
            add_name(n, {NameSense::Kind::Name, capital->second, {}});
          }
          continue;
        }
        GazetteerEntry e = place_entry(places, columns, row);
        if (by_id_.count(e.id)) {
          diagnostics.push_back(places.error(row, "id", "duplicate id '" + e.id + "'"));
          continue;
        }
        auto index = add_entry(std::move(e));
        for (const auto& a : entries_[index].adjectives)
          add_name(a, {NameSense::Kind::RegionAdjective, index, {}});
      }
    }
  }

  if (exists("people.tsv")) {
    TsvTable people;
    if (read_tsv(path("people.tsv"), {"id", "label", "names", "state"}, people, diagnostics)) {
      for (const auto& row : people.rows) {
        GazetteerEntry e;
        e.type = EntityType::Person;
        e.id = people.cell(row, "id");
        e.label = people.cell(row, "label");
        if (e.id.empty() || e.label.empty()) {
          diagnostics.push_back(people.error(row, "id", "a person needs an id and a label"));
          continue;
        }
        if (by_id_.count(e.id)) {
          diagnostics.push_back(people.error(row, "id", "duplicate id '" + e.id + "'"));
          continue;
        }
        e.names.push_back(e.label);
        split_values(people.cell(row, "names"), e.names);
        e.part_of = people.cell(row, "state");  // nationality, checked below
        e.file = people.file;
        e.line = row.line;
        add_entry(std::move(e));
      }
    }
  }

  if (exists("titles.tsv")) {
    TsvTable titles;
    if (read_tsv(path("titles.tsv"), {"title", "names"}, titles, diagnostics)) {
      for (const auto& row : titles.rows) {
        TitleEntry t;
        t.title = titles.cell(row, "title");
        if (t.title.empty()) {
          diagnostics.push_back(titles.error(row, "title", "empty title"));
          continue;
        }
        t.names.push_back(t.title);
        split_values(titles.cell(row, "names"), t.names);
        const std::string& office = titles.cell(row, "office");
        if (office == "state") t.office = TitleEntry::Office::State;
        else if (office == "rank") t.office = TitleEntry::Office::Rank;
        else if (office == "body") t.office = TitleEntry::Office::Body;
        else if (!office.empty()) {
          diagnostics.push_back(
              titles.error(row, "office", "office must be 'state', 'rank', 'body' or empty, not '" + office + "'"));
          continue;
        }
        titles_.push_back(t);
      }
      // "Deputy Special Envoy", "Assistant Secretary of State": each title
      // also has its deputy and assistant, unless the file lists them.
      std::set<std::string> listed;
      for (const auto& t : titles_) listed.insert(text::fold(t.title));
      std::size_t own = titles_.size();
      for (std::size_t i = 0; i < own; ++i)
        for (const char* prefix : {"Deputy ", "Assistant "}) {
          if (titles_[i].title.starts_with(prefix) || listed.count(text::fold(prefix + titles_[i].title))) continue;
          TitleEntry d;
          d.title = prefix + titles_[i].title;
          d.office = titles_[i].office == TitleEntry::Office::Rank ? TitleEntry::Office::None : titles_[i].office;
          for (const auto& n : titles_[i].names) d.names.push_back(prefix + n);
          titles_.push_back(std::move(d));
        }
      for (std::size_t i = 0; i < titles_.size(); ++i)
        for (const auto& n : titles_[i].names) {
          add_name(n, {NameSense::Kind::Title, static_cast<std::uint32_t>(i), {}});
          TitleName name{static_cast<std::uint32_t>(i), {}};
          name_tokens_.split(n);
          for (const auto& t : name_tokens_.words()) name.words.emplace_back(name_tokens_.norm(t));
          const auto id = static_cast<std::uint32_t>(title_names_.size());
          if (name.words.size() > 1) {
            title_names_by_first_[name.words[0]].push_back(id);
            const std::uint32_t word = vocabulary_->find(name.words[0]);
            if (word >= starts_title_name_.size()) starts_title_name_.resize(word + 1, 0);
            starts_title_name_[word] = 1;
          }
          title_names_by_shape_[word_shape(name.words[0][0], name.words[0].size())].push_back(id);
          title_names_.push_back(std::move(name));
        }
    }
  }

  // Names of everything but states and capitals (already in).
  auto add_names = [&](std::uint32_t from) {
    // About one new edge per name: room for them at once saves rehashing
    // the table on the way (7M instructions).
    std::size_t names = 0;
    for (std::uint32_t i = from; i < entries_.size(); ++i) names += entries_[i].names.size();
    reserve_edges(edge_count_ + names);
    for (std::uint32_t i = from; i < entries_.size(); ++i) {
      const auto& e = entries_[i];
      if (e.type == EntityType::State || e.kind == "capital") continue;
      // Each name once. An entry has a few dozen names at most: looking
      // back over them costs less than a std::set of copies (which was
      // 20M of the 313M this loop took).
      for (auto n = e.names.begin(); n != e.names.end(); ++n)
        if (std::find(e.names.begin(), n, *n) == n) add_name(*n, {NameSense::Kind::Name, i, {}});
    }
  };
  add_names(0);

  // Generated places (scripts/gen-places.py), after every hand-written name is
  // in the trie: a hand-written row wins. A generated row whose id or label a
  // hand-written row already has is left out; its other names that something
  // else already bears are dropped.
  auto hand_written = static_cast<std::uint32_t>(entries_.size());
  for (const char* file : {"subdivisions.tsv", "cities.tsv"}) {
    if (!exists(file)) continue;
    TsvTable generated;
    if (!read_tsv(path(file), {"id", "label", "names", "adjectives", "kind", "located_in"}, generated, diagnostics))
      continue;
    entries_.reserve(entries_.size() + generated.rows.size());
    const PlaceColumns columns(generated);
    for (const auto& row : generated.rows) {
      GazetteerEntry e = place_entry(generated, columns, row);
      e.generated = true;
      if (e.label.empty()) {
        diagnostics.push_back(generated.error(row, "label", "empty label"));
        continue;
      }
      if (auto it = by_id_.find(e.id); it != by_id_.end()) {
        if (entries_[it->second].generated)
          diagnostics.push_back(generated.error(row, "id", "duplicate id '" + e.id + "'"));
        continue;
      }
      if (has_name(e.label)) continue;
      std::erase_if(e.names, [&](const std::string& n) { return n != e.label && has_name(n); });
      add_entry(std::move(e));
    }
  }
  add_names(hand_written);

  for (const auto& e : entries_)
    for (const auto* ref : {&e.part_of, &e.located_in}) {
      if (ref->empty() || by_id_.count(*ref)) continue;
      diagnostics.push_back(Diagnostic(e.file, e.line, 0, "'" + e.id + "' refers to unknown id '" + *ref + "'"));
    }
  keys_.clear();
  for (const auto& e : entries_) keys_.push_back(entity_key(e));
  // Words that start a title, or a name whose entry is (or refers to) a
  // person: the sentences without one teach no alias (see teaches()).
  std::vector<std::int8_t> involves(entries_.size(), -1);  // -1 unknown, 0 no, 1 yes, 2 being computed
  auto person = [&](auto&& self, std::uint32_t i) -> bool {
    if (involves[i] >= 0) return involves[i] == 1;
    involves[i] = 2;
    const auto& e = entries_[i];
    bool yes = e.type == EntityType::Person;
    for (const auto* ref : {&e.part_of, &e.located_in, &e.metonym_of})
      if (auto it = by_id_.find(*ref); !yes && !ref->empty() && it != by_id_.end() && involves[it->second] != 2)
        yes = self(self, it->second);
    involves[i] = yes ? 1 : 0;
    return yes;
  };
  freeze();
  teaching_start_.assign(root_.size(), 0);
  for (auto [word, what] : first_words_)
    if (what == kTitle || person(person, what)) teaching_start_[word] = 1;
  first_words_.clear();
  first_words_.shrink_to_fit();
  return !has_errors(std::vector<Diagnostic>(diagnostics.begin() + errors_before, diagnostics.end()));
}

}  // namespace sg::extract
