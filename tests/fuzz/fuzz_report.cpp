// libFuzzer: any bytes as a report — reader, segmenter, tokenizer,
// gazetteer, chunker, matcher and rules must neither crash nor hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/extract.h"
#include "fuzz_resources.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<sg::extract::Diagnostic> d;
  auto report = sg::extract::make_report("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size),
                                         sg::extract::Date{2025, 9, 4}, d);
  auto x = sg::extract::extract(report, sg::fuzz::resources());
  for (const auto& a : x.assertions)
    if (a.evidence >= x.evidence.size()) __builtin_trap();  // every assertion points at its sentence
  return 0;
}
