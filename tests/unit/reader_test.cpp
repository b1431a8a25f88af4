#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "extract/extract.h"
#include "extract/reading.h"
#include "extract/text.h"

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

// The ASCII fast path reads eight bytes at a time: a bad byte, a bad
// sequence or a good one is found at every offset from a word's start.
TEST(Reader, Utf8IsCheckedAtEveryOffsetOfAnAsciiRun) {
  for (std::size_t run = 0; run < 20; ++run) {
    std::string ascii(run, 'a');
    std::string bad = ascii + "\xFF" + ascii;
    auto places = text::repair_utf8(bad);
    ASSERT_EQ(places, std::vector<std::size_t>{run}) << run;
    EXPECT_EQ(bad, ascii + "\xEF\xBF\xBD" + ascii);
    std::string truncated = ascii + "\xC3";  // a sequence cut by the end
    EXPECT_FALSE(text::is_valid_utf8(truncated)) << run;
    EXPECT_EQ(text::repair_utf8(truncated), std::vector<std::size_t>{run});
    std::string good = ascii + "\xC3\xA9" + ascii + "\xE2\x80\x94" + ascii;
    EXPECT_TRUE(text::is_valid_utf8(good)) << run;
    std::string kept = good;
    EXPECT_TRUE(text::repair_utf8(kept).empty());
    EXPECT_EQ(kept, good);
  }
}

TEST(Reader, SqueezeSpaceLeavesOneSpaceBetweenWords) {
  EXPECT_EQ(text::squeeze_space(""), "");
  EXPECT_EQ(text::squeeze_space(" \t\r\n "), "");
  EXPECT_EQ(text::squeeze_space("Kyiv"), "Kyiv");
  EXPECT_EQ(text::squeeze_space("  Kyiv  and\t\n Moscow \r\n"), "Kyiv and Moscow");
  EXPECT_EQ(text::squeeze_space("\n\nVolodymyr\r\nZelensky"), "Volodymyr Zelensky");
  EXPECT_EQ(text::squeeze_space("a b"), "a b");
  // Text already squeezed is copied as it is; one space too many, a tab or
  // a line end anywhere in it still becomes one space.
  EXPECT_EQ(text::squeeze_space(" Kyiv and Moscow met. "), "Kyiv and Moscow met.");
  EXPECT_EQ(text::squeeze_space("Kyiv and  Moscow"), "Kyiv and Moscow");
  EXPECT_EQ(text::squeeze_space("Kyiv and\tMoscow"), "Kyiv and Moscow");
  EXPECT_EQ(text::squeeze_space("Kyiv and \nMoscow"), "Kyiv and Moscow");
  EXPECT_EQ(text::squeeze_space("Kyiv and Moscow\r\n"), "Kyiv and Moscow");
}

// squeeze_space() and binary_reason() test eight bytes at once
// (text::bytes_below()); the answers are the byte-at-a-time ones, wherever
// in a block the byte that matters falls.
TEST(Reader, BytesBelowMarksExactlyTheBytesBelowTheBound) {
  const unsigned char samples[] = {0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x20, 0x21, 0x41, 0x7F, 0x80, 0xA0, 0xE2, 0xFF};
  for (unsigned n : {0x20u, 0x21u, 0x80u})
    for (unsigned char b : samples)
      for (int lane = 0; lane < 8; ++lane) {
        unsigned char bytes[8] = {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'};
        bytes[lane] = b;
        std::uint64_t w;
        std::memcpy(&w, bytes, 8);
        std::uint64_t expected = 0;
        for (int k = 0; k < 8; ++k)
          if (bytes[k] < n) expected |= std::uint64_t{0x80} << (8 * k);
        EXPECT_EQ(text::bytes_below(w, n), expected) << n << " " << int(b) << " " << lane;
      }
}

TEST(Reader, SqueezeSpaceFindsTheStrayByteAnywhereInABlock) {
  // The slow path alone: every run of white space becomes one space.
  auto squeezed = [](std::string_view s) {
    std::string out;
    bool gap = false;
    for (char c : s) {
      if (text::is_space(c)) {
        gap = !out.empty();
        continue;
      }
      if (gap) out += ' ';
      gap = false;
      out += c;
    }
    return out;
  };
  const std::string base = "Ukraine’s forces said on Tuesday that the strikes hit Kherson again.";
  for (std::string_view stray : {"  ", "\t", "\n", "\r\n", " \t", "\x01", "\x1F"})
    for (std::size_t at = 0; at <= base.size(); ++at) {
      std::string s = base;
      s.insert(at, stray);
      EXPECT_EQ(text::squeeze_space(s), squeezed(s)) << at;
    }
  for (std::size_t at = 0; at < base.size(); ++at) {
    std::string s = base;
    if (s[at] != ' ') continue;
    s[at] = '\t';
    EXPECT_EQ(text::squeeze_space(s), squeezed(s)) << at;
  }
  EXPECT_EQ(text::squeeze_space(base), base);
}

TEST(Reader, CountInvalidUtf8AgreesWithRepair) {
  for (std::string s : {std::string("plain"), std::string("caf\xE9 au lait"), std::string("\xFF\xFE\xFD"),
                        std::string("Kyiv\xE2\x80 and \xE2\x80\x99s"), std::string("\xF0\x9F\x98\x80 ok \xC0\xAF"),
                        std::string(100, 'a') + "\x80" + std::string(9, 'b') + "\xE2\x80"}) {
    std::string copy = s;
    EXPECT_EQ(text::count_invalid_utf8(s), text::repair_utf8(copy).size()) << s;
  }
}

TEST(Reader, BinaryDataIsToldAtTheThresholdWhereverTheBytesFall) {
  // Control bytes: binary past a tenth of the first 4 KiB, at any offsets.
  for (std::size_t step : {7u, 8u, 9u}) {
    std::string body(4096, 'a');
    for (std::size_t i = 0; i < body.size(); i += 40) body[i] = ' ';
    std::size_t placed = 0;
    for (std::size_t i = 3; placed < 409; i = (i + step) % body.size())
      if (body[i] == 'a') {
        body[i] = '\x02';
        ++placed;
      }
    EXPECT_EQ(binary_reason(body), nullptr) << step;
    body[body.find('a')] = '\x02';  // 410: more than a tenth
    ASSERT_NE(binary_reason(body), nullptr);
    EXPECT_STREQ(binary_reason(body), "looks like a binary file, not a text report");
  }
  // UTF-16 without a byte-order mark: a NUL beside each ASCII letter, in
  // either order, also past the first block.
  std::string le, be;
  for (char c : std::string("Kyiv said on Tuesday that talks would resume. ")) {
    le += c;
    le += '\0';
    be += '\0';
    be += c;
  }
  for (const std::string& s : {le, be}) {
    ASSERT_NE(binary_reason(s), nullptr);
    EXPECT_EQ(std::string(binary_reason(s)).substr(0, 17), "is UTF-16 text, n");
  }
  // Tabs, line ends and escapes are text.
  EXPECT_EQ(binary_reason(std::string(64, '\t') + "\r\n\x1B[1m bold\n"), nullptr);
}

TEST(Reader, ControlCharactersAreCountedWhereverTheyFall) {
  const std::string line = "Kyiv said on Tuesday that talks would resume.\n";
  for (std::size_t at = 0; at < line.size() + 2; ++at) {
    std::string body = line + line;
    body[at] = '\x07';
    body.back() = '\x07';
    std::vector<Diagnostic> d;
    auto r = make_report("c.txt", body, std::nullopt, d);
    ASSERT_EQ(d.size(), 1u) << at;
    EXPECT_EQ(d[0].message, "control characters replaced by spaces (2)") << at;
    EXPECT_EQ(r.text.find('\x07'), std::string::npos);
  }
}

TEST(Reader, ControlCharactersBecomeSpacesWithAWarning) {
  std::vector<Diagnostic> d;
  auto r = make_report("c.txt", std::string("Kyiv\x01 said\x00 no.\tYes.\n", 21), std::nullopt, d);
  EXPECT_EQ(r.text, "Kyiv  said  no.\tYes.\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].to_string(), "c.txt: warning: NUL bytes and other control characters replaced by spaces (2)");
  d.clear();
  make_report("c.txt", "Kyiv\x1B said.", std::nullopt, d);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].to_string(), "c.txt: warning: control characters replaced by spaces (1)");
}

// Read whole whatever its size says: a large file, and a file of /proc,
// whose size is 0.
TEST(Reader, ReadsFilesWhateverTheirSizeSays) {
  TempDir dir;
  std::string big;
  for (int i = 0; big.size() < 300000; ++i) big += "Line " + std::to_string(i) + " of a long report.\n";
  std::vector<Diagnostic> d;
  auto bytes = read_file_bytes(dir.write("big.txt", big), d);
  ASSERT_TRUE(bytes);
  EXPECT_EQ(*bytes, big);
  auto status = read_file_bytes("/proc/self/status", d);
  ASSERT_TRUE(status);
  EXPECT_NE(status->find("Name:"), std::string::npos);
  EXPECT_TRUE(d.empty());
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

// Issue 22: a "Notes" line in the middle of a report dropped every
// sentence after it, silently. The prose after it is read; the lines left
// out as notes are warned about, with the first one's line.
TEST(Reader, ProseAfterAnEndnotesHeadingIsReadAndWhatIsLeftOutIsSaid) {
  std::vector<Diagnostic> d;
  auto r = make_report("mid.txt",
                       "Daily Update\nSeptember 4, 2025\nRussia rejected the plan on September 3.\nNotes\n"
                       "Ukraine accused Russia of shelling Kherson on September 2.\nEndnotes\n[1] https://example.org/a\n"
                       "Reuters, September 3, 2025\nBack to top\n",
                       std::nullopt, d);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].to_string(),
            "mid.txt:8: warning: 2 lines under an endnotes heading left out as notes, not \"[n] URL\" endnotes nor "
            "prose (the first: \"Reuters, September 3, 2025\")");
  ASSERT_EQ(r.endnotes.size(), 1u);
  std::vector<Diagnostic> none;
  auto clean = make_report("clean.txt", "Daily Update\nRussia rejected the plan.\nEndnotes\n[1] https://example.org/a\n",
                           std::nullopt, none);
  EXPECT_TRUE(none.empty()) << none[0].to_string();
}

TEST(Reader, EmptyFileIsAnEmptyReport) {
  TempDir dir;
  std::vector<Diagnostic> d;
  auto r = read_report(dir.write("empty.txt", ""), std::nullopt, d);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->text.empty());
}

TEST(JsonDocument, EveryField) {
  std::vector<Diagnostic> d;
  auto r = parse_json_document(
      R"({"id": 17, "date": "2025-03-02", "title": "Chad", "url": "https://ex.org/a",)"
      R"( "text": "Chad Update\nMarch 9, 2025\nChad closed the border.[1]\n\n[1] https://ex.org/n1\n", "extra": [1]})",
      "in.jsonl", 4, std::nullopt, d);
  ASSERT_TRUE(r);
  EXPECT_TRUE(d.empty());
  EXPECT_EQ(r->name, "17");
  EXPECT_EQ(r->title, "Chad");
  EXPECT_EQ(r->url, "https://ex.org/a");
  ASSERT_TRUE(r->date);
  EXPECT_EQ(r->date->iso(), "2025-03-02");  // the document's date wins over its date line
  ASSERT_EQ(r->endnotes.size(), 1u);
  EXPECT_EQ(r->endnotes[0].url, "https://ex.org/n1");
}

TEST(JsonDocument, DateFallsBackToTheTextThenTheDefault) {
  std::vector<Diagnostic> d;
  auto r = parse_json_document(R"({"text": "Update\nMarch 9, 2025\nText.\n", "date": null})", "in.jsonl", 1,
                               parse_iso_date("2024-01-01"), d);
  ASSERT_TRUE(r && r->date);
  EXPECT_EQ(r->date->iso(), "2025-03-09");
  EXPECT_EQ(r->name, "in.jsonl:1");
  r = parse_json_document(R"({"text": "Text."})", "in.jsonl", 2, parse_iso_date("2024-01-01"), d);
  ASSERT_TRUE(r && r->date);
  EXPECT_EQ(r->date->iso(), "2024-01-01");
}

TEST(JsonDocument, RefusedWithFileAndLine) {
  for (const char* bad : {"{\"text\": ", "[1]", "{\"id\": \"a\"}", "{\"text\": 3}", "{\"text\": \"x\", \"title\": {}}",
                          "{\"text\": \"x\", \"date\": \"2025-02-30\"}", "{\"text\": \"x\", \"date\": \"2025-02-03x\"}",
                          "{\"text\": \"x\", \"n\": 1e999}"}) {
    std::vector<Diagnostic> d;
    EXPECT_FALSE(parse_json_document(bad, "in.jsonl", 7, std::nullopt, d)) << bad;
    ASSERT_EQ(d.size(), 1u) << bad;
    EXPECT_EQ(d[0].to_string().rfind("in.jsonl:7: error: ", 0), 0u) << d[0].to_string();
  }
}

TEST(JsonDocument, BadTextIsRepairedWithAWarningOnTheLine) {
  std::vector<Diagnostic> d;
  auto r = parse_json_document(R"({"text": "a\u0000b"})", "in.jsonl", 3, std::nullopt, d);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->text, "a b");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].line, 3);
  EXPECT_EQ(d[0].severity, Diagnostic::Severity::Warning);
}

}  // namespace
}  // namespace sg::extract
