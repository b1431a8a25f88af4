// Shared by the unit tests: the project's real data, loaded once.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "extract/extract.h"

namespace sg::test {

inline std::string source_dir() { return SG_SOURCE_DIR; }

// The shipped gazetteer and rules; fails the test when they do not load.
inline std::shared_ptr<const extract::Resources> resources() {
  static std::shared_ptr<const extract::Resources> loaded = [] {
    std::vector<extract::Diagnostic> diagnostics;
    auto r = extract::load_resources(source_dir() + "/ontologies/gazetteer", source_dir() + "/ontologies/rules",
                                     diagnostics);
    for (const auto& d : diagnostics) ADD_FAILURE() << d.to_string();
    return r;
  }();
  return loaded;
}

// Extracts from a text as if it were a report of `date`.
inline extract::Extraction run(const std::string& text, const std::string& date = "2025-09-04") {
  std::vector<extract::Diagnostic> diagnostics;
  auto report = extract::make_report("test", text, extract::parse_iso_date(date), diagnostics);
  auto res = resources();
  if (!res) return {};
  return extract::extract(report, *res);
}

// The assertions of an extraction, one line each (type, actors, targets,
// place, negation, modality), for a failure message.
inline std::string show(const extract::Extraction& x) {
  std::string s;
  for (const auto& a : x.assertions) {
    s += "\n  " + a.event_type;
    for (const auto& k : a.actors) s += " actor=" + k;
    for (const auto& k : a.targets) s += " target=" + k;
    if (!a.location.empty()) s += " location=" + a.location;
    if (a.negated) s += " negated";
    if (a.modality != extract::Modality::None) s += " modality=" + std::string(extract::to_string(a.modality));
  }
  return s;
}

// The assertions of an extraction of one event type, in their order.
inline std::vector<const extract::Assertion*> of_type(const extract::Extraction& x, const std::string& type) {
  std::vector<const extract::Assertion*> out;
  for (const auto& a : x.assertions)
    if (a.event_type == type) out.push_back(&a);
  return out;
}

// Whether a list of entity keys (actors, targets) holds `key`.
inline bool has(const std::vector<std::string>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// The first assertion of that type with `actor` among its actors (and
// `target` among its targets, unless empty), or nullptr.
inline const extract::Assertion* fact(const extract::Extraction& x, const std::string& type, const std::string& actor,
                                      const std::string& target = "") {
  for (const auto& a : x.assertions)
    if (a.event_type == type && has(a.actors, actor) && (target.empty() || has(a.targets, target))) return &a;
  return nullptr;
}

// The targets of the first assertion of `type` extracted from `sentence`,
// sorted, or {"<none>"} when there is no such assertion.
inline std::vector<std::string> first_targets(const std::string& sentence, const std::string& type) {
  for (const auto& a : run(sentence).assertions)
    if (a.event_type == type) {
      auto t = a.targets;
      std::sort(t.begin(), t.end());
      return t;
    }
  return {"<none>"};
}

// The first assertion of that type, or nullptr.
inline const extract::Assertion* first_of_type(const extract::Extraction& x, const std::string& type) {
  for (const auto& a : x.assertions)
    if (a.event_type == type) return &a;
  return nullptr;
}

// Everything written to a temporary file, from its start; closes it.
inline std::string drain(std::FILE* file) {
  std::rewind(file);
  std::string out;
  char buf[4096];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, file)) out.append(buf, n);
  std::fclose(file);
  return out;
}

}  // namespace sg::test
