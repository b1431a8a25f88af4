// libFuzzer: any bytes as a graph to --merge, as N-Quads, Turtle or JSON-LD
// (the first byte chooses). Malformed graphs are refused, never a crash.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "export/export.h"

namespace fs = std::filesystem;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* kinds[] = {"nq", "ttl", "jsonld"};
  std::string ext = kinds[data[0] % 3];
  std::string body(reinterpret_cast<const char*>(data) + 1, size - 1);
  sg::graph::Graph g;
  std::vector<sg::extract::Diagnostic> d;
  if (ext == "jsonld") {
    sg::exporter::read_jsonld("fuzz.jsonld", body, g, d);
    return 0;
  }
  static fs::path p = fs::temp_directory_path() / ("sg-fuzz-graph-" + std::to_string(::getpid()));
  fs::path file = p;
  file += "." + ext;
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << body;
  }
  sg::exporter::read_graph(file.string(), g, d);
  return 0;
}
