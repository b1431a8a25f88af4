// libFuzzer: any bytes as an HTML page — libxml2's parser, the rendering
// and then the whole extraction must neither crash nor hang, and the text
// handed to the segmenter is always valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/extract.h"
#include "extract/html.h"
#include "extract/text.h"
#include "fuzz_resources.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<sg::extract::Diagnostic> d;
  auto report = sg::extract::make_html_report(
      "fuzz.html", std::string_view(reinterpret_cast<const char*>(data), size), sg::extract::Date{2025, 9, 4}, d);
  if (!report) return 0;
  if (!sg::extract::text::is_valid_utf8(report->text)) __builtin_trap();
  auto x = sg::extract::extract(*report, sg::fuzz::resources());
  for (const auto& a : x.assertions)
    if (a.evidence >= x.evidence.size()) __builtin_trap();
  return 0;
}
