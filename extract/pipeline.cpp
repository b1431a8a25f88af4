// extract(): reader output -> sentences -> items -> frames and rules -> assertions.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_set>

#include "chunker.h"
#include "clauses.h"
#include "dates.h"
#include "document.h"
#include "lexical.h"
#include "matcher.h"
#include "resources.h"
#include "text.h"

namespace sg::extract {

// Literals compared as string_views ("of"sv): the length is known at compile
// time, where `std::string == "of"` calls strlen and compare() (GCC 12).
using namespace std::string_view_literals;

std::string_view to_string(EntityType type) {
  switch (type) {
    case EntityType::State: return "State";
    case EntityType::Organization: return "Organization";
    case EntityType::ArmedForce: return "ArmedForce";
    case EntityType::Person: return "Person";
    case EntityType::Place: return "Place";
    case EntityType::ActorGroup: return "ActorGroup";
  }
  return "";
}

std::optional<EntityType> parse_entity_type(std::string_view name) {
  for (auto t : {EntityType::State, EntityType::Organization, EntityType::ArmedForce, EntityType::Person,
                 EntityType::Place, EntityType::ActorGroup})
    if (to_string(t) == name) return t;
  return std::nullopt;
}

std::string_view to_string(Modality modality) {
  switch (modality) {
    case Modality::None: return "";
    case Modality::Hypothetical: return "Hypothetical";
    case Modality::Conditional: return "Conditional";
    case Modality::Planned: return "Planned";
  }
  return "";
}

std::shared_ptr<const Resources> load_resources(const std::string& gazetteer_dir, const std::string& rules_dir,
                                                std::vector<Diagnostic>& diagnostics, const std::string& event_vocabulary) {
  namespace fs = std::filesystem;
  auto res = std::make_shared<Resources>();
  std::size_t before = diagnostics.size();
  for (const auto* dir : {&gazetteer_dir, &rules_dir})
    if (!fs::is_directory(*dir)) {
      diagnostics.push_back(Diagnostic(*dir, 0, 0, "not a directory"));
      return nullptr;
    }
  // One vocabulary for the gazetteer and the rules: a token's word id
  // means the same to both.
  auto vocabulary = std::make_shared<Vocabulary>();
  res->gazetteer.share(vocabulary);
  res->rules.lexicon.share(vocabulary);
  res->gazetteer.load(gazetteer_dir, diagnostics);
  load_rules(rules_dir, res->rules, diagnostics, event_vocabulary);
  for (const auto& [a, _] : res->rules.abbreviations) res->abbreviations.insert(a);
  res->entry_templates = entry_templates(res->gazetteer, res->rules);
  if (has_errors(std::vector<Diagnostic>(diagnostics.begin() + before, diagnostics.end()))) return nullptr;
  return res;
}

ResourceSummary summarize(const Resources& r) {
  ResourceSummary s;
  for (const auto& e : r.gazetteer.entries()) {
    switch (e.type) {
      case EntityType::State: ++s.states; break;
      case EntityType::Place:
        ++s.places;
        s.generated_places += e.generated;
        break;
      case EntityType::Person: ++s.people; break;
      default: ++s.organizations; break;
    }
  }
  s.titles = r.gazetteer.titles().size();
  s.names = r.gazetteer.name_count();
  s.word_classes = r.rules.lexicon.size();
  s.rules = r.rules.events.size();
  s.frames = r.rules.frames.size();
  return s;
}

namespace {

using SentenceView = AnnotatedSentence;

struct Frame {
  Match match;
  int parent = -1;
  std::vector<std::string> speakers;
  std::string verb;
  std::vector<Date> dates;
  bool no_day = false;  // "said last week": a time that names no day
  bool media = false;
  // "is no longer insisting that ...": what it once said is said no more;
  // its content is nobody's claim now.
  bool dropped = false;
  // The second half of a quotation split around its speaker: the first
  // half's frame makes the statement (second_half_of_quote()); its own
  // content still makes events and demands.
  bool continuation = false;
};

class Extractor {
 public:
  Extractor(const Report& report, const Resources& res, std::vector<std::string>* trace,
            const KnownPeople* known = nullptr, std::size_t rank = 0, bool record = false)
      : report_(report), res_(res), rules_(res.rules), clauses_(res.rules), trace_(trace), known_(known),
        rank_(rank), record_(record && known) {}

  Extraction run() {
    std::string_view text = report_.text;
    auto paragraphs = split_paragraphs(text);
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
      auto kind = paragraphs[p].kind;
      if (kind != Paragraph::Kind::Body && kind != Paragraph::Kind::Bullet) continue;
      for (auto& s : segment_sentences(text, paragraphs[p], p, res_.abbreviations)) {
        if (s.end - s.begin <= kMaxSentenceBytes) {
          sentences_.push_back(s);
          continue;
        }
        // No report sentence is this long: a scraped page without
        // punctuation, a table, a binary blob. Cut it into pieces at spaces,
        // so that time stays linear in the text.
        ++long_sentences_;
        if (!first_long_) first_long_ = s.begin;
        std::size_t pos = s.begin;
        while (pos < s.end) {
          std::size_t cut = std::min(pos + kMaxSentenceBytes, s.end);
          if (cut < s.end) {
            std::size_t space = cut;
            while (space > pos + kMaxSentenceBytes / 2 && text[space] != ' ' && text[space] != '\t') --space;
            if (space > pos + kMaxSentenceBytes / 2) cut = space;
            while (cut > pos && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // a whole character
          }
          Sentence piece;
          piece.begin = pos;
          piece.end = cut;
          piece.paragraph = s.paragraph;
          if (cut == s.end) {
            piece.citations = s.citations;
            piece.citations_inferred = s.citations_inferred;
          }
          sentences_.push_back(piece);
          pos = cut;
          while (pos < s.end && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
        }
      }
    }
    if (long_sentences_) {
      warnings_.push_back(Diagnostic(report_.source, 0, 0,
                                     std::to_string(long_sentences_) + " sentence(s) longer than " +
                                         std::to_string(kMaxSentenceBytes) + " bytes (the first at byte offset " +
                                         std::to_string(*first_long_) +
                                         ") were read in pieces: facts across the cuts may be missed",
                                     Diagnostic::Severity::Warning));
    }
    infer_citations(sentences_);
    // Pass 1 learns the surnames and acronyms the report defines; pass 2
    // uses them everywhere, also before their definition.
    // The people of earlier reports are asked in pass 2 only: what the
    // report says of its own people comes first ("Ines Dunmore" introduced
    // here by title is this report's Ines Dunmore, who learns her surname
    // here), and they stand in for names the report uses without
    // introducing them.
    // The tokens of pass 1 serve pass 2 too, unless the report is so long
    // that holding them all (about ten times the text) would not be small;
    // so do their times, which find_times() reads from the tokens' words
    // alone (not from the morphology pass 2 adds).
    DocumentContext context;
    const bool keep_tokens = text.size() <= kMaxTokenCacheBytes;
    std::vector<std::vector<Token>> kept;
    std::vector<std::vector<TimeExpr>> kept_times;
    {
      EntityTable scratch;
      Chunker learner(res_.gazetteer, res_.entry_templates, rules_, context, scratch, report_.date, /*learning=*/true);
      for (const auto& s : sentences_) {
        auto tokens = words(tokenize(text, s.begin, s.end));
        auto times = find_times(tokens, report_.date);
        learner.learn(text, tokens, times);
        if (keep_tokens) {
          kept.push_back(std::move(tokens));
          kept_times.push_back(std::move(times));
        }
      }
    }
    context.known = known_;
    context.rank = rank_;
    PeopleLookups lookups;
    if (record_) context.record = &lookups;
    Chunker chunker(res_.gazetteer, res_.entry_templates, rules_, context, entities_, report_.date);
    chunker_ = &chunker;  // for state_of(), while the sentences are read
    ClauseReader::Discourse discourse;
    discourse_ = &discourse;  // for a quotation that goes on (sentence())
    discourse.office_of = [this](const std::string& person) { return office_of(person); };
    for (std::size_t i = 0; i < sentences_.size(); ++i) {
      AnnotatedSentence v;
      v.sentence = &sentences_[i];
      v.tokens = keep_tokens ? std::move(kept[i]) : words(tokenize(text, sentences_[i].begin, sentences_[i].end));
      rules_.morphology.annotate(v.tokens);
      v.times = keep_tokens ? std::move(kept_times[i]) : find_times(v.tokens, report_.date);
      chunker.chunk(text, v);
      if (i > 0 && sentences_[i].paragraph != sentences_[i - 1].paragraph) discourse.new_paragraph();
      clauses_.read(v, discourse);
      sentence(i, v);
    }
    chunker_ = nullptr;
    discourse_ = nullptr;
    Extraction out;
    out.warnings = std::move(warnings_);
    for (auto& [key, e] : entities_) out.entities.push_back(std::move(e));  // run() is the last to read them
    out.evidence = std::move(evidence_);
    out.assertions = std::move(assertions_);
    std::sort(lookups.names.begin(), lookups.names.end());
    lookups.names.erase(std::unique(lookups.names.begin(), lookups.names.end()), lookups.names.end());
    std::sort(lookups.keys.begin(), lookups.keys.end());
    lookups.keys.erase(std::unique(lookups.keys.begin(), lookups.keys.end()), lookups.keys.end());
    out.lookups = std::move(lookups);
    return out;
  }

 private:
  std::vector<Token> words(std::vector<Token> tokens) const {
    rules_.lexicon.vocabulary().assign_words(tokens);
    return tokens;
  }

  std::string item_text(const SentenceView& v, std::size_t b, std::size_t e) const {
    if (b >= e) return {};
    // ('... said: "We reject the plan."': the final stop inside a quote
    // that opened before the span ends no phrase of it, and the quote it
    // closes is no part of it: "the plan", not 'the plan."'.)
    if (e - b > 1 && v.reading[e - 1].norm == "."sv && v.reading[e - 1].te < v.tokens.size() &&
        v.tokens[v.reading[e - 1].te].kind == Token::Kind::Quote) {
      const std::size_t first = v.reading[b].tb;
      std::size_t marks = first > 0 && v.tokens[first - 1].kind == Token::Kind::Quote;
      for (std::size_t t = first; t < v.reading[e - 1].te && marks == 0; ++t)
        marks += v.tokens[t].kind == Token::Kind::Quote;
      if (marks == 0) --e;
    }
    std::size_t from = v.tokens[v.reading[b].tb].begin;
    std::size_t to = v.tokens[v.reading[e - 1].te - 1].end;
    // Quote marks are not items: take an opening quote before the span and
    // a closing one after it.
    // (The three bytes of a curly quote compared one by one: `== "..."sv`
    // called string_view::compare() and memcmp() twice a call, 1.9M
    // instructions on the 1 MB corpus.)
    auto curly = [](std::string_view three, char last) {
      return three[0] == '\xE2' && three[1] == '\x80' && three[2] == last;
    };
    std::string_view before = std::string_view(report_.text).substr(0, from);
    if (before.size() >= 3 && curly(before.substr(before.size() - 3), '\x9C')) from -= 3;
    else if (!before.empty() && before.back() == '"') from -= 1;
    // A closing quote right after the span belongs to it.
    std::string_view rest = std::string_view(report_.text).substr(to);
    if (rest.size() >= 3 && curly(rest, '\x9D')) to += 3;
    else if (!rest.empty() && rest[0] == '"') to += 1;
    std::string s = text::squeeze_space(std::string_view(report_.text).substr(from, to - from));
    while (!s.empty() && (s.back() == ',' || s.back() == ';' || s.back() == ':' || s.back() == '.')) s.pop_back();
    return s;
  }

  std::string describe(const SentenceView& v, const Item& it) const {
    std::string s = "[" + item_text(v, static_cast<std::size_t>(&it - v.reading.data()),
                                    static_cast<std::size_t>(&it - v.reading.data()) + 1);
    switch (it.kind) {
      case Item::Kind::Entity:
        s += " =";
        for (std::size_t k = 0; k < it.keys.size(); ++k) s += " " + it.keys[k];
        if (it.locative) s += " (place)";
        if (it.official) s += " (official)";
        if (it.quantity) s += " (" + std::to_string(*it.quantity) + ")";
        break;
      case Item::Kind::Date:
        s += " = date";
        for (const auto& d : it.dates) s += " " + d.iso();
        break;
      case Item::Kind::Title: s += " = title"; break;
      case Item::Kind::Adjective: s += " = adjective"; break;
      default: break;
    }
    return s + "]";
  }

  // (A capital's state for an actor even after a preposition of place: "a
  // rebuke from Tokyo" is Japan's.)
  std::vector<std::string> keys_in(const SentenceView& v, std::size_t b, std::size_t e, bool actor = false) const {
    std::vector<std::string> keys;
    append_keys(v, b, e, actor, keys);
    return keys;
  }
  // keys_in(), appended to `keys`.
  void append_keys(const SentenceView& v, std::size_t b, std::size_t e, bool actor, std::vector<std::string>& keys) const {
    for (std::size_t i = b; i < e; ++i) {
      const Item& it = v.reading[i];
      // An adjective that owns an event noun carries its state: "Russian
      // strikes" (Chunker::event_owners).
      // So does a possessive pronoun before one: "his meeting" (ClauseReader).
      if (it.kind != Item::Kind::Entity && it.keys.empty()) continue;
      // "Afghanistan's Taliban regime": the possessor only says whose.
      if (possessor(v.reading, i, e)) continue;
      for (std::size_t k = 0; k < it.keys.size(); ++k)
        keys.push_back(!it.metonyms[k].empty() && (!it.locative || actor) ? it.metonyms[k] : it.keys[k]);
    }
  }

  std::vector<std::string> captured(const SentenceView& v, const Match& m, std::string_view name) const {
    std::vector<std::string> keys;
    for (const auto& c : m.captures)
      if (c.name == name) append_keys(v, c.begin, c.end, name == "actor"sv, keys);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
  }

  const Capture* capture(const Match& m, std::string_view name) const {
    for (const auto& c : m.captures)
      if (c.name == name) return &c;
    return nullptr;
  }

  std::size_t evidence_for(std::size_t sentence_index) {
    auto it = evidence_index_.find(sentence_index);
    if (it != evidence_index_.end()) return it->second;
    const Sentence& s = sentences_[sentence_index];
    Evidence e;
    e.begin = s.begin;
    e.end = s.end;
    std::string_view text = report_.text;
    // Code-point offsets, computed incrementally (sentences come in order).
    cp_cursor_ += text::count_code_points(text.substr(byte_cursor_, s.begin - byte_cursor_));
    byte_cursor_ = s.begin;
    e.cp_begin = cp_cursor_;
    e.cp_end = cp_cursor_ + text::count_code_points(text.substr(s.begin, s.end - s.begin));
    e.text = text::squeeze_space(text.substr(s.begin, s.end - s.begin));
    e.citations = s.citations;
    e.citations_inferred = s.citations_inferred;
    evidence_.push_back(std::move(e));
    evidence_index_[sentence_index] = evidence_.size() - 1;
    return evidence_.size() - 1;
  }

  // The rules (of `list`) whose anchor words occur in items[b, e), each
  // with the last start that may match: a match holds one of the rule's
  // anchor words (RuleSet's trigger index) at or after its start, so no
  // start past the last of them can match. The same holds of each of a
  // rule's requirements (matcher.h, latest_start); a rule one of whose
  // requirements has no item here is left out. (On the 1 MB corpus, 7,641
  // of 79,908 starts tried matched; the requirements took find_matches
  // from 176M instructions to 45M.)
  struct Candidate {
    std::uint32_t rule;
    std::size_t last_start;  // SIZE_MAX for a rule without anchors
  };
  std::vector<Candidate> candidates(const SentenceView& v, std::size_t b, std::size_t e, const std::vector<Rule>& list,
                                    const std::vector<std::vector<std::uint32_t>>& index,
                                    const std::vector<std::uint32_t>& unanchored) {
    std::vector<Candidate> out;
    for (auto r : unanchored) out.push_back({r, SIZE_MAX});
    // Of each rule the latest anchor: the items from the last, each rule
    // taken at the first of its anchors met (`candidate_seen_` marks it
    // until the end of this call). A list of every (rule, anchor) pair,
    // sorted and cut to one a rule, grew by doubling in every sentence
    // (common words anchor many rules): with the marks the whole run takes
    // 6.5M instructions fewer on the 1 MB corpus, most of them allocation.
    candidate_seen_.resize(std::max(candidate_seen_.size(), list.size()), 0);
    for (std::size_t i = e; i-- > b;) {
      const Item& it = v.reading[i];
      if (it.kind != Item::Kind::Word && it.kind != Item::Kind::Punct) continue;
      if (it.word < index.size())
        for (auto r : index[it.word])
          if (!candidate_seen_[r]) {
            candidate_seen_[r] = 1;
            out.push_back({r, i});
          }
    }
    for (const auto& c : out) candidate_seen_[c.rule] = 0;
    // By rule, as before: the matches' order follows it. (No rule is here
    // twice: an unanchored rule has no anchor.)
    std::sort(out.begin(), out.end(), [](const Candidate& x, const Candidate& y) { return x.rule < y.rule; });
    const auto last = last_requirements(rules_, v.reading, b, e);
    std::erase_if(out, [&](Candidate& c) {
      const auto latest = latest_start(list[c.rule], last);
      if (latest) c.last_start = std::min(c.last_start, *latest);
      return !latest;
    });
    return out;
  }

  std::string token_text(const SentenceView& v, std::size_t tb, std::size_t te) const {
    if (tb >= te) return {};
    return std::string(std::string_view(report_.text).substr(v.tokens[tb].begin, v.tokens[te - 1].end - v.tokens[tb].begin));
  }

  // explain: the layers the stages before the rules wrote.
  void trace_layers(const SentenceView& v) const {
    trace_->push_back("sentence: " + text::squeeze_space(std::string_view(report_.text).substr(
                                         v.sentence->begin, v.sentence->end - v.sentence->begin)));
    // Tokens: text/lemma/classes/shape ("attacked/attack/NV/a").
    std::string tokens = "  tokens:";
    for (std::size_t t = 0; t < v.tokens.size(); ++t) {
      const Token& tok = v.tokens[t];
      tokens += " " + token_text(v, t, t + 1);
      if (tok.kind != Token::Kind::Word) continue;
      std::string classes;
      if (tok.classes & Token::kNoun) classes += 'N';
      if (tok.classes & Token::kVerb) classes += 'V';
      if (tok.classes & Token::kAdjective) classes += 'J';
      if (tok.classes & Token::kAdverb) classes += 'R';
      tokens += "/" + std::string(tok.lemma.empty() ? "-" : tok.lemma) + "/" + (classes.empty() ? "-" : classes) + "/" +
                std::string(tok.shape());
    }
    trace_->push_back(tokens);
    if (!v.times.empty()) {
      std::string line = "  times:";
      for (const auto& t : v.times) {
        line += " [" + token_text(v, t.tb, t.te) + " =";
        for (const auto& d : t.dates) line.append(" ").append(d.iso());
        if (t.unresolved) line += " (no year)";
        else if (t.dates.empty()) line += " no one day";
        line += "]";
      }
      trace_->push_back(line);
    }
    if (!v.mentions.empty()) {
      static constexpr const char* kSource[] = {"gazetteer", "alias", "title", "official", "group",
                                                "place",     "list",  "name",  "apposition"};
      std::string line = "  mentions:";
      for (const auto& m : v.mentions) {
        line += " [" + token_text(v, m.tb, m.te) + " =";
        for (const auto& k : m.keys) line += " " + k;
        line += std::string(" (") + kSource[static_cast<int>(m.source)];
        if (m.te - m.tb > 1) line += ", head " + token_text(v, m.head, m.head + 1);
        if (m.locative) line += ", place";
        line += ")]";
      }
      trace_->push_back(line);
    }
    if (!v.references.empty()) {
      std::string line = "  references:";
      for (const auto& r : v.references) line += " [" + token_text(v, r.token, r.token + 1) + " -> " + r.key + "]";
      trace_->push_back(line);
    }
    std::string items = "  items:";
    for (const auto& it : v.reading) items += " " + describe(v, it);
    trace_->push_back(items);
  }

  // Where a clause's times begin: "On Friday, the ministers will meet": a
  // phrase fronted before a main clause's subject is the clause's.
  std::size_t times_from(const SentenceView& v, const Clause& c) const {
    return c.embedding == Clause::Embedding::Main && fronted_phrase(v, c.begin) > 0 ? 0 : c.begin;
  }

  // "said on Friday they would blockade the capital from Monday": a weekday
  // named alone in a clause of the future ("will", a reported "would") is
  // the coming one, counted from the day the words were said (the frame's
  // date), else from the report date; the time layer placed it on or before
  // the report date, as a past tense reads it.
  void coming_weekdays(SentenceView& v, const std::vector<Frame>& frames) const {
    for (const Clause& c : v.clauses) {
      if (!c.verb.future && !c.verb.only_would) continue;
      std::optional<Date> from = report_.date;
      if (c.frame >= 0 && !frames[static_cast<std::size_t>(c.frame)].dates.empty())
        from = frames[static_cast<std::size_t>(c.frame)].dates.front();
      if (!from) continue;
      for (std::size_t q = times_from(v, c); q < c.end && q < v.reading.size(); ++q) {
        Item& it = v.reading[q];
        if (it.kind != Item::Kind::Date || it.weekday < 0 || it.dates.size() != 1) continue;
        it.dates[0] = weekday_on_or_after(*from, it.weekday);
      }
    }
  }

  // "Talks between the two sides are scheduled for Friday", "is due to
  // visit Kyiv on Monday", "will be held on Friday": a weekday named alone
  // for an act still to come (a future, or a plan told in the present) is
  // the coming one, counted from the speaker's day, else the report's.
  // coming_weekdays() does this for a clause of the future; an event noun
  // has no clause, and a plan ("scheduled", "due to") is no future modal.
  // `day` is the act's date, moved when it is that weekday's.
  void coming_weekday(const SentenceView& v, const Match& m, std::size_t e, const std::vector<Date>& said,
                      Date& day) const {
    if (said.size() != 1 || day >= said[0]) return;
    for (std::size_t q = m.begin; q < e && q < v.reading.size(); ++q) {
      const Item& it = v.reading[q];
      if (it.kind != Item::Kind::Date || it.weekday < 0 || it.dates.size() != 1 || it.dates[0] != day) continue;
      // A plan told in the past may have been for a day gone by ("talks
      // were scheduled for Friday", "Russia planned to meet on Monday"),
      // and a past verb before the day may own it ("talks that began on
      // Monday will resume"): the day stays where the time layer put it.
      for (std::size_t k = m.begin; k < q; ++k) {
        const Item& w = v.reading[k];
        if (w.kind != Item::Kind::Word || w.upper) continue;
        if (w.norm == "was"sv || w.norm == "were"sv || w.norm == "had"sv || w.norm == "did"sv) return;
        if (k > m.begin && is_be(v.reading[k - 1].norm)) continue;  // "are scheduled", "is expected"
        if (!clauses_.may_be_verb(w)) continue;
        const VerbGroup g = clauses_.verb_group(v.reading, k);
        if (g.head == k && !g.helped && g.form == VerbForm::Past) return;
      }
      day = weekday_on_or_after(said[0], it.weekday);
      return;
    }
  }

  // "captured Paletwa on January 15" in a report of September 1: a day and
  // month without a year in a clause of the past lies on or before the
  // report date (the time layer took the closest year, here the next one).
  void past_days(SentenceView& v) const {
    if (!report_.date) return;
    const long report_day = days_from_civil(*report_.date);
    for (const Clause& c : v.clauses) {
      if (c.verb.form != VerbForm::Past || c.verb.future || c.verb.hypothetical || c.verb.planned) continue;
      for (std::size_t q = times_from(v, c); q < c.end && q < v.reading.size(); ++q) {
        Item& it = v.reading[q];
        if (it.kind != Item::Kind::Date || !it.year_inferred) continue;
        for (Date& d : it.dates)
          if (days_from_civil(d) > report_day && is_real_date(d.year - 1, d.month, d.day)) d.year -= 1;
      }
    }
  }

  // explain: the clause layer.
  void trace_clauses(const SentenceView& v) const {
    for (const auto& c : v.clauses) {
      const auto& r = v.reading;
      std::string line = "  clause: subject " + item_text(v, c.subject, c.subject + 1);
      if (c.shared_subject) line += " (shared)";
      line += ", verb " + item_text(v, c.verb.begin, std::min(c.verb.head + 1, r.size()));
      static constexpr const char* kForm[] = {"other", "base", "-s", "past", "participle", "-ing"};
      line += std::string(" (") + kForm[static_cast<int>(c.verb.form)];
      if (c.verb.passive) line += ", passive";
      if (c.verb.negations % 2) line += ", negated";
      if (c.verb.hypothetical) line += ", would";
      if (c.verb.future) line += ", will";
      line += ")";
      if (c.object >= 0) line += ", object " + item_text(v, static_cast<std::size_t>(c.object), static_cast<std::size_t>(c.object) + 1);
      line += c.embedding == Clause::Embedding::Main ? ", main" : ", in the content of frame " + std::to_string(c.frame);
      trace_->push_back(line);
    }
  }

  // "finalize US support", "PRC state news agency Xinhua": a bare base form
  // right after a single actor (the `who` capture), with no auxiliary, modal
  // or "to" before it, is a noun ("the US supports", "the US will support").
  bool noun_after_one(const SentenceView& v, const Match& m, const std::vector<std::size_t>& verb,
                      const char* who) const {
    if (m.trigger_form != VerbForm::Base || m.vg_items > 0) return false;
    // "Israel would strike": a modal written into the rule makes it a verb.
    const auto& bi = rules_.builtin;
    auto helper = [&](const Item& it) {
      return in(it, bi.modal_future) || in(it, bi.modal_hypothetical) || in(it, bi.aux) || it.norm == "to"sv;
    };
    for (auto t : verb)
      if (helper(v.reading[t]) || (t > 0 && helper(v.reading[t - 1]))) return false;
    std::size_t keys = 0;
    bool group = false;
    for (const auto& c : m.captures)
      if (c.name == who)
        for (std::size_t q = c.begin; q < c.end; ++q) {
          const Item& it = v.reading[q];
          keys += it.keys.size();
          for (auto t : it.types) group |= t == EntityType::ActorGroup;
          // "Philippine officials say": a plural common noun heads the name.
          const Token& last = v.tokens[it.te - 1];
          group |= it.kind == Item::Kind::Entity && !it.shared && !last.upper && last.norm.size() > 3 &&
                   last.norm.ends_with('s') && !last.norm.ends_with("ss");
          group |= it.plural;  // "The Palestinians reject"
        }
    return keys == 1 && !group;
  }

  // What a sentence about an act does now (a promise, a threat): a copy of
  // the act, of another type, factual.
  Assertion performed(const Assertion& act, const char* type, const char* rule, const std::string& why) const {
    Assertion now = act;
    now.event_type = type;
    now.modality = Modality::None;
    now.rule = rule;
    if (trace_) trace_->push_back("  rule " + std::string(rule) + " (" + why + ")");
    return now;
  }

  // Precision guards: readings that look like an event and tell none.

  // "President Banda has reneged on his commitment to the voters", "Iran
  // went back on its pledge": a promise its own maker rejects is no promise
  // made, whatever the REJECT presupposes of a promise by another ("Kyiv
  // rejected Moscow's pledge" keeps Moscow's). A nominal AGREE inside a
  // REJECT's topic with the REJECT's actors.
  bool forsaken_promise(const SentenceView& v, const Match& inner, const std::vector<const Match*>& all) const {
    if (!inner.nominal || inner.rule->event_type != "AGREE"sv || inner.trigger.empty()) return false;
    for (const Match* outer : all) {
      if (outer == &inner || outer->rule->event_type != "REJECT"sv) continue;
      const Capture* t = capture(*outer, "topic");
      if (!t || inner.trigger.front() < t->begin || inner.trigger.front() >= t->end) continue;
      const auto mine = captured(v, inner, "actor");
      if (!mine.empty() && mine == captured(v, *outer, "actor")) return true;
    }
    return false;
  }

  // Whether another of the sentence's accepted matches has its trigger in
  // `m`'s topic `t`: a rule reads the act the topic names.
  static bool holds_act(const Match& m, const Capture& t, const std::vector<const Match*>& all) {
    return std::any_of(all.begin(), all.end(), [&](const Match* inner) {
      return inner != &m && !inner->trigger.empty() && inner->trigger.front() >= t.begin &&
             inner->trigger.front() < t.end;
    });
  }

  // "Levin has vowed not to return the Golan Heights", "decided not to
  // attend": an AGREE whose content opens with a negation and "to", and no
  // rule reads the act it names. A promise not to do a cooperative act is a
  // refusal, one not to do a hostile act a promise of restraint (both read
  // where the act is known, rule "refusal"); with the act unknown neither
  // is safe, and a promise "not to" is no promise to do it. So for a rule
  // whose act is a pledge of it (act-modality planned: "Ruto pledged not to
  // raise taxes on fuel" is no aid pledged), whatever its content holds.
  bool promise_not_to(const SentenceView& v, const Match& m, const std::vector<const Match*>& all) const {
    const bool pledge = m.rule->options.act_modality == Modality::Planned;
    if (m.rule->event_type != "AGREE"sv && !pledge) return false;
    const Capture* t = capture(m, "topic");
    if (!t || t->begin + 2 >= t->end || !in(v.reading[t->begin], rules_.builtin.neg) ||
        v.reading[t->begin + 1].norm != "to"sv)
      return false;
    return pledge || !holds_act(m, *t, all);
  }

  // "Iran pledged to attack the base", "he has vowed to block the aid": a
  // promise to do harm is no intent to cooperate (CAMEO 03). An AGREE whose
  // content opens with "to" and a verb no rule reads there, every verb row
  // of triggers.tsv for that word being of a hostile type (none AGREE,
  // STATEMENT, REQUEST, NONE or PROMISED: "block", "obstruct", "expel"):
  // which harm it threatens is not known, and no promise is made.
  // ("vowed to rebuild", a verb of no row, stays a promise.)
  bool hostile_promise(const SentenceView& v, const Match& m, const std::vector<const Match*>& all) const {
    if (m.rule->event_type != "AGREE"sv) return false;
    const Capture* t = capture(m, "topic");
    if (!t || t->begin + 1 >= t->end || v.reading[t->begin].norm != "to"sv || holds_act(m, *t, all)) return false;
    const Item& verb = v.reading[t->begin + 1];
    if (verb.kind != Item::Kind::Word) return false;
    bool verb_rows = false;
    const bool friendly = any_trigger_row(verb, [&](const Trigger& r) {
      if (r.pos != Trigger::Pos::Verb) return false;
      verb_rows = true;
      return r.event == "AGREE"sv || r.event == "STATEMENT"sv || r.event == "REQUEST"sv || r.event == "NONE"sv ||
             rules_.lexicon.in(text::fold(r.event), rules_.builtin.promised);
    });
    return verb_rows && !friendly;
  }

  // "Russia pledged to attack the base", "Japan promised to impose sanctions
  // on North Korea": a promise (its verb of PROMISE_VERB) to do an act of a
  // type THREATENED lists, which a rule reads in its content as the same
  // actor's, is no intent to cooperate (CAMEO 03) but a threat made now
  // (CAMEO 13, PETRARCH's PLEDGE * ACTION AGAINST [130]), as "vowed to
  // attack" reads by its own row. ("decided to impose sanctions" and "agreed
  // to impose sanctions" stay agreements.)
  bool promised_harm(const SentenceView& v, const Match& m, const std::vector<const Match*>& all) const {
    const int promise = rules_.if_defined.promise_verb;
    if (promise < 0 || m.rule->event_type != "AGREE"sv || m.trigger.empty() ||
        !in(v.reading[m.trigger.front()], promise))
      return false;
    const Capture* t = capture(m, "topic");
    if (!t || t->begin + 1 >= t->end || v.reading[t->begin].norm != "to"sv) return false;
    const auto mine = captured(v, m, "actor");
    return std::any_of(all.begin(), all.end(), [&](const Match* inner) {
      return inner != &m && !inner->trigger.empty() && inner->trigger.front() >= t->begin &&
             inner->trigger.front() < t->end && inner->negations % 2 == 0 &&
             rules_.lexicon.in(text::fold(inner->rule->event_type), rules_.builtin.threatened) &&
             captured(v, *inner, "actor") == mine;
    });
  }

  // "The negotiations between Chad and Sudan broke down without a deal",
  // "talks ended without an agreement": talks were held (the CONSULT
  // stands) and their parties reached no agreement, as "failed to reach
  // agreement" says: a negated AGREE of the same parties, the one thing our
  // vocabulary says of a collapse. A talks noun (a nominal CONSULT of two
  // parties or more), then in its clause a verb of TALKS_FAILED and
  // "without" before an AGREE noun of triggers.tsv (with one modifier:
  // "without a final deal"). ("ended without incident" is none.)
  std::optional<Assertion> talks_without_deal(const SentenceView& v, const Match& m, std::size_t e,
                                              const Assertion& consult) const {
    const int failed = rules_.if_defined.talks_failed;
    if (failed < 0 || !m.nominal || m.trigger.empty() || consult.event_type != "CONSULT"sv || consult.negated ||
        consult.modality != Modality::None || consult.actors.size() < 2)
      return std::nullopt;
    auto agreement = [](const Trigger& t) { return t.pos == Trigger::Pos::Noun && t.event == "AGREE"sv; };
    bool ended = false;
    for (std::size_t q = m.trigger.back() + 1; q < e && q < m.trigger.back() + 12; ++q) {
      const Item& w = v.reading[q];
      if (w.norm == ","sv || w.norm == ";"sv) break;
      if (!ended) {
        ended = w.kind == Item::Kind::Word && in(w, failed);
        continue;
      }
      if (w.norm != "without"sv) continue;
      std::size_t n = q + 1;
      if (n < e && in(v.reading[n], rules_.builtin.determiner)) ++n;
      for (std::size_t k = n; k < e && k < n + 2; ++k)
        if (v.reading[k].kind == Item::Kind::Word && any_trigger_row(v.reading[k], agreement)) {
          Assertion none = performed(consult, "AGREE", "talks-without-deal", "talks that ended without a deal");
          none.negated = true;
          return none;
        }
      break;
    }
    return std::nullopt;
  }

  // "Israel's cabinet met on Sunday and decided ...": a state's own body
  // meeting alone holds a session, no consultation between actors (CAMEO
  // 04 and a CONSULT need a second party). "NATO ministers met", a body of
  // many states, and "the cabinet met with Hamas leaders" stay.
  bool own_session(const Assertion& a) const {
    if (a.event_type != "CONSULT"sv || a.actors.size() != 1) return false;
    auto it = entities_.find(a.actors[0]);
    return it != entities_.end() && it->second.type == EntityType::Organization &&
           it->second.part_of.rfind("state/", 0) == 0;
  }

  // Whether a row of triggers.tsv that starts at the item's word holds.
  template <class Row>
  bool any_trigger_row(const Item& it, Row&& row) const {
    for (const auto& f : rules_.triggers.starting(it.word))
      if (row(rules_.triggers.entries()[f.entry])) return true;
    return false;
  }
  static bool target_after(const Trigger& t, std::string_view preposition) {
    return std::find(t.target_after.begin(), t.target_after.end(), preposition) != t.target_after.end();
  }

  // Whether an event noun of triggers.tsv takes its target after "with"
  // ("talks with", "a deal with").
  bool takes_with(const Item& it) const {
    return any_trigger_row(it, [](const Trigger& t) {
      return t.pos == Trigger::Pos::Noun && t.event != "NONE"sv && target_after(t, "with");
    });
  }

  // The state or body that owns the first noun phrase of reading[b, e): a
  // state's adjective ("a key Turkish defense agency": Turkey) or a
  // possessor ("Sweden's application"); "" when it names neither, or names
  // an entity itself (that would be the target). The state is added to the
  // report's entities when only its adjective named it.
  // The state a state's adjective names ("" for any other); the state is
  // added to the report's entities when only its adjective named it.
  std::string adjective_state(const Item& it) {
    if (it.kind != Item::Kind::Adjective || it.region_adjective) return {};
    return state_entry(it.ref);
  }

  // The key of gazetteer entry `ref` when it is a state ("" otherwise),
  // added to the report's entities when nothing named it yet.
  std::string state_entry(std::size_t ref) {
    if (ref >= res_.entry_templates.size() || res_.entry_templates[ref].entity.type != EntityType::State) return {};
    const std::string& key = res_.gazetteer.key(ref);
    if (!entities_.count(key)) entities_.emplace(key, res_.entry_templates[ref].entity);
    return key;
  }

  // `more`, when given, gets the states of the further adjectives of a list
  // ("Armenian and Azerbaijani counterparts").
  // `own_phrase_only`: not across a preposition (a meeting's object: in
  // "discussed sanctions against Russia" Russia took no part).
  std::string owner_in_object(const SentenceView& v, std::size_t b, std::size_t e,
                              std::vector<std::string>* more = nullptr, bool own_phrase_only = false) {
    const auto& bi = rules_.builtin;
    // The object and one preposition of its target: "sanctions on Russian
    // oil", "the annexation of four Ukrainian territories".
    bool crossed = false, hearer = false;
    auto target_preposition = [&](const Item& it) {
      return it.norm == "on"sv || it.norm == "against"sv || it.norm == "of"sv || it.norm == "to"sv;
    };
    std::size_t q = b;
    for (std::size_t steps = 0; q < e && steps < 8; ++q, ++steps) {
      const Item& it = v.reading[q];
      if (it.kind == Item::Kind::Entity) {
        const bool possessor = q + 1 < e && v.reading[q + 1].norm == "'s"sv && it.keys.size() == 1 && !it.locative;
        // "rejected a U.S. request", "a United Nations appeal": a name that
        // modifies the noun after it.
        const bool modifier = q > b && q + 1 < e && it.keys.size() == 1 && !it.locative &&
                              v.reading[q + 1].kind == Item::Kind::Word && !v.reading[q + 1].upper &&
                              in(v.reading[q + 1], bi.proposal_noun);
        // Past the event noun's preposition, the name the phrase holds,
        // whether it heads it or modifies its noun ("sanctions on Friday
        // against three US defense firms"); a place that stands for no
        // state says where.
        const bool named = crossed && !hearer && it.keys.size() == 1 && !it.locative && !it.types.empty() &&
                           (it.types[0] != EntityType::Place || !it.metonyms[0].empty());
        if (possessor || modifier || named) return it.metonyms[0].empty() ? it.keys[0] : it.metonyms[0];
        return {};
      }
      // "rejected calls by Kofi Annan", "an offer from Afghanistan": who
      // made the proposal.
      if (it.kind == Item::Kind::Word && in(it, bi.proposal_noun) && q + 2 < e &&
          (v.reading[q + 1].norm == "by"sv || v.reading[q + 1].norm == "from"sv)) {
        int who = clauses_.object_of(v.reading, q + 2, e, true);
        if (who >= 0 && v.reading[static_cast<std::size_t>(who)].keys.size() == 1) {
          const Item& w = v.reading[static_cast<std::size_t>(who)];
          return w.metonyms[0].empty() ? w.keys[0] : w.metonyms[0];
        }
      }
      if (it.kind == Item::Kind::Adjective && !it.region_adjective) {
        // "Taiwanese political activist Yang Chih-yuan": a name the noun
        // phrase goes on to is the target itself.
        for (std::size_t r = q + 1; r < e && r < q + 5; ++r) {
          const Item& next = v.reading[r];
          if (next.kind == Item::Kind::Entity) {
            if (next.keys.size() == 1 && !next.locative) return next.keys[0];
            break;
          }
          if (next.kind != Item::Kind::Word || in(next, bi.preposition) || in(next, bi.coordinator)) break;
        }
        if (!it.keys.empty()) return it.keys[0];
        const std::string key = adjective_state(it);
        // "his Armenian and Azerbaijani counterparts": each state of a list
        // of adjectives.
        for (std::size_t r = q + 1; more && !key.empty() && r + 1 < e && in(v.reading[r], bi.coordinator); r += 2) {
          const std::string other = adjective_state(v.reading[r + 1]);
          if (other.empty()) break;
          more->push_back(other);
        }
        return key;
      }
      if (it.kind == Item::Kind::Number || in(it, bi.determiner) || in(it, bi.quantifier)) continue;
      // "up to 16 Russian advisers": a count's qualifier.
      if (it.norm == "up"sv && q + 2 < e && v.reading[q + 1].norm == "to"sv && v.reading[q + 2].kind == Item::Kind::Number) {
        ++q;
        continue;
      }
      // "sanctions on Friday against Russian banks": the day is no part of the phrase.
      if (it.norm == "on"sv && q + 1 < e && v.reading[q + 1].kind == Item::Kind::Date) {
        ++q;
        continue;
      }
      // Only after an event noun ("sanctions on", "annexation of"): in "any
      // foreign troops on Ukrainian territory" the phrase only says where.
      std::size_t noun = q;
      if (q >= b + 2 && v.reading[q - 1].kind == Item::Kind::Date && v.reading[q - 2].norm == "on"sv) noun = q - 2;
      if (it.kind == Item::Kind::Word && target_preposition(it) && !crossed && !own_phrase_only &&
          (noun == b || (v.reading[noun - 1].kind == Item::Kind::Word &&
                         rules_.triggers.starts_event_noun(v.reading[noun - 1].word)))) {
        // "urged allies to use frozen Russian funds": an infinitive is no object.
        if (it.norm == "to"sv && q + 1 < e && clauses_.may_be_verb(v.reading[q + 1])) return {};
        crossed = true;
        // "complained to the United Nations over ...": a "to" right after
        // the verb names whom it was said to, not at whom.
        hearer = q == b && it.norm == "to"sv;
        continue;
      }
      // "rejected direct negotiations with the United States": the "with"
      // of a noun whose row takes it names its partner.
      if (it.kind == Item::Kind::Word && it.norm == "with"sv && !crossed && !own_phrase_only && noun > b &&
          v.reading[noun - 1].kind == Item::Kind::Word && takes_with(v.reading[noun - 1])) {
        crossed = true;
        continue;
      }
      if (it.kind != Item::Kind::Word || it.upper || in(it, bi.preposition) || in(it, bi.coordinator)) return {};
    }
    return {};
  }

  // The names a recipient, partner or addressee may be: an entity that is no
  // mere place ("to the village", "in Kherson" say where), each key or the
  // state a capital stands for; empty when reading[q] is none. `source`:
  // after "from", which marks a name locative, an actor is still one ("a
  // demand from the US President").
  std::vector<std::string> recipient_keys(const SentenceView& v, std::size_t q, bool source = false) const {
    std::vector<std::string> keys;
    if (q >= v.reading.size()) return keys;
    const Item& it = v.reading[q];
    if (it.kind != Item::Kind::Entity || (it.locative && !source) || it.keys.empty() ||
        it.types.size() != it.keys.size() ||
        it.metonyms.size() != it.keys.size())
      return keys;
    for (std::size_t k = 0; k < it.keys.size(); ++k) {
      if (it.types[k] == EntityType::Place && it.metonyms[k].empty()) return {};
      keys.push_back(it.metonyms[k].empty() ? it.keys[k] : it.metonyms[k]);
    }
    return keys;
  }

  // The first item of the noun phrase at reading[q, e) that is no
  // determiner, number, quantifier or lower-case modifier ("the war-torn",
  // "nearly 25,000 tons of"... stop at "of"): where its head or name is.
  std::size_t past_modifiers(const SentenceView& v, std::size_t q, std::size_t e) const {
    const auto& bi = rules_.builtin;
    for (std::size_t steps = 0; q < e && steps < 4; ++q, ++steps) {
      const Item& it = v.reading[q];
      if (it.kind == Item::Kind::Number || in(it, bi.determiner) || in(it, bi.quantifier)) continue;
      // "war-torn": a hyphen and the word it joins modify, and so does the
      // word before it, even one that may be a verb ("war", "cash-strapped").
      if (it.norm == "-"sv) {
        ++q;
        continue;
      }
      if (it.kind == Item::Kind::Word && !it.upper && q + 2 < e && v.reading[q + 1].norm == "-"sv) continue;
      if (it.kind == Item::Kind::Word && !it.upper && !in(it, bi.preposition) && !in(it, bi.coordinator) &&
          !in(it, bi.conditional) && !clauses_.may_be_verb(it))
        continue;
      return q;
    }
    return q;
  }

  // A recipient no name gives, placed in a state: "pledged troops to a
  // peace-keeping force in Sierra Leone", "sent tents to displaced families
  // in Syria" (Syria). Read from reading[q] (past the "to" or "for"), over
  // the words of a plain noun phrase, to "in" and a place that lies in a
  // known state. Not the actor's own ("to its troops in Iraq"), nor past a
  // name, a verb or a comma ("to Kurds fighting in Syria").
  std::vector<std::string> recipient_in_place(const SentenceView& v, std::size_t q, std::size_t end) const {
    const auto& bi = rules_.builtin;
    for (std::size_t steps = 0; q + 1 < end && steps < 8; ++q, ++steps) {
      const Item& it = v.reading[q];
      if (it.norm == "in"sv) {
        if (steps == 0) return {};
        std::size_t p = q + 1;
        while (p < end && (in(v.reading[p], bi.determiner) || v.reading[p].kind == Item::Kind::Adjective)) ++p;
        if (p >= end) return {};
        const Item& place = v.reading[p];
        if (place.kind != Item::Kind::Entity || place.keys.size() != 1 || place.types.empty() ||
            (place.types[0] != EntityType::Place && place.types[0] != EntityType::State))
          return {};
        const std::string state = state_of_place(place.keys[0]);
        if (state.empty()) return {};
        return {state};
      }
      if (in(it, bi.possessive_actor) || in(it, bi.possessive_person)) return {};
      if (steps > 0 && victims_link(v.reading[q - 1], it)) continue;
      if (it.kind == Item::Kind::Number || in(it, bi.determiner) || in(it, bi.quantifier) || it.norm == "-"sv ||
          (it.kind == Item::Kind::Adjective &&
           (it.ref >= res_.entry_templates.size() || res_.entry_templates[it.ref].entity.type != EntityType::State)))
        continue;
      if (it.kind != Item::Kind::Word || it.upper || in(it, bi.preposition) || in(it, bi.coordinator) ||
          in(it, bi.conditional))
        return {};
      // A participle after the noun opens a clause ("refugees fleeing the
      // war in Liberia", "troops stationed in Iraq"); one before it
      // ("displaced families") or joined by a hyphen ("peace-keeping") modifies.
      const bool participle = (it.norm.ends_with("ing"sv) || it.norm.ends_with("ed"sv)) &&
                              !in(it, rules_.if_defined.aid_affected);
      const Item& before = v.reading[q - 1];
      if (participle && before.norm != "-"sv && !in(before, bi.determiner) && before.kind != Item::Kind::Number &&
          steps > 0)
        return {};
    }
    return {};
  }

  // The attacker a threatened response answers, when reading[q] is the "to"
  // or "for" after a verb of RETALIATE: "vowed to respond to any attack by
  // Serbia", "would retaliate for further raids from Gaza" (a noun row of
  // ASSAULT or COERCE in triggers.tsv, then "by" or "from" and its actor).
  // Refused: a response to no attack ("respond to the proposal by Chad"),
  // an attack with no "by" ("respond to any attack on Serbia": whom it
  // defends), a place that stands for no state.
  std::vector<std::string> attacker_answered(const SentenceView& v, std::size_t q, std::size_t end) const {
    const auto& bi = rules_.builtin;
    if (q == 0 || q + 3 >= end || (v.reading[q].norm != "to"sv && v.reading[q].norm != "for"sv) ||
        !in(v.reading[q - 1], rules_.if_defined.retaliate))
      return {};
    auto hostile = [](const Trigger& t) {
      return t.pos == Trigger::Pos::Noun && (t.event == "ASSAULT"sv || t.event == "COERCE"sv);
    };
    for (std::size_t k = q + 1; k + 1 < end && k < q + 5; ++k) {
      const Item& w = v.reading[k];
      if (w.kind != Item::Kind::Word || w.upper) return {};
      if (in(w, bi.determiner) || in(w, bi.quantifier)) continue;
      if (in(w, bi.preposition) || in(w, bi.coordinator)) return {};
      // "any further attack", "a rocket attack": modifiers, and a noun of
      // its own before the head.
      if (!any_trigger_row(w, hostile)) continue;
      const std::size_t by = attacker_by(v, k + 1, end);
      if (by == end) continue;
      return recipient_keys(v, past_modifiers(v, by + 1, end), true);
    }
    return {};
  }

  // Whether the act at `noun` is the attack a threatened response answers:
  // "vowed to respond to any attack on Armenia by Turkey". Whom that attack
  // would hit is the side defended, not whom the threat is aimed at (the
  // attacker is: attacker_answered()). Refused: an act the threat holds
  // itself ("threatened to attack Armenia").
  bool answered_attack(const SentenceView& v, std::size_t from, std::size_t noun) const {
    const auto& bi = rules_.builtin;
    for (std::size_t q = noun; q > from + 1 && q + 5 > noun;) {
      const Item& w = v.reading[--q];
      if (w.norm == "to"sv || w.norm == "for"sv) return in(v.reading[q - 1], rules_.if_defined.retaliate);
      if (w.kind != Item::Kind::Word || w.upper || in(w, bi.preposition) || in(w, bi.coordinator)) return false;
    }
    return false;
  }

  // The "by" or "from" that names the attacker after an attack noun, from
  // reading[q] right after the noun; `end` when none. Whom the attack would
  // hit may come first: "any attack on Armenia by Turkey" (Turkey attacks;
  // Armenia, "on" or "against" and a name, is the side defended). Refused:
  // a target that is no name ("an attack on its bases by ...": a noun
  // phrase of its own, read no further).
  std::size_t attacker_by(const SentenceView& v, std::size_t q, std::size_t end) const {
    if (q + 2 < end && (v.reading[q].norm == "on"sv || v.reading[q].norm == "against"sv)) {
      const std::size_t hit = past_modifiers(v, q + 1, end);
      if (hit >= end || v.reading[hit].kind != Item::Kind::Entity) return end;
      q = hit + 1;
    }
    if (q < end && (v.reading[q].norm == "by"sv || v.reading[q].norm == "from"sv)) return q;
    return end;
  }

  // The state of a government named by where it sits, when a demand makes it
  // act: "urged the authorities in Minsk to free the crew", "called on the
  // regime in Tehran to ..." (REFER_GOVERNMENT, "in", a state or its
  // capital, then the demanded act's "to"). Refused: people of a place
  // ("urged residents in Kyiv to leave"), a place that stands for no state
  // ("the authorities in the province"), a government not made to act
  // ("criticised the authorities in Minsk for ...").
  std::vector<std::string> government_in(const SentenceView& v, std::size_t q, std::size_t end) const {
    const auto& bi = rules_.builtin;
    while (q < end && in(v.reading[q], bi.determiner)) ++q;
    if (q + 3 >= end || v.reading[q].kind != Item::Kind::Word || v.reading[q].upper ||
        !in(v.reading[q], bi.refer_government) || v.reading[q + 1].norm != "in"sv || v.reading[q + 3].norm != "to"sv)
      return {};
    return recipient_keys(v, q + 2, true);
  }

  // Whether `link` joins a disaster's victims to the disaster, which is
  // where they are: the "of" after a noun of AID_VICTIM ("to victims of the
  // floods in Chad"), the "by" after a participle of AID_AFFECTED ("to those
  // affected by the storm in Cuba"). Refused, as any other "of" or "by":
  // "to families of soldiers in Mali", "to refugees sheltered by Chad".
  bool victims_link(const Item& before, const Item& link) const {
    return before.kind == Item::Kind::Word && link.kind == Item::Kind::Word &&
           ((link.norm == "of"sv && in(before, rules_.if_defined.aid_victim)) ||
            (link.norm == "by"sv && in(before, rules_.if_defined.aid_affected)));
  }

  // Whether a word names a withdrawal ("pullout", "withdrawal"): a RETREAT
  // row whose place follows "from" says where from, not who
  // ("compensation", a RETREAT row of its own, is paid by whom "from" names).
  bool retreat_noun(const Item& it) const {
    return it.kind == Item::Kind::Word &&
           any_trigger_row(it, [](const Trigger& t) { return t.event == "RETREAT"sv && target_after(t, "from"); });
  }

  // Whether a word has a trigger row (verb or noun) whose target follows
  // "with": "negotiate with", "relations with", "ties with".
  bool takes_with_partner(const Item& it) const {
    return it.kind == Item::Kind::Word && any_trigger_row(it, [](const Trigger& t) { return target_after(t, "with"); });
  }

  // Whom an offer, aid, promise, threat, demand or refusal is aimed at when
  // no object named it (the recipient, partner or addressee family); read in
  // the act's topic, from its trigger on. Each pattern refuses a place, and
  // stops at a clause of its own ("that", "which", ";") unless it reads it.
  std::vector<std::string> recipients(const SentenceView& v, const Match& m, std::size_t e, std::string_view type) {
    const auto& bi = rules_.builtin;
    std::vector<std::string> found;
    const Capture* t = capture(m, "topic");
    if (!t || m.trigger.empty()) return found;
    const std::size_t b = m.trigger.front(), end = std::min(t->end, e);
    const auto& d = rules_.if_defined;
    const int give = d.give, give_to = d.recipient_verb, aid_noun = d.aid_noun, help = d.help,
              group_noun = bi.group_noun, ultimatum = d.ultimatum_verb;
    auto clause_end = [&](const Item& it) {
      return it.norm == ";"sv || it.norm == "that"sv || it.norm == "which"sv || it.norm == "who"sv;
    };
    auto take = [&](std::size_t q, bool source = false) {
      found = recipient_keys(v, q, source);
      return !found.empty();
    };
    if (type == "AID"sv || type == "AGREE"sv) {
      bool giving = false;
      // The recipients after "to" or "for" so far, and whether an "and"
      // followed the last: "aid for the reconstruction of Turkey and relief
      // to Syria" gives to both; not "aid to Chad for the refugees' camps".
      std::vector<std::string> given;
      bool and_after = false;
      for (std::size_t q = b; q < end; ++q) {
        const Item& it = v.reading[q];
        if (clause_end(it) || in(it, bi.conditional)) break;
        and_after |= it.norm == "and"sv;
        if (!given.empty() && !and_after) continue;
        const bool gives = in(it, give) || in(it, give_to);
        // "Sweden will give Moldova a loan", "offered Kyiv more air
        // defence": a name between a verb of giving and what is given.
        if (gives && q + 2 < end && v.reading[q + 2].kind != Item::Kind::Entity &&
            (in(v.reading[q + 2], bi.determiner) || in(v.reading[q + 2], bi.quantifier) ||
             v.reading[q + 2].kind == Item::Kind::Number) &&
            take(q + 1)) {
          given.insert(given.end(), found.begin(), found.end());
          return given;
        }
        // "agreed to help Haiti", "ready to help defend Estonia": whom the
        // help is for (a verb, not "the help Haiti got").
        if (in(it, help) && (q == b || !in(v.reading[q - 1], bi.determiner))) {
          std::size_t w = q + 1;
          if (w < end && in(v.reading[w], help)) ++w;
          if (take(w)) {
            given.insert(given.end(), found.begin(), found.end());
            return given;
          }
        }
        giving |= gives || in(it, aid_noun);
        // "pledged to send medicine to Chile", "promised food aid for
        // displaced Sudanese", "offered to hand over to Spain two suspects":
        // the recipient after "to" or "for" once something is given.
        // Else one no name gives, placed in a state ("to a force in Liberia").
        if (giving && (it.norm == "to"sv || it.norm == "for"sv)) {
          const std::size_t h = past_modifiers(v, q + 1, end);
          // "aid for the reconstruction of Haiti", "tents for the victims of
          // Chad": whose victims, or what is rebuilt (AID_VICTIM).
          // (Past "the reconstruction" to its "of", or at "the rebuilding",
          // which may be a verb.)
          std::size_t of = h;
          if (h + 1 < end && v.reading[h].kind == Item::Kind::Word && in(v.reading[h], rules_.if_defined.aid_victim))
            of = h + 1;
          if (take(h) ||
              (of > q + 1 && of + 1 < end && v.reading[of].norm == "of"sv &&
               victims_link(v.reading[of - 1], v.reading[of]) && take(past_modifiers(v, of + 1, end))) ||
              !(found = recipient_in_place(v, q + 1, end)).empty()) {
            given.insert(given.end(), found.begin(), found.end());
            and_after = false;
          }
        }
      }
      if (!given.empty()) return given;
      found.clear();
    }
    if (type == "THREATEN"sv || type == "AGREE"sv || type == "REJECT"sv) {
      // "threatened to sever ties with Vietnam", "offered to negotiate with
      // the rebels' leader": the partner of an act that takes one.
      for (std::size_t q = b + 1; q + 1 < end; ++q) {
        if (clause_end(v.reading[q]) || in(v.reading[q], bi.conditional)) break;
        // An agreement's only after its verb ("agreed to mediation in
        // talks with Hamas" is no agreement with Hamas).
        if (v.reading[q].norm == "with"sv && takes_with_partner(v.reading[q - 1]) &&
            (type != "AGREE"sv || (q >= 2 && v.reading[q - 2].norm == "to"sv)) &&
            take(past_modifiers(v, q + 1, end)))
          return found;
      }
    }
    if (type == "THREATEN"sv) {
      for (std::size_t q = b + 1; q + 1 < end; ++q) {
        const Item& it = v.reading[q];
        if (clause_end(it)) break;
        // "vowed to respond to any attack by Serbia": a response (RETALIATE)
        // to an attack names the attacker.
        if (const auto attacker = attacker_answered(v, q, end); !attacker.empty()) return attacker;
        // "threatened reprisals against Kenya", "to impose tariffs against
        // Chinese steel": whom the threatened act is against.
        if (it.norm == "against"sv) {
          const std::size_t h = past_modifiers(v, q + 1, end);
          if (take(h)) return found;
          if (h < end && v.reading[h].kind == Item::Kind::Adjective) {
            std::string key = adjective_state(v.reading[h]);
            if (!key.empty()) return {key};
          }
          break;
        }
        // "threatened to cut off gas unless Moldova paid its debts", "if
        // Seoul does not withdraw": an ultimatum's condition names whom
        // the threat presses. A plain "if" does not ("if Hamas ran in the
        // election" is no demand to Hamas): only with a refusal to act.
        if (it.norm == "unless"sv || it.norm == "if"sv) {
          const std::size_t h = past_modifiers(v, q + 1, end);
          if (h + 1 >= end || recipient_keys(v, h).empty()) break;
          const Item& verb = v.reading[h + 1];
          bool pressed = it.norm == "unless"sv && clauses_.may_be_verb(verb);
          if (it.norm == "if"sv) {
            // ULTIMATUM_VERB: "fails", "refuses", "persists", "continues";
            // "goes ahead" only with its "ahead".
            const bool go = verb.norm == "goes"sv || verb.norm == "go"sv || verb.norm == "went"sv;
            pressed = (go ? h + 2 < end && v.reading[h + 2].norm == "ahead"sv : in(verb, ultimatum)) ||
                      ((verb.norm == "does"sv || verb.norm == "did"sv || verb.norm == "do"sv) && h + 2 < end &&
                       in(v.reading[h + 2], bi.neg));
          }
          if (pressed) take(h);
          return found;
        }
      }
    }
    if (type == "REQUEST"sv) {
      std::size_t q = b + 1;
      if (q < end && v.reading[q].kind == Item::Kind::Date) ++q;
      if (auto keys = government_in(v, q, end); !keys.empty()) return keys;
      // "insisted that Belgrade hand over the suspects", "demanded that its
      // NATO allies act": whom the demanded clause makes its subject, when
      // a verb follows (not "that the talks with Iran resume").
      if (q < end && v.reading[q].norm == "that"sv) {
        std::size_t h = q + 1;
        while (h < end && h < q + 3 && in(v.reading[h], bi.determiner)) ++h;
        std::size_t verb = h + 1;
        if (verb < end && in(v.reading[verb], group_noun)) ++verb;
        if (verb < end && v.reading[verb].kind == Item::Kind::Word && v.reading[verb].norm != "'s"sv &&
            clauses_.may_be_verb(v.reading[verb]))
          take(h);
        return found;
      }
      // "demanded compensation from Iraq", "sought an apology by the
      // ministry": the one the demanded thing is to come from, right after
      // its noun phrase. Not a withdrawal's place ("demanded a pullout
      // from Syria").
      for (std::size_t h = q; h < end && h < q + 5; ++h) {
        const Item& it = v.reading[h];
        if (it.norm == "from"sv || it.norm == "by"sv) {
          if (h > q && !retreat_noun(v.reading[h - 1])) take(past_modifiers(v, h + 1, end), true);
          break;
        }
        if (it.kind == Item::Kind::Number || in(it, bi.determiner) || in(it, bi.quantifier)) continue;
        if (it.kind != Item::Kind::Word || it.upper || in(it, bi.preposition) || in(it, bi.coordinator)) break;
      }
      return found;
    }
    if (type == "MOBILIZE"sv) {
      // "mobilized reservists for a possible war against Iraq", "massed
      // troops for an offensive on the rebels": whom the attack they are
      // readied for is aimed at (a noun row of ASSAULT or COERCE whose
      // target follows that preposition). Not a place ("for an offensive on
      // the town"), nor troops for no attack ("for the parade").
      for (std::size_t q = b + 1; q + 2 < end; ++q) {
        if (clause_end(v.reading[q])) break;
        if (v.reading[q].norm != "for"sv) continue;
        for (std::size_t k = q + 1; k + 1 < end && k < q + 5; ++k) {
          const Item& w = v.reading[k];
          if (w.kind != Item::Kind::Word || w.upper || in(w, bi.preposition) || in(w, bi.coordinator)) break;
          const std::string_view by = v.reading[k + 1].norm;
          if (any_trigger_row(w, [&](const Trigger& row) {
                return row.pos == Trigger::Pos::Noun && (row.event == "ASSAULT"sv || row.event == "COERCE"sv) &&
                       target_after(row, by);
              })) {
            take(past_modifiers(v, k + 2, end));
            return found;
          }
        }
        break;
      }
    }
    if (type == "RETREAT"sv) {
      // "announced its dissolution and the end of its armed struggle against
      // the Turkish state": the end of a fight is a retreat from whom it was
      // against (a name, or a state's adjective). Only in the noun phrase
      // after "end of", through a span of time ("the end of four decades of
      // war against X", DURATION): not "the end of its role in the coalition
      // against X".
      for (std::size_t q = b + 1; q + 3 < end; ++q) {
        if (clause_end(v.reading[q])) break;
        if (v.reading[q].norm != "end"sv || v.reading[q + 1].norm != "of"sv) continue;
        for (std::size_t k = q + 2; k + 1 < end && k < q + 10; ++k) {
          const Item& w = v.reading[k];
          if (w.kind == Item::Kind::Number || in(w, bi.quantifier) ||
              (w.norm == "of"sv && in(v.reading[k - 1], rules_.if_defined.duration)))
            continue;
          if (w.norm == "against"sv) {
            const std::size_t h = past_modifiers(v, k + 1, end);
            if (take(h)) return found;
            if (h < end && v.reading[h].kind == Item::Kind::Adjective)
              if (std::string key = adjective_state(v.reading[h]); !key.empty()) return {key};
            break;
          }
          if (w.kind != Item::Kind::Word || w.upper || in(w, bi.preposition) || in(w, bi.coordinator)) break;
        }
        break;
      }
    }
    if (type == "SANCTION"sv) {
      // "suspended a military aid program for Bosnia", "froze aid for
      // Haiti": whose aid (AID_NOUN, and one noun of its own) was cut. Not
      // a time ("froze aid for a month").
      for (std::size_t q = b + 1; q + 2 < end && q < b + 6; ++q) {
        const Item& it = v.reading[q];
        if (it.kind != Item::Kind::Word || !in(it, aid_noun)) continue;
        while (q + 3 < end && v.reading[q + 1].kind == Item::Kind::Word && in(v.reading[q + 1], aid_noun)) ++q;  // "food aid"
        std::size_t p = q + 1;
        if (v.reading[p].kind == Item::Kind::Word && !v.reading[p].upper && !in(v.reading[p], bi.preposition) &&
            !in(v.reading[p], bi.coordinator))
          ++p;
        if (p + 1 < end && (v.reading[p].norm == "for"sv || v.reading[p].norm == "to"sv))
          take(past_modifiers(v, p + 1, end));
        return found;
      }
    }
    if (type == "REJECT"sv) {
      // "does not recognize the legitimacy of President Ortiz", "rejected the
      // jurisdiction of the tribunal": whose standing (REJECTED_STANDING) is
      // denied. Not a standing of no one named ("the legitimacy of the vote").
      for (std::size_t q = b + 1; q + 2 < end && q < b + 6; ++q) {
        const Item& it = v.reading[q];
        if (clause_end(it) || in(it, bi.conditional)) break;
        if (it.kind == Item::Kind::Word && in(it, rules_.if_defined.rejected_standing) &&
            v.reading[q + 1].norm == "of"sv)
          if (take(past_modifiers(v, q + 2, end))) return found;
      }
    }
    if (type == "REJECT"sv || type == "CONCEDE"sv) {
      // "yielded to demands from the strikers", "refused to answer a call by
      // the council", "stayed on despite pressure from Paris": whose
      // proposal or pressure was rejected or yielded to.
      for (std::size_t q = b + 1; q + 2 < end; ++q) {
        const Item& it = v.reading[q];
        if (clause_end(it) || in(it, bi.conditional)) break;
        if (it.kind == Item::Kind::Word && (in(it, bi.proposal_noun) || it.norm == "pressure"sv) &&
            (v.reading[q + 1].norm == "from"sv || v.reading[q + 1].norm == "by"sv) &&
            take(past_modifiers(v, q + 2, end), true))
          return found;
      }
    }
    return found;
  }

  // ---- The owner of the judged or struck thing ----------------------------
  // An act of judgement, protest, rejection, sanction, coercion or assault
  // whose object is a thing or a people owned by its real target: "condemned
  // as a crime Hungary's treatment of refugees", "arrested dozens of Kurdish
  // students", "in protest against abuses by the border police".

  // Whether events of this type take the owner of their object as target.
  static bool judges_or_strikes(std::string_view type) {
    return type == "ACCUSE"sv || type == "PROTEST"sv || type == "REJECT"sv || type == "SANCTION"sv ||
           type == "COERCE"sv || type == "ASSAULT"sv;
  }

  // The states whose adjectives a group's mention holds, appended to `out`:
  // "Kurdish and Yazidi refugees" names no state, "two Nepalese climbers"
  // Nepal, "dozens of Chadian and Sudanese traders" Chad and Sudan. The
  // group's own item kept no adjective items, so its tokens are looked up
  // again (only for a group that is a target: a few per report).
  void group_states(const SentenceView& v, const Item& group, std::vector<std::string>& out) {
    if (group.kind != Item::Kind::Entity || group.types.size() != 1 || group.types[0] != EntityType::ActorGroup) return;
    for (std::size_t t = group.tb; t < group.te && t < v.tokens.size();) {
      res_.gazetteer.longest_at(v.tokens, t, owner_match_);
      std::size_t next = t + 1;
      if (owner_match_.end > t && owner_match_.end <= group.te) {
        for (const NameSense* s : owner_match_.senses) {
          const std::string key = s->kind == NameSense::Kind::Adjective ? state_entry(s->index) : std::string();
          if (key.empty()) continue;
          if (std::find(out.begin(), out.end(), key) == out.end()) out.push_back(key);
          next = owner_match_.end;
          break;
        }
      }
      t = next;
    }
  }

  // The target a judged or struck phrase reading[b, e) names through what
  // it owns, appended to `out` (nothing when it names none). Called when
  // neither the rule nor owner_in_object() found one. `type`: the event's.
  void judged_owner(const SentenceView& v, std::size_t b, std::size_t e, std::string_view type,
                    std::vector<std::string>& out) {
    const auto& bi = rules_.builtin;
    auto word = [&](std::size_t k, std::string_view w) {
      return k < e && v.reading[k].kind == Item::Kind::Word && v.reading[k].norm == w;
    };
    // What it is judged for, after "over", "about", "against", "at" or "of".
    auto charge = [&](std::size_t k) {
      return word(k, "over"sv) || word(k, "about"sv) || word(k, "against"sv) || word(k, "at"sv) || word(k, "of"sv);
    };
    std::size_t q = b;
    if (q < e && v.reading[q].kind == Item::Kind::Word && in(v.reading[q], rules_.if_defined.verb_particle) &&
        !word(q + 1, "to"sv) && !charge(q + 1)) {
      // "the militia beat up two Yazidi shepherds": the verb's particle.
      ++q;
    } else if (word(q, "to"sv) && hearer_at(v, q + 1, e)) {
      // "protested to the OSCE on Monday over Serbian shelling": past whom
      // it was said to, what it is about. (No "over": no target.)
      std::size_t k = q + 1;
      while (in(v.reading[k], bi.determiner)) ++k;
      ++k;
      if (word(k, "on"sv) && k + 1 < e && v.reading[k + 1].kind == Item::Kind::Date) ++k;
      while (k < e && v.reading[k].kind == Item::Kind::Date) ++k;
      if (!charge(k)) return;
      q = k + 1;
    } else if (word(q, "as"sv)) {
      // "condemned as barbaric Syria's use of chemical weapons": the object
      // after the complement that was put first. Only a possessor's: in
      // "denounced as an insult the remarks" no owner is named.
      std::size_t k = q + 1;
      while (k < e && k < q + 6 && !possessor_at(v, k, e) &&
             (in(v.reading[k], bi.determiner) ||
              (v.reading[k].kind == Item::Kind::Word && !v.reading[k].upper && !in(v.reading[k], bi.preposition) &&
               !in(v.reading[k], bi.coordinator))))
        ++k;
      if (!possessor_at(v, k, e)) return;
      q = k;
    } else if (word(q, "into"sv)) {
      // "an inquiry into killings by the militia", "hacked into the servers of a Polish bank".
      ++q;
    } else if (const std::size_t mover = type == "PROTEST"sv ? mover_at(v, q, e) : e; mover < e) {
      // "protested the anticipated presence of Turkish troops": a movement
      // protested, read from its noun as any judged phrase below.
      q = mover;
    } else if (type == "PROTEST"sv) {
      // "staged a sit-in on Friday to protest against Italy's new law",
      // "went on strike in protest at the closure of ...": the protest's
      // object, in its purpose; "to demand" what one protests for ("to
      // demand the release of prisoners held by the army").
      std::size_t k = q;
      for (; k + 1 < e && k < q + 8 && v.reading[k].kind != Item::Kind::Punct; ++k) {
        const Item& w = v.reading[k + 1];
        if (word(k, "to"sv) && w.kind == Item::Kind::Word &&
            (in(w, rules_.if_defined.purpose) || w.norm == "demand"sv))
          break;
        if (word(k, "in"sv) && w.norm == "protest"sv) break;
      }
      if (k + 1 >= e || k >= q + 8 || v.reading[k].kind == Item::Kind::Punct) return;
      q = k + 2;
      if (charge(q)) ++q;
    }
    phrase_owner(v, q, e, type, false, out);
  }

  // ---- Whom a protest wants removed ----------------------------------------
  // "marched through the capital demanding the resignation of Prime Minister
  // Pablo Ortiz", "a strike calling for the ouster of the Kandari
  // government's defence minister": a protest that demands someone leave
  // office (a word of REMOVAL after a demand and its determiner) is a
  // protest against them, and so is one in a participle of demand after the
  // clause's comma. Refused: a removal no demand asks for ("marched after
  // the resignation of X"), another demand ("demanding the release of X":
  // whom they want freed is no target), a removal of no actor ("calling for
  // the removal of checkpoints"), another clause's demand after the comma
  // (", and the opposition called for the removal of X").
  void removal_target(const SentenceView& v, std::size_t b, std::size_t e, std::vector<std::string>& out) const {
    const int removal = rules_.if_defined.removal;
    if (removal < 0) return;
    const auto& bi = rules_.builtin;
    // Where a demand opens at reading[k] ("to demand", "demanding", "calling
    // for", "their demands for"): the first word after it, else 0.
    auto demand_at = [&](std::size_t k, std::size_t end) -> std::size_t {
      const Item& w = v.reading[k];
      if (w.kind != Item::Kind::Word || w.tb >= v.tokens.size() || k + 1 >= end) return 0;
      if ((v.tokens[w.tb].lemma == "call"sv || in(w, bi.demand_said)) && v.reading[k + 1].norm == "for"sv) return k + 2;
      return in(w, rules_.if_defined.request) ? k + 1 : 0;
    };
    // The actors whose removal the demand at reading[q] asks for.
    auto removed = [&](std::size_t q, std::size_t end) {
      // "the immediate removal of": a determiner and adjectives first.
      while (q < end && (in(v.reading[q], bi.determiner) ||
                         (v.reading[q].kind == Item::Kind::Word && !v.reading[q].upper && !in(v.reading[q], removal) &&
                          v.reading[q].tb < v.tokens.size() &&
                          (v.tokens[v.reading[q].tb].classes & Token::kAdjective) != 0)))
        ++q;
      if (q + 2 >= end || !in(v.reading[q], removal) || v.reading[q + 1].norm != "of"sv) return;
      const Item& who = v.reading[q + 2];
      if (who.kind != Item::Kind::Entity || who.locative) return;
      for (std::size_t i = 0; i < who.keys.size() && i < who.types.size(); ++i)
        if (is_actor_type(who.types[i])) out.push_back(who.keys[i]);
    };
    for (std::size_t k = b; k < e && out.empty(); ++k) {
      // (Not past ", and" or ";", where another clause may start that the
      // clause reader did not part: ", and the opposition called for".)
      if (v.reading[k].norm == ";"sv ||
          (v.reading[k].norm == ","sv && k + 1 < e && in(v.reading[k + 1], bi.coordinator)))
        return;
      if (const std::size_t q = demand_at(k, e)) removed(q, e);
    }
    // "rioted on Friday, calling for the ouster of X": a participle of demand
    // after the clause's comma says what the protest wanted (up to its own comma).
    const std::size_t n = v.reading.size();
    if (out.empty() && e + 1 < n && v.reading[e].norm == ","sv) {
      std::size_t end = e + 1;
      while (end < n && v.reading[end].norm != ","sv && v.reading[end].norm != ";"sv) ++end;
      if (const std::size_t q = demand_at(e + 1, end); q && v.reading[e + 1].norm.ends_with("ing")) removed(q, end);
    }
  }

  // ---- The judged act named again ------------------------------------------
  // "Iran test-fired a cruise missile on Sunday. ... Israel condemned the
  // launch": a judgement whose object is "the", "this" or "that" and an event
  // noun with no owner of its own names an act an earlier sentence of the
  // report told; it is aimed at that act's actor (issue 20).

  // How far back the act may have been told: sentences, paragraphs. News
  // agencies write a paragraph a sentence, so two paragraphs back is near.
  static constexpr std::size_t kRenamedActSentences = 3, kRenamedActParagraphs = 2;

  // Whether events of this type judge what they are about, and may name it
  // again: a condemnation, protest, rejection or sanction.
  static bool judges(std::string_view type) {
    return type == "ACCUSE"sv || type == "PROTEST"sv || type == "REJECT"sv || type == "SANCTION"sv;
  }

  // The actors of the earlier act that the judged phrase reading[b, e) names
  // again, appended to `out`. `judging`: the judging act's actors; nothing
  // when the nearest such act is their own ("the deal" Somalia signed,
  // called illegal by Somalia's president).
  // Refused: an owner ("Russia's launch", "the launch of Russia's
  // satellite", "the Russian strike", "the strike by militants"), a noun no
  // act of the last sentences names ("condemned the violence"), an act
  // denied or only planned.
  void renamed_act_actors(const SentenceView& v, std::size_t b, std::size_t e, std::size_t sentence_index,
                          const std::vector<std::string>& judging, std::vector<std::string>& out) const {
    const auto& bi = rules_.builtin;
    std::size_t k = b;
    if (k < e && v.reading[k].norm == "of"sv) ++k;  // "its condemnation of the launch"
    if (k >= e || !(v.reading[k].norm == "the"sv || v.reading[k].norm == "this"sv || v.reading[k].norm == "that"sv))
      return;
    // The noun phrase: lower-case words ("the latest missile launch"); its
    // head the last that names a renamed act ("the deal illegal": deal).
    // The nouns and their verbs: ontologies/rules/renamed-acts.txt.
    const std::pair<std::string, std::vector<std::string>>* row = nullptr;
    std::size_t head = e;
    for (std::size_t n = 0; ++k < e && n < 4; ++n) {
      const Item& w = v.reading[k];
      if (w.kind != Item::Kind::Word || w.upper || in(w, bi.preposition) || in(w, bi.coordinator) ||
          in(w, bi.determiner))
        break;
      if (w.norm == "'s"sv) return;  // "the ship's seizure": an owner, if any, is no earlier act's
      if (w.tb >= v.tokens.size()) continue;
      const std::string_view lemma = v.tokens[w.tb].lemma.empty() ? std::string_view(w.norm) : v.tokens[w.tb].lemma;
      for (const auto& r : rules_.renamed_acts)
        if (r.first == lemma) {
          row = &r;
          head = k;
        }
    }
    if (!row) return;
    // Not an owner after the phrase: "the launch of", "the strike by", a name.
    if (k < e && (v.reading[k].norm == "of"sv || v.reading[k].norm == "by"sv || v.reading[k].norm == "'s"sv ||
                  v.reading[k].kind == Item::Kind::Entity || v.reading[k].kind == Item::Kind::Adjective))
      return;
    // The types the noun names by its own rows, when it has some: "the
    // attack" is no AGREE, though "struck a deal" has its verb.
    std::vector<std::string_view> types;
    for (const auto& f : rules_.triggers.starting(v.reading[head].word)) {
      const Trigger& t = rules_.triggers.entries()[f.entry];
      if (t.pos == Trigger::Pos::Noun && !t.event.empty() && t.event != "NONE"sv && t.rest.empty())
        types.push_back(t.event);
    }
    std::vector<WordReading> readings;
    auto names_it = [&](const Assertion& x) {
      if (!types.empty() && std::find(types.begin(), types.end(), x.event_type) == types.end()) return false;
      for (std::size_t from = 0; from < x.trigger.size();) {
        std::size_t to = x.trigger.find(' ', from);
        if (to == std::string::npos) to = x.trigger.size();
        rules_.morphology.analyze(std::string_view(x.trigger).substr(from, to - from), readings);
        for (const auto& r : readings)
          if ((r.word_class == WordClass::Verb || r.word_class == WordClass::Noun) &&
              (r.lemma == row->first || std::find(row->second.begin(), row->second.end(), r.lemma) != row->second.end()))
            return true;
        from = to + 1;
      }
      return false;
    };
    const Sentence& here = sentences_[sentence_index];
    for (std::size_t n = first_of_sentence_; n-- > 0;) {
      const Assertion& x = assertions_[n];
      const std::size_t begin = evidence_[x.evidence].begin;
      const auto s = std::lower_bound(sentences_.begin(), sentences_.end(), begin,
                                      [](const Sentence& sen, std::size_t at) { return sen.begin < at; });
      if (s == sentences_.end() || sentence_index - static_cast<std::size_t>(s - sentences_.begin()) >
                                       kRenamedActSentences ||
          here.paragraph > s->paragraph + kRenamedActParagraphs)
        return;
      if (x.negated || x.modality != Modality::None || !names_it(x)) continue;
      // The nearest act it names, or none: not the judges' own act.
      for (const auto& k2 : x.actors)
        if (std::find(judging.begin(), judging.end(), k2) != judging.end()) return;
      if (speaks_for(judging, x.actors)) return;
      out.insert(out.end(), x.actors.begin(), x.actors.end());
      return;
    }
  }

  // Whether a name, after determiners, starts at reading[k]: whom "to" names.
  bool hearer_at(const SentenceView& v, std::size_t k, std::size_t e) const {
    while (k < e && in(v.reading[k], rules_.builtin.determiner)) ++k;
    return k < e && v.reading[k].kind == Item::Kind::Entity;
  }

  bool possessor_at(const SentenceView& v, std::size_t k, std::size_t e) const {
    return k + 1 < e && v.reading[k].kind == Item::Kind::Entity && v.reading[k + 1].norm == "'s"sv &&
           v.reading[k].keys.size() == 1;
  }

  // The owner of the noun phrase at reading[q, e), for judged_owner():
  // a possessor ("Israel's closure of the crossings"), a state's adjective
  // ("two Turkish air strikes"), a named actor or group ("more than 40
  // Uighur activists", with the states of its adjectives), the owner after
  // "of" of a thing or person ("the offices of the Red Crescent", "the
  // safety of 300 Filipino workers"), the agent after "by" of a judged act
  // ("abuses by the border police", "land confiscated by the army"), or
  // whom a thing was taken "from" ("seized cattle from Dinka herders").
  // `agent_only`: after "of" of an event noun, where what follows is the
  // act's patient ("the killing of two Kurdish students"): only an agent.
  // `named_only`: after "of" of another noun, where a state's adjective
  // owns the thing after it, not the noun before "of" ("buyers of Russian
  // oil" are not Russia's): only a name.
  void phrase_owner(const SentenceView& v, std::size_t q, std::size_t e, std::string_view type, bool agent_only,
                    std::vector<std::string>& out, bool named_only = false) {
    const auto& bi = rules_.builtin;
    const bool judged = type == "ACCUSE"sv || type == "PROTEST"sv || type == "REJECT"sv;
    // The actor an item names, as a target, with a group's states.
    auto take = [&](std::size_t k) {
      const Item& it = v.reading[k];
      for (std::size_t i = 0; i < it.keys.size() && i < it.types.size(); ++i) {
        if (it.types[i] == EntityType::Place && (i >= it.metonyms.size() || it.metonyms[i].empty())) continue;
        out.push_back(i < it.metonyms.size() && !it.metonyms[i].empty() ? it.metonyms[i] : it.keys[i]);
      }
      group_states(v, it, out);
    };
    // The agent after "by" at reading[k]: "by the army", "by Burmese
    // paramilitary units" (a state's adjective).
    auto agent = [&](std::size_t k) {
      if (const int who = clauses_.object_of(v.reading, k, e, true); who >= 0)
        take(static_cast<std::size_t>(who));
      else if (k < e && v.reading[k].kind != Item::Kind::Entity)
        phrase_owner(v, k, e, type, false, out);
    };
    // A lower-case word that may be part of a noun phrase: no preposition
    // or conjunction, no verb form that is no noun ("detainees held after
    // the escape of": the phrase ends at "held").
    auto in_phrase = [&](const Item& w) {
      if (w.kind != Item::Kind::Word || w.upper || in(w, bi.preposition) || in(w, bi.coordinator) ||
          in(w, bi.locative) || in(w, bi.time_phrase) || in(w, bi.temporal) || in(w, bi.conditional))
        return false;
      if (w.tb >= v.tokens.size()) return true;
      const Token& t = v.tokens[w.tb];
      return !((t.classes & Token::kVerb) && !(t.classes & Token::kNoun) && t.lemma != t.norm);
    };
    for (std::size_t k = q, steps = 0; k < e && steps < 8; ++k, ++steps) {
      const Item& it = v.reading[k];
      if (it.kind == Item::Kind::Entity) {
        if (possessor_at(v, k, e)) {
          if (!agent_only) out.push_back(it.metonyms[0].empty() ? it.keys[0] : it.metonyms[0]);
          return;
        }
        if (it.types.size() == 1 && it.types[0] == EntityType::Place && it.metonyms[0].empty()) {
          // "accused Darfur rebels of": a region's fighters, of its state.
          if (!agent_only && k + 1 < e && in(v.reading[k + 1], bi.fighters)) {
            const std::string state = state_of_place(it.keys[0]);
            if (!state.empty()) out.push_back(state);
          }
          return;
        }
        // "two UAE-based firms": where they are based, not whose they are.
        const bool based = k + 2 < e && v.reading[k + 1].norm == "-"sv && v.reading[k + 2].norm == "based"sv;
        if (!agent_only && !based) take(k);
        return;
      }
      if (it.kind == Item::Kind::Adjective) {
        if (agent_only) continue;
        if (it.region_adjective || named_only) return;
        const std::string key = it.keys.empty() ? adjective_state(it) : it.keys[0];
        if (key.empty()) return;
        out.push_back(key);
        // "Sudanese and Chadian refugees": each state of a list of adjectives.
        for (std::size_t r = k + 1; r + 1 < e && in(v.reading[r], bi.coordinator); r += 2) {
          const std::string other = adjective_state(v.reading[r + 1]);
          if (other.empty()) break;
          out.push_back(other);
        }
        return;
      }
      if (it.kind == Item::Kind::Number || in(it, bi.determiner) || in(it, bi.quantifier)) continue;
      // "scores of", "hundreds of": a count of what follows.
      if (in(it, bi.crowd) && k + 1 < e && v.reading[k + 1].norm == "of"sv) {
        ++k;
        continue;
      }
      if (!in_phrase(it)) return;
      // A lower-case word of the phrase: what comes after it says whether
      // it is the head noun and who owns it.
      if (k + 1 >= e) return;
      const Item& next = v.reading[k + 1];
      // "condemned the military coup in Niger", "the crackdown in Minsk": a
      // rulers' act (RULERS_ACT) in a state is that state's. Not past "on"
      // ("the crackdown on protesters in Belarus" is aimed at them).
      if (judged && !agent_only && next.norm == "in"sv && in(it, rules_.if_defined.rulers_act)) {
        std::size_t p = k + 2;
        while (p < e && in(v.reading[p], bi.determiner)) ++p;
        if (p >= e) return;
        const Item& place = v.reading[p];
        if (place.kind == Item::Kind::Entity && place.keys.size() == 1 && !place.types.empty() &&
            (place.types[0] == EntityType::State || place.types[0] == EntityType::Place)) {
          const std::string state = state_of_place(place.keys[0]);
          if (!state.empty()) out.push_back(state);
        }
        return;
      }
      // "the presence of Turkish troops", "the passage through the strait of
      // two German warships": a movement's "of" names who moves (MOVER).
      if (!agent_only && in(it, rules_.if_defined.mover)) {
        if (const std::size_t of = mover_of(v, k + 1, e)) {
          phrase_owner(v, of + 1, e, type, false, out);
          return;
        }
      }
      if (next.kind == Item::Kind::Word && next.norm == "of"sv) {
        // "the homes of Roma families"; after an event noun only its agent.
        if (agent_only) return;
        const bool act = rules_.triggers.starts_event_noun(it.word);
        phrase_owner(v, k + 2, e, type, act, out, !act);
        return;
      }
      if (judged && next.kind == Item::Kind::Word && next.norm == "by"sv) {
        agent(k + 2);
        return;
      }
      // "crimes committed by", "land seized by": a participle and its agent.
      if (judged && k + 2 < e && next.kind == Item::Kind::Word && !next.upper && next.norm.ends_with("ed") &&
          v.reading[k + 2].norm == "by"sv && clauses_.may_be_verb(next)) {
        agent(k + 3);
        return;
      }
      if (agent_only) continue;
      // "confiscated weapons from Kurdish fighters": whom it was taken from.
      if (type == "COERCE"sv && next.kind == Item::Kind::Word && next.norm == "from"sv) {
        // (A name after "from" reads as a place: take() keeps only actors.)
        phrase_owner(v, k + 2, e, type, false, out);
        return;
      }
      // "weapons and explosives from": a list of things.
      if (in(next, bi.coordinator) && k + 2 < e && in_phrase(v.reading[k + 2])) {
        ++k;
        continue;
      }
      if (in_phrase(next)) continue;
      return;
    }
  }

  // Where the noun of MOVER is that the phrase at reading[q, e) opens with,
  // after its determiners and lower-case modifiers ("the anticipated
  // passage"); `e` when it opens with none.
  std::size_t mover_at(const SentenceView& v, std::size_t q, std::size_t e) const {
    for (std::size_t n = 0; q < e && n < 4; ++q, ++n) {
      const Item& w = v.reading[q];
      if (w.kind != Item::Kind::Word || w.upper) return e;
      if (in(w, rules_.if_defined.mover)) return q;
      if (in(w, rules_.builtin.preposition) || in(w, rules_.builtin.coordinator)) return e;
    }
    return e;
  }

  // Where the "of" of a noun of MOVER is, at reading[k] or past the way it
  // takes ("the passage through the Taiwan Strait of two Canadian warships":
  // ROUTE, then determiners, names and lower-case words); 0 when none is.
  // Its "of" names who moves or stays: the one a protest at the movement is
  // aimed at ("protested the presence of Turkish troops": Turkey's).
  std::size_t mover_of(const SentenceView& v, std::size_t k, std::size_t e) const {
    const auto& bi = rules_.builtin;
    if (k < e && v.reading[k].norm == "of"sv) return k;
    if (k >= e || !in(v.reading[k], bi.route)) return 0;
    for (std::size_t q = k + 1; q < e && q < k + 6; ++q) {
      const Item& w = v.reading[q];
      if (w.norm == "of"sv) return q > k + 1 ? q : 0;
      if (w.kind != Item::Kind::Entity && (w.kind != Item::Kind::Word || w.upper || in(w, bi.preposition) ||
                                           in(w, bi.coordinator)) && !in(w, bi.determiner))
        return 0;
    }
    return 0;
  }

  // Whether the place at reading[b] and the one at reading[e] are in one
  // list: only commas, "and"/"or", prepositions, determiners and directions
  // between them ("near Kupyansk and Siversk and in the X area").
  bool coordinated_places(const SentenceView& v, std::size_t b, std::size_t e) const {
    const auto& bi = rules_.builtin;
    bool joined = false;
    for (std::size_t q = b + 1; q < e; ++q) {
      const Item& it = v.reading[q];
      if (it.norm == ","sv || in(it, bi.coordinator)) {
        joined = true;
        continue;
      }
      if (in(it, bi.preposition) || in(it, bi.determiner) || in(it, bi.direction) || in(it, bi.compass)) continue;
      return false;
    }
    return joined;
  }

  // Whether reading[q] is a "that" opening a relative clause: after a name
  // that a preposition governs ("aid to Taiwan that the US approved") or a
  // noun after a determiner and perhaps one modifier ("the deal that
  // Lukashenko mediated", "the same day that"), where no verb takes it as
  // its complement.
  bool relative_that(const SentenceView& v, std::size_t q) const {
    if (v.reading[q].norm != "that"sv || q < 2) return false;
    const Item& noun = v.reading[q - 1];
    const Item& before = v.reading[q - 2];
    if (noun.kind == Item::Kind::Entity) return in(before, rules_.builtin.preposition);
    if (noun.kind != Item::Kind::Word || clauses_.may_be_verb(noun)) return false;
    if (in(before, rules_.builtin.determiner)) return true;
    return q >= 3 && before.kind == Item::Kind::Word && !clauses_.may_be_verb(before) &&
           in(v.reading[q - 3], rules_.builtin.determiner);
  }

  // Whether one of the speakers is one of the actors, or speaks for one:
  // holds a position in it, or is a body of it.
  bool speaks_for(const std::vector<std::string>& speakers, const std::vector<std::string>& actors) const {
    for (const auto& s : speakers) {
      if (std::find(actors.begin(), actors.end(), s) != actors.end()) return true;
      auto it = entities_.find(s);
      if (it == entities_.end()) continue;
      const Entity& e = it->second;
      // "a senior Iranian military official told ... that Iran would": a
      // body's or a force's official speaks for its state; so does whoever
      // holds a position in one of its bodies.
      auto of_actor = [&](const std::string& body, const std::string& actor) {
        if (body == actor) return true;
        auto b = entities_.find(body);
        return b != entities_.end() && (b->second.part_of == actor || b->second.force_of == actor);
      };
      for (const auto& actor : actors) {
        if ((!e.part_of.empty() && e.part_of == actor) || (!e.force_of.empty() && e.force_of == actor)) return true;
        for (const auto& p : e.positions)
          if (!p.of.empty() && of_actor(p.of, actor)) return true;
      }
    }
    return false;
  }

  // The state or body a person holds a position in, for the "we" of their
  // quotes (ClauseReader::Discourse::office_of): a position of a state's
  // body is the state's ("the Kenyan foreign minister": Kenya), of an armed
  // force or another body that one's ("an army spokesman": the army, as
  // "the army said" is; "a Hamas spokesman": Hamas); a former one is none.
  std::optional<std::pair<std::string, EntityType>> office_of(const std::string& person) const {
    auto it = entities_.find(person);
    if (it == entities_.end()) return std::nullopt;
    for (const auto& p : it->second.positions) {
      if (p.written.starts_with("former") || p.written.starts_with("ex-")) continue;
      if (p.of.starts_with("state/")) return std::pair{p.of, EntityType::State};
      auto body = entities_.find(p.of);
      if (body == entities_.end()) continue;
      if (body->second.type != EntityType::ArmedForce && body->second.part_of.starts_with("state/"))
        return std::pair{body->second.part_of, EntityType::State};
      return std::pair{p.of, body->second.type};
    }
    return std::nullopt;
  }

  // The state an actor belongs to: itself, the state of a body or force, of
  // a person's position; "" when none is known.
  std::string state_of(const std::string& key) const {
    if (key.rfind("state/", 0) == 0) return key;
    auto it = entities_.find(key);
    if (it == entities_.end()) return "";
    const Entity& e = it->second;
    for (const std::string* up : {&e.force_of, &e.part_of})
      if (up->rfind("state/", 0) == 0) return *up;
    for (const auto& p : e.positions) {
      if (p.of.rfind("state/", 0) == 0) return p.of;
      if (auto b = entities_.find(p.of); b != entities_.end())
        for (const std::string* up : {&b->second.force_of, &b->second.part_of})
          if (up->rfind("state/", 0) == 0) return *up;
    }
    // "Putin ordered Russian troops": a person the gazetteer gives a
    // nationality, named without a title.
    if (e.type == EntityType::Person && chunker_) return chunker_->person_state_key(key);
    return "";
  }

  // The state a place lies in, up its `located_in` chain ("Kirkuk" ->
  // "Kirkuk Governorate" -> Iraq); "" when none is known.
  std::string state_of_place(std::string key) const {
    for (int depth = 0; depth < 8 && !key.empty(); ++depth) {
      if (key.rfind("state/", 0) == 0) return key;
      auto it = entities_.find(key);
      if (it == entities_.end()) return "";
      key = it->second.located_in;
    }
    return "";
  }

  // The place an act is aimed at, when nothing else is: the first place
  // after the act's words, opened by a word of PLACE_AIMED_AT or the bare
  // object of the verb, read for the types of PLACE_AIMED (lexicon.txt).
  // Its target is the place's state (none when no state is known);
  // `places` the place, for sg:location.
  //   "the junta imposed a curfew in the port city of Mombasa" -> Kenya
  //   "students rallied in the northern town of Tabriz"        -> Iran
  //   "the navy held drills around Guam"                        -> US
  //   "militants shelled the garrison town of Kidal"           -> Mali
  //   "the envoy arrived in Amman" (a visit: ARRIVAL)          -> Jordan
  // And where it is not:
  //   "Lavrov said in Geneva" (STATEMENT), "Erdogan met Putin in Ankara"
  //   (a meeting's venue), "Russian forces in Ukraine attacked Kharkiv"
  //   (the actor's own phrase, before the verb), "withdrew from Bakhmut"
  //   (a route), "launched strikes after talks in Doha" (a phrase of time),
  //   "Kenyan troops deployed in Mombasa" (the actor's own state, but for
  //   the acts of PLACE_AIMED_HOME: "Kenyan police imposed a curfew in
  //   Mombasa" is aimed at Kenya).
  struct AimedPlace {
    std::vector<std::string> targets, places;
  };
  AimedPlace place_aimed_at(const SentenceView& v, const Match& m, const Assertion& a, std::size_t e) const {
    const auto& d = rules_.if_defined;
    const auto& bi = rules_.builtin;
    AimedPlace out;
    // (Not a joint act's: its place is often a venue, "Pakistan and
    // Afghanistan signed a truce in Doha".)
    if (d.place_aimed < 0 || a.actors.size() != 1 || m.trigger.empty()) return out;
    const std::string type = text::fold(a.event_type);
    if (!rules_.lexicon.in(type, d.place_aimed)) return out;
    const std::size_t after = m.trigger.back() + 1;
    if (a.event_type == "CONSULT"sv && !in(v.reading[m.trigger.back()], d.arrival)) return out;
    const bool home = rules_.lexicon.in(type, d.place_aimed_home);
    const std::size_t end = std::min(m.end, e);
    for (std::size_t q = after; q < end && q < after + 12; ++q) {
      const Item& it = v.reading[q];
      // Within the act's own phrase: not past a comma, a phrase of time, a
      // condition or a clause ("a curfew in Gonaives, where riots ...").
      if (it.kind == Item::Kind::Punct || in(it, bi.time_phrase) || in(it, bi.conditional) ||
          in(it, bi.fact_clause) || relative_pronoun(it) || it.norm == "that"sv || in(it, d.place_partner))
        break;
      if (it.kind != Item::Kind::Entity || it.shared) continue;
      bool place = false;
      for (std::size_t k = 0; k < it.keys.size() && k < it.types.size(); ++k)
        place |= it.types[k] == EntityType::Place || it.types[k] == EntityType::State;
      // An actor no rule took as the target: the place says where it is,
      // not at whom the act is aimed ("severed contacts with militias near
      // Aleppo"); a word ("deployed marines in Guam") goes on to the place.
      if (!place) return out;
      // Back over "the northern city of", "the capital" to the preposition.
      std::size_t p = q;
      while (p > after && q - p < 6) {
        const Item& w = v.reading[p - 1];
        if (w.kind != Item::Kind::Adjective && !in(w, bi.determiner) && !in(w, bi.direction) &&
            !in(w, bi.place_noun) && !in(w, d.place_apposition))
          break;
        --p;
      }
      // The verb's bare object must be a place, not a state: a state no rule
      // took as the target is none ("Hanoi's troops crossed Laos").
      const bool object = p == after && it.types[0] == EntityType::Place;
      if (!object && (p == after || !in(v.reading[p - 1], d.place_aimed_at))) break;
      // An object placed by a phrase of its own is read there ("blocked the
      // Warsaw Bridge in Kyiv": Ukraine, whatever the bridge's name says).
      if (object && q + 2 < end && in(v.reading[q + 1], d.place_aimed_at)) continue;
      for (std::size_t k = 0; k < it.keys.size() && k < it.types.size(); ++k) {
        if (it.types[k] != EntityType::Place && it.types[k] != EntityType::State) continue;
        // A place no state is known for aims at no one we can name ("war
        // games in the Mediterranean Sea", "fired at targets in Jericho").
        const std::string target = state_of_place(it.keys[k]);
        if (target.empty()) continue;
        for (const auto& actor : a.actors)
          if (actor == target || (!home && (state_of(actor) == target || speaks_for(a.actors, {target}))))
            return {};
        if (std::find(out.targets.begin(), out.targets.end(), target) == out.targets.end())
          out.targets.push_back(target);
        out.places.push_back(it.keys[k]);
      }
      break;
    }
    return out;
  }

  // "Niger and Benin have not signed the accord", "the rebels have not
  // agreed to a truce": a REJECT read from a present perfect of agreeing or
  // signing under a negation tells an act still pending (as "have not yet
  // agreed" does), no refusal; the negated AGREE says it. Not "has not
  // accepted the claim" nor "did not agree to the plan", which refuse.
  bool not_yet_agreed(const SentenceView& v, const Match& m) const {
    if (m.rule->event_type != "REJECT"sv) return false;
    for (const std::size_t t : m.trigger) {
      if (!in(v.reading[t], rules_.builtin.neg)) continue;
      if (t == 0 || t + 1 >= v.reading.size() ||
          (v.reading[t - 1].norm != "has"sv && v.reading[t - 1].norm != "have"sv))
        return false;
      const std::string& verb = v.reading[t + 1].norm;
      return verb == "agreed"sv || verb == "signed"sv || verb == "ratified"sv || verb == "endorsed"sv ||
             verb == "approved"sv;
    }
    return false;
  }

  // The span [pronoun, closing comma) of a relative clause set off by commas
  // between a subject and its verb, when it holds reading[t]: "Myanmar's
  // army, which seized power in a 2021 coup, shelled the village on Friday"
  // (seized: the coup is not Friday's). {0, 0} when reading[t] is in none;
  // not ", which killed five, officials said" after an object: the verb
  // after the closing comma must be the subject's own.
  std::pair<std::size_t, std::size_t> relative_aside(const SentenceView& v, std::size_t t, std::size_t e) const {
    std::size_t q = t;
    while (q > 0 && v.reading[q - 1].norm != ","sv && v.reading[q - 1].norm != ";"sv) --q;
    if (q < 2 || q == t || v.reading[q - 1].norm != ","sv || !relative_pronoun(v.reading[q]) ||
        v.reading[q - 2].kind != Item::Kind::Entity)
      return {0, 0};
    std::size_t close = t + 1;
    while (close < e && v.reading[close].norm != ","sv && v.reading[close].norm != ";"sv) ++close;
    if (close >= e || v.reading[close].norm != ","sv) return {0, 0};
    for (const Clause& c : v.clauses)
      if (c.embedding == Clause::Embedding::Main && c.verb.head > close && c.verb.head <= close + 3 &&
          (c.shared_subject || c.subject == static_cast<int>(q - 2)))
        return {q, close};
    return {0, 0};
  }

  // "welcomes the agreement reached on 19 April", "condemned the strikes
  // carried out on Friday": a participle right after a noun, its time next,
  // opens a relative clause without its pronoun, and that time is the
  // noun's. Whether reading[k] is such a participle: the word before it no
  // auxiliary, adverb, determiner or preposition ("has reached", "was later
  // signed on"), its noun phrase opened by a determiner right after a verb
  // (an object: "rejected the decree signed on Tuesday"; not a subject,
  // "Fighting ceased on Tuesday", nor "the council, which met Monday"), and
  // no verb of a clause of its own.
  bool participle_after_noun(const SentenceView& v, std::size_t k) const {
    const auto& bi = rules_.builtin;
    const Item& w = v.reading[k];
    if (k < 3 || w.kind != Item::Kind::Word || w.upper) return false;
    const Item& noun = v.reading[k - 1];
    if (noun.kind == Item::Kind::Word &&
        (rules_.verb_group_role(noun.word) != 0 || in(noun, bi.determiner) || in(noun, bi.preposition) ||
         noun.norm.ends_with("ly"sv)))
      return false;
    if (noun.kind != Item::Kind::Word && noun.kind != Item::Kind::Entity) return false;
    std::size_t q = k - 1;
    for (int steps = 0; q > 0 && steps < 5 && !in(v.reading[q], bi.determiner); --q, ++steps) {
      const Item& o = v.reading[q];
      if (o.kind == Item::Kind::Punct || o.kind == Item::Kind::Date || in(o, bi.coordinator) ||
          relative_pronoun(o) || o.norm == "that"sv)
        return false;
    }
    if (q == 0 || !in(v.reading[q], bi.determiner)) return false;
    const Item& verb = v.reading[q - 1];
    if (verb.kind != Item::Kind::Word || in(verb, bi.preposition) || !clauses_.may_be_verb(verb)) return false;
    for (const Clause& c : v.clauses)
      if (c.verb.head == k) return false;
    return clauses_.shape(w.norm).has(WordClass::Verb, WordForm::Participle);
  }

  // Where the time at reading[d] follows a participle ("reached on 19
  // April", "carried out on Friday"), that participle's index, else SIZE_MAX.
  std::size_t participle_before_time(const SentenceView& v, std::size_t d) const {
    if (v.reading[d].kind != Item::Kind::Date) return SIZE_MAX;
    if (d > 0 && (v.reading[d - 1].norm == "on"sv || v.reading[d - 1].norm == "in"sv)) --d;
    if (d > 0 && in(v.reading[d - 1], rules_.if_defined.verb_particle)) --d;
    return d > 0 ? d - 1 : SIZE_MAX;
  }

  // Whether reading[k], after the trigger t, is such a participle after the
  // act's object (its time found by the caller). Not "seized the town and
  // troops withdrew on Monday" (a clause of its own after "and"), nor "struck
  // sites used by Hezbollah on Friday" (no time of the participle's own).
  bool reduced_relative(const SentenceView& v, std::size_t k, std::size_t t) const {
    const auto& bi = rules_.builtin;
    if (k < t + 2) return false;
    // Only the object's words between the act and the participle.
    for (std::size_t q = t + 1; q < k; ++q) {
      const Item& o = v.reading[q];
      if (o.kind == Item::Kind::Punct || o.kind == Item::Kind::Date || in(o, bi.coordinator) || o.norm == "to"sv ||
          o.norm == "that"sv || relative_pronoun(o))
        return false;
    }
    return participle_after_noun(v, k);
  }

  // "the raid prompted Mexico to break off relations", "shelling forced the
  // troops to withdraw", "the troops were forced to withdraw": whether the
  // match is an infinitive whose act a verb of CAUSE_TO (a past or an -ing
  // form) brought about, told as a fact. Not "could force Russia to
  // withdraw", "tried to force", "did not persuade", "urged" (no class word).
  bool caused_act(const SentenceView& v, const Match& m) const {
    const auto& bi = rules_.builtin;
    if (!m.infinitive || m.trigger.empty() || m.trigger.front() < m.vg_items + 2) return false;
    const std::size_t to = m.trigger.front() - m.vg_items - 1;
    // Back over the object ("Mexico", "the Ukrainian troops", "thousands of
    // people") to the causing verb; a mark or another "to" ends the search.
    for (std::size_t q = to, steps = 0; q-- > 0 && steps < 6; ++steps) {
      const Item& w = v.reading[q];
      if (w.kind == Item::Kind::Punct || w.norm == "to"sv || relative_pronoun(w)) return false;
      if (w.kind != Item::Kind::Word || !in(w, bi.cause_to)) continue;
      // (A base or "-s" form is no told cause: "could force", or the noun "forces".)
      if (!w.norm.ends_with("ed"sv) && !w.norm.ends_with("ing"sv) && w.norm != "led"sv) continue;
      const VerbGroup g = clauses_.group_before(v.reading, q, 0, VerbForm::Past);
      return !g.hypothetical && !g.future && !g.planned && g.negations % 2 == 0 &&
             !(g.begin > 0 && v.reading[g.begin - 1].norm == "to"sv);
    }
    return false;
  }

  // What comes before ", the minister said" is what was said only if it is
  // a quote or a clause: "In a statement on Sunday, Russia said ..." opens
  // with a phrase that tells when and how, not what.
  // "began the deployment it had promised Trump", "withdrew from Congo,
  // where they had fought": whether the match's verb is a past perfect in
  // a relative clause, which puts its act before the time of the clause it
  // hangs on (only a time of its own, after its verb, dates it).
  bool relative_past_perfect(const SentenceView& v, const Match& m) const {
    const auto& bi = rules_.builtin;
    if (m.trigger.empty() || m.nominal) return false;
    std::size_t q = m.trigger.front();
    // Back over adverbs and "been" to "had", then over its subject.
    while (q > 0 && v.reading[q - 1].kind == Item::Kind::Word &&
           (v.reading[q - 1].norm == "been"sv || v.reading[q - 1].norm == "not"sv ||
            v.reading[q - 1].norm.ends_with("ly") || v.reading[q - 1].norm == "already"sv))
      --q;
    if (q <= 1 || v.reading[q - 1].norm != "had"sv) return false;
    q -= 2;
    const Item& subject = v.reading[q];
    const bool pronoun = subject.kind == Item::Kind::Word &&
                         (in(subject, bi.actor_pronoun) || subject.norm == "he"sv || subject.norm == "she"sv ||
                          subject.norm == "we"sv);
    // "which had promised", "forces that had entered": the pronoun is the subject.
    if (subject.kind != Item::Kind::Entity && !pronoun)
      return relative_pronoun(subject) || (subject.norm == "that"sv && relative_that(v, q));
    if (q == 0) return false;
    const Item& before = v.reading[q - 1];
    if (relative_pronoun(before) || before.norm == "where"sv || relative_that(v, q - 1)) return true;
    // "the border deployment it had promised": a noun after a determiner
    // and its modifiers, no verb (a relative without its "that").
    if (before.kind != Item::Kind::Word || before.upper || clauses_.may_be_verb(before) ||
        in(before, bi.preposition) || in(before, bi.determiner))
      return false;
    for (std::size_t k = q - 1, steps = 0; k-- > 0 && steps < 6; ++steps) {
      const Item& w = v.reading[k];
      if (in(w, bi.determiner)) return true;
      if ((w.kind == Item::Kind::Punct && w.norm != "-"sv) || w.kind == Item::Kind::Entity || in(w, bi.preposition))
        return false;
    }
    return false;
  }

  // Whether a text holds a quotation mark (straight or curly).
  static bool quotes(std::string_view text) {
    return text.find('"') != std::string_view::npos || text.find("\xE2\x80\x9C") != std::string_view::npos ||
           text.find("\xE2\x80\x9D") != std::string_view::npos;
  }

  bool reported_content(const SentenceView& v, const Match& m) const {
    if (quotes(item_text(v, m.content_begin, m.content_end))) return true;
    // "..., a spokeswoman for the embassy said (Monday)": the words end
    // where the one who said them is named after a comma, at their end.
    std::size_t end = m.content_end;
    std::size_t last = end > m.content_begin ? end - 1 : m.content_begin;
    if (last > m.content_begin && v.reading[last].norm == "."sv) --last;
    if (last > m.content_begin && v.reading[last].kind == Item::Kind::Date) --last;
    if (last > m.content_begin + 1 &&
        (in(v.reading[last], rules_.builtin.speech_verb) || in(v.reading[last], rules_.builtin.say_that)))
      for (std::size_t q = last; q > m.content_begin; --q)
        if (v.reading[q].norm == ","sv) {
          end = q;
          break;
        }
    // A word that may be a verb, but not where a noun stands: after a
    // determiner, a possessive, an adjective, a count ("declared a state
    // of emergency"), a hyphenated modifier or a preposition but "to"
    // ("after 12 days of battles"), nor a participle after a hyphen ("the
    // Syrian-backed militia").
    bool verb = false;
    for (std::size_t q = m.content_begin; q < end && !verb; ++q) {
      // ("declared a state of siege, suspending the constitution and
      // arresting opponents": a participle after a comma opens a phrase
      // that says what went with the act, up to the next comma, no clause;
      // one of speech, ", confirming the recapture", says words.)
      if (q > m.content_begin && v.reading[q - 1].norm == ","sv && v.reading[q].kind == Item::Kind::Word &&
          v.reading[q].norm.ends_with("ing") && clauses_.may_be_verb(v.reading[q]) &&
          !in(v.reading[q], rules_.builtin.speech_verb) && !in(v.reading[q], rules_.builtin.say_that)) {
        while (q + 1 < end && v.reading[q + 1].norm != ","sv) ++q;
        continue;
      }
      if (q > 0) {
        const Item& before = v.reading[q - 1];
        if (in(before, rules_.builtin.determiner) || before.norm == "'s"sv || before.kind == Item::Kind::Adjective ||
            before.kind == Item::Kind::Number || before.norm == "-"sv ||
            (in(before, rules_.builtin.preposition) && before.norm != "to"sv))
          continue;
        // ("declared a 30-day state of siege": after a hyphenated modifier.)
        if (q >= 3 && v.reading[q - 2].norm == "-"sv && before.kind == Item::Kind::Word) continue;
        // ("claimed the January 3 attack": after a day that follows a determiner.)
        if (q >= 2 && before.kind == Item::Kind::Date && in(v.reading[q - 2], rules_.builtin.determiner)) continue;
        // ("claimed the rocket attack", "the suicide car bombing": a word
        // with no finite reading right after a singular noun, itself after
        // a determiner and at most two nouns, heads a compound noun: a
        // singular subject takes "attacks", an -ing verb its "is". "The
        // army attacked", "the army cut", "the army will attack" stay
        // clauses.)
        const auto no_finite_verb = [&] {
          const VerbGroup g = clauses_.verb_group(v.reading, q);
          return g.form == VerbForm::Other && !g.helped && g.head == q;  // ("the source was": "was" is one)
        };
        // (The noun before it a noun, no auxiliary, modal or adverb: "the
        // truce must hold".)
        const auto noun = [&](const Item& w) {
          return w.kind == Item::Kind::Word && !w.upper && (v.tokens[w.tb].classes & Token::kNoun) &&
                 (rules_.verb_group_role(w.word) & (RuleSet::kAux | RuleSet::kModalFuture | RuleSet::kModalHypothetical |
                                                    RuleSet::kNeg | RuleSet::kAdverb)) == 0;
        };
        if (q >= 2 && noun(before) && !before.norm.ends_with('s') && no_finite_verb()) {
          std::size_t k = q - 2;
          for (int nouns = 0; nouns < 2 && k > m.content_begin && noun(v.reading[k]) &&
                              !in(v.reading[k], rules_.builtin.determiner) &&
                              !in(v.reading[k], rules_.builtin.preposition) && !clauses_.may_be_verb(v.reading[k]);
               ++nouns)
            --k;
          const Item& first = v.reading[k];
          if (in(first, rules_.builtin.determiner) || first.norm == "'s"sv || first.kind == Item::Kind::Adjective ||
              first.kind == Item::Kind::Number)
            continue;
        }
      }
      // ("claimed responsibility for the ambush near Beni": a word of
      // place is its preposition, not "to near".)
      if (in(v.reading[q], rules_.builtin.locative)) continue;
      verb = clauses_.may_be_verb(v.reading[q]);
    }
    bool phrase = in(v.reading[m.content_begin], rules_.builtin.preposition);
    for (std::size_t q = m.content_begin; q < m.content_end && phrase; ++q)
      if (v.reading[q].norm == ","sv) phrase = false;
    return verb && !phrase;
  }

  // "In a statement on Sunday, the ministry said": the end of a phrase that
  // opens the sentence with a preposition and ends with the comma right
  // before `at`; 0 when the sentence does not open that way.
  std::size_t fronted_phrase(const SentenceView& v, std::size_t at) const {
    std::size_t comma = at;
    while (comma > 0 && in(v.reading[comma - 1], rules_.builtin.determiner)) --comma;
    if (comma < 2 || v.reading[comma - 1].norm != ","sv || !in(v.reading[0], rules_.builtin.preposition)) return 0;
    for (std::size_t q = 0; q + 1 < comma; ++q)
      if (v.reading[q].norm == ","sv || v.reading[q].shared) return 0;
    return comma - 1;
  }

  // "Beijing on Thursday slammed the sanctions and said ...", "rejected the
  // plan on Monday and said ...": a verb of speech whose subject is shared
  // with a verb before "and" or "but" (ClauseReader's share_coordinated)
  // and which has no time of its own speaks on that verb's day. Where the
  // earlier subject stands, or SIZE_MAX when `f`'s subject is no such copy.
  std::size_t coordinated_subject(const SentenceView& v, const Frame& f) const {
    const Capture* sp = capture(f.match, "speaker");
    if (!sp || sp->begin < 2 || !v.reading[sp->begin].shared || f.match.rule->content_first) return SIZE_MAX;
    const Item& copy = v.reading[sp->begin];
    const std::string& joint = v.reading[sp->begin - 1].norm;
    if (joint != "and"sv && joint != "but"sv) return SIZE_MAX;
    for (std::size_t q = sp->begin - 1; q-- > 0;) {
      const Item& w = v.reading[q];
      if (w.norm == ";"sv) break;
      if (w.kind == Item::Kind::Entity && !w.shared && !w.locative && w.keys == copy.keys) return q;
    }
    return SIZE_MAX;
  }

  // The day of the verb whose subject stands at reading[s], found between
  // that subject and the "and" at `joint` (into `f` as the frame's own time
  // is). Only the clause's own times: not one in the words of another
  // frame ("said Ukraine had attacked on Monday and warned"), nor past a
  // relative or subordinate clause, a purpose or a phrase of time
  // ("condemned the strike, which killed ten on Sunday, and said"; "after
  // the talks on Monday"), nor a day that owns a noun ("Monday's raid") or a participle
  // after the object takes ("the decree signed on Tuesday").
  void coordinated_day(const SentenceView& v, Frame& f, const std::vector<Frame>& frames, std::size_t s,
                       std::size_t joint) const {
    const auto& bi = rules_.builtin;
    for (std::size_t q = s + 1; q < joint && f.dates.empty() && !f.no_day; ++q) {
      const Item& w = v.reading[q];
      // ("agreed to hold drills in July and said": the drills' month.)
      const bool purpose = w.norm == "to"sv && q + 1 < joint && clauses_.base_verb(v.reading, q + 1);
      if (relative_pronoun(w) || w.norm == "that"sv || in(w, bi.time_phrase) || in(w, bi.temporal) ||
          in(w, bi.conditional) || in(w, bi.fact_clause) || purpose)
        return;
      if (w.kind != Item::Kind::Date) continue;
      bool quoted = false;
      for (const Frame& g : frames)
        quoted |= &g != &f && q >= g.match.content_begin && q < g.match.content_end &&
                  !(joint >= g.match.content_begin && joint < g.match.content_end);
      if (quoted) return;
      if (q + 1 < v.reading.size() && v.reading[q + 1].norm == "'s"sv) continue;
      const std::size_t p = participle_before_time(v, q);
      if (p < q && participle_after_noun(v, p)) continue;
      f.dates = w.dates;
      f.no_day |= f.dates.empty() && !w.date_unresolved;
    }
  }

  // The comma that closes the phrase a sentence opens with a preposition or
  // a subordinator ("In what EU leaders called ..., they"; "After ..., "),
  // 0 when it opens otherwise.
  std::size_t fronted_comma(const SentenceView& v) const {
    const auto& bi = rules_.builtin;
    if (v.reading.empty() || !(in(v.reading[0], bi.preposition) || in(v.reading[0], bi.temporal) ||
                               in(v.reading[0], bi.fact_clause) || in(v.reading[0], bi.conditional)))
      return 0;
    for (std::size_t q = 1; q < v.reading.size(); ++q)
      if (v.reading[q].norm == ","sv || v.reading[q].norm == ";"sv) return v.reading[q].norm == ","sv ? q : 0;
    return 0;
  }

  // "Following Iran's attack on Israel on April 13, the G7 condemned
  // Tehran", "Since the 2014 annexation, Kyiv has demanded": a sentence
  // that opens with a word of AFTER_PHRASE and holds a time before the
  // `comma` that closes that phrase; the time is the phrase's event's, and
  // the act after it followed on no known day (as after a phrase of time
  // after the trigger). ("During the summit on May 2, leaders agreed": the
  // day is the act's; "Since Wednesday, rebels have been advancing": a
  // phrase that holds only the time names the act's own start.)
  bool before_the_act(const SentenceView& v, std::size_t comma) const {
    const int after = rules_.if_defined.after_phrase;
    if (after < 0 || !in(v.reading[0], after)) return false;
    bool day = false, event = false;
    for (std::size_t q = 1; q < comma; ++q) {
      const Item& w = v.reading[q];
      day |= w.kind == Item::Kind::Date && !w.dates.empty();
      event |= (w.kind == Item::Kind::Word && !w.upper && !in(w, rules_.builtin.determiner) &&
                !in(w, rules_.builtin.preposition)) ||
               w.kind == Item::Kind::Entity;
    }
    return day && event;
  }

  // "After Trump said Turkey would withdraw, Kurdish fighters attacked",
  // "On the same day that Trump wrote the letter, Turkish forces ...": the
  // comma that closes a fronted subordinate clause (the sentence opens with
  // a subordinator, or with a preposition whose phrase holds a relative
  // word before any comma); 0 when the sentence does not open that way. A
  // comma between two names is a list's ("said that Russia, Iran and China
  // would meet, ..."), not the end.
  std::size_t fronted_clause_end(const SentenceView& v) const {
    const auto& bi = rules_.builtin;
    const std::size_t n = v.reading.size();
    if (n < 4) return 0;
    bool fronted = in(v.reading[0], bi.fact_clause) || in(v.reading[0], bi.temporal) || in(v.reading[0], bi.conditional);
    if (!fronted && in(v.reading[0], bi.preposition))
      for (std::size_t q = 2; q < n && v.reading[q].norm != ","sv && !fronted; ++q)
        fronted = (in(v.reading[q], bi.fact_clause) || v.reading[q].norm == "that"sv) &&
                  v.reading[q - 1].kind == Item::Kind::Word && !in(v.reading[q - 1], bi.preposition);
    if (!fronted) return 0;
    for (std::size_t c = 1; c + 1 < n; ++c)
      if (v.reading[c].norm == ","sv && !(v.reading[c - 1].kind == Item::Kind::Entity &&
                                        v.reading[c + 1].kind == Item::Kind::Entity))
        return c;
    return 0;
  }

  // '"...," Miller told a briefing. "We demand the release of the crew."':
  // a sentence that is one quotation after a quotation of the sentence
  // before is its speaker's (ClauseReader::Discourse::continued), said
  // with the same verb on the same day; the whole sentence is the content
  // of a quote-first frame around any frame inside it.
  void continued_quote(std::size_t index, std::size_t n, std::vector<Frame>& frames) const {
    if (!discourse_ || !discourse_->continued || !discourse_->quoting || discourse_->quoting->keys.empty()) return;
    const Rule* quote_first = nullptr;
    for (const auto& r : rules_.frames)
      if (r.id == "quote-first"sv) quote_first = &r;
    if (!quote_first) return;  // (a rule set without it)
    Frame f;
    f.match.rule = quote_first;
    f.match.end = f.match.content_end = n;
    f.speakers = discourse_->quoting->keys;
    f.verb = discourse_->quoting_verb;
    if (last_speech_.sentence + 1 == index && last_speech_.speakers == f.speakers) f.dates = last_speech_.dates;
    for (auto& g : frames) g.parent = g.parent < 0 ? 0 : g.parent + 1;
    frames.insert(frames.begin(), std::move(f));
  }

  // '"We will not go," the minister said, "whatever they offer."': the
  // second half of a quotation split around its speaker
  // (ClauseReader::quote_speaker) is the speaker's as the first half is: a
  // frame of the first half's speaker, verb and day over it, which makes
  // no statement of its own.
  void second_half_of_quote(const SentenceView& v, std::vector<Frame>& frames) const {
    if (!discourse_ || !discourse_->second_half) return;
    const std::size_t open = discourse_->second_half->first, close = discourse_->second_half->second;
    const std::size_t n = v.reading.size();
    std::size_t b = 0;
    while (b < n && v.reading[b].tb <= open) ++b;
    std::size_t e = b;
    while (e < n && v.reading[e].tb < close) ++e;
    if (b == e) return;
    for (std::size_t f = 0; f < frames.size(); ++f) {
      const Frame& first = frames[f];
      if (first.parent >= 0 || !first.match.rule->content_first || first.speakers.empty() || first.media ||
          first.match.content_begin != 0 || first.match.content_end > b)
        continue;
      Frame more = first;
      more.match.content_begin = b;
      more.match.content_end = e;
      more.continuation = true;
      frames.push_back(std::move(more));
      return;
    }
  }

  void sentence(std::size_t index, SentenceView& v) {
    const std::size_t n = v.reading.size();
    first_of_sentence_ = assertions_.size();
    if (trace_) trace_layers(v);
    // Attribution frames: "Macron stated that ...", "... , according to Reuters".
    std::vector<Frame> frames;
    for (auto c : candidates(v, 0, n, rules_.frames, rules_.frame_index, rules_.unanchored_frames))
      for (auto& m : find_matches(rules_.frames[c.rule], rules_, clauses_, v.reading, 0, n, c.last_start)) {
        Frame f;
        f.match = std::move(m);
        frames.push_back(std::move(f));
      }
    std::sort(frames.begin(), frames.end(), [](const Frame& a, const Frame& b) {
      if (a.match.begin != b.match.begin) return a.match.begin < b.match.begin;
      return a.match.rule->order < b.match.rule->order;
    });
    // Keep frames whose heads (speaker .. "that") do not overlap.
    std::vector<Frame> kept;
    const std::size_t fronted_end = fronted_clause_end(v);
    // "X declared a state of siege ..., a spokeswoman said": where a
    // speaker's words end before ", SPEAKER said", the words of a speaker
    // inside them end there too.
    std::size_t inverted_at = n;
    for (const auto& f : frames)
      if (f.match.rule->content_first && reported_content(v, f.match))
        inverted_at = std::min(inverted_at, f.match.content_end);
    for (auto& f : frames) {
      if (f.match.rule->content_first && !reported_content(v, f.match)) continue;
      // 'The minister said: "We will not yield."', 'Ruto said on Monday,
      // "We will send troops."': the words after a colon, or a comma and a
      // quote mark, are what was said, as after "that"; the mark is none of
      // them.
      if (!f.match.rule->content_first && f.match.content_begin + 1 < f.match.content_end) {
        const Item& mark = v.reading[f.match.content_begin];
        if (mark.norm == ":"sv || (mark.norm == ","sv && mark.te < v.tokens.size() &&
                                   v.tokens[mark.te].kind == Token::Kind::Quote))
          ++f.match.content_begin;
      }
      if (!f.match.rule->content_first && f.match.content_begin < inverted_at && f.match.content_end > inverted_at)
        f.match.content_end = inverted_at;
      // What a speaker says in a fronted clause ends with that clause.
      if (!f.match.rule->content_first && fronted_end > 0 && f.match.begin < fronted_end &&
          f.match.content_end > fronted_end) {
        f.match.content_end = fronted_end;
        if (f.match.content_begin >= f.match.content_end) continue;
      }
      // "systems that he said would protect its skies, after a missile
      // killed four": words said inside a relative clause end with it, at
      // its comma.
      if (!f.match.rule->content_first && f.match.begin > 0) {
        const Item& w = v.reading[f.match.begin - 1];
        if (w.norm == "that"sv || relative_pronoun(w))
          for (std::size_t q = f.match.content_begin; q < f.match.content_end; ++q)
            if (v.reading[q].norm == ","sv) {
              f.match.content_end = q;
              break;
            }
        if (f.match.content_begin >= f.match.content_end) continue;
      }
      // "told reporters in Addis Ababa, adding that ...": the listener and
      // the place are no words said; the words are those a participle of
      // speech after the comma opens with "that", still the speaker's.
      if (!f.match.rule->content_first && f.match.content_begin > 0 &&
          v.reading[f.match.content_begin - 1].norm != "that"sv && v.reading[f.match.content_begin].norm != "that"sv)
        for (std::size_t q = f.match.content_begin + 1; q + 2 < f.match.content_end; ++q) {
          const Item& w = v.reading[q];
          if (v.reading[q - 1].norm != ","sv || w.kind != Item::Kind::Word || !w.norm.ends_with("ing") ||
              !(in(w, rules_.builtin.speech_verb) || in(w, rules_.builtin.say_that)) || v.reading[q + 1].norm != "that"sv)
            continue;
          Match before = f.match;
          before.content_end = q - 1;
          if (!reported_content(v, before)) f.match.content_begin = q + 2;
          break;
        }
      // "announced it will return the weapons": without "that", a verb of
      // SAY_THAT reports words only when a subject and its verb follow
      // ("announced sanctions on Iran", "confirmed the deal" are acts).
      if (const Capture* c = capture(f.match, "verb");
          c && !f.match.rule->content_first && in(v.reading[c->begin], rules_.builtin.say_that) &&
          f.match.content_begin > 0 && v.reading[f.match.content_begin - 1].norm != "that"sv) {
        const std::size_t s = f.match.content_begin;
        bool clause = s + 1 < f.match.content_end && v.reading[s].kind == Item::Kind::Entity &&
                      !v.reading[s].locative && clauses_.verb_group(v.reading, s + 1).form != VerbForm::Other;
        // "confirmed the deal had collapsed": a determiner, one or two
        // nouns, then a verb of the past or an auxiliary ("announced the
        // strikes", "announced the new measures" are no clauses).
        if (!clause && in(v.reading[s], rules_.builtin.determiner))
          for (std::size_t k = s + 2; k < s + 4 && k < f.match.content_end && !clause; ++k) {
            const Item& w = v.reading[k - 1];
            if (w.kind != Item::Kind::Word || in(w, rules_.builtin.preposition) || in(w, rules_.builtin.coordinator)) break;
            const VerbGroup g = clauses_.verb_group(v.reading, k);
            clause = g.form == VerbForm::Past || (g.helped && g.form != VerbForm::Other);
          }
        if (!clause) {
          if (trace_) trace_->push_back("  frame " + f.match.rule->id + " (dropped: no \"that\" and no clause after the verb)");
          continue;
        }
      }
      // "Hezbollah declared a unilateral ceasefire": without "that", what
      // follows the verb is said only if it is a clause or a quote.
      // ("claimed to monitor", "said on Monday in Hong Kong that ..." are.)
      auto that_or_to = [&] {
        if (v.reading[f.match.content_begin].norm == "to"sv) return true;
        for (std::size_t q = f.match.content_begin; q < f.match.content_end; ++q)
          if (v.reading[q].norm == "that"sv) return true;
        return false;
      };
      // "Trump wrote an extraordinary letter to Erdogan ... on the same day
      // that Turkish forces launched their attack": a medium as the verb's
      // object is what was written, not a clause of what it said.
      auto medium_object = [&] {
        std::size_t q = f.match.content_begin;
        for (std::size_t k = 0; k < 3 && q < f.match.content_end &&
                                (v.reading[q].kind == Item::Kind::Word || v.reading[q].kind == Item::Kind::Adjective) &&
                                !in(v.reading[q], rules_.builtin.medium);
             ++k)
          ++q;
        if (q >= f.match.content_end || !in(v.reading[q], rules_.builtin.medium)) return false;
        // ("said the report was fabricated": the medium is the subject of
        // a clause, which a verb after it shows.)
        return q + 1 >= f.match.content_end ||
               !(in(v.reading[q + 1], rules_.builtin.aux) || clauses_.verb_group(v.reading, q + 1).form != VerbForm::Other);
      };
      // "'We will defend our land,' Maduro told supporters in Caracas, hours
      // after ...": after a closing quote the words are the quote's, not
      // what follows the verb (the quote-first frame reads them).
      auto after_quote = [&] {
        return f.match.begin > 0 && v.reading[f.match.begin - 1].kind == Item::Kind::Punct &&
               quotes(item_text(v, f.match.begin - 1, f.match.begin));
      };
      if (!f.match.rule->content_first && f.match.content_begin > 0 && f.match.content_begin < f.match.content_end &&
          v.reading[f.match.content_begin - 1].norm != "that"sv &&
          ((!that_or_to() && (after_quote() || !reported_content(v, f.match))) || medium_object())) {
        if (trace_) trace_->push_back("  frame " + f.match.rule->id + " (dropped: no clause or quote after the verb)");
        continue;
      }
      // "The ILO reiterated its demand that Israel ease ...": the verb's
      // object is a demand and the "that" clause says what it demands; the
      // demand is the event (rule request.demand-noun), no speech frames it.
      if (!f.match.rule->content_first && f.match.content_begin < f.match.content_end) {
        std::size_t q = f.match.content_begin;
        // ("insisted on its demands that": the verb's preposition first.)
        if ((v.reading[q].norm == "on"sv || v.reading[q].norm == "upon"sv) && q + 1 < f.match.content_end) ++q;
        if (in(v.reading[q], rules_.builtin.determiner) && q + 1 < f.match.content_end) ++q;
        if (in(v.reading[q], rules_.builtin.demand_said)) {
          if (trace_) trace_->push_back("  frame " + f.match.rule->id + " (dropped: the verb's object is a demand)");
          continue;
        }
      }
      if (!f.match.rule->content_first) {
        std::vector<std::size_t> verb;
        if (const Capture* c = capture(f.match, "verb"))
          for (std::size_t q = c->begin; q < c->end; ++q) verb.push_back(q);
        if (noun_after_one(v, f.match, verb, "speaker")) {
          if (trace_) trace_->push_back("  frame " + f.match.rule->id + " (dropped: a noun after a singular speaker)");
          continue;
        }
      }
      std::size_t head_end = f.match.rule->content_first ? f.match.end : f.match.content_begin;
      bool overlaps = false;
      for (const auto& k : kept) {
        std::size_t k_end = k.match.rule->content_first ? k.match.end : k.match.content_begin;
        if (f.match.begin < k_end && k.match.begin < head_end) overlaps = true;
      }
      if (!overlaps) kept.push_back(std::move(f));
    }
    frames = std::move(kept);
    // Sequential frames cut each other's content; a frame that opens its
    // parent's content is nested in it.
    for (std::size_t i = 0; i < frames.size(); ++i) {
      for (std::size_t j = i + 1; j < frames.size(); ++j) {
        Match& a = frames[i].match;
        const Match& b = frames[j].match;
        if (a.rule->content_first || b.begin < a.content_begin || b.begin >= a.content_end) continue;
        bool opens = true;
        for (std::size_t q = a.content_begin; q < b.begin; ++q)
          if (!in(v.reading[q], rules_.builtin.determiner) && v.reading[q].norm != "that"sv) opens = false;
        if (opens) {
          if (frames[j].parent < 0) frames[j].parent = static_cast<int>(i);
        } else {
          std::size_t cut = b.begin;
          while (cut > a.content_begin && (v.reading[cut - 1].norm == ","sv || v.reading[cut - 1].norm == "and"sv ||
                                           v.reading[cut - 1].norm == "but"sv))
            --cut;
          a.content_end = cut;
        }
      }
    }
    for (auto& f : frames) {
      for (std::size_t q = f.match.begin; q + 1 < f.match.content_begin && !f.match.rule->content_first; ++q)
        f.dropped |= v.reading[q].norm == "no"sv && v.reading[q + 1].norm == "longer"sv;
      f.speakers = captured(v, f.match, "speaker");
      // "The UN's top official in Sudan said", "a source close to the
      // Kremlin said": a name after a preposition only places or relates
      // the one who speaks; the speaker is the name before it, else no one
      // named (the words stay reported, by an unnamed source).
      if (const Capture* sp = capture(f.match, "speaker"); sp && sp->begin > 0 && !f.speakers.empty()) {
        std::size_t k = sp->begin;
        while (k > 0 && in(v.reading[k - 1], rules_.builtin.determiner)) --k;
        // ("according to the State Department": the frame's own words.)
        if (k > 0 && in(v.reading[k - 1], rules_.builtin.preposition) && v.reading[k - 1].norm != "of"sv &&
            !(k >= 2 && v.reading[k - 2].norm == "according"sv) && !v.reading[sp->begin].shared) {
          std::size_t h = k - 1;
          if (h > 0 && v.reading[h - 1].kind == Item::Kind::Word && v.reading[h - 1].norm == "close"sv) --h;
          const Item* head = h > 0 ? &v.reading[h - 1] : nullptr;
          // "the Red Cross operating in Iraq": past a participle.
          if (head && head->kind == Item::Kind::Word && h >= 2 && v.reading[h - 2].kind == Item::Kind::Entity &&
              (head->norm.ends_with("ing") || head->norm.ends_with("ed")))
            head = &v.reading[h - 2];
          if (head && head->kind == Item::Kind::Entity && !head->locative && !head->keys.empty())
            f.speakers = head->keys;
          else if (head && (head->kind == Item::Kind::Word || head->kind == Item::Kind::Title))
            f.speakers.clear();
        }
      }
      // "Baghaei denied that X and [Baghaei] accused Y": the speaker's next
      // verb ends what the speaker is reported to have said.
      // ("told Israel that it would ...", "informed the UN it would ...":
      // the speaker's pronoun after the listener opens the words.)
      if (!f.match.rule->content_first)
        for (std::size_t q = f.match.content_begin + 1; q < f.match.content_end; ++q) {
          const Item& it = v.reading[q];
          if (!it.shared || keys_in(v, q, q + 1) != f.speakers) continue;
          bool after_listener = true;
          for (std::size_t k = f.match.content_begin; k < q && after_listener; ++k)
            after_listener = v.reading[k].kind == Item::Kind::Entity || in(v.reading[k], rules_.builtin.determiner) ||
                             (k + 1 == q && v.reading[k].norm == "that"sv);
          if (after_listener) continue;
          std::size_t cut = q - 1;
          if (cut > f.match.content_begin && v.reading[cut - 1].norm == ","sv) --cut;
          f.match.content_end = cut;
          break;
        }
      // "..., the details of which Lukashenko refused to share": the speaker
      // named as the subject of a relative clause after a comma is the
      // writer speaking of him; the words end at that comma.
      if (!f.match.rule->content_first && !f.speakers.empty())
        for (std::size_t q = f.match.content_begin + 1; q + 1 < f.match.content_end; ++q) {
          const Item& it = v.reading[q];
          if (it.shared || it.kind != Item::Kind::Entity || keys_in(v, q, q + 1) != f.speakers ||
              clauses_.verb_group(v.reading, q + 1).form == VerbForm::Other)
            continue;
          std::size_t comma = q;
          bool relative = false;
          for (std::size_t k = q; k-- > f.match.content_begin && q - k <= 5;) {
            relative |= relative_pronoun(v.reading[k]);
            if (v.reading[k].norm == ","sv) {
              comma = k;
              break;
            }
          }
          if (comma < q && relative) {
            f.match.content_end = comma;
            break;
          }
        }
      // "X stated that ..., indicating that ...": the writer's inference
      // after a comma is no part of what X said.
      if (!f.match.rule->content_first)
        for (std::size_t q = f.match.content_begin + 1; q < f.match.content_end; ++q) {
          if (v.reading[q - 1].norm != ","sv) continue;
          // "France announced it would send aid, while Iran warned against
          // ...": a contrast with another subject's act told in the past
          // is the writer's, not the speaker's.
          const bool contrast = (v.reading[q].norm == "while"sv || v.reading[q].norm == "whereas"sv) &&
                                q + 2 < f.match.content_end && v.reading[q + 1].kind == Item::Kind::Entity &&
                                clauses_.verb_group(v.reading, q + 2).form == VerbForm::Past;
          if (in(v.reading[q], rules_.builtin.inference) || contrast) {
            f.match.content_end = q - 1;
            break;
          }
        }
      if (const Capture* c = capture(f.match, "verb")) f.verb = text::fold(item_text(v, c->begin, c->end));
      else if (f.match.rule->content_first) f.verb = "according to";
      auto take = [&](std::size_t q) {
        f.dates = v.reading[q].dates;
        f.no_day |= f.dates.empty() && !v.reading[q].date_unresolved;
      };
      if (const Capture* c = capture(f.match, "date"))
        for (std::size_t q = c->begin; q < c->end; ++q) take(q);
      for (auto q : f.match.vg_dates)
        if (f.dates.empty()) take(q);
      // "said last week the situation ...", "In a statement Sunday, UNSMIL said":
      // a time right after the verb, or before the speaker, dates the words.
      if (f.dates.empty() && !f.no_day && !f.match.rule->content_first) {
        std::size_t after = f.match.content_begin;
        // (Not after "that": in "I announce that tomorrow, ..., Pakistan will
        // release the pilot" the time is the words', not the announcement's.)
        if (after < v.reading.size() && v.reading[after].kind == Item::Kind::Date &&
            !(after > 0 && v.reading[after - 1].norm == "that"sv))
          take(after);
        // "told the Telegraph on March 29 that ...": a time after the
        // listener, before the "that" that opens the words.
        for (std::size_t q = after; f.dates.empty() && !f.no_day && q < f.match.content_end && q < after + 6; ++q) {
          const Item& w = v.reading[q];
          if (w.norm == "that"sv) {
            for (std::size_t k = after; k < q; ++k)
              if (v.reading[k].kind == Item::Kind::Date) take(k);
            break;
          }
          if (w.kind != Item::Kind::Entity && w.kind != Item::Kind::Date && w.norm != "on"sv &&
              !in(w, rules_.builtin.determiner))
            break;
        }
        // "told reporters in Addis Ababa on Monday, adding that ...": a time
        // with the listener, before the words said.
        if (const Capture* c = capture(f.match, "verb"))
          for (std::size_t q = c->end; f.dates.empty() && !f.no_day && q < f.match.content_begin; ++q)
            if (v.reading[q].kind == Item::Kind::Date) take(q);
        std::size_t opening = fronted_phrase(v, f.match.begin);
        for (std::size_t q = 0; q < opening && f.dates.empty() && !f.no_day; ++q)
          if (v.reading[q].kind == Item::Kind::Date) take(q);
        // "In February Mohamud said": a time opening the sentence right
        // before the speaker, without a comma.
        if (f.dates.empty() && !f.no_day && f.match.begin == 2 && in(v.reading[0], rules_.builtin.preposition) &&
            v.reading[1].kind == Item::Kind::Date)
          take(1);
        // "Last week, Takaichi told parliament": a time alone before the
        // comma that opens on the speaker.
        if (f.dates.empty() && !f.no_day && f.match.begin == 2 && v.reading[0].kind == Item::Kind::Date &&
            v.reading[1].norm == ","sv)
          take(0);
        if (const std::size_t s = coordinated_subject(v, f); f.dates.empty() && !f.no_day && s != SIZE_MAX) {
          coordinated_day(v, f, frames, s, capture(f.match, "speaker")->begin - 1);
          // ("On Thursday, Beijing slammed ... and said": a time opening the
          // sentence before the earlier subject.)
          const std::size_t opening_of = fronted_phrase(v, s);
          for (std::size_t q = 0; q < opening_of && f.dates.empty() && !f.no_day; ++q)
            if (v.reading[q].kind == Item::Kind::Date) take(q);
        }
      }
      // "launched the offensive after Trump announced he would withdraw":
      // words said in a phrase of time are dated relative to another event,
      // on no known day of their own (neither the report's).
      if (f.dates.empty() && !f.no_day && f.match.begin > 0 &&
          in(v.reading[f.match.begin - 1], rules_.builtin.time_phrase))
        f.no_day = true;
      // "Trump stated on March 30 that ... Trump added that ...": the same
      // speaker in the next sentence of the paragraph speaks on that day.
      if (f.dates.empty() && !f.no_day && !f.speakers.empty() && last_speech_.sentence + 1 == index &&
          index < sentences_.size() && sentences_[index].paragraph == last_speech_.paragraph &&
          f.speakers == last_speech_.speakers)
        f.dates = last_speech_.dates;
      f.media = !f.speakers.empty();
      for (const auto& s : f.speakers) {
        auto it = entities_.find(s);
        if (it == entities_.end() || it->second.org_kind != "media"sv) f.media = false;
      }
    }
    continued_quote(index, n, frames);
    second_half_of_quote(v, frames);
    for (const auto& f : frames)
      if (!f.dates.empty() && f.parent < 0 && index < sentences_.size())
        last_speech_ = {index, sentences_[index].paragraph, f.speakers, f.dates};
    // Each item belongs to the innermost frame whose content holds it.
    std::vector<int> owner(n, -1);
    for (std::size_t f = 0; f < frames.size(); ++f) {
      for (std::size_t q = frames[f].match.content_begin; q < frames[f].match.content_end && q < n; ++q) {
        int current = owner[q];
        bool deeper = current < 0;
        for (int p = frames[f].parent; p >= 0 && !deeper; p = frames[p].parent) deeper = p == current;
        if (deeper) owner[q] = static_cast<int>(f);
      }
    }
    clauses_.clauses(v, owner);
    coming_weekdays(v, frames);
    past_days(v);
    if (trace_) trace_clauses(v);
    for (const auto& f : frames) {
      if (trace_) {
        std::string line = "  frame " + f.match.rule->id + ": speaker";
        for (const auto& s : f.speakers) line += " " + s;
        line += ", verb \"" + f.verb + "\", content \"" + item_text(v, f.match.content_begin, f.match.content_end) + "\"";
        trace_->push_back(line);
      }
    }
    // Statements: what each non-media speaker said.
    for (std::size_t f = 0; f < frames.size(); ++f) {
      const Frame& fr = frames[f];
      if (fr.media || fr.speakers.empty()) continue;
      // "Turkey said it would respond, according to the Foreign Ministry":
      // one statement, Turkey's, relayed by its ministry; the source's own
      // words are no second statement.
      bool relays_own = false;
      for (const auto& g : frames)
        relays_own |= fr.match.rule->content_first && &g != &fr && g.match.begin >= fr.match.content_begin &&
                      g.match.begin < fr.match.content_end && !g.speakers.empty() && speaks_for(fr.speakers, g.speakers);
      if (relays_own) continue;
      Assertion a;
      a.event_type = fr.match.rule->act.empty() ? "STATEMENT" : fr.match.rule->act;
      a.actors = fr.speakers;
      a.topic = item_text(v, fr.match.content_begin, fr.match.content_end);
      a.negated = fr.match.negations % 2 == 1;
      attribute(a, frames, static_cast<int>(f), true);
      a.rule = fr.match.rule->id;
      a.trigger = fr.verb;
      // "declared that China must drop its barriers": the speaker asks it of China.
      const std::string& obligation = fr.match.rule->obligation_event;
      std::size_t c = fr.match.content_begin;
      if (c < fr.match.content_end && v.reading[c].norm == "that"sv) ++c;
      // ('"...," the minister said, "and Azerbaijan must withdraw."')
      if (fr.continuation && c < fr.match.content_end &&
          (in(v.reading[c], rules_.builtin.coordinator) || v.reading[c].norm == "but"sv))
        ++c;
      // "told Iraq that it must ...": past the listener to its words.
      if (c + 2 < fr.match.content_end && v.reading[c].kind == Item::Kind::Entity && v.reading[c + 1].norm == "that"sv)
        c += 2;
      if (c < fr.match.content_end && v.reading[c].norm == "the"sv) ++c;  // "the Japanese side must ..."

      // "the US and other developed nations must", "the rebels in Darfur
      // must": the modal may close a list the actor opens, whose other
      // members no list need hold, or a phrase that places the actor.
      std::size_t modal = c + 1;
      if (modal < fr.match.content_end &&
          (in(v.reading[modal], rules_.builtin.coordinator) || in(v.reading[modal], rules_.builtin.preposition)))
        for (std::size_t q = modal + 1; q < fr.match.content_end && q < modal + 7; ++q) {
          const Item& w = v.reading[q];
          // A verb of its own ("Kyiv and its allies agreed Moscow must pay")
          // ends the list.
          bool finite = false;
          if (w.kind == Item::Kind::Word)
            for (const auto& sense : rules_.lexicon.senses(w.word))
              finite |= sense.form == VerbForm::Past || sense.form == VerbForm::ThirdPerson;
          if (finite || w.kind == Item::Kind::Punct || w.norm == "that"sv || in(w, rules_.builtin.fact_clause) ||
              in(w, rules_.builtin.speech_verb) || in(w, rules_.builtin.say_that))
            break;
          if (in(w, rules_.builtin.obligation)) {
            modal = q;
            break;
          }
        }
      if (!obligation.empty() && modal < fr.match.content_end && v.reading[c].kind == Item::Kind::Entity &&
          !v.reading[c].locative && in(v.reading[modal], rules_.builtin.obligation)) {
        Assertion r = a;
        r.event_type = obligation;
        r.targets = keys_in(v, c, c + 1);
        for (std::size_t q = c + 1; q < modal; ++q) {
          const Item& w = v.reading[q];
          if (w.kind == Item::Kind::Entity && !w.locative && !w.types.empty() && w.types[0] != EntityType::Place)
            for (const auto& k : keys_in(v, q, q + 1)) r.targets.push_back(k);
        }
        r.topic = item_text(v, modal + 1, fr.match.content_end);
        r.trigger = fr.verb + " " + v.reading[modal].norm;
        // "no longer insisting that Ukraine should not strike": a demand
        // dropped is a concession (CAMEO 08, yield), its topic the demand.
        if (fr.dropped) {
          r.event_type = "CONCEDE";
          r.negated = false;
          r.rule = "dropped-demand";
          r.topic = item_text(v, c, fr.match.content_end);
        }
        emit(index, std::move(r), frame_dates(frames, static_cast<int>(f)));
      }
      if (!fr.dropped) {
        if (auto judged = rejected_in(v, fr, a)) emit(index, std::move(*judged), frame_dates(frames, static_cast<int>(f)));
        if (auto accused = accused_in(v, fr, static_cast<int>(f), a))
          emit(index, std::move(*accused), frame_dates(frames, static_cast<int>(f)));
        if (auto warned = warned_in(v, fr, a)) emit(index, std::move(*warned), frame_dates(frames, static_cast<int>(f)));
        // (One statement of a quotation split around its speaker: the
        // first half's.)
        if (!fr.continuation) emit(index, std::move(a), frame_dates(frames, static_cast<int>(f)));
      }
    }
    // Events, region by region.
    std::size_t b = 0;
    while (b < n) {
      std::size_t e = b;
      while (e < n && owner[e] == owner[b]) ++e;
      if (owner[b] < 0 || !frames[static_cast<std::size_t>(owner[b])].dropped) events(index, v, b, e, owner[b], frames);
      b = e;
    }
  }

  // Always inlined, as the chunker's (chunker.h): GCC left it out of line in
  // events(), sentence() and their helpers, where the call cost more than
  // the bit test.
  [[gnu::always_inline]] bool in(const Item& item, int word_class) const {
    return (item.kind == Item::Kind::Word || item.kind == Item::Kind::Punct) &&
           rules_.lexicon.in(item.word, word_class);
  }

  // "US authorities said that removing the sanctions is out of the
  // question", "Moscow said such a deployment would be unacceptable": what
  // the speaker's words judge unacceptable (a word of UNACCEPTABLE, or "out
  // of the question", after "be") is what the speaker rejects (CAMEO 12),
  // when no actor opens what is judged: a possessor of it or a name in one
  // of its phrases is the target. The statement stays; a negated judgement
  // rejects nothing.
  std::optional<Assertion> rejected_in(const SentenceView& v, const Frame& fr, const Assertion& said) const {
    if (!fr.match.rule->act.empty() || fr.match.rule->obligation_event.empty() || said.negated) return std::nullopt;
    const auto& bi = rules_.builtin;
    const int unacceptable = rules_.if_defined.unacceptable;
    std::size_t c = fr.match.content_begin;
    const std::size_t end = fr.match.content_end;
    if (c < end && v.reading[c].norm == "that"sv) ++c;
    std::vector<std::string> targets;
    std::size_t be = c, subject_end = end;
    for (; be < end && be < c + 10; ++be) {
      const Item& w = v.reading[be];
      if (w.kind == Item::Kind::Word && is_be(w.norm)) break;
      // "Moscow's demands", "talks with Kyiv", "the sanctions on Burma":
      // a possessor or a name in a phrase of what is judged is its target.
      if (w.kind == Item::Kind::Entity) {
        const bool owner = be + 1 < end && v.reading[be + 1].norm == "'s"sv;
        if (!owner && !(be > c && in(v.reading[be - 1], bi.preposition))) return std::nullopt;
        if (!w.locative || owner)
          for (const auto& k : keys_in(v, be, be + 1)) targets.push_back(k);
        continue;
      }
      // "would be unacceptable": a modal before "be" only.
      const bool modal = in(w, bi.aux) || in(w, bi.modal_hypothetical) || in(w, bi.modal_future);
      if (modal && be + 1 < end && v.reading[be + 1].norm == "be"sv) {
        subject_end = std::min(subject_end, be);
        continue;
      }
      if (w.kind == Item::Kind::Punct || modal || in(w, bi.neg)) return std::nullopt;
      if (w.kind == Item::Kind::Word && !w.upper && be > c && clauses_.may_be_verb(w) &&
          clauses_.verb_group(v.reading, be).form == VerbForm::Past)
        return std::nullopt;  // "the plan failed and is ..." has a verb of its own
    }
    if (be == c || be >= end) return std::nullopt;
    std::size_t q = be + 1;
    while (q < end && v.reading[q].kind == Item::Kind::Word &&
           (in(v.reading[q], bi.adverb) || (v.reading[q].norm.size() > 4 && v.reading[q].norm.ends_with("ly") &&
                                             !in(v.reading[q], bi.not_adverb))))
      ++q;
    if (q >= end || in(v.reading[q], bi.neg)) return std::nullopt;
    std::size_t judged_end = q + 1;
    const bool idiom = q + 3 < end && v.reading[q].norm == "out"sv && v.reading[q + 1].norm == "of"sv &&
                       v.reading[q + 2].norm == "the"sv && v.reading[q + 3].norm == "question"sv;
    if (idiom) judged_end = q + 4;
    else if (!rules_.lexicon.in(v.reading[q].word, unacceptable)) return std::nullopt;
    Assertion r = said;
    r.event_type = "REJECT";
    r.targets = targets;
    r.topic = item_text(v, c, std::min(be, subject_end));
    r.trigger = fr.verb + " " + text::fold(item_text(v, q, judged_end));
    r.rule = fr.match.rule->id + ".judged";
    return r;
  }

  // "Xi is expected to meet Modi", "Kenya is set to host the summit": a
  // form of "be" and a participle or adjective of PLAN before the trigger's
  // "to" is the writer's forecast, not the actor's plan ("Russia plans to",
  // "is preparing to" are its own).
  bool forecast(const SentenceView& v, const Match& m) const {
    if (m.trigger.empty() || m.trigger.front() < 3) return false;
    const std::size_t t = m.trigger.front();
    const Item& plan = v.reading[t - 2];
    return v.reading[t - 1].norm == "to"sv && in(plan, rules_.builtin.plan) && !plan.norm.ends_with("ing") &&
           is_be(v.reading[t - 3].norm);
  }

  // An actor a speaker's words can blame or threaten: an entity that is no
  // place, or a place that stands for its state ("Manila had provoked").
  static bool acts_in_words(const Item& it) {
    if (it.kind != Item::Kind::Entity || it.locative || it.types.empty()) return false;
    return it.types[0] != EntityType::Place || (!it.metonyms.empty() && !it.metonyms[0].empty());
  }

  // "Delhi said Pakistan had violated the truce", "Cairo argued that Ethiopia
  // was endangering the Nile", "Brussels said Beijing had failed in its
  // obligations", "said Caracas had allowed gangs to flourish": what a
  // speaker says another actor did, when the deed is a wrong in itself, is
  // the speaker's accusation of that actor (CAMEO 112), beside the
  // statement and the deed attributed to the speaker. Only what the
  // speaker tells as done (no modal, plan, future or negation) and only of
  // another actor: "Iran said it had breached the limits" admits.
  std::optional<Assertion> accused_in(const SentenceView& v, const Frame& fr, int f, const Assertion& said) const {
    const auto& d = rules_.if_defined;
    if (!fr.match.rule->act.empty() || said.negated || d.wrongdoing < 0) return std::nullopt;
    Assertion r = said;
    r.targets.clear();
    std::size_t first = v.reading.size(), last = 0;
    for (const Clause& c : v.clauses) {
      if (c.embedding != Clause::Embedding::Content || c.frame != f || c.subject < 0) continue;
      const VerbGroup& g = c.verb;
      if (g.hypothetical || g.future || g.planned || g.passive || g.head >= c.end) continue;
      if (!acts_in_words(v.reading[static_cast<std::size_t>(c.subject)])) continue;
      const Item& verb = v.reading[g.head];
      const auto word_in = [&](std::size_t q, int cls) {
        return cls >= 0 && q < c.end && v.reading[q].kind == Item::Kind::Word && rules_.lexicon.in(v.reading[q].word, cls);
      };
      bool wrong = false;
      if (g.negations == 0) {
        wrong = word_in(g.head, d.wrongdoing);
        // "had failed in their responsibility to protect the embassy", "had
        // failed to respect the ruling"
        if (!wrong && word_in(g.head, rules_.builtin.fail) && g.head + 1 < c.end) {
          if (v.reading[g.head + 1].norm == "in"sv)
            for (std::size_t q = g.head + 2; q < c.end && q < g.head + 5 && !wrong; ++q) wrong = word_in(q, d.failed_duty);
          else if (v.reading[g.head + 1].norm == "to"sv)
            wrong = word_in(g.head + 2, d.duty_verb);
        }
        // "has allowed drug cartels to thrive", "enabled militias to proliferate"
        if (!wrong && in(verb, rules_.builtin.permit))
          for (std::size_t q = g.head + 2; q + 1 < c.end && q < g.head + 8 && !wrong; ++q)
            wrong = v.reading[q].norm == "to"sv && word_in(q + 1, d.let_fester);
      } else if (g.negations == 1) {
        // "had failed to protect the embassy": the one negation is "failed".
        for (std::size_t q = g.begin; q < g.head && !wrong; ++q)
          wrong = word_in(q, rules_.builtin.fail) && word_in(g.head, d.duty_verb);
      }
      if (!wrong) continue;
      std::vector<std::string> accused =
          keys_in(v, static_cast<std::size_t>(c.subject), static_cast<std::size_t>(c.subject) + 1, true);
      if (accused.empty() || speaks_for(fr.speakers, accused)) continue;
      for (auto& k : accused)
        if (std::find(r.targets.begin(), r.targets.end(), k) == r.targets.end()) r.targets.push_back(std::move(k));
      first = std::min(first, static_cast<std::size_t>(c.subject));
      last = std::max(last, c.end);
      if (r.trigger == said.trigger) r.trigger = fr.verb + " " + verb.norm;
    }
    if (r.targets.empty()) return std::nullopt;
    r.event_type = "ACCUSE";
    r.topic = item_text(v, first, last);
    r.rule = fr.match.rule->id + ".accused";
    return r;
  }

  // "Delhi said Islamabad would bear the consequences", '"All consequences
  // must be borne by the Egyptian side," he added', "said Caracas will pay
  // a heavy price": the harm a speaker says another actor will
  // bear is the speaker's threat to it (CAMEO 130), whatever the modal
  // says (a threat is made now). Not of the speaker's own side, nor
  // denied ("Kyiv will not pay the price").
  std::optional<Assertion> warned_in(const SentenceView& v, const Frame& fr, const Assertion& said) const {
    const auto& d = rules_.if_defined;
    if (!fr.match.rule->act.empty() || said.negated || d.consequence_noun < 0 || d.bear_harm < 0) return std::nullopt;
    const std::size_t b = fr.match.content_begin, end = std::min(fr.match.content_end, v.reading.size());
    const auto word_in = [&](std::size_t q, int cls) {
      return q < end && v.reading[q].kind == Item::Kind::Word && rules_.lexicon.in(v.reading[q].word, cls);
    };
    const auto actor_at = [&](std::size_t q) { return acts_in_words(v.reading[q]); };
    for (std::size_t q = b; q < end; ++q) {
      if (!word_in(q, d.consequence_noun)) continue;
      int accused = -1;
      // Harm to come only: "had borne the consequences of the floods" tells
      // of the past.
      // (A word of OBLIGATION may stand before the group: "must be borne".)
      const auto to_come = [&](std::size_t head, VerbForm form) {
        const VerbGroup g = clauses_.group_before(v.reading, head, b, form);
        bool must = false;
        for (std::size_t k = g.begin >= b + 2 ? g.begin - 2 : b; k < head; ++k)
          must |= in(v.reading[k], rules_.builtin.obligation);
        return std::pair{g, g.negations == 0 && (g.future || g.hypothetical || must)};
      };
      // "... must be borne by the Japanese side"
      for (std::size_t k = q + 1; k + 2 < end && k < q + 8 && accused < 0; ++k) {
        if (v.reading[k].kind == Item::Kind::Punct || in(v.reading[k], rules_.builtin.neg)) break;
        if (!word_in(k, d.bear_harm) || v.reading[k + 1].norm != "by"sv) continue;
        const std::size_t by = k + 2 < end && v.reading[k + 2].norm == "the"sv ? k + 3 : k + 2;
        if (by < end && actor_at(by) && to_come(k, VerbForm::Participle).second) accused = static_cast<int>(by);
      }
      // "Islamabad would bear the consequences": the verb within three
      // words before the noun, the actor right before its verb group.
      for (std::size_t k = q; k > b && k + 4 > q && accused < 0; --k) {
        if (!word_in(k - 1, d.bear_harm)) continue;
        const auto [g, ahead] = to_come(k - 1, VerbForm::Base);
        if (ahead && g.begin > b && actor_at(g.begin - 1)) accused = static_cast<int>(g.begin - 1);
        break;
      }
      if (accused < 0) continue;
      Assertion r = said;
      r.targets = keys_in(v, static_cast<std::size_t>(accused), static_cast<std::size_t>(accused) + 1, true);
      if (r.targets.empty() || speaks_for(fr.speakers, r.targets)) return std::nullopt;
      r.event_type = "THREATEN";
      r.topic = item_text(v, std::min(q, static_cast<std::size_t>(accused)), end);
      r.trigger = fr.verb + " " + v.reading[q].norm;
      r.rule = fr.match.rule->id + ".warned";
      return r;
    }
    return std::nullopt;
  }

  std::vector<Date> frame_dates(const std::vector<Frame>& frames, int f) const {
    for (int p = f; p >= 0; p = frames[p].parent) {
      if (!frames[p].dates.empty()) return frames[p].dates;
      if (frames[p].no_day) return {};
    }
    if (report_.date) return {*report_.date};
    return {};
  }

  void attribute(Assertion& a, const std::vector<Frame>& frames, int f, bool own_statement) const {
    if (f < 0) return;
    const Frame& fr = frames[f];
    a.attributed_to = fr.speakers;
    a.attribution_verb = fr.verb;
    for (int p = fr.parent; p >= 0; p = frames[p].parent)
      for (const auto& s : frames[p].speakers) a.reported_by.push_back(s);
    (void)own_statement;
    std::sort(a.reported_by.begin(), a.reported_by.end());
    a.reported_by.erase(std::unique(a.reported_by.begin(), a.reported_by.end()), a.reported_by.end());
  }

  void emit(std::size_t sentence_index, Assertion&& a, const std::vector<Date>& dates) {
    std::sort(a.actors.begin(), a.actors.end());
    a.actors.erase(std::unique(a.actors.begin(), a.actors.end()), a.actors.end());
    std::sort(a.targets.begin(), a.targets.end());
    a.targets.erase(std::unique(a.targets.begin(), a.targets.end()), a.targets.end());
    // An actor is not its own target ("X and Y met with each other").
    std::erase_if(a.targets, [&](const std::string& t) {
      return std::binary_search(a.actors.begin(), a.actors.end(), t);
    });
    std::sort(a.attributed_to.begin(), a.attributed_to.end());
    if (a.actors.empty()) return;
    a.evidence = evidence_for(sentence_index);
    std::vector<std::optional<Date>> each;
    for (const auto& d : dates) each.push_back(d);
    if (each.empty()) each.push_back(std::nullopt);
    for (std::size_t n = 0; n < each.size(); ++n) {
      // Made in place, at the end of the assertions, and taken back if it
      // is a duplicate: an Assertion takes some 260 instructions to move,
      // and one made first and moved in afterwards cost a move each (emit()
      // took 25.8M instructions on the 1 MB corpus, now 22.5M).
      if (n + 1 < each.size()) assertions_.push_back(a);
      else assertions_.push_back(std::move(a));  // the last takes a itself
      const std::size_t own = assertions_.size() - 1;
      Assertion& copy = assertions_[own];
      copy.date = each[n];
      if (trace_) {
        std::string line = "  => " + copy.event_type + " (" + copy.rule + ")";
        for (const auto& x : copy.actors) line += " actor=" + x;
        for (const auto& x : copy.targets) line += " target=" + x;
        if (!copy.location.empty()) line += " location=" + copy.location;
        if (copy.date) line += " date=" + copy.date->iso();
        if (copy.negated) line += " negated";
        if (copy.modality != Modality::None) line += " modality=" + std::string(to_string(copy.modality));
        if (copy.quantity) line += " quantity=" + std::to_string(*copy.quantity);
        for (const auto& x : copy.attributed_to) line += " attributedTo=" + x;
        if (!copy.attribution_verb.empty()) line += " verb=\"" + copy.attribution_verb + "\"";
        if (!copy.topic.empty()) line += " topic=\"" + copy.topic + "\"";
        trace_->push_back(line);
      }
      bool duplicate = false;
      for (std::size_t k = first_of_sentence_; k < own && !duplicate; ++k) {
        const Assertion& o = assertions_[k];
        // "convicted the activist ... and sentenced him": two verbs of one
        // act, same type, actors, target, day and place, say it once (the
        // first); without a target the words tell the acts apart.
        duplicate = o.evidence == copy.evidence && o.event_type == copy.event_type && o.actors == copy.actors &&
                    o.targets == copy.targets && o.location == copy.location && o.date == copy.date &&
                    o.negated == copy.negated && o.modality == copy.modality &&
                    (o.topic == copy.topic || (!copy.targets.empty() && o.quantity == copy.quantity)) &&
                    o.attributed_to == copy.attributed_to;
      }
      if (duplicate) {
        assertions_.pop_back();
        continue;
      }
      // "Germany announced that it would double its aid": the announcement
      // is the promise, so the statement of a speaker who speaks for the
      // promise's actor gives way to it (one speech act, typed), and the
      // promise keeps the statement's words. "Sources said X will visit"
      // stays the sources' statement.
      if (copy.rule == "promise"sv && !copy.attributed_to.empty())
        for (std::size_t k = first_of_sentence_; k < own; ++k) {
          const Assertion& o = assertions_[k];
          if (o.event_type != "STATEMENT"sv || o.actors != copy.attributed_to || o.date != copy.date ||
              o.negated || o.topic.find(copy.topic) == std::string::npos || !speaks_for(o.actors, copy.actors))
            continue;
          copy.topic = o.topic;
          if (trace_) trace_->push_back("  rule promise (the " + o.rule + " statement above is the promise: dropped)");
          assertions_.erase(assertions_.begin() + static_cast<std::ptrdiff_t>(k));  // `copy` moves down one: read no more
          break;
        }
    }
  }

  // ---- Acts that wrap another act ----------------------------------------
  // A threat, promise, refusal or call (the types of WRAPPER, lexicon.txt)
  // whose content is an act with a target of its own is aimed there too,
  // when nothing else named its target. The wrapped act's target counts as
  // its rules left it, whichever found it (the object, the recipient, the
  // owner, the place aimed at):
  //   "the junta threatened to impose a curfew in Mandalay"   -> Myanmar
  //   "Ankara refused to send troops into Libya"               -> Libya
  //   "the EU rejected calls for sanctions on Tunisia"         -> Tunisia
  // And where it is not: where the wrapped act has none ("agreed to hold
  // talks in Geneva": a meeting's venue; "threatened to quit the talks"),
  // where it is another's act ("demanded an end to Serbian raids on Kosovo":
  // aimed at Serbia, whose raids they are, not Kosovo), or the act of a
  // condition ("threatened to walk out if Iran attacks Iraq").

  // One act of a clause as its rules left it: its targets (the actors'
  // own left out), for wrapped_targets().
  struct ActAim {
    const Match* match;
    std::vector<std::string> actors, targets;
    std::string type, topic;
  };

  // After all the acts of a clause: each wrapper with no target takes the
  // target of the first act it holds, innermost first, so that a call
  // inside a refusal hands on what it got ("rejected a call for troops to
  // be deployed in Darfur"); its assertions, already emitted, are updated.
  void wrapped_targets(const SentenceView& v, std::vector<ActAim>& aims) {
    const int wrapper = rules_.if_defined.wrapper;
    if (wrapper < 0 || aims.size() < 2) return;
    for (auto& aim : aims) {
      std::sort(aim.actors.begin(), aim.actors.end());
      aim.actors.erase(std::unique(aim.actors.begin(), aim.actors.end()), aim.actors.end());
      std::erase_if(aim.targets, [&](const std::string& k) {
        return std::binary_search(aim.actors.begin(), aim.actors.end(), k);
      });
    }
    std::stable_sort(aims.begin(), aims.end(), [](const ActAim& x, const ActAim& y) {
      return x.match->trigger.front() < y.match->trigger.front();
    });
    for (std::size_t w = aims.size(); w-- > 0;) {
      ActAim& outer = aims[w];
      const Capture* t = capture(*outer.match, "topic");
      if (!t || !outer.targets.empty() || outer.actors.empty() ||
          !rules_.lexicon.in(text::fold(outer.type), wrapper))
        continue;
      // The first act inside its content, and only that one.
      const ActAim* inner = nullptr;
      for (std::size_t k = w + 1; k < aims.size() && !inner; ++k) {
        const std::size_t at = aims[k].match->trigger.front();
        if (at >= t->begin && at < t->end) inner = &aims[k];
      }
      if (!inner || inner->targets.empty()) continue;
      // Not an act of a condition ("threatened to walk out if Iran attacks Iraq").
      bool condition = false;
      for (std::size_t q = t->begin; q < inner->match->trigger.front() && !condition; ++q)
        condition = in(v.reading[q], rules_.builtin.conditional);
      // The wrapper's own act, or one no actor is named for ("called for
      // sanctions on Minsk"), not another's.
      const bool own = std::all_of(inner->actors.begin(), inner->actors.end(), [&](const std::string& k) {
        return std::binary_search(outer.actors.begin(), outer.actors.end(), k) || speaks_for(outer.actors, {k});
      });
      if (condition || !own) continue;
      std::vector<std::string> found;
      // Not the actor's own side: "the PM threatened to close Mali's border"
      // is aimed at no Mali when the PM is Mali's.
      for (const auto& k : inner->targets)
        if (!speaks_for(outer.actors, {k})) found.push_back(k);
      if (found.empty()) continue;
      std::sort(found.begin(), found.end());
      found.erase(std::unique(found.begin(), found.end()), found.end());
      if (trace_)
        trace_->push_back("  rule " + outer.match->rule->id + " (aimed at the target of the " + inner->type +
                          " it holds: " + found[0] + ")");
      outer.targets = found;
      for (std::size_t k = first_of_sentence_; k < assertions_.size(); ++k) {
        Assertion& done = assertions_[k];
        if (done.targets.empty() && done.event_type == outer.type && done.topic == outer.topic &&
            done.actors == outer.actors)
          done.targets = found;
      }
    }
  }

  void events(std::size_t sentence_index, const SentenceView& v, std::size_t b, std::size_t e, int frame,
              const std::vector<Frame>& frames) {
    std::vector<Match> found;
    for (auto c : candidates(v, b, e, rules_.events, rules_.event_index, rules_.unanchored_events))
      for (auto& m : find_matches(rules_.events[c.rule], rules_, clauses_, v.reading, b, e, c.last_start))
        found.push_back(std::move(m));
    // The most specific reading of a trigger wins: "will not discuss" is a
    // REJECT, so the CONSULT reading of "discuss" alone is dropped.
    std::stable_sort(found.begin(), found.end(), [](const Match& x, const Match& y) {
      if (x.trigger.size() != y.trigger.size()) return x.trigger.size() > y.trigger.size();
      return x.rule->order < y.rule->order;
    });
    // "finalize US support": a bare base form after a singular subject is a
    // noun, not a verb ("the US supports", "the US will support").
    std::erase_if(found, [&](const Match& m) {
      if (!m.rule->options.base_form_is_noun || !noun_after_one(v, m, m.trigger, "actor")) return false;
      if (trace_) trace_->push_back("  rule " + m.rule->id + " (dropped: a noun after a singular subject)");
      return true;
    });
    // "Russia denied that ...": a frame whose act is an event (deny-that:
    // REJECT) has made that event of its verb already.
    // A frame with an act of its own reads its verb only as that act:
    // "disputed that ..." is the REJECT, no ACCUSE too.
    auto frame_act = [&](const Match& m) {
      for (const auto& f : frames) {
        if (f.match.rule->act.empty()) continue;
        const Capture* c = capture(f.match, "verb");
        if (!c) continue;
        for (auto t : m.trigger)
          if (t >= c->begin && t < c->end) return true;
      }
      return false;
    };
    std::erase_if(found, [&](const Match& m) {
      if (!frame_act(m)) return false;
      if (trace_) trace_->push_back("  rule " + m.rule->id + " (dropped: the frame's act)");
      return true;
    });
    // A guard phrase of the lexicon ("took part in") is no trigger; "the US
    // strikes on Iran" is a noun.
    const auto guard = guarded(rules_, v.reading, b, e);
    std::erase_if(found, [&](const Match& m) {
      if (m.trigger.empty()) return false;
      const std::size_t t = m.trigger.front();
      const char* why = guard[t] ? "a guard phrase" : nullptr;
      // "Hamas had violated the truce": "had" before a participle is an
      // auxiliary; not when the rule's own words go on with that participle
      // ("is prepared to": a predicate adjective the rule names).
      // ("Sudan had not violated the agreement": past a negation too.)
      std::size_t p = t + 1;
      while (p < e && p < t + 3 && in(v.reading[p], rules_.builtin.neg)) ++p;
      if (!why && in(v.reading[t], rules_.builtin.aux) && p < e && v.reading[p].kind == Item::Kind::Word &&
          clauses_.may_be_verb(v.reading[p]) && (v.reading[p].norm.ends_with("ed") || v.reading[p].norm.ends_with("en")) &&
          !(m.trigger.size() > 1 && m.trigger[1] == p))
        why = "an auxiliary";
      if (!why && m.trigger_form == VerbForm::ThirdPerson && m.vg_items == 0 && plural_noun_at(rules_, v.reading, t, e))
        why = "a plural noun";
      if (!why && m.trigger_form == VerbForm::ThirdPerson && m.vg_items == 0 && t > 0 &&
          v.reading[t - 1].kind == Item::Kind::Entity && clauses_.modifies_noun(v.reading, t - 1))
        why = "a name modifying a noun";
      if (trace_ && why) trace_->push_back("  rule " + m.rule->id + " (dropped: " + why + ")");
      return why != nullptr;
    });
    // "Trump wrote a letter to Erdogan warning him", "sent a message to
    // Sharif urging him to ...": a participle after a medium and its
    // addressee tells what the medium says, and so what its author does:
    // the subject of the clause whose verb made the medium acts, on the
    // addressee when the rule finds no target after the participle and the
    // act is one done to a hearer (a warning, a request).
    for (auto& m : found) {
      if (m.trigger_form != VerbForm::Gerund || m.vg_items > 0 || m.trigger.empty()) continue;
      auto a = std::find_if(m.captures.begin(), m.captures.end(), [](const Capture& c) { return c.name == "actor"sv; });
      if (a == m.captures.end() || a->end != m.trigger.front() || a->begin < b + 3 ||
          v.reading[a->begin - 1].norm != "to"sv)
        continue;
      std::size_t medium = a->begin - 1;
      for (std::size_t q = a->begin - 2; q + 4 > a->begin && q > b && medium == a->begin - 1; --q)
        if (in(v.reading[q], rules_.builtin.medium)) medium = q;
      if (medium == a->begin - 1) continue;
      for (const Clause& c : v.clauses)
        if (c.subject >= 0 && c.verb.head < medium && medium < c.end && c.frame == frame) {
          const std::size_t addressee = a->begin;
          a->begin = static_cast<std::size_t>(c.subject);
          a->end = a->begin + 1;
          // (The hearer of a condemnation is no one it condemns.)
          const bool to_hearer = m.rule->event_type == "THREATEN"sv || m.rule->event_type == "REQUEST"sv;
          if (to_hearer && !capture(m, "target")) m.captures.push_back({"target", addressee, addressee + 1});
          break;
        }
    }
    // "a letter to Erdogan warning him": otherwise a participle after a
    // noun phrase modifies it; its actor is no subject ("with Erdogan
    // warning" is).
    std::erase_if(found, [&](const Match& m) {
      if (m.trigger_form != VerbForm::Gerund || m.vg_items > 0 || m.trigger.empty()) return false;
      const Capture* a = capture(m, "actor");
      if (!a || a->end != m.trigger.front()) return false;
      bool with = a->begin > 0 && v.reading[a->begin - 1].norm == "with"sv;
      if (trace_ && !with) trace_->push_back("  rule " + m.rule->id + " (dropped: a participle, no finite verb)");
      return !with;
    });
    // "Militants backed by Iran attacked the base": a participle right
    // after a noun, with its agent, and a finite verb after them in the
    // clause, qualifies the noun; its subject backs no one.
    std::erase_if(found, [&](const Match& m) {
      if (m.vg_items > 0 || m.trigger.empty()) return false;
      const Capture* a = capture(m, "actor");
      if (!a || a->end != m.trigger.front() || !clauses_.qualifying_participle(v.reading, m.trigger.front(), e))
        return false;
      if (trace_) trace_->push_back("  rule " + m.rule->id + " (dropped: a participle that qualifies its noun)");
      return true;
    });
    // "despite RSF counterattacks", "militants in Mali attacked": a name
    // after a preposition is no subject. But "the foreign minister of Iran
    // condemned" and "states including France condemned" speak for it.
    std::erase_if(found, [&](const Match& m) {
      const Capture* a = capture(m, "actor");
      if (!a || a->begin != m.begin || a->begin <= b) return false;
      const Item& before = v.reading[a->begin - 1];
      if (!in(before, rules_.builtin.preposition) || before.norm == "of"sv || before.norm == "including"sv ||
          before.norm == "like"sv || before.norm == "as"sv || before.norm == "for"sv)
        return false;
      // ("The resolution passed, with France voting in favour": after
      // "with", a name right before its participle is that participle's
      // subject, as for the participles above. Not a group of no name: in
      // "with 119 countries voting yes ..., including China" the group's
      // members are another group's.)
      const Item& actor = v.reading[a->begin];
      if (before.norm == "with"sv && m.trigger_form == VerbForm::Gerund && m.vg_items == 0 && !m.trigger.empty() &&
          a->end == m.trigger.front() && a->end == a->begin + 1 && !actor.types.empty() &&
          actor.types[0] != EntityType::ActorGroup)
        return false;
      if (trace_) trace_->push_back("  rule " + m.rule->id + " (dropped: its actor follows \"" + before.norm + "\")");
      return true;
    });
    // "Iran was sanctioned by the EU": a pattern reads its actor before the
    // verb, which a passive makes the target; the lexicon rules read voice.
    std::erase_if(found, [&](const Match& m) {
      bool passive = m.be && m.trigger_form == VerbForm::Participle;
      if (trace_ && passive) trace_->push_back("  rule " + m.rule->id + " (dropped: a passive)");
      return passive;
    });
    // The lexicon rules' readings of the clauses, where no pattern rule
    // read the same verb: the patterns are the more specific. But where a
    // cue chose the verb's sense ("met the conditions", "met the demands"),
    // a pattern that reads it in another sense yields.
    std::vector<CuedSense> cued;
    auto lexical = lexical_matches(rules_, clauses_, v.reading, b, e, &cued);
    std::erase_if(found, [&](const Match& m) {
      for (const auto& c : cued) {
        if (c.event == m.rule->event_type || std::find(m.trigger.begin(), m.trigger.end(), c.at) == m.trigger.end())
          continue;
        // "launched an investigation into the killing": a pattern reading
        // the light verb with a later noun than the verb's own yields.
        if (c.light_noun) {
          if (std::find(m.trigger.begin(), m.trigger.end(), c.light_noun) != m.trigger.end() ||
              (!m.trigger.empty() && m.trigger.back() < c.light_noun))
            continue;
          if (trace_) trace_->push_back("  rule " + m.rule->id + " (dropped: the light verb takes the " + c.event + " noun before)");
          return true;
        }
        // "approved the sale of weapons": a pattern of a type that is no
        // sense of the verb (AID for "approve") stays.
        if (c.event != "NONE"sv && std::find(c.senses.begin(), c.senses.end(), m.rule->event_type) == c.senses.end())
          continue;
        if (trace_) trace_->push_back("  rule " + m.rule->id + " (dropped: the lexicon reads this verb as " + c.event + " here)");
        return true;
      }
      return false;
    });
    // But a phrase of the lexicon that holds a pattern's verb and more words
    // ("struck a deal with Hamas", AGREE) is the more specific there: the
    // pattern reading the verb alone ("struck", ASSAULT) yields.
    std::erase_if(found, [&](const Match& m) {
      for (const auto& l : lexical)
        if (l.trigger.size() > m.trigger.size() && !m.trigger.empty() &&
            std::includes(l.trigger.begin(), l.trigger.end(), m.trigger.begin(), m.trigger.end())) {
          if (trace_) trace_->push_back("  rule " + m.rule->id + " (dropped: a longer phrase holds its verb, read by " +
                                        l.rule->id + ")");
          return true;
        }
      return false;
    });
    std::erase_if(found, [&](const Match& m) {
      const bool pending = not_yet_agreed(v, m);
      if (pending && trace_) trace_->push_back("  rule " + m.rule->id + " (dropped: not yet agreed is no refusal)");
      return pending;
    });
    // "demanded that its EU partners refuse to recognize ...": see
    // ClauseReader::owned_name().
    std::erase_if(found, [&](const Match& m) {
      const Capture* actor = capture(m, "actor");
      const bool owned = actor && actor->begin > b && actor->begin < e && clauses_.owned_name(v.reading, actor->begin);
      if (owned && trace_) trace_->push_back("  rule " + m.rule->id + " (dropped: its actor modifies a noun after a possessive)");
      return owned;
    });
    std::vector<bool> pattern_trigger(e, false);
    for (const auto& m : found)
      for (auto t : m.trigger)
        if (t < e) pattern_trigger[t] = true;
    for (auto& m : lexical) {
      if (frame_act(m)) continue;
      bool taken = std::any_of(m.trigger.begin(), m.trigger.end(), [&](std::size_t t) { return pattern_trigger[t] || guard[t]; });
      if (trace_ && taken) trace_->push_back("  rule " + m.rule->id + " (dropped: a pattern rule read its verb)");
      if (!taken) found.push_back(std::move(m));
    }
    std::vector<const Match*> accepted;
    for (const auto& m : found) {
      bool covered = false;
      for (const auto* a : accepted) {
        if (std::includes(a->trigger.begin(), a->trigger.end(), m.trigger.begin(), m.trigger.end())) covered = true;
        // One verb, one event of a type: "agreed to a ceasefire" read by two AGREE rules.
        if (a->rule->event_type == m.rule->event_type && !m.trigger.empty() && !a->trigger.empty() &&
            a->trigger.front() == m.trigger.front())
          covered = true;
      }
      if (trace_)
        trace_->push_back("  rule " + m.rule->id + (covered ? " (dropped: a more specific rule has its trigger)" : ""));
      if (!covered) accepted.push_back(&m);
    }
    std::sort(accepted.begin(), accepted.end(), [](const Match* x, const Match* y) { return x->begin < y->begin; });
    // "The MFA warned that China would respond": the threat inside the warning
    // is the warning itself, not a second threat. An event noun with its own
    // actor is another event ("rebels repelled a Malian-Russian offensive").
    const std::vector<const Match*> all_accepted = accepted;
    std::erase_if(accepted, [&](const Match* inner) {
      for (const Match* outer : all_accepted) {
        if (outer == inner || outer->rule->event_type != inner->rule->event_type || inner->trigger.empty() ||
            inner->nominal)
          continue;
        const Capture* t = capture(*outer, "topic");
        // "agreed to suspend the offensive to allow Kurdish forces to
        // withdraw": an infinitive with an actor of its own is another act.
        const Capture* inner_actor = capture(*inner, "actor");
        const Capture* outer_actor = capture(*outer, "actor");
        // (The verb may stand a few words before the actor: "allow
        // U.S.-allied Kurdish forces to withdraw".)
        bool permitted = false;
        for (std::size_t q = inner_actor ? inner_actor->begin : 0, k = 0; q > 0 && k < 4 && !permitted; --q, ++k) {
          const Item& w = v.reading[q - 1];
          if (w.norm == ","sv || w.norm == "to"sv) break;
          permitted = in(w, rules_.builtin.permit);
        }
        const bool own_infinitive = inner->infinitive && outer_actor && permitted &&
                                    captured(v, *inner, "actor") != captured(v, *outer, "actor");
        if (t && inner->trigger.front() >= t->begin && inner->trigger.front() < t->end && !own_infinitive) {
          if (trace_) trace_->push_back("  rule " + inner->rule->id + " (dropped: inside " + outer->rule->id + ")");
          return true;
        }
        // "conducted a drone attack on US forces, killing three": a
        // participle after the event, of its type and with its actor, is
        // what the event did, not a second event.
        const Capture* ia = capture(*inner, "actor");
        const Capture* oa = capture(*outer, "actor");
        const std::size_t at = inner->trigger.front();
        if (inner->trigger_form == VerbForm::Gerund && ia && oa && ia->begin == oa->begin && ia->end == oa->end &&
            !outer->trigger.empty() && outer->trigger.front() < at && at > 0 && v.reading[at - 1].norm == ","sv) {
          if (trace_) trace_->push_back("  rule " + inner->rule->id + " (dropped: what " + outer->rule->id + " did)");
          return true;
        }
      }
      return false;
    });
    std::erase_if(accepted, [&](const Match* inner) {
      const bool forsaken = forsaken_promise(v, *inner, all_accepted);
      if (forsaken && trace_) trace_->push_back("  rule " + inner->rule->id + " (dropped: a promise its maker rejects)");
      return forsaken;
    });
    const auto& bi = rules_.builtin;
    // "Putin ordered Russian troops to withdraw", "Vucic ordered the army to
    // be on the highest level of combat readiness": a request to the
    // actor's own armed forces is a command, no request; what it orders is
    // the orderer's planned act (its commanders), and an ordered posture
    // ("to be on alert", "to be beefed up") a mobilization.
    auto commanded_by = [&](const Match* m, const std::vector<const Match*>& orders) -> const Match* {
      for (const Match* c : orders)
        if (const Capture* t = capture(*c, "topic"); t && c != m && !m->trigger.empty() &&
                                                     m->trigger.front() >= t->begin && m->trigger.front() < t->end)
          return c;
      return nullptr;
    };
    std::vector<const Match*> commands, postures;
    for (const Match* m : accepted) {
      if (m->rule->event_type != "REQUEST"sv) continue;
      const auto orderers = captured(v, *m, "actor"), forces = captured(v, *m, "target");
      const Capture* t = capture(*m, "topic");
      if (orderers.empty() || !t) continue;
      // Where the forces end: the "to" of what they are ordered to do.
      std::size_t to = t->end;
      bool own = !forces.empty();
      for (const auto& f : forces) {
        auto it = entities_.find(f);
        own &= it != entities_.end() && it->second.type == EntityType::ArmedForce && !state_of(f).empty() &&
               state_of(f) == state_of(orderers[0]);
      }
      for (std::size_t q = t->begin; q < t->end && q < t->begin + 6 && to == t->end; ++q)
        if (v.reading[q].norm == "to"sv) to = q;
      // "ordered the special armed forces to be beefed up": forces no state
      // names, after a verb of command, are the orderer's own.
      if (forces.empty() && !m->trigger.empty() && in(v.reading[m->trigger.front()], bi.command) && to > t->begin &&
          to < t->end) {
        const Item& head = v.reading[to - 1];
        const std::string key = head.keys.empty() ? "" : head.keys[0];
        own = (head.kind == Item::Kind::Word && in(head, bi.force_noun)) ||
              (head.kind == Item::Kind::Entity && !head.types.empty() && head.types[0] == EntityType::ActorGroup &&
               rules_.lexicon.in(key.substr(key.find_last_of("/-") + 1), bi.force_noun));
      }
      if (!own) continue;
      bool inner = false;
      for (const Match* o : accepted) inner |= commanded_by(o, {m}) == m;
      const bool posture = to + 1 < t->end && v.reading[to + 1].norm == "be"sv;
      if (!inner && !posture) continue;  // an order no rule reads stays a request
      if (trace_) trace_->push_back("  rule " + m->rule->id + " (a command to the actor's own forces)");
      commands.push_back(m);
      if (!inner) postures.push_back(m);
    }
    // Each act's targets once all its rules have run, and the wrappers
    // ("threatened to ...") left with none: wrapped_targets() below.
    std::vector<ActAim> aims;
    // A target of `x`, once, unless it is one of its actors or their own
    // side ("threatened to close Mali's border", said by Mali's PM).
    auto aim = [&](Assertion& x, const std::string& k) {
      if (std::find(x.actors.begin(), x.actors.end(), k) == x.actors.end() && !speaks_for(x.actors, {k}) &&
          std::find(x.targets.begin(), x.targets.end(), k) == x.targets.end())
        x.targets.push_back(k);
    };
    for (const Match* m : accepted) {
      if (std::find(commands.begin(), commands.end(), m) != commands.end()) {
        if (std::find(postures.begin(), postures.end(), m) == postures.end()) continue;
        Assertion a = performed(Assertion{}, "MOBILIZE", "command", "an order to one's own forces");
        a.actors = captured(v, *m, "actor");
        const auto forces = captured(v, *m, "target");
        a.actors.insert(a.actors.end(), forces.begin(), forces.end());
        if (const Capture* t = capture(*m, "topic")) a.topic = item_text(v, t->begin, t->end);
        a.negated = m->negations % 2 == 1;
        attribute(a, frames, frame, false);
        a.rule = "command";
        a.trigger = m->trigger.empty() ? "" : text::fold(item_text(v, m->trigger.front(), m->trigger.back() + 1));
        // Its day: the verb group's ("on Monday ordered"), else the speaker's or the report's.
        std::vector<Date> when;
        for (auto q : m->vg_dates)
          if (when.empty()) when = v.reading[q].dates;
        if (when.empty()) when = frame_dates(frames, frame);
        emit(sentence_index, std::move(a), when);
        continue;
      }
      Assertion a;
      a.event_type = m->rule->event_type;
      a.actors = captured(v, *m, "actor");
      a.targets = captured(v, *m, "target");
      // "tortured dozens of Chadian and Sudanese traders": a struck group's
      // states are struck too.
      if (const Capture* t = capture(*m, "target"); t && judges_or_strikes(a.event_type)) {
        std::vector<std::string> states;
        for (std::size_t q = t->begin; q < t->end; ++q) group_states(v, v.reading[q], states);
        for (const auto& k : states) aim(a, k);
      }
      if (m->rule->options.targets_act) {
        // "spoke by phone to his Armenian counterpart": the partner's owner
        // takes part.
        if (const Capture* p = capture(*m, "partner"); p && a.targets.empty()) {
          std::vector<std::string> owners;
          std::string owner = owner_in_object(v, p->begin, std::min(p->end, e), &owners);
          if (!owner.empty()) owners.insert(owners.begin(), owner);
          for (const auto& k : owners)
            if (std::find(a.actors.begin(), a.actors.end(), k) == a.actors.end()) a.targets.push_back(k);
        }
        a.actors.insert(a.actors.end(), a.targets.begin(), a.targets.end());
        a.targets.clear();
      } else if (a.targets.empty()) {
        // "sanctions on a key Turkish defense agency", "approve Sweden's
        // application": with no name for a target, a state's adjective or a
        // possessor in the object says whose it is.
        // A lexicon rule's phrase after its row's preposition comes first.
        const Capture* object = capture(*m, "partner");
        if (!object) object = capture(*m, "topic");
        if (object) {
          std::vector<std::string> owners;
          std::string owner =
              owner_in_object(v, object->begin, std::min(object->end, e), &owners, a.event_type == "CONSULT"sv);
          if (!owner.empty()) owners.insert(owners.begin(), owner);
          for (const auto& k : owners) aim(a, k);
          // "denounced as a crime Hungary's treatment of refugees", "beat up
          // two Yazidi shepherds": the owner of a judged or struck object.
          if (a.targets.empty() && judges_or_strikes(a.event_type)) {
            owners.clear();
            judged_owner(v, object->begin, std::min(object->end, e), a.event_type, owners);
            for (const auto& k : owners) aim(a, k);
          }
          if (a.targets.empty() && a.event_type == "PROTEST"sv) {
            owners.clear();
            removal_target(v, object->begin, std::min(object->end, e), owners);
            for (const auto& k : owners) aim(a, k);
          }
        }
        // "summoned the Belgian envoy to complain of ...": the complaint of
        // a purpose is made to whom was summoned (SUMMON of lexicon.txt).
        if (a.targets.empty() && judges_or_strikes(a.event_type) && !m->trigger.empty() && m->trigger.front() > 0 &&
            v.reading[m->trigger.front() - 1].norm == "to"sv)
          for (const Match* outer : all_accepted) {
            const Capture* t = capture(*outer, "topic");
            if (outer == m || outer->trigger.empty() || !t || !in(v.reading[outer->trigger.front()], rules_.if_defined.summon))
              continue;
            // Its topic opens with the "to" ("on Monday to complain": past a day).
            std::size_t to = t->begin;
            if (to + 1 < e && v.reading[to].norm == "on"sv && v.reading[to + 1].kind == Item::Kind::Date) ++to;
            while (to < e && v.reading[to].kind == Item::Kind::Date) ++to;
            if (to + 1 != m->trigger.front()) continue;
            for (const auto& k : captured(v, *outer, "target"))
              if (std::find(a.actors.begin(), a.actors.end(), k) == a.actors.end()) a.targets.push_back(k);
            break;
          }
        // "threatened to break relations with Russia", "agreed to lift
        // embargoes on Iran": a threat or an agreement is aimed at the target
        // of the act it holds.
        if (a.targets.empty() && (a.event_type == "THREATEN"sv || a.event_type == "AGREE"sv))
          if (const Capture* t = capture(*m, "topic"))
            for (const Match* inner : all_accepted) {
              if (inner == m || inner->trigger.empty() || inner->trigger.front() < t->begin ||
                  inner->trigger.front() >= t->end)
                continue;
              // Not an act of the condition ("if Iran cooperates with the IAEA").
              bool condition = false;
              for (std::size_t q = t->begin; q < inner->trigger.front() && !condition; ++q)
                condition = in(v.reading[q], bi.conditional);
              if (condition || answered_attack(v, t->begin, inner->trigger.front())) continue;
              for (const auto& k : captured(v, *inner, "target")) aim(a, k);
              if (!a.targets.empty()) break;
            }
        // "will give Tanzania a grant", "threatened to cut ties with Sweden",
        // "demanded that Iraq pay": the recipient, partner or addressee.
        if (a.targets.empty())
          for (const auto& k : recipients(v, *m, e, a.event_type)) aim(a, k);
        // "Iran test-fired a missile. ... Israel condemned the launch": the
        // actor of the act an earlier sentence told.
        if (a.targets.empty() && object && judges(a.event_type))
          renamed_act_actors(v, object->begin, std::min(object->end, e), sentence_index, a.actors, a.targets);
      }
      // "Iran decided not to resume talks", "vowed never to return the Golan
      // Heights": an agreement or promise never to do a cooperative act is a
      // refusal (REJECT, CAMEO 12); "promised not to attack Kyiv" stays a
      // promise of restraint.
      bool refusal = false;
      if (a.event_type == "AGREE"sv)
        if (const Capture* t = capture(*m, "topic"); t && t->begin + 1 < t->end && in(v.reading[t->begin], bi.neg) &&
                                                     v.reading[t->begin + 1].norm == "to"sv)
          for (const Match* inner : all_accepted) {
            if (inner == m || inner->trigger.empty() || inner->trigger.front() < t->begin ||
                inner->trigger.front() >= t->end)
              continue;
            const std::string& type = inner->rule->event_type;
            refusal = type == "AGREE"sv || rules_.lexicon.in(text::fold(type), bi.promised);
            if (refusal) a = performed(a, "REJECT", "refusal", "a promise never to " + type + " is a rejection");
            break;
          }
      const bool harm = !refusal && promised_harm(v, *m, all_accepted);
      if (harm) a = performed(a, "THREATEN", "promised-harm", "a promise to do harm is a threat");
      else if (!refusal && hostile_promise(v, *m, all_accepted)) {
        if (trace_) trace_->push_back("  rule " + m->rule->id + " (dropped: a promise to do harm)");
        continue;
      }
      if (!refusal && promise_not_to(v, *m, all_accepted)) {
        if (trace_) trace_->push_back("  rule " + m->rule->id + " (dropped: a promise not to act)");
        continue;
      }
      // A meeting's participants are all its actors: "met with their
      // Nigerien counterparts" is Niger's meeting too.
      if (a.event_type == "CONSULT"sv) {
        a.actors.insert(a.actors.end(), a.targets.begin(), a.targets.end());
        a.targets.clear();
      }
      if (own_session(a)) {
        if (trace_) trace_->push_back("  rule " + m->rule->id + " (dropped: a state's own body meeting alone)");
        continue;
      }
      // "Several states condemned the strike, including France, Germany, and
      // Spain": the named members act, not only the unnamed group.
      bool only_groups = !a.actors.empty() && m->rule->options.named_members;
      for (const auto& k : a.actors) only_groups &= k.rfind("group/", 0) == 0;
      if (only_groups)
        for (std::size_t q = m->begin; q + 1 < e; ++q)
          if (v.reading[q].norm == "including"sv && v.reading[q + 1].kind == Item::Kind::Entity) {
            auto members = keys_in(v, q + 1, q + 2);
            if (!members.empty()) a.actors = members;
            break;
          }
      if (const Capture* c = capture(*m, "topic")) a.topic = item_text(v, c->begin, c->end);
      a.negated = m->negations % 2 == 1;
      bool conditional = false;
      // "will withdraw its force unless Chad holds elections": a condition
      // after the act is an ultimatum (not one before it: "unless Chad
      // holds elections" is no ultimatum of Chad's).
      bool ultimatum = false;
      for (std::size_t q = m->begin; q-- > b && q + 4 > m->begin;) {
        // Not past a verb of another clause: in "after Trump announced he
        // would withdraw", "after" is the announcement's.
        if (v.reading[q].kind == Item::Kind::Word && !v.reading[q].upper && clauses_.may_be_verb(v.reading[q]) &&
            clauses_.verb_group(v.reading, q).form == VerbForm::Past)
          break;
        // "..., otherwise Turkey will strike": the threatened act is the
        // consequence; the threat itself is made now.
        if (in(v.reading[q], bi.conditional) && !(v.reading[q].norm == "otherwise"sv && a.event_type == "THREATEN"sv))
          conditional = true;
        if (in(v.reading[q], bi.temporal) &&
            (m->trigger_form == VerbForm::Base || m->trigger_form == VerbForm::ThirdPerson))
          conditional = true;
      }
      // "Turkey would reopen its border if Armenia signed": a condition after
      // a modal verb, in the sentence after the trigger, conditions it too.
      if (!conditional && (m->hypothetical || m->future || m->planned) && !m->trigger.empty())
        for (std::size_t q = m->trigger.back() + 1; q < e && !conditional; ++q) {
          if (v.reading[q].norm == ";"sv || v.reading[q].norm == "."sv) break;
          conditional = in(v.reading[q], bi.conditional);
          ultimatum = in(v.reading[q], bi.ultimatum);
        }
      if (conditional) a.modality = Modality::Conditional;
      // "Germany said it would double its aid": in reported speech "would" is
      // the reported future, a plan, not a hypothesis.
      else if (m->hypothetical && !m->rule->keep_hypothetical)
        a.modality = m->only_would && frame >= 0 ? Modality::Planned : Modality::Hypothetical;
      else if (m->planned || (m->future && !m->rule->keep_future)) a.modality = Modality::Planned;
      // "pledged $1 billion in aid": the rule's own modality, when the verb
      // group says none.
      if (a.modality == Modality::None && m->rule->options.act_modality != Modality::None)
        a.modality = m->rule->options.act_modality;
      // The plan is the actor's own verb group's, not an outer event's
      // ("agreed to send aid": the agreeing is the promise), nor the
      // writer's: a meeting the text says is planned ("talks between Cairo
      // and Addis Ababa will be held next week") or expected ("Xi is
      // expected to meet Modi") is no intent its actors voiced.
      const bool own_plan = a.modality == Modality::Planned && !m->nominal && !forecast(v, *m);
      if (const Capture* c = capture(*m, "quantity"))
        for (std::size_t q = c->begin; q < c->end; ++q)
          if (v.reading[q].kind == Item::Kind::Number) a.quantity = v.reading[q].number;
      if (!a.quantity)
        for (const auto& c : m->captures)
          if (c.name == "actor"sv)
            for (std::size_t q = c.begin; q < c.end; ++q)
              if (v.reading[q].quantity) a.quantity = v.reading[q].quantity;
      // "denied that X did Y": Y is what the speaker says did not happen.
      for (int f = frame; f >= 0; f = frames[f].parent)
        if (frames[f].match.rule->negates) a.negated = !a.negated;
      // "agreed to hold an exercise", "called on Russia to withdraw",
      // "accused Rwanda of deploying troops": an event inside the topic of
      // another is not a fact of its own ("shunned work to protest the
      // settlements": the purpose of an act is what the act was, not what
      // it is about).
      if (a.modality == Modality::None && !m->purpose)
        for (const Match* outer : accepted) {
          if (outer == m || outer->rule->event_type == m->rule->event_type) continue;
          const Capture* t = capture(*outer, "topic");
          if (!t || m->trigger.empty() || m->trigger.front() < t->begin || m->trigger.front() >= t->end) continue;
          // "withdrew from Aleppo, where rebel groups launched an offensive",
          // "agreed to talks after Russia withdrew": a relative or temporal
          // clause in the past tells a fact of its own.
          // ("where they had been fighting", "as they were retreating": a
          // past progressive is as past.)
          bool progressive = false;
          if (m->trigger_form == VerbForm::Gerund && !m->trigger.empty())
            for (std::size_t q = m->trigger.front(), k = 0; q > 0 && k < 3 && !progressive; --q, ++k) {
              const std::string& w = v.reading[q - 1].norm;
              progressive = w == "had"sv || w == "was"sv || w == "were"sv || w == "has"sv || w == "have"sv;
            }
          const bool past =
              m->trigger_form == VerbForm::Past || (m->trigger_form == VerbForm::Participle && !m->be) || progressive;
          bool own_clause = false;
          for (std::size_t q = t->begin; past && !m->nominal && q < m->trigger.front() && !own_clause; ++q)
            own_clause = (v.reading[q].kind == Item::Kind::Word && in(v.reading[q], bi.fact_clause)) ||
                         relative_that(v, q);
          // "began the deployment it had promised Trump": a past verb with
          // its own subject inside the topic is a clause of its own (a
          // relative without its "that").
          if (past && !m->nominal && !own_clause)
            if (const Capture* own = capture(*m, "actor");
                own && own->begin >= t->begin && own->begin > 0 && own->end <= m->trigger.front() &&
                own->end + 3 >= m->trigger.front() && v.reading[own->begin].kind == Item::Kind::Entity) {
              // (Only after the noun it qualifies: "agreed Iran had violated
              // the deal" is what was agreed. A word that may be a verb is
              // that noun after a determiner: "accused Eritrea of massing
              // troops, a charge Asmara denied".)
              // ("an accusation the Kremlin rejected": past the subject's
              // determiner.)
              std::size_t at = own->begin - 1;
              if (at > t->begin && in(v.reading[at], bi.determiner)) --at;
              const Item& noun = v.reading[at];
              const bool determined = at >= 1 && in(v.reading[at - 1], bi.determiner);
              own_clause = noun.kind == Item::Kind::Word && noun.norm != "that"sv &&
                           (!clauses_.may_be_verb(noun) || determined) && !in(noun, bi.determiner) &&
                           !in(noun, bi.preposition) && !in(noun, bi.coordinator);
            }
          // "during his meeting with Trump": so does an event noun right after one.
          // ("during peace talks in Doha", "following four days of talks":
          // over the noun's modifiers and count.)
          if (m->nominal && m->begin > t->begin) {
            for (std::size_t q = m->begin - 1, steps = 0; q >= t->begin && steps < 6; --q, ++steps) {
              const Item& w = v.reading[q];
              if (w.kind == Item::Kind::Word && in(w, bi.fact_clause)) {
                own_clause = true;
                break;
              }
              if ((w.kind != Item::Kind::Word && w.kind != Item::Kind::Number && w.kind != Item::Kind::Adjective) ||
                  w.upper || q == t->begin)
                break;
            }
          }
          if (own_clause) break;
          if (!(m->nominal && outer->rule->options.presupposes)) a.modality = outer->rule->options.content_modality;
          // "had not agreed to deploy": what no one agreed to is no plan.
          if (a.modality == Modality::Planned && outer->negations % 2 == 1) a.modality = Modality::Hypothetical;
          break;
        }
      if (const Match* c = commanded_by(m, commands)) {
        for (const auto& k : captured(v, *c, "actor"))
          if (std::find(a.actors.begin(), a.actors.end(), k) == a.actors.end()) a.actors.push_back(k);
        if (a.modality == Modality::Hypothetical) a.modality = Modality::Planned;
      }
      // "vowed to strike", "is expected to withdraw": an infinitive no
      // outer event holds is still no fact.
      if (a.modality == Modality::None && m->infinitive && !caused_act(v, *m)) a.modality = Modality::Hypothetical;
      // "the US and Turkey agreed to suspend Turkey's incursion": of the
      // parties, the one whose operation is halted is the one who retreats.
      if (a.event_type == "RETREAT"sv && a.actors.size() > 1 && !m->trigger.empty()) {
        const std::size_t t1 = m->trigger.back() + 1;
        for (std::size_t q = t1; q < e && q < t1 + 3; ++q) {
          const Item& it = v.reading[q];
          if (it.kind == Item::Kind::Entity) {
            if (q + 1 < e && v.reading[q + 1].norm == "'s"sv && it.keys.size() == 1 &&
                std::find(a.actors.begin(), a.actors.end(), it.keys[0]) != a.actors.end())
              a.actors = it.keys;
            break;
          }
          if (!in(it, bi.determiner)) break;
        }
      }
      attribute(a, frames, frame, false);
      // "it was clear that Putin would kill him", an analyst told a paper: a
      // modal read as a threat made now (keep-modal) is one only in the
      // actor's own words, or the narrator's; in a third party's it is a
      // prediction.
      if (m->rule->keep_hypothetical && !a.attributed_to.empty() && !speaks_for(a.attributed_to, a.actors) &&
          std::any_of(m->trigger.begin(), m->trigger.end(), [&](std::size_t t) {
            return in(v.reading[t], bi.modal_hypothetical) || in(v.reading[t], bi.modal_future);
          })) {
        if (trace_) trace_->push_back("  rule " + m->rule->id + " (dropped: a third party's prediction)");
        continue;
      }
      a.rule = refusal ? "refusal" : harm ? "promised-harm" : m->rule->id;
      std::string trigger;
      for (auto t : m->trigger) trigger += (trigger.empty() ? "" : " ") + item_text(v, t, t + 1);
      a.trigger = text::fold(trigger);
      // When: the rule's date, the verb group's, the clause's, the speaker's, the report's.
      std::vector<Date> dates;
      if (const Capture* c = capture(*m, "date"))
        for (std::size_t q = c->begin; q < c->end; ++q)
          for (const auto& d : v.reading[q].dates) dates.push_back(d);
      for (auto q : m->vg_dates)
        if (dates.empty()) dates = v.reading[q].dates;
      // "severed ties in 2016", "last week": a time that names no day leaves
      // the day unknown, not the report's.
      // An event noun ("Russia's invasion of Ukraine") dates only by a time
      // in its own clause: no fallback to the report's day.
      bool no_day = m->nominal;
      // "agreed to hold an exercise in July": July dates the exercise, not the agreeing.
      std::size_t skip_b = 0, skip_e = 0;
      if (const Capture* t = capture(*m, "topic"); t && t->begin < t->end &&
                                         (v.reading[t->begin].norm == "to"sv || (t->begin > 0 && v.reading[t->begin - 1].norm == "to"sv))) {
        skip_b = t->begin;
        skip_e = t->end;
      }
      // "called for an inquiry into Sunday's flight diversion": a day that
      // owns a noun dates that noun, not the clause.
      auto owner = [&](std::size_t q) { return q + 1 < v.reading.size() && v.reading[q + 1].norm == "'s"sv; };
      // "proposed April 20 as a deadline": a day the verb takes as its
      // object is what was proposed, not when.
      // ("resigned Sunday as the opposition threatened": "as" opens a
      // clause, with a verb of its own.)
      auto object_day = [&](std::size_t q) {
        if (m->trigger.empty() || q != m->trigger.back() + 1 || q + 1 >= v.reading.size() ||
            v.reading[q + 1].norm != "as"sv)
          return false;
        for (std::size_t k = q + 2; k < v.reading.size() && k < q + 6; ++k)
          if (v.reading[k].kind == Item::Kind::Word && !in(v.reading[k - 1], bi.determiner) &&
              clauses_.may_be_verb(v.reading[k]))
            return false;
        return true;
      };
      auto take_date = [&](std::size_t q) {
        if (v.reading[q].kind != Item::Kind::Date || (q >= skip_b && q < skip_e) || owner(q) || object_day(q)) return;
        dates = v.reading[q].dates;
        no_day |= dates.empty() && !v.reading[q].date_unresolved;
      };
      // The match's own time first ("rejected the resolution on September
      // 26, which means the sanctions will be reimposed on September 27"),
      // then, but for an event noun, the rest of the clause's.
      // Not a time of a phrase of time after the trigger ("announced levies
      // before both presidents struck a deal Monday": that phrase's day).
      auto time_phrase = [&](std::size_t q) {
        const Item& w = v.reading[q];
        return !m->trigger.empty() && q > m->trigger.back() && in(w, bi.time_phrase);
      };
      // The phrase ends at its comma (", police said on Monday" is the
      // speaker's day again).
      // A day inside such a phrase still says the event is relative to it
      // ("before ... on Monday", "following the rebellion on June 24"): no
      // day is known, and none is taken from the speaker or the report.
      // Nor a time of a relative clause between the subject and the act
      // ("Saudi Arabia, which has held talks since last year, called for
      // restraint": the talks' span).
      auto parenthetical_relative = [&](std::size_t q) {
        return q > 0 && !m->trigger.empty() && q < m->trigger.front() && v.reading[q - 1].norm == ","sv &&
               relative_pronoun(v.reading[q]);
      };
      // Nor a time a participle before the act takes ("rejected the decree
      // signed on Tuesday and recalled its envoy": the decree's day, no more
      // the recall's than the rejection's).
      auto participle_time = [&](std::size_t q, std::size_t from) {
        if (m->trigger.empty() || q >= m->trigger.front()) return false;
        const std::size_t k = participle_before_time(v, q);
        return k > from && k < m->trigger.front() && participle_after_noun(v, k);
      };
      auto scan = [&](std::size_t from, std::size_t to) {
        for (std::size_t q = from; q < to && dates.empty(); ++q) {
          if (parenthetical_relative(q)) {
            while (q + 1 < to && q + 1 < m->trigger.front() && v.reading[q + 1].norm != ","sv) ++q;
          } else if (v.reading[q].kind == Item::Kind::Date && participle_time(q, from)) {
            // (the noun's time, not the act's)
          } else if (time_phrase(q))
            while (q + 1 < to && v.reading[q + 1].norm != ","sv && v.reading[q + 1].norm != ";"sv) {
              ++q;
              no_day |= v.reading[q].kind == Item::Kind::Date && !v.reading[q].dates.empty();
            }
          else
            take_date(q);
        }
      };
      // Not a time in a relative clause after the act ("granted asylum to
      // rebels who entered two years ago").
      std::size_t relative_at = e;
      // Nor one of a participle after the act's object, which a time follows
      // ("welcomes the agreement reached on 19 April"; reduced_relative()).
      for (std::size_t k = m->trigger.empty() ? e : m->trigger.back() + 1; k < e; ++k) {
        if (relative_pronoun(v.reading[k])) {
          relative_at = k;
          break;
        }
        if (v.reading[k].kind == Item::Kind::Date && !m->nominal) {
          const std::size_t p = participle_before_time(v, k);
          if (p < k && reduced_relative(v, p, m->trigger.back())) {
            relative_at = p;
            break;
          }
        }
      }
      // "what EU leaders have called a hijacking of the jetliner flying ...
      // on Sunday": a present perfect names no past day of its own; a day
      // after it is another phrase's.
      if (!m->trigger.empty()) {
        const std::size_t t0 = m->trigger.front();
        // (Past adverbs and a floated "all", "both", "each": "have all
        // blamed", "has repeatedly warned".)
        std::size_t h = t0;
        while (h > 0 && t0 - h < 2 && v.reading[h - 1].kind == Item::Kind::Word &&
               (v.reading[h - 1].norm.ends_with("ly") || v.reading[h - 1].norm == "all"sv ||
                v.reading[h - 1].norm == "both"sv || v.reading[h - 1].norm == "each"sv || v.reading[h - 1].norm == "also"sv))
          --h;
        const bool perfect = m->trigger_form == VerbForm::Participle && !m->be && h > 0 &&
                             (v.reading[h - 1].norm == "has"sv || v.reading[h - 1].norm == "have"sv);
        // (A day after its comma, "..., an official said Tuesday", is the
        // speaker's, which may date it.)
        if (perfect && skip_b == skip_e) {
          skip_b = m->trigger.back() + 1;
          skip_e = skip_b;
          while (skip_e < e && v.reading[skip_e].norm != ","sv && v.reading[skip_e].norm != ";"sv) ++skip_e;
        }
      }
      // "began the deployment it had promised Trump": a time of its own only.
      const bool anterior = relative_past_perfect(v, *m);
      const auto aside = m->trigger.empty() ? std::pair<std::size_t, std::size_t>{0, 0}
                                            : relative_aside(v, m->trigger.front(), e);
      if (aside.second > aside.first) {
        scan(aside.first + 1, aside.second);
        // (A past act with no time of its own has no known day; a present
        // one, "Hamas, which advocates ..., ran", is the speaker's or the
        // report's.)
        no_day |= dates.empty() && (m->trigger_form == VerbForm::Past || m->trigger_form == VerbForm::Participle);
      } else if (anterior) {
        scan(m->trigger.front(), std::min(m->end, relative_at));
        no_day |= dates.empty();
      } else
        scan(m->begin, std::min(m->end, relative_at));
      // The rest of the region, but not a time in a fronted subordinate
      // clause before the act ("In what EU leaders called the hijacking of a
      // flight on Sunday, they demanded ...": Sunday is the flight's).
      if (!m->nominal && !m->trigger.empty() && !anterior && aside.second <= aside.first) {
        std::size_t from = b;
        const std::size_t comma = fronted_comma(v);
        if (comma > b && comma < m->trigger.front())
          for (const Clause& c : v.clauses)
            if (c.begin < comma && c.verb.head < comma && c.subject >= 0 && c.verb.form != VerbForm::Other) from = comma;
        if (comma > b && comma < m->trigger.front() && before_the_act(v, comma)) {
          from = comma;
          no_day = true;
        }
        scan(from, relative_at);
      }
      // A claimed act's day: only one before its noun (RuleOptions::claimed_act).
      if (m->rule->options.claimed_act && !m->trigger.empty()) {
        dates.clear();
        no_day = true;
        if (const Capture* t = capture(*m, "topic"))
          for (std::size_t q = t->begin; q < m->trigger.back() && dates.empty(); ++q)
            if (v.reading[q].kind == Item::Kind::Date) dates = v.reading[q].dates;
      }
      if (dates.empty() && !no_day) dates = frame >= 0 ? frame_dates(frames, frame) : frame_dates(frames, -1);
      if ((m->future || m->planned) && !m->hypothetical && dates.size() == 1)
        coming_weekday(v, *m, e, frame_dates(frames, frame), dates[0]);
      auto places = captured(v, *m, "place");
      if (places.empty() && m->rule->places_in_match) {
        // Every place the match names after a locative ("near X", "in Y").
        // A place on the way ("withdrew from Bakhmut across the Bakhmutka
        // River") is where it happened only when no other place says so.
        // Places after the first count only when coordinated with the one
        // before ("near Kupyansk and Siversk and in the X area"): in "defend
        // Kavumu, home to the airport serving Bukavu, the capital of South
        // Kivu", one fight has one place.
        std::vector<std::string> routes;
        std::size_t last_place = 0;
        bool any_place = false;
        bool past_comma = false;
        for (std::size_t q = m->begin; q < m->end && q < e; ++q) {
          const Item& it = v.reading[q];
          past_comma |= it.norm == ","sv && !m->trigger.empty() && q > m->trigger.front();
          // "launched strikes after talks in Istanbul", "withdrew following
          // the battle for Bakhmut": the place of a phrase of time after the
          // trigger is that phrase's event's. A wh-clause ("killed 23 when
          // they blew themselves up in Tel Aviv") tells the same event's.
          if (time_phrase(q)) break;
          // "deepened its cooperation with Tunisia, which could result in
          // Italy competing ...": a relative clause after the comma tells of
          // another act, and its places are that act's.
          if (past_comma && (it.norm == "which"sv || it.norm == "who"sv)) break;
          if (it.kind != Item::Kind::Entity || it.shared) continue;
          // ("a rebuke from Tokyo": the actor is no place of its act.)
          if (const Capture* own = capture(*m, "actor"); own && q >= own->begin && q < own->end) continue;
          // Before the verb only "in X"; after it any place but a capital standing for its state.
          // Nor a place named past a comma after the verb without a locative
          // ("defend Kavumu, home to the airport serving Bukavu": a phrase
          // describing the object, not where the act was).
          if (!it.locative &&
              (q < m->trigger.front() || (!it.metonyms.empty() && !it.metonyms[0].empty()) || (past_comma && !any_place)))
            continue;
          if (any_place && !coordinated_places(v, last_place, q)) break;
          std::size_t p = q;
          while (p > m->begin && in(v.reading[p - 1], bi.determiner)) --p;
          const bool route = p > m->begin && in(v.reading[p - 1], bi.route);
          // "an attack in Jordan": a state after a locative is where it happened.
          bool placed = false;
          for (std::size_t k = 0; k < it.keys.size(); ++k)
            if (k < it.types.size() &&
                (it.types[k] == EntityType::Place || (it.locative && it.types[k] == EntityType::State))) {
              (route ? routes : places).push_back(it.keys[k]);
              placed = true;
            }
          if (placed) {
            any_place = true;
            last_place = q;
          }
        }
        if (places.empty()) places = std::move(routes);
      }
      // "In Khartoum, RSF fighters shelled ...": a place that opens the
      // sentence is where the main clause happened.
      if (places.empty() && m->rule->places_in_match && b == 0 && m->begin >= 3 && v.reading.size() > 3 &&
          in(v.reading[0], bi.locative) && v.reading[2].norm == ","sv) {
        const Item& it = v.reading[1];
        if (it.kind == Item::Kind::Entity && it.keys.size() == 1 && !it.types.empty() &&
            (it.types[0] == EntityType::Place || it.types[0] == EntityType::State))
          places.push_back(it.keys[0]);
      }
      // "Northern Gaza Strip: The IDF destroyed a tunnel": a place that heads
      // the sentence before a colon (a part of it named by a word of
      // COMPASS too) is where the sentence's events happened.
      if (places.empty() && m->rule->places_in_match && b == 0) {
        const std::size_t p = !v.reading.empty() && in(v.reading[0], bi.compass) ? 1 : 0;
        if (p + 2 < v.reading.size() && m->begin > p + 1 && v.reading[p + 1].norm == ":"sv) {
          const Item& it = v.reading[p];
          if (it.kind == Item::Kind::Entity && it.keys.size() == 1 && !it.types.empty() &&
              (it.types[0] == EntityType::Place || it.types[0] == EntityType::State))
            places.push_back(it.keys[0]);
        }
      }
      // "from Aleppo, where rebel groups launched an offensive": "where"
      // stands for the place before it.
      if (places.empty() && m->rule->places_in_match && m->begin >= b + 2) {
        std::size_t w = m->begin - 1;
        if (v.reading[w].norm != "where"sv && w >= b + 2 && v.reading[w].shared) --w;
        if (v.reading[w].norm == "where"sv) {
          std::size_t p = w - 1;
          if (v.reading[p].norm == ","sv && p > b) --p;
          const Item& it = v.reading[p];
          if (it.kind == Item::Kind::Entity && it.keys.size() == 1 && !it.types.empty() &&
              (it.types[0] == EntityType::Place || (it.types[0] == EntityType::State && it.locative)))
            places.push_back(it.keys[0]);
        }
      }
      // "the RSF attacked Port Sudan", "struck Kyiv": a seat of government
      // that is the target stands for its state and is where it happened.
      if (m->rule->places_in_match)
        for (const auto& c : m->captures)
          for (std::size_t q = c.begin; c.name == "target"sv && q < c.end && q < e; ++q) {
            const Item& it = v.reading[q];
            if (it.kind != Item::Kind::Entity || possessor(v.reading, q, c.end)) continue;
            for (std::size_t k = 0; k < it.keys.size() && k < it.types.size(); ++k)
              if (it.types[k] == EntityType::Place && k < it.metonyms.size() && !it.metonyms[k].empty())
                places.push_back(it.keys[k]);
          }
      // "imposed a curfew in the town of Cizre": with no other target, the
      // place the act is aimed at (place_aimed_at()).
      // (A target that is the actor itself is none: "reimposed blockades in
      // the West Bank following the deaths of two Israelis".)
      if (std::all_of(a.targets.begin(), a.targets.end(), [&](const std::string& k) {
            return std::find(a.actors.begin(), a.actors.end(), k) != a.actors.end();
          })) {
        AimedPlace aimed = place_aimed_at(v, *m, a, e);
        if (!aimed.targets.empty()) {
          if (trace_) trace_->push_back("  rule " + m->rule->id + " (aimed at its place: " + aimed.targets[0] + ")");
          a.targets = std::move(aimed.targets);
          if (places.empty()) places = std::move(aimed.places);
        }
      }
      // "reached a deal with Trump", "signed an accord with Egypt", "agreed
      // with Kenya that ...": whoever the actor agrees with is a party to
      // the agreement, as every participant of a meeting is (CONSULT), not
      // what it is aimed at. ("agreed with China's position": a possessor
      // is no partner; "offered to negotiate with Armenia": the partner of
      // another verb, after "to" or a comma, is none.)
      if (a.event_type == "AGREE"sv && !m->trigger.empty())
        for (std::size_t q = m->trigger.front() + 1; q < e && q < m->trigger.back() + 8; ++q) {
          const Item& it = v.reading[q];
          if (it.norm == "to"sv || it.norm == ","sv || it.norm == ";"sv) break;
          if (it.kind != Item::Kind::Entity || it.locative || v.reading[q - 1].norm != "with"sv) continue;
          if (q + 1 < e && v.reading[q + 1].norm == "'s"sv) break;
          for (const auto& k : keys_in(v, q, q + 1, true)) {
            std::erase(a.targets, k);
            if (std::find(a.actors.begin(), a.actors.end(), k) == a.actors.end()) a.actors.push_back(k);
          }
          break;
        }
      std::sort(places.begin(), places.end());
      places.erase(std::unique(places.begin(), places.end()), places.end());
      // "Portugal will support Turkey's bid", "Israel will evacuate the
      // settlements": a cooperative act its actor plans is also a promise
      // made now (AGREE, CAMEO 03 "express intent to ..."), when the lexicon
      // lists the act's type under PROMISED.
      std::optional<Assertion> promise;
      if (own_plan && !a.negated && !a.actors.empty() && rules_.lexicon.in(text::fold(a.event_type), bi.promised))
        promise = performed(a, "AGREE", "promise", "a planned " + a.event_type + " is a promise");
      // "it will not implement the agreed ceasefire", "Russia will not
      // withdraw": the same act refused, by its actor or for it, is a
      // rejection made now (REJECT, CAMEO 12), not a negated plan.
      if (own_plan && a.negated && !a.actors.empty() &&
          (a.event_type == "AGREE"sv || rules_.lexicon.in(text::fold(a.event_type), bi.promised)) &&
          (a.attributed_to.empty() || speaks_for(a.attributed_to, a.actors))) {
        a = performed(a, "REJECT", "refusal", "a refused " + a.event_type + " is a rejection");
        a.negated = false;
      }
      if (!m->trigger.empty()) aims.push_back({m, a.actors, a.targets, a.event_type, a.topic});
      // "Trump added that he would impose secondary tariffs on Iran if Iran
      // makes no progress": a hostile act its actor says they would do on a
      // condition is a threat made now (THREATEN, CAMEO 13), when the
      // lexicon lists the act's type under THREATENED; so is any act it
      // says it will do unless the other side acts ("will withdraw its
      // force unless Chad holds elections": ULTIMATUM, CAMEO 139).
      // A hostile act its actor announces it will do ("NATO confirmed it
      // would tighten the naval blockade") is a threat made now too, as a
      // planned cooperative act is a promise.
      std::optional<Assertion> threat;
      const bool threatened = rules_.lexicon.in(text::fold(a.event_type), bi.threatened);
      const bool hostile = threatened || (ultimatum && a.event_type != "STATEMENT"sv && a.event_type != "THREATEN"sv);
      const bool announced = speaks_for(a.attributed_to, a.actors);
      if (!a.negated && !a.actors.empty() && announced &&
          ((a.modality == Modality::Conditional && hostile) || (own_plan && threatened)))
        threat = performed(a, "THREATEN", "threat",
                           "a " + a.event_type + " its actor makes on a condition or announces is a threat");
      // A promise, a threat or a refusal is made when it is said (the
      // speaker's day, else the report's), not on the day of the act:
      // "said they would blockade Paris on Monday" threatens now.
      const std::vector<Date> said = frame_dates(frames, frame);
      if (threat) emit(sentence_index, std::move(*threat), said);
      std::optional<Assertion> no_deal = talks_without_deal(v, *m, e, a);
      if (no_deal) emit(sentence_index, std::move(*no_deal), dates);
      if (places.empty()) {
        emit(sentence_index, std::move(a), dates);  // `a` is read no more
      } else {
        for (const auto& p : places) {
          Assertion at = a;
          at.location = p;
          emit(sentence_index, std::move(at), dates);
        }
      }
      if (promise) emit(sentence_index, std::move(*promise), said);
    }
    wrapped_targets(v, aims);
  }

  const Report& report_;
  const Resources& res_;
  GazetteerMatch owner_match_;  // group_states(): reused for each token it looks up
  const RuleSet& rules_;
  ClauseReader clauses_;
  std::vector<std::string>* trace_;
  const KnownPeople* known_;
  const ClauseReader::Discourse* discourse_ = nullptr;  // run()'s, while it reads the sentences
  const Chunker* chunker_ = nullptr;
  std::size_t rank_;
  bool record_;
  static constexpr std::size_t kMaxSentenceBytes = 8000;
  static constexpr std::size_t kMaxTokenCacheBytes = std::size_t{4} << 20;
  std::size_t long_sentences_ = 0;
  std::optional<std::size_t> first_long_;
  std::vector<Diagnostic> warnings_;
  std::vector<Sentence> sentences_;
  EntityTable entities_;
  // The last dated words of a speaker: the next sentence of the paragraph
  // with the same speaker and no date of its own speaks on that day.
  struct Speech {
    std::size_t sentence = static_cast<std::size_t>(-2), paragraph = 0;  // -2: no sentence is the next one
    std::vector<std::string> speakers;
    std::vector<Date> dates;
  } last_speech_;
  std::vector<Evidence> evidence_;
  std::map<std::size_t, std::size_t> evidence_index_;
  std::vector<Assertion> assertions_;
  std::size_t first_of_sentence_ = 0;
  std::size_t byte_cursor_ = 0, cp_cursor_ = 0;
  // candidates()'s marks, by rule: all 0 between its calls.
  std::vector<std::uint8_t> candidate_seen_;
};

}  // namespace

Extraction extract(const Report& report, const Resources& resources, const KnownPeople* known, std::size_t rank,
                   bool record_lookups) {
  return Extractor(report, resources, nullptr, known, rank, record_lookups).run();
}

Explanation explain(const Report& report, const Resources& resources) {
  Explanation out;
  Extraction result = Extractor(report, resources, &out.lines).run();
  out.lines.push_back("entities:");
  for (const auto& e : result.entities) {
    std::string line = "  " + e.key + " (" + std::string(to_string(e.type)) + ") \"" + e.label + "\"";
    for (const auto& p : e.positions) line += " [" + p.title + (p.of.empty() ? "" : " of " + p.of) + "]";
    out.lines.push_back(line);
  }
  return out;
}

}  // namespace sg::extract
