// Reading HTML pages: libxml2's HTML parser, then one pass over the DOM
// that renders the text the text reader reads. See html.h.
#include "html.h"

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstring>
#include <memory>
#include <mutex>

#include "reading.h"
#include "text.h"

namespace sg::extract {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && lower(s.substr(0, prefix.size())) == prefix;
}

bool is_http(std::string_view url) { return starts_with_ci(url, "http://") || starts_with_ci(url, "https://"); }

// "2025-09-04", or a timestamp that starts with it.
std::optional<Date> date_prefix(std::string_view s) {
  s = text::trim(s);
  if (s.size() < 10 || (s.size() > 10 && s[10] != 'T' && s[10] != ' ')) return std::nullopt;
  return parse_iso_date(s.substr(0, 10));
}

// The charset an XHTML page's <?xml encoding?> or a <meta> in the first
// 1024 bytes declares (where the HTML standard's prescan looks),
// lower-cased; empty when none.
std::string declared_charset(std::string_view bytes) {
  std::string head = lower(bytes.substr(0, 1024));
  for (auto [tag_name, key] : {std::pair<std::string_view, std::string_view>{"<?xml", "encoding"}, {"<meta", "charset"}})
    for (std::size_t pos = head.find(key); pos != std::string::npos; pos = head.find(key, pos + key.size())) {
      auto tag = head.rfind('<', pos);
      if (tag == std::string::npos || head.compare(tag, tag_name.size(), tag_name) != 0 || head.find('>', tag) < pos)
        continue;
      std::size_t j = pos + key.size();
      while (j < head.size() && head[j] == ' ') ++j;
      if (j >= head.size() || head[j] != '=') continue;
      ++j;
      while (j < head.size() && (head[j] == ' ' || head[j] == '"' || head[j] == '\'')) ++j;
      std::size_t end = j;
      while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
                                   head[end] == '_' || head[end] == '.' || head[end] == ':'))
        ++end;
      if (end > j) return head.substr(j, end - j);
    }
  return {};
}

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct ContextFree {
  void operator()(htmlParserCtxt* ctxt) const { htmlFreeParserCtxt(ctxt); }
};

bool is_element(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

// An attribute's value ("" when absent). The HTML parser lower-cases
// element and attribute names.
std::string attribute(const xmlNode* n, const char* name) {
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), name) != 0) continue;
    std::string value;
    for (const xmlNode* c = a->children; c; c = c->next)
      if (c->content) value += reinterpret_cast<const char*>(c->content);
    return value;
  }
  return {};
}

bool has_attribute(const xmlNode* n, const char* name) {
  for (const xmlAttr* a = n->properties; a; a = a->next)
    if (std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0) return true;
  return false;
}

// Visits the subtree of `root` in document order without recursion (a
// page may nest elements a hundred thousand deep): enter(n) says whether
// to go into n's children; leave(n) follows every enter(n).
template <class Enter, class Leave>
void walk(xmlNode* root, Enter&& enter, Leave&& leave) {
  xmlNode* n = root;
  while (n) {
    if (enter(n) && n->children) {
      n = n->children;
      continue;
    }
    for (;;) {
      leave(n);
      if (n == root) return;
      if (n->next) {
        n = n->next;
        break;
      }
      n = n->parent;
    }
  }
}

bool is_block(const char* name);

// The text of a subtree, white space squeezed ("Zakha<b>rova</b>" is one
// word, "a<br>b" two). With a `limit`, nullopt as soon as the text or the
// number of nodes passes it: a marker is short, and a page may nest
// thousands of <sup> in each other.
std::optional<std::string> text_of(xmlNode* root, std::size_t limit = SIZE_MAX) {
  std::string s;
  std::size_t nodes = 0;
  bool over = false;
  walk(
      root,
      [&](xmlNode* n) {
        if (over || ++nodes > limit) {
          over = true;
          return false;
        }
        if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
          s += reinterpret_cast<const char*>(n->content);
          over = s.size() > limit;
        }
        if (n->type != XML_ELEMENT_NODE) return false;
        if (n != root && (is_element(n, "br") || is_block(reinterpret_cast<const char*>(n->name)))) s += ' ';
        return !is_element(n, "script") && !is_element(n, "style");
      },
      [](xmlNode*) {});
  if (over) return std::nullopt;
  return text::squeeze_space(s);
}

// "1", "[1]", "[12, 13]": a footnote marker's numbers; empty if it is not one.
std::vector<int> marker_numbers(std::string_view t) {
  t = text::trim(t);
  bool bracket = !t.empty() && t.front() == '[';
  if (bracket) {
    if (t.back() != ']') return {};
    t = t.substr(1, t.size() - 2);
  }
  std::vector<int> numbers;
  std::size_t i = 0;
  while (true) {
    while (i < t.size() && t[i] == ' ') ++i;
    std::size_t start = i;
    int n = 0;
    while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])) && i - start < 6) n = n * 10 + (t[i++] - '0');
    if (i == start) return {};
    numbers.push_back(n);
    while (i < t.size() && t[i] == ' ') ++i;
    if (i == t.size()) return numbers;
    if (t[i] != ',') return {};
    ++i;
  }
}

bool is_endnotes_name(std::string_view line) {
  std::string folded = text::fold(text::trim(line));
  while (!folded.empty() && (folded.back() == ':' || folded.back() == '.')) folded.pop_back();
  return folded == "endnotes" || folded == "notes" || folded == "sources" || folded == "references" ||
         folded == "footnotes";
}

// An element that holds the endnotes: class, id or role such as
// "footnotes", "wp-block-footnotes", "endnotes-section", "doc-endnotes";
// not "footnote-ref" or "has-footnotes", which mark the text around them.
bool names_endnotes(const xmlNode* n) {
  std::string words = lower(attribute(n, "class") + ' ' + attribute(n, "id") + ' ' + attribute(n, "role"));
  for (char& c : words)
    if (c == '-' || c == '_' || c == '\t' || c == '\n') c = ' ';
  bool named = false;
  for (auto w : text::split(words, " ")) {
    static const std::array<std::string_view, 5> yes = {"endnotes", "footnotes", "endnote", "footnote", "references"};
    static const std::array<std::string_view, 9> no = {"ref",  "reference", "backref", "link", "has",
                                                       "with", "tooltip",   "popup",   "marker"};
    if (std::find(no.begin(), no.end(), w) != no.end()) return false;
    named |= std::find(yes.begin(), yes.end(), w) != yes.end();
  }
  return named;
}

bool in(const char* name, std::initializer_list<const char*> names) {
  for (const char* x : names)
    if (std::strcmp(name, x) == 0) return true;
  return false;
}

// Elements whose content is never report text.
bool never_text(const char* name) {
  return in(name, {"script", "style", "noscript", "template", "head", "nav", "form", "button", "select", "textarea",
                   "iframe", "object", "embed", "svg", "math", "canvas", "audio", "video", "img", "input", "dialog"});
}

bool is_block(const char* name) {
  return in(name, {"p",      "div",     "section", "article",   "main",   "h1",    "h2",      "h3",
                   "h4",     "h5",      "h6",      "ul",        "ol",     "li",    "dl",      "dt",
                   "dd",     "table",   "thead",   "tbody",     "tfoot",  "tr",    "td",      "th",
                   "caption", "blockquote", "pre", "figure", "figcaption", "address", "header", "footer",
                   "aside", "details", "summary", "center", "hr", "body", "html"});
}

// Where the report's text is: the longest outermost <article> (inside the
// first <main> when there is one), else that <main>, else <body>.
struct Metadata {
  std::string title, og_title, canonical, og_url;
  std::optional<Date> meta_date;
  int meta_date_rank = 99;
  xmlNode* content = nullptr;
};

Metadata read_metadata(xmlNode* root) {
  Metadata m;
  bool title_seen = false;
  xmlNode* main = nullptr;
  xmlNode* body = nullptr;
  bool in_main = false;
  int hidden = 0;  // inside nav, aside, header, footer: not where the report is
  xmlNode* article = nullptr;
  std::size_t article_size = 0;
  struct Candidate {
    xmlNode* node;
    std::size_t size;
    bool in_main;
  };
  std::vector<Candidate> articles;
  auto elsewhere = [](const xmlNode* n) {
    return is_element(n, "nav") || is_element(n, "aside") || is_element(n, "header") || is_element(n, "footer");
  };
  walk(
      root,
      [&](xmlNode* n) {
        if (n->type == XML_TEXT_NODE && article && n->content)
          article_size += std::strlen(reinterpret_cast<const char*>(n->content));
        if (n->type != XML_ELEMENT_NODE) return false;
        const char* name = reinterpret_cast<const char*>(n->name);
        if (std::strcmp(name, "script") == 0 || std::strcmp(name, "style") == 0) return false;
        if (std::strcmp(name, "title") == 0 && !title_seen) {
          m.title = *text_of(n);
          title_seen = true;
        }
        if (std::strcmp(name, "meta") == 0) {
          std::string key = lower(attribute(n, "property"));
          if (key.empty()) key = lower(attribute(n, "name"));
          if (key.empty()) key = lower(attribute(n, "itemprop"));
          std::string content = attribute(n, "content");
          if (key == "og:title" && m.og_title.empty()) m.og_title = text::squeeze_space(content);
          if (key == "og:url" && m.og_url.empty() && is_http(content)) m.og_url = std::string(text::trim(content));
          static const std::array<std::string_view, 7> date_keys = {
              "article:published_time", "datepublished", "dcterms.date", "dc.date", "dc.date.issued",
              "dcterms.issued", "date"};
          auto it = std::find(date_keys.begin(), date_keys.end(), key);
          int rank = std::min<int>(static_cast<int>(it - date_keys.begin()), 3);
          if (it != date_keys.end() && rank < m.meta_date_rank)
            if (auto d = date_prefix(content)) {
              m.meta_date = d;
              m.meta_date_rank = rank;
            }
        }
        if (std::strcmp(name, "link") == 0 && m.canonical.empty() && lower(attribute(n, "rel")) == "canonical") {
          std::string href(text::trim(attribute(n, "href")));
          if (is_http(href)) m.canonical = href;
        }
        if (std::strcmp(name, "body") == 0 && !body) body = n;
        if (elsewhere(n)) ++hidden;
        if (!hidden && !main && (std::strcmp(name, "main") == 0 || lower(attribute(n, "role")) == "main")) {
          main = n;
          in_main = true;
        }
        if (!hidden && !article && std::strcmp(name, "article") == 0) {
          article = n;
          article_size = 0;
        }
        return true;
      },
      [&](xmlNode* n) {
        if (n->type != XML_ELEMENT_NODE) return;
        if (elsewhere(n)) --hidden;
        if (n == article) {
          articles.push_back({n, article_size, in_main});
          article = nullptr;
        }
        if (n == main) in_main = false;
      });
  // The longest article; inside <main> first. Ties go to the first.
  const Candidate* best = nullptr;
  for (const auto& c : articles)
    if (!best || std::make_pair(c.in_main, c.size) > std::make_pair(best->in_main, best->size)) best = &c;
  if (best && (best->in_main || !main)) m.content = best->node;
  else if (main) m.content = main;
  else if (body) m.content = body;
  else m.content = root;
  return m;
}

// Renders the content into lines. See html.h for what becomes what.
class Renderer {
 public:
  std::string out;
  std::string h1;
  bool h1_seen = false;
  std::optional<Date> time_date;

  void render(xmlNode* root) {
    walk(root, [this](xmlNode* n) { return enter(n); }, [this](xmlNode* n) { leave(n); });
    flush();
  }

 private:
  enum Flag : unsigned { kBlock = 1, kArticle = 2, kPre = 4, kScope = 8, kList = 16, kProse = 32, kItem = 64 };
  struct Frame {
    xmlNode* node;
    unsigned flags;
  };
  std::vector<Frame> frames_;
  std::string line_;
  bool space_ = false;            // white space before the next word
  bool bullet_ = false;           // the next line is a list item
  std::string href_;              // the line's first http(s) link
  int article_ = 0, pre_ = 0, scope_ = 0, prose_ = 0;
  bool after_endnotes_heading_ = false;
  std::optional<int> item_number_;  // an endnotes list item's place in its list
  std::vector<int> counters_;       // one per open list

  bool in_endnotes() const { return scope_ > 0 || after_endnotes_heading_; }

  // "300 km<sup>2</sup>": a power, not a footnote.
  bool after_unit() const {
    if (space_) return false;
    for (std::string_view unit : {"km", "m", "mi", "ft", "cm"}) {
      std::string_view l(line_);
      if (!l.ends_with(unit)) continue;
      l.remove_suffix(unit.size());
      if (l.empty() || l.back() == ' ' || std::isdigit(static_cast<unsigned char>(l.back()))) return true;
    }
    return false;
  }

  void add_text(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (c == '\n' && pre_) {
        flush();
        continue;
      }
      bool white = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (!white && c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {  // no-break space
        white = true;
        ++i;
      }
      if (white) {
        space_ = !line_.empty();
        continue;
      }
      if (space_) line_ += ' ';
      space_ = false;
      line_ += c;
    }
  }

  void add_marker(const std::vector<int>& numbers) {
    space_ = false;  // the marker belongs to the sentence before it
    line_ += '[';
    for (std::size_t i = 0; i < numbers.size(); ++i) line_ += (i ? ", " : "") + std::to_string(numbers[i]);
    line_ += ']';
  }

  // "fell. [3] Then" -> "fell.[3] Then": a marker after a sentence's end
  // stays with that sentence.
  static void attach_markers(std::string& line) {
    std::string out;
    out.reserve(line.size());
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == ' ' && i > 0 && i + 1 < line.size() && line[i + 1] == '[' && !out.empty()) {
        std::string_view before(out);
        bool end = std::string_view(".!?\"')").find(before.back()) != std::string_view::npos ||
                   before.ends_with("\xE2\x80\x9D") || before.ends_with("\xE2\x80\x99");
        auto close = line.find(']', i + 1);
        if (end && close != std::string::npos && !marker_numbers(std::string_view(line).substr(i + 1, close - i)).empty())
          continue;
      }
      out += line[i];
    }
    line.swap(out);
  }

  // "[3] ...", "3. ...", "3) ...": the number an endnote gives itself.
  static std::optional<int> leading_number(std::string_view line) {
    std::size_t i = line.front() == '[' ? 1 : 0;
    std::size_t start = i;
    int n = 0;
    while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i])) && i - start < 6)
      n = n * 10 + (line[i++] - '0');
    if (i == start || i >= line.size()) return std::nullopt;
    if (start == 1 ? line[i] != ']' : (line[i] != '.' && line[i] != ')')) return std::nullopt;
    return n;
  }

  static std::string first_url(std::string_view line) {
    for (auto word : text::split(line, " ")) {
      auto at = std::min(word.find("http://"), word.find("https://"));
      if (at != std::string_view::npos) {
        word = word.substr(at);
        while (!word.empty() && std::string_view(".,;)]>\"'").find(word.back()) != std::string_view::npos)
          word.remove_suffix(1);
        return std::string(word);
      }
    }
    return {};
  }

  void flush() {
    space_ = false;
    if (line_.empty()) return;
    attach_markers(line_);
    if (is_endnotes_name(line_)) {
      out += line_ + '\n';
      after_endnotes_heading_ = true;
    } else if (in_endnotes()) {
      // Only "[n] URL" lines: the rest of an endnotes section (titles of
      // sources, "back to text" links) is not report prose, but for a
      // sentence under a mere heading.
      auto number = leading_number(line_);
      if (!number) number = item_number_;
      std::string url = href_.empty() ? first_url(line_) : href_;
      if (number && !url.empty()) {
        out += '[' + std::to_string(*number) + "] " + url + '\n';
        item_number_.reset();
      } else if (scope_ == 0 && !text::looks_like_note(line_)) {
        // Prose after an endnotes heading in the middle of the page (a
        // section named "Notes"): read, and the notes are over, as in text.
        after_endnotes_heading_ = false;
        out += line_ + '\n';
      }
    } else {
      if (bullet_) out += "- ";
      out += line_ + '\n';
      bullet_ = false;
    }
    line_.clear();
    href_.clear();
  }

  bool enter(xmlNode* n) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) add_text(reinterpret_cast<const char*>(n->content));
      return false;
    }
    if (n->type != XML_ELEMENT_NODE) return false;  // comments, processing instructions
    const char* name = reinterpret_cast<const char*>(n->name);
    if (never_text(name) || has_attribute(n, "hidden")) return false;
    bool scope = in(name, {"section", "div", "ol", "ul", "aside", "footer", "dl", "p", "li"}) && names_endnotes(n);
    if (!scope && (std::strcmp(name, "aside") == 0 ||
                   (article_ == 0 && (std::strcmp(name, "header") == 0 || std::strcmp(name, "footer") == 0))))
      return false;
    if (std::strcmp(name, "br") == 0) {
      flush();
      return false;
    }
    if (std::strcmp(name, "sup") == 0 || (std::strcmp(name, "a") == 0 && attribute(n, "href").starts_with("#"))) {
      auto t = text_of(n, 24);
      auto numbers = t ? marker_numbers(*t) : std::vector<int>{};
      if (!numbers.empty() && !(t->front() != '[' && after_unit())) {
        add_marker(numbers);
        return false;
      }
    }
    unsigned flags = 0;
    if (is_block(name)) {
      flags |= kBlock;
      flush();
    }
    if (scope) {
      flags |= kScope;
      ++scope_;
    }
    if (std::strcmp(name, "article") == 0) {
      flags |= kArticle;
      ++article_;
    }
    if (std::strcmp(name, "pre") == 0) {
      flags |= kPre;
      ++pre_;
    }
    if (in(name, {"p", "li", "td", "th", "dd", "blockquote"})) {
      flags |= kProse;
      ++prose_;
    }
    if (std::strcmp(name, "ol") == 0 || std::strcmp(name, "ul") == 0) {
      flags |= kList;
      int start = 1;
      if (std::strcmp(name, "ol") == 0) {
        std::string s(text::trim(attribute(n, "start")));
        if (!s.empty() && s.size() < 7 && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
          start = std::stoi(s);
      }
      counters_.push_back(start - 1);
    }
    if (std::strcmp(name, "li") == 0) {
      flags |= kItem;
      int number = counters_.empty() ? 1 : ++counters_.back();
      if (in_endnotes()) item_number_ = number;
      else bullet_ = true;
    }
    if (std::strcmp(name, "h1") == 0 && !h1_seen) {
      h1 = *text_of(n);
      h1_seen = true;
    }
    if (std::strcmp(name, "time") == 0 && !prose_ && !time_date) time_date = date_prefix(attribute(n, "datetime"));
    if (std::strcmp(name, "a") == 0 && href_.empty()) {
      std::string href(text::trim(attribute(n, "href")));
      if (is_http(href)) href_ = href;
    }
    frames_.push_back({n, flags});
    return true;
  }

  void leave(xmlNode* n) {
    if (frames_.empty() || frames_.back().node != n) return;
    unsigned flags = frames_.back().flags;
    frames_.pop_back();
    if (flags & kBlock) flush();
    if (flags & kItem) {
      item_number_.reset();
      bullet_ = false;
    }
    if (flags & kScope) --scope_;
    if (flags & kArticle) --article_;
    if (flags & kPre) --pre_;
    if (flags & kProse) --prose_;
    if (flags & kList) counters_.pop_back();
  }
};

void init_libxml2() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace

bool is_html(std::string_view path, std::string_view body) {
  auto dot = path.find_last_of("./");
  if (dot != std::string_view::npos && path[dot] == '.') {
    std::string ext = lower(path.substr(dot + 1));
    if (ext == "html" || ext == "htm" || ext == "xhtml") return true;
  }
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
  std::size_t i = 0;
  while (i < body.size() && i < 1024 && std::isspace(static_cast<unsigned char>(body[i]))) ++i;
  body.remove_prefix(i);
  return starts_with_ci(body, "<!doctype html") || starts_with_ci(body, "<html");
}

std::optional<HtmlPage> render_html(std::string_view bytes, const std::string& source,
                                    std::vector<Diagnostic>& diagnostics) {
  HtmlPage page;
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    diagnostics.push_back(diagnostic(Diagnostic::Severity::Error, source, "an HTML page larger than 2 GB cannot be read"));
    return std::nullopt;
  }
  init_libxml2();
  // Pages that declare another charset (windows-1252, ISO-8859-1, ...) are
  // decoded by libxml2; the rest is read as UTF-8 whatever libxml2 would
  // guess, so that a bad byte costs one U+FFFD, as in a text report, and
  // not the whole page read as Latin-1.
  std::string charset = declared_charset(bytes);
  bool utf8 = charset.empty() || charset == "utf-8" || charset == "utf8" || charset == "us-ascii" ||
              charset == "ascii";
  if (!utf8) {
    xmlCharEncodingHandler* handler = xmlFindCharEncodingHandler(charset.c_str());
    if (handler) xmlCharEncCloseFunc(handler);
    else {
      diagnostics.push_back(diagnostic(Diagnostic::Severity::Warning, source,
                                       "unknown charset '" + charset + "'; read as UTF-8"));
      utf8 = true;
    }
  }
  std::string repaired;
  if (utf8) {
    repaired.assign(bytes);
    if (repaired.starts_with("\xEF\xBB\xBF")) repaired.erase(0, 3);
    repair_utf8_warning(repaired, source, diagnostics);
    bytes = repaired;
  }
  std::unique_ptr<htmlParserCtxt, ContextFree> ctxt(htmlNewParserCtxt());
  if (!ctxt) throw std::bad_alloc();
  // No network, no messages on stderr, no size or depth limits (the
  // rendering walks without recursion; memory grows with the page).
  int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | XML_PARSE_HUGE;
  if (utf8) options |= HTML_PARSE_IGNORE_ENC;
  std::unique_ptr<xmlDoc, DocFree> doc(htmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()),
                                                          nullptr, utf8 ? "UTF-8" : nullptr, options));
  repaired.clear();
  repaired.shrink_to_fit();
  xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (!root) return page;  // nothing but white space or comments
  Metadata meta = read_metadata(root);
  Renderer renderer;
  renderer.render(meta.content);
  page.text = std::move(renderer.out);
  page.title = !renderer.h1.empty() ? renderer.h1 : !meta.og_title.empty() ? meta.og_title : meta.title;
  page.url = !meta.canonical.empty() ? meta.canonical : meta.og_url;
  page.date = meta.meta_date ? meta.meta_date : renderer.time_date;
  return page;
}

std::optional<Report> make_html_report(std::string source, std::string_view bytes, std::optional<Date> forced_date,
                                       std::vector<Diagnostic>& diagnostics) {
  auto rendered = render_html(bytes, source, diagnostics);
  if (!rendered) return std::nullopt;
  HtmlPage& page = *rendered;
  Report report = make_report(std::move(source), std::move(page.text), forced_date ? forced_date : page.date, diagnostics);
  if (!page.title.empty()) report.title = page.title;
  if (!page.url.empty()) report.url = page.url;
  return report;
}

}  // namespace sg::extract
