// The event types of the vocabulary: the concepts of sg:EventTypes in
// stancegraph.ttl. extract/ knows nothing of RDF, so this reads only what
// it needs of Turtle: statements, prefixes, IRIs, prefixed names and
// strings (to step over them), and finds every subject that has
// `skos:inScheme sg:EventTypes`.
#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "rules.h"

namespace sg::extract {
namespace {

constexpr std::string_view kSg = "https://w3id.org/stancegraph/ontology#";
constexpr std::string_view kInScheme = "http://www.w3.org/2004/02/skos/core#inScheme";

struct Term {
  std::string text;  // an IRI without brackets, a prefixed name, a keyword or punctuation
  bool iri = false;
  int line = 0;
};

class TurtleScanner {
 public:
  TurtleScanner(std::string_view text, std::string file, std::vector<Diagnostic>& out)
      : s_(text), file_(std::move(file)), out_(out) {}

  // The statements of the file, each a list of terms; false on a lexical error.
  bool statements(std::vector<std::vector<Term>>& out) {
    std::vector<Term> current;
    while (true) {
      skip_space();
      if (i_ >= s_.size()) break;
      char c = s_[i_];
      int line = line_;
      if (c == '<') {
        std::size_t close = s_.find('>', i_);
        if (close == std::string_view::npos) return fail(line, "an IRI without '>'");
        current.push_back({std::string(s_.substr(i_ + 1, close - i_ - 1)), true, line});
        i_ = close + 1;
      } else if (c == '"' || c == '\'') {
        if (!skip_string()) return fail(line, "a string without its closing quote");
        current.push_back({"\"", false, line});
      } else if (c == '.' && (i_ + 1 >= s_.size() || std::string_view(" \t\r\n#").find(s_[i_ + 1]) != std::string_view::npos)) {
        ++i_;
        if (!current.empty()) out.push_back(std::move(current));
        current.clear();
      } else if (c == ';' || c == ',' || c == '[' || c == ']' || c == '(' || c == ')') {
        current.push_back({std::string(1, c), false, line});
        ++i_;
      } else {
        std::size_t start = i_;
        while (i_ < s_.size() && std::string_view(" \t\r\n;,[]()<\"").find(s_[i_]) == std::string_view::npos) {
          // A final '.' ends the statement, not the name.
          if (s_[i_] == '.' && (i_ + 1 >= s_.size() || std::string_view(" \t\r\n#").find(s_[i_ + 1]) != std::string_view::npos))
            break;
          ++i_;
        }
        if (i_ == start) return fail(line, std::string("unexpected '") + c + "'");
        current.push_back({std::string(s_.substr(start, i_ - start)), false, line});
      }
    }
    if (!current.empty()) return fail(current.back().line, "the last statement has no final '.'");
    return true;
  }

 private:
  void skip_space() {
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '\n') ++line_;
      if (c == '#') {
        while (i_ < s_.size() && s_[i_] != '\n') ++i_;
        continue;
      }
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return;
      ++i_;
    }
  }
  bool skip_string() {
    char q = s_[i_];
    bool longq = s_.substr(i_, 3) == std::string(3, q);
    i_ += longq ? 3 : 1;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '\\') {
        i_ += 2;
        continue;
      }
      if (c == '\n') {
        if (!longq) return false;
        ++line_;
      }
      if (c == q && (!longq || s_.substr(i_, 3) == std::string(3, q))) {
        i_ += longq ? 3 : 1;
        // A language tag or datatype follows as a term of its own: "x"@en, "1"^^xsd:integer.
        while (i_ < s_.size() && s_[i_] != ' ' && s_[i_] != '\t' && s_[i_] != '\n' && s_[i_] != ';' &&
               s_[i_] != ',' && s_[i_] != '.' && s_[i_] != ']' && s_[i_] != ')') {
          if (s_[i_] == '<') {
            std::size_t close = s_.find('>', i_);
            if (close == std::string_view::npos) return false;
            i_ = close;
          }
          ++i_;
        }
        return true;
      }
      ++i_;
    }
    return false;
  }
  bool fail(int line, std::string message) {
    out_.push_back(Diagnostic(file_, line, 0, std::move(message)));
    return false;
  }

  std::string_view s_;
  std::string file_;
  std::vector<Diagnostic>& out_;
  std::size_t i_ = 0;
  int line_ = 1;
};

}  // namespace

bool read_event_types(const std::string& path, std::vector<std::string>& types, std::vector<Diagnostic>& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.push_back(Diagnostic(path, 0, 0, "cannot open the vocabulary (its sg:EventTypes are the event types rules may make)"));
    return false;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  std::vector<std::vector<Term>> statements;
  if (!TurtleScanner(text, path, out).statements(statements)) return false;
  std::map<std::string, std::string> prefixes;
  auto expand = [&](const Term& t) -> std::string {
    if (t.iri) return t.text;
    auto colon = t.text.find(':');
    if (colon == std::string::npos) return {};
    auto it = prefixes.find(t.text.substr(0, colon));
    return it == prefixes.end() ? std::string() : it->second + t.text.substr(colon + 1);
  };
  for (const auto& st : statements) {
    if ((st[0].text == "@prefix" || st[0].text == "PREFIX" || st[0].text == "prefix") && st.size() >= 3 && st[2].iri) {
      std::string name = st[1].text;
      if (!name.empty() && name.back() == ':') name.pop_back();
      prefixes[name] = st[2].text;
      continue;
    }
    std::string subject = expand(st[0]);
    if (!subject.starts_with(kSg)) continue;
    // A predicate is the first term of the statement's rest or the term after a ';'.
    bool in_scheme = false;
    for (std::size_t k = 1; k + 1 < st.size(); ++k) {
      bool predicate_place = k == 1 || st[k - 1].text == ";";
      if (predicate_place && expand(st[k]) == kInScheme) {
        for (std::size_t o = k + 1; o < st.size() && st[o].text != ";"; ++o)
          if (expand(st[o]) == std::string(kSg) + "EventTypes") in_scheme = true;
      }
    }
    std::string name = subject.substr(kSg.size());
    if (in_scheme && !name.empty() && std::find(types.begin(), types.end(), name) == types.end()) types.push_back(name);
  }
  if (types.empty()) {
    out.push_back(Diagnostic(path, 0, 0, "the vocabulary defines no event type (no subject has skos:inScheme sg:EventTypes)"));
    return false;
  }
  return true;
}

}  // namespace sg::extract
