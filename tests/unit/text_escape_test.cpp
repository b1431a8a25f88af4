#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "export/text_escape.h"

namespace sg::exporter::text {
namespace {

std::string json_string(std::string_view s, bool* ok = nullptr) {
  std::string out;
  bool good = append_json_string(out, s);
  if (ok) *ok = good;
  return out;
}

TEST(TextEscape, JsonStringsAsNlohmannDumpsThem) {
  // Every ASCII byte alone, then mixed text: the streaming JSON-LD writer
  // must print exactly what the DOM writer before it printed.
  for (int c = 0; c < 0x80; ++c) {
    std::string s(1, static_cast<char>(c));
    EXPECT_EQ(json_string(s), nlohmann::json(s).dump()) << "byte " << c;
  }
  for (std::string s : {"say \"no\" \\ now\nthen\r\t\b\f / end", "\xC3\xA9 \xE4\xB8\xAD \xF0\x9F\x87\xB9\xF0\x9F\x87\xA9",
                        "https://ex.org/a?b=c&d=<e>#f", ""})
    EXPECT_EQ(json_string(s), nlohmann::json(s).dump()) << s;
}

TEST(TextEscape, EightBytesAtATimeMissNoByteAnywhere) {
  // The JSON and CSV escapes test eight bytes at once: every byte that
  // needs care, at every place in a long run of plain text, must still be
  // seen (JSON: as nlohmann prints it; CSV: quoted when it must be).
  for (int c : {0x00, 0x01, 0x0A, 0x0D, 0x1F, int{'"'}, int{'\\'}, int{','}, int{'\t'}, 0x7F}) {
    for (std::size_t at = 0; at < 20; ++at) {
      std::string s(20, 'a');
      s[at] = static_cast<char>(c);
      EXPECT_EQ(json_string(s), nlohmann::json(s).dump()) << "byte " << c << " at " << at;
      std::string csv;
      bool ok = append_csv_field(csv, s, ',');
      EXPECT_EQ(ok, c != 0) << "byte " << c << " at " << at;
      bool quoted = c == '"' || c == ',' || c == '\n' || c == '\r';
      if (ok) {
        EXPECT_EQ(csv.front() == '"', quoted) << "byte " << c << " at " << at;
      }
    }
  }
  std::string s = std::string(13, 'a') + "\xC3\xA9" + std::string(9, 'b') + "\xC3";  // a sequence cut short
  std::string out;
  EXPECT_FALSE(append_csv_field(out, s, ','));
  EXPECT_FALSE(append_json_string(out, s));
  s.pop_back();
  out.clear();
  EXPECT_TRUE(append_csv_field(out, s, ','));
  EXPECT_EQ(out, s);
}

TEST(TextEscape, IrisAndQuotedStringsMissNoByteAnywhere) {
  // Quoted literals are scanned eight bytes at once too (IRIs may be): every
  // ASCII byte, at every place in a long run of plain text, is written as
  // it is alone (a string too short for the eight-byte test).
  auto inner = [](bool iri, std::string_view s) {
    std::string out;
    EXPECT_TRUE(iri ? append_iri(out, s) : append_quoted(out, s));
    return out.substr(1, out.size() - 2);  // without <> or ""
  };
  for (bool iri : {true, false}) {
    for (int c = 0; c < 0x80; ++c) {
      const std::string alone = inner(iri, std::string(1, static_cast<char>(c)));
      for (std::size_t at = 0; at < 20; ++at) {
        std::string s(20, 'a');
        s[at] = static_cast<char>(c);
        EXPECT_EQ(inner(iri, s), std::string(at, 'a') + alone + std::string(19 - at, 'a'))
            << (iri ? "IRI" : "literal") << ", byte " << c << " at " << at;
      }
    }
    const std::string s = std::string(13, 'a') + "\xC3\xA9" + std::string(9, 'b');
    EXPECT_EQ(inner(iri, s), s);
    std::string out;
    EXPECT_FALSE(iri ? append_iri(out, s + "\xC3") : append_quoted(out, s + "\xC3"));  // a sequence cut short
  }
}

TEST(TextEscape, QuotedStringsForNTriplesAndTurtle) {
  std::string out;
  ASSERT_TRUE(append_quoted(out, "a \"q\" \\ b\nc\rd\te\x01\x7F'\xC3\xA9"));
  EXPECT_EQ(out, "\"a \\\"q\\\" \\\\ b\\nc\\rd\\u0009e\\u0001\\u007F'\xC3\xA9\"");  // never \'
}

TEST(TextEscape, IrisAndBlankNodes) {
  std::string out;
  ASSERT_TRUE(append_iri(out, "https://ex.org/a b\\c\xC3\xA9~%20"));
  EXPECT_EQ(out, "<https://ex.org/a\\u0020b\\u005Cc\xC3\xA9~%20>");
  out.clear();
  append_blank(out, "-m1.x_y");
  EXPECT_EQ(out, "_:z2Dm1z2Ex_y");
}

TEST(TextEscape, RefusesInvalidUtf8) {
  // A stray continuation byte, overlong, surrogate, beyond U+10FFFF, cut short.
  for (const char* bad : {"\x80", "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82"}) {
    std::string out;
    bool ok = true;
    json_string(bad, &ok);
    EXPECT_FALSE(ok) << "json";
    EXPECT_FALSE(append_quoted(out, bad));
    EXPECT_FALSE(append_iri(out, bad));
  }
}

}  // namespace
}  // namespace sg::exporter::text
