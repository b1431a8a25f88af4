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
