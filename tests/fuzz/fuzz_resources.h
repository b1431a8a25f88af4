// The shipped gazetteer and rules, loaded once for every input of a fuzz run.
#pragma once

#include <memory>
#include <vector>

#include "extract/extract.h"

namespace sg::fuzz {

inline const extract::Resources& resources() {
  static std::shared_ptr<const extract::Resources> r = [] {
    std::vector<extract::Diagnostic> d;
    auto loaded = extract::load_resources(SG_SOURCE_DIR "/ontologies/gazetteer", SG_SOURCE_DIR "/ontologies/rules", d);
    if (!loaded) __builtin_trap();
    return loaded;
  }();
  return *r;
}

}  // namespace sg::fuzz
