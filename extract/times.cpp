// The time layer: date expressions of a sentence, resolved against the
// report date (find_times() in document.h).
#include "dates.h"
#include "document.h"

namespace sg::extract {

std::vector<TimeExpr> find_times(const std::vector<Token>& tokens, std::optional<Date> report_date) {
  std::vector<TimeExpr> out;
  std::size_t i = 0;
  while (i < tokens.size()) {
    const Token& tok = tokens[i];
    // Dates: "September 4", "Sept. 4, 2025", "June 9 and June 11", "October 12 and 13",
    // "July 9 to 10", "4 September 2025".
    if (tok.kind == Token::Kind::Word && tok.upper) {
      if (auto month = month_from_name(tok.norm)) {
        std::size_t k = i + 1;
        if (k < tokens.size() && tokens[k].norm == "." && tokens[k].glued) ++k;
        auto day = k < tokens.size() ? token_number(tokens[k]) : std::nullopt;
        if (day && *day >= 1 && *day <= 31 && tokens[k].norm.size() <= 2) {
          struct MonthDay { int m, d; };
          std::vector<MonthDay> days{{*month, static_cast<int>(*day)}};
          std::size_t end = k + 1;
          // Further days: "and 13", "and June 11", "to 10", "-10".
          while (end + 1 < tokens.size()) {
            const std::string& joiner = tokens[end].norm;
            bool add = joiner == "and";
            if (!add && joiner != "to" && joiner != "-") break;
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
          if (end + 1 < tokens.size() && tokens[end].norm == ",")
            if (auto y = token_number(tokens[end + 1]); y && tokens[end + 1].norm.size() == 4) {
              year = static_cast<int>(*y);
              end += 2;
            }
          TimeExpr item;
          item.tb = i;
          item.te = end;
          for (auto md : days) {
            if (year) {
              if (is_real_date(*year, md.m, md.d)) item.dates.push_back({*year, md.m, md.d});
            } else if (report_date) {
              if (auto d = resolve_year(md.m, md.d, *report_date)) item.dates.push_back(*d);
            } else {
              item.unresolved = true;
            }
          }
          out.push_back(std::move(item));
          i = end;
          continue;
        }
      }
    }
    if (tok.kind == Token::Kind::Number && i + 2 < tokens.size()) {
      auto day = token_number(tok);
      auto month = month_from_name(tokens[i + 1].norm);
      auto year = token_number(tokens[i + 2]);
      if (day && month && tokens[i + 1].upper && year && tokens[i + 2].norm.size() == 4 &&
          is_real_date(static_cast<int>(*year), *month, static_cast<int>(*day))) {
        TimeExpr item;
        item.tb = i;
        item.te = i + 3;
        item.dates.push_back({static_cast<int>(*year), *month, static_cast<int>(*day)});
        out.push_back(std::move(item));
        i += 3;
        continue;
      }
    }
    ++i;
  }
  return out;
}

}  // namespace sg::extract
