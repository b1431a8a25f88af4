#include "dates.h"

#include <array>
#include <cstdio>
#include <string>

#include "text.h"

namespace sg::extract {

std::string Date::iso() const {
  // Written digit by digit: snprintf's format parsing cost 3% of a build's
  // instructions (every assertion, report and mention has dates).
  if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
  }
  std::string out(10, '-');
  out[0] = static_cast<char>('0' + year / 1000);
  out[1] = static_cast<char>('0' + year / 100 % 10);
  out[2] = static_cast<char>('0' + year / 10 % 10);
  out[3] = static_cast<char>('0' + year % 10);
  out[5] = static_cast<char>('0' + month / 10);
  out[6] = static_cast<char>('0' + month % 10);
  out[8] = static_cast<char>('0' + day / 10);
  out[9] = static_cast<char>('0' + day % 10);
  return out;
}

std::optional<Date> parse_iso_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  std::size_t pos[3][2] = {{0, 4}, {5, 7}, {8, 10}};
  for (int k = 0; k < 3; ++k)
    for (std::size_t i = pos[k][0]; i < pos[k][1]; ++i) {
      if (t[i] < '0' || t[i] > '9') return std::nullopt;
      v[k] = v[k] * 10 + (t[i] - '0');
    }
  if (!is_real_date(v[0], v[1], v[2])) return std::nullopt;
  return Date{v[0], v[1], v[2]};
}

std::optional<int> month_from_name(std::string_view m) {
  // Most words asked are no month: turned away by length and first letter
  // before a dozen comparisons (month_from_name 3.6M -> 2.3M instructions
  // on the 1 MB corpus).
  if (m.size() < 3 || m.size() > 9) return std::nullopt;
  switch (m[0]) {
    case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n': case 'd': break;
    default: return std::nullopt;
  }
  static const std::array<std::string_view, 12> full = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (int i = 0; i < 12; ++i) {
    if (m == full[i]) return i + 1;
    if (m.size() >= 3 && m.size() < full[i].size() && full[i].substr(0, m.size()) == m &&
        (m.size() == 3 || m == "sept"))
      return i + 1;
  }
  return std::nullopt;
}

bool is_real_date(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

long days_from_civil(const Date& date) {
  // Howard Hinnant's civil-from-days inverse, in days since 1970-01-01.
  long y = date.year - (date.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (date.month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + date.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long days) {
  // The inverse of days_from_civil(): eras of 400 years (146097 days) that
  // start on March 1, so that February's length falls at a year's end.
  days += 719468;
  long era = (days >= 0 ? days : days - 146096) / 146097;
  long doe = days - era * 146097;                                   // day of the era
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // year of the era
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               // day of the year from March 1
  long mp = (5 * doy + 2) / 153;                                    // month from March, 0-11
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

int weekday(const Date& date) {
  long d = days_from_civil(date);  // 1970-01-01 was a Thursday
  return static_cast<int>(((d + 3) % 7 + 7) % 7);
}

Date weekday_on_or_after(const Date& from, int day) {
  return civil_from_days(days_from_civil(from) + (day - weekday(from) + 7) % 7);
}

std::optional<int> weekday_from_name(std::string_view folded) {
  static const std::array<std::string_view, 7> names = {"monday", "tuesday", "wednesday", "thursday",
                                                        "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i)
    if (folded == names[i]) return i;
  return std::nullopt;
}

std::optional<Date> resolve_year(int month, int day, const Date& report_date) {
  std::optional<Date> best;
  long best_distance = 0;
  for (int y = report_date.year - 1; y <= report_date.year + 1; ++y) {
    if (!is_real_date(y, month, day)) continue;
    Date candidate{y, month, day};
    long distance = std::labs(days_from_civil(candidate) - days_from_civil(report_date));
    if (!best || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

namespace {

// The words of a line (letters and digits; punctuation other than the
// hyphen of an ISO date separates them) that a date line can be made of:
// the first `head`, the last `tail`, and how many there are. Bounded, so
// that a line of many megabytes costs no more than its scan.
struct LineWords {
  std::vector<std::string> first, last;
  std::size_t count = 0;
};

// What date_words() takes for part of a word.
bool date_word_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || c == '-' || u >= 0x80;
}

// The number of words date_words() would see, counted up to `limit`.
std::size_t count_date_words(std::string_view line, std::size_t limit) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : line) {
    bool keep = date_word_byte(c);
    if (keep && !in_word && ++n >= limit) return n;
    in_word = keep;
  }
  return n;
}

LineWords date_words(std::string_view line, std::size_t head, std::size_t tail) {
  LineWords w;
  std::string cur;
  auto end_word = [&] {
    if (cur.empty()) return;
    ++w.count;
    if (w.first.size() < head) w.first.push_back(cur);
    if (w.last.size() == tail) w.last.erase(w.last.begin());
    w.last.push_back(std::move(cur));
    cur.clear();
  };
  for (char c : line) {
    bool keep = date_word_byte(c);
    if (keep && cur.size() < 64) cur += c;  // no word of a date is longer
    else if (!keep) end_word();
  }
  end_word();
  return w;
}

bool all_digits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

// A date made of exactly the words [i, i+n).
std::optional<Date> date_at(const std::vector<std::string>& w, std::size_t i, std::size_t n) {
  if (n == 1) return parse_iso_date(w[i]);
  if (n != 3) return std::nullopt;
  auto num = [](const std::string& s) { return all_digits(s) && s.size() <= 4 ? std::stoi(s) : -1; };
  // Month D YYYY
  if (auto m = month_from_name(text::fold(w[i])); m && num(w[i + 1]) > 0 && w[i + 2].size() == 4)
    if (is_real_date(num(w[i + 2]), *m, num(w[i + 1]))) return Date{num(w[i + 2]), *m, num(w[i + 1])};
  // D Month YYYY
  if (auto m = month_from_name(text::fold(w[i + 1])); m && num(w[i]) > 0 && w[i + 2].size() == 4)
    if (is_real_date(num(w[i + 2]), *m, num(w[i]))) return Date{num(w[i + 2]), *m, num(w[i])};
  return std::nullopt;
}

}  // namespace

std::optional<Date> find_date_in_line(std::string_view line, bool whole_line_only) {
  // A line that is a date has at most four words (below): the segmenter
  // asks this of the first lines of every report, most of them paragraphs.
  if (whole_line_only && count_date_words(line, 5) >= 5) return std::nullopt;
  // Weekday names may precede a date line: "Thursday, September 4, 2025".
  auto w = date_words(line, 4, 3);
  if (w.count == 0) return std::nullopt;
  static const std::array<std::string_view, 7> weekdays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  std::size_t first = 0;
  for (auto d : weekdays)
    if (text::fold(w.first[0]) == d) first = 1;
  std::size_t n = w.count - first;
  if (n == 1 || n == 3) {  // the whole line: at most four words, all in w.first
    if (auto d = date_at(w.first, first, n)) return d;
  }
  if (whole_line_only) return std::nullopt;
  if (w.count >= 3)
    if (auto d = date_at(w.last, w.last.size() - 3, 3)) return d;
  return date_at(w.last, w.last.size() - 1, 1);
}

}  // namespace sg::extract
