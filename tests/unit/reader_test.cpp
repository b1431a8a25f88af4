#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "extract/extract.h"

namespace sg::extract {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("sg-reader-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& body) const {
    std::ofstream(path / name, std::ios::binary) << body;
    return (path / name).string();
  }
};

TEST(Reader, DateFromTheDateLine) {
  std::vector<Diagnostic> d;
  auto r = make_report("x.txt", "Sudan Update\nMarch 18, 2025\nToplines\nText.\n", std::nullopt, d);
  ASSERT_TRUE(r.date);
  EXPECT_EQ(r.date->iso(), "2025-03-18");
  EXPECT_EQ(r.title, "Sudan Update");
}

TEST(Reader, DateFromTheFileNameWhenTheTextHasNone) {
  TempDir dir;
  std::vector<Diagnostic> d;
  auto r = read_report(dir.write("taiwan-strait-2025-06-03.txt", "Toplines\nText.\n"), std::nullopt, d);
  ASSERT_TRUE(r && r->date);
  EXPECT_EQ(r->date->iso(), "2025-06-03");
  EXPECT_EQ(r->name, "taiwan-strait-2025-06-03.txt");
  EXPECT_TRUE(r->title.empty());
}

TEST(Reader, ForcedDateWins) {
  std::vector<Diagnostic> d;
  auto r = make_report("2024-01-01.txt", "March 18, 2025\nText.\n", parse_iso_date("2025-09-04"), d);
  EXPECT_EQ(r.date->iso(), "2025-09-04");
}

TEST(Reader, NoDateAtAll) {
  std::vector<Diagnostic> d;
  auto r = make_report("report.txt", "Toplines\nRussia rejected it on May 3.\n", std::nullopt, d);
  EXPECT_FALSE(r.date);
}

TEST(Reader, CollectsEndnotes) {
  std::vector<Diagnostic> d;
  auto r = make_report("r.txt", "Text.[1]\nEndnotes\n[1] https://example.org/a\n[12] http://example.net/b?x=1 extra\n",
                       std::nullopt, d);
  ASSERT_EQ(r.endnotes.size(), 2u);
  EXPECT_EQ(r.endnotes[1].number, 12);
  EXPECT_EQ(r.endnotes[1].url, "http://example.net/b?x=1");
}

TEST(Reader, RemovesBomAndNormalisesLineEnds) {
  std::vector<Diagnostic> d;
  auto r = make_report("r.txt", "\xEF\xBB\xBFLine one.\r\nLine two.\rLine three.", std::nullopt, d);
  EXPECT_EQ(r.text, "Line one.\nLine two.\nLine three.");
  EXPECT_TRUE(d.empty());
}

TEST(Reader, ReplacesInvalidUtf8AndSaysWhere) {
  std::vector<Diagnostic> d;
  auto r = make_report("bad.txt", std::string("Kyiv \xFF\xFE ok."), std::nullopt, d);
  EXPECT_EQ(r.text, "Kyiv \xEF\xBF\xBD\xEF\xBF\xBD ok.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].severity, Diagnostic::Severity::Warning);
  EXPECT_EQ(d[0].to_string(), "bad.txt: warning: invalid UTF-8 at byte offset 5 and 1 more places; replaced by U+FFFD");
}

TEST(Reader, RefusesMissingFilesDirectoriesAndBinaries) {
  TempDir dir;
  std::vector<Diagnostic> d;
  EXPECT_FALSE(read_report((dir.path / "nope.txt").string(), std::nullopt, d));
  EXPECT_NE(d.back().message.find("No such file"), std::string::npos);
  EXPECT_FALSE(read_report(dir.path.string(), std::nullopt, d));
  EXPECT_EQ(d.back().message, "is a directory, not a report file");
  std::string binary(512, '\0');
  EXPECT_FALSE(read_report(dir.write("image.png", binary), std::nullopt, d));
  EXPECT_EQ(d.back().message, "looks like a binary file, not a text report");
}

TEST(Reader, EmptyFileIsAnEmptyReport) {
  TempDir dir;
  std::vector<Diagnostic> d;
  auto r = read_report(dir.write("empty.txt", ""), std::nullopt, d);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->text.empty());
}

}  // namespace
}  // namespace sg::extract
