#include <gtest/gtest.h>

#include "extract/dates.h"

namespace sg::extract {
namespace {

TEST(Dates, ParsesOnlyRealIsoDates) {
  EXPECT_TRUE(parse_iso_date("2024-02-29"));
  EXPECT_FALSE(parse_iso_date("2025-02-29"));
  EXPECT_FALSE(parse_iso_date("2025-13-01"));
  EXPECT_FALSE(parse_iso_date("2025-9-4"));
  EXPECT_EQ(parse_iso_date("2025-09-04")->iso(), "2025-09-04");
}

TEST(Dates, IsoIsZeroPaddedAndOddDatesStillPrint) {
  EXPECT_EQ((Date{2025, 9, 4}).iso(), "2025-09-04");
  EXPECT_EQ((Date{987, 12, 31}).iso(), "0987-12-31");
  EXPECT_EQ((Date{0, 1, 1}).iso(), "0000-01-01");
  EXPECT_EQ((Date{9999, 10, 10}).iso(), "9999-10-10");
  // Outside four digits the digits are not cut: what snprintf's %04d gives.
  EXPECT_EQ((Date{12025, 1, 2}).iso(), "12025-01-02");
  EXPECT_EQ((Date{-44, 3, 15}).iso(), "-044-03-15");
}

TEST(Dates, ResolvesTheYearClosestToTheReport) {
  EXPECT_EQ(resolve_year(12, 30, {2026, 1, 5})->iso(), "2025-12-30");  // last December
  EXPECT_EQ(resolve_year(1, 3, {2025, 12, 20})->iso(), "2026-01-03");  // next January
  EXPECT_EQ(resolve_year(8, 18, {2025, 9, 4})->iso(), "2025-08-18");
  EXPECT_EQ(resolve_year(2, 29, {2025, 3, 1})->iso(), "2024-02-29");  // the only leap year nearby
}

TEST(Dates, MonthNamesAndAbbreviations) {
  EXPECT_EQ(month_from_name("september"), 9);
  EXPECT_EQ(month_from_name("sept"), 9);
  EXPECT_EQ(month_from_name("sep"), 9);
  EXPECT_EQ(month_from_name("jan"), 1);
  EXPECT_FALSE(month_from_name("ma"));
  EXPECT_FALSE(month_from_name("mayday"));
}

// Words are turned away by length and first letter before the names are
// compared: every month's name and its prefixes still read as before.
TEST(Dates, EveryMonthAndEveryPrefixOfIt) {
  const std::string names[] = {"january", "february", "march",     "april",   "may",      "june",
                               "july",    "august",   "september", "october", "november", "december"};
  for (int m = 1; m <= 12; ++m) {
    const std::string& name = names[m - 1];
    EXPECT_EQ(month_from_name(name), m) << name;
    for (std::size_t n = 1; n < name.size(); ++n) {
      const std::string prefix = name.substr(0, n);
      if (n == 3 || prefix == "sept") EXPECT_EQ(month_from_name(prefix), m) << prefix;
      else EXPECT_FALSE(month_from_name(prefix)) << prefix;
    }
    EXPECT_FALSE(month_from_name(name + "s")) << name;
  }
  for (std::string_view w : {"", "kyiv", "ukraine", "tuesday", "Jan", "January", "septembers"})
    EXPECT_FALSE(month_from_name(w)) << w;
}

TEST(Dates, FindsDateLines) {
  EXPECT_EQ(find_date_in_line("September 4, 2025", true)->iso(), "2025-09-04");
  EXPECT_EQ(find_date_in_line("Thursday, 4 September 2025", true)->iso(), "2025-09-04");
  EXPECT_EQ(find_date_in_line("2025-09-04", true)->iso(), "2025-09-04");
  EXPECT_FALSE(find_date_in_line("Russian Offensive Campaign Assessment, September 4, 2025", true));
  EXPECT_EQ(find_date_in_line("Russian Offensive Campaign Assessment, September 4, 2025", false)->iso(),
            "2025-09-04");
  EXPECT_FALSE(find_date_in_line("Russia advanced on September 4", false));
  // Separators of any kind and length between the words of a date line.
  EXPECT_EQ(find_date_in_line("  Thursday ,  September   4 ,  2025  ", true)->iso(), "2025-09-04");
  EXPECT_EQ(find_date_in_line("Sept-4 2025", true), std::nullopt);  // "Sept-4" is one word
  // Five words are never a date line, however the last three read.
  EXPECT_FALSE(find_date_in_line("Report Thursday, September 4, 2025", true));
  std::string paragraph(100000, 'x');
  paragraph += " words follow, September 4, 2025";
  EXPECT_FALSE(find_date_in_line(paragraph, true));
  EXPECT_EQ(find_date_in_line(paragraph, false)->iso(), "2025-09-04");
}

// The coming weekday counts the day itself: Wednesday 6 March 2024 is its
// own Wednesday, and its Tuesday is the one of the next week.
TEST(Dates, AWeekdayOnOrAfterADay) {
  const Date wednesday = *parse_iso_date("2024-03-06");
  EXPECT_EQ(weekday_on_or_after(wednesday, 2).iso(), "2024-03-06");
  EXPECT_EQ(weekday_on_or_after(wednesday, 4).iso(), "2024-03-08");
  EXPECT_EQ(weekday_on_or_after(wednesday, 1).iso(), "2024-03-12");
  EXPECT_EQ(weekday_on_or_after(*parse_iso_date("2024-12-30"), 6).iso(), "2025-01-05");
}

}  // namespace
}  // namespace sg::extract

