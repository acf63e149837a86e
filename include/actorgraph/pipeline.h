// pipeline: compiled knowledge and the per-document extraction.
#ifndef ACTORGRAPH_PIPELINE_H_
#define ACTORGRAPH_PIPELINE_H_

#include <memory>
#include <string>
#include <vector>

#include "actorgraph/dates.h"
#include "actorgraph/ner.h"
#include "actorgraph/relations.h"
#include "actorgraph/status.h"
#include "actorgraph/types.h"

namespace actorgraph {

// Everything loaded from rules/: built once, immutable, shared by threads.
struct Knowledge {
  std::shared_ptr<const DateRecognizer> dates;
  std::shared_ptr<const EntityRecognizer> entities;
  std::shared_ptr<const RuleSet> relations;

  // Loads rules_dir; on failure *diags holds every problem found.
  static Result<std::shared_ptr<const Knowledge>> Load(const std::string& rules_dir,
                                                       std::vector<Diagnostic>* diags);
};

// The rules directory used when --rules is not given: $ACTORGRAPH_RULES, else
// ./rules, else the rules/ beside the executable's source tree.
std::string DefaultRulesDir();

// text -> dates -> ner -> resolve -> relations for one document.
Extraction Extract(Document doc, const Knowledge& k);

// Runs every rule file's examples and counter-examples through the whole
// pipeline; returns one diagnostic per failure.
std::vector<Diagnostic> CheckRuleExamples(const Knowledge& k, size_t* examples_run);

}  // namespace actorgraph

#endif  // ACTORGRAPH_PIPELINE_H_
