// Parsing and compiling rule files.
#include "rules.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include "text.h"

namespace sg::extract {

// ---------------------------------------------------------------- lexicon

int Lexicon::find(const std::string& name) const {
  auto it = ids_.find(name);
  return it == ids_.end() ? -1 : it->second;
}

Lexicon::Lexicon() : vocabulary_(std::make_shared<Vocabulary>()) {}

std::vector<std::string> Lexicon::words_of(int word_class) const {
  std::vector<std::string> out;
  for (std::uint32_t id = 1; id < senses_.size(); ++id)
    if (in(id, word_class)) out.push_back(vocabulary_->word(id));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::vector<std::uint32_t>> Lexicon::ids_by_class() const {
  std::vector<std::vector<std::uint32_t>> ids(names_.size());
  for (std::uint32_t id = 1; id < senses_.size(); ++id)
    for (const auto& sense : senses_[id]) {
      // A word with several senses in one class (a verb's past and
      // participle) is listed once: ids come in order, so it is the last.
      auto& of_class = ids[sense.word_class];
      if (of_class.empty() || of_class.back() != id) of_class.push_back(id);
    }
  return ids;
}

std::vector<std::vector<std::string>> Lexicon::words_by_class() const {
  const auto ids = ids_by_class();
  std::vector<std::vector<std::string>> out(ids.size());
  for (std::size_t c = 0; c < ids.size(); ++c) {
    for (auto id : ids[c]) out[c].push_back(vocabulary_->word(id));
    std::sort(out[c].begin(), out[c].end());
  }
  return out;
}

const std::vector<WordSense>& Lexicon::senses(const std::string& word) const {
  return senses(vocabulary_->find(word));
}

bool Lexicon::in(const std::string& word, int word_class) const {
  return in(vocabulary_->find(word), word_class);
}

namespace {

bool vowel(char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; }

}  // namespace

std::vector<std::pair<std::string, VerbForm>> verb_forms(const Morphology* morphology,
                                                         const std::vector<std::string_view>& parts) {
  std::vector<std::pair<std::string, VerbForm>> out;
  std::string lemma = text::fold(parts[0]);
  std::optional<VerbForms> known;
  if (parts.size() == 1 && morphology) known = morphology->verb_forms(lemma);
  if (known) {
    out = {{known->base, VerbForm::Base},
           {known->third, VerbForm::ThirdPerson},
           {known->past, VerbForm::Past},
           {known->participle, VerbForm::Participle},
           {known->gerund, VerbForm::Gerund}};
    // The regular spelling beside the one WordNet lists, where English has
    // both: "burned" beside "burnt", "learned" beside "learnt".
    Inflection regular = inflect(lemma, "", "");
    if (known->past == lemma + "t" && regular.past != known->past) {
      out.emplace_back(regular.past, VerbForm::Past);
      out.emplace_back(regular.past, VerbForm::Participle);
    }
    for (const auto& [form, spelling] : known->variants) {
      VerbForm kind = form == WordForm::Past         ? VerbForm::Past
                      : form == WordForm::Participle ? VerbForm::Participle
                      : form == WordForm::ThirdPerson ? VerbForm::ThirdPerson
                      : form == WordForm::Gerund      ? VerbForm::Gerund
                                                      : VerbForm::Base;
      out.emplace_back(spelling, kind);
    }
    return out;
  }
  auto f = inflect(lemma, parts.size() > 1 ? text::fold(parts[1]) : "", parts.size() > 2 ? text::fold(parts[2]) : "");
  return {{f.base, VerbForm::Base},
          {f.third, VerbForm::ThirdPerson},
          {f.past, VerbForm::Past},
          {f.participle, VerbForm::Participle},
          {f.gerund, VerbForm::Gerund}};
}

Inflection inflect(const std::string& lemma, const std::string& past, const std::string& participle) {
  Inflection f;
  f.base = lemma;
  const std::size_t n = lemma.size();
  auto ends = [&](std::string_view s) { return n >= s.size() && lemma.compare(n - s.size(), s.size(), s) == 0; };
  bool consonant_y = n >= 2 && lemma[n - 1] == 'y' && !vowel(lemma[n - 2]);
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh") || ends("o")) f.third = lemma + "es";
  else if (consonant_y) f.third = lemma.substr(0, n - 1) + "ies";
  else f.third = lemma + "s";
  if (!past.empty()) f.past = past;
  else if (ends("e")) f.past = lemma + "d";
  else if (consonant_y) f.past = lemma.substr(0, n - 1) + "ied";
  else f.past = lemma + "ed";
  f.participle = participle.empty() ? f.past : participle;
  bool doubled = n >= 1 && f.past == lemma + lemma.back() + "ed";
  if (doubled) f.gerund = lemma + lemma.back() + "ing";
  else if (ends("ie")) f.gerund = lemma.substr(0, n - 2) + "ying";
  else if (ends("e") && !ends("ee") && !ends("ye") && !ends("oe") && n > 2) f.gerund = lemma.substr(0, n - 1) + "ing";
  else f.gerund = lemma + "ing";
  return f;
}

void Lexicon::add_sense(std::uint32_t word, WordSense sense) {
  if (senses_.size() <= word) senses_.resize(word + 1);
  auto& senses = senses_[word];
  for (const auto& existing : senses)
    if (existing.word_class == sense.word_class && existing.form == sense.form) return;
  senses.push_back(sense);
  // The bits: laid out again, wider, when a class past the stride comes.
  std::size_t stride = std::max(stride_, (std::size_t{sense.word_class} + 64) / 64);
  if (stride != stride_) {
    std::vector<std::uint64_t> wider(senses_.size() * stride, 0);
    for (std::size_t w = 0; w < member_.size() / stride_; ++w)
      for (std::size_t k = 0; k < stride_; ++k) wider[w * stride + k] = member_[w * stride_ + k];
    member_.swap(wider);
    stride_ = stride;
  }
  if (member_.size() < senses_.size() * stride_) member_.resize(senses_.size() * stride_, 0);
  member_[word * stride_ + sense.word_class / 64] |= std::uint64_t{1} << (sense.word_class % 64);
}

bool Lexicon::parse_line(const std::string& file, int line, const std::string& raw, std::vector<Diagnostic>& out) {
  auto fail = [&](int column, std::string message) {
    out.push_back(Diagnostic(file, line, column, std::move(message)));
    return false;
  };
  std::string_view body = raw;
  auto eq = body.find('=');
  bool continuation = !raw.empty() && (raw[0] == ' ' || raw[0] == '\t');
  int class_id;
  std::size_t items_at;
  if (!continuation) {
    if (eq == std::string_view::npos) return fail(1, "expected 'NAME = words...'");
    std::string name(text::trim(body.substr(0, eq)));
    if (name.empty() || !std::all_of(name.begin(), name.end(), [](char c) {
          return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }))
      return fail(1, "a class name is written in capitals, digits and '_': '" + name + "'");
    if (ids_.count(name)) return fail(1, "class " + name + " is defined twice");
    class_id = static_cast<int>(names_.size());
    ids_[name] = class_id;
    names_.push_back(name);
    items_at = eq + 1;
  } else {
    if (names_.empty()) return fail(1, "continuation line before any class");
    class_id = static_cast<int>(names_.size()) - 1;
    items_at = 0;
  }
  std::size_t i = items_at;
  bool ok = true;
  while (i < body.size()) {
    while (i < body.size() && (body[i] == ' ' || body[i] == '\t')) ++i;
    if (i >= body.size() || body[i] == '#') break;
    std::size_t start = i;
    while (i < body.size() && body[i] != ' ' && body[i] != '\t') ++i;
    std::string item(body.substr(start, i - start));
    int column = static_cast<int>(start) + 1;
    auto add = [&](const std::string& w, VerbForm form) {
      add_sense(vocabulary_->add(text::fold(w)), WordSense{static_cast<std::uint16_t>(class_id), form});
    };
    if (item[0] == '~') {
      auto parts = text::split(std::string_view(item).substr(1), "/");
      if (parts[0].empty() || parts.size() > 3) {
        ok = fail(column, "expected ~lemma, ~lemma/past or ~lemma/past/participle: '" + item + "'");
        continue;
      }
      for (const auto& [form, kind] : verb_forms(morphology_, parts)) add(form, kind);
    } else if (auto eq_at = item.find('='); eq_at != std::string::npos && eq_at > 0) {
      // "one=1": a number word and its value.
      std::string_view digits = std::string_view(item).substr(eq_at + 1);
      long long value = 0;
      bool number = !digits.empty() && digits.size() <= 15;
      for (char c : digits) {
        number &= c >= '0' && c <= '9';
        value = value * 10 + (c - '0');
      }
      if (!number) {
        ok = fail(column, "expected word=number: '" + item + "'");
        continue;
      }
      std::string w = text::fold(item.substr(0, eq_at));
      add(w, VerbForm::Other);
      values_[vocabulary_->find(w)] = value;
    } else {
      add(item, VerbForm::Other);
    }
  }
  return ok;
}

// ---------------------------------------------------------------- patterns

namespace {

const std::set<std::string>& capture_names() {
  static const std::set<std::string> names = {"actor", "target", "place", "topic", "date",
                                              "speaker", "verb", "quantity"};
  return names;
}

const std::set<std::string>& entity_types() {
  static const std::set<std::string> types = {"Actor", "State", "Organization", "ArmedForce",
                                              "Person", "Place", "ActorGroup"};
  return types;
}


struct PatternToken {
  std::string text;
  int column = 0;
};

std::vector<PatternToken> lex_pattern(std::string_view s, int column0) {
  std::vector<PatternToken> out;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    int column = column0 + static_cast<int>(i);
    if (c == '(' || c == ')' || c == '|' || c == '?' || c == '*' || c == '+' || c == ',') {
      out.push_back({std::string(1, c), column});
      ++i;
      continue;
    }
    if (s.substr(i, 3) == "...") {
      out.push_back({"...", column});
      i += 3;
      continue;
    }
    std::size_t start = i;
    while (i < s.size() && std::string_view(" \t()|?*+,").find(s[i]) == std::string_view::npos) {
      if (s[i] == ':' ) {
        ++i;
        break;  // "actor:" ends here; the atom follows
      }
      ++i;
    }
    out.push_back({std::string(s.substr(start, i - start)), column});
  }
  return out;
}

class PatternParser {
 public:
  PatternParser(const std::vector<PatternToken>& tokens, const Lexicon& lexicon, Vocabulary& vocabulary,
                const std::string& file, int line, std::vector<Diagnostic>& out)
      : t_(tokens), lexicon_(lexicon), vocabulary_(vocabulary), file_(file), line_(line), out_(out) {}

  bool parse(PatternNode& root) {
    root = alternation();
    if (ok_ && pos_ < t_.size()) error(t_[pos_].column, "unexpected '" + t_[pos_].text + "'");
    return ok_;
  }

 private:
  void error(int column, std::string message) {
    if (!ok_) return;  // one message per pattern: the first is the useful one
    out_.push_back(Diagnostic(file_, line_, column, std::move(message)));
    ok_ = false;
  }
  bool at(const char* s) const { return pos_ < t_.size() && t_[pos_].text == s; }

  PatternNode alternation() {
    PatternNode first = sequence();
    if (!at("|")) return first;
    PatternNode alt;
    alt.kind = PatternNode::Kind::Alternation;
    alt.column = first.column;
    alt.children.push_back(std::move(first));
    while (ok_ && at("|")) {
      ++pos_;
      alt.children.push_back(sequence());
    }
    return alt;
  }

  PatternNode sequence() {
    PatternNode seq;
    seq.kind = PatternNode::Kind::Sequence;
    seq.column = pos_ < t_.size() ? t_[pos_].column : 0;
    while (ok_ && pos_ < t_.size() && !at("|") && !at(")")) seq.children.push_back(element());
    if (seq.children.empty() && ok_) error(seq.column, "empty pattern");
    return seq;
  }

  PatternNode element() {
    const PatternToken& tok = t_[pos_];
    std::string capture;
    if (tok.text.size() > 1 && tok.text.back() == ':') {
      capture = tok.text.substr(0, tok.text.size() - 1);
      if (!capture_names().count(capture))
        error(tok.column, "unknown capture '" + capture + "' (use actor, target, place, topic, date, speaker, verb or quantity)");
      ++pos_;
      if (pos_ >= t_.size()) {
        error(tok.column, "capture '" + capture + ":' needs an element after it");
        return {};
      }
    }
    PatternNode node = atom();
    node.capture = capture;
    if (pos_ < t_.size() && (at("?") || at("*") || at("+"))) {
      node.quantifier = t_[pos_].text[0];
      ++pos_;
    }
    return node;
  }

  PatternNode atom() {
    const PatternToken& tok = t_[pos_++];
    PatternNode n;
    n.column = tok.column;
    const std::string& s = tok.text;
    if (s == "(") {
      n = alternation();
      n.column = tok.column;
      if (!at(")")) error(tok.column, "'(' without matching ')'");
      else ++pos_;
      if (n.kind != PatternNode::Kind::Alternation && n.kind != PatternNode::Kind::Sequence) {
        PatternNode wrap;
        wrap.kind = PatternNode::Kind::Sequence;
        wrap.column = tok.column;
        wrap.children.push_back(std::move(n));
        return wrap;
      }
      return n;
    }
    if (s == ")" || s == "|" || s == "?" || s == "*" || s == "+") {
      error(tok.column, "unexpected '" + s + "'");
      return n;
    }
    if (s == "...") { n.kind = PatternNode::Kind::Gap; return n; }
    if (s == "VG") { n.kind = PatternNode::Kind::VerbGroup; return n; }
    if (s == "NEG") { n.kind = PatternNode::Kind::Neg; return n; }
    if (s == "REST") { n.kind = PatternNode::Kind::Rest; return n; }
    if (s == "CONTENT") { n.kind = PatternNode::Kind::Content; return n; }
    if (s[0] == '~') {
      // "~reject": the verb in every form, as a lexicon class writes it.
      auto parts = text::split(std::string_view(s).substr(1), "/");
      if (parts[0].empty() || parts.size() > 3) {
        error(tok.column, "expected ~lemma, ~lemma/past or ~lemma/past/participle: '" + s + "'");
        return n;
      }
      n.kind = PatternNode::Kind::Lemma;
      auto forms = verb_forms(lexicon_.morphology(), parts);
      n.word = forms.front().first;
      for (const auto& [form, kind] : forms) {
        n.form_ids.push_back(vocabulary_.add(form));
        n.forms.push_back(kind);
      }
      return n;
    }
    if (s[0] == '$') {
      n.kind = PatternNode::Kind::Class;
      n.word_class = lexicon_.find(s.substr(1));
      if (n.word_class < 0) error(tok.column, "unknown word class '" + s + "' (define it in lexicon.txt)");
      return n;
    }
    if (s[0] == '@') {
      std::string type = s.substr(1);
      if (type == "Date") { n.kind = PatternNode::Kind::Date; return n; }
      if (type == "Number") { n.kind = PatternNode::Kind::Number; return n; }
      if (!entity_types().count(type))
        error(tok.column, "unknown entity type '" + s +
                              "' (use @Actor, @State, @Organization, @ArmedForce, @Person, @Place, @ActorGroup, @Date or @Number)");
      n.kind = PatternNode::Kind::Entity;
      using F = PatternNode::Fits;
      if (type == "Actor") n.fits = F::Actor;
      else if (type == "State") n.fits = F::State;
      else if (type == "Organization") n.fits = F::Organization;
      else if (type == "Place") n.fits = F::Place;
      else if (auto t = parse_entity_type(type)) {
        n.fits = F::Type;
        n.fits_type = *t;
      }
      return n;
    }
    if (s.find(':') != std::string::npos) {
      error(tok.column, "':' may only follow a capture name");
      return n;
    }
    n.kind = PatternNode::Kind::Word;
    n.word = text::fold(s);
    n.word_id = vocabulary_.add(n.word);
    return n;
  }

  const std::vector<PatternToken>& t_;
  const Lexicon& lexicon_;
  Vocabulary& vocabulary_;
  const std::string& file_;
  int line_;
  std::vector<Diagnostic>& out_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

bool contains(const PatternNode& n, PatternNode::Kind kind) {
  if (n.kind == kind) return true;
  for (const auto& c : n.children)
    if (contains(c, kind)) return true;
  return false;
}

bool has_capture(const PatternNode& n, const std::string& capture) {
  if (n.capture == capture) return true;
  for (const auto& c : n.children)
    if (has_capture(c, capture)) return true;
  return false;
}

// Words one of which must occur for `n` to match, or nullopt when there
// is no such set (an entity, a gap, an optional element). A sequence takes
// the smallest set among its mandatory elements.
std::optional<std::vector<std::string>> required_words(
    const PatternNode& n, const std::unordered_map<int, std::vector<std::string>>& class_words,
    const Vocabulary& vocabulary) {
  if (n.quantifier == '?' || n.quantifier == '*') return std::nullopt;
  switch (n.kind) {
    case PatternNode::Kind::Word:
      return std::vector<std::string>{n.word};
    case PatternNode::Kind::Lemma: {
      std::vector<std::string> forms;
      for (auto id : n.form_ids) forms.push_back(vocabulary.word(id));
      std::sort(forms.begin(), forms.end());
      forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
      return forms;
    }
    case PatternNode::Kind::Class: {
      auto it = class_words.find(n.word_class);
      if (it == class_words.end() || it->second.empty()) return std::nullopt;
      return it->second;
    }
    case PatternNode::Kind::Alternation: {
      std::vector<std::string> all;
      for (const auto& c : n.children) {
        auto words = required_words(c, class_words, vocabulary);
        if (!words) return std::nullopt;
        all.insert(all.end(), words->begin(), words->end());
      }
      std::sort(all.begin(), all.end());
      all.erase(std::unique(all.begin(), all.end()), all.end());
      return all;
    }
    case PatternNode::Kind::Sequence: {
      std::optional<std::vector<std::string>> best;
      for (const auto& c : n.children) {
        auto words = required_words(c, class_words, vocabulary);
        if (words && (!best || words->size() < best->size())) best = std::move(words);
      }
      return best;
    }
    default:
      return std::nullopt;
  }
}

void collect_requirements(const PatternNode& n, std::vector<Requirement>& out);

// What one element of a pattern asks of the items it matches, when it asks
// something of every match: a literal, a lemma's forms, a class, or an
// alternation each of whose branches asks something (any branch will do,
// so their words and classes together).
std::optional<Requirement> requirement_of(const PatternNode& n) {
  if (n.quantifier == '?' || n.quantifier == '*') return std::nullopt;
  Requirement r;
  switch (n.kind) {
    case PatternNode::Kind::Word:
      r.words.push_back(n.word_id);
      return r;
    case PatternNode::Kind::Lemma:
      r.words = n.form_ids;
      std::sort(r.words.begin(), r.words.end());
      r.words.erase(std::unique(r.words.begin(), r.words.end()), r.words.end());
      return r;
    case PatternNode::Kind::Class:
      r.classes.push_back(n.word_class);
      return r;
    case PatternNode::Kind::Alternation:
      for (const auto& c : n.children) {
        // A branch that is a sequence ("saying that") asks at least what its
        // first required element asks.
        std::vector<Requirement> of_branch;
        collect_requirements(c, of_branch);
        if (of_branch.empty()) return std::nullopt;
        const auto& first = of_branch.front();
        r.words.insert(r.words.end(), first.words.begin(), first.words.end());
        r.classes.insert(r.classes.end(), first.classes.begin(), first.classes.end());
      }
      std::sort(r.words.begin(), r.words.end());
      r.words.erase(std::unique(r.words.begin(), r.words.end()), r.words.end());
      std::sort(r.classes.begin(), r.classes.end());
      r.classes.erase(std::unique(r.classes.begin(), r.classes.end()), r.classes.end());
      return r;
    default:
      return std::nullopt;
  }
}

// Every requirement of a pattern: a sequence's are those of each element
// that may not be left out.
void collect_requirements(const PatternNode& n, std::vector<Requirement>& out) {
  if (n.quantifier == '?' || n.quantifier == '*') return;
  if (n.kind == PatternNode::Kind::Sequence) {
    for (const auto& c : n.children) collect_requirements(c, out);
    return;
  }
  if (auto r = requirement_of(n)) out.push_back(std::move(*r));
}

}  // namespace

// ---------------------------------------------------------------- files

namespace {

bool read_lines(const std::string& path, std::vector<std::string>& lines, std::vector<Diagnostic>& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.push_back(Diagnostic(path, 0, 0, "cannot open file"));
    return false;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string content = buffer.str();
  if (!text::is_valid_utf8(content)) {
    out.push_back(Diagnostic(path, 0, 0, "invalid UTF-8"));
    return false;
  }
  std::string line;
  std::istringstream stream(content);
  while (std::getline(stream, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return true;
}

bool is_option(const std::string& key) {
  return key == "base-form-is-noun" || key == "named-members" || key == "content-modality" || key == "act-modality" ||
         key == "targets-act" || key == "that-target" || key == "presupposes" || key == "claimed-act";
}

// Sets one option (docs/rules.md, "Options"); the error, or "".
std::string set_option(RuleOptions& options, const std::string& key, std::string_view value) {
  auto yes_no = [&](bool& flag) -> std::string {
    if (value == "yes") flag = true;
    else if (value == "no") flag = false;
    else return key + " takes yes or no, not '" + std::string(value) + "'";
    return {};
  };
  if (key == "base-form-is-noun") return yes_no(options.base_form_is_noun);
  if (key == "named-members") return yes_no(options.named_members);
  if (key == "targets-act") return yes_no(options.targets_act);
  if (key == "that-target") return yes_no(options.that_target);
  if (key == "presupposes") return yes_no(options.presupposes);
  if (key == "claimed-act") return yes_no(options.claimed_act);
  if (key == "content-modality") {
    if (value == "planned") options.content_modality = Modality::Planned;
    else if (value == "hypothetical") options.content_modality = Modality::Hypothetical;
    else return "content-modality takes planned or hypothetical, not '" + std::string(value) + "'";
    return {};
  }
  if (key == "act-modality") {
    if (value == "planned") options.act_modality = Modality::Planned;
    else if (value == "hypothetical") options.act_modality = Modality::Hypothetical;
    else if (value == "none") options.act_modality = Modality::None;
    else return "act-modality takes planned, hypothetical or none, not '" + std::string(value) + "'";
    return {};
  }
  return "unknown option '" + key +
         "' (use base-form-is-noun, named-members, content-modality, act-modality, targets-act, that-target, presupposes or "
         "claimed-act)";
}

void parse_rule_file(const std::string& path, RuleSet& rules, std::vector<Diagnostic>& out) {
  std::vector<std::string> lines;
  if (!read_lines(path, lines, out)) return;
  auto fail = [&](int line, int column, std::string message) {
    out.push_back(Diagnostic(path, line, column, std::move(message)));
  };
  std::optional<Rule> current;
  bool current_ok = true;
  // The options of the rules that follow, as the last `defaults` block set them.
  RuleOptions defaults;
  bool in_defaults = false;
  auto finish = [&]() {
    if (!current) return;
    Rule& r = *current;
    bool has_pattern = !r.pattern.children.empty() || r.pattern.kind != PatternNode::Kind::Sequence;
    if (r.lexicon) {
      if (has_pattern) {
        fail(r.line, 1, r.id + ": a lexicon rule has no 'match' line");
        current_ok = false;
      }
    } else if (!has_pattern) {
      fail(r.line, 1, r.id + ": no 'match' line");
      current_ok = false;
    } else if (r.kind == Rule::Kind::Event) {
      if (r.event_type.empty()) { fail(r.line, 1, r.id + ": no 'event' line"); current_ok = false; }
      if (!has_capture(r.pattern, "actor")) { fail(r.line, 1, r.id + ": the pattern captures no actor"); current_ok = false; }
      if (contains(r.pattern, PatternNode::Kind::Content)) { fail(r.line, 1, r.id + ": CONTENT belongs in frames"); current_ok = false; }
    } else {
      if (!has_capture(r.pattern, "speaker")) { fail(r.line, 1, r.id + ": a frame must capture a speaker"); current_ok = false; }
      const auto& top = r.pattern.children;
      bool last = r.pattern.kind == PatternNode::Kind::Sequence && !top.empty() &&
                  top.back().kind == PatternNode::Kind::Content;
      bool first = r.pattern.kind == PatternNode::Kind::Sequence && !top.empty() &&
                   top.front().kind == PatternNode::Kind::Content;
      if (!last && !first) { fail(r.line, 1, r.id + ": a frame's pattern must start or end with CONTENT"); current_ok = false; }
      r.content_first = first;
      if (first) {
        r.content_tail.kind = PatternNode::Kind::Sequence;
        r.content_tail.children.assign(top.begin() + 1, top.end());
      }
    }
    if (current_ok) {
      auto& list = r.kind == Rule::Kind::Event ? rules.events : rules.frames;
      r.order = list.size();
      list.push_back(std::move(r));
    }
    current.reset();
    current_ok = true;
  };
  std::set<std::string> ids;
  for (const auto& r : rules.events) ids.insert(r.id);
  for (const auto& r : rules.frames) ids.insert(r.id);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& raw = lines[i];
    int line = static_cast<int>(i) + 1;
    std::string_view t = text::trim(raw);
    if (t.empty() || t[0] == '#') continue;
    bool indented = raw[0] == ' ' || raw[0] == '\t';
    std::size_t indent = raw.find_first_not_of(" \t");
    std::string_view rest = t;
    std::string key(rest.substr(0, rest.find_first_of(" \t")));
    std::string_view value = key.size() < rest.size() ? text::trim(rest.substr(key.size())) : std::string_view();
    int value_column = static_cast<int>(indent + (value.empty() ? key.size() : rest.find(value))) + 1;
    if (!indented) {
      finish();
      in_defaults = key == "defaults";
      if (in_defaults) {
        if (!value.empty()) fail(line, value_column, "'defaults' takes no id");
        continue;
      }
      if (key != "rule" && key != "frame") {
        fail(line, 1, "expected 'rule ID', 'frame ID' or 'defaults' at the start of a line, found '" + key + "'");
        continue;
      }
      if (value.empty()) {
        fail(line, 1, "'" + key + "' needs an id");
        continue;
      }
      current.emplace();
      current->options = defaults;
      current->kind = key == "rule" ? Rule::Kind::Event : Rule::Kind::Frame;
      current->id = std::string(value);
      current->file = path;
      current->line = line;
      current->pattern.children.clear();
      if (!ids.insert(current->id).second) {
        fail(line, static_cast<int>(key.size()) + 2, "rule id '" + current->id + "' is used twice");
        current_ok = false;
      }
      continue;
    }
    if (in_defaults || (current && is_option(key))) {
      RuleOptions& options = in_defaults ? defaults : current->options;
      if (auto error = set_option(options, key, value); !error.empty()) {
        fail(line, error.starts_with("unknown option") ? static_cast<int>(indent) + 1 : value_column, error);
        if (current) current_ok = false;
      }
      continue;
    }
    if (!current) {
      fail(line, static_cast<int>(indent) + 1, "indented line outside a rule");
      continue;
    }
    if (key == "lexicon") {
      if (current->kind == Rule::Kind::Frame) { fail(line, value_column, "frames make no event"); current_ok = false; continue; }
      if (!rules.event_types.empty() &&
          std::find(rules.event_types.begin(), rules.event_types.end(), value) == rules.event_types.end()) {
        fail(line, value_column, "unknown event type '" + std::string(value) + "'");
        current_ok = false;
        continue;
      }
      current->lexicon = true;
      current->event_type = std::string(value);
      continue;
    }
    if (key == "event") {
      if (current->kind == Rule::Kind::Frame) { fail(line, value_column, "frames make no event"); current_ok = false; continue; }
      // (Without a vocabulary, its one error says so, not every rule.)
      if (!rules.event_types.empty() &&
          std::find(rules.event_types.begin(), rules.event_types.end(), value) == rules.event_types.end()) {
        std::string known;
        for (const auto& type : rules.event_types) known += (known.empty() ? "" : ", ") + type;
        fail(line, value_column, "unknown event type '" + std::string(value) + "' (" + known + ")");
        current_ok = false;
        continue;
      }
      current->event_type = std::string(value);
    } else if (key == "match") {
      auto tokens = lex_pattern(value, value_column);
      PatternParser parser(tokens, rules.lexicon, rules.lexicon.vocabulary(), path, line, out);
      if (!parser.parse(current->pattern)) current_ok = false;
      if (current->pattern.kind != PatternNode::Kind::Sequence) {
        PatternNode wrap;
        wrap.kind = PatternNode::Kind::Sequence;
        wrap.children.push_back(std::move(current->pattern));
        current->pattern = std::move(wrap);
      }
    } else if (key == "keep-future") {
      current->keep_future = true;
    } else if (key == "keep-modal") {
      current->keep_future = true;
      current->keep_hypothetical = true;
    } else if (key == "obligation" || key == "act") {
      // A frame's event types: what an obligation in its content makes,
      // and the speaker's own act.
      const bool obligation = key == "obligation";
      if (current->kind != Rule::Kind::Frame) {
        fail(line, static_cast<int>(indent) + 1,
             obligation ? "only a frame reads an obligation in its content"
                        : "only a frame has an act of its speaker (an event rule has `event`)");
        current_ok = false;
        continue;
      }
      if (!rules.event_types.empty() &&
          std::find(rules.event_types.begin(), rules.event_types.end(), value) == rules.event_types.end()) {
        fail(line, value_column, "unknown event type '" + std::string(value) + "'");
        current_ok = false;
        continue;
      }
      (obligation ? current->obligation_event : current->act) = std::string(value);
    } else if (key == "negates") {
      if (current->kind != Rule::Kind::Frame) {
        fail(line, static_cast<int>(indent) + 1, "only a frame can negate its content");
        current_ok = false;
        continue;
      }
      current->negates = true;
    } else if (key == "places-in-match") {
      current->places_in_match = true;
    } else {
      fail(line, static_cast<int>(indent) + 1,
           "unknown key '" + key + "' (use event, match, lexicon, keep-future, keep-modal, places-in-match, negates, obligation, "
           "base-form-is-noun, named-members, content-modality, act-modality, targets-act, that-target, presupposes or "
           "claimed-act)");
      current_ok = false;
    }
  }
  finish();
}

}  // namespace

std::string vocabulary_of(const std::string& dir, const std::string& fallback) {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (const fs::path& p : {fs::path(dir) / "stancegraph.ttl", fs::path(dir) / ".." / "stancegraph.ttl"})
    if (fs::is_regular_file(p, ec)) return p.lexically_normal().string();
  if (!fallback.empty() && fs::is_regular_file(fallback, ec)) return fallback;
  return {};
}

bool load_rules(const std::string& dir, RuleSet& rules, std::vector<Diagnostic>& diagnostics,
                const std::string& fallback_vocabulary) {
  namespace fs = std::filesystem;
  std::size_t before = diagnostics.size();
  if (rules.event_types.empty()) {
    std::string vocabulary = vocabulary_of(dir, fallback_vocabulary);
    if (vocabulary.empty()) {
      diagnostics.push_back(Diagnostic(dir, 0, 0, "no vocabulary: the event types are read from stancegraph.ttl in the rule directory or beside it"));
    } else {
      read_event_types(vocabulary, rules.event_types, diagnostics);
    }
  }
  // English word forms (WordNet) first: the lexicon's and the patterns'
  // ~lemma take a verb's irregular forms from them ("~begin" gives "began"
  // and "begun").
  if (fs::exists(fs::path(dir) / Morphology::kLemmaFile)) rules.morphology.load(dir, diagnostics);
  if (rules.morphology.lemma_count()) rules.lexicon.use(&rules.morphology);
  std::string lexicon_path = (fs::path(dir) / "lexicon.txt").string();
  std::vector<std::string> lines;
  if (read_lines(lexicon_path, lines, diagnostics)) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      std::string_view t = text::trim(lines[i]);
      if (t.empty() || t[0] == '#') continue;
      rules.lexicon.parse_line(lexicon_path, static_cast<int>(i) + 1, lines[i], diagnostics);
    }
  }
  auto& b = rules.builtin;
  struct Need { int* slot; const char* name; } needs[] = {
      {&b.aux, "AUX"}, {&b.neg, "NEG"}, {&b.modal_hypothetical, "MODAL_HYPOTHETICAL"},
      {&b.modal_future, "MODAL_FUTURE"}, {&b.plan, "PLAN"}, {&b.aspect, "ASPECT"}, {&b.adverb, "ADVERB"},
      {&b.not_adverb, "NOT_ADVERB"}, {&b.locative, "LOCATIVE"}, {&b.direction, "DIRECTION"},
      {&b.place_suffix, "PLACE_SUFFIX"}, {&b.place_suffix_mod, "PLACE_SUFFIX_MOD"},
      {&b.group_noun, "GROUP_NOUN"}, {&b.group_state, "GROUP_STATE"}, {&b.group_person, "GROUP_PERSON"},
      {&b.group_mod, "GROUP_MOD"}, {&b.stop, "STOP"}, {&b.conditional, "CONDITIONAL"},
      {&b.temporal, "TEMPORAL"}, {&b.particle, "NAME_PARTICLE"}, {&b.number_word, "NUMBER_WORD"},
      {&b.determiner, "DETERMINER"}, {&b.coordinator, "COORDINATOR"}, {&b.former, "FORMER"},
      {&b.preposition, "PREPOSITION"}, {&b.pronoun, "PERSON_PRONOUN"}, {&b.place_verb, "PLACE_VERB"},
      {&b.member_noun, "MEMBER_NOUN"}, {&b.group_domain, "GROUP_DOMAIN"}, {&b.fail, "FAIL"},
      {&b.org_head, "ORG_HEAD"}, {&b.force_head, "FORCE_HEAD"}, {&b.org_head_stop, "NOT_IN_NAME"},
      {&b.speech_verb, "SAY"}, {&b.group_origin, "GROUP_ORIGIN"}, {&b.actor_pronoun, "ACTOR_PRONOUN"},
      {&b.refer_state, "REFER_STATE"}, {&b.refer_force, "REFER_FORCE"}, {&b.refer_org, "REFER_ORG"}, {&b.refer_bloc, "REFER_BLOC"}, {&b.refer_government, "REFER_GOVERNMENT"},
      {&b.place_noun, "PLACE_NOUN"}, {&b.lower_head, "LOWER_HEAD"}, {&b.owned_body_head, "OWNED_BODY_HEAD"}, {&b.place_head, "PLACE_HEAD"}, {&b.company_suffix, "COMPANY_SUFFIX"}, {&b.state_part, "STATE_PART"}, {&b.led, "LED"}, {&b.along, "ALONG"},
      {&b.obligation, "OBLIGATION"}, {&b.patient_light, "PATIENT_LIGHT"},
      {&b.force_mod, "FORCE_MOD"}, {&b.force_noun, "FORCE_NOUN"}, {&b.partitive, "PARTITIVE"},
      {&b.state_noun, "STATE_NOUN"}, {&b.quantifier, "QUANTIFIER"}, {&b.compass, "COMPASS"}, {&b.place_article, "PLACE_ARTICLE"},
      {&b.deny, "DENY"}, {&b.say_that, "SAY_THAT"}, {&b.medium, "MEDIUM"}, {&b.honorific, "HONORIFIC"},
      {&b.person_noun, "PERSON_NOUN"}, {&b.sponsored, "SPONSORED"}, {&b.fighters, "FIGHTERS"}, {&b.crowd, "CROWD"}, {&b.promised, "PROMISED"}, {&b.threatened, "THREATENED"}, {&b.ultimatum, "ULTIMATUM"}, {&b.demand_said, "DEMAND_SAID"},
      {&b.owner_stop, "OWNER_STOP"},
      {&b.fact_clause, "FACT_CLAUSE"},
      {&b.possessive_person, "POSSESSIVE_PERSON"}, {&b.org_noun, "ORG_NOUN"}, {&b.media_noun, "MEDIA_NOUN"},
      {&b.reported, "REPORTED"}, {&b.inference, "INFERENCE"}, {&b.route, "ROUTE"}, {&b.proposal_noun, "PROPOSAL_NOUN"}, {&b.possessive_actor, "POSSESSIVE_ACTOR"},
      {&b.refer_pair, "REFER_PAIR"}, {&b.time_phrase, "TIME_PHRASE"}, {&b.command, "COMMAND"}, {&b.permit, "PERMIT"},
      {&b.cause_to, "CAUSE_TO"}};
  if (!has_errors(diagnostics))
    for (auto& need : needs) {
      *need.slot = rules.lexicon.find(need.name);
      if (*need.slot < 0) {
        diagnostics.push_back(Diagnostic(lexicon_path, 0, 0, std::string("the engine needs word class ") + need.name + ", which is not defined"));
      }
    }
  // The classes read when the lexicon has them: none is an error.
  auto& d = rules.if_defined;
  for (auto& optional : std::initializer_list<Need>{
           {&d.regime_kind, "REGIME_KIND"}, {&d.body_noun, "BODY_NOUN"}, {&d.body_rank, "BODY_RANK"},
           {&d.based, "BASED"}, {&d.followers, "FOLLOWERS"}, {&d.membership, "MEMBERSHIP"},
           {&d.group_where, "GROUP_WHERE"}, {&d.group_stance, "GROUP_STANCE"}, {&d.crowd_noun, "CROWD_NOUN"},
           {&d.ethnic, "ETHNIC"}, {&d.weapon_noun, "WEAPON_NOUN"}, {&d.relation_noun, "RELATION_NOUN"},
           {&d.envoys, "ENVOYS"}, {&d.instrument, "INSTRUMENT"}, {&d.request, "REQUEST"}, {&d.purpose, "PURPOSE"},
           {&d.summon, "SUMMON"}, {&d.modifier, "MODIFIER"}, {&d.verb_particle, "VERB_PARTICLE"},
           {&d.offer, "OFFER"}, {&d.offered, "OFFERED"}, {&d.unacceptable, "UNACCEPTABLE"},
           {&d.refer_rulers, "REFER_RULERS"},
           {&d.removal, "REMOVAL"},
           {&d.rank, "RANK"}, {&d.body_part, "BODY_PART"},
           {&d.place_aimed, "PLACE_AIMED"}, {&d.place_aimed_home, "PLACE_AIMED_HOME"},
           {&d.place_aimed_at, "PLACE_AIMED_AT"}, {&d.place_apposition, "PLACE_APPOSITION"}, {&d.place_partner, "PLACE_PARTNER"},
           {&d.arrival, "ARRIVAL"}, {&d.wrapper, "WRAPPER"},
           {&d.give, "GIVE"}, {&d.recipient_verb, "RECIPIENT_VERB"}, {&d.aid_noun, "AID_NOUN"}, {&d.help, "HELP"},
           {&d.ultimatum_verb, "ULTIMATUM_VERB"}, {&d.aid_victim, "AID_VICTIM"}, {&d.aid_affected, "AID_AFFECTED"},
           {&d.retaliate, "RETALIATE"}, {&d.rejected_standing, "REJECTED_STANDING"}, {&d.mover, "MOVER"},
           {&d.rulers_act, "RULERS_ACT"}, {&d.duration, "DURATION"},
           {&d.talks_failed, "TALKS_FAILED"}, {&d.outbreak, "OUTBREAK"}, {&d.phrase_degree, "PHRASE_DEGREE"},
           {&d.loyal, "LOYAL"}, {&d.harmed, "HARMED"}, {&d.died, "DIED"},
           {&d.intent_noun, "INTENT_NOUN"}, {&d.intent_decided, "INTENT_DECIDED"}, {&d.presupposed_by, "PRESUPPOSED_BY"},
           {&d.promise_verb, "PROMISE_VERB"}, {&d.after_phrase, "AFTER_PHRASE"},
           {&d.wrongdoing, "WRONGDOING"}, {&d.failed_duty, "FAILED_DUTY"}, {&d.duty_verb, "DUTY_VERB"},
           {&d.let_fester, "LET_FESTER"}, {&d.consequence_noun, "CONSEQUENCE_NOUN"}, {&d.bear_harm, "BEAR_HARM"},
           {&d.speaker_act, "SPEAKER_ACT"}, {&d.signed_by, "SIGNED_BY"}, {&d.signers_for, "SIGNERS_FOR"}})
    *optional.slot = rules.lexicon.find(optional.name);
  std::string abbreviation_path = (fs::path(dir) / "abbreviations.txt").string();
  lines.clear();
  if (fs::exists(abbreviation_path) && read_lines(abbreviation_path, lines, diagnostics)) {
    for (const auto& l : lines) {
      std::string_view t = text::trim(l);
      if (t.empty() || t[0] == '#') continue;
      std::string a = text::fold(t);
      while (!a.empty() && a.back() == '.') a.pop_back();
      rules.abbreviations[a] = true;
    }
  }
  // The nouns that name an earlier act again: "NOUN = VERB VERB ...".
  std::string renamed_path = (fs::path(dir) / "renamed-acts.txt").string();
  lines.clear();
  if (fs::exists(renamed_path) && read_lines(renamed_path, lines, diagnostics)) {
    for (std::size_t n = 0; n < lines.size(); ++n) {
      std::string_view t = text::trim(lines[n]);
      if (t.empty() || t[0] == '#') continue;
      const std::size_t eq = t.find('=');
      const std::string noun = eq == std::string_view::npos ? "" : text::fold(text::trim(t.substr(0, eq)));
      std::vector<std::string> verbs;
      if (eq != std::string_view::npos) {
        std::istringstream words{std::string(t.substr(eq + 1))};
        for (std::string w; words >> w;) verbs.push_back(text::fold(w));
      }
      if (noun.empty() || noun.find(' ') != std::string::npos || verbs.empty()) {
        diagnostics.push_back(Diagnostic(renamed_path, static_cast<int>(n + 1), 1,
                                         "expected NOUN = VERB VERB ... (one noun, at least one verb)"));
        continue;
      }
      rules.renamed_acts.emplace_back(noun, std::move(verbs));
    }
  }
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ".rules") files.push_back(entry.path());
  if (ec) {
    diagnostics.push_back(Diagnostic(dir, 0, 0, "cannot list rule directory: " + ec.message()));
  }
  std::sort(files.begin(), files.end());
  if (files.empty() && !ec) {
    diagnostics.push_back(Diagnostic(dir, 0, 0, "no *.rules files"));
  }
  for (const auto& f : files) parse_rule_file(f.string(), rules, diagnostics);

  // The trigger lexicon, and the lexicon rule of each event type.
  std::string triggers_path = (fs::path(dir) / "triggers.tsv").string();
  if (fs::exists(triggers_path))
    rules.triggers.read(triggers_path, rules.event_types, rules.morphology.lemma_count() ? &rules.morphology : nullptr,
                        rules.lexicon.vocabulary(), diagnostics);
  for (std::uint32_t i = 0; i < rules.events.size(); ++i) {
    const Rule& r = rules.events[i];
    if (!r.lexicon) continue;
    if (!rules.lexicon_rules.emplace(r.event_type, i).second) {
      diagnostics.push_back(Diagnostic(r.file, r.line, 1, r.id + ": a second lexicon rule for " + r.event_type));
    }
  }
  // The trigger index: a rule is only tried on sentences holding one of
  // its anchor words, so matching does not grow with the number of rules.
  std::unordered_map<int, std::vector<std::string>> class_words;
  auto by_class = rules.lexicon.words_by_class();
  for (std::size_t c = 0; c < by_class.size(); ++c) class_words[static_cast<int>(c)] = std::move(by_class[c]);
  auto index = [&](std::vector<Rule>& list, auto& by_word, auto& unanchored) {
    for (std::uint32_t i = 0; i < list.size(); ++i) {
      list[i].anchors = required_words(list[i].pattern, class_words, rules.lexicon.vocabulary()).value_or(std::vector<std::string>{});
      if (list[i].lexicon) continue;  // read by the lexical reader, not matched
      std::vector<Requirement> required;
      collect_requirements(list[i].pattern, required);
      for (auto& need : required) {
        auto at = std::find(rules.requirements.begin(), rules.requirements.end(), need);
        if (at == rules.requirements.end()) at = rules.requirements.insert(at, std::move(need));
        list[i].requirements.push_back(static_cast<std::uint32_t>(at - rules.requirements.begin()));
      }
      if (list[i].anchors.empty()) unanchored.push_back(i);
      for (const auto& w : list[i].anchors) {
        std::uint32_t id = rules.lexicon.vocabulary().add(w);
        if (by_word.size() <= id) by_word.resize(id + 1);
        by_word[id].push_back(i);
      }
    }
  };
  index(rules.events, rules.event_index, rules.unanchored_events);
  index(rules.frames, rules.frame_index, rules.unanchored_frames);
  // The requirements each word meets, laid out flat by word id.
  const auto class_ids = rules.lexicon.ids_by_class();
  std::vector<std::pair<std::uint32_t, std::uint32_t>> word_requirement;  // (word, requirement)
  for (std::uint32_t r = 0; r < rules.requirements.size(); ++r) {
    for (auto w : rules.requirements[r].words) word_requirement.emplace_back(w, r);
    for (int c : rules.requirements[r].classes)
      for (auto w : class_ids[static_cast<std::size_t>(c)]) word_requirement.emplace_back(w, r);
  }
  std::sort(word_requirement.begin(), word_requirement.end());
  word_requirement.erase(std::unique(word_requirement.begin(), word_requirement.end()), word_requirement.end());
  const std::size_t words = word_requirement.empty() ? 0 : word_requirement.back().first + 1;
  rules.requirement_at.assign(words + 1, 0);
  for (const auto& [w, r] : word_requirement) ++rules.requirement_at[w + 1];
  for (std::size_t w = 0; w < words; ++w) rules.requirement_at[w + 1] += rules.requirement_at[w];
  for (const auto& [w, r] : word_requirement) rules.requirement_list.push_back(r);
  // The verb-group roles of each word, from the classes (all defined here
  // unless an error was reported above).
  const std::pair<int, std::uint8_t> roles[] = {
      {b.aux, RuleSet::kAux},       {b.modal_future, RuleSet::kModalFuture}, {b.modal_hypothetical, RuleSet::kModalHypothetical},
      {b.neg, RuleSet::kNeg},       {b.adverb, RuleSet::kAdverb},            {b.not_adverb, RuleSet::kNotAdverb}};
  std::size_t role_words = 1;  // (word 0 too: ids_by_class() starts at 1)
  for (const auto& [word_class, role] : roles)
    if (word_class >= 0 && !class_ids[static_cast<std::size_t>(word_class)].empty())
      role_words = std::max<std::size_t>(role_words, class_ids[static_cast<std::size_t>(word_class)].back() + 1);
  rules.verb_group_roles.assign(role_words, 0);
  for (const auto& [word_class, role] : roles) {
    if (word_class < 0) continue;
    for (auto w : class_ids[static_cast<std::size_t>(word_class)]) rules.verb_group_roles[w] |= role;
    if (rules.lexicon.in(std::uint32_t{0}, word_class)) rules.verb_group_roles[0] |= role;
  }
  return !has_errors(std::vector<Diagnostic>(diagnostics.begin() + before, diagnostics.end()));
}

}  // namespace sg::extract
