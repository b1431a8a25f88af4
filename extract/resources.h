// resources.h — what load_resources() compiles (inside extract/).
#pragma once

#include "chunker.h"
#include "document.h"
#include "extract.h"
#include "gazetteer.h"
#include "rules.h"

namespace sg::extract {

class Resources {
 public:
  Gazetteer gazetteer;
  RuleSet rules;
  AbbreviationSet abbreviations;
  std::vector<EntryTemplate> entry_templates;  // by gazetteer entry
};

}  // namespace sg::extract
