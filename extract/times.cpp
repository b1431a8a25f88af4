// The time layer: date expressions of a sentence, resolved against the
// report date (find_times() in document.h).
#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "dates.h"
#include "document.h"
#include "vocabulary.h"

namespace sg::extract {

// Literals compared as string_views ("of"sv): the length is known at compile
// time, where `std::string == "of"` calls strlen and compare() (GCC 12).
using namespace std::string_view_literals;

namespace {

// A fixed set of folded words, asked by a token's word hash (Token::hash).
// A 64-bit mask of the hashes' low six bits turns away most tokens with
// one test before the binary search: find_times() asks up to four such
// questions of every token (counted_time() with its time_unit() 28.9M ->
// 10.9M instructions on the 1 MB corpus).
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      hashes_.push_back(word_hash(w));
      mask_ |= std::uint64_t{1} << (hashes_.back() & 63);
    }
    std::sort(hashes_.begin(), hashes_.end());
  }
  bool has(const Token& t) const {
    if (t.kind != Token::Kind::Word) return false;
    const std::uint64_t h = token_hash(t);
    return (mask_ >> (h & 63) & 1) != 0 && std::binary_search(hashes_.begin(), hashes_.end(), h);
  }

 private:
  std::vector<std::uint64_t> hashes_;
  std::uint64_t mask_ = 0;
};

// Whether a token may start a relative time expression: one hash probe, so
// that the words that cannot (nearly all) cost no string comparison.
const WordSet kRelativeStarts = {"earlier", "later",  "last",    "past",     "next",      "coming",
                                 "this",    "today",  "tonight", "yesterday", "tomorrow", "monday",
                                 "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
bool may_start_relative(const Token& t) { return kRelativeStarts.has(t); }

bool part_of_day(const std::string& w) {
  return w == "night"sv || w == "morning"sv || w == "afternoon"sv || w == "evening"sv;
}

// A relative time expression at tokens[i]; its end (i when there is none),
// the expression appended to `out`.
std::size_t relative_time(const std::vector<Token>& tokens, std::size_t i, std::optional<Date> report_date,
                          std::vector<TimeExpr>& out) {
  const Token& t = tokens[i];
  if (!may_start_relative(t)) return i;
  auto at = [&](std::size_t k) -> const std::string& {
    static const std::string none;
    return k < tokens.size() ? tokens[k].norm : none;
  };
  TimeExpr e;
  e.tb = i;
  // "last", "next", "this", "earlier this", "later this"
  std::size_t k = i;
  int direction = 0;  // -1 last, +1 next, 0 the nearest on or before the report date
  if (t.norm == "earlier"sv || t.norm == "later"sv) {
    if (at(k + 1) != "this"sv) return i;
    k += 2;
  } else if (t.norm == "last"sv || t.norm == "past"sv) {
    direction = -1;
    ++k;
  } else if (t.norm == "next"sv || t.norm == "coming"sv) {
    direction = 1;
    ++k;
  } else if (t.norm == "this"sv) {
    ++k;
  }
  if (k >= tokens.size()) return i;
  const Token& w = tokens[k];
  if (auto day = weekday_from_name(w.norm); day && w.upper) {
    e.te = k + 1;
    if (part_of_day(at(e.te))) ++e.te;
    if (report_date) {
      long r = days_from_civil(*report_date);
      int today = weekday(*report_date);
      long back = (today - *day + 7) % 7;  // on or before the report date
      long when = direction > 0 ? r + (*day - today + 7) % 7 + ((*day == today) ? 7 : 0)
                  : direction < 0 ? r - (back == 0 ? 7 : back)
                                  : r - back;
      e.dates.push_back(civil_from_days(when));
      if (direction == 0) e.weekday = *day;
    } else {
      e.unresolved = true;
    }
    out.push_back(std::move(e));
    return out.back().te;
  }
  if (k != i) {
    // "last week", "this month", "earlier this year": no one day.
    if (w.norm == "week"sv || w.norm == "month"sv || w.norm == "year"sv || w.norm == "weekend"sv || part_of_day(w.norm)) {
      e.te = k + 1;
      out.push_back(std::move(e));
      return k + 1;
    }
    return i;
  }
  int offset = t.norm == "today"sv || t.norm == "tonight"sv ? 0 : t.norm == "yesterday"sv ? -1 : t.norm == "tomorrow"sv ? 1 : 2;
  if (offset == 2) return i;
  e.te = i + 1;
  if (offset != 1 && part_of_day(at(e.te))) ++e.te;  // "yesterday morning"
  if (report_date) e.dates.push_back(civil_from_days(days_from_civil(*report_date) + offset));
  else e.unresolved = true;
  out.push_back(std::move(e));
  return out.back().te;
}

// A span of time counted from an event or from the report: "the day before
// his speech", "two days after the vote", "hours after the strike", "a week
// later", "three days ago". Before "before" / "after" the span alone is the
// expression (the preposition stays a word, for the phrase of time it
// opens): the act is relative to another event, so it names no known day.
// "N days ago" and "N weeks ago" count back from the report date.
// Whether a token is a unit counted_time() counts in: one hash probe, so
// that nearly every token is turned away at once.
const WordSet kTimeUnits = {"day",  "days",  "night", "nights", "week",  "weeks",
                            "hour", "hours", "month", "months", "year", "years"};
bool time_unit(const Token& t) { return kTimeUnits.has(t); }

// The caller has seen a unit among tokens i to i + 2: the unit is this
// token, the next ("two days") or the one after ("a few days").
std::size_t counted_time(const std::vector<Token>& tokens, std::size_t i, std::optional<Date> report_date,
                         std::vector<TimeExpr>& out) {
  static const std::vector<std::string> counts = {"the", "a", "an", "one", "two", "three", "four", "five", "six",
                                                  "seven", "eight", "nine", "ten", "several", "few", "some", "many"};
  auto at = [&](std::size_t k) -> const std::string& {
    static const std::string none;
    return k < tokens.size() && tokens[k].kind == Token::Kind::Word ? tokens[k].norm : none;
  };
  auto unit_days = [](const std::string& w) -> int {
    if (w == "day"sv || w == "days"sv || w == "night"sv || w == "nights"sv) return 1;
    if (w == "week"sv || w == "weeks"sv) return 7;
    if (w == "hour"sv || w == "hours"sv || w == "month"sv || w == "months"sv || w == "year"sv || w == "years"sv) return 0;
    return -1;
  };
  std::size_t k = i;
  long count = 0;
  const Token& t = tokens[i];
  if (t.kind == Token::Kind::Number) {
    auto n = token_number(t);
    if (!n || *n < 1 || *n > 1000) return i;
    count = static_cast<long>(*n);
    ++k;
  } else if (std::find(counts.begin(), counts.end(), at(i)) != counts.end()) {
    static const std::vector<std::string> words = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    auto w = std::find(words.begin(), words.end(), at(i));
    count = w != words.end() ? static_cast<long>(w - words.begin()) + 1 : (at(i) == "a"sv || at(i) == "an"sv) ? 1 : 0;
    ++k;
    if (at(i) == "a"sv && at(k) == "few"sv) ++k;  // "a few days"
  } else if (at(i) != "hours"sv && at(i) != "days"sv && at(i) != "weeks"sv && at(i) != "months"sv) {
    return i;  // "Hours after the strike": the unit alone
  }
  const int unit = unit_days(at(k));
  if (unit < 0) return i;
  const std::string& next = at(k + 1);
  TimeExpr e;
  e.tb = i;
  if (next == "before"sv || next == "after"sv) {
    e.te = k + 1;
  } else if (next == "earlier"sv || next == "later"sv) {
    e.te = k + 2;
  } else if (next == "ago"sv && at(i) != "the"sv) {
    e.te = k + 2;
    if (unit > 0 && count > 0 && report_date) e.dates.push_back(civil_from_days(days_from_civil(*report_date) - count * unit));
    else if (unit == 0 && (at(k) == "hour"sv || at(k) == "hours"sv) && report_date) e.dates.push_back(*report_date);
  } else {
    return i;
  }
  out.push_back(std::move(e));
  return out.back().te;
}

bool year_token(const Token& t) {
  if (t.norm.size() != 4) return false;
  auto y = token_number(t);
  return y && *y >= 1900 && *y <= 2100;
}

// Where a month name at tokens[i] that has no day starts as a time: at a
// qualifier before it ("early May", "mid-May"), or at the month after a
// preposition of time ("in May", "since January"); i + 1 when neither
// comes before it (a bare "May" may be the modal or a name).
std::size_t month_only(const std::vector<Token>& tokens, std::size_t i) {
  auto qualifier = [](const std::string& w) { return w == "early"sv || w == "mid"sv || w == "late"sv; };
  if (i >= 2 && tokens[i - 1].norm == "-"sv && tokens[i - 1].glued && tokens[i - 2].norm == "mid"sv) return i - 2;
  if (i >= 1 && qualifier(tokens[i - 1].norm)) return i - 1;
  if (i >= 1) {
    const std::string& p = tokens[i - 1].norm;
    if (p == "in"sv || p == "since"sv || p == "until"sv || p == "during"sv || p == "through"sv || p == "by"sv) return i;
  }
  return i + 1;
}

std::size_t year_time(const std::vector<Token>& tokens, std::size_t i, std::vector<TimeExpr>& out) {
  auto year_at = [&](std::size_t k) { return k < tokens.size() && year_token(tokens[k]); };
  if (!year_at(i + 1)) return i;  // every form below has its year next
  const Token& t = tokens[i];
  TimeExpr e;
  e.tb = i;
  if (t.kind == Token::Kind::Word && t.upper && month_from_name(t.norm)) {
    e.te = i + 2;  // "March 2014"
  } else if ((t.norm == "in"sv || t.norm == "since"sv || t.norm == "until"sv || t.norm == "by"sv || t.norm == "during"sv) &&
             !(i + 2 < tokens.size() && tokens[i + 2].norm == "-"sv)) {
    e.tb = i + 1;  // "in 2016": the preposition stays a word
    e.te = i + 2;
  } else {
    return i;
  }
  out.push_back(e);
  return e.te;
}

}  // namespace

std::vector<TimeExpr> find_times(const std::vector<Token>& tokens, std::optional<Date> report_date) {
  std::vector<TimeExpr> out;
  // The first unit of time (time_unit()) at or after the token read, found
  // by one scan that asks each token once: counted_time() wants a unit
  // among the three tokens from each, and asking all three each time was
  // three probes a token.
  std::size_t unit = 0;
  bool unit_found = false;
  auto next_unit = [&](std::size_t from) {
    if (!unit_found || unit < from) {
      unit = std::max(unit, from);
      while (unit < tokens.size() && !time_unit(tokens[unit])) ++unit;
      unit_found = true;
    }
    return unit;
  };
  std::size_t i = 0;
  while (i < tokens.size()) {
    // "Monday 20 March", "Tuesday, March 21": a weekday before the date it
    // names is part of that date.
    std::size_t weekday_at = i;
    if (tokens[i].kind == Token::Kind::Word && tokens[i].upper && weekday_from_name(tokens[i].norm)) {
      std::size_t q = i + 1;
      if (q < tokens.size() && tokens[q].norm == ","sv) ++q;
      auto month_at = [&](std::size_t k) {
        return k < tokens.size() && tokens[k].kind == Token::Kind::Word && tokens[k].upper && month_from_name(tokens[k].norm);
      };
      if (q + 1 < tokens.size() && ((month_at(q) && token_number(tokens[q + 1])) ||
                                    (tokens[q].kind == Token::Kind::Number && month_at(q + 1))))
        i = q;
    }
    const Token& tok = tokens[i];
    // Dates: "September 4", "Sept. 4, 2025", "June 9 and June 11", "October 12 and 13",
    // "July 9 to 10", "4 September 2025", "20 March".
    if (tok.kind == Token::Kind::Word && tok.upper) {
      if (auto month = month_from_name(tok.norm)) {
        std::size_t k = i + 1;
        if (k < tokens.size() && tokens[k].norm == "."sv && tokens[k].glued) ++k;
        auto day = k < tokens.size() ? token_number(tokens[k]) : std::nullopt;
        if (day && *day >= 1 && *day <= 31 && tokens[k].norm.size() <= 2) {
          struct MonthDay { int m, d; };
          std::vector<MonthDay> days{{*month, static_cast<int>(*day)}};
          std::size_t end = k + 1;
          // Further days: "and 13", "and June 11", "to 10", "-10".
          while (end + 1 < tokens.size()) {
            const std::string& joiner = tokens[end].norm;
            bool add = joiner == "and"sv;
            if (!add && joiner != "to"sv && joiner != "-"sv) break;
            std::size_t q = end + 1;
            int m = days.back().m;
            if (auto m2 = month_from_name(tokens[q].norm); m2 && tokens[q].upper) {
              m = *m2;
              ++q;
            }
            auto d2 = q < tokens.size() ? token_number(tokens[q]) : std::nullopt;
            if (!d2 || *d2 < 1 || *d2 > 31 || tokens[q].norm.size() > 2) break;
            if (add) days.push_back({m, static_cast<int>(*d2)});
            end = q + 1;
          }
          std::optional<int> year;
          if (end + 1 < tokens.size() && tokens[end].norm == ","sv)
            if (auto y = token_number(tokens[end + 1]); y && tokens[end + 1].norm.size() == 4) {
              year = static_cast<int>(*y);
              end += 2;
            }
          TimeExpr item;
          item.tb = weekday_at;
          item.te = end;
          for (auto md : days) {
            if (year) {
              if (is_real_date(*year, md.m, md.d)) item.dates.push_back({*year, md.m, md.d});
            } else if (report_date) {
              if (auto d = resolve_year(md.m, md.d, *report_date)) item.dates.push_back(*d);
              item.year_inferred = true;
            } else {
              item.unresolved = true;
            }
          }
          out.push_back(std::move(item));
          i = end;
          continue;
        }
        // A month that names no day: "in May", "since January", "in
        // mid-May", "late April". (A month with its year is year_time's.)
        if (std::size_t b = month_only(tokens, i); b < i + 1 && !(k < tokens.size() && year_token(tokens[k]))) {
          TimeExpr item;
          item.tb = b;
          item.te = i + 1;
          out.push_back(std::move(item));
          ++i;
          continue;
        }
      }
    }
    if (tok.kind == Token::Kind::Number && i + 1 < tokens.size()) {
      auto day = token_number(tok);
      auto month = month_from_name(tokens[i + 1].norm);
      auto year = i + 2 < tokens.size() && tokens[i + 2].norm.size() == 4 ? token_number(tokens[i + 2]) : std::nullopt;
      if (day && month && tokens[i + 1].upper && year &&
          is_real_date(static_cast<int>(*year), *month, static_cast<int>(*day))) {
        TimeExpr item;
        item.tb = weekday_at;
        item.te = i + 3;
        item.dates.push_back({static_cast<int>(*year), *month, static_cast<int>(*day)});
        out.push_back(std::move(item));
        i += 3;
        continue;
      }
      // "on 17 April", "Monday 20 March": the year closest to the report's.
      if (day && month && tokens[i + 1].upper && *day >= 1 && *day <= 31 && tok.norm.size() <= 2) {
        TimeExpr item;
        item.tb = weekday_at;
        item.te = i + 2;
        if (report_date) {
          if (auto d = resolve_year(*month, static_cast<int>(*day), *report_date)) item.dates.push_back(*d);
          item.year_inferred = true;
        } else {
          item.unresolved = true;
        }
        out.push_back(std::move(item));
        i += 2;
        continue;
      }
    }
    // A year, or a month of a year, that names no day: "in 2016", "since
    // March 2014". The events it dates are of no known day.
    if (std::size_t end = year_time(tokens, i, out); end > i) {
      i = end;
      continue;
    }
    // Days named relative to the report: "Tuesday", "last Tuesday", "next
    // Monday", "Monday night", "today", "yesterday"; and spans that name no
    // one day: "last week", "earlier this month".
    // (Its first test here, not behind a call: nearly every token fails it.)
    if (std::size_t end = may_start_relative(tok) ? relative_time(tokens, i, report_date, out) : i; end > i) {
      i = end;
      continue;
    }
    const std::size_t u = next_unit(i);
    if (std::size_t end = u <= i + 2 && u < tokens.size() ? counted_time(tokens, i, report_date, out) : i; end > i) {
      i = end;
      continue;
    }
    ++i;
  }
  return out;
}

}  // namespace sg::extract
