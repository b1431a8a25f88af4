// dates.h — calendar arithmetic and month names (inside extract/).
#pragma once

#include <optional>
#include <string_view>

#include "extract.h"

namespace sg::extract {

// "september", "sept", "sep" -> 9 (input already folded to lower case,
// without a trailing dot).
std::optional<int> month_from_name(std::string_view folded);

bool is_real_date(int year, int month, int day);
long days_from_civil(const Date& date);

// The date `days` after 1970-01-01 (days_from_civil() reversed).
Date civil_from_days(long days);
// 0 for Monday ... 6 for Sunday.
int weekday(const Date& date);
// The first day of weekday `day` (0 Monday ... 6 Sunday) on or after `from`.
Date weekday_on_or_after(const Date& from, int day);
// "monday" -> 0 ... "sunday" -> 6 (folded).
std::optional<int> weekday_from_name(std::string_view folded);

// A month and day without a year, placed in the year (report's year - 1,
// same, + 1) that lies closest to the report date: a January report saying
// "December 30" means last December; a December report announcing a
// meeting "on January 3" means next January.
std::optional<Date> resolve_year(int month, int day, const Date& report_date);

// A line that is only a date: "September 4, 2025", "4 September 2025",
// "Sept. 4, 2025", "2025-09-04"; or a line that ends with one after a comma
// or dash ("Assessment, September 4, 2025").
std::optional<Date> find_date_in_line(std::string_view line, bool whole_line_only);

}  // namespace sg::extract
