// Input discovery for build. See inputs.h.
#include "inputs.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>
#include <utility>

namespace sg::cli {
namespace {

namespace fs = std::filesystem;

std::string extension(const std::string& path) {
  auto slash = path.find_last_of('/');
  auto dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string ext = path.substr(dot + 1);
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

extract::Diagnostic error(std::string file, std::string message) {
  extract::Diagnostic d;
  d.file = std::move(file);
  d.message = std::move(message);
  return d;
}

using Seen = std::set<std::pair<dev_t, ino_t>>;

// One directory, depth first. Returns false when it cannot be listed.
bool walk(const std::string& dir, Seen& seen, Discovery& discovery, std::vector<extract::Diagnostic>& diagnostics) {
  std::error_code ec;
  std::vector<std::string> names;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    names.push_back(it->path().filename().string());
  if (ec) {
    diagnostics.push_back(error(dir, "cannot read directory: " + ec.message()));
    return false;
  }
  std::sort(names.begin(), names.end());
  for (const auto& name : names) {
    std::string path = dir.ends_with('/') ? dir + name : dir + '/' + name;
    if (name.starts_with('.')) {
      discovery.ignored.push_back(path + " (hidden)");
      continue;
    }
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) {  // follows links
      discovery.ignored.push_back(path + " (" + std::strerror(errno) + ")");
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      if (!seen.insert({st.st_dev, st.st_ino}).second) {
        discovery.ignored.push_back(path + " (a directory already walked: a link loop or a second link)");
        continue;
      }
      if (!walk(path, seen, discovery, diagnostics)) return false;
    } else if (S_ISREG(st.st_mode) && is_report_extension(path)) {
      discovery.inputs.push_back({path, input_kind(path)});
    } else {
      discovery.ignored.push_back(path + (S_ISREG(st.st_mode) ? " (not .txt, .html, .htm or .jsonl)" : " (not a file)"));
    }
  }
  return true;
}

}  // namespace

bool is_report_extension(const std::string& path) {
  std::string ext = extension(path);
  return ext == "txt" || ext == "html" || ext == "htm" || ext == "jsonl";
}

InputKind input_kind(const std::string& path) {
  return extension(path) == "jsonl" ? InputKind::JsonLines : InputKind::Report;
}

bool discover_inputs(const std::vector<std::string>& arguments, Discovery& discovery,
                     std::vector<extract::Diagnostic>& diagnostics) {
  for (const auto& argument : arguments) {
    struct stat st {};
    if (argument == "-" || stat(argument.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
      // Missing and unreadable files are named when they are read.
      discovery.inputs.push_back({argument, input_kind(argument)});
      continue;
    }
    Seen seen{{st.st_dev, st.st_ino}};
    std::size_t before = discovery.inputs.size();
    if (!walk(argument, seen, discovery, diagnostics)) return false;
    if (discovery.inputs.size() == before) {
      diagnostics.push_back(error(argument, "is a directory with no report files (.txt, .html, .htm, .jsonl) in it"));
      return false;
    }
  }
  return true;
}

bool read_input(const Input& input, std::optional<extract::Date> date, std::vector<extract::Report>& reports,
                std::vector<extract::Diagnostic>& diagnostics, std::vector<extract::JsonPlace>* places) {
  if (input.kind == InputKind::JsonLines)
    return extract::read_json_lines(input.path, date, reports, diagnostics, places);
  auto report = extract::read_report(input.path, date, diagnostics);
  if (!report) return false;
  reports.push_back(std::move(*report));
  return true;
}

std::optional<extract::Report> read_again(const Input& input, const extract::JsonPlace& place,
                                          std::optional<extract::Date> date,
                                          std::vector<extract::Diagnostic>& diagnostics) {
  if (input.kind == InputKind::JsonLines) return extract::read_json_document(input.path, place, date, diagnostics);
  return extract::read_report(input.path, date, diagnostics);
}

std::string report_place(const Input& input, const extract::Report& report) {
  if (input.kind != InputKind::JsonLines) return report.source;
  if (report.name.starts_with(report.source + ":")) return report.name;
  return report.source + " (" + report.name + ")";
}

std::string describe(const Input& input, const InputTally& tally) {
  char counts[128];
  std::snprintf(counts, sizeof counts, ": %zu report%s, %zu assertion%s extracted, %.2f s", tally.reports,
                tally.reports == 1 ? "" : "s", tally.assertions, tally.assertions == 1 ? "" : "s", tally.seconds);
  return input.path + counts;
}

}  // namespace sg::cli
