// libFuzzer: any bytes as a rule file beside the shipped lexicon. Errors
// must come back as diagnostics, never as a crash.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "extract/rules.h"

namespace fs = std::filesystem;

namespace {
const fs::path& dir() {
  static fs::path d = [] {
    fs::path p = fs::temp_directory_path() / ("sg-fuzz-rules-" + std::to_string(::getpid()));
    fs::create_directories(p);
    fs::copy_file(SG_SOURCE_DIR "/ontologies/rules/lexicon.txt", p / "lexicon.txt", fs::copy_options::overwrite_existing);
    return p;
  }();
  return d;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  {
    std::ofstream out(dir() / "50-fuzz.rules", std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  sg::extract::RuleSet rules;
  std::vector<sg::extract::Diagnostic> d;
  bool ok = sg::extract::load_rules(dir().string(), rules, d);
  if (ok && sg::extract::has_errors(d)) __builtin_trap();  // "ok" means no error was reported
  return 0;
}
